"""An address read as a run of parts, a comma or a line break apart, by what each part is
rather than by a street's type: the marks of the administrative units a country's address
names (Vietnam's "phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", Rwanda's "Umudugudu wa
Amahoro, Akagari ka Gisuna, Umurenge wa Byumba", Ethiopia's "Woreda 03, Kebele 12",
Taiwan's "Qianjin Dist., Kaohsiung City 801"), a house by its number with the street's
name and no type ("số 115 Trần Phú", "49/20 Lê Thánh Tôn", "No. 136-1"), a floor, a unit
or a section ("7F.", "Căn hộ B23.06", "Sec. 3", "6. hæð"), a street by its name and number
as languages with no type word write it ("Hamraborg 25", "Efri-Vík 2"), a postcode before its
town ("200 Kópavogur", "311 Borgarnes") or alone in three digits and two ("040 01"),
Kigali's street by its sector's letters ("KG 506 St #10"), a landmark and the details that
find a house where streets have no numbers ("Sarbet, next to the Canadian Embassy, blue gate, Addis Ababa"), a town, a country; the
marks of Bulgarian, Serbian, Montenegrin and Russian addresses in Cyrillic and romanised
("ж.к. Изгрев, бл. 224, вх. Б, ет. 12, ап. 56", "ul. Palih boraca br. 6, stan 17"), a house
with no number ("Jadranski put bb"), a floor after its number ("4 этаж").

A run is an address when it holds what only addresses hold: three units' marks, or two and
a house, or two numbered ("Kebele 07, Woreda 4"); a postcode with its town after a street, a
house or a town, or its town a word of a sentence too after a street ("Bulevar revolucije
25, 85000 Bar"); a landmark between a neighbourhood and a town, or after places ("Kgosing
Ward, near the kgotla"), the directions kept with them; a block's lines from a house to a
country; a town, a street and a numbered unit; a plot or a flat by its number before places
on its line ("Plot 1434, Goo-Sekgweng Ward, Mochudi"); a family's house after its quarter and
town ("Zahle (Bekaa), Maalaka, house of Haddad"); a district and two of its numbered blocks,
streets or houses, as Kuwait's grid numbers them ("Salmiya, Block 4, Street 9, House 12").
The run's first part may close a sentence's words ("the ambulance is going to KG 506 St
#10"), its last open them. Each kind of run has a cheap trigger (a mark's word, a landmark's preposition after a comma, a
postcode's digits before a capital after a separator, Kigali's street, a unit's word opening
a line, a dwelling's word before its number, a romanised Slavic mark, a ward or a district
before a comma): a text with none skips the rest, and only the lines around one are read."""

from __future__ import annotations

from typing import NamedTuple

import regex

from redact.detect import codecache
from redact.detect.address_flats import BUILDING_WORDS, FLAT_MARKS, FLAT_TRIGGERS, GRID_UNITS
from redact.detect.address_words import COUNTRY_WORDS, NORDIC_WORDS, alternation
from redact.detect.wordlike import zipf

__all__ = ["unit_runs"]

_RARE_ZIPF = 4.5  # a town's word no sentence has: "kigali" 2.6, "ababa" 2.9; "gate" 4.5
_POSTCODE_ZIPF = 3.5  # a word of a postcode's town: "kópavogur" 0, "karlovy" 0; "euros" 4.2, "spartans" 3.6
_STREET_ZIPF = 3.0  # a word of a street with no type: "hamraborg" 0, "niels" 2.7; "firmware" 3.2, "pixel" 3.7
# the units of measure a number is written before, in capitals and not ("512 GB", "400 Mbps")
_MEASURES = frozenset("mbps kbps gbps mhz ghz khz kwh mah rpm fps dpi ppi gb mb kb tb".split())
_MAX_WORDS = 6  # a part's words, a landmark's or a detail's
_MAX_LINES = 6  # an address's lines: a unit, a house and street, a locality, a town, a region, a country
_REACH = 400  # how far from its trigger a run's parts may be: a block of six lines
# the marks written before a unit's name, in any case: Vietnam's ward, district, county,
# commune, town, province, city, hamlet and quarter; Rwanda's village, cell, sector,
# district and province; Ethiopia's kebele and woreda; Indonesia's, the Philippines',
# Thailand's, Cambodia's, Mongolia's
_BEFORE = ("phường", "quận", "huyện", "xã", "thị trấn", "thị xã", "tỉnh", "thành phố", "tp.", "p.", "q.", "ấp", "thôn",
           "khu phố", "kp.", "umudugudu", "akagari", "umurenge", "akarere", "intara", "kebele", "woreda",
           "kifle ketema", "kelurahan", "kel.", "kecamatan", "kec.", "kabupaten", "kab.", "desa", "barangay", "brgy.",
           "tambon", "amphoe", "khet", "khwaeng", "sangkat", "khoroo", "duureg",
           # the subdivisions and quarters of Mauritius and of francophone Africa ("Morcellement Swan", "Cité
           # Barkly", "Quartier Bonamoussadi", "Lotissement Les Palmiers")
           "morcellement", "lotissement", "cité", "quartier", "domaine")  # (not Cambodia's "Khan", a surname)
