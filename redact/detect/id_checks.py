"""Published checks of national numbers python-stdnum has no module for, each with the
``is_valid`` a stdnum module has, so that ``redact.detect.national_ids`` reads them alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stdnum import luhn, verhoeff

__all__ = ["Check", "LOCAL"]

_UY_WEIGHTS = (2, 9, 8, 7, 6, 3, 4)


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


def _uy_ci(number: str) -> bool:
    """Uruguay's cédula de identidad ("1.779.898-9", "2000465-4"): up to seven digits, then
    a check digit from the weights 2987634, modulo 10."""
    digits = _digits(number)
    if not 7 <= len(digits) <= 8 or any(not c.isdigit() and c not in ".- " for c in number):
        return False
    body = digits[:-1].rjust(7, "0")
    total = sum(int(d) * w for d, w in zip(body, _UY_WEIGHTS))
    return (10 - total % 10) % 10 == int(digits[-1])


def _lu_matricule(number: str) -> bool:
    """Luxembourg's national number ("1976 0503 405 17"): a birth date YYYYMMDD, three
    digits, then a Luhn and a Verhoeff check digit, each over the eleven before them."""
    digits = _digits(number)
    if len(digits) != 13 or not 1 <= int(digits[4:6]) <= 12 or not 1 <= int(digits[6:8]) <= 31:
        return False
    return luhn.is_valid(digits[:12]) and verhoeff.is_valid(digits[:11] + digits[12])


@dataclass(frozen=True)
class Check:
    """A check as stdnum's modules give it."""

    is_valid: Callable[[str], bool]


LOCAL: dict[str, Check] = {"uy.ci": Check(_uy_ci), "lu.matricule": Check(_lu_matricule)}
