"""Latin America's addresses that no street's house number anchors, each an anchor whose
parts after it (a flat, a town, a postcode) are ``address_tails``':

- a block and its lot, as Ecuador, Peru, Mexico and Central America number land where
  streets have no numbers ("Mz. 212, Villa 40", "manzana 38 solar 34", "Lote 5 Mza. B"), or a
  numbered street and its house as Chile's poblaciones write them ("calle 12 casa 220"); the
  settlement before it ("Cdla. Alborada 9na etapa, ", "Sauces 6, ") and the way to the door
  after it ("diagonal a la iglesia") are the block's;
- Ecuador's house number by its quadrant at a crossing ("Av. Eloy Alfaro N32-63 y Alemania",
  "Av. Maldonado S61-204"), the street's type or its cross street saying it is one;
- a street with no type word whose house number a flat follows ("Los Leones 7803, depto. 897");
- a road with no number and the way to it, as the Caribbean and much of Africa write where
  houses have none: a road it leaves ("Bernard Road, off Blue Hill Road"), or a landmark near
  it ("Bay Street, near the straw market") when the road opens its line, as a block's first line
  does. The settlement, island and country lines under it are ``address_tails``'.

Every scan is of a short word with a digit after it, or of a comma and a way's word; the look
back from each reads backwards from it (``(?r)``) in a window of bounded width, so a line of
them all is read in linear time.
"""

from __future__ import annotations

from redact.detect import codecache
from redact.detect.address_streets import CAP, NAME_ZIPF
from redact.detect.address_words import EN_TYPES, alternation
from redact.detect.wordlike import zipf

__all__ = ["block_anchors", "road_anchors"]

_VERB_ZIPF = 5.5  # a road's first word, no sentence's verb: "main" 5.3, "bay" 4.4; "take" 6.1, "turn" 5.6
_REACH = 90  # how far back a settlement or a street's name reaches from its block or number
_OPEN = r"(?:(?<=\\n)|(?<![\w'’-]))"  # a word's start, a JSON string's line's too
_WORD = r"\p{Lu}[\p{L}'’]*\.?"  # "Cdla.", "Alborada", "Pujilí"
_JOIN = r"(?:de|del|la|las|los|el|y)"  # the small words inside a name ("Av. de los Shyris")
# a block and its lot, in either order; a numbered street and its house
_BLOCK = r"(?:Mza?\.?|MZ\.?|MZA\.?|[Mm]anzana)"
_LOT = r"(?:[Ss]olar|[Vv]illa|V\.|[Ll]ote|Lt\.?|LT\.?|Sl\.?|[Cc]asa)"
_NO = r"[ \t]*(?:N[°º.]?[ \t]*)?[A-Z\d]{1,4}(?![\w-])"
_PAIR = codecache.compile(
    rf"(?<![\w-])(?:{_BLOCK}{_NO},?[ \t]*{_LOT}{_NO}|{_LOT}{_NO},?[ \t]*{_BLOCK}{_NO}"
    rf"|(?:[Cc]alle|[Pp]asaje|Psje\.|[Bb]lock)[ \t]+\d{{1,4}}[A-Z]?,?[ \t]+(?:[Cc]asa|[Dd]epto\.?|[Ss]itio)[ \t]*\d{{1,4}}[A-Z]?(?![\w-]))")
# the way to the door from a landmark, after the block ("diagonal a la iglesia", "frente al parque")
_WAY = codecache.compile(
    r",?[ \t]+(?:diagonal[ \t]+a|frente[ \t]+a|junto[ \t]+a|cerca[ \t]+de|detrás[ \t]+de|atrás[ \t]+de"
    r"|al[ \t]+lado[ \t]+de|a[ \t]+lado[ \t]+de|esquina[ \t]+con)l?[ \t]+[^,\n.;:!?\"<]{1,40}")
# the settlement a block lies in, a part of its own before it: its mark and name, an ordinal
# stage ("9na etapa"), or a name and its number ("Sauces 6", "Urdenor 2")
_SETTLEMENT = codecache.compile(
    rf"(?r){_OPEN}{_WORD}(?:[ \t]+(?:{_WORD}|{_JOIN}|\d{{1,3}}\p{{Ll}}{{0,3}}|etapa|sector)){{0,5}},[ \t]*\Z")
# Ecuador's quadrant house number: north, south, east, west ("Oe") and its number at the crossing
_QUADRANT = codecache.compile(r"(?<![\w-])(?:N|S|E|Oe|OE)\d{1,3}[A-Z]?-\d{1,4}[A-Za-z]?(?![\w-])")
_TYPE = r"(?:Av\.|Avda\.|Avenida|Calle|Pasaje|Psje\.|Jr\.|Jirón|Bulevar|Blvd\.|Autopista|Vía|Via)"
_STREET_BEFORE = codecache.compile(
    rf"(?r){_OPEN}(?:{_TYPE}[ \t]+)?(?:(?:{_WORD}|{_JOIN})[ \t]+){{1,5}}\Z")