# the marks written after it (Taiwan's, Ethiopia's, Myanmar's, the world's regions)
_AFTER = ("Dist.", "District", "Chiefdom", "Sub-city", "Sub-City", "Subcity", "Township", "City", "County", "Province",
          "Prefecture", "Region", "Ward", "Village", "Municipality", "Governorate", "Oblast")
# the floor written after its number ("4 этаж", "3 kat", "2 спрат")
_FLOOR_AFTER = ("этаж", "етаж", "эт.", "ет.", "спрат", "кат", "sprat", "kat", "kata", "floor", "étage", "piso", "andar")
# a house with no number ("Jadranski put bb", "Герцеговачка бб")
_NO_NUMBER = r"(?:bb|BB|b\.b\.|B\.B\.|бб|б\.б\.)(?![\w.])"
# the joining words of a unit's name to its mark (Kinyarwanda's "wa", "ka", "ya"; "de")
_JOINS = r"(?:wa|ka|ya|rya|cya|kwa|rwa|y['’]|de|del|la)"
_PARTICLES = r"(?:es|el|al|da|do|dos|di|du|des|le|les|sur|am|an|der|upon|on)"  # "Dar es Salaam", "Rio do Sul"
# a unit's name after its mark: a capitalised word, lowercase ones after it ("Златни пясъци",
# "Palih boraca"), a quoted name ("комплекс „Роял Сън“"), a number after it ("Lyulin 5")
_MARKED = (r"(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}|[„\"«“][^\"“”»\n]{1,40}[“\"”»])"
           r"(?:[ \t]+(?:(?i:br\.|бр\.|no\.|nr\.|д\.)[ \t]*)?\d{1,4}[A-Za-zА-Яа-я]?)?")
# a flat, a house, a plot or a block by its number or letter ("Flat 3", "Block B", "Plot 12")
_TYPED_HOUSE = (r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Block|Blk\.?|House|Hse\.?|Plot|Lot|Stand|Erf|Villa|Compound)[ \t]+"
                r"(?:(?i:no)\.?[ \t]*)?(?:(?:[A-Z]{1,3}-)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?){0,2}|[A-Z])")  # "PA-3-122"
_NAME = r"(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th))(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|\d{1,3}(?:st|nd|rd|th)|[NSEW]\.)){0,4}"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?){0,3}"
_GRID = rf"(?:{alternation(GRID_UNITS)})[ \t]+\d{{1,4}}[A-Za-z]?"  # "Street 54", "Shari3 29"
# where a house is by a landmark, in the languages of places whose houses have no numbers:
# English, Spanish, French, Portuguese, Swahili, Russian, Serbian, Croatian, Bulgarian, Macedonian
_LANDMARK = (r"next[ \t]+to|near|behind|above|below|opposite|facing|vis-à-vis|gegenüber|across[ \t]+from|in[ \t]+front[ \t]+of|beside|adjacent[ \t]+to"
             r"|close[ \t]+to|cerca[ \t]+de|frente[ \t]+a|enfrente[ \t]+de|al[ \t]+lado[ \t]+de|detrás[ \t]+de"
             r"|près[ \t]+de|en[ \t]+face[ \t]+de|à[ \t]+côté[ \t]+de|derrière|perto[ \t]+de|ao[ \t]+lado[ \t]+de"
             r"|em[ \t]+frente[ \t]+(?:a|ao|à)|atrás[ \t]+de|karibu[ \t]+na|mbele[ \t]+ya|nyuma[ \t]+ya|jirani[ \t]+na"
             r"|возле|напротив|рядом[ \t]+с|около|opp\.|nr\.|kod|pored|preko[ \t]+puta|iza|ispred|срещу|зад|близо[ \t]+до"
             r"|кај|покрај|код|поред|преко[ \t]+пута|иза")
