"""An address block opened by what only addresses write, its short lines under it its parts.

Two openers: a postal mark (Japan's "〒231-0861", a private mail bag "P.M.B. 351", a post
box of many languages, address_words' POST_BOXES: "PO Box 12", "Private Bag X9", "Postnet Suite
40", Swahili's "S.L.P. 9017", "Kotak Pos 12", "Posbus 5", "а/я 12", "п/я 5"), alone on its line
or before the rest of it; and a line of units named in Latin script
with their hyphened suffixes, Japan's prefecture, city, ward and town and Korea's province,
city, district and neighbourhood ("Kanagawa-ken Yokohama-shi Naka-ku Motomachi 1-17-10",
"Sapporo-shi Chuo-ku Kita 3-jo Nishi 2-5-15"), with its block number. The lines under an
opener join it while each is what a block's lines are, a few capitalised words or numbers
with no sentence's words and no label (a building and its flat "Corpo Midori 201-go", a town,
"Kenema", a country, "Sierra Leone"): a blank line, a speaker's or a chat's line, a line of
a sentence ends it. A text with no mark's word and no hyphened unit's suffix costs a few
literal tests and a search.
"""

from __future__ import annotations

import regex

from redact.detect import codecache
from redact.detect.address_words import POST_BOXES, spaced
from redact.detect.wordlike import zipf

__all__ = ["mark_blocks"]

# (a box's number with a letter before it: South Africa's "Private Bag X9"; one run of spaces
# before the number and one after its mark, so that no run of spaces is read two ways)
_MARK = codecache.compile(
    r"〒[ \t]?\d{3}-?\d{4}"
    rf"|(?<![\w-])(?:{spaced((*POST_BOXES, 'P.M.B.', 'PMB'))})"
    r"[ \t]*(?:(?:No\.?|nr\.?|№|#)[ \t]*)?[A-Z]?\d{1,6}(?:[ ]\d{2}){0,2}(?!\d)"
    r"|(?<![\w/])[аaп]/я[ \t]*(?:№[ \t]*)?\d{1,6}(?!\d)")
# a unit named with its hyphened suffix: Japan's prefecture (-to, -dō, -fu, -ken), city (-shi),
# ward (-ku), district (-gun), town (-machi, -chō), village (-mura, -son); Korea's province
# (-do), city (-si), district (-gu, -gun), town (-eup, -myeon) and neighbourhood (-dong)
_SUFFIXES = ("to", "dō", "do", "fu", "ken", "shi", "ku", "gun", "machi", "chō", "cho", "mura", "son",
             "si", "gu", "eup", "myeon", "dong")
# a literal of each mark, looked for before the marks' pattern: its first word, or its first
# letter and dot ("S.L.P." by "S.")
_MARK_WORDS = ("〒", "/я", "PMB", "P.",
               *sorted({m.split()[0] if "." not in m.split()[0] else m[:2] for m in POST_BOXES}))
_UNIT = codecache.compile(rf"(?<![\w-])\p{{Lu}}[\p{{Ll}}ōūāēī]+-(?:{'|'.join(_SUFFIXES)})(?![\w-])")
_UNIT_TRIGGER = codecache.compile(rf"-(?:{'|'.join(_SUFFIXES)})(?![\w-])")
_PLAIN = frozenset(("to", "do", "si", "gu", "son"))  # suffixes of English hyphened words too ("Up-to")
# Japan's and Korea's block and lot numbers ("1-17-10", "223-14")
_BLOCK = codecache.compile(r"(?<![\w-])\d{1,4}(?:-\d{1,4}){1,2}(?![\w-])")
_FLAT = codecache.compile(r"\d-(?:go|gō|ho)(?![\w-])")  # a flat's number in Japan and Korea ("201-go", "1202-ho")
_LINE_BREAK = codecache.compile(r"\r?\n|\\n")
_PREFIX = codecache.compile(r"[ \t>]*")
# a part line: capitalised words or numbers, a few short lowercase ones ("Jadranski put bb")
_PART_LINE = codecache.compile(r"[\p{Lu}\d〒][^\n:@?!=<>{}\[\]\"|\\]{0,59}")
_WORD = codecache.compile(r"[^\s,]+")
_TAG = codecache.compile(r"(?:</?\w[^<>\n]*>|\"|,)$")  # a cue's closing tag, a JSON string's quote
# the words of sentences and of a transcript's own lines, never of an address's lines
_NOT_PARTS = frozenset(
    "the a an is are was to and or i you we it in on at for my me he she they this that of with from"
    " thanks thank hi hello hey dear regards best cheers ok okay yes no please speaker sent tel phone"
    " email fax mobile note see call".split())
