"""An address read as the sequence of its parts, as people of any country write one with no
street this module's siblings anchor on: units, blocks, lots and phases, buildings and
estates, streets with their type, neighbourhoods after their mark, towns, regions and
postcodes, in any order and count, a comma apart on one line or over a few lines ("Blk 29 Lot
7, Phase 1, Camella Homes Subd., Brgy. Bagong Silang\\nMalolos, Bulacan 3000", "Hse No. 59,
Mlolongo, Machakos County", "House 12, Road 5, Dhanmondi, Dhaka-1205", "Караганда, 12 мкр,
24-10", a chat's street with no type before its house and flat: "Минск, Уручье, Якуба Коласа
117-46, 18 этаж", Uganda's "LC1 Kireka B, Kira Municipality, Wakiso District", Latvia's
"LV-2127, Ādažu nov., Kadaga, Rīgas gatve 9", Thailand's "45/35 Moo 5, T. Ko Tao", Malta's
"'Villa Rosa', Triq il-Wied, Il-Mosta MST 2691", Turkey's "Crystal Park Sitesi, D Blok, Daire
3\\nHurma Mah. 07070 Konyaaltı/Antalya", Tajikistan's "Вахшский р-н, джамоат Тахти Сангин,
кишлак Гулистон, д. 28"). A run of such parts is an address when it holds
a number and enough parts that only addresses are made of: two kinds of them in three parts
(or one kind with two towns), or one in two after an address lead ("pickup at", "drop-off:",
"Billing address —" on the line above, where the lines of places under it join too); a
village's, with no number, when three of its parts
are marked by the offices of its administration ("Vill: Nayapara, P.O: Tangail Sadar, P.S:
Tangail Sadar, Dist: Tangail"). Each part is a whole
comma-separated segment; only the first may end a sentence's words ("pls deliver to Unit
5") and the last open them ("Quezon City 1105, near the gate"), so "Tower 4 is down" and
"Phase 2 of the project" are no parts."""

from __future__ import annotations

from dataclasses import dataclass


from redact.detect import codecache
from redact.detect.address_cues import STREET_TYPE, hu_house, hu_house_in
from redact.detect.address_localities import LEAD_WORDS, PLACE_WORDS, SAINTS, is_led, is_locality
from redact.detect.address_ru import FLOOR_FIRST, de_cyrillic, de_cyrillic_in
from redact.detect.address_streets import CAP, HOUSE_MARK, TOWN
from redact.detect.address_words import (
    AFTER_TYPES, BUILDINGS, DE_CYRILLIC, DIRECTIONS, EN_TYPES, ESTATE_WORDS, FIRST_TYPES, HU_TYPES, INLINE_LEADS,
    LOCALITY_MARKS, LOWER_REGION_WORDS, MORE_FIRST_TYPES, PART_MARKS, POSTCODE_WORDS, REGION_WORDS, RU_PLACES, RU_TYPES, UNIT_WORDS,
    alternation)
from redact.detect.wordlike import zipf
from redact.morph import analyzer

__all__ = ["ADMIN_MARK", "part_runs"]

_RARE_ZIPF = 4.5  # a town has a word no sentence has: "nairobi" 3.5, "kong" 4.49; "tower" 4.5
_STATE_ZIPF = 3.5  # "wp" 3.3, "tbc" 2.7; "fyi" 3.5, "np" 3.6, "btw" 4.1, "ok" 5.1
_LED_LINES = 5  # under a lead: the house, the street, the locality, the town, the region
_MAX_LINES = 3  # an address's lines: the house, the locality, the town and its postcode
_LEAD_REACH = 48  # how far before a run on its line a lead word may be ("the insured resides at")

# a unit's number: "3320", "B2", "A13", "F-7/2", "25/3", "12-3-45", "13-D", "25/A", or a letter alone
_ID = (r"(?:#[ \t]?)?(?:[A-Z]{1,2}[ -]?)?\d{1,5}[A-Za-z]?(?:[-/][A-Z]?\d{1,5}[A-Za-z]?){0,3}(?:[-/][A-Z])?(?![\w-])"
       r"|[A-Z](?![\w-])")
