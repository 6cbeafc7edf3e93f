"""Names in a list or a table column, before NER reads them: one list is one context.
Where most lines of a block (bullets, numbered lines, table rows, the lines under a header
such as "Assignees" or "Участники") hold a full name in the same place, and a given name or
the header confirms one of them, every line holding a name there is one, whatever the
name's origin: "- Chukwuemeka Njoku [OK]", "| Əhməd Hüseynli | 4B |", "Omodunni Ayandokun /
active" beside "- Elif Täsche [OK]". The marks around an item (bullets, "[OK]", "/ active",
"(owner)", "✓", a table's other cells) are not part of the name. After NER,
``groups.listed_names`` adds the items of a list where two others were found by any reader.
"""

from __future__ import annotations

from collections.abc import Collection


from redact.detect import codecache
from redact.detect.name_cues import ANY_NAME_WORD, name_word
from redact.detect.wordlike import COMMON_ZIPF, is_first_name, is_given_name, zipf
from redact.morph import person_noun

__all__ = ["listed_names"]

# a name's word in a list, a given name's initial after a hyphen as well ("Hans-J.
# Christoph", "Jean-P. Roux"), or an initial of its own ("J. Christoph", "Ana M. Ruiz")
_WORD = rf"(?:{ANY_NAME_WORD}(?:-\p{{Lu}}\.)?|\p{{Lu}}\.)"
_INITIAL = codecache.compile(r"-\p{Lu}\.$")
_INITIAL_WORD = codecache.compile(r"\p{Lu}\.")
# a name's word in a script without capitals, beside the Latin ones of the same list
# ("和也 中村", "재호 김"): the lines of the list say what it is
_UNCASED = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{1,4}"
_IS_UNCASED = codecache.compile(rf"{_UNCASED}")
# a line of a list: a quote's marks, then a bullet, a number, a check box, a symbol or a
# table's bar before the item, then
# two or three name words, then nothing but marks: a bracket, a slash, a bar, a dash, a tick,
# an arrow, a tab, a comma or a colon before a role or a status ("Ada Obi, RN", "Ada Obi:
# present", "Ada Obi\tpaid", "Ada Obi → confirmed")
_ITEM = codecache.compile(
    r"(?m)[ \t]*(?:>[ \t]*)*(?P<mark>(?:(?:[-*•·▪‣→+–—]|\d{1,3}[.)]|\(\d{1,3}\)|\[[^\]\n]{0,3}\]|\||\p{So})"
    r"[ \t]*)*)"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}}|{_UNCASED}(?:[ \t]+{_UNCASED}){{1,2}})"
    r"(?=\t|[ \t]*(?:$|[\[(/|✓✔✅☑—–,;:<·•*=→»-]|\p{So}))")
_CYRILLIC = codecache.compile(r"[а-яёА-ЯЁ]")
_SCORE = 0.86
_FAMILY_ZIPF = 5.0  # a family name that is a word: "Hall" (4.6), "Early"; not "Team" (5.7)
_NO_WORD_ZIPF = 4.0  # after a given name that is a frequent word too: "Merritt" (3.1), not "Done"
_LISTED_FAMILY_ZIPF = 5.55  # beside names of the list: "King" (5.2), "White" (5.5); not "Team"
_TABLE_RULE = codecache.compile(r"^[ \t|:-]+$")
# a header over people, in its own line or a table's first cell: "Assignees", "## Attendees:",
# "| Patient | Ward |", "Участники беседы:", "Список на пропуск"
_HEADER = codecache.compile(
    r"[ \t#|*]*(?:\w+[ \t]+){0,3}(?i:assignees|attendees|participants|members|contributors|authors|"
    r"reviewers|owners|guests|speakers|patients?|employees?|staff|residents|tenants?|students?|"
    r"witnesses|relatives|next of kin|contacts|emergency contacts|recipients|signatories|people|"
    r"parents?|parties|party|claimants?|defendants?|respondents?|beneficiar(?:y|ies)|dependa?ents?|"
    r"borrowers|co-borrowers|guarantors|heirs|landlords|lessees|occupants|riders|drivers|couriers|"
    r"passengers|travell?ers|pupils|children|kids|family|invitees|volunteers|applicants|"
    r"candidates|clients|customers|doctors|nurses|agents|players|crew|team members|committee|"
    r"on shift|on call|rota|roster|register|who|"
    r"участники|исполнители|родственники|авторы|ответственные|сотрудники|пациенты?|гости|"
    r"получатели|члены|фио|список|дежурные|стороны|кто)(?:[ \t]+\w+){0,3}[ \t]*(?::|\||$)")
_HEADER_WORD = codecache.compile(r"[А-ЯЁа-яё]+")
_HEADER_WORDS = 5  # a header is a few words; a longer line is a sentence