_KINDS = (
    ("mark", codecache.compile(
        rf"(?i:{alternation(_BEFORE)})(?:[ \t]+{_JOINS})?[ \t]*(?:{_NAME}|\d{{1,3}}[A-Za-z]?)"
        rf"|(?i:{alternation(FLAT_MARKS)})[ \t]*(?:{_MARKED}|(?:[A-ZА-Я]{{1,2}}-?)?\d{{1,4}}(?:\.\d{{1,2}})?[A-Za-zА-Яа-я]?)"
        rf"|{_NAME}[ \t]+(?:{alternation(_AFTER)})(?:[ \t]+\d{{3,6}})?"
        rf"|\d{{1,3}}(?:st|nd|rd|th|e|er|ème|º|°|-?й)?[ \t]+(?i:{alternation(_FLOOR_AFTER)})|(?i:floor|étage|piso)[ \t]+\d{{1,3}}")),
    # Kigali's street by its sector's letters, with the house ("KG 506 St #10 Kimihurura")
    ("kigali", codecache.compile(r"[A-Z]{2}[ \t]?\d{1,4}[ \t]+(?:St|Ave|Av|Rd)\.?[ \t]*(?:#|No\.?)[ \t]*\d{1,4}"
                             r"(?:[ \t]+\p{Lu}[\p{L}-]+)?")),
    # (before the house: "200 Kópavogur" is a postcode and its town, "235 Trần Phú" either)
    # (or after it in two groups of four, as Lebanon writes it: "Beirut 1107 2020")
    ("postcode", codecache.compile(r"(?!(?:19|20)\d\d[ \t])\d{3,6}(?:[ ]\d{2})?[ \t]+(?P<town>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})"
                                   r"|(?P<town>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:\d{4}[ ]\d{4}|\d{5})")),
    ("house", codecache.compile(
        rf"(?:(?i:số|no\.?|nº|n°|#)[ \t]*){_NUMBER}(?:[ \t]+{_NAME})?|{_NUMBER}[ \t]+{_NAME}"
        r"|\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?){1,3}"
        r"|\d{1,3}F\.?(?:-\d{1,3})?|(?:Sec|Ln|Aly|Section|Lane|Alley)\.?[ \t]*\d{1,4}"
        rf"|(?:(?i:off|along)[ \t]+)?{_NAME}[ \t]+(?:Rd|St|Ave|Blvd|Road|Street|Avenue|Boulevard|Expwy|Hwy|Highway|Lane|Drive|Lam)\.?"
        r"|(?i:căn hộ|tòa|toà|tầng|lầu|phòng|chung cư|hẻm|ngõ|ngách|kiệt)[ \t]+[\w.-]{1,10}(?:[ \t]+\d{1,3})?"
        # a flat, a house, a plot or a block by its number or letter ("Flat 3", "Block B", "Plot 12")
        # (two of them: "Plot 77899 Block 9"); a suburb's extension or phase ("Extension 3")
        rf"|{_TYPED_HOUSE}(?:[ \t]+{_TYPED_HOUSE})?|(?:Extension|Ext\.|Phase|Zone)[ \t]+\d{{1,3}}"
        rf"|{_GRID}")),
    ("unit", codecache.compile(r"\d{1,2}\.[ \t]*\p{Ll}{2,10}\.?")),  # a floor in words ("6. hæð", "2. sal", "11. poschodie")
    # Czechia's, Slovakia's, Greece's and Sweden's postcode, its three digits and two ("040 01"), alone
    ("spaced", codecache.compile(r"\d{3}[ ]\d{2}")),
    # a postcode alone between places ("comuna Dumbrăvița, 307160, jud. Timiș"): a part of a run
    # only, never its first or last (see _accepted_run)
    ("code", codecache.compile(r"(?!(?:19|20)\d\d$)\d{4,6}")),
    # a postcode by its mark, in the languages that write one before it ("CP 11300", "CEP 01310-100", "PLZ 8004")
    ("coded", codecache.compile(r"(?:CP|C\.P\.|CEP|PLZ|NPA|ZIP|P\.C\.|(?i:postcode|post code|zip code|código postal"
                                r"|code postal|индекс))[ \t:.]*\d{4,6}(?:-\d{3,4})?"
                                r"|PACI[ \t:#.]*(?:(?i:no)\.?[ \t]*)?\d{8}")),  # (Kuwait's civil registry's number of a home)
    # (a Nordic type a word of its own: "Niels Finsens gøta 7"; a Czech or Slovak house by its
    # two numbers: "Zahradní 1992/12")
    ("street", codecache.compile(
        rf"\p{{Lu}}[\p{{L}}'’-]+(?:[ \t]+\p{{L}}[\p{{L}}'’-]+){{0,2}}(?:[ \t]+(?:{alternation(NORDIC_WORDS)}))?"
        rf"[ \t]+(?:\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?|{_NO_NUMBER})")),
    # (a landmark's name in capitals, or any after an article: "near the kgotla")
    ("landmark", codecache.compile(rf"(?i:{_LANDMARK}|after|past|by)[ \t]+(?:(?i:the|la|el|le|l'|les|los|las|o|a)[ \t]+[\p{{L}}\d]"
                               rf"|(?<!(?i:after|past|by)[ \t]+)\p{{Lu}})[^,\n]{{0,50}}")),
    # a building by its owner's or its own name ("Abou Jaoude bldg", "bldg Khoury", "Maroun building",
    # "house of Haddad")
    ("building", codecache.compile(rf"{_NAME}[ \t]+(?i:{alternation(BUILDING_WORDS)})|(?i:{alternation(BUILDING_WORDS)})[ \t]+{_NAME}"
                                   rf"|(?i:house|home|residence|villa|maison|casa)[ \t]+(?i:of|de|du|des|del)[ \t]+{_NAME}")),
    ("detail", codecache.compile(
        r"(?:[\w+'’-]+[ \t]+){0,5}(?i:gate|house|building|door|compound|fence|shop|kiosk|entrance|floor|portón|puerta"
        r"|casa|edificio|porte|portail|maison|immeuble|portão|prédio|lango|nyumba|jengo|ворота|дом|здание|подъезд)"
        r"(?:[ \t]+[\w'’-]+){0,4}"
        # a road or a quarter in a sentence's words, as a landmark address names it ("the old souk road", "old city")
        r"|(?:the[ \t]+)?(?:\p{Ll}+[ \t]+){1,3}(?:road|street|lane|souk|market|quarter|city)")),
    ("town", codecache.compile(rf"\p{{Lu}}[\p{{L}}'’.-]*(?:[ \t]+(?:(?:{_JOINS}|{_PARTICLES})[ \t]+)?\p{{Lu}}[\p{{L}}'’.-]*){{0,3}}"
                           r"(?:[ \t]*\([^()\n]{1,30}\))?")),  # its quarter in brackets: "Котор (Доброта)"
    # a region by its compass point, as Lebanon names its governorates ("..., Tripoli, North"): a
    # town after a town, elsewhere a neighbourhood in a sentence's words (see _accepted)
    ("compass", codecache.compile(r"(?:North|South|East|West)(?:ern)?|(?:North|South)-?(?:east|west)(?:ern)?|Central")),
    # a neighbourhood named in a sentence's words ("Down Beach", "Up Station"): a place only
    # between a town and the directions after it (see _accepted)
    ("area", codecache.compile(r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}")),
)
# "Taiwan (R.O.C.)", the initials of a country's region after it ("Belize C.A.", "Trinidad W.I.")
_PARENS = codecache.compile(r"[ \t]*\([^()\n]{1,12}\)$|[ \t]+(?:\p{Lu}\.){2,3}$")
# a country by its state's long name ("Republic of Mauritius", "the Kingdom of Lesotho")
_STATE_OF = codecache.compile(r"^(?:the[ \t]+)?(?:(?:federal|democratic|islamic|united|people's|socialist|cooperative)[ \t]+)*"
                          r"(?:republic|kingdom|state|commonwealth|principality|sultanate|grand duchy)[ \t]+of[ \t]+(?:the[ \t]+)?")
# what a text holds for each kind of run
_TRIGGER_MARKS = ("phường", "quận", "huyện", "xã", "thị trấn", "thị xã", "tỉnh", "thành phố", "tp.", "thôn", "khu phố",
                  "umudugudu", "akagari", "umurenge", "akarere", "kebele", "woreda", "kelurahan", "kecamatan",
                  "kabupaten", "barangay", "brgy.", "sangkat", "khoroo", "chiefdom", "morcellement", "lotissement",
                  "quartier", ", house of ")  # the marks no English sentence writes
# a ward, a district or a suburb's extension before a comma, in capitals ("Kgosing Ward, ..."); a
# highway or a road by its name before one ("Bertil Harding Highway, Kololi, KMC")
_TRIGGER_PLACES = ("Ward,", "District,", "Extension,", "Highway,", "Road,", "Avenue,", "Street,", "Drive,")
# and in Cyrillic, looked for in a text that is not all ASCII
_CYRILLIC_MARKS = ("ж.к.", "к.к.", "бл.", "вх.", "ет.", "этаж", "етаж", "ап.", "апп.", "кв.", "комплекс", "корп.", "комн.", " бб")
# the other kinds' triggers, each opening with a literal or one class, which regex skips to:
# a landmark or a road's "off" after a comma, a postcode before a capital or after its mark after a separator, Kigali's street's
# type after its number with the house's mark, a unit's word opening a line; apart, as one
# alternation of them is slower than their searches: a dwelling's word before its number, a
# romanised Slavic mark
_TRIGGERS = (codecache.compile(
    rf"(?:[,(\n]|\\n)[ \t]*(?i:{_LANDMARK}|(?:after|past|by)[ \t]+the|off|along)[ \t]"
    r"|(?:,|\n|\\n)[ \t]*(?:\d{3,6}(?:[ ]\d{2})?[ \t]+\p{Lu}|\d{3}[ ]\d{2}(?![\w-])|(?:CP|C\.P\.|CEP|PLZ)[ \t]*\d{4})|\d[ \t]+(?:St|Ave|Av|Rd)\.?[ \t]*[#N]"
    r"|(?:\n|\\n)[ \t]*(?:Flat|Apt|Apartment|Unit|Suite|Block|House|Plot|Villa)[ \t]"),
    codecache.compile(r"(?:Plot|Flat|Apt|Apartment|House|Hse|Stand|Erf|Villa|Block|Blk)\.?[ \t]+(?:(?i:no)\.?[ \t]*)?(?:[A-Z]{1,3}-)?\d"),
    codecache.compile(r"(?:ul|bul|zh\.k|bl|ap|et)\.[ \t]*[\p{Lu}\d]|(?:Blok|Ulaz|Stan|blok|ulaz|stan)[ \t]+\d"))
_LINE_BREAK = codecache.compile(r"\n|\\n")
_DIGIT = codecache.compile(r"\d")
_SEPARATOR = codecache.compile(r"[ \t]*(?:,|;|\r?\n|\\n)[ \t]*")
_WORD_START = codecache.compile(r"(?<=[ \t:>\"(,])(?=\S)")
_WORD_END = codecache.compile(r"(?<=\S)(?=[ \t\"<)]|$)")
_OPENERS = frozenset("thanks thank hi hello hey dear regards best cheers ok okay yes no speaker the".split())


class _Part(NamedTuple):
    """A segment read as a part: where it is and what kind it is."""

    start: int
    end: int
    kind: str


def unit_runs(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The runs of parts in ``text`` that are addresses, as (start, end); ``countries``
    (casefolded) are the names a country part may have. A run goes on over a line break
    when its parts fill their line from its start, as a block's lines do. Only the lines
    around a trigger are read."""
    spans: list[tuple[int, int]] = []
    for window in _windows(text):
        spans += _runs(text, _segments(text, *window), countries)
    return spans


def _runs(text: str, segments: list[tuple[int, int, bool]], countries: frozenset[str]) -> list[tuple[int, int]]:
    """The runs of ``segments`` that are addresses."""
    spans: list[tuple[int, int]] = []
    run: list[_Part] = []
    filled = False  # the run's parts fill its line from the line's start
    lines = 0  # the line breaks the run has crossed
    for start, end, crossed in segments:
        part = _whole(text, start, end, countries)
        if part is not None and run and (not crossed or filled and lines < _MAX_LINES):
            run.append(part)
            lines += crossed
            continue
        if run:  # the part that opens the segment, on the run's line or, when it fills its line, the next
            after = _edge(text, start, end, countries, suffix=False) if not crossed or filled else None
            spans += _accepted(text, run + [after] if after is not None else run)
        filled, lines = part is not None and crossed, 0
        run = [part] if filled else []
        if not run and (first := _edge(text, start, end, countries, suffix=True)) is not None:
            run = [first]
    if run:
        spans += _accepted(text, run)
    return spans


def _windows(text: str) -> list[tuple[int, int]]:
    """The lines within reach of a trigger (see _TRIGGER_MARKS and _TRIGGERS), merged:
    a unit's mark no English sentence writes, Taiwan's or Ethiopia's mark after a name, or
    another kind's trigger."""
    lowered = text.lower()  # its offsets are the text's but for a rare letter ("İ")
    found = []
    for mark in (*_TRIGGER_MARKS, *FLAT_TRIGGERS, " dist.", "sub-city", "subcity", *(() if text.isascii() else _CYRILLIC_MARKS)):
        at = lowered.find(mark)
        while at >= 0:
            found.append(at)
            at = lowered.find(mark, at + len(mark))
    for mark in _TRIGGER_PLACES:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + len(mark))
    found += [m.start() for trigger in _TRIGGERS for m in trigger.finditer(text)]
    windows: list[tuple[int, int]] = []
    for at in sorted(found):
        low = max(0, at - 2 * _REACH)  # a long line's reach, read only that far
        start = max(text.rfind("\n", low, max(low, at - _REACH)) + 1, low)
        end = text.find("\n", at + _REACH, at + 2 * _REACH)
        end = min(len(text) if end < 0 else end, at + 2 * _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The segments of ``text[start:end]`` between commas and line breaks, as (start, end,
    whether a line opens with it)."""
    segments, pos, crossed = [], start, start == 0 or text[start - 1] == "\n"
    for sep in _SEPARATOR.finditer(text, start, end):
        segments.append((pos, sep.start(), crossed))
        crossed = _LINE_BREAK.search(sep.group()) is not None  # a line break or a JSON string's escaped one
        pos = sep.end()
    segments.append((pos, end, crossed))
    return segments


def _whole(text: str, start: int, end: int, countries: frozenset[str]) -> _Part | None:
    """The part ``text[start:end]`` is, or None."""
    value = text[start:end]
    if not value or len(value.split()) > _MAX_WORDS + 2:
        return None
    folded = _STATE_OF.sub("", _PARENS.sub("", value).strip(" .").casefold())
    if folded and (folded in countries or folded in _COUNTRIES):
        return _Part(start, end, "country")
    for kind, pattern in _KINDS:
        m = pattern.fullmatch(text, start, end)
        if m is not None and _valid(kind, m):
            return _Part(start, end, kind)
    return None


def _edge(text: str, start: int, end: int, countries: frozenset[str], suffix: bool) -> _Part | None:
    """The longest part that closes (``suffix``) or opens a segment with a sentence's words."""
    if suffix:
        for m in list(_WORD_START.finditer(text, start, end))[-_MAX_WORDS - 2:]:
            if (part := _whole(text, m.start(), end, countries)) is not None and part.kind not in ("detail", "area", "code"):
                return part
        return None
    for m in reversed(list(_WORD_END.finditer(text, start, min(end, start + 120)))):
        if (part := _whole(text, start, m.start(), countries)) is not None and part.kind not in ("detail", "landmark", "area", "code"):
            return part
    return None


def _valid(kind: str, m: regex.Match[str]) -> bool:
    """Whether a match is the part it looks like: a town or a postcode's town has a word no
    sentence has and opens with none of a sentence's."""
    if kind == "postcode":
        words = m.group("town").split()
        if any(w.isupper() or w.casefold() in _MEASURES for w in words):
            return False  # "512 GB", "400 Mbps"
        freqs = [zipf(w.casefold(), "en") for w in words]
        return max(freqs) < _RARE_ZIPF and (min(freqs) < _POSTCODE_ZIPF or not m.group()[0].isdigit())  # "Beirut 1107 2020"
    if kind in ("town", "street"):
        words = m.group().replace("-", " ").split()
        rare = _RARE_ZIPF if kind == "town" else _STREET_ZIPF
        return words[0].casefold() not in _OPENERS and any(
            (len(w) > 2 or kind == "town" and len(words) == 1 and w.istitle())  # Sierra Leone's "Bo"
            and not w.isdigit() and not (kind == "street" and w.isupper())
            and zipf(w.casefold(), "en") < rare for w in words)
    return True


def _accepted(text: str, run: list[_Part]) -> list[tuple[int, int]]:
    """The run as one span when it is an address; a neighbourhood in a sentence's words joins
    a run only after a town, before the directions that find the house ("Limbe, Down Beach,
    near the fish market", "..., behind the school, Douala"): elsewhere it splits the run."""
    run = [p._replace(kind="town" if i and run[i - 1].kind in ("town", "mark") else "area") if p.kind == "compass" else p
           for i, p in enumerate(run)]
    kinds = [p.kind for p in run]
    if "area" not in kinds:
        return _accepted_run(text, run)
    areas = [i for i, k in enumerate(kinds) if k == "area"]
    rest = kinds[areas[-1] + 1:]  # the directions, and the town they may end in
    if kinds[0] == "town" and areas == list(range(1, len(areas) + 1)) and len(areas) <= 2 and rest \
            and rest[0] == "landmark" and all(k in ("landmark", "detail") for k in rest[:-1]) \
            and rest[-1] in ("landmark", "town", "country"):
        return [(run[0].start, run[-1].end)]
    spans, low = [], 0
    for i in [*areas, len(run)]:
        spans += _accepted_run(text, run[low:i]) if i > low else []
        low = i + 1
    return spans


def _accepted_run(text: str, run: list[_Part]) -> list[tuple[int, int]]:
    """The run as one span when it is an address (see the module's account), else none; the
    details and landmarks after its last place are a sentence's ("..., Huye, near the shop"),
    a line of one name above it its label's ("Штаб\nZahradní 1992/12\n..."). The landmarks
    after an address's places are the directions that find it ("..., Moyamba District, near
    the Cotton Tree")."""
    while len(run) > 1 and run[0].kind == "town" and _LINE_BREAK.search(text, run[0].end, run[1].start):
        run = run[1:]
    if len(run) >= 3 and run[-1].kind == "building" and _OWNED.match(text, run[-1].start) \
            and all(p.kind in ("town", "house", "street", "mark") for p in run[:-1]):
        return [(run[0].start, run[-1].end)]  # a family's house after its quarter and town, as Lebanon finds one
    while run and (run[-1].kind in ("detail", "code") or run[-1].kind == "building" and (len(run) < 2 or run[-2].kind != "mark")):
        run = run[:-1]
    while run and run[0].kind == "code":
        run = run[1:]
    directions = []
    while run and run[-1].kind == "landmark":
        directions.insert(0, run.pop())
    if directions and run and run[-1].kind == "town" and _accepts(text, run, []):
        directions = []  # a whole address before them ends at its town: they are the sentence's ("..., Dubai, near the mall")
    return [(run[0].start, (directions or run)[-1].end)] if run and _accepts(text, run, directions) else []


def _accepts(text: str, run: list[_Part], directions: list[_Part]) -> bool:
    """Whether a run of parts with no details or landmarks after it is an address."""
    kinds = [p.kind for p in run]
    # a named building beside its floor, with a place or a street ("Saida, Riad El Solh St., Hajj building, 6th floor");
    # elsewhere a building is a detail that finds a house
    floor = len(kinds) >= 3 and any(k == "building" and "mark" in kinds[i - 1:i] + kinds[i + 1:i + 2] for i, k in enumerate(kinds))
    kinds = ["detail" if k == "building" else k for k in kinds]
    marks, houses = kinds.count("mark"), sum(k in ("house", "unit", "street", "kigali", "postcode") for k in kinds)
    postcode_after = any(k in ("postcode", "coded", "spaced") and i and kinds[i - 1] in ("street", "house", "unit", "town", "mark")
                         for i, k in enumerate(kinds))
    # (a landmark's own name among the parts between: "Gardnersville, Chicken Soup Factory,
    # opposite the Total gas station, Monrovia"; a region by its mark last: "Latrikunda Sabiji,
    # near the police station, Kanifing Municipality")
    landmark = "landmark" in kinds and len(kinds) >= 3 and kinds[-1] in ("town", "country", "mark") and (
        kinds[0] in ("town", "house") or kinds[0] == "landmark" and ("house" in kinds or "street" in kinds)) \
        and all(k in ("landmark", "detail", "house", "unit", "street", "town") for k in kinds[1:-1]) \
        and kinds[1:-1].count("town") <= 1
    # a landmark opening a block of places under it, or before places ending in a country
    # ("behind the Cuttington junction, Gbarnga\nBong County\nLiberia")
    landmark = landmark or kinds[0] == "landmark" and len(kinds) >= 3 and all(
        k in ("town", "mark", "country") for k in kinds[1:]) and (
        kinds[-1] == "country" or _LINE_BREAK.search(text, run[0].start, run[-1].start) is not None)
    numbered = sum(k == "mark" and _DIGIT.search(text, p.start, p.end) is not None for k, p in zip(kinds, run))
    country_block = len(kinds) >= 3 and kinds[-1] == "country" and _LINE_BREAK.search(
        text, run[0].start, run[-1].start) is not None and any(
        p.kind == "house" and _DIGIT.search(text, p.start, p.end) for p in run)
    # a town, a street and a numbered unit ("Подгорица (Забело), Герцеговачка бб, 4 этаж")
    town_house_unit = kinds[0] in ("town", "country") and (houses or marks >= 2) and numbered
    # a plot or a flat and the places after it on its line ("Plot 1434, Goo-Sekgweng Ward,
    # Mochudi"), or with its block ("Plot 77899 Block 9")
    dwelling = _DWELLING.match(text, run[0].start, run[0].end) is not None and (
        len(kinds) >= 2 and kinds[-1] in ("town", "mark", "country")
        and not _LINE_BREAK.search(text, run[0].start, run[-1].start)
        or _DWELLING_PAIR.fullmatch(text, run[0].start, run[0].end) is not None)
    # a postcode and its town after a street, the town a word of a sentence too ("Bulevar
    # revolucije 25, 85000 Bar")
    coded = any(k == "house" and kinds[i - 1] in ("street", "house") and _CODED_TOWN.fullmatch(text, p.start, p.end)
                for i, (k, p) in enumerate(zip(kinds, run)) if i)
    # a landmark between or after places ("Molepolole, Kgosing Ward, near the kgotla"), a road
    # off which a house is before it ("behind the school, off Kafue Road, Lusaka")
    landmark = landmark or bool(directions) and len(kinds) >= 2 and kinds[0] in ("town", "house", "mark") \
        and any(k in ("town", "mark", "country") for k in kinds[1:])
    # a neighbourhood with its directions in brackets before its town ("Fiango (after the Catholic school), Kumba")
    landmark = landmark or len(kinds) >= 2 and kinds[-1] in ("town", "country") and any(
        k == "town" and _BRACKETED.search(text, p.start, p.end) for k, p in zip(kinds[:-1], run))
    # places that end in their region's mark or their country, opened by a road's name with no
    # number or a place ("Bertil Harding Highway, Kololi, KMC", "Sand Hill, Belize District, Belize
    # C.A.", "Northern Highway, Ladyville Village"): the region written as its mark, its initials or
    # its country after a region's mark
    regional = _regional(text, run, kinds)
    # two numbered blocks, streets or houses with their district, the directions between them ("Jabriya, Block 11,
    # after the petrol station, House 5", "Villa 3, Street 9, Al Quoz 1, Dubai")
    grid = kinds[0] in ("town", "street", "house") and any(k in ("town", "street") for k in kinds) \
        and all(k in _GRID_KINDS for k in kinds) \
        and sum(k == "house" and _GRID_HOUSE.fullmatch(text, p.start, p.end) is not None for k, p in zip(kinds, run)) >= 2
    return grid or marks >= 3 or floor or marks >= 2 and (houses or numbered >= 2) or postcode_after or landmark or country_block \
        or "kigali" in kinds or bool(town_house_unit or dwelling or coded or regional)


def _regional(text: str, run: list[_Part], kinds: list[str]) -> bool:
    """Whether a run of places on one line is an address by the region it ends in: after a
    road's name with no number, a region's mark, its initials in capitals ("KMC", "NCD") or a
    country; after a town, a region's mark and a country."""
    if len(run) < 2 or _LINE_BREAK.search(text, run[0].start, run[-1].start) or \
            not all(k in ("town", "mark", "country") for k in kinds[1:]):
        return False
    last = text[run[-1].start:run[-1].end]
    if kinds[0] == "house" and _ROAD_NAME.fullmatch(text, run[0].start, run[0].end):
        return kinds[-1] in ("mark", "country") or len(run) >= 3 and _INITIALS.fullmatch(last) is not None \
            and zipf(last.casefold(), "en") < _INITIALS_ZIPF
    return kinds[0] == "town" and len(run) >= 3 and kinds[-1] == "country" and "mark" in kinds[1:-1] and all(
        _MARKED_REGION.search(text, p.start, p.end) for k, p in zip(kinds[1:-1], run[1:-1]) if k == "mark")


_COUNTRIES = frozenset(c.casefold() for c in COUNTRY_WORDS)
_BRACKETED = codecache.compile(rf"\((?i:{_LANDMARK}|after|past)[ \t][^()\n]*\)$")
# a road by its name with no number, the words before its type capitalised ("Northern Highway")
_ROAD_NAME = codecache.compile(r"(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:Road|Street|Avenue|Boulevard|Highway|Drive|Lane)")
_INITIALS = codecache.compile(r"[A-Z]{2,4}")  # a region's initials: Gambia's "KMC", Papua New Guinea's "NCD"
_INITIALS_ZIPF = 3.0  # rarer than a known body's: "kmc" 2.1, "ncd" 2.1; "emi" 3.1, "ibm" 3.9, "nyc" 4.1
# a region's mark after its name ("Belize District", "Kanifing Municipality")
_MARKED_REGION = codecache.compile(r"[ \t](?:District|Province|Region|County|Municipality|Governorate|Prefecture|Oblast)$")
_OWNED = codecache.compile(r"(?i:house|home|residence|villa|maison|casa)[ \t]")  # a house by its owner ("house of Karam")
_DWELLING = codecache.compile(r"(?:Plot|Lot|Flat|Apt\.?|Apartment|House|Hse\.?|Erf)[ \t]")
_GRID_HOUSE = codecache.compile(rf"{_TYPED_HOUSE}|{_GRID}")
_GRID_KINDS = frozenset(("town", "street", "house", "mark", "landmark", "detail", "coded", "country"))
_DWELLING_PAIR = codecache.compile(rf"{_TYPED_HOUSE}[ \t]+{_TYPED_HOUSE}")
_CODED_TOWN = codecache.compile(r"(?!(?:19|20)\d\d[ \t])\d{4,6}[ \t]+\p{Lu}\p{Ll}+")