_UNIT_ITEM = (rf"(?:(?:\d{{1,5}}[A-Za-z]?/\d{{1,5}}[ \t]+)?(?i:{alternation(UNIT_WORDS)})(?![\w-])\.?|No\.|Nr\.|Nos\.|#"
              rf"|(?:H|St|Hse|Plot)[ \t]?#)(?:[ \t]*(?:No|Nr|Number)\.?)?[ \t]*(?:{_ID})"
              # a house's number before its unit, as Thailand writes its village's ("45/35 Moo
              # 5"), a block's letter before its word ("D Blok", "B Block")
              r"|[A-Z][ \t]+(?:Blok|Block|Blk|Wing)(?![\w-])"
              # Uzbekistan's house, flat and quarter by the number before them ("12-uy", "34-xonadon")
              r"|\d{1,4}[A-Za-z]?-(?:uy|xonadon|kvartal|mavze|daha)(?![\w-])"
              # a floor: Hong Kong's "12/F", "3rd Floor", "Ground Floor"
              r"|(?:\d{1,3}|[GLU])/F(?![\w-])|(?:\d{1,3}(?:st|nd|rd|th)|Ground|Upper|Lower)[ \t]+(?i:floor|flr\.?|fl\.)")
# (Bulgaria's block, entrance and floor too: "бл. 25, вх. А, ет. 3"; an entrance or a block by its letter;
# a villa or an apartment as Russian speakers abroad write one: "вилла 12", "квартира 2º Dto")
_RU_UNIT = (r"(?:д\.|дом|кв\.|ап\.|квартира|корп\.|корпус|к\.|кн\.|стр\.|строение|под\.|подъезд|эт\.|этаж|оф\.|офис"
            r"|пом\.|лит\.|уч\.|участок|ком\.|комн\.|комната|блок|секция|буд\.|будинок|бл\.|вх\.|ет\.|вилла|апартамент"
            r"|апарт\.)[ \t]*№?[ \t]*"
            r"(?:\d{1,2}\.?[º°ª][ \t]?(?:Dto|Esq|Dta|Fte|[A-Z])\.?(?![\w-])|\d{1,5}[а-яА-Я]?(?:[/-]\d{1,4}[а-яА-Я]?)?|(?<=(?:под\.|подъезд|корп\.|корпус|блок|бл\.|вх\.)[ \t]*)"
            r"[А-Я](?![\w-]))")
_UNIT = codecache.compile(rf"(?:{_UNIT_ITEM}|{_RU_UNIT}|{FLOOR_FIRST})(?:,?[ \t]+(?:{_UNIT_ITEM}|{_RU_UNIT})){{0,3}}")
# a street or a building by its type word, its house number before or after it ("286 Luna
# St.", "6th St.", "Ang Mo Kio Ave 3", "Camella Homes Subd.", "Jacaranda Apartments")
# a name's word; Maltese joins its article to the word ("il-Kbira", "tal-Għolja", "ta' Xbiex")
_MT_ARTICLE = r"(?:i[lrstdnxżċ]|ta[lrstdnxżċ]|l)-\p{Lu}[\p{L}'’]*|ta['’]"
_WORD = (r"(?:{CAP}|\d{{1,3}}(?:st|nd|rd|th)|(?:de|del|la|el|van|von|wa|da|di|e|y|al|bin|cel|lui)(?=[ \t])|{MT})"
         .format(CAP=CAP, MT=_MT_ARTICLE))
_WORD_ANY_CASE = r"\p{L}[\p{L}'’-]*"
# the words of an English sentence that may follow a type's word ("Plaza is open 24")
_PROSE = r"(?:is|are|was|were|the|and|or|to|of|in|on|at|for|by|open|closed|will|has|had|with)(?![\w'’-])"
_HOUSE = r"(?:[NSEO](?=\d{1,3}-))?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?"  # Quito's "N24-03" too
_TYPES = alternation([*EN_TYPES, *AFTER_TYPES, *BUILDINGS, *ESTATE_WORDS])
_FIRST_TYPES = [*FIRST_TYPES, *MORE_FIRST_TYPES]
# a garden, dacha or garage co-operative written out, before its name ("садовый кооператив
# «Энергетик»", "садоводческое товарищество «Рассвет»")
_COOPERATIVE = (r"(?:садов(?:ый|ое|одческое|одческий)|дачн(?:ый|ое)|гаражн(?:ый|о-строительный))[ \t]+"
                r"(?:кооператив|товарищество|общество)|садоводство")
