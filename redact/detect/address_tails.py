"""What follows an address block's anchor: the parts that join it, split by commas or
line breaks, and where the block ends. A flat or unit, a building and the flat in it ("Sunrise
Towers 7C", "Edifício Sol 3º Esq"), a town, a region, a locality ("Sector
12", "P.O. Sonpur"), a postcode of a known country's shape (with its town), a US state and
ZIP, an Australian state and postcode, an Indian PIN ("Raiganj - 908766"), Ghana's digital
address ("GA-183-8164"), a country. On the anchor's own line a town joins by itself; on the
lines below, parts join only up to a postcode or a country, so the "Thanks" under a
signature's street stays out. Between the town and the postcode, a region however written
("NSW", "Co. Cork", "nan") joins with the postcode that follows it."""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.detect import codecache
from redact.detect.address_localities import district
from redact.detect.address_streets import (
    AU_POSTCODE, CAP, CORNER, EIRCODE, END, FLOOR, GH_GPS, MILITARY, NAME_ZIPF, PIN, POSTCODE, QUALIFIER, REGION, SEP, TOWN,
    UK_POSTCODE, UNIT, ZIP)
from redact.detect.address_words import (
    BUILDINGS_FIRST, COUNTRY_WORDS, LOCALITY_MARKS, LOWER_REGION_WORDS, POSTCODE_WORDS, REGION_WORDS, RU_PLACES, alternation)
from redact.detect.wordlike import zipf

__all__ = ["tail_end"]

_MAX_PARTS = 6  # parts after the anchor: unit, town and its district, region, postcode, country

# a building by its name and the flat in it ("Sunrise Towers 7C", "Edifício Sol 3º Esq",
# "Corpo Midori 201-go"): a building's word before or after the name, or a flat's number
# with its letter or its Japanese or Korean suffix
_BUILDING_AFTER = ("Towers", "Tower", "Court", "Heights", "Mansion", "Mansions", "Apartments", "Residences",
                   "Residency", "Plaza", "Complex", "Gardens", "Villas", "Lodge", "Manor", "Condominium", "Flats",
                   "Haitsu", "Hills", "Park")
_BUILDING = (rf"(?:(?:{alternation(BUILDINGS_FIRST)})[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}"
             rf"|{CAP}(?:[ \t]+{CAP}){{0,2}}[ \t]+(?:{alternation(_BUILDING_AFTER)}))"
             rf"[ \t]+(?:{FLOOR}(?:[ \t]+{CAP})?|#?\d{{1,4}}[A-Za-z]?(?:-(?:go|ho|gō))?)"
             rf"|{CAP}(?:[ \t]+{CAP}){{0,3}}[ \t]+\d{{1,4}}(?:[A-Z]|-(?:go|ho|gō))")
