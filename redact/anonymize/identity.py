"""Who is who: variants of one person (or one email, phone...) become one identity.

A first name or surname alone links to the one full name of the same document that
contains it; Russian inflected forms meet through pymorphy3 lemmas ("Ивану Петрову" is
"Иван Петров"). Numbers are handed out in order of first appearance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers

from redact.detect.refine import word_key

__all__ = ["Identity", "Linker", "normalize"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def normalize(category: str, value: str, language: str | None) -> str:
    """The fingerprinted form: NFKC, casefolded, whitespace collapsed; phones in E.164."""
    text = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    if category == "PHONE":
        try:
            number = phonenumbers.parse(value, "RU" if language == "ru" else None)
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            return "".join(c for c in text if c.isdigit() or c == "+")
    return text


@dataclass
class Identity:
    category: str
    key: frozenset[str] | str
    number: int = 0
    variants: list[str] = field(default_factory=list)  # normalized values, in order seen

    @property
    def longest(self) -> str:
        return max(self.variants, key=len)


def _person_key(value: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in _WORD.findall(value) if len(w) > 1)


class Linker:
    """Identities of one link scope (the whole run by default)."""

    def __init__(self) -> None:
        self.identities: dict[tuple[str, object], Identity] = {}
        self.counters: dict[str, int] = {}

    def link_document(self, items: list[tuple[str, str, str | None]]) -> list[Identity]:
        """(category, value, language) per finding, in order of appearance."""
        keys: list[object] = []
        for category, value, language in items:
            if category == "PERSON":
                keys.append(_person_key(value) or normalize(category, value, language))
            else:
                keys.append(normalize(category, value, language))
        full = [k for (c, _, _), k in zip(items, keys)
                if c == "PERSON" and isinstance(k, frozenset) and len(k) > 1]
        out = []
        for (category, value, language), key in zip(items, keys):
            if category == "PERSON" and isinstance(key, frozenset):
                owners = {k for k in full if key < k}
                if len(owners) == 1:
                    key = owners.pop()
            identity = self.identities.get((category, key))
            if identity is None:
                identity = Identity(category, key)
                self.identities[(category, key)] = identity
            if not identity.number:
                self.counters[category] = self.counters.get(category, 0) + 1
                identity.number = self.counters[category]
            norm = normalize(category, value, language)
            if norm not in identity.variants:
                identity.variants.append(norm)
            out.append(identity)
        return out