_NAMED = codecache.compile(
    rf"(?:(?:{_HOUSE}|No\.[ \t]*{_HOUSE}),?[ \t]+)?(?:The[ \t]+)?(?:{_WORD}[ \t]+){{1,4}}(?:{_TYPES})(?![\w-])\.?"
    rf"(?:[ \t]+(?:{alternation(DIRECTIONS)})(?![\w-]))?(?:[ \t]+{_HOUSE}(?![\w-]))?"
    # the types written before the name ("Jl. Gatot Subroto Kav. 42", "Calle Mayor 12")
    rf"|(?:{alternation(_FIRST_TYPES)})[ \t]+(?:{_WORD}[ \t]+){{0,3}}{_WORD}"
    rf"(?:,?[ \t]+(?:{HOUSE_MARK})?{_HOUSE}(?![\w-]))?"
    # the same with words of the name in lowercase, the last of them too, as Slavic names write
    # them, when the house follows ("Bulevar oslobođenja 45/12", "Trg slobode 3")
    rf"|(?:{alternation(_FIRST_TYPES)})(?:[ \t]+(?!{_PROSE}){_WORD_ANY_CASE}){{1,3}}(?<=\p{{Ll}})[ \t]+{_HOUSE}(?![\w-])"
    # Kigali's streets by their sector's letters and number ("KG 123 St", "KN 5 Rd")
    rf"|K[GNK][ \t]\d{{1,4}}[ \t](?:St|Ave|Av|Rd)\.?"
    # the types before the name, Russian ("ул. Комитаса", "пр. Мангилик Ел") and the
    # estates of the former Soviet Union ("ЖК «Солнечный»")
    rf"|(?:{alternation([*RU_TYPES, 'вул.', 'вулиця', 'просп.'])})[ \t]*(?:им\.[ \t]*)?"
    rf"(?:\p{{L}}[\p{{L}}\d.-]*|\d{{1,4}}(?:-[а-я]{{1,6}})?[ \t]+\p{{L}}[\p{{L}}.-]*)(?:[ \t][\p{{L}}\d.-]+){{0,3}}"
    rf"|\p{{Lu}}[\p{{L}}-]+(?:[ \t]\p{{Lu}}[\p{{L}}-]+)?[ \t](?:улица|ул\.|проспект|пр-т|пр\.|переулок|пер\.|шоссе)"
    rf"|(?:ЖК|ЖМ|КП|ТСЖ|МФЙ|махалл[яа]|{_COOPERATIVE})[ \t]*(?:«[^»\n]{{1,40}}»|\"[^\"\n]{{1,40}}\"|\p{{Lu}}[\p{{L}}-]+)"
    rf"|\d{{1,3}}-?(?:я|й|ая|ий|ый)[ \t]+(?:линия|улица|аллея|проезд|просека)"  # "3-я линия"
    # a street named with no type, its house and flat a dash apart, as chats of the former
    # Soviet Union write it ("Якуба Коласа 117-46", "Притыцкого 75-59"), or a Czech house's
    # two numbers as Russian speakers in Czechia write them ("Соколовская 2347/10")
    rf"|[А-ЯЁ][а-яё-]+(?:[ \t][А-ЯЁ][а-яё-]+){{0,2}}(?:[ \t]+\d{{1,4}}[а-я]?(?:/\d{{1,3}})?-\d{{1,4}}"
    rf"|[ \t]+\d{{1,4}}/\d{{1,3}}[а-я]?(?![\w/-])"
    rf"|,?[ \t]+(?:д\.|дом)[ \t]*\d{{1,4}}[а-я]?(?:/\d{{1,3}})?(?:,?[ \t]*(?:кв\.|квартира)[ \t]*\d{{1,4}})?)")
# a house's name in quotes, as Malta, Britain and Ireland name one before its street ("'Villa
# Rosa', Triq il-Wied", "'Ta' Marija'", "“Dar il-Paċi”")
_QUOTED = codecache.compile(r"['‘\"“]\p{Lu}[^'‘’\"“”\n,]{0,30}(?:['’][ \t]\p{Lu}[^'‘’\"“”\n,]{0,20})?['’\"”]")
# the Baltic and Hungarian types after the name with the house ("Rīgas gatve 9", "Fő utca 5."),
# a German street written in Cyrillic ("Шиллерштрассе 59"): apart, with a cue of their own
_HOUSE_AFTER_TYPE = codecache.compile(
    rf"{CAP}(?:[ \t]+\p{{L}}+){{0,2}}[ \t]+(?:{alternation(HU_TYPES)})[ \t]+{_HOUSE}\.?"
    rf"|\p{{Lu}}\p{{Ll}}*(?:{alternation(DE_CYRILLIC)})[ \t]+{_HOUSE}")
