"""Postal addresses as people write them, one finding per block.

A block is anchored by a street: a house number and a street-type word in the order of
the street's language ("12 Coleridge Road", "Hauptstraße 5", "5, rue de la Paix",
"ул. Садовая, д. 21"), a line of words and a house number above a postcode line, a house
number and words up to a state and postcode ("4/23 Travis Trunkway, New Johntown SA
2637"), an Indian flat, house or plot by its number ("Flat No. 208, ..."), or a town with a
UK postcode or an Eircode. The parts after the anchor, split by commas or line breaks, join
it while they are what addresses are made of (a unit, a town, a region, a postcode, a
country: ``address_tails``). What comes before the anchor (a unit, a building,
the parts of an address with no house number) is ``address_leads``'. In prose, a town and
its postcode after "in" ("an office in Vejen 6600") are an address of their own.
Beyond Europe's and the Commonwealth's streets: Japanese block numbers before their ward
("2-3-1 Marunouchi, Chiyoda-ku"), post boxes of many languages ("Postfach 10 02 20", "а/я
12"), and, when parts follow them, a road by its number ("59397 Hwy 23 S") or a box in a
short word ("BP 45", NZ's "RD 2"); after a street, the floors and doors of Spain, Italy,
Poland, Belgium, Brazil and the Netherlands ("3º B", "int. 5", "m. 12", "bus 4", "apto 42 -
Consolação", "22 hs", "167 2 hoog"); a Dutch street on one line with its postcode and town
("Stratumseind 140A 5611VA EINDHOVEN").
A street is also read by its type word in the many languages that write it before the name
("Borgo Scarfoglio 57", "Jl. Merdeka No. 10", "R. de Cardoso, 17"), an anchor when parts
follow it or an address lead is above it; Colombia's "Carrera 7 # 71-21" and Korea's
"Teheran-ro 34-gil" by themselves; Ghana's digital address ("GA-183-8164"), a house's own,
by itself; Wales's streets with their type first ("5 Ffordd Penrhos"), Nepal's local level
and its ward ("Phedikhola Rural Municipality-2"). A postcode may carry its country's letters ("Rīga,
LV-1011", "Christ Church BB15156"); an abbreviation that ends a block keeps its last dot
("Tuen Mun, N.T.", "Trinidad W.I."). The
locality lines under a street with no postcode ("Victoria Island, Lagos State") are
``address_localities``'; a line of parts with no street anchor (units, estates,
neighbourhoods, towns, postcodes) is ``address_parts``'. The words of addresses are in ``address_words``, the Latin-script
streets and postcodes in ``address_streets``, Russian streets (town, region and index
before them, entrance, floor and flat after; chats' lowercase "town, street house-flat")
in ``address_ru``; an address of any layout named by its cue ("my place is ...", "посылку
везти на ...", "Deliver to" and the lines under it) is ``address_named``'. A run of parts read
by what each is, with no street's type (the marks of administrative units: "phường Bến Nghé,
Quận 1", "Umudugudu wa Amahoro, Akagari ka Gisuna"; a postcode before its town after a
street: "Hamraborg 25, 200 Kópavogur"; a landmark between a neighbourhood and its town), is
``address_units``'; addresses in Han script and Hangul by their units' characters
("臺北市中山區南京東路168巷13弄12號", "서울특별시 강남구 테헤란로 152") are ``address_han``'; Mongolia's and
Central Asia's units in Cyrillic, each marked after its name or number ("Баянгол дүүрэг, 6-р хороо, 62-р
байр"), are ``address_mn``'; a block
opened by a postal mark ("〒231-0861", "P.M.B. 351", "Postnet Suite 40") or a line of units with
their hyphened suffixes ("Tokyo-to Suginami-ku Koenji Kita 1-15-15"), its short lines under
it, is ``address_marks``'; a place and the parish it lies in, with no house number ("Black
Rock Heights, St. Michael"), is ``address_parishes``'; Latin America's blocks and lots ("Mz. 212,
Villa 40"), Ecuador's quadrant numbers at a crossing ("Av. Eloy Alfaro N32-63 y Alemania") and a
street with no type whose flat follows its house are anchors of ``address_blocks``'.

Every anchor holds a digit, and every run of parts but a village's by the marks of its
offices ("Vill: ..., P.O: ..., Dist: ..."): a text without either costs two searches, besides
the cues of ``address_named`` (a settlement named by its cue needs no number) and the ways
from roads of ``address_blocks``. The town and country
inside a block are covered by its finding, which is why a block is one finding and not a
street beside places left to NER.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect import codecache
from redact.detect.address_blocks import block_anchors, road_anchors
from redact.detect.address_han import han_spans
from redact.detect.address_cues import (
    Cued, Literals, country_line, de_house, eircode_or_uk, en_type, gh_gps, hu_house, inline_postcode, jp_block, kr_road, military_or_box, nordic_house, np_ward,
    postcode_after_separator, postcode_or_state, welsh_type)
from redact.detect.address_leads import block_start
from redact.detect.address_localities import is_led, landmark_end, locality_end
from redact.detect.address_marks import mark_blocks
from redact.detect.address_mn import mn_spans
from redact.detect.address_named import named_spans
from redact.detect.address_parishes import parish_spans
from redact.detect.address_parts import ADMIN_MARK, part_runs
from redact.detect.address_ru import DE_CYRILLIC_STREET, RU_GARDEN, RU_STREET, de_cyrillic, lowercase_streets
from redact.detect.address_streets import (
    AU_POSTCODE, CA_POSTCODE, CAP, CAPS_STREET, CO_STREET, DE_STREET, EIRCODE, EN_STREET, END, GH_GPS, HIGHWAY,
    HU_STREET, INLINE_LINE, JP_STREET, KR_STREET, MILITARY, NORDIC_STREET, NP_WARD, PO_BOX, SHORT_BOX, NAME, NAME_ZIPF, NUMBER_LINE, PART_SEP, PIN, POSTCODE, POSTCODE_TOWN, QUALIFIER,
    LABEL, OTHER_FIRST_STREET, ROMANCE_STREET, SPACED_LINE, STREET_LINE, TOWN, UK_POSTCODE, UNIT, WELSH_STREET, ZIP)
from redact.detect.address_tails import tail_end
from redact.detect.address_units import unit_runs
from redact.detect.address_words import (
    COUNTRY_WORDS, IE_COUNTIES, INITIAL_TYPES, MORE_FIRST_TYPES, STREET_TITLES, US_STATES, alternation)
from redact.detect.wordlike import zipf

__all__ = ["AddressBlockRecognizer", "address_spans"]

_SCORE = 0.6
# how far back the leads before an anchor reach at most (a unit's line, a building, the person
# in whose care, a town and its country): an anchor further inside a block found so far needs
# none read, the block covers them
_LEAD_REACH = 300

# apart, not as one alternation: regex runs each faster than their "|" (see _anchors); the
# streets named with their type first: what lowercase text read capitalised may anchor (with
# the Russian street where it holds Cyrillic); each with its cue where most texts fail it
# (see address_cues)
_TYPED: tuple[regex.Pattern[str] | Cued, ...] = (
    *(Cued(codecache.compile(p), en_type) for p in EN_STREET[:-1]), Cued(codecache.compile(EN_STREET[-1]), military_or_box),
    Cued(codecache.compile(DE_STREET), de_house), *(codecache.compile(p) for p in ROMANCE_STREET),
    Cued(codecache.compile(HU_STREET), hu_house))
_ANCHORS = _TYPED + (
    Cued(codecache.compile(STREET_LINE), postcode_after_separator), Cued(codecache.compile(POSTCODE_TOWN), eircode_or_uk),
    Cued(codecache.compile(JP_STREET), jp_block), codecache.compile(PO_BOX), codecache.compile(CO_STREET),
    Cued(codecache.compile(KR_STREET), kr_road), Cued(codecache.compile(WELSH_STREET), welsh_type),
    Cued(codecache.compile(NP_WARD), np_ward))
_CYRILLIC = codecache.compile(r"[\u0400-\u04ff]")
# a house by its Ghana Post GPS digital address alone ("pick up at GA-183-8164")
_DIGITAL = Cued(codecache.compile(rf"(?<![\w-]){GH_GPS}"), gh_gps)
# streets whose words say nothing of a street, mid-line or in capitals: a house number and
# words up to a town and its postcode ("4/23 Travis Trunkway New Johntown SA 2637"), when a
# word of them is no word of a sentence ("Top 10 Places, Sydney NSW 2000"); a street in
# capitals with its type when a postcode follows it ("5 MILES DOWN THE ROAD" is none)
# a road by its number, or a post box in a word also written of other things: an anchor
# when parts of an address follow it
_PARTS_ANCHORS = codecache.compile(f"(?:{HIGHWAY})|(?:{SHORT_BOX})")
# a street by a type word of the many languages that write it before the name, some of
# them also words of other things: an anchor when parts follow it or a lead is above it
# (its cue: a type and the space after it, which the regex module's search tries at every character)
_OTHER_FIRST = Cued(codecache.compile(OTHER_FIRST_STREET), Literals(
    word + space for word in (*INITIAL_TYPES, *MORE_FIRST_TYPES, *STREET_TITLES) for space in " \t"))
# a Nordic street with its type a word of its own after the name ("Kong Oscars gate 80"), a
# word also of other things ("Boarding gate 12"): an anchor when parts follow it or a lead is
# above it
_NORDIC = Cued(codecache.compile(NORDIC_STREET), nordic_house)
_PART_END = codecache.compile(END)
# a street with no type's word and its house, the Netherlands' or Poland's postcode right after
# it on its line: an anchor when no word of its name is a word of a sentence and its town is in
# capitals, as the last line of a letter writes it, or no word of one either ("Stratumseind 140A
# 5611VA EINDHOVEN"; "Pixel 7 1080 HD Video" is none)
_INLINE = Cued(codecache.compile(INLINE_LINE), inline_postcode)
_WORDS_ANCHORS = Cued(codecache.compile(f"(?:{NUMBER_LINE})|(?:{SPACED_LINE})"), postcode_or_state)
_RARE_ZIPF = 4.25  # "chan" 4.0, "perry" 4.2; "engineers" 4.4, "places" 5.0, "fall" 5.1
_CAPS_STREET = codecache.compile(CAPS_STREET)
_POSTCODE_IN = codecache.compile(
    rf"(?<![\w-])(?!(?:19|20)\d\d\b)(?:{POSTCODE}|{UK_POSTCODE}|{EIRCODE}|{MILITARY})(?![\w-])")
# A street of any language as a house number, a name and a number ("4 Tammikatu 12"): an
# anchor only when parts of an address follow.
_HOUSE = r"[ \t]+\d{1,5}[A-Za-z]?\.?(?![\w-])"
_WEAK_ANCHOR = codecache.compile(
    rf"(?<![\w$£€.,:/+-])\d{{1,5}}[ \t]+(?P<name>{NAME}(?:[ \t]+(?!(?:and|or)\b)[\p{{L}}][\p{{L}}'’.-]*){{0,3}}){_HOUSE}")
# India's house, flat or plot by its number ("Flat No. 208", "H.No. 12-3-45", Ghana's "H/No. 23",
# Bangladesh's "House 25/A"): an anchor when
# parts follow it; a bare one ("#45", "B-204", "12/34") when they end in a town and a
# postcode of a known country's shape
_NUMBERED_HOUSE = codecache.compile(
    r"(?<![\w-])(?:(?:Flat|House|Plot|Door|Shop|Office|Villa|Quarter|Qtr\.?|Block|Khasra|Survey"
    r"|Sector|Phase|Pocket)(?P<no>[ \t]*No\.?)?|[HD][./][ \t]?(?P<no2>No\.?))[ \t]*(?:[A-Z][ \t]*-[ \t]*)?"
    r"\d{1,5}[A-Za-z]?(?:[-/](?:\d{1,5}[A-Za-z]?|[A-Z](?![\w-]))){0,3}(?:-[A-Z])?(?![\w-])")  # "205-C", "25/A"
# a village by its number, as Guyana and Trinidad name their coast's villages ("No. 64
# Village, Corentyne, Berbice"): an anchor when parts follow it
_NUMBERED_VILLAGE = codecache.compile(r"(?<![\w-])No\.?[ \t]*\d{1,3}[ \t]+(?:Village|Settlement|Colony|Scheme)(?![\w-])")
# a lot and the section or block it lies in, as Papua New Guinea, the Pacific and southern Africa
# number land where streets have no numbers ("Lot 24 Sec 205", "Section 6, Lot 2", "Erf 12
# Portion 3"): an anchor when parts follow it
_LOT_WORD = r"(?i:lot|allotment|portion|section|sec\.?|plot|stand|erf|block|blk\.?|parcel)"
_LOT_SECTION = codecache.compile(
    rf"(?<![\w-]){_LOT_WORD}[ \t]*\d{{1,5}}[A-Za-z]?,?[ \t]+{_LOT_WORD}[ \t]*\d{{1,5}}[A-Za-z]?(?![\w-])")
_BARE_HOUSE = Cued(codecache.compile(
    rf"(?<![\w$£€.,:/+-])(?:#[ \t]?\d{{1,5}}[A-Za-z]?|[A-Z]-\d{{1,4}}[A-Za-z]?|\d{{1,4}}[A-Za-z]?/\d{{1,4}}[A-Za-z]?"
    # a village and its post office, with no number ("Vill. Rampur, P.O. Sonpur, ...")
    rf"|(?:Vill(?:age)?\.?|At(?:[ \t]*(?:&|and|/)[ \t]*)?Post|P\.[ \t]?O\.)[ \t]+{CAP}(?:[ \t]+{CAP})?)"
    rf"(?=(?:{PART_SEP}[^\n,;:!?]{{1,40}}?){{0,5}}{PART_SEP}{TOWN}(?:{PIN}|,?[ \t]+(?:{UK_POSTCODE}"
    rf"|{EIRCODE}|{ZIP}|{AU_POSTCODE}|{CA_POSTCODE})(?![\w-])))"), postcode_after_separator)
# the same name and number of any language and case with the street's word English writes
# after them ("40 Lipová 12 St.", "7 lindevej 3 rd."): a street when no word of the name is
# a word of a sentence ("2 pizzas for 12 St. Patrick's Day")
_NAMED_NUMBERED = codecache.compile(
    r"(?<![\w$£€.,:/+-])\d{1,5}[ \t]+(?P<name>\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})"
    r"[ \t]+\d{1,5}[A-Za-z]?[ \t]+(?i:st|str|street|rd|road|ave|avenue|blvd|ln|lane)\b\.?")
# a town and its postcode after "in", in prose ("an office in Vejen 6600 since May"): a
# place when no word of the town is a word of the sentence ("in Room 1021", "in Windows
# 2000") or an acronym ("in ISO 9001"), the number is no year, and the sentence ends or
# goes on as it does after a place ("in Tesla 1000 shares", "in Postgres 5432 now")
_IN_TOWN = codecache.compile(
    rf"(?<=(?<![\w-])(?i:in)[ \t]+)(?P<town>{TOWN}){QUALIFIER}?,?[ \t]+(?!(?:19|20)\d\d\b)"
    rf"(?:\d{{4,5}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}})(?![\w-]|[.,]\d)"
    rf"(?=[ \t]*(?:[,.;:!?)\r\n]|$)|[ \t]+(?:in|and|or|since|where|which|for|to|with|until)\b)")
# a post box with its town after a space, as East and West Africa write it ("P.O. Box 49 Limbe")
_BOX_TOWN = codecache.compile(rf"{PO_BOX}[ \t]+(?P<town>{TOWN})(?![\w'’-])")
# a country and a postcode on a line of their own: the end of a block a blank line split
_COUNTRY_LINE = Cued(codecache.compile(
    rf"(?m:^)[ \t]*(?:>[ \t]*)*({TOWN}){QUALIFIER}?[ \t]+\d{{4,5}}[ \t]*$"), country_line)
# "the corner of 5 Elm Street and Oak Lane": two streets, which the first must be
_CORNER = codecache.compile(
    rf"(?<![\w-])(?:(?i:the)[ \t]+)?corner[ \t]+of[ \t]+(?=[\p{{Lu}}\d]|ul\.)(?=[^\n,;:!?]{{0,40}}\d)"
    rf"[^\n,;:!?]{{3,50}}?"
    rf"[ \t]+and[ \t]+{CAP}(?:[ \t]+{CAP}){{0,3}}")
_LINE_LABEL = codecache.compile(rf"\r?\n[ \t]*(?:>[ \t]*)*{LABEL}")
# an Irish county after a comma ("Derrylahan, Ballinasloe, Co. Galway"): it ends a rural block
# as a postcode does, the townland and town before it, an Eircode after it
_IE_COUNTY = rf"(?<=\p{{L}}[ \t]*,[ \t]*)(?:Co\.?|County)[ \t]+(?:{alternation(IE_COUNTIES)})(?![\w'’-])"
_COUNTY = codecache.compile(_IE_COUNTY)
# a block that opens with its town and postcode, or is a UK postcode or an Eircode on a line
# of its own: no street was found, and the parts before it are the address's
_LONE_POSTCODE_LINE = codecache.compile(rf"(?m:^)[ \t]*(?:>[ \t]*)*(?:{UK_POSTCODE}|{EIRCODE})[ \t]*$")
_POSTCODE_FIRST = codecache.compile(
    rf"{TOWN}{QUALIFIER}?,?[ \t]+(?:{UK_POSTCODE}|{EIRCODE}|{ZIP}|{AU_POSTCODE})(?![\w-])"
    rf"|(?:{UK_POSTCODE}|{EIRCODE})[ \t]*(?:\r?\n|$)|{_IE_COUNTY}")
_DIGIT = codecache.compile(r"\d")
_INITIALISM = codecache.compile(r"(?<![\p{L}.])(?:\p{L}\.)+\p{L}$")
# a region's abbreviation as the last part of a block ("Oaxaca de Juárez, Oax.", "Toronto, Ont."):
# its dot is the block's when the word is none of a sentence's or a firm's ("..., Acme, Inc.")
_REGION_ABBREVIATION = codecache.compile(r"(?<=,[ \t]*)\p{Lu}\p{Ll}{1,4}$")
_ABBREVIATION_ZIPF = 3.9  # "oax" 1.0, "ont" 3.1, "calif" 3.8; "sr" 4.0, "ltd" 4.5, "inc" 4.8
_CAPITAL = codecache.compile(r"\p{Lu}")
_WORD_START = codecache.compile(r"(?<![\p{L}\p{N}'’])\p{Ll}")
# a US state before its ZIP ("fm 63954"), but no word of a sentence ("in 12345")
_WORD_STATES = {"IN", "OR", "ME", "OH", "OK", "HI", "AS", "DE", "LA", "ID", "CO", "AL", "MA", "PA", "GA"}
_STATE_LIKE = codecache.compile(
    rf"(?<![\w-])(?:{alternation(st.capitalize() for st in US_STATES if st not in _WORD_STATES)})"
    rf"(?=[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-]))")
# a UK postcode or an Eircode in lowercase ("eh9 1hy"), in capitals in the capitalised reading
_POSTCODE_LIKE = codecache.compile(rf"(?<![\w-])(?i:{UK_POSTCODE}|{EIRCODE})(?![\w-])")
# what makes a street with its type read from lowercase text an address: a unit with its
# number and the town after it, or a postcode ending it after a comma or a line break
_LOWERCASE_EVIDENCE = codecache.compile(
    rf"{UNIT}(?<=\d[A-Za-z]?),?[ \t]+\p{{L}}|[,\n][^\n]*?(?<![\w-])(?:{POSTCODE}|{UK_POSTCODE}|{EIRCODE})$")


@lru_cache(maxsize=1)
def _ru_anchors() -> tuple[regex.Pattern[str] | Cued, ...]:
    """The Russian street, garden plot and German street in Cyrillic, compiled when a text
    first holds Cyrillic: every word that makes them is Cyrillic, and most runs read none
    (0.02 s to compile)."""
    return codecache.compile(RU_STREET), codecache.compile(RU_GARDEN), Cued(codecache.compile(DE_CYRILLIC_STREET), de_cyrillic)



# the names countries give themselves on letters, besides the packs' ("Nederland", "Туркменистан"),
# a line or a part of their own; not the short letters that are words too ("US", "РФ")
_COUNTRY_NAMES = frozenset(c.casefold() for c in COUNTRY_WORDS if len(c) > 3)


def _is_place(town: str) -> bool:
    """Whether a town's capitalised words are no words of a sentence and no acronym."""
    words = [w for w in town.replace("-", " ").split() if w[:1].isupper()]
    return all(zipf(w.casefold(), "en") < NAME_ZIPF and not (w.isupper() and len(w) <= 4)
               for w in words)