# what may follow an anchor; "strong" parts end a block that runs over several lines
_STRONG = codecache.compile(  # 5 digits (DE, FR, IT, ES), 4 (AT, CH, BE, DK), 4-3 (PT)
    # the Netherlands' "1015 CJ" before the town first: its letters are no town ("3551 BB  UTRECHT")
    rf"(?:(?:NL-)?\d{{4}}[ ]?[A-Z]{{2}}[ \t]+{TOWN}"
    rf"|(?:[A-Z]{{1,2}}-)?(?:\d{{5}}|\d{{4}}(?:-\d{{3}})?)[ \t]+{TOWN}(?:[ \t]+(?:CEDEX|Cedex)(?:[ \t]\d{{1,2}})?)?"
    rf"(?:[ \t]*/[ \t]*{TOWN})?{QUALIFIER}?"  # "34710 Kadıköy/İstanbul", "35122 Padova (PD)"
    rf"|(?:(?:[A-Z]{{1,2}}-)?\d{{3}}[ ]\d{{2}}|[A-Z]\d{{4}}[A-Z]{{3}})[ \t]+{TOWN}(?:[ \t]\d{{1,2}}(?![\w-]))?"  # "110 00 Praha 1", "SE-111 34 Stockholm", "C1043AAZ CABA"
    # an index and its town, the settlement's mark before it ("745400 г. Мары")
    rf"|(?:(?:индекс|Индекс)[ \t]*)?\d{{6}}(?:,?[ \t]+(?:(?:{alternation(RU_PLACES)})[ \t]*)?{TOWN})?"
    # a postcode after the word for it in the writer's language, its country's letters before it
    # too ("индекс 20127", "PLZ 10115", "индекс LV-1010"), of any country's length: Iran's ten
    # digits ("postal code 7098173710"), Brazil's or Chile's eight and seven
    rf"|(?:{alternation(POSTCODE_WORDS)})[ \t]*[:.]?[ \t]*(?:[A-Z]{{1,2}}-)?(?:{POSTCODE}|\d{{3}}|\d{{7,10}}(?![\w-]))"
    rf"(?:[ \t]+{TOWN})?"
    rf"|(?:{TOWN},?[ \t]+)?(?:{ZIP}|(?:{UK_POSTCODE}|{EIRCODE})"
    rf"(?:[ \t]+{TOWN})?)"
    # (after a comma, not the next town's: "Cuauhtémoc, 06600 Ciudad de México")
    # (a town's postal district before it: "Colombo 03 00300")
    rf"|{TOWN}(?:[ \t]\d{{1,2}}(?=[ \t]+\d))?{QUALIFIER}?(?:,[ \t]*{POSTCODE}(?![ \t]+\p{{Lu}}\p{{Ll}})|[ \t]+{POSTCODE})|{MILITARY}|(?:{TOWN},?[ \t]+)?{AU_POSTCODE}|{TOWN}{PIN}"
    rf"|(?:PIN|Pin|PIN[ \t]?[Cc]ode|Pin[ \t]?[Cc]ode|Pincode)[ \t]*[:.-]?[ \t]*\d{{6}}"
    rf"|{TOWN}[ \t]+(?:{alternation(REGION_WORDS)})"  # "Lagos State", "Nakuru County"
    # Poland's "00-238" before the town; Brazil's CEP
    rf"|\d{{2}}-\d{{3}}[ \t]+{TOWN}"
    rf"|(?:CEP[ \t:]*)?\d{{5}}-\d{{3}}(?:[ \t]+{TOWN}(?:[ \t]*[-–/][ \t]*[A-Z]{{2}}(?![\w-]))?)?"
    # (after the town and its state, with or without its hyphen: "Curitiba/PR 80020865")
    rf"|{TOWN}[ \t]*[-–/][ \t]*[A-Z]{{2}},?[ \t]+(?:CEP[ \t:]*)?\d{{5}}-?\d{{3}}"
    # a postcode with its country's letters after the town ("Rīga, LV-1011", "Christ Church
    # BB15156", "Baku AZ1000"), Ghana's digital address ("Kumasi, AK-039-5028")
    rf"|(?:{TOWN},?[ \t]+)?(?:[A-Z]{{2}}-?\d{{4,5}}(?![\w-])|{GH_GPS}))"
    rf"(?![\w'’-])")  # prose may go on
# Israel's seven-digit postcode after its town ("Haifa 3370245", "Хайфа, 3325738"), the
# labels of phone numbers that may stand where a town would
_SEVEN_DIGITS = codecache.compile(rf"(?P<town>{TOWN}),?[ \t]+\d{{7}}(?![\w'’-])")
# a three-digit postcode before or after its town (Iceland's "101 Reykjavík", Taiwan's "Taipei
# 104", the Faroes' "100 Tórshavn"), where every word of the town is no word of a sentence
# and no sentence goes on after the number ("Springfield 100 people")
_THREE_DIGITS = codecache.compile(
    rf"(?:\d{{3}}[ \t]+(?P<town>{TOWN})|(?P<before>{TOWN}),?[ \t]+\d{{3}}(?![ \t]+\p{{Ll}}))(?![\w'’.,-]\d|[\w'’-])")
_CONTACT_LABELS = frozenset(("tel", "fax", "ph", "mob", "cell", "phone", "mobile", "whatsapp", "viber", "telegram",
                             "signal", "skype", "ref", "acct", "invoice", "order", "ticket", "id", "no"))
# a town, its region and its postcode ("Ribe sj 6760"); after the town, the region and the
# postcode (", nsw 2533")
_TOWN_REGION_POSTCODE = codecache.compile(
    rf"{TOWN}{QUALIFIER}?,?[ \t]+{REGION},?[ \t]+{POSTCODE}(?![\w'’-])")
