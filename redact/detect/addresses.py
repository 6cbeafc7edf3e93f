"""Postal addresses as people write them, one finding per block.

A block is anchored by a street: a house number and a street-type word in the order of
the street's language ("12 Coleridge Road", "Hauptstraße 5", "5, rue de la Paix",
"ул. Садовая, д. 21"), a line of words and a house number above a postcode line, or a
town with a UK postcode or an Eircode. The parts after the anchor, split by commas or line
breaks, join it while they are what addresses are made of: a flat or unit, a town, a
region, a postcode of a known country's shape (with its town), a US state and ZIP, a
country. On the anchor's own line a town joins by itself; on the lines below, parts join
only up to a postcode or a country, so the "Thanks" under a signature's street stays out.
Between the town and the postcode, a region however written ("NSW", "Co. Cork", "nan")
joins with the postcode that follows it; a unit written before the street ("Suite 5, 12
Oak Road") is the block's too. In prose, a town and its postcode after "in" ("an office in
Vejen 6600") are an address of their own.
Russian blocks take their town, region and index before the street too ("420111,
г. Казань, ул. Садовая, д. 21, кв. 7").

Every anchor holds a digit: a text without one costs one search. The town and country
inside a block are covered by its finding, which is why a block is one finding and not a
street beside places left to NER.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redact.detect.wordlike import zipf

__all__ = ["AddressBlockRecognizer", "address_spans"]

_SCORE = 0.6
_MAX_PARTS = 6  # parts after the anchor: unit, town and its district, region, postcode, country

# Street types people write after the name, from the US Postal Service's list of street
# suffixes (Publication 28, C1) with the British and Irish ones it lacks, full and
# abbreviated. A type needs a house number and a capitalised name before it.
# the names UK buildings go by, before the street ("Payne House, 25 Young Walks")
_BUILDINGS = ("Court House Mansions Cottage Cottages Lodge Works Hall Farm Barn Flats Tower Towers "
              "Manor Villa Villas Heights Buildings Chambers Apartments Residences Block Mill").split()
_EN_TYPES = (
    "Street St Road Rd Avenue Ave Av Lane Ln Drive Dr Close Way Court Ct Place Pl Crescent "
    "Cres Terrace Tce Grove Gardens Gdns Square Sq Boulevard Blvd Parade Mews Row Walk Hill "
    "Hills Rise Green Park Parkway Pkwy Highway Hwy Circle Cir Trail Trl Plaza Path Pike Alley "
    "Loop Run Turnpike Expressway Freeway Causeway Esplanade Embankment Quay Wharf Yard Gate "
    "Gateway Vale View Views Ridge Ridges Heights Hts Meadow Meadows Crossing Junction Pass "
    "Point Estate Estates Manor Bypass Broadway Wynd Brae Cove Creek Fields Glen Harbor "
    "Harbour Haven Knoll Knolls Landing Lodge Mall Mill Mills Mount Orchard Oval Passage Port "
    "Ranch Route Shore Shores Spring Springs Station Summit Track Valley Viaduct Village "
    "Villages Ville Vista Well Wells Woods Circus Approach Drove Chase Crest Dale Common "
    "Corner Corners Cross Fork Forks Garth Hollow Island Isle Key Keys Lake Lakes Light Lights "
    "Locks Motorway Neck Overpass Plain Plains Radial Ramp Rapids Rest Skyway Spur Stream "
    "Streets Throughway Trace Trafficway Tunnel Underpass Union Unions Ways Burg Burgs Bluff "
    "Bluffs Bottom Branch Bridge Brook Brooks Canyon Cape Center Centre Cliff Cliffs Club "
    "Courts Curve Dam Divide Extension Extensions Falls Ferry Field Flat Flats Ford Fords "
    "Forest Forge Forges Fort Gardens Harbors Inlet Mission Mountain Mountains Parks Pine "
    "Pines Prairie River Shoal Shoals Squares Stravenue Trailer Walks Wall Roads Points Ports "
    "Spurs Islands Crossroad Crossroads Camp Grn Expy Fwy Glens Valleys Manors Circles Lock "
    "Course Str").split()
# the types a house number may follow, not only precede ("High Street 41"); not "Route 66"
_EN_AFTER = ("Street", "Road", "Avenue", "Lane", "Drive", "Close", "Square", "Terrace",
             "Crescent", "Gardens", "Grove")
# German, Dutch and Nordic street words: the end of a compound ("Hauptstraße") or a word of
# their own ("Berliner Straße"). Not "-ring": "Spring", "During" and "Hiring" end in it.
_DE_SUFFIXES = ("straße", "strasse", "str.", "gasse", "weg", "allee", "platz", "damm",
                "ufer", "chaussee", "steig", "pfad", "markt", "laan", "straat", "vej",
                "gatan", "gade", "plein", "gracht", "kade", "singel", "dijk", "hove",
                # Nordic: Danish, Swedish, Norwegian, Icelandic; Finnish
                "stræde", "vænget", "plads", "vägen", "gränd", "stigen", "torget", "gata",
                "gate", "veien", "vegen", "stræti", "braut", "vegur", "stígur",
                "katu", "tie", "kuja", "polku", "kaari", "väylä", "rinne")
_DE_WORDS = ("Straße", "Strasse", "Str.", "Gasse", "Weg", "Allee", "Platz", "Damm", "Ufer",
             "Chaussee", "Markt", "Ring", "Steig", "Pfad")  # also "Hella-Vollbrecht-Weg"
# French, Spanish, Portuguese and Italian types come first, the name after them.
_ROMANCE_TYPES = ("rue", "avenue", "av.", "boulevard", "bd", "allée", "place", "chemin",
                  "impasse", "quai", "cours", "route", "square", "passage", "voie",
                  "faubourg", "sentier", "rond-point", "calle", "avenida", "avda.", "paseo",
                  "camino", "carretera", "ctra.", "ronda", "travesía", "rua", "rúa", "praça",
                  "travessa", "estrada", "alameda", "largo", "plaza", "via", "viale",
                  "piazza", "corso", "strada", "vicolo", "str.", "ul.", "al.")  # Polish last
# the same, capitalised, where the name and its number follow with no number before
# ("Via dei Mille 7", "Avda. de Oporto 12"), and the Greek ones ("Λεωφόρος Κηφισίας 88")
_FIRST_TYPES = ("Calle", "C/", "Avenida", "Avda.", "Paseo", "Camino", "Carretera", "Ctra.",
                "Ronda", "Travesía", "Rua", "Rúa", "Praça", "Travessa", "Estrada", "Alameda",
                "Largo", "Plaza", "Via", "Viale", "Piazza", "Corso", "Strada", "Vicolo", "Rue",
                "Str.", "ul.", "al.", "Οδός", "Οδ.", "Λεωφόρος", "Λεωφ.", "Πλατεία", "Πλ.")
# Hungarian, Estonian and Latvian types come after the name, in lowercase, the number after
# them ("Fő utca 5.", "Pärnu maantee 12", "Brīvības iela 5")
_HU_TYPES = ("utca", "u.", "út", "útja", "tér", "tere", "körút", "krt.", "rakpart", "rkp.",
             "köz", "sor", "sétány", "fasor", "kapu", "lépcső", "park", "liget", "lakótelep",
             "tänav", "põik", "puiestee", "maantee", "väljak", "iela", "bulvāris", "prospekts")
_RU_TYPES = ("ул.", "улица", "алл.", "пр-т", "пр-кт", "просп.", "проспект", "пр.", "пер.",
             "переулок", "наб.", "набережная", "ш.", "шоссе", "б-р", "бул.", "бульвар", "пл.",
             "площадь", "проезд", "пр-д", "туп.", "тупик", "аллея", "мкр.", "мкр",
             "микрорайон", "линия", "тракт")
_RU_PLACES = ("г.", "город", "с.", "село", "пос.", "посёлок", "поселок", "п.", "пгт", "д.",
              "дер.", "деревня", "ст.", "ст-ца", "станица", "х.", "хутор", "к.", "клх", "рп",
              "аул", "мкр.")
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE "
    "AP").split()
# Countries as addresses name them besides the English and Russian names of the packs.
_COUNTRY_WORDS = ("UK", "U.K.", "USA", "U.S.A.", "US", "U.S.", "GB", "РФ", "Éire",
                  "Deutschland", "Österreich", "Schweiz", "España", "Italia", "Nederland",
                  "Polska", "België", "Belgique")
_DIRECTIONS = ("North", "South", "East", "West", "NE", "NW", "SE", "SW", "N", "S", "E", "W")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# a capitalised word: O'Rafferty, Groß-Gerau, St.Ives, or an abbreviation (St., Mt.)
_CAP = r"(?:(?:St|Ste|Mt|Ft|Pt)\.|\p{Lu}[\p{L}'’]*(?:[.-]\p{L}[\p{L}'’]*)*)"
_NAME = rf"(?!(?:Flat|Apt|Apartment|Unit|Suite|Studio|Room|Floor)\b){_CAP}"  # a street's word
_PARTICLE = (r"(?:upon|on|under|in|le|la|les|de|du|des|sur|en|am|an|der|im|bei|ob|of|the"
             r"|nad|pod|na|u|v|ve|da|do|di|del|e|y)")  # "Ostrov nad Ohří", "Vila Nova de Gaia"
_TOWN = rf"{_CAP}(?:[ -](?:{_PARTICLE}[ -])*{_CAP}){{0,3}}"
# the small words inside street names taken from family names ("40 van Ness Court")
_NAME_PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|della|delle|la|le|ter|ten)"
_STREET_WORDS = rf"(?:{_NAME_PARTICLE}[ \t]+)?(?:{_CAP}[ \t]+){{1,3}}"
_NUMBER = r"\d{1,5}[A-Za-z]?(?:[ ]?[-/][ ]?\d{1,4}[A-Za-z]?)?"
_UNIT = (r"(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Studio|Room|Floor|Fl\.|Building|Bldg\.?"
         r"|#|кв\.|квартира|оф\.|офис|пом\.|корп\.|корпус|стр\.|строение|к\.)[ \t]*[\w-]{1,6}")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_MILITARY = r"(?i:[afd]po[ \t]+a[aep][ \t]+\d{5})"  # "APO AE 09123": base, region, ZIP
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"
_ZIP = rf"(?:{_alternation(_US_STATES)})[ \t]+\d{{5}}(?:-\d{{4}})?"
# a postcode after its town: 4 to 6 digits, or grouped as Sweden and Greece (114 55), Poland
# (31-042), Portugal (4700-320) and Japan (100-0001) write them; Canada's (K1A 0B1)
_POSTCODE = r"(?:\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{3,4}-\d{3,4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
# a region between a town and its postcode written in lowercase ("nsw", "bavaria", or a
# placeholder: "nan"); capitalised ones ("NSW 2000", "Bavaria 80331") read as a town's words
_REGION = r"(?P<region>\p{Ll}[\p{Ll}'’.-]*(?:[ \t]\p{Ll}[\p{Ll}'’.-]*)?)"
# the words of a region or a street taken by shape alone are rarer than the words of a
# sentence around them ("Leeds, order 48213", "Leeds at 1530", "2 pizzas for 12 St.")
_NAME_ZIPF = 4.0  # "nan" 3.5, "bavaria" 3.2, "lindevej" 0; "gate" 4.5, "order" 5.3
_QUALIFIER = r"(?:[ \t]\([^()\n]{1,20}\))"  # "Frankfurt (Oder)", "Kempten (Allgäu)"
_END = r"(?=[ \t]*(?:[,\r\n]|$|[.;!?)](?:\s|$)))"  # a part ends at a separator
# a comma or a line break between parts; a space only before a postcode
_NL = r"\r?\n[ \t]*(?:>[ \t]*)*"  # a line break; ">" quotes the lines of a reply
_SEP = regex.compile(rf"[ \t]*(?:,[ \t]*(?:{_NL})?|(?:{_NL}){{1,2}}(?:,[ \t]*)?)|[ \t]+")

_EN_STREET = (
    rf"(?:{_UNIT},?[ \t]+)?(?<![\w$£€.,:/+-])(?:{_NUMBER}),?[ \t]+{_STREET_WORDS}"
    rf"(?:{_alternation(_EN_TYPES)})\b\.?(?:[ \t]+(?:{_alternation(_DIRECTIONS)})\b)?(?:,?[ \t]*{_UNIT})?"
    rf"|{_UNIT}(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:{_CAP}[ \t]+){{1,3}}(?:{_alternation(_EN_TYPES)})\b\.?"
    # the number after the street, as in much of Europe ("High Street 41")
    rf"|(?<![\w-])(?:{_CAP}[ \t]+){{1,3}}(?:{_alternation(_EN_AFTER)})[ \t]+\d{{1,4}}[A-Za-z]?(?!\w)"
    # US military and post-box addresses, in capitals or lowercase: the box is the house
    # number
    rf"|(?<![\w-])(?:(?:PSC|CMR|Unit|UNIT|psc|cmr|unit)[ \t]+\d{{1,5}},?[ \t]+(?:Box|BOX|box)"
    rf"[ \t]+\d{{1,5}}|(?:USNS|USNV|USS|USCGC|usns|usnv|uss|uscgc)[ \t]+\p{{L}}[\p{{L}}'’-]*"
    rf"(?=[ \t]*,?[ \t]*\r?\n?[ \t]*{_MILITARY})"
    rf"|P\.?[ \t]?O\.?[ \t]?Box[ \t]+\d{{1,6}})")
_DE_STREET = (  # a name's initials before it too ("J. Verhaegenstraat 4")
    rf"(?:(?:{_CAP}|\p{{Lu}}\.)[ \t]+){{0,2}}(?:\p{{Lu}}[\p{{L}}-]*(?:{_alternation(_DE_SUFFIXES)})"
    rf"|(?:\p{{Lu}}[\p{{L}}]*-)*(?:{_alternation(_DE_WORDS)}))[ \t]+\d{{1,4}}[a-z]?(?:[ \t]?[-/][ \t]?\d{{1,4}}[a-z]?)?")
_ROMANCE_STREET = (
    rf"(?<![\w$£€.,:/+-])\d{{1,4}}(?:[ \t]?(?:bis|ter|[A-Z]))?,?[ \t]+(?i:{_alternation(_ROMANCE_TYPES)})"
    rf"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|d'|du|des|de|la|le|les|da|do|dos|das|del|di)[ \t]*)?"
    rf"{_NAME}(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{_NAME}){{0,3}}(?:[ \t]+\d{{1,5}}[A-Za-z]?(?![\w-]))?"
    rf"|(?<![\w-])(?:{_alternation(_FIRST_TYPES)})[ \t]+"
    rf"(?:(?:da|das|do|dos|de|del|la|le|di|della|delle|dei|degli)[ \t]+){{0,2}}"
    rf"(?:{_CAP}[ \t]+(?:(?:e|de|da|do|dos|das|del|di|della|delle|dei|degli)[ \t]+)?){{1,4}}"
    rf"\d{{1,4}}[a-z]?")  # "Rua Vinte e Cinco de Setembro 12"
_HU_STREET = (rf"(?<![\w-]){_CAP}[ \t]+(?:\p{{L}}+[ \t]+){{0,2}}(?:{_alternation(_HU_TYPES)})[ \t]+\d{{1,4}}\.?"
              rf"(?:[ \t]?[A-Za-z](?![\w]))?")
_RU_HOUSE = (r",?[ \t]*(?:(?:д\.|дом)[ \t]*)?\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-яА-Я]?)?"
             r"(?:,?[ \t]*(?:к\.|корп\.|корпус|стр\.|строение|лит\.)[ \t]*\d{1,4}[а-яА-Я]?"
             r"(?:/\d{1,4})?)*"
             r"(?:,?[ \t]*(?:кв\.|квартира|оф\.|офис|пом\.)[ \t]*\d{1,5})?")
_RU_BEFORE = (
    rf"(?:(?:\d{{6}}|Россия|РФ|\p{{Lu}}[\p{{L}}-]+[ \t](?:обл\.|область|край|р-н|район)"
    rf"|(?:Республика|респ\.)[ \t]\p{{Lu}}[\p{{L}}-]+"
    rf"|(?:(?:{_alternation(_RU_PLACES)})[ \t]*)?\p{{Lu}}[\p{{L}}-]+(?:[ -]\p{{Lu}}[\p{{L}}-]+)?"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?),[ \t]*){{0,4}}")
_RU_STREET = (
    rf"{_RU_BEFORE}(?:(?<![\w-])(?:{_alternation(_RU_TYPES)})[ \t]*(?:им\.[ \t]*)?"
    rf"[\p{{Lu}}\d][\p{{L}}\d.-]*(?:[ \t][\p{{L}}\d.-]+){{0,2}}"
    rf"|\p{{Lu}}[\p{{L}}-]+(?:[ \t]\p{{Lu}}[\p{{L}}-]+)?[ \t]"
    rf"(?:улица|ул\.|проспект|пр-т|переулок|пер\.|шоссе|бульвар|набережная|площадь|проезд|тупик))"
    rf"{_RU_HOUSE}")
# A street without a known type word above a postcode line or before a comma and a
# postcode: words and a house number in either order, or a French type and a name.
_STREET_LINE = (
    rf"(?<![\w-])(?:(?:{_CAP}[ \t]+){{0,3}}{_CAP}[ \t]+{_NUMBER}"
    rf"|(?m:^)[ \t]*{_NUMBER}[ \t]+(?:{_CAP}[ \t]+){{0,3}}{_CAP}"
    rf"|(?i:{_alternation(_ROMANCE_TYPES[:16])})[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|d'|du|des|de|la|le|les)[ \t]*)?"
    rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}})"
    rf"(?=[ \t]*(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*)(?:(?:[A-Z]{{1,2}}-)?\d{{5}}[ \t]+\p{{Lu}}"
    rf"|{_TOWN},?[ \t]+(?:{_UK_POSTCODE}|{_EIRCODE}|{_ZIP})\b|{_MILITARY}))")
_POSTCODE_TOWN = rf"(?<![\w-]){_TOWN},?[ \t]+(?:{_UK_POSTCODE}|{_EIRCODE})(?![\w-])"

_ANCHORS = tuple(regex.compile(p) for p in (  # apart: regex runs each faster than their "|"
    _EN_STREET, _DE_STREET, _ROMANCE_STREET, _HU_STREET, _RU_STREET, _STREET_LINE,
    _POSTCODE_TOWN))
# the streets named with their type: what lowercase text read capitalised may anchor
_TYPED_ANCHORS = _ANCHORS[:5]
# A street of any language as a house number, a name and a number ("4 Tammikatu 12"): an
# anchor only when parts of an address follow.
_HOUSE = r"[ \t]+\d{1,5}[A-Za-z]?\.?(?![\w-])"
_WEAK_ANCHOR = regex.compile(
    rf"(?<![\w$£€.,:/+-])\d{{1,5}}[ \t]+{_NAME}(?:[ \t]+(?!(?:and|or)\b)[\p{{L}}][\p{{L}}'’.-]*){{0,3}}{_HOUSE}")
# the same name and number of any language and case with the street's word English writes
# after them ("40 Lipová 12 St.", "7 lindevej 3 rd."): a street when no word of the name is
# a word of a sentence ("2 pizzas for 12 St. Patrick's Day")
_NAMED_NUMBERED = regex.compile(
    r"(?<![\w$£€.,:/+-])\d{1,5}[ \t]+(?P<name>\p{L}[\p{L}'’.-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,2})"
    r"[ \t]+\d{1,5}[A-Za-z]?[ \t]+(?i:st|str|street|rd|road|ave|avenue|blvd|ln|lane)\b\.?")
# a town and its postcode after "in", in prose ("an office in Vejen 6600 since May"): a
# place when no word of the town is a word of the sentence ("in Room 1021", "in Windows
# 2000") or an acronym ("in ISO 9001"), the number is no year, and the sentence ends or
# goes on as it does after a place ("in Tesla 1000 shares", "in Postgres 5432 now")
_IN_TOWN = regex.compile(
    rf"(?<=(?<![\w-])(?i:in)[ \t]+)(?P<town>{_TOWN}){_QUALIFIER}?,?[ \t]+(?!(?:19|20)\d\d\b)"
    rf"(?:\d{{4,5}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}})(?![\w-]|[.,]\d)"
    rf"(?=[ \t]*(?:[,.;:!?)\r\n]|$)|[ \t]+(?:in|and|or|since|where|which|for|to|with|until)\b)")
# a country and a postcode on a line of their own: the end of a block a blank line split
_COUNTRY_LINE = regex.compile(
    rf"(?m:^)[ \t]*(?:>[ \t]*)*({_TOWN}){_QUALIFIER}?[ \t]+\d{{4,5}}[ \t]*$")
# "the corner of 5 Elm Street and Oak Lane": two streets, which the first must be
_CORNER = regex.compile(
    rf"(?<![\w-])(?:(?i:the)[ \t]+)?corner[ \t]+of[ \t]+(?=[\p{{Lu}}\d]|ul\.)(?=[^\n,;:!?]{{0,40}}\d)"
    rf"[^\n,;:!?]{{3,50}}?"
    rf"[ \t]+and[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,3}}")
# the house number faker-style writers and some countries put before the street's own, and
# the unit some write before the whole street ("Suite 5, 12 Oak Road")
_LEAD_NUMBER = regex.compile(r"(?<![\w$£€.,:/+-])\d{1,5}[ \t]+$")
_LEAD_UNIT = regex.compile(rf"(?<![\w-]){_UNIT}(?<=\d[A-Za-z]?),?[ \t]+$")
# or on a line of its own above it ("Flat 3\n12 Coleridge Road"), as a postcode and region
# line above a Russian town ("620014, Свердловская обл.\nг. Екатеринбург, ...")
_UNIT_LINE = regex.compile(rf"(?m)^[ \t]*(?:>[ \t]*)*(?:{_UNIT}(?<=\d[A-Za-z]?)|\d{{6}},[ \t]*[^\n\d]{{2,60}}?)"
                           rf",?[ \t]*\r?\n[ \t]*(?:>[ \t]*)*\Z")
# a UK building's name before its street ("Payne House, 25 Young Walks")
_LEAD_BUILDING = regex.compile(
    rf"(?<![\w-]){_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:{_alternation(_BUILDINGS)})\.?,[ \t]*\Z")
# what may follow an anchor; "strong" parts end a block that runs over several lines
_STRONG = regex.compile(  # 5 digits (DE, FR, IT, ES), 4 (AT, CH, BE, DK), 4-3 (PT)
    rf"(?:(?:[A-Z]{{1,2}}-)?(?:\d{{5}}|\d{{4}}(?:-\d{{3}})?)[ \t]+{_TOWN}(?:[ \t]+(?:CEDEX|Cedex)(?:[ \t]\d{{1,2}})?)?"
    rf"|(?:(?:индекс|Индекс)[ \t]*)?\d{{6}}(?:[ \t]+{_TOWN})?|(?:{_TOWN},?[ \t]+)?(?:{_ZIP}|(?:{_UK_POSTCODE}|{_EIRCODE})"
    rf"(?:[ \t]+{_TOWN})?)"
    rf"|{_TOWN}{_QUALIFIER}?,?[ \t]+{_POSTCODE}|{_MILITARY})"
    rf"(?![\w'’-])")  # prose may go on
# a town, its region and its postcode ("Ribe sj 6760"); after the town, the region and the
# postcode (", nsw 2533")
_TOWN_REGION_POSTCODE = regex.compile(
    rf"{_TOWN}{_QUALIFIER}?,?[ \t]+{_REGION},?[ \t]+{_POSTCODE}(?![\w'’-])")
_REGION_POSTCODE = regex.compile(rf"{_REGION},?[ \t]+{_POSTCODE}(?![\w'’-])")
# a short line between a town and a postcode: a region however written, taken with what
# follows it only when that is a postcode (which may have prose after it) or a country
_REGION_LINE = regex.compile(r"[^\W_][^\n,;:!?]{0,29}?(?=[ \t]*\r?\n)")
# a postcode on a line of its own: "101", "31-042", "114 55", Canada's "K1A 0B1"
_LINE_POSTCODE = r"(?:(?:\d{3,6}|\d{2}(?=-\d{3}))(?:[ -]\d{2,4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
_LOOSE_POSTCODE = regex.compile(rf"(?!(?:19|20)\d\d\b){_LINE_POSTCODE}(?![\w-])")  # not a year
_WEAK = regex.compile(
    rf"(?:{_UNIT}|(?:(?:{_alternation(_RU_PLACES)})[ \t]*)?{_TOWN}(?:[ \t]*\([^()\n]{{1,20}}\))?"
    rf"|{_TOWN}[ \t](?:обл\.|область|край|р-н|район)){_END}")
# a unit after the street on its line, with a space ("Apt. 5"); a postcode alone on its line
_UNIT_AFTER = regex.compile(rf"{_UNIT}(?<=\d[A-Za-z]?)(?![\w-])")
_UNIT_LAST = regex.compile(rf"{_UNIT}(?<=\d[A-Za-z]?)$")  # an anchor that ends in its unit
_LONE_POSTCODE = regex.compile(rf"{_LINE_POSTCODE}(?=\.?[ \t]*(?:\r?\n|$))")
_DIGIT = regex.compile(r"\d")
_CAPITAL = regex.compile(r"\p{Lu}")
_WORD_START = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Ll}")
# what makes a street with its type read from lowercase text an address: a unit with its
# number and the town after it, or a postcode ending it after a comma or a line break
_LOWERCASE_EVIDENCE = regex.compile(
    rf"{_UNIT}(?<=\d[A-Za-z]?),?[ \t]+\p{{L}}|[,\n][^\n]*?(?<![\w-]){_POSTCODE}$")


@lru_cache(maxsize=8)
def _country(countries: frozenset[str]) -> regex.Pattern[str]:
    """A country that ends a block, with the town before it on its line and the postcode
    after it; prose may go on after it ("..., Norway next week")."""
    names = f"(?i:{_alternation(countries)})|" if countries else ""
    return regex.compile(rf"(?:{_TOWN}[ \t]+)?(?:{names}{_alternation(_COUNTRY_WORDS)})"
                         rf"{_QUALIFIER}?(?:,?[ \t]+{_POSTCODE})?(?![\w'’-])")


def _extend(text: str, end: int, countries: frozenset[str]) -> int:
    """Where the block that ends its anchor at ``end`` ends, with the parts after it. A
    unit right after the street joins it on the next line too; a block that runs through
    a unit to the end of its paragraph takes the town lines below it; between the lines
    after the street and the postcode, a region joins with the postcode that follows it."""
    committed, crossed, ended = end, False, False
    unit = _UNIT_LAST.search(text, max(0, end - 16), end) is not None
    country = _country(countries)
    for i in range(_MAX_PARTS):
        sep = _SEP.match(text, end)
        if sep is None:
            break
        space = not sep.group().strip(" \t")
        crossed = crossed or "\n" in sep.group()
        start = sep.end()
        part = _STRONG.match(text, start) or _with_region(_TOWN_REGION_POSTCODE, text, start) or (
            country.match(text, start) if unit or not space else None) or (
            _with_region(_REGION_POSTCODE, text, start) if i and not space and not ended else None)
        if part is not None:  # a postcode or a country: the block's end
            committed, end, unit, ended = part.end(), part.end(), False, True
            continue
        if space:  # a unit, or after a unit a town
            part = _UNIT_AFTER.match(text, start) or (_WEAK.match(text, start) if unit else None)
            if part is None:
                break
            end = part.end()
            if not crossed:
                committed = end
            unit = unit or _UNIT_AFTER.match(text, start) is not None
            continue
        if "\n" in sep.group() and (part := _LONE_POSTCODE.match(text, start)) is not None:
            committed, end, unit, ended = part.end(), part.end(), False, True
            continue
        if i and not ended and (region := _region_line(text, start, country)):
            committed, end, unit, ended = region, region, False, True
            continue
        part = _WEAK.match(text, start)
        if part is None:
            break
        end = part.end()
        if not crossed or i == 0 and _UNIT_AFTER.fullmatch(text, start, end):
            committed = end
        unit = unit or _UNIT_AFTER.fullmatch(text, start, end) is not None
    if unit and end > committed and not text[end:].strip():
        return end
    return committed


def _with_region(pattern: regex.Pattern[str], text: str, start: int) -> regex.Match[str] | None:
    """``pattern`` at ``start`` when the region it holds is no word of a sentence."""
    m = pattern.match(text, start)
    if m is None or any(zipf(w, "en") >= _NAME_ZIPF for w in m.group("region").split()):
        return None
    return m


def _is_place(town: str) -> bool:
    """Whether a town's capitalised words are no words of a sentence and no acronym."""
    words = [w for w in town.replace("-", " ").split() if w[:1].isupper()]
    return all(zipf(w.casefold(), "en") < _NAME_ZIPF and not (w.isupper() and len(w) <= 4)
               for w in words)