_RARE_ZIPF = 4.3  # a town's word: "bo" 4.0, "lagos" 3.5; a sentence's or a name's: "jones" 4.4, "manager" 5.0
_MAX_LINES = 5  # the lines under an opener: a street, a building, a town, a region, a country
_MAX_REST = 80  # the rest of an opener's line that may be a part (_PART_LINE's 60, spaces and marks)


def mark_blocks(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The blocks opened by a postal mark or a line of hyphened units, as (start, end);
    ``countries`` (casefolded) are the places a line of words may name."""
    openers = [m.span() for m in _MARK.finditer(text)] if any(w in text for w in _MARK_WORDS) else []
    if _UNIT_TRIGGER.search(text):
        openers += _unit_lines(text)
    blocks = []
    line_end = -1
    for start, end in sorted(openers):
        if line_end < end:  # the openers on a line share its end
            line_end = _line_end(text, end)
        rest = text[end:min(line_end, end + _MAX_REST)].strip(" \t,;-")
        if rest and (line_end > end + _MAX_REST or not _is_part(rest, countries)):
            if _BLOCK.search(text, start, end):  # a line of units with a sentence after it
                blocks.append((start, end))
            continue
        blocks.append((start, _following(text, _content_end(text, end, line_end), line_end, countries)))
    return blocks


def _unit_lines(text: str) -> list[tuple[int, int]]:
    """Where a run of hyphened units ends with its block number, as (start, end), from the
    first unit to the number ("Naka-ku Motomachi 1-17-10"), the capitalised word before the
    first unit too ("Hokkaido Sapporo-shi ..."): the words between them capitalised or
    numbered ("Kita 3-jo Nishi"), two units or one whose suffix no English word has."""
    spans = []
    pos = 0
    for unit in _UNIT.finditer(text):
        if unit.start() < pos:
            continue
        block = _BLOCK.search(text, unit.end(), min(len(text), unit.end() + 80))
        if block is None or _LINE_BREAK.search(text, unit.end(), block.start()):
            continue
        words = text[unit.end():block.start()].replace(",", " ").split()
        if len(words) > 6 or not all(w[0].isupper() or w[0].isdigit() for w in words) or (
                unit.group().rsplit("-", 1)[1] in _PLAIN and not any(_UNIT.fullmatch(w) for w in words)):
            continue
        start = unit.start()
        before = regex.search(r"(?<![\w-])\p{Lu}[\p{Ll}ōū]+[ \t]+$", text[max(0, start - 20):start])
        if before is not None and before.group().strip().casefold() not in _NOT_PARTS:
            start -= len(before.group())
        spans.append((start, block.end()))
        pos = block.end()
    return spans


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    m = _LINE_BREAK.search(text, pos)
    return m.start() if m else len(text)


def _content_end(text: str, start: int, end: int) -> int:
    """The end of a line's content, before a closing tag, a quote or spaces."""
    line = text[start:end].rstrip(" \t")
    if (m := _TAG.search(line)) is not None:
        line = line[:m.start()].rstrip(" \t")
    return start + len(line)


def _is_part(line: str, countries: frozenset[str]) -> bool:
    """Whether a line is a line of an address block: a postcode's numbers, a flat's
    ("Sakura Heights 106-go"), or a place's name, a word no sentence has in it ("Kenema",
    "Lagos State"; not "Project Manager", not "Term 3")."""
    if not _PART_LINE.fullmatch(line):
        return False
    words = _WORD.findall(line)
    return 0 < len(words) <= 8 and not any(w.casefold().strip(".") in _NOT_PARTS for w in words) and sum(
        not (w[0].isupper() or w[0].isdigit()) for w in words) <= 2 and (
        not any(c.isalpha() for c in line) or _FLAT.search(line) is not None
        or line.strip(" .").casefold() in countries or any(zipf(w.casefold(), "en") < _RARE_ZIPF for w in words))


def _following(text: str, end: int, line_end: int, countries: frozenset[str]) -> int:
    """The end of the part lines under the block ending at ``end`` on a line ending at ``line_end``."""
    for _ in range(_MAX_LINES):
        brk = _LINE_BREAK.match(text, line_end)
        if brk is None:
            return end
        start = _PREFIX.match(text, brk.end()).end()
        line_end = _line_end(text, start)
        content = _content_end(text, start, line_end)
        if content <= start or not _is_part(text[start:content], countries):
            return end
        end = content
    return end