_CYR_TOWN = r"[А-ЯЁ][\p{Cyrillic}-]+(?:[ -]\p{Cyrillic}[\p{Cyrillic}-]+){0,2}"  # "Отеген батыр", "Усть-Каменогорск"
# a neighbourhood after its mark ("Brgy. San Isidro", "Sector F-7/2", "Sitio Malinis", "г.
# Ереван", "мкр. Самал-2", "12 мкр")
_MARK_WORDS = [m for m in LOCALITY_MARKS if len(m) > 2] + list(PART_MARKS)
# the offices and units of South Asia's administration that a village's address is given by,
# as forms write them with a colon, a dot or a dash ("Vill: Nayapara, P.O: Tangail Sadar, P.S:
# Tangail Sadar, Dist: Tangail", "Vill- Kamalpur, PO- Kalia"; "P.S" is the police station,
# "Upazila" the sub-district)
ADMIN_MARK = codecache.compile(
    r"(?:Vill(?:age)?|P\.?[ \t]?[OS]|Post|Thana|Dist|Upazila|Upazilla|Tehsil|Teh|Taluka?|Tal|Mandal|Union|Mouza)"
    r"(?=[ \t]*[:.-])")
_ADMIN_LOCALITY = codecache.compile(rf"{ADMIN_MARK.pattern}[ \t]*(?::|\.:?|-)[ \t]*(?P<name>{TOWN})")
_ADMIN_OPENINGS = ("Vill", "P.", "PO", "PS", "Post", "Thana", "Dist", "Upazil", "Teh", "Tal", "Mandal", "Union", "Mouza")
# (and Bulgaria's housing estate: "ж.к. Младост 1")
_RU_LOCALITY_WORDS = [*RU_PLACES, "мкр-н", "микрорайон", "кв-л", "квартал", "массив", "ж/м", "смт", "ж.к."]
_LOCALITY = codecache.compile(
    rf"(?:{alternation(_MARK_WORDS)})[ \t]+(?:{TOWN}(?:[ \t-]\d{{1,2}})?|{_ID})"
    rf"|(?:{alternation(_RU_LOCALITY_WORDS)})"
    rf"[ \t]*(?:{_CYR_TOWN}(?:[ \t-]\d{{1,2}})?|\d{{1,3}}[а-яА-Я]?)"
    rf"|\d{{1,3}}(?:-?(?:й|я|ий|ый))?(?:[ \t]+|-)(?:мкр\.?|мкрн\.?|микрорайон|квартал|кв-л|массив)"  # "1-квартал"
    r"|[A-Z]-\d{1,2}/\d(?![\w-])"  # Islamabad's sectors by themselves ("G-9/1")
    # a neighbourhood by its ordinal: Mongolia's khoroo, Bangalore's cross and main ("3rd khoroo", "2nd Cross")
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?i:khoroo|horoo|ward|district|sector|zone|phase|stage|cross|main)(?![\w-])")
# a region by its word ("Machakos County", "Western Province", "Алматинская обл.")
_REGION = codecache.compile(
    rf"{TOWN}[ \t]+(?:(?i:{alternation(REGION_WORDS)})|{alternation(LOWER_REGION_WORDS)})|(?:Co\.|County|Parish)[ \t]+{TOWN}"
    rf"|{_CYR_TOWN}[ \t]+(?:обл\.|область|край|р-н|район|округ|АО)|(?:Республика|респ\.)[ \t]+{_CYR_TOWN}")
