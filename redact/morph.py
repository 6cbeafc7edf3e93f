"""Russian morphology through pymorphy3: lemmas for names, loaded once, on first use."""

from __future__ import annotations

from functools import lru_cache

import pymorphy3

__all__ = ["analyzer", "name_parse", "lemma"]

NAME_TAGS = ("Name", "Surn", "Patr")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def name_parse(word: str) -> tuple[str | None, float, bool]:
    """(tag among Name/Surn/Patr or None, that parse's score, whether it is the top parse)."""
    parses = analyzer().parse(word)
    for rank, parse in enumerate(parses):
        if not _in_dictionary(parse):
            continue  # a guess from the word's ending ("постгресу") is not a name
        for tag in NAME_TAGS:
            if tag in parse.tag:
                return tag, parse.score, rank == 0
    return None, 0.0, False


def _in_dictionary(parse) -> bool:
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form, preferring a name reading: "Ивану" -> "иван"."""
    parses = analyzer().parse(word)
    for tag in ("Surn", "Name", "Patr"):  # "Демидов" is a surname before it is Демид's
        for parse in parses:
            if tag in parse.tag:
                return parse.normal_form
    return parses[0].normal_form if parses else word.casefold()