def listed_names(text: str, first_names: Collection[str]) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names of the lists in ``text`` whose lines are mostly
    names, under a header of people or with a known given name in one of them."""
    if "\n" not in text:
        return []
    out: list[tuple[int, int, float]] = []
    for block in _blocks(text):
        headed = _headed(text, *block[0])
        for column, table in _columns(text, block):
            shaped = [(m, b) for a, b in column if (m := _ITEM.match(text, a, b)) is not None]
            items = [m for m, _ in shaped if _listed_name(m.group("name").split())]
            if len(items) < 2 or 2 * len(items) < len(column):
                continue
            # a header over people, or a table or marks around the items (the lines of a
            # signature are no list: "Rosalind Okafor\nQuillfern Analytics") and one given
            # name the lexicon knows, in an item of common words too ("John Smith" beside
            # "Omodunni Ayandokun")
            marked = table or all(m.group("mark").strip() or text[m.end("name"):b].strip() for m, b in shaped)
            if headed or marked and any(is_first_name(m.group("name").split()[0], first_names)
                                        for m, _ in shaped):
                # the list says person whatever NER reads, and where ("Ada Obi - attending");
                # in it, a given name the lexicon knows before a family name that is a
                # frequent word is one too ("Randy King", "Grace Young" beside "Lisa Wilson")
                items += [m for m, _ in shaped if m not in items
                          and _listed_beside_names(m.group("name").split(), first_names)]
                out += [(m.start("name"), m.end("name"), _SCORE) for m in items]
    return out


def _headed(text: str, start: int, end: int) -> bool:
    """Whether a block's first line is a header over people: "Year 4 parents:", "| Claimant |
    Status |", or a few Russian words one of which the dictionary reads as persons
    ("Созаёмщики:", "Жильцы")."""
    if _HEADER.match(text, start, end) is not None:
        return True
    words = _HEADER_WORD.findall(text, start, end)
    return 0 < len(words) <= _HEADER_WORDS and len(text[start:end].split()) <= _HEADER_WORDS and any(
        person_noun(w) for w in words)


def _listed_name(words: list[str]) -> bool:
    """Whether an item's words may be a name: in a script without capitals, words of a few
    signs (the list's other lines say what they are); every one a name's word (initials
    left aside: "Hans-J.", "J. Christoph"), or in a list, the last one, with
    no frequent word before it ("Спас Бабʼюк"), or after a given name, a family name that is
    a word too ("Reginald Hall"), or after a given name as frequent as a word, words that are
    none ("James Merritt"; not "Mark Done")."""
    if _IS_UNCASED.match(words[0]):
        return True
    if _INITIAL_WORD.fullmatch(words[-1]):  # "Christoph J." is no name's order
        return False
    words = [_INITIAL.sub("", w) for w in words if not _INITIAL_WORD.fullmatch(w)]
    return all(name_word(w) for w in words) or name_word(words[-1]) and all(
        zipf(w.casefold(), "ru" if _CYRILLIC.search(w) else "en") < COMMON_ZIPF for w in words[:-1]) or (
        not _CYRILLIC.search(words[0]) and is_given_name(words[0]) and all(
            zipf(w.casefold(), "en") < (_FAMILY_ZIPF if name_word(words[0]) else _NO_WORD_ZIPF)
            for w in words[1:]))


def _listed_beside_names(words: list[str], first_names: Collection[str]) -> bool:
    """Whether an item of a list of names is a name too: a given name the lexicon knows,
    then words no more frequent than "white" (a family name that is a word: "King", "Young";
    not "Total", "Team")."""
    return (not _CYRILLIC.search(words[0]) and is_first_name(words[0], first_names)
            and all(zipf(w.casefold(), "en") < _LISTED_FAMILY_ZIPF for w in words[1:]))


def _columns(text: str, block: list[tuple[int, int]]) -> list[tuple[list[tuple[int, int]], bool]]:
    """The lists of a block and whether they are a table's: its lines, or where most of
    them are a table's rows, each of its columns ("| 2 | Seyran Axundzadə | 4B |"; a row's
    first bar may be left out), as (start, end) of each cell."""
    rows = [_cells(text, a, b) for a, b in block if "|" in text[a:b]]
    if 2 * len(rows) <= len(block):
        return [(block, False)]
    return [([row[i] for row in rows if i < len(row)], True) for i in range(max(map(len, rows)))]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the cells of a table's row, without the empty ones outside its
    outer bars."""
    cells, pos = [], start
    for part in text[start:end].split("|"):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    if not text[cells[0][0]:cells[0][1]].strip():
        cells = cells[1:]
    if cells and not text[cells[-1][0]:cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-empty lines, as (start, end) of each line; a table's rule line is
    left out."""
    blocks: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if not line.strip():
            blocks.append([])
        elif not _TABLE_RULE.match(line):
            blocks[-1].append((pos, end))
        pos = end + 1
    return [b for b in blocks if len(b) > 1]
