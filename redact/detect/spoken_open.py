"""Emails said aloud with separators of any words, read by the address's shape: a known
mail provider, a word or a few said where the dot goes, a TLD ("hotmail (dot, ehen) com",
"yahoo dotto co.uk", "gmx (точица) de"); before the provider, the words said for the at
("atto maaku", "кльомба", "golbaengi, at,", "(маймунка, ага)"), and before those the local
part: labels, or letters spelled one by one with the same words said between each two
("m -- roma-ji -- o -- roma-ji -- h", "e, по буквичке, b"), the labels apart by the same
words said for the dot as before the TLD ("james dotto hammond54").

Every community says the at and the dot its own way, in its own language, with its own
particles beside them, so no list of the words reaches the next one. The words of a slot
are open; what keeps prose out is the rest: a provider from the list, a TLD right after
the dot's words (a common one, or any after a provider that is no common word), and a
slot shown to be one: the same dot's words again between the local part's labels, or a
slot in brackets of its own, or holding a word the lists know for its separator however
drawn out ("dotto", "atto"); the at's words set off by commas, brackets or a function word
before the local part; the slots' words not all function words; a local part of letters
and digits that is no function word alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import regex

from redact.detect.spoken_forms import undrawn
from redact.detect.validators import email_public

if TYPE_CHECKING:
    from redact.detect.spoken_emails import SpokenEmails

__all__ = ["open_emails"]

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SLOT_WORDS = 3  # the most words said for a separator: "dot again, ne,"
_SLOT_WORD = 12  # the longest of them
_PIECES = 4  # the most labels of a local part
_BACK = 300  # the most a local part and an at stretch before the provider
_LINK_WORDS = 4  # the most words said between two spelled letters ("one one letter, abeg")
_OPENING, _CLOSING = "([{<", ")]}>"
_LABEL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@cache
def _prose() -> frozenset[str]:
    """The function words of English and Russian (spaCy's stop words, small lists that the
    models' package holds anyway; wordfreq's lists would load its whole dictionaries)."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.ru.stop_words import STOP_WORDS as RU
    return frozenset(EN) | frozenset(RU)


@cache
def _providers(providers: frozenset[str]) -> re.Pattern[str]:
    """A provider's name as a word of its own (not a written address's "gmail.com")."""
    words = "|".join(sorted(map(re.escape, providers), key=len, reverse=True))
    return re.compile(rf"(?<![\w@.-])(?:{words})(?![\w@-])", re.IGNORECASE)


def open_emails(emails: SpokenEmails, text: str, words: set[str]) -> list[tuple[int, int]]:
    """The spans of emails said with separators of any words; ``words`` the text's words,
    lowercased (a text with no provider among them costs a set intersection)."""
    said = words & emails.providers
    if not said or not (words & emails.common_tlds or words & emails.tld_words.keys()
                        or said - emails.word_providers):
        return []
    found: list[tuple[int, int]] = []
    for p in _providers(emails.providers).finditer(text):
        span = _email(emails, text, p)
        if span and not (found and span[0] < found[-1][1]):
            found.append(span)
    return found


def _email(emails: SpokenEmails, text: str, p: re.Match[str]) -> tuple[int, int] | None:
    """The span of the email said around the provider ``p``, or None."""
    provider = p.group().lower()
    rare = provider not in emails.word_providers
    line_end = text.find("\n", p.end())
    after = list(_TOKEN.finditer(text, p.end(), min(len(text) if line_end < 0 else line_end, p.end() + 60)))
    ends = [(k, end) for k in range(1, min(_SLOT_WORDS, len(after) - 1) + 1)
            if _slot(emails, after[:k]) and (end := _tld(emails, text, after[k], rare))]
    if not ends:
        return None
    # a common TLD, or a suffix of two written, past a rarer one: "dot again, ne, com"
    k, tld = next((e for e in ends if after[e[0]].group().lower() in emails.common_tlds
                   or e[1] > after[e[0]].end()), ends[0])
    dot = _norm(text[p.end():after[k].start()])
    line_start = text.rfind("\n", 0, p.start()) + 1
    before = list(_TOKEN.finditer(text, max(line_start, p.start() - _BACK), p.start()))
    label = _at(emails, text, before, dot, p.start())
    if label is None:
        return None
    step = len(_TOKEN.findall(dot)) + 1
    pieces: list[str] = []
    first = label
    while True:
        first, piece = _piece(text, before, first)
        pieces.insert(0, piece.lower())
        if len(pieces) == _PIECES or first < step or _norm(
                text[before[first - step].end():before[first].start()]) != dot:
            break
        first -= step
    ats = before[label + 1:]
    if not (len(pieces) > 1 or _marked(emails.dots, dot, _TOKEN.findall(dot)) or _marked(
            emails.ats, _norm(text[before[label].end():p.start()]), [w.group() for w in ats])):
        return None  # "team uses yahoo groups daily com": no separator known as one
    local = ".".join(pieces)
    if not all(_LABEL.fullmatch(x) for x in pieces) or len(pieces) == 1 and local in _prose():
        return None
    if not rare and len(pieces) == 1 and not any(undrawn(w) in emails.strong for w in _TOKEN.findall(dot)):
        return None  # "free", "live", "web": words of prose, but after a dot said as one
    address = f"{local}@{provider}.{text[after[k].start():tld].lower()}"
    return (before[first].start(), tld) if email_public(address) else None