# a postcode with its town before or after it ("Quezon City 1105", "Dhaka-1205", "47300
# Petaling Jaya", "010012"), or with letters ("MD-2001", "AZ1000", Ghana's "GA-183-8164")
_CODE = r"(?:\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{3,5}-\d{3,5})"
_LETTER_CODE = r"[A-Z]{2}(?:-?\d{4}|-\d{1,4}-\d{4})|[A-Z]{3}[ ]?\d{4}"  # Malta's "SLM 7224", "QRM5241"
_TOWN_LETTER_CODE = r"[A-Z]\d{3}"  # Eswatini's "Mbabane H100": after its town only
_POSTCODE = codecache.compile(  # after its word too, of any country's length ("postal code 7098173710", "индекс 29601")
    rf"(?:{alternation(POSTCODE_WORDS)})[ \t]*[:.]?[ \t]*(?P<marked>{_CODE}|\d{{3}}|\d{{7,10}})|{_LETTER_CODE}|(?P<town>{TOWN}|{_CYR_TOWN})?(?:[ \t]*[-–][ \t]*|[ \t]+)?(?:{_CODE}|{_LETTER_CODE}|{_TOWN_LETTER_CODE})"
    rf"|(?:{_CODE}|{_LETTER_CODE})[ \t]+(?P<after>{TOWN}|{_CYR_TOWN})")
# Turkey's postcode before its district and province, its quarter before them ("Hurma Mah.
# 07070 Konyaaltı/Antalya", "34710 Kadıköy/İstanbul")
_DISTRICT_CODE = codecache.compile(
    rf"(?:{TOWN}[ \t]+(?:Mahallesi|Mah\.|Mh\.)[ \t]+)?\d{{5}}[ \t]+{TOWN}[ \t]*/[ \t]*{TOWN}")
_LETTER = codecache.compile(_LETTER_CODE)
_NUMBER = codecache.compile(r"(?:[A-Z]{1,2}-)?\d{1,6}[A-Za-zА-Яа-я]?(?:[-/]\d{1,4}[A-Za-zА-Яа-я]?){0,2}")  # "78", "24-10", "53/2", "G-9/1"
# "Colombo 03", "Kingston 10", Bangladesh's residential and commercial areas ("Dhanmondi R/A"),
# a Brazilian town and its state ("Goiânia - GO"), a Balkan street with no number ("Rozino bb")
_TOWN = codecache.compile(
    rf"(?:{TOWN}|{_CYR_TOWN})(?:[ \t-]\d{{1,2}}|[ \t]+[RC]/A|[ \t]*[-–/][ \t]*[A-Z]{{2}}(?![\w-])|[ \t]+bb(?![\w-]))?")

_KINDS = (("unit", _UNIT), ("named", _NAMED), ("named", _HOUSE_AFTER_TYPE), ("named", _QUOTED), ("locality", _LOCALITY),
          ("locality", _ADMIN_LOCALITY), ("locality", _DISTRICT_CODE), ("region", _REGION), ("postcode", _POSTCODE),
          ("number", _NUMBER), ("town", _TOWN))
# What a part of a kind holds, tested before its pattern runs: most segments are a
# sentence's words, on which the patterns backtrack through every word before they fail.
# A street's or building's type after a space (address_cues' STREET_TYPE), a region's word
# after a space or its word before the name: searched once a line (the Russian forms of
# each hold a Cyrillic letter; a street's type written first opens its part); a type written
# after the name with the house after it, searched once a line too. A unit opens with its
# word, its mark or its floor's number, or in Russian; a locality opens with its mark, a
# number or an Islamabad sector's "G-", a village's office with its own; a postcode ends in a digit or opens with one
# or two capitals; a number holds a digit; a town opens with a capital.
_FIRST_OPENINGS = tuple(_FIRST_TYPES)
_REGION_CUE = codecache.compile(
    rf"[ \t](?:(?i:{alternation(REGION_WORDS)})|{alternation(LOWER_REGION_WORDS)})|(?:Co\.|County|Parish)[ \t]|\p{{Cyrillic}}")
_UNIT_OPENING = codecache.compile(
    rf"(?i:{alternation(UNIT_WORDS)})(?![\w-])|No\.|Nr\.|Nos\.|#|(?:H|St|Hse|Plot)[ \t]?#|\d|[GLU]/F|Ground|Upper|Lower"
    r"|[A-Z][ \t]+B"
    r"|\p{Cyrillic}")
_LOCALITY_OPENINGS = tuple(_MARK_WORDS + _RU_LOCALITY_WORDS)
_QUOTES = ("'", "‘", '"', "“")
_LOCALITY_OPENING = codecache.compile(r"\d|[A-Z]-")
_CODE_OPENING = codecache.compile(r"\d|[A-Z]{2}")
_SPECIFIC = frozenset(("unit", "named", "locality", "region", "postcode", "house"))
_SEGMENT = codecache.compile(r"[^,\n]+")
# where a part may open inside the first segment, and close inside the last one
_PART_START = codecache.compile(
    r"(?<=^|[\s:—–(\"'«>])(?=[\p{Lu}\d#]|(?:ул|г|п|с|д|кв|пр|пер|мкр|пос|вул|ж\.к|mun|jud)\.|мкр|пгт|смт|рп|джамоат|кишлак|садов|дачн)"
    r"|(?<=[\s:(])(?=['‘\"“]\p{Lu})")
