"""Names that stand in groups: a firm named by its partners ("Hale, Moss and Pryce"), the
organisation line of a signature above its address, and the names read into an address.

A firm's name is one name: its partners found apart leave the commas and the "and" between
them, and the name the text gives stays readable. The line between a signature's name and
its street is the company the person writes for, which NER rarely reads as one on a line
of its own ("Tarnwell", "Quillon Data"). A name written on the line of its address
("Mrs. Dana Roe Suite 9, 12 Oak Road") ends where the address begins, however far NER reads,
and a town or a street NER reads as a name inside the address is the address's.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from redact.detect.checks import NAME_PARTICLES
from redact.detect.wordlike import COMMON_ZIPF, zipf
from redact.records import Finding

__all__ = ["name_lists", "names_outside_blocks", "signature_companies"]

_WORD = r"[^\W\d_][\w'’-]*"
# two or more words with commas, the last after "and" (name_lists wants them capitalised)
_LIST = re.compile(rf"(?<![\w-]){_WORD}(?:,[ \t]{_WORD})+,?[ \t]and[ \t]{_WORD}")
_ITEM = re.compile(_WORD)
_NAMES = ("PERSON", "ORGANIZATION", "LOCATION")
_SIGNATURE_LINES = 3  # lines between a signature's name and its street, the name's included
_LINE = re.compile(r"[ \t]*(?:>[ \t]*)*(?P<body>[^\n]*?)[ \t]*$")
_NOT_A_NAME_LINE = re.compile(r"[\d@:/]")  # a phone, an email, a label, a link
# an item of a list, one to a line: "- Ann Roe", "1) Ann Roe", "- [x] Ann Roe", "• Ann Roe"
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:>[ \t]*)*(?P<mark>[-*][ \t]\[[ xX]\]|[-*+•·]|\d{1,3}[.)])[ \t]+"
                        r"(?P<item>[^\n]*?)[ \t]*$")
# a table row written with bars, and its cells' text without the spaces around it
_TABLE_ROW = re.compile(r"(?m)^[ \t]*(?:>[ \t]*)*(?P<row>\|[^\n]*\|[^\n]*|[^\n|][^\n]*\|)[ \t]*$")
_CELL = re.compile(r"[ \t]*([^|\n]*[^|\s])?[ \t]*(?:\||$)")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]+(?:['’-][^\W\d_]+)*"
                        r"(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]+(?:['’-][^\W\d_]+)*){1,2}")


def name_lists(text: str, findings: list[Finding]) -> list[Finding]:
    """A list of capitalised words in which at least two were found as names and none
    of the others is a common word: one name over the list, the partners of a firm
    ("Hale, Moss and Pryce"), of the category most of them have; added to ``findings``."""
    names = [f for f in findings if f.category in _NAMES]
    if len(names) < 2:
        return findings
    added = []
    for m in _LIST.finditer(text):
        items = [(w.start(), w.end()) for w in _ITEM.finditer(text, m.start(), m.end())
                 if w.group() != "and"]
        if not all(text[a].isupper() for a, _ in items):
            continue
        inside = [f for f in names if f.start < m.end() and m.start() < f.end]
        found = [any(f.start < b and a < f.end for f in inside) for a, b in items]
        if sum(found) < 2 or any(not hit and zipf(text[a:b].casefold(), "en") >= COMMON_ZIPF
                                 for (a, b), hit in zip(items, found)):
            continue
        start = min(m.start(), *(f.start for f in inside))
        end = max(m.end(), *(f.end for f in inside))
        # what most of its found names are ("Bar Harbor, Maine, and Yarmouth": places)
        category = max(_NAMES, key=lambda c: (sum(f.category == c for f in inside),
                                              c == "ORGANIZATION"))
        best = max(inside, key=lambda f: f.score)
        added.append(Finding(start, end, best.entity if best.category == category else category,
                             category, best.score, "name_list"))
    return findings + added if added else findings


def listed_names(text: str, findings: list[Finding]) -> list[Finding]:
    """The items of a list (one to a line, under one mark) or the cells of a table's column
    written as names, two or three capitalised words that are no frequent words (particles
    aside: "Ana de Sousa"), where at least two other items were found as people: the rest
    of the list are people too ("- [x] Katy Price\n- [x] Macauley Veale", "| Lisa Field |
    yes |"). Added to ``findings``."""
    people = [f for f in findings if f.category == "PERSON"]
    if len(people) < 2 or "\n" not in text:
        return findings
    added = []
    for items in _lists(text) + _columns(text):
        covered = [any(f.start <= a and b <= f.end for f in people) for a, b in items]
        if sum(covered) < 2:
            continue
        for (a, b), hit in zip(items, covered):
            if not hit and _FULL_NAME.fullmatch(text, a, b) and all(
                    w.casefold() in NAME_PARTICLES
                    or zipf(w.casefold(), "ru" if _CYRILLIC.search(w) else "en") < COMMON_ZIPF
                    for w in _ITEM.findall(text, a, b)):
                added.append(Finding(a, b, "PERSON", "PERSON", 0.5, "name_list"))
    return findings + added if added else findings


def _lists(text: str) -> list[list[tuple[int, int]]]:
    """The items of each list: lines in a row under the same mark."""
    lists: dict[tuple[int, str], list[tuple[int, int]]] = {}
    previous_end, key = -2, (0, "")
    for m in _LIST_ITEM.finditer(text):
        mark = re.sub(r"\d+", "1", m.group("mark"))
        if m.start() != previous_end + 1 or mark != key[1]:
            key = (m.start(), mark)
        lists.setdefault(key, []).append(m.span("item"))
        previous_end = m.end()
    return list(lists.values())


def _columns(text: str) -> list[list[tuple[int, int]]]:
    """The cells of each column of each table written with bars, rows in a row: a row has
    an outer bar at one end at least (the decoded view may see through the first)."""
    if "|" not in text:
        return []
    columns: dict[tuple[int, int], list[tuple[int, int]]] = {}
    previous_end, table = -2, 0
    for row in _TABLE_ROW.finditer(text):
        if row.start() != previous_end + 1:
            table = row.start()
        previous_end = row.end()
        start, end = row.span("row")
        start += text[start] == "|"
        for i, cell in enumerate(_CELL.finditer(text, start, end)):
            if cell.group(1):
                columns.setdefault((table, i), []).append(cell.span(1))
    return list(columns.values())


def signature_companies(text: str, findings: list[Finding],
                        titles: Collection[str]) -> list[Finding]:
    """In a signature, the lines between the writer's name (a line a name finding covers)
    and the address block under them that are neither a name nor a job title (their last
    word in ``titles``): the organisation, one finding per line, added to ``findings``."""
    blocks = [f for f in findings if f.category == "ADDRESS"]
    if not blocks:
        return findings
    names = [f for f in findings if f.category in _NAMES]
    added = []
    for block in blocks:
        line_start = text.rfind("\n", 0, block.start) + 1
        if text[line_start:block.start].strip(" \t>"):
            continue  # the block opens no line
        lines: list[tuple[int, int]] = []  # the lines above, nearest first
        end = line_start - 1
        while end > 0 and len(lines) < _SIGNATURE_LINES:
            start = text.rfind("\n", 0, end) + 1
            body = _LINE.match(text, start, end)
            a, b = body.start("body"), body.end("body")
            if a == b or _NOT_A_NAME_LINE.search(text, a, b):
                break
            lines.append((a, b))
            end = start - 1
        named = [any(f.start <= a and b <= f.end for f in names) for a, b in lines]
        if not any(named[1:]):
            continue  # no name above the company line: not a signature
        top = max(i for i, hit in enumerate(named) if hit)
        for (a, b), hit in zip(lines[:top], named[:top]):
            words = _ITEM.findall(text, a, b)
            if hit or not words or len(words) > 5 or words[-1].casefold() in titles:
                continue
            added.append(Finding(a, b, "ORGANIZATION", "ORGANIZATION", 0.6, "signature"))
    return findings + added if added else findings


def names_outside_blocks(text: str, findings: list[Finding]) -> list[Finding]:
    """Names read into an address block left to it: one inside the block is the block's (a
    block is one finding), one that starts before it ends where the block begins ("Dana Roe
    Suite" before "Suite 9, 12 Oak Road")."""
    blocks = [f for f in findings if f.category == "ADDRESS"]
    if not blocks:
        return findings
    out = []
    for f in findings:
        if f.category in _NAMES:
            if any(b.start <= f.start and f.end <= b.end for b in blocks):
                continue
            cut = min((b.start for b in blocks if f.start < b.start < f.end), default=None)
            if cut is not None:
                end = f.start + len(text[f.start:cut].rstrip(" \t\r\n,;:-"))
                if not _ITEM.search(text, f.start, end):
                    continue
                f = f.shifted(f.start, end)
        out.append(f)
    return out