_TYPED = codecache.compile(rf"(?<![\w-]){_TYPE}[ \t]")
_CROSS = codecache.compile(rf"[ \t]+(?:y|e|esq\.|esquina)[ \t]+{_WORD}(?:[ \t]+(?:{_WORD}|{_JOIN}(?=[ \t]+\p{{Lu}}))){{0,3}}")
# a flat after a street with no type and its house ("Los Leones 7803, depto. 897", "Ellauri 3877 apto. 901")
_FLAT = codecache.compile(
    r"(?<![\w-])(?:[Dd]epto\.?|[Dd]pto\.?|[Dd]epartamento|[Oo]ficina|[Aa]pto\.?|[Aa]partamento|[Aa]pt\.|кв\.|квартира|апто\.?"
    r"|апт\.)[ \t]*\d{1,5}[A-Za-z]?(?![\w-])")  # Uruguay's "apto. 901", in Russian text "кв. 12", "апто 877"
_HOUSE_BEFORE = codecache.compile(
    rf"(?r){_OPEN}{_WORD}(?:[ \t]+(?:{_WORD}|{_JOIN})){{0,5}}[ \t]+\d{{1,5}}[A-Za-z]?,?[ \t]+\Z")
# a road with no number, the way from it after a comma; the road by its type, looked back from the way
_TYPES = alternation(EN_TYPES)
_ROAD = rf"{CAP}(?:[ \t]+{CAP}){{0,3}}[ \t]+(?:{_TYPES})\.?"
_WAY_TO = codecache.compile(
    r",[ \t]*(?:(?P<off>off)|near|opposite|behind|beside|next[ \t]+to|across[ \t]+from|close[ \t]+to)[ \t]+")
_ROAD_BEFORE = codecache.compile(rf"(?r){_OPEN}{_ROAD}\Z")
_OFF_ROAD = codecache.compile(rf"{_ROAD}(?![\w'’-])")
_LANDMARK = codecache.compile(r"(?:the[ \t]+)?[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,3}(?=[ \t]*(?:\r?\n|\\n)[ \t>]*\p{Lu})")
_LINE_OPENS = codecache.compile(r"(?:\A|\n|\\n|[>\":])[ \t>]*\Z")
_NAME_WORD = codecache.compile(r"\p{Lu}[\p{L}'’]*")


def block_anchors(text: str) -> list[tuple[int, int]]:
    """The anchors of ``text`` by a block and its lot, a quadrant number or a flat after a
    house, as (start, end)."""
    anchors: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text, overlapped=True):  # "Lote 1, Mz. 272 V. 36": two pairs
        way = _WAY.match(text, m.end())
        end = way.end() if way else m.end()
        if anchors and m.start() < anchors[-1][1]:  # a pair inside the one before: one anchor, read once
            anchors[-1] = (anchors[-1][0], max(end, anchors[-1][1]))
            continue
        lead = _SETTLEMENT.search(text, max(0, m.start() - _REACH), m.start())
        anchors.append((lead.start() if lead else m.start(), end))
    for m in _QUADRANT.finditer(text):
        street = _STREET_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        cross = _CROSS.match(text, m.end())
        if street is not None and (cross or _TYPED.search(text, street.start(), m.start())):
            anchors.append((street.start(), cross.end() if cross else m.end()))
    for m in _FLAT.finditer(text):
        house = _HOUSE_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if house is not None and _named(house.group()):
            anchors.append((house.start(), m.end()))
    return anchors


def road_anchors(text: str) -> list[tuple[int, int]]:
    """The roads of ``text`` with no number and the way from each, as (start, end): a text
    with no digit has them too, and the search is of a comma and the way's word."""
    anchors = []
    for m in _WAY_TO.finditer(text):
        road = _ROAD_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if road is None or zipf(road.group().split()[0].casefold(), "en") >= _VERB_ZIPF:  # "Take Exit Road, off ..."
            continue
        if m.group("off"):
            way = _OFF_ROAD.match(text, m.end())
        elif _LINE_OPENS.search(text, max(0, road.start() - 8), road.start()):
            way = _LANDMARK.match(text, m.end())
        else:
            continue
        if way is not None:
            anchors.append((road.start(), way.end()))
    return anchors


def _named(street: str) -> bool:
    """Whether a street's name has a word no sentence has ("Leones", "Carrera"; not "Room 5",
    "Sprint 5")."""
    return any(zipf(w.casefold(), "en") < NAME_ZIPF for w in _NAME_WORD.findall(street))
