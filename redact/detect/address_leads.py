"""What an address block holds before its anchor: the house number faker-style writers and
some countries put before the street's own, a unit ("Suite 5, 12 Oak Road", "Shop 5/12 Beach
Road", a line "Flat 3" above), a building's name ("Payne House, 25 Young Walks"), a
Russian index and region line, a tea estate's line of rooms ("Line No. 9, Lower Division,
..."), the person in whose care the post is ("c/o Neufeld, Lindenweg 16"), a city's district
("Париж, 20-й округ, ..."), the town and country written first; and, going back
from a block that a postcode ends, the parts and lines of an address with no house number: named houses, streets without a number,
localities and counties ("Rose Cottage, Mill Lane, Little Snoring, Fakenham NR21 0AB",
"Apartment 4\\nThe Maltings\\nBray\\nCo. Wicklow\\nA98 X2Y3")."""

from __future__ import annotations


from redact.detect import codecache
from redact.detect.address_streets import CAP, FLOOR, TOWN, UNIT
from redact.detect.address_words import BUILDINGS, BUILDINGS_FIRST, EN_TYPES, LOCALITY_MARKS, WELSH_BUILDINGS, alternation
from redact.detect.wordlike import is_given_name, zipf

_MAX_BACK = 5  # parts before a postcode-ended block: unit, house, street, locality, town
_MAX_PART = 200  # a part's characters, a sentence's words before it too
_RARE_ZIPF = 4.5  # a locality has a word no sentence has: "snoring" 3.0, "bray" 3.4

_LEAD_NUMBER = codecache.compile(r"(?<![\w$£€.,:/+-])\d{1,5}(?:/\d{1,3})?[ \t]+$")  # Glasgow's "2/1"
# a marked house number and a comma before a street that opens with its type ("No. 12, Jalan
# SS 2/24", "Lot 5, Jalan Ampang")
_LEAD_MARKED = codecache.compile(  # a house's or a door's "No." ("H/No. 23", "D.No. 4")
    r"(?<![\w-])(?:[HD][/.][ \t]?)?(?:No|Nr|Nº|nº|N°|Lot|Plot|House)\.?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,3})?,[ \t]*\Z")
# a tea estate's line of rooms, before the number of its room ("Line No. 9, Lower Division,
# Pedro Estate")
_ESTATE_LINE = codecache.compile(r"(?<![\w-])Line[ \t]+\Z")
# the mark of the number that opens the street: Singapore's block ("Blk 123 Ang Mo Kio Ave
# 3"), Nigeria's and Kenya's number or plot ("No. 84, Awolowo Close", "Plot 859, ..."),
# Ghana's house, South Africa's stand or erf, "Nº", "#"; the mile or kilometre a house stands at
# on a highway, as Belize, the Caribbean, Africa and Latin America write it ("Mile 9, George Price
# Highway", "Km 12 Carretera a El Salvador")
_LEAD_BLOCK = codecache.compile(
    r"(?:[#№]|(?<![\w-])(?:(?i:blk|block|bk|plot|house|hse|mile|km|kilomet(?:er|re)|quilómetro|kilómetro)|No|Nos|NO|Nr|Nº|nº|N°|n°|Stand|Erf|Kav|n\.|no\.)\.?:?)[ \t]*\Z")
# a unit, or a flat as Quebec, Spain and Brazil write it first ("app. 4, 1234 rue ...")
_LEAD_UNIT = codecache.compile(
    rf"(?<![\w-])(?:{UNIT}(?<=\d[A-Za-z]?)|(?i:app|appt|apto|dpto|apt)\.?[ \t]*\d{{1,4}}[A-Za-z]?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?i:floor)),?[ \t]+$")  # "Flat 3, 2nd Floor, 14 Park Street"
# a unit's word alone before a number written with a slash ("Shop 5/12 Beach Road"), and
# the lot that is a house's number ("Lot 5 Smith Road")
_SLASHED = codecache.compile(r"\d{1,5}[A-Za-z]?/\d")
_UNIT_WORD = codecache.compile(r"(?<![\w-])(?i:flat|unit|shop|apt\.?|suite|level|villa|townhouse|lot|u)[ \t]+\Z")
# a unit on a line of its own above the street, or a Russian index and region line
# ("620014, Свердловская обл.\nг. Екатеринбург, ...")
_UNIT_LINE = codecache.compile(rf"(?m)^[ \t]*(?:>[ \t]*)*(?:{UNIT}(?<=\d[A-Za-z]?)|\d{{6}},[ \t]*[^\n\d]{{2,60}}?)"
                           rf",?[ \t]*\r?\n[ \t]*(?:>[ \t]*)*\Z")
