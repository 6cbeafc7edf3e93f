"""Russian morphology through pymorphy3 (loaded once, on first use): lemmas for names,
and the keys by which spellings of one name meet across scripts and cases, which
detection (linking a name's mentions) and anonymization (one identity per person) share.

pymorphy3's dictionary holds Cyrillic words only: a word without a Cyrillic letter
("Siân", "naïve", "don’t") is read by its fallbacks alone (Latin, number, unknown), which
give the word in lowercase as its only form and no name, place or dictionary reading.
Such words are answered here, so the dictionary (about 24 MB) loads for Russian text
only."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import pymorphy3
from pymorphy3.tagset import OpencorporaTag

__all__ = ["analyzer", "family_name", "full_name", "function_word", "name_parse", "name_score", "verb_form",
           "participle_person", "person_noun", "unknown_word", "lemma", "normal_forms", "phrase_forms", "rule_phrases", "word_key",
           "word_keys"]

NAME_TAGS = ("Name", "Surn", "Patr")
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "PRED"}
_VERB_POS = {"VERB", "INFN", "GRND"}  # a finite verb, an infinitive, a verbal adverb
_DECLINED = {"NOUN", "ADJF", "PRTF"}  # what takes the case of the phrase it heads
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# the endings Russian, Ukrainian and Belarusian family names are made with, in both genders
_FAMILY_ENDING = re.compile(r"(?:[оеё]в|[иыі]н|[сц]к(?:ий|ой)|[оеё]ва|[иыі]на|[сц]кая|енко|ук|юк|ик|ич|[иы]х)$")
# the letters of Ukrainian and Belarusian that Russian spells otherwise
_EAST_SLAVIC = str.maketrans("ІіЇїЄєҐґЎўʼ", "ИиИиЕеГгУу'")
_HOMOGLYPHS = str.maketrans("аеорсухіАВЕКМНОРСТХ", "aeopcyxiABEKMHOPCTX")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple:
    """pymorphy3's readings of a word, parsed once for every question asked of it; a
    Ukrainian or Belarusian spelling as its Russian one ("Ірина" as "Ирина")."""
    return tuple(analyzer().parse(word.translate(_EAST_SLAVIC)))


@lru_cache(maxsize=65536)
def name_parse(word: str) -> tuple[str | None, float, bool]:
    """(tag among Name/Surn/Patr or None, that parse's score, whether it is the top parse)."""
    if not _CYRILLIC.search(word):
        return None, 0.0, False
    for rank, parse in enumerate(_parses(word)):
        if not _in_dictionary(parse):
            continue  # a guess from the word's ending ("постгресу") is not a name
        for tag in NAME_TAGS:
            if tag in parse.tag:
                return tag, parse.score, rank == 0
    return None, 0.0, False


@lru_cache(maxsize=65536)
def proper_noun(word: str) -> bool:
    """A Russian dictionary reads the word as a name, a surname, a place or an organisation
    ("Казань", "Сергей"; not "Коллеги")."""
    if not _CYRILLIC.search(word):
        return False
    return any(_in_dictionary(p) and any(t in p.tag for t in (*NAME_TAGS, "Geox", "Orgn"))
               for p in _parses(word))


def name_score(word: str, sentence_start: bool) -> float:
    """How surely a Cyrillic word is a name by its readings: a given name that leads them;
    one read among others when capitalised mid-sentence, or in lowercase when it leads or
    ties ("диму"; "надежда" is hope first); a capitalised surname or patronymic."""
    tag, score, top = name_parse(word.casefold() if word.islower() else word)
    if tag is None:
        return 0.0
    capital = word[0].isupper()
    if tag == "Name":
        if top:
            return 0.55
        if capital and not sentence_start and score >= 0.1:
            return 0.45
        return 0.42 if not capital and score >= 0.5 else 0.0
    if capital and not sentence_start and (top or score >= 0.1):
        return 0.5
    return 0.0


def full_name(first: str, second: str) -> bool:
    """Two capitalised Cyrillic words are a first and a family name: a given name (or one
    the dictionary reads as a surname: "Регина Селезнева") before a family name, or a rare
    name the dictionary lacks beside a known one ("Твердислав Зуев", "Митофан Ефремов")."""
    tag = name_parse(first)[0]
    return (tag in ("Name", "Surn") and (family_name(second) or tag == "Name" and unknown_word(second))
            or unknown_word(first) and family_name(second, shaped=False))


@lru_cache(maxsize=65536)
def family_name(word: str, *, shaped: bool = True) -> bool:
    """A capitalised Cyrillic word a dictionary reads as a surname or patronymic among its
    readings ("Ефремов" is also the town and Ефрем's genitive plural), or (``shaped``) one
    made like a family name, which next to a given name is one however the dictionary
    reads it alone ("Ситников" is also rushes', "Пестов" pestles')."""
    if not word[:1].isupper() or not _CYRILLIC.search(word):
        return False
    if any(_in_dictionary(p) and ("Surn" in p.tag or "Patr" in p.tag) for p in _parses(word)):
        return True
    return shaped and len(word) > 3 and _FAMILY_ENDING.search(word.casefold()) is not None


@lru_cache(maxsize=65536)
def unknown_word(word: str) -> bool:
    """A Cyrillic word the Russian dictionary lacks, read by its ending alone: a rare given
    name ("Твердислав") or family name, not a word of the language."""
    return bool(_CYRILLIC.search(word)) and not any(_in_dictionary(p) for p in _parses(word))


def _in_dictionary(parse) -> bool:
    return type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form, preferring a name reading: "Ивану" -> "иван"."""
    if not _CYRILLIC.search(word):
        return word.lower()
    parses = _parses(word)
    for tag in ("Surn", "Name", "Patr"):  # "Демидов" is a surname before it is Демид's
        for parse in parses:
            if tag in parse.tag:
                return parse.normal_form
    return parses[0].normal_form if parses else word.casefold()


@lru_cache(maxsize=65536)
def person_noun(word: str) -> bool:
    """A Russian noun the dictionary reads as animate, a person who is someone to a matter
    ("Наниматель", "сотрудник", "Созаёмщики", "староста"): what a field of a person is
    labelled with, or a name is said after."""
    if not _CYRILLIC.search(word):
        return False
    return any(_in_dictionary(p) and p.tag.POS == "NOUN" and p.tag.animacy == "anim"
               for p in _parses(word))


def participle_person(word: str) -> bool:
    """A Russian participle in the nominative, which stands for the person it tells of as a
    field's label does ("Пропавший —", "Пострадавшая:", "Задержанный:")."""
    if not _CYRILLIC.search(word):
        return False
    return any(_in_dictionary(p) and p.tag.POS == "PRTF" and p.tag.case == "nomn"
               for p in _parses(word))


@lru_cache(maxsize=65536)
def function_word(word: str) -> bool:
    """A particle, preposition, conjunction or pronoun ("Не", "Вот", "Мы") in every dictionary
    reading: NER takes them for names at the start of a sentence."""
    return _every_reading(word, lambda tag: tag.POS in _FUNCTION_POS)


@lru_cache(maxsize=65536)
def verb_form(word: str) -> bool:
    """A verb in every dictionary reading, none of them a name ("Поправила", "Отправил",
    "Проверить"): NER takes one opening a sentence for a name; "Лев" and "Вера" are
    names in a reading of theirs too and stay."""
    return _every_reading(word, lambda tag: tag.POS in _VERB_POS
                          and not any(t in tag for t in NAME_TAGS))


def _every_reading(word: str, holds: Callable[[OpencorporaTag], bool]) -> bool:
    """Whether a Cyrillic word is in the dictionary and ``holds`` for each tag it is read as."""
    if not _CYRILLIC.search(word):
        return False
    parses = [p for p in _parses(word) if _in_dictionary(p)]
    return bool(parses) and all(holds(p.tag) for p in parses)


@lru_cache(maxsize=65536)
def normal_forms(word: str) -> frozenset[str]:
    """Every dictionary form the word can be read as: "логгере" is a logger before a name."""
    if not _CYRILLIC.search(word):
        return frozenset()
    return frozenset(p.normal_form for p in _parses(word) if _in_dictionary(p))


_rule_forms: dict[str, list[str]] | None = None  # while reading rule packs (``rule_phrases``)


@contextmanager
def rule_phrases(known: dict[str, list[str]]) -> Iterator[None]:
    """While rule packs are read: ``phrase_forms`` answers from ``known`` (a rule cache's
    forms, sorted) and adds to it what it works out, so that the dictionary is not loaded
    to inflect the same cue phrases in every run."""
    global _rule_forms
    _rule_forms = known
    try:
        yield
    finally:
        _rule_forms = None


def phrase_forms(phrase: str) -> frozenset[str]:
    """``_phrase_forms``, from the rule cache's forms while rule packs are read."""
    if _rule_forms is None:
        return _phrase_forms(phrase)
    known = _rule_forms.get(phrase)
    if known is None:
        known = _rule_forms[phrase] = sorted(_phrase_forms(phrase))
    return frozenset(known)


@lru_cache(maxsize=4096)
def _phrase_forms(phrase: str) -> frozenset[str]:
    """A Russian noun phrase in every case, and as a list's label in the plural ("дата
    рождения": "даты рождения", "датой рождения", ..., "даты рождения"; "водительское
    удостоверение": "водительского удостоверения", "водительские удостоверения").
    The words that head it change: those read first as nominative (or as an accusative
    written alike), up to the first preposition; the others keep their case ("рождения",
    "от домофона"). A plural head stays plural ("паспортные данные"). A phrase without a
    declinable head is its only form."""
    words = phrase.split(" ")
    heads: dict[int, object] = {}
    for i, word in enumerate(words):
        parses = [p for p in _parses(word.lower()) if _in_dictionary(p)] \
            if _CYRILLIC.search(word) else []
        if parses and parses[0].tag.POS == "PREP":
            break
        head = _head(parses)
        if head is not None:
            heads[i] = head
    if not heads:
        return frozenset([phrase])
    out = {phrase}
    plural = any(parse.tag.number == "plur" for parse in heads.values())  # "данные"
    # one value's label in any case ("датой рождения"); a list's in the plural ("пароли:")
    wanted = [(case, "plur") for case in _CASES] if plural else [
        *((case, "sing") for case in _CASES), ("nomn", "plur")]
    for case, number in wanted:
        forms = list(words)
        for i, parse in heads.items():
            form = parse.inflect({case, number})
            if form is None:
                break
            forms[i] = form.word
        else:
            out.add(" ".join(forms))
    return frozenset(out)


def _head(parses: list):
    """The reading by which a word heads its phrase: the first one, when it is a
    nominative noun, adjective or participle, or an accusative spelled as one."""
    first = parses[0] if parses else None
    if first is None or first.tag.POS not in _DECLINED or "Fixd" in first.tag:
        return None
    if first.tag.case == "nomn":
        return first
    nominative = first.inflect({"nomn"})
    if first.tag.case == "accs" and nominative is not None and nominative.word == first.word:
        return nominative
    return None


def word_keys(word: str) -> set[str]:
    """How two spellings of one name meet: Latin look-alikes folded, Cyrillic taken as
    written and as its lemma, both transliterated, so "Соколовой", "Соколова",
    "Sokolova" and "SOKOLOVA" share a key."""
    folded = word.translate(_HOMOGLYPHS)
    if folded.isascii():
        return {folded.casefold()}
    low = word.casefold()
    return {low.translate(_TRANSLIT), lemma(low).translate(_TRANSLIT)}


def word_key(word: str) -> str:
    """The lookup key of a word: its lemma's (Cyrillic) or its folded form (Latin)."""
    folded = word.translate(_HOMOGLYPHS)
    if folded.isascii():
        return folded.casefold()
    return lemma(word.casefold()).translate(_TRANSLIT)
