"""The rest of the direct identifiers: global and IPv4-mapped IPv6, IBANs in either case
and with dashes, Cisco-dotted MACs, card numbers in every issuer grouping; and the values
that only look like them (documentation ranges, failed checksums, digits inside longer
tokens, build numbers) left as they are."""

from __future__ import annotations

import pytest

from redact.detect.validators import birth_date, ip_public


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("server at 2a00:1450:4001:81b::200e today", "server at [IP_ADDRESS_1] today"),
    ("routed 2a02:6b8:: to us", "routed [IP_ADDRESS_1] to us"),
    ("from ::ffff:81.2.69.160 yesterday", "from [IP_ADDRESS_1] yesterday"),
    ("iban de89 3704 0044 0532 0130 00 ok", "iban [IBAN_1] ok"),
    ("IBAN GB82-WEST-1234-5698-7654-32, again gb82west12345698765432",
     "IBAN [IBAN_1], again [IBAN_2]"),
    ("switch port aabb.cc00.0110 up", "switch port [MAC_ADDRESS_1] up"),
    ("the arp table shows 0011.2233.4455 on Gi0/1", "the arp table shows [MAC_ADDRESS_1] on Gi0/1"),
    ("amex 3782 822463 10005 please", "amex [CREDIT_CARD_1] please"),
    ("card 4111-1111-1111-1111 or 4111.1111.1111.1111", "card [CREDIT_CARD_1] or [CREDIT_CARD_2]"),
    ("a 19-digit card 6011 0000 0000 0000 001", "a 19-digit card [CREDIT_CARD_1]"),
    ("card 4222222222222 expired", "card [CREDIT_CARD_1] expired"),
    # JCB's 15 digits: 2131 like any issuer, 1800 after the word card
    ("the card number is 180077764976031.", "the card number is [CREDIT_CARD_1]."),
    ("JCB card: 1800 7776 4976 031, JCB 2131 7220 9807 650",
     "JCB card: [CREDIT_CARD_1], JCB [CREDIT_CARD_2]"),
])
def test_identifiers_are_replaced_whole(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "loopback ::1, link-local fe80::1ff:fe23:4567:890a, docs 2001:db8:85a3::8a2e:370:7334",
    "mapped loopback ::ffff:127.0.0.1 and a documentation one ::ffff:192.0.2.7",
    "meeting at 12:30:: tomorrow",
    "not an IBAN: gb82west12345698765433",
    "build 2024.0101.1234 shipped",
    "digest a4111111111111111 and 41111111111111112 and x-4111-1111-1111-1111",
    "version 4111.1111.1111.1111.2",
    # 1800 opens toll-free numbers: without the word card, or failing the check digit, none
    "order 180077764976031 shipped; my card 180077764976032 was lost",
])
def test_look_alikes_are_kept(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_an_ipv4_mapped_address_is_judged_by_its_ipv4_address():
    assert ip_public("::ffff:81.2.69.160")
    assert not ip_public("::ffff:127.0.0.1") and not ip_public("::ffff:198.51.100.4")


@pytest.mark.parametrize(("value", "valid"), [
    ("09/11/76", True), ("12/16/1953", True), ("1987-02-11", True), ("1990", True),
    ("17.11.55", True), ("31.02.1990", False), ("13/13/1990", False), ("1899", False),
    ("2100", False), ("30.02.15", False),
])
def test_a_birth_date_is_a_real_day_of_a_year_gone_by(value, valid):
    assert birth_date(value) is valid