# a Turkish neighbourhood before its street on the line ("Atatürk Mah. Cumhuriyet Cad.")
_LEAD_QUARTER = codecache.compile(rf"(?<![\w-])(?:{CAP}[ \t]+){{1,3}}(?:Mahallesi|Mah\.|Mh\.),?[ \t]+\Z")
_LEAD_BUILDING = codecache.compile(
    rf"(?<![\w-]){CAP}(?:[ \t]+{CAP}){{0,2}}[ \t]+(?:{alternation(BUILDINGS)})\.?,[ \t]*\Z")
# a building by its word before its name, before the floor and flat in it on the line ("Tower
# Alamanda Lt. 10 No. 07", "Edificio Sol, 3º B")
_LEAD_BUILDING_FIRST = codecache.compile(
    rf"(?<![\w-])(?:{alternation(BUILDINGS_FIRST)})[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}},?[ \t]+\Z")
# the word "street" before a street that opens with its own type ("Οδός Λεωφ. Κηφισίας 101")
_LEAD_STREET_WORD = codecache.compile(r"(?<![\w-])(?:Οδός|Οδ\.|Odos|Odós)[ \t]+\Z")
# a city's district by its number before the street, with the city before it, as Hungary
# writes it ("Budapest, XI. ker., Bartók Béla út 22", "XIII. kerület, ..."), and Paris's, Lyon's
# and Marseille's arrondissement in French and Russian ("Paris, 20e arrondissement, ...",
# "Париж, 20-й округ, 158 rue des Pyrénées")
_LEAD_DISTRICT = codecache.compile(
    r"(?<![\w-])(?:\p{Lu}\p{Ll}+,[ \t]*)?(?:(?:[IVX]{1,5}|\d{1,2})\.[ \t]*(?:ker\.|kerület)"
    r"|(?:[IVX]{1,5}|\d{1,2})(?:e|ème|er)[ \t]+(?i:arrondissement|arr\.)|\d{1,2}-(?:й|ый|ий)[ \t]+(?:округ|район)),?[ \t]+\Z")
# a comma or one line break before a part (a blank line ends a block)
_BACK_SEP = codecache.compile(r"(?:,[ \t]*(?:\r?\n[ \t]*(?:>[ \t]*)*)?|[ \t]*\r?\n[ \t]*(?:>[ \t]*)*)\Z")
# the top of an address: a unit or a flat ("apto 1103"), a named house or building, a street without its number,
# a French residence, building, staircase or flat
_HOUSE_PART = codecache.compile(
    rf"(?:{UNIT}(?<=\d[A-Za-z]?)|{FLOOR}|(?:(?:The|Le|La|Les)[ \t]+)?(?:{CAP}[ \t]+){{0,3}}"
    rf"(?:{alternation([*EN_TYPES, *BUILDINGS, 'Rectory', 'Vicarage', 'Grange', 'Barns', 'Maltings'])})\.?"
    rf"|The[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}|(?:{alternation(BUILDINGS_FIRST)})[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}"
    # a Welsh building, farm or cottage by its word first ("Llys Hafod", "Fferm Tŷ Isaf",
    # "Cwrt y Coed"), a Welsh house's name joined by its article ("Pen-y-Bryn")
    rf"|(?:{alternation(WELSH_BUILDINGS)})[ \t]+(?:(?:y|yr)[ \t]+)?{CAP}(?:[ \t]+{CAP}){{0,2}}"
    rf"|\p{{Lu}}\p{{Ll}}+-(?:y|yr|['’]r)-\p{{Lu}}\p{{Ll}}+"
    rf"|(?i:résidence|bâtiment|batiment|bât\.?|bat\.|escalier|esc\.|appartement|appt\.?|app\.|immeuble|imm\.|entrée"
    rf"|étage|porte|lieu-dit)[ \t]+[\w-]+(?:[ \t]+{CAP}){{0,3}})")