def _marked(said: regex.Pattern, slot: str, words: list[str]) -> bool:
    """Whether a slot's words are set off as a separator is: in brackets of their own
    ("(точица)"), or one of them a word the lists know for it, drawn out or stretched or
    not ("dot", "dotto", "dot-o", "atto", "at-sign")."""
    if slot[:1] in _OPENING and slot[-1:] == _CLOSING[_OPENING.index(slot[0])]:
        return True
    return any((m := said.match(w.lower())) and (len(w) - m.end() <= 2 or w[m.end()] == "-")
               for w in words)


def _norm(gap: str) -> str:
    return " ".join(gap.split()).lower()


def _slot(emails: SpokenEmails, words: list[re.Match[str]]) -> bool:
    """Words said for a separator: a few short ones, no digits, no provider or common TLD,
    not all common words."""
    low = [w.group().lower() for w in words]
    return 0 < len(low) <= _SLOT_WORDS and all(
        len(w) <= _SLOT_WORD and not any(c.isdigit() for c in w) and w not in emails.providers
        and w not in emails.common_tlds for w in low) and not all(w in _prose() for w in low)


def _tld(emails: SpokenEmails, text: str, word: re.Match[str], rare: bool) -> int | None:
    """Where the address ends when ``word`` is its TLD: a common one, or any after a
    provider that is no word of English, or a public suffix of two written ("co.uk")."""
    low = word.group().lower()
    low = emails.tld_words.get(low, low)
    end = word.end()
    two = re.match(r"\.([a-z]{2,3})(?![\w@]|\.\w)", text[end:end + 5])
    if two and f"{low}.{two.group(1)}" in emails.second_level:
        return end + two.end()
    if text[end:end + 1] == "@" or re.match(r"\.\w", text[end:end + 2]):
        return None
    return end if low in emails.common_tlds or low in emails.tld_words.values() or (
        rare and low in emails.tlds and low not in _prose()) else None


def _at(emails: SpokenEmails, text: str, before: list[re.Match[str]], dot: str, provider: int) -> int | None:
    """The index of the local part's last label among the words ``before`` the provider:
    the words for the at stand between. They are known by the dot's words said before the
    label, or by their brackets, or by the commas after each, or by a word of theirs said
    for a separator, or else by the prose before the local part."""
    n = len(before)
    step = len(_TOKEN.findall(dot)) + 1
    labels = range(n - 2, max(-1, n - 2 - _SLOT_WORDS), -1)
    for label in labels:  # "james dotto hammond54 | atto maaku | yahoo"
        if label >= step and _norm(text[before[label - step].end():before[label].start()]) == dot \
                and _slot(emails, before[label + 1:]):
            return label
    for label in labels:  # "katieh | [at-sign, ne] | gmail"
        if any(c in _OPENING for c in text[before[label].end():before[label + 1].start()]):
            return label if _slot(emails, before[label + 1:]) else None
    commas = 0  # "lesliem | golbaengi, at, | yahoo"
    while commas < min(n - 1, _SLOT_WORDS) and "," in text[before[n - 1 - commas].end():
                                                          before[n - commas].start() if commas else provider]:
        commas += 1
    if commas and _slot(emails, before[n - commas:]):
        return n - 1 - commas
    for label in labels:  # "anna | at-the-rate | gmail": a word said for a separator
        if any(undrawn(part) in emails.strong for w in before[label + 1:]
               for part in w.group().lower().split("-")):
            return label if _slot(emails, before[label + 1:]) else None
    for label in labels:  # "the referral at | joshuah | atto maaku | hotmail"
        gap = text[before[label - 1].end():before[label].start()] if label else ""
        if (not label or any(c in ",:;(\"'" for c in gap) or before[label - 1].group().lower() in _prose()
                or _piece(text, before, label)[0] < label) and _slot(emails, before[label + 1:]):
            return label
    return None


def _piece(text: str, before: list[re.Match[str]], end: int) -> tuple[int, str]:
    """The label that ends at word ``end``, or the letters of a run spelled one by one with
    the same words or marks between each two ("d ... буквами ... e"): its first word's
    index and its letters."""
    if not _letter(before[end]):
        return end, before[end].group()
    for step in range(1, _LINK_WORDS + 2):
        if end - step < 0 or not _letter(before[end - step]):
            continue
        link = text[before[end - step].end():before[end].start()]
        first = end - step
        while first - step >= 0 and _letter(before[first - step]) and \
                text[before[first - step].end():before[first].start()] == link:
            first -= step
        if (end - first) // step >= 2:
            return first, "".join(before[i].group() for i in range(first, end + 1, step))
    return end, before[end].group()


def _letter(word: re.Match[str]) -> bool:
    return len(word.group()) == 1 and word.group().isascii() and word.group().isalpha()