def address_spans(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The address blocks of ``text`` as (start, end), merged where they overlap;
    ``countries`` (casefolded) are the names a country line may have. A text with no
    capital is read capitalised too: a street with its type found so counts when a unit
    and a town or a postcode after a separator say it is one ("2 oak road suite 4, leeds");
    capitalised, "5 miles down the road" is a street as well."""
    countries = countries | _COUNTRY_NAMES
    named = (named_spans(text, countries) + unit_runs(text, countries) + han_spans(text) + mn_spans(text)
             + mark_blocks(text, countries) + parish_spans(text, countries)
             + [(start, tail_end(text, end, countries)) for start, end in road_anchors(text)])
    # a village's marks, an Irish county, with no digit
    anchored = _DIGIT.search(text) or ADMIN_MARK.search(text) or "Co" in text and _COUNTY.search(text)
    if not anchored and not named:
        return []
    blocks, read = (_blocks(text, countries) if anchored else []) + named, text
    if not _CAPITAL.search(text):
        capitalised = _POSTCODE_LIKE.sub(lambda m: m.group().upper(), _WORD_START.sub(_capital, text))
        capitalised = _STATE_LIKE.sub(lambda m: m.group().upper(), capitalised)
        typed = _TYPED + _ru_anchors()[:1] if _CYRILLIC.search(capitalised) else _TYPED
        for start, anchor_end in chain(_anchors(capitalised, typed), (
                m.span() for m in _NUMBERED_HOUSE.finditer(capitalised))):
            end = tail_end(capitalised, anchor_end, countries)
            if _LOWERCASE_EVIDENCE.search(capitalised, start, end):
                blocks.append((start, end))
        read = capitalised  # the leads before a block read capitalised too ("flat 3f2, ...")
    spans: list[tuple[int, int]] = []
    for start, end in sorted(blocks):
        if spans and spans[-1][0] + _LEAD_REACH < start <= spans[-1][1]:  # deep inside a block: its leads are the block's
            top = start
        else:
            top = block_start(read, start, _POSTCODE_FIRST.match(read, start) is not None, countries)
            if top == start and _LONE_POSTCODE_LINE.fullmatch(text, start, end) is not None:
                continue
        start = top
        while start < end and (text[start].isspace() or text[start] == ">"):
            start += 1
        if text[end:end + 1] == "." and (_INITIALISM.search(text, max(0, end - 12), end) or (
                (region := _REGION_ABBREVIATION.search(text, max(0, end - 8), end))
                and zipf(region.group().casefold(), "en") < _ABBREVIATION_ZIPF)):
            end += 1  # "N.T.", "W.I.", "P.O.", "Oax.": the abbreviation's last dot, not a sentence's
        end = landmark_end(text, locality_end(text, start, end))
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [part for span in spans for part in _unlabelled(text, *span)]


def _unlabelled(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block a form wrote over labelled lines, as its values: the labels are no address."""
    parts = []
    for label in _LINE_LABEL.finditer(text, start, end):
        parts.append((start, label.start()))
        start = label.end()
    parts.append((start, end))
    return [(a, b) for a, b in ((a, len(text[:b].rstrip())) for a, b in parts) if b > a]


def _blocks(text: str, countries: frozenset[str]) -> list[tuple[int, int]]:
    """Each anchor with the parts after it, as (start, end), overlapping as they come.
    Anchors of several kinds often end at one place: its parts are read once."""
    ends: dict[int, int] = {}

    def extend(end: int) -> int:
        if end not in ends:
            ends[end] = tail_end(text, end, countries)
        return ends[end]

    cyrillic = _CYRILLIC.search(text) is not None
    blocks = [(start, extend(end))
              for anchors in ((_ANCHORS, _ru_anchors()) if cyrillic else (_ANCHORS,))
              for start, end in _anchors(text, anchors)]
    blocks += [(m.start(), extend(m.end()))
               for m in _NAMED_NUMBERED.finditer(text, overlapped=True)
               if all(zipf(w.casefold(), "en") < NAME_ZIPF for w in m.group("name").split())]
    for m in _WEAK_ANCHOR.finditer(text, overlapped=True):
        if not _is_place(m.group("name")):  # "4 BUILDING 2 COSTS 2000"
            continue
        end = extend(m.end())
        if end > m.end():
            blocks.append((m.start(), end))
    for m in _INLINE.finditer(text, overlapped=True):
        town = m.group("town")
        if _is_place(m.group("name")) and (len(town) > 2 and town.isupper() or _is_place(town)):
            blocks.append((m.start(), extend(m.end())))
    for m in _NUMBERED_HOUSE.finditer(text):  # without "No." it needs a postcode
        end = extend(m.end())
        if end > m.end() and (m.group("no") or m.group("no2") or _POSTCODE_IN.search(text, m.end(), end)):
            blocks.append((m.start(), end))
    blocks += [(m.start(), end) for m in _NUMBERED_VILLAGE.finditer(text) if (end := extend(m.end())) > m.end()]
    blocks += [(start, extend(end)) for start, end in block_anchors(text)]
    covered = 0  # a lot inside the parts of the block before it is that block's: its parts are not read again
    for m in _LOT_SECTION.finditer(text):
        if m.start() >= covered and (end := extend(m.end())) > m.end():
            blocks.append((m.start(), end))
            covered = end
    for m in _OTHER_FIRST.finditer(text, overlapped=True):  # "Borgo Scarfoglio 57", "R. de Cardoso, 17"
        end = extend(m.end())
        if end > m.end() or not m.group("initial") and is_led(text, m.start()) and _PART_END.match(text, end):
            blocks.append((m.start(), end))
    for m in _NORDIC.finditer(text, overlapped=True):
        end = extend(m.end())
        if end > m.end() or is_led(text, m.start()) and _PART_END.match(text, end):
            blocks.append((m.start(), end))
    for m in _PARTS_ANCHORS.finditer(text):
        end = extend(m.end())
        if end > m.end():
            blocks.append((m.start(), end))
    for m in _WORDS_ANCHORS.finditer(text, overlapped=True):
        if _at_line_start(text, m.start()) or any(
                len(w) > 2 and zipf(w.casefold(), "en") < _RARE_ZIPF for w in m.group("words").split()):
            blocks.append((m.start(), extend(m.end())))
    for m in _CAPS_STREET.finditer(text, overlapped=True):
        end = extend(m.end())
        if _POSTCODE_IN.search(text, m.end(), end):
            blocks.append((m.start(), end))
    blocks += [(m.start(), extend(m.end())) for m in chain(_BARE_HOUSE.finditer(text), _DIGITAL.finditer(text))]
    blocks += [(m.start(), extend(m.end())) for m in _BOX_TOWN.finditer(text) if _is_place(m.group("town"))]
    if cyrillic:
        blocks += [(start, extend(end)) for start, end in lowercase_streets(text)]
    blocks += [(m.start(), m.end()) for m in _CORNER.finditer(text)]
    blocks += part_runs(text, countries)
    blocks += [(m.start(), m.end()) for m in _LONE_POSTCODE_LINE.finditer(text)]
    covered = 0  # a county inside the parts of the one before it is that block's (a line of them read once)
    for m in _COUNTY.finditer(text):
        if m.start() >= covered:
            covered = extend(m.end())
            blocks.append((m.start(), covered))
    blocks += [(m.start(), m.end()) for m in _IN_TOWN.finditer(text) if _is_place(m.group("town"))]
    blocks += [(m.start(), m.end()) for m in _COUNTRY_LINE.finditer(text)
               if m.group(1).casefold() in countries]
    return blocks


def _at_line_start(text: str, start: int) -> bool:
    line = text.rfind("\n", max(0, start - 80), start) + 1  # a long line's start is far, its words between
    return (line > 0 or start <= 80) and not text[line:start].strip(" \t>")


def _anchors(text: str, parts: tuple[regex.Pattern[str] | Cued, ...]) -> list[tuple[int, int]]:
    """(start, end) wherever one of ``parts`` matches, the first of them that matches there:
    what their alternation finds with ``overlapped=True``."""
    first: dict[int, int] = {}
    for part in reversed(parts):  # an earlier part's match replaces a later one's
        first.update((m.start(), m.end()) for m in part.finditer(text, overlapped=True))
    return sorted(first.items())


def _capital(m: regex.Match[str]) -> str:
    """A word's first letter as a capital, where the capital is one character too."""
    upper = m.group().upper()
    return upper if len(upper) == 1 else m.group()


class AddressBlockRecognizer(EntityRecognizer):
    """Presidio's face of ``address_spans``: a block is one STREET_ADDRESS result."""

    def __init__(self, supported_language: str, countries: Iterable[str] = ()) -> None:
        super().__init__(supported_entities=["STREET_ADDRESS"], name="address_block",
                         supported_language=supported_language)
        self.countries = frozenset(c.casefold() for c in countries)

    def load(self) -> None:  # nothing to load: the lexicons are in this module
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        return [RecognizerResult(
            "STREET_ADDRESS", start, end, _SCORE,
            analysis_explanation=AnalysisExplanation(self.name, _SCORE),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for start, end in address_spans(text, self.countries)]