_PART_END = codecache.compile(r"[ \t]*(?:[.;!?)\"'»<]|[ \t]\p{Ll}|$)")
_LEAD = codecache.compile(rf"(?<![\w-])(?i:{alternation([*LEAD_WORDS, *INLINE_LEADS])})(?![\w-])")
_DIGIT = codecache.compile(r"\d")
_CAPITAL = codecache.compile(r"\p{Lu}")  # what every town opens with
_CYRILLIC = codecache.compile(r"\p{Cyrillic}")
_NEWLINE = codecache.compile(r"\n")
_ABBREVIATED = codecache.compile(r"(?:\b\p{L}{1,5}|\d)\.$")  # "Subd.", "P.O.", "12."
_INITIALS = codecache.compile(r"\b(?:\p{L}\.)+\p{L}\.$")  # "H.K.", "P.O."
_WORD_END = codecache.compile(r"(?<=\S)(?=[ \t.;!?)\"'»<]|$)")
_TOWN_SPLIT = codecache.compile(r"[ \t-]+")


@dataclass(frozen=True)
class _Part:
    """A segment read as a part: where it is and what it is."""

    start: int
    end: int
    kind: str


def part_runs(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The runs of address parts in ``text`` that are addresses, as (start, end);
    ``countries`` (casefolded) are the names a country's line under them may have."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    marked = ADMIN_MARK.search(text) is not None  # a village's address may hold no digit
    after_types = hu_house(text) or de_cyrillic(text)
    for i, (start, end) in enumerate(lines):
        if not (_DIGIT.search(text, start, end) or marked and ADMIN_MARK.search(text, start, end)) or \
                spans and spans[-1][1] >= end or _alone(text, lines, i, countries):
            continue
        for run in _line_runs(text, start, end, after_types):
            if not any(p.kind in _SPECIFIC for p in run):
                continue  # a line of towns joins an address, never opens one ("Speaker 2")
            run = _down(text, lines, i, run, countries) + _up(text, lines, i, run)
            run.sort(key=lambda p: p.start)
            if _is_address(text, run):
                spans.append((run[0].start, run[-1].end))
    return spans


def _alone(text: str, lines: list[tuple[int, int]], i: int, countries: frozenset[str]) -> bool:
    """Whether line ``i`` holds no run of two parts, which every address is: its parts are a
    comma apart, and no line joins it when the lines above and below are blank (a blank
    line joins as a country only if "" were one's name)."""
    start, end = lines[i]
    return "," not in text[start:end] and "" not in countries and all(
        not text[a:b].strip() for a, b in lines[max(0, i - 1):i] + lines[i + 1:i + 2])


def _lines(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _NEWLINE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _line_runs(text: str, start: int, end: int, after_types: bool = True) -> list[list[_Part]]:
    """The runs of parts on one line, each a list of consecutive parts; ``after_types``: the
    text may hold a type written after the name with a house after it."""
    runs: list[list[_Part]] = []
    run: list[_Part] = []
    cues = (STREET_TYPE.search(text, start, end), _REGION_CUE.search(text, start, end) is not None,
            after_types and (hu_house_in(text, start, end) is not None or de_cyrillic_in(text, start, end) is not None))
    segments = list(_SEGMENT.finditer(text, start, end))
    for seg in segments:
        a, b = seg.start(), seg.end()
        a += len(seg.group()) - len(seg.group().lstrip())
        b -= len(seg.group()) - len(seg.group().rstrip())
        part = _classify(text, a, b, run, cues)
        if part is not None and (not run or _adjacent(text, run[-1].end, a)):
            run.append(part)
            continue
        if run:
            last = _prefix(text, a, b, run, cues) if _adjacent(text, run[-1].end, a) else None
            runs.append(run + [last] if last else run)
        first = _suffix(text, a, b, cues)
        run = [first] if first is not None else []
        if first is not None and first.end < b:  # a part that closes before its segment ends
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start].strip(" \t") in {",", ".,"}  # after "P.O." too


def _classify(text: str, start: int, end: int, before: list[_Part], cues: tuple[bool, bool, bool],
              edge: bool = False) -> _Part | None:
    """The part ``text[start:end]`` is, or None; a number after a street or a
    neighbourhood is its house. At a run's ``edge``, inside a sentence's segment, an
    acronym is no town ("CDMX please"); between parts it is one ("BGC"). ``cues``: the
    line holds a street's, a region's and a type's before a house; a kind runs only on a part
    that holds what it needs."""
    if end > start and text[end - 1] == "." and (  # "Subd." keeps its dot, "H.K." and "P.O." drop theirs
            not _ABBREVIATED.search(text[start:end]) or _INITIALS.search(text[start:end])):
        end -= 1
    digit = _DIGIT.search(text, start, end) is not None
    possible = (  # what every part of each kind holds (see _REGION_CUE)
        _UNIT_OPENING.match(text, start, end) is not None, cues[0] or text.startswith(_FIRST_OPENINGS, start, end),
        cues[2] and digit, text.startswith(_QUOTES, start, end),
        text.startswith(_LOCALITY_OPENINGS, start, end) or _LOCALITY_OPENING.match(text, start, end) is not None,
        text.startswith(_ADMIN_OPENINGS, start, end), digit and text.find("/", start, end) >= 0,
        cues[1],
        digit and (_DIGIT.match(text, end - 1, end) is not None or _CODE_OPENING.match(text, start, end) is not None),
        digit, _CAPITAL.match(text, start, end) is not None)
    for (kind, pattern), may_be in zip(_KINDS, possible):
        if not may_be:
            continue
        m = pattern.fullmatch(text, start, end)
        if m is None:
            continue
        town = m.group("town") or m.group("after") if kind == "postcode" else None
        if kind == "postcode" and not (m.group("marked") or (_is_town(town) if town else _LETTER.fullmatch(m.group()))):
            continue  # a number alone is a house's or a postcode's: "number"
        if kind == "town" and not _is_state(m.group(), before) and (
                not _is_town(m.group()) or edge and m.group().isupper()):
            return None
        if kind == "number" and before and (before[-1].kind in {"named", "locality"} or before[-1].kind == "town"
                                            and "-" in m.group() and _CYRILLIC.match(text, before[-1].start)):
            kind = "house"  # "ул. Ленина, 5"; a chat's "Якуба Коласа, 117-46" (house and flat)
        return _Part(start, end, kind)
    return None


def _suffix(text: str, start: int, end: int, cues: tuple[bool, bool, bool]) -> _Part | None:
    """The longest part that ends the segment ``text[start:end]`` after a sentence's words."""
    for m in _PART_START.finditer(text, start, end):
        part = _classify(text, m.start(), end, [], cues, edge=True)
        if part is not None:
            return part
    return None


def _prefix(text: str, start: int, end: int, before: list[_Part],
            cues: tuple[bool, bool, bool]) -> _Part | None:
    """The longest part that opens the segment ``text[start:end]`` before a sentence's words
    or its end."""
    for stop in sorted((m.start() for m in _WORD_END.finditer(text[start:end])),
                       reverse=True):
        if _PART_END.match(text, start + stop) and (part := _classify(text, start, start + stop, before, cues, edge=True)):
            return part
    return None


def _down(text: str, lines: list[tuple[int, int]], i: int, run: list[_Part],
          countries: frozenset[str]) -> list[_Part]:
    """The run with the whole lines of parts under it that hold a part only addresses have,
    and the country's line under them; under an address lead, lines of towns alone too and
    more of them, as a form's block writes a locality and a town on lines of their own
    ("Delivery address\nHouse 12\nKololo\nKampala")."""
    if text[run[-1].end:lines[i][1]].strip():
        return run
    led = _led(text, run[0].start)
    for start, end in lines[i + 1:i + (_LED_LINES if led else _MAX_LINES)]:
        if (below := _whole_line(text, start, end, towns=led)):
            run = run + below
            continue
        country = text[start:end].strip(" \t>.")
        if country.casefold() in countries:
            first = text.index(country, start)
            run = run + [_Part(first, first + len(country), "town")]
        break
    return run


def _up(text: str, lines: list[tuple[int, int]], i: int, run: list[_Part]) -> list[_Part]:
    """The whole lines of parts above a run that opens its line, as for ``_down``."""
    above: list[_Part] = []
    top = run[0].start
    for start, end in reversed(lines[max(0, i - _MAX_LINES + 1):i]):
        if text[lines[i][0]:top].strip(" \t>") or not (line := _whole_line(text, start, end)):
            break
        above, top, i = line + above, line[0].start, i - 1
    return above


def _whole_line(text: str, start: int, end: int, towns: bool = False) -> list[_Part]:
    """A line that is parts from its start to its end, one of them specific or a number
    ("G-9/1, Islamabad"), or with ``towns`` a locality line's places ("Kololo", not "Speaker
    2" or "Anna Smith"); else []."""
    runs = _line_runs(text, start, end)
    if len(runs) != 1 or text[start:runs[0][0].start].strip(" \t>") or text[runs[0][-1].end:end].strip():
        return []
    if any(p.kind in _SPECIFIC or p.kind == "number" for p in runs[0]):
        return runs[0]
    return runs[0] if towns and is_locality(text[runs[0][0].start:runs[0][-1].end], True) else []


def _is_address(text: str, run: list[_Part]) -> bool:
    """Whether a run of parts holds a number and enough parts only addresses have: two kinds
    of them in three parts (or one kind with two towns), or one in two under or after an address
    lead; with no number, three localities by three marks of the administration ("Vill:", "P.O:",
    "Dist:") whose names are no words of a sentence ("P.S. Thanks")."""
    specific = [p.kind for p in run if p.kind in _SPECIFIC]
    if not any(_DIGIT.search(text, p.start, p.end) for p in run if p.kind != "town"):
        marks = {m.group().replace(" ", "") for p in run if p.kind == "locality"
                 and (m := ADMIN_MARK.match(text, p.start, p.end)) is not None
                 and (named := _ADMIN_LOCALITY.fullmatch(text, p.start, p.end)) is not None
                 and _is_town(named.group("name"))}
        return len(marks) >= 3
    if not specific:
        return False
    towns = sum(p.kind == "town" for p in run)
    if len(run) >= 3 and len(specific) >= 2 and (len(set(specific)) >= 2 or towns >= 2):
        return True
    return len(run) >= 2 and _led(text, run[0].start)


def _is_state(letters: str, before: list[_Part]) -> bool:
    """Whether capitals that close a run are its state's or territory's letters after the
    postcode ("60000 Kuala Lumpur, WP"), not a chat's acronym ("..., FYI", "..., OK")."""
    return bool(before) and before[-1].kind == "postcode" and len(letters) <= 3 and letters.isupper() and \
        zipf(letters.casefold(), "en") < _STATE_ZIPF


def _led(text: str, start: int) -> bool:
    """Whether an address lead is before ``start`` on its line, or ends the line above."""
    line = text.rfind("\n", max(0, start - _LEAD_REACH - 1), start) + 1
    if not line and start > _LEAD_REACH + 1:  # a long line: its start is beyond the lead's reach
        return _LEAD.search(text, start - _LEAD_REACH, start) is not None
    return _LEAD.search(text, max(line, start - _LEAD_REACH), start) is not None or \
        not text[line:start].strip(" \t>") and is_led(text, line)


def _is_town(town: str) -> bool:
    """Whether a town's words hold one no sentence has, or a place's name ("Караганда")."""
    words = [w for w in _TOWN_SPLIT.split(town) if w[:1].isupper() and not w.isdigit()]
    if not words:
        return False
    if len(words) > 1 and words[0] in SAINTS:  # "St. Ann", "Mt. Pleasant"
        return True
    if _CYRILLIC.match(words[0]):
        return any(_is_place_word(w) for w in words)
    return any(len(w) > 2 and zipf(w.casefold(), "en") < _RARE_ZIPF for w in words) or \
        len(words) > 1 and words[-1] in PLACE_WORDS and len(words[0]) > 2


def _is_place_word(word: str) -> bool:
    """A Cyrillic word the dictionary knows as a place's name, or no word of a sentence."""
    parses = analyzer().parse(word)
    return any("Geox" in p.tag for p in parses) or \
        zipf(word.casefold(), "ru") < _RARE_ZIPF and not any(p.tag.POS in {"CONJ", "PRCL", "NPRO", "PREP", "INTJ"} for p in parses)