# the person in whose care the post is, before the address on its line or the line above
# ("c/o Neufeld, Lindenweg 16", "C/O Kofi Mensah\n...")
_CARE_OF = codecache.compile(
    rf"(?<![\w/-])(?i:c/o|c\.o\.)[ \t]+(?:{CAP}[ \t]+){{0,3}}{CAP}(?:,[ \t]*|[ \t]*\r?\n[ \t]*(?:>[ \t]*)*)\Z")
# the mark alone, before a post box or the name a town lead took ("c/o P.O. Box 4978")
_CARE_MARK = codecache.compile(r"(?<![\w/-])(?i:c/o|c\.o\.)[ \t]+\Z")
# a town before a street that opens with its name, as Russian and Finnish write the town
# first ("Турку, Kauppakatu 83 A 13", "Tampere, Hämeenkatu 10"): a word no sentence has
# often ("Спасибо, ..." and "Thanks, ..." are none) and, in Latin letters, no given name
_LEAD_TOWN = codecache.compile(r"(?<![\w-])(?P<town>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]*\Z")
_CYRILLIC_TOWN_ZIPF = 4.2  # "хельсинки" 3.7, "бишкек" 3.2; "живу" 4.5, "спасибо" 5.6
_LATIN_OR_DIGIT = codecache.compile(r"\p{Latin}|\d")
_CYRILLIC = codecache.compile(r"\p{Cyrillic}")
_LATIN_TOWN_ZIPF = 3.5  # "helsinki" 3.4, "turku" 2.3; "regards" 4.2, "hello" 4.7
# a locality, or a house's number and its estate's name with no street's word ("19 Fairgreen")
# the mark of the neighbourhood whose last word was read as the town before a street ("Col.
# Americana, Calle Morelos 632", "Urb. Los Altos, Calle Mercurio 84")
_LEAD_MARK = codecache.compile(rf"(?<![\w-])(?:{alternation(LOCALITY_MARKS)})[ \t]*(?:{CAP}[ \t]+){{0,2}}\Z")
_LOCALITY = codecache.compile(rf"(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:(?:Co\.|County)[ \t]+)?{TOWN}")
# "we live at Ballyroe", "the address is Knockbrack", "address: Lisheen"
_PLACE_AFTER = codecache.compile(rf"(?:(?<=(?<![\w-])(?:at|in|to|from|near|c/o|is)[ \t]+)|(?<=:[ \t]*)){TOWN}\Z")


def block_start(text: str, start: int, postcode_ended: bool, countries: frozenset[str] = frozenset()) -> int:
    """Where a block whose anchor starts at ``start`` starts, with what comes before it;
    ``postcode_ended``: the block is a town and postcode with no street found, which takes
    the parts before it back to the top of the address; ``countries`` (casefolded) the names a
    country written before its town may have."""
    for lead in (_LEAD_UNIT, _LEAD_NUMBER, _LEAD_UNIT):
        before = lead.search(text[max(0, start - 20):start])
        if before is not None:
            start -= len(before.group())
    marked = _LEAD_MARKED.search(text, max(0, start - 16), start)
    if marked is not None and text[start:start + 1].isalpha():
        start = marked.start()
    line = _ESTATE_LINE.search(text, max(0, start - 8), start) if text.startswith("No", start) else None
    if line is not None:
        start = line.start()
    block = _LEAD_BLOCK.search(text, max(0, start - 12), start)  # the mark of its number
    if block is not None and text[start:start + 1].isdigit():
        start = block.start()
    word = _UNIT_WORD.search(text, max(0, start - 12), start)
    if word is not None and (_SLASHED.match(text, start) or word.group().strip().casefold() == "lot"):
        start = word.start()
    quarter = _LEAD_QUARTER.search(text, max(0, start - 40), start)
    if quarter is not None:
        start = quarter.start()
    building = _LEAD_BUILDING.search(text, max(0, start - 60), start) or \
        _LEAD_BUILDING_FIRST.search(text, max(0, start - 60), start)
    if building is not None:
        start = building.start()
    street_word = _LEAD_STREET_WORD.search(text, max(0, start - 8), start)
    if street_word is not None:
        start = street_word.start()
    district = _LEAD_DISTRICT.search(text, max(0, start - 40), start)
    if district is not None:
        start = district.start()
    unit_line = _UNIT_LINE.search(text, max(0, start - 80), start)
    if unit_line is not None:
        start = unit_line.start()
    start = _back(text, start, postcode_ended)
    care_of = _CARE_OF.search(text, max(0, start - 60), start)
    if care_of is not None:
        return care_of.start()
    latin = _LATIN_OR_DIGIT.match(text, start) is not None  # a street in Latin letters, or its house first
    for _ in range(2):  # the town, and the country before it ("Швеция, Стокгольм, Drottninggatan 78")
        town = _LEAD_TOWN.search(text, max(0, start - 30), start)
        if town is None or not latin:
            break
        if not _is_town(town.group("town")) and town.group("town").casefold() not in countries:
            # a town also a word of sentences after its country ("Италия, Рим, Via Tuscolana 5")
            country = _LEAD_TOWN.search(text, max(0, town.start() - 30), town.start())
            if country is None or country.group("town").casefold() not in countries:
                break
        start = town.start()
    mark = _LEAD_MARK.search(text, max(0, start - 40), start) if latin else None
    if mark is not None:  # the neighbourhood, and the town before it ("Бенидорм, Urb. Los Altos, ...")
        start = mark.start()
        town = _LEAD_TOWN.search(text, max(0, start - 30), start)
        if town is not None and (_is_town(town.group("town")) or town.group("town").casefold() in countries):
            start = town.start()
    care_of = _CARE_MARK.search(text, max(0, start - 8), start)  # "c/o P.O. Box 10365", "c/o Andersson, ..."
    return start if care_of is None else care_of.start()