_REGION_POSTCODE = codecache.compile(rf"{REGION},?[ \t]+{POSTCODE}(?![\w'’-])")
# a short line between a town and a postcode: a region however written, taken with what
# follows it only when that is a postcode (which may have prose after it) or a country
_REGION_LINE = codecache.compile(r"[^\W_][^\n,;:!?]{0,29}?(?=[ \t]*\r?\n)")
# a postcode on a line of its own: "101", "31-042", "114 55", Canada's "K1A 0B1"
_LINE_POSTCODE = r"(?:(?:\d{3,6}|\d{2}(?=-\d{3}))(?:[ -]\d{2,4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
_LOOSE_POSTCODE = codecache.compile(rf"(?!(?:19|20)\d\d\b){_LINE_POSTCODE}(?![\w-])")  # not a year
_WEAK = codecache.compile(
    # an Indian locality, post office or district ("Sector 12", "Street No. 4", "2nd Cross",
    # "P.O. Sonpur", "Dist. Saran")
    rf"(?:(?:{alternation(LOCALITY_MARKS)})[ \t]*{TOWN}(?:[ \t]\d{{1,2}})?"  # "Col. Juárez", "Quận 1"
    rf"|(?:Sector|Sec\.|Phase|Block|Pocket|Ward|Stage|Plot|Street|Lane|Road|Gali)[ \t-]*(?:No\.?[ \t]*)?[\dA-Z]{{1,4}}"
    rf"(?:-[\dA-Z]{{1,3}})?(?:/\d{{1,3}})?"  # "Sector G-9/1", "Block 13-D"
    rf"|\d{{1,2}}(?:st|nd|rd|th)[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}}"
    rf"|(?:P\.[ \t]?O\.|Post|Dist(?:t|rict)?\.?|Tehsil|Teh\.|Taluka?|Tal\.|Mandal|Via|Vill(?:age)?\.?)[ \t]+{TOWN}"
    # a German floor or wing and its side, or flat ("3. OG links", "EG", "Hinterhaus", "Whg. 12")
    rf"|(?:\d{{1,2}}\.[ \t]?(?:OG|Etage|Stock|Obergeschoss)|EG|DG|UG|HP|Erdgeschoss|Dachgeschoss|Hochparterre"
    rf"|Souterrain|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Querhaus)(?:[ \t]+(?:links|rechts|Mitte|li\.|re\.))?"
    rf"|(?:Whg\.|Wohnung)[ \t]*\d{{1,4}}[a-z]?"
    rf"|EPC[ \t]*\d{{1,5}}"  # Nepal's post box's office code ("G.P.O. Box 8975, EPC 213")
    rf"|{_BUILDING}"  # (a floor and its door in one part: "Piso 5 Depto B", "bl. A2 sc. 1 ap. 5")
    rf"|{UNIT}|{FLOOR}(?:[ \t]+{FLOOR}){{0,2}}|(?:(?:{alternation(RU_PLACES)})[ \t]*)?{TOWN}(?:[ \t]*\([^()\n]{{1,20}}\))?"
    # a Brazilian town and its state ("São Paulo - SP"), a Russian republic ("респ. Тыва")
    rf"|{TOWN}[ \t]*[-–/][ \t]*[A-Z]{{2}}(?![\w-])|(?:Республика|респ\.)[ \t]*{TOWN}"
    rf"|(?:это|то[ \t]+есть)[ \t]+{TOWN}"  # the town as Russian names it after its own ("Zagreb, это Загреб")
    rf"|{TOWN}/{TOWN}"  # a Turkish district and its province ("Çankaya/Ankara")
    rf"|\p{{Lu}}/\p{{Ll}}{{3,10}}"  # a town by its initial and its last word, as Guyana writes Georgetown ("G/town")
    rf"|{TOWN}[ \t](?:обл\.|область|край|р-н|район|{alternation(LOWER_REGION_WORDS)})){END}")  # "Ādažu nov."
# a unit after the street on its line, with a space ("Apt. 5"); a postcode alone on its line
_UNIT_AFTER = codecache.compile(rf"(?:{UNIT}(?<=\d[A-Za-z]?)|{FLOOR})(?![\w-])")
_CORNER = codecache.compile(CORNER)  # after a space or a comma
_UNIT_LAST = codecache.compile(rf"{UNIT}(?<=\d[A-Za-z]?)$")  # an anchor that ends in its unit
_LONE_POSTCODE = codecache.compile(rf"{_LINE_POSTCODE}(?=\.?[ \t]*(?:\r?\n|$))")


# the country as its letters name it, as written and in the capitals of a block's last line
# ("DEUTSCHLAND", "NEDERLAND")
_COUNTRY_WORDS = (*COUNTRY_WORDS, *(w.upper() for w in COUNTRY_WORDS))
# the islands' region after a Caribbean country ("Barbados W.I.", "Trinidad, West Indies")
_WEST_INDIES = r",?[ \t]+(?:B\.[ \t]?)?W\.[ \t]?I\.?(?![\w.])|,?[ \t]+(?i:west[ \t]+indies)"


@lru_cache(maxsize=8)
def _country(countries: frozenset[str]) -> regex.Pattern[str]:
    """A country that ends a block, with the town before it on its line and the postcode
    after it; prose may go on after it ("..., Norway next week"), but not the rest of a town's
    name that opens with the country's ("Belize City, Belize", "Kuwait City")."""
    names = f"(?i:{alternation(countries)})|" if countries else ""
    return regex.compile(rf"(?:{TOWN}[ \t]+)?(?:{names}{alternation(_COUNTRY_WORDS)})"
                         rf"(?![ \t]+\p{{Lu}}[\p{{L}}'’-]*[ \t]*(?:,|\r?\n))"
                         rf"{QUALIFIER}?(?:{_WEST_INDIES})?(?:,?[ \t]+{POSTCODE})?(?![\w'’-])")