def _region_line(text: str, start: int, country: regex.Pattern[str]) -> int:
    """The end of the postcode or country after a region's line at ``start`` (0 if none
    follows it)."""
    region = _REGION_LINE.match(text, start)
    if region is None:
        return 0
    sep = _SEP.match(text, region.end())
    if sep is None or "\n" not in sep.group():
        return 0
    after = sep.end()
    part = _STRONG.match(text, after) or country.match(text, after) or \
        _LOOSE_POSTCODE.match(text, after)
    return part.end() if part is not None else 0


def address_spans(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The address blocks of ``text`` as (start, end), merged where they overlap;
    ``countries`` (casefolded) are the names a country line may have. A text with no
    capital is read capitalised too: a street with its type found so counts when a unit
    and a town or a postcode after a separator say it is one ("2 oak road suite 4, leeds");
    capitalised, "5 miles down the road" is a street as well."""
    if not _DIGIT.search(text):
        return []
    blocks = _blocks(text, countries)
    if not _CAPITAL.search(text):
        capitalised = _WORD_START.sub(_capital, text)
        for start, anchor_end in _anchors(capitalised, _TYPED_ANCHORS):
            end = _extend(capitalised, anchor_end, countries)
            if _LOWERCASE_EVIDENCE.search(capitalised, start, end):
                blocks.append((start, end))
    spans: list[tuple[int, int]] = []
    for start, end in sorted(blocks):
        for lead in (_LEAD_UNIT, _LEAD_NUMBER, _LEAD_UNIT):
            before = lead.search(text[max(0, start - 20):start])
            if before is not None:
                start -= len(before.group())
        building = _LEAD_BUILDING.search(text, max(0, start - 60), start)
        if building is not None:
            start = building.start()
        unit_line = _UNIT_LINE.search(text, max(0, start - 80), start)
        if unit_line is not None:
            start = unit_line.start()
        while start < end and (text[start].isspace() or text[start] == ">"):
            start += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _blocks(text: str, countries: frozenset[str]) -> list[tuple[int, int]]:
    """Each anchor with the parts after it, as (start, end), overlapping as they come."""
    blocks = [(start, _extend(text, end, countries)) for start, end in _anchors(text, _ANCHORS)]
    blocks += [(m.start(), _extend(text, m.end(), countries))
               for m in _NAMED_NUMBERED.finditer(text, overlapped=True)
               if all(zipf(w.casefold(), "en") < _NAME_ZIPF for w in m.group("name").split())]
    for m in _WEAK_ANCHOR.finditer(text, overlapped=True):
        end = _extend(text, m.end(), countries)
        if end > m.end():
            blocks.append((m.start(), end))
    blocks += [(m.start(), m.end()) for m in _CORNER.finditer(text)]
    blocks += [(m.start(), m.end()) for m in _IN_TOWN.finditer(text) if _is_place(m.group("town"))]
    blocks += [(m.start(), m.end()) for m in _COUNTRY_LINE.finditer(text)
               if m.group(1).casefold() in countries]
    return blocks


def _anchors(text: str, parts: tuple[regex.Pattern[str], ...]) -> list[tuple[int, int]]:
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