def _back(text: str, start: int, localities: bool) -> int:
    """The parts before ``start``, one comma or line break apart: houses, units and streets
    always, localities only below them and not opening with a given name (the name's line
    above an address stays out)."""
    for _ in range(_MAX_BACK):
        sep = _BACK_SEP.search(text, max(0, start - 12), start)
        if sep is None:
            break
        top = _top(text, sep.start())
        segment = text[top:sep.start()]
        offset = len(segment) - len(segment.lstrip(" \t>"))
        part = segment[offset:]
        if _HOUSE_PART.fullmatch(part):
            start, localities = top + offset, False
            continue
        if localities and _LOCALITY.fullmatch(part) and (_rare(part) or _house_before(text, top + offset)) and \
                not is_given_name(part.split()[0]):
            start = top + offset
            continue
        house = _HOUSE_PART.search(part)  # mid-line, after the words of a sentence
        if house is not None and house.end() == len(part) and part[house.start() - 1:house.start()] == " ":
            start = top + offset + house.start()
        elif localities and (place := _PLACE_AFTER.search(part)) is not None and _rare(place.group()):
            start = top + offset + place.start()
        break
    return start


def _top(text: str, end: int) -> int:
    """Where the part ending at ``end`` starts, after a comma or a line break: at most
    _MAX_PART characters back, so that a long line is not read again for each anchor on it."""
    low = max(0, end - _MAX_PART)
    top = max(text.rfind(",", low, end), text.rfind("\n", low, end))
    return low if top < 0 else top + 1


def _is_town(word: str) -> bool:
    """Whether a capitalised word before a street is its town rather than a word of the
    sentence or a name being addressed."""
    if _CYRILLIC.match(word):
        return zipf(word.casefold(), "ru") < _CYRILLIC_TOWN_ZIPF
    return zipf(word.casefold(), "en") < _LATIN_TOWN_ZIPF and not is_given_name(word.split("-")[0])


def _house_before(text: str, start: int) -> bool:
    """Whether the part before ``start`` ends in a house's or a building's name: a
    locality of words a sentence has between them is the address's too ("Fferm Maes-y-Coed,
    Cross Hands, Llanelli SA14 9EQ")."""
    sep = _BACK_SEP.search(text, max(0, start - 12), start)
    if sep is None:
        return False
    top = _top(text, sep.start())
    part = text[top:sep.start()].lstrip(" \t>")
    house = _HOUSE_PART.search(part)
    return house is not None and house.end() == len(part) and (house.start() == 0 or part[house.start() - 1] == " ")


def _rare(part: str) -> bool:
    return any(len(w) > 2 and zipf(w.casefold(), "en") < _RARE_ZIPF
               for w in part.replace("-", " ").split() if w[:1].isupper())