# an aside after the house, before the parts that go on ("Av. Hidalgo 577 (portón verde),
# Guadalajara"): the block's when a part follows it
_ASIDE = codecache.compile(r"[ \t]*\([^()\n]{1,30}\)(?=[ \t]*,)")
_BLANK_TO_END = codecache.compile(r"\s*+\Z")  # the rest of a text blank, read no further than its first letter


def tail_end(text: str, end: int, countries: frozenset[str]) -> int:
    """Where the block that ends its anchor at ``end`` ends, with the parts after it. A
    unit right after the street joins it on the next line too; a block that runs through
    a unit to the end of its paragraph takes the town lines below it; between the lines
    after the street and the postcode, a region joins with the postcode that follows it."""
    committed, crossed, ended = end, False, False
    unit = _UNIT_LAST.search(text, max(0, end - 16), end) is not None
    country = _country(countries)
    for i in range(_MAX_PARTS):
        aside = _ASIDE.match(text, end)
        sep = SEP.match(text, aside.end() if aside else end)
        if sep is None:
            break
        space = not sep.group().strip(" \t")
        crossed = crossed or "\n" in sep.group()
        start = sep.end()
        part = _STRONG.match(text, start) or district(text, start) or _seven_digits(text, start) or \
            _three_digits(text, start) or \
            _with_region(_TOWN_REGION_POSTCODE, text, start) or (
            country.match(text, start) if unit or not space else None) or (
            _with_region(_REGION_POSTCODE, text, start) if i and not space and not ended else None)
        if part is not None:  # a postcode or a country: the block's end, with its line
            committed, end, unit, ended, crossed = part.end(), part.end(), False, True, False
            continue
        if space:  # a unit, or after a unit a town
            is_unit = _UNIT_AFTER.match(text, start)
            part = is_unit or _CORNER.match(text, start) or (_WEAK.match(text, start) if unit else None)
            if part is None:
                break
            end = part.end()
            if not crossed:
                committed = end
            unit = unit or is_unit is not None
            continue
        if "\n" in sep.group() and (part := _LONE_POSTCODE.match(text, start)) is not None:
            committed, end, unit, ended = part.end(), part.end(), False, True
            continue
        if i and not ended and (region := _region_line(text, start, country)):
            committed, end, unit, ended = region, region, False, True
            continue
        part = _WEAK.match(text, start) or _CORNER.match(text, start)
        if part is None:
            break
        end = part.end()
        is_unit = _UNIT_AFTER.fullmatch(text, start, end) is not None
        if not crossed or i == 0 and is_unit:
            committed = end
        unit = unit or is_unit
    if unit and end > committed and _BLANK_TO_END.match(text, end):
        return end
    return committed


def _seven_digits(text: str, start: int) -> regex.Match[str] | None:
    """A town and a seven-digit postcode at ``start`` when a word of the town is no word of a
    sentence and the town is no phone's label ("Tel 5551234")."""
    m = _SEVEN_DIGITS.match(text, start)
    if m is None:
        return None
    words = m.group("town").replace("-", " ").split()
    if len(words) == 1 and words[0].casefold() in _CONTACT_LABELS or \
            all(zipf(w.casefold(), "en") >= NAME_ZIPF for w in words):
        return None
    return m


def _three_digits(text: str, start: int) -> regex.Match[str] | None:
    """A town and a three-digit postcode at ``start`` when no word of the town is a word of
    a sentence ("Room 104", "100 Days" are none)."""
    m = _THREE_DIGITS.match(text, start)
    if m is None:
        return None
    town = m.group("town") or m.group("before")
    if any(zipf(w.casefold(), "en") >= NAME_ZIPF for w in town.replace("-", " ").split()):
        return None
    return m


def _with_region(pattern: regex.Pattern[str], text: str, start: int) -> regex.Match[str] | None:
    """``pattern`` at ``start`` when the region it holds is no word of a sentence."""
    m = pattern.match(text, start)
    if m is None or any(zipf(w, "en") >= NAME_ZIPF for w in m.group("region").split()):
        return None
    return m


def _region_line(text: str, start: int, country: regex.Pattern[str]) -> int:
    """The end of the postcode or country after a region's line at ``start`` (0 if none
    follows it)."""
    region = _REGION_LINE.match(text, start)
    if region is None:
        return 0
    sep = SEP.match(text, region.end())
    if sep is None or "\n" not in sep.group():
        return 0
    after = sep.end()
    part = _STRONG.match(text, after) or country.match(text, after) or \
        _LOOSE_POSTCODE.match(text, after)
    return part.end() if part is not None else 0
