"""Checksums and value checks named by rule packs (``validator: luhn``)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

__all__ = ["VALIDATORS", "luhn", "iban", "ip_public", "email_public"]

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def luhn(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def iban(value: str) -> bool:
    """ISO 13616 mod-97 check."""
    compact = _NON_ALNUM.sub("", value).upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def ip_public(value: str) -> bool:
    """A real host address: not loopback, unspecified, link-local or documentation ranges."""
    try:
        addr = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return False
    if addr.is_loopback or addr.is_unspecified or addr.is_link_local or addr.is_multicast:
        return False
    documentation = (
        "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32",
    )
    return not any(addr in ipaddress.ip_network(net) for net in documentation)


_RESERVED_DOMAINS = re.compile(
    r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)$", re.I)


def email_public(value: str) -> bool:
    """Addresses at domains reserved for documentation (RFC 2606) belong to nobody."""
    return not _RESERVED_DOMAINS.search(value)


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": luhn,
    "iban": iban,
    "ip": ip_public,
    "email": email_public,
}
