"""Who is who: variants of one person (or one email, phone...) become one identity.

A first name or surname alone links to the one full name of the same document that
contains it (or, when the document has none, the one full name met earlier in the run);
Russian inflected forms meet through pymorphy3 lemmas ("Ивану Петрову" is "Иван Петров").
Numbers are counted in order of first appearance, or keyed: the first 8 hex characters of
the identity's fingerprint, so that machines which never talk give one person one tag.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

from redact.morph import word_key
from redact.keys import Key

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


@dataclass(slots=True)
class Identity:
    """One person, email, phone...: its tag number, counted per category or keyed."""

    category: str
    number: int | str  # 1, 2... counted; "3f2a9c1b" keyed
    seed: str  # the linked key as text: what keyed surrogates are drawn from


def _person_key(value: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in _WORD.findall(value) if len(w) > 1)


class Linker:
    """Identities of one link scope (the whole run by default). Only keys and numbers are
    kept, so a streamed dataset with a million distinct values stays small. With ``key``,
    numbers are keyed: the fingerprint of the linked key (a person's full name, as
    lemmas in sorted order), the same whatever was seen before."""

    def __init__(self, key: Key | None = None) -> None:
        self.key = key
        self.identities: dict[str, dict[object, Identity]] = {}  # category -> key -> identity
        self._full_names: dict[str, set[frozenset[str]]] = {}  # a word -> full names with it

    def _owners(self, key: frozenset[str]) -> set[frozenset[str]]:
        """Full names met earlier in the run that contain every word of ``key``."""
        found: set[frozenset[str]] | None = None
        for word in key:
            with_word = self._full_names.get(word, set())
            found = set(with_word) if found is None else found & with_word
            if not found:
                return set()
        return {k for k in found or () if key < k}

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
        for (category, _, _), key in zip(items, keys):
            if category == "PERSON" and isinstance(key, frozenset):
                owners = {k for k in full if key < k} or self._owners(key)
                if len(owners) == 1:
                    key = owners.pop()
            table = self.identities.setdefault(category, {})
            identity = table.get(key)
            if identity is None:
                seed = key if isinstance(key, str) else "|".join(sorted(key))
                number = self.key.fingerprint(category, seed)[:8] if self.key else len(table) + 1
                identity = table[key] = Identity(category, number, seed)
                if category == "PERSON" and isinstance(key, frozenset) and len(key) > 1:
                    for word in key:
                        self._full_names.setdefault(word, set()).add(key)
            out.append(identity)
        return out
