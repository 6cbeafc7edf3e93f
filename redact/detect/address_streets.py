"""The streets of Latin-script address systems, as patterns: the shapes of an address's
parts (a capitalised word, a town, a house number, a unit, the postcodes of each country)
and the anchors a block starts from, a street with its house number in the order of its
language, a street line above a postcode, or a town with its postcode."""

from __future__ import annotations


from redact.detect import codecache
from redact.detect.address_words import (
    AFTER_TYPES, ALLEY_TYPES, AU_STATES, CORNER_WORDS, DE_SUFFIXES, DE_WORDS, DIRECTIONS, EN_TYPES, FIRST_TYPES, HOUSE_MARKS, NORDIC_WORDS,
    HU_TYPES, INITIAL_TYPES, MORE_FIRST_TYPES, NAME_TITLES, STREET_TITLES, POST_BOXES, ROMANCE_TYPES, SHORT_BOXES, TR_TYPES, US_STATES, WELSH_TYPES,
    alternation, spaced)

# a capitalised word: O'Rafferty, Groß-Gerau, St.Ives, or an abbreviation (St., Mt., Co.)
CAP = r"(?:(?:St|Ste|Mt|Ft|Pt|Co)\.|\p{Lu}[\p{L}'’]*(?:[.-]\p{L}[\p{L}'’]*)*)"
NAME = rf"(?!(?:Flat|Apt|Apartment|Unit|Suite|Studio|Room|Floor)\b){CAP}"  # a street's word
# the small words inside a town's name ("Ostrov nad Ohří", "Vila Nova de Gaia", "Ришон
# ле-Цион", "Dar es Salaam", "Sharm el Sheikh"), Malta's articles joined to the next word ("San
# Pawl il-Baħar")
PARTICLE = (r"(?:upon|on|under|in|le|la|les|de|du|des|sur|en|am|an|der|im|bei|ob|of|the"
            r"|nad|pod|na|u|v|ve|da|do|di|del|e|y|es|el|al|ле"
            r"|(?:il|ir|is|it|iż|id|ix|iċ|tal|tas|tat|taż|tad|tar)(?=-))")
TOWN = rf"{CAP}(?:[ -](?:{PARTICLE}[ -])*{CAP}){{0,3}}"
# the small words inside street names taken from family names ("40 van Ness Court")
NAME_PARTICLE = r"(?:van|von|de|der|den|du|da|di|del|della|delle|la|le|ter|ten)"
# the mark before a house number ("No. 84", "nº 12", "Nr. 5", "No: 12", "Plot 859", "#4")
HOUSE_MARK = rf"(?:[#№]|(?<![\w-])(?:{alternation(HOUSE_MARKS)})\.?:?)[ \t]*(?=\d)"
SURE_MARK = r"(?:[#№]|(?<![\w-])(?:No|Nr|nr|n|N)[.:º°]|(?<![\w-])[Nn]\.?[º°]\.?)[ \t]*(?=\d)"  # "nº 27", "No. 5"
# an ordinal names a street too ("17 E 32nd St", "350 5th Ave")
STREET_WORDS = rf"(?:{NAME_PARTICLE}[ \t]+)?(?:(?:{CAP}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}}"
# a Dutch floor after the number ("123-II", "12-hs")
NUMBER = r"\d{1,5}[A-Za-z]?(?:[ ]?[-/][ ]?\d{1,4}[A-Za-z]?)?(?:-(?:I{1,3}|IV|hg|hs|bg)(?![\w-]))?"
# what the Netherlands and Belgium write after a house's number for its floor or its door (the
# additions of NEN 5825: "22 hs", "167 2 hoog", "12-3hg", "5 bis", "40 I", Utrecht's wharf cellars
# "300 zwart", "18 rood"; "boven", "beneden", "achter")
ADDITION = (r"(?:(?:[ \t]+|-)(?:hs|huis|bg|bis|ter|boven|beneden|achter|zwart|rood|II|III|IV"
            r"|\d{1,2}(?:e|de|ste)?[ \t-]?(?:hoog|hg|verd\.?|etage))|-I)(?![\w-])")
# a flat, unit or level with its number, which may be "No. 208", Glasgow's floor and door
# ("2/3", "G/1") or, alone, Edinburgh's ("3F2"); the US Postal Service's capitals too
UNIT = (r"(?:(?:(?:Flat|Fflat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Studio|Room|Floor|Fl\.|Level|Lvl\.?"
        r"|Shop|Lot|Building|Bldg\.?|Haus|Wohnung|Whg\.|Stiege|FLAT|APT|UNIT|STE|SUITE|FL|RM|BLDG|LOT|TRLR|SPC|LEVEL|LVL|SHOP)"
        r"(?:[ \t]*No\.?)?(?![a-z])"  # not "Stellenbosch", "Roomba"
        r"|#|кв\.|квартира|оф\.|офис|пом\.|корп\.|корпус|стр\.|строение|к\.)[ \t]*[\w-]{1,6}"
        r"(?:/[\w-]{1,4})?|(?<![\w-])(?:\d{1,2}|[PGB])[Ff]\d{1,2}(?![\w-]))")
# a floor, door or flat as Spain, Portugal, Italy, Poland, Belgium, France, Brazil,
# Turkey and Indonesia write it after the street ("3º B", "2.º Frente", "8.º Dto.", "r/c
# Esq.", "2º izq.", "bajo D", "int. 5", "scala B", "m. 12", "bus 4", "app. 4", "3e étage",
# "K:6 D:12", "RT 03/RW 05", Romania's "bl. A2, sc. 1, ap. 5", "apto 42 - Consolação", the
# Baltics' flat: "dz. 18", "but. 4", "korter 7"; the Nordic ones below): a
# part after the street, never a lead
_SIDE = (r"izq(?:da|uierda)?\.?|dcha?\.?|derecha|centro|ctro\.?|Frente|Fte\.|Dto\.?|Dt\.?º|Dir\.?|Direito"
         r"|Esq\.?|Esquerdo|Esquerda|Trás|Tras|andar|piso|planta|[A-Z](?![\w])")
# (Spain's floor and door in one: "4º-2ª", "9º-4ª")
FLOOR = (rf"(?:\d{{1,2}}\.?[º°ª](?:[ \t]?-[ \t]?\d{{1,2}}\.?[º°ªa](?![\w])|[ \t]?(?:{_SIDE})|(?![\w]))|(?i:r/c|rés-do-chão|cave)(?:[ \t]+(?:{_SIDE}))?"
         r"|\d{1,2}(?:er|re|e|ème|eme)[ \t]+(?:étage|etage)"
         # the floor or the part of a house in English, where houses have no flats' numbers ("#31
         # Ring Road, upstairs, Belmopan", "2nd floor", "back house")
         r"|(?i:upstairs|downstairs|ground[ \t]+floor|top[ \t]+floor|basement|\d{1,2}(?:st|nd|rd|th)[ \t]+floor"
         r"|(?:back|rear)[ \t]+(?:house|flat|building|unit))(?![\w])"
         r"|\d{1,2}(?:r|n|t|è)[ \t]+\d{1,2}a(?![\w])"  # Catalan: "2n 1a"
         r"|(?i:bajo|entlo\.?|entresuelo|ático|atico|principal|pral\.)(?:[ \t]+[A-Z](?![\w]))?"
         # Denmark's floor and side ("2. th.", "st. tv.", "1. mf.", "4. sal"), Sweden's flat and
         # stair ("lgh 1102", "3 tr"), Norway's flat ("H0301")
         r"|(?:\d{1,2}\.?|st\.|kl\.)[ \t]?(?:th|tv|mf)\.?(?![\w])|\d{1,2}\.[ \t]?sal(?![\w])|(?:lgh|Lgh|lägenhet)\.?[ \t]*\d{4}(?![\w])"
         r"|\d{1,2}[ \t]?tr\.?(?![\w])|H0?\d{3,4}(?![\w])"
         # Norway's, Finland's and Sweden's floor by its number ("3. etg.", "4. krs", "2 vån.")
         r"|\d{1,2}\.?[ \t]?(?:etg\.?|etasje|krs\.?|kerros|vån\.?|våning)(?![\w])"
         # the Balkans' floor by its ordinal ("1. kat", "3. sprat")
         r"|\d{1,2}\.[ \t]?(?:kat|sprat)(?![\w])"
         # Hungary's floor, in figures or Roman ones, and door after the house ("2. em. 5.", "IV. em. 9. ajtó",
         # "fszt. 25.", "mfszt. 2.")
         r"|(?:(?:\d{1,2}|[IVX]{1,4})\.[ \t]?(?:em\.|emelet)|m?fszt?\.|földszint|félemelet)"
         r"(?:[ \t]*\d{1,3}\.?(?:[ \t]ajtó)?)?(?![\w])"
         # Greece's and Cyprus's floor and flat ("3ος όροφος", "ισόγειο", "Διαμ. 12"); the Czech and Slovak flat ("byt 12")
         r"|\d{1,2}(?:ος|ο|ης|η)?[ \t]+(?:όροφος|όροφο|ορόφου|όρ\.)(?![\w])|(?i:ισόγειο)(?![\w])"
         r"|(?:Διαμ\.|Διαμέρισμα|διαμ\.|διαμέρισμα|byt|Byt)[ \t]*\d{1,4}[A-Za-zΑ-Ωα-ω]?(?![\w])"
         r"|(?:RT|RW)\.?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*(?:RW\.?[ \t]*)?\d{1,3})?(?![\w])"
         r"|(?:int\.|interno|scala|sc\.|piano|bus|boîte|bte\.?|m\.|lok\.|app\.|appt\.?|apto\.?|apt\.|dpto\.?"
         r"|depto\.?|departamento|Departamento|piso|puerta|pta\.|Int\.|Scala|Piano|App\.|Appt\.?|Apto\.?|Dpto\.?|Piso|Puerta"
         r"|Kat:?|K:|Daire:?|D:|Blok|Lantai|Lt\.|bl\.|Bl\.|ap\.|Ap\.|et\.|Et\.|Depto\.?|Dep\.|Of\.|Oficina"
         r"|Local|Casa|casa|Torre|dz\.|but\.|korter|as\.|asunto|пәтер|батир"
         # Spain's estate phase, block, stair and portal, Portugal's block ("Urb. Los Altos, fase 4,
         # bloque 3, puerta 4"); Iran's plate and unit ("pelak 76, vahed 19"); a bungalow or villa
         # of an estate as Russian writes it ("бунгало 18")
         r"|fase|bloque|blq\.|bloq\.|escalera|portal|planta|bloco|pelak|plak|vahed|tabaghe|tabaqe"
         r"|бунгало|вилла|коттедж|таунхаус"
         # the flat, entrance and floor in the writer's language after a street of another
         # ("Celovška cesta 148b, stanovanje 8", "Viale Monza 118, интерно 11", "квартира 20"):
         # Slovene, Croatian and Serbian, Hungarian, the Baltics', Polish, Czech, Turkish, French,
         # Bulgarian, Russian and Ukrainian, an Italian "interno" written in Cyrillic
         r"|stanovanje|stan\.?|lakás|butas|dzīvoklis|mieszkanie|mieszk\.|byt\.|apartman|ulaz|sprat|kat|daire:?"
         r"|appartement|appart\.|bâtiment|bât\.|escalier|esc\."
         # Austria's staircase, door and flat, in German and as Russian writes them ("Stiege 1, Tür 5",
         # "штиге 1, тюр 5", "Top 12")
         r"|Tür|Top|Stg\.|штиге|тюр|топ"
         r"|квартира|кв\.|интерно|инт\.|апартамент|ап\.|вход|вх\.|подъезд|под\.|этаж|эт\.|етаж|ет\.|офис|оф\.|помещение|пом\."
         r"|підʼїзд|під'їзд|поверх)[ \t]*"
         # (a flat's floor and side, as Portugal writes them: "квартира 2º Dto")
         rf"(?:\d{{1,2}}\.?[º°ª][ \t]?(?:{_SIDE})"
         r"|[A-Z]?\d{1,4}[A-Za-z]?|[A-Z])(?![\w])(?:[ \t]+[-–][ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})?)")
EDINBURGH_FLAT = r"(?:[ \t]*\((?:\d{1,2}|[PGB])[Ff]\d{1,2}\))"  # "21 (2F1) Warrender Park Road"
UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
MILITARY = r"(?i:[afd]po[ \t]+a[aep][ \t]+\d{5})"  # "APO AE 09123": base, region, ZIP
# Ghana Post GPS's digital address, a house's own: its district's letters and its square's
# numbers ("GA-183-8164")
GH_GPS = r"[A-Z]{2}-\d{3,4}-\d{4}(?![\w-])"
EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"
ZIP = rf"(?:{alternation(US_STATES)})[ \t]+\d{{5}}(?:-\d{{4}})?"
# Australia's state and postcode ("NSW 2965", "SA, 2637"); India's PIN after a dash or a
# space ("Raiganj - 908766", "Patna-800001"); Canada's province and postcode
AU_POSTCODE = rf"(?:{alternation(AU_STATES)}),?[ \t]+\d{{4}}(?![\w-])"
PIN = r"(?:[ \t]*[-–][ \t]*|,?[ \t]+)\d{6}(?![\w-])"
CA_POSTCODE = r"[A-Z]{2},?[ \t]+[A-Z]\d[A-Z][ ]?\d[A-Z]\d(?![\w-])"
# a postcode after its town: 4 to 6 digits, or grouped as Sweden and Greece (114 55), Poland
# (31-042), Portugal (4700-320) and Japan (100-0001) write them; Canada's (K1A 0B1)
POSTCODE = r"(?:\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{3,4}-\d{3,4}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
# a region between a town and its postcode written in lowercase ("nsw", "bavaria", or a
# placeholder: "nan"); capitalised ones ("NSW 2000", "Bavaria 80331") read as a town's words
REGION = r"(?P<region>\p{Ll}[\p{Ll}'’.-]*(?:[ \t]\p{Ll}[\p{Ll}'’.-]*)?)"
# the words of a region or a street taken by shape alone are rarer than the words of a
# sentence around them ("Leeds, order 48213", "Leeds at 1530", "2 pizzas for 12 St.")
NAME_ZIPF = 4.0  # "nan" 3.5, "bavaria" 3.2, "lindevej" 0; "gate" 4.5, "order" 5.3
QUALIFIER = r"(?:[ \t]\([^()\n]{1,20}\))"  # "Frankfurt (Oder)", "Kempten (Allgäu)"
# a part ends at a separator; an abbreviation's dot before a comma ("Xinyi Dist.,", "P.O.,"); a
# JSON string's quote; a closing tag ("...G/town</v>")
END = r"(?=[ \t]*(?:[,|·•\r\n\"]|</|$|[.;!?)](?:\s|$|\")|\.,)|[ \t]+[-–—][ \t])"
# the street crossing at the house's corner, its type's abbreviation before it ("esq. Rivera", "угол
# Gorlero", "esq. Bvar. Artigas")
CORNER = rf"(?:{alternation(CORNER_WORDS)})[ \t]+(?:\p{{Lu}}\p{{Ll}}{{0,4}}\.[ \t]+)?{TOWN}{END}"
PART_SEP = r"[ \t]*(?:,[ \t]*|,?[ \t]*\r?\n[ \t]*)"  # a comma or a line break
# a comma or a line break between parts; a space only before a postcode
NL = r"\r?\n[ \t]*(?:>[ \t]*)*"  # a line break; ">" quotes the lines of a reply
# a form's label before a line of the address ("Address line 2:", "City:", "PIN:", "Город:")
LABEL = (r"(?:(?i:address(?:[ \t]+line)?(?:[ \t]*\d)?|street|city|town(?:/city)?|suburb|locality|district"
         r"|state|county|province|region|pin(?:[ \t]?code)?|post[ \t]?code|postal[ \t]code"
         r"|zip(?:[ \t]?code)?|country)|Город|Населённый[ \t]пункт|Населенный[ \t]пункт|Улица|Дом"
         r"|Квартира|Индекс|Регион|Область|Район)[ \t]*:[ \t]*")
# a dash between parts as Italy, Spain and France write one ("Via Roma, 12 - 00184 Roma"),
# a bar or a middle dot as forms and signatures do ("12 Oak Road | Leeds"); a semicolon
# ends a clause of prose as often
SEP = codecache.compile(rf"[ \t]*(?:\.?,[ \t]*(?:{NL})?|(?:{NL}){{1,2}}(?:{LABEL})?(?:,[ \t]*)?)|[ \t]+[-–—][ \t]+"
                    rf"|[ \t]*[|·•][ \t]*|[ \t]+")

# The streets of each system are alternatives apart, first first: the regex module runs a
# pattern's alternatives apart faster than their "|" (addresses.py's _anchors finds what
# "|" finds with overlapped=True).
EN_STREET = (
    rf"(?<![\w$£€.,:/+#-])(?:#[ \t]?)?(?:{NUMBER}){EDINBURGH_FLAT}?,?[ \t]+{STREET_WORDS}"  # "#19 Pine Gap" too
    rf"(?:{alternation(EN_TYPES)})\b\.?(?:[ \t]+(?:{alternation(DIRECTIONS)})\b)?(?:,?[ \t]*{UNIT})?",
    rf"{UNIT}(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:{CAP}[ \t]+){{1,3}}(?:{alternation(EN_TYPES)})\b\.?",
    # the number after the street, as in much of Europe ("High Street 41"), Turkey's streets
    # named by their number too ("123. Sk. No:5", "1456 Sk. No:3")
    rf"(?<![\w-])(?:(?:{CAP}[ \t]+){{1,3}}(?:{alternation(AFTER_TYPES)})|\d{{1,5}}\.?[ \t]+(?:{alternation(TR_TYPES)}))(?:(?<=\.)|\b\.?)(?:,?[ \t]+{HOUSE_MARK}|[ \t]+)"
    rf"\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?){{0,2}}(?!\w)",
    # US military and post-box addresses, in capitals or lowercase: the box is the house
    # number
    rf"(?<![\w-])(?:(?:PSC|CMR|Unit|UNIT|psc|cmr|unit)[ \t]+\d{{1,5}},?[ \t]+(?:Box|BOX|box)"
    rf"[ \t]+\d{{1,5}}|(?:USNS|USNV|USS|USCGC|usns|usnv|uss|uscgc)[ \t]+\p{{L}}[\p{{L}}'’-]*"
    rf"(?=[ \t]*,?[ \t]*\r?\n?[ \t]*{MILITARY})"
    # Kenya's "12345-00100", the Bahamas' "N-7521", Ghana's box at its office's letters ("P. O. Box KS 5198")
    rf"|(?:G\.[ \t]?)?P\.?[ \t]?O\.?[ \t]?(?:Box|BOX)[ \t]+(?:[A-Z]{{1,3}}[ \t-])?\d{{1,6}}(?:-\d{{5}}(?![\w-]))?"
    # American rural routes and highway contracts with their box ("RR 2 Box 152")
    rf"|(?<![\w-])(?i:r\.?r\.?|rural[ \t]+route|rfd|r\.f\.d\.|hc|highway[ \t]+contract|star[ \t]+route)"
    rf"[ \t]*\d{{1,4}},?[ \t]+(?i:box)[ \t]+\d{{1,5}}[A-Za-z]?|(?<![\w-])Rural[ \t]+Route[ \t]+\d{{1,3}}(?!\w))")
# the small words between the words of a Dutch or German street's name ("Witte de Withstraat",
# "Jan van Galenstraat", "Graf von Galen Straße")
_DE_PARTICLE = r"(?:de|van|der|den|het|ten|ter|op|aan|von|vom|zu|zum|zur|am|an)"
DE_STREET = (  # a name's initials before it too ("J. Verhaegenstraat 4")
    rf"(?:(?:{CAP}|\p{{Lu}}\.)[ \t]+(?:{_DE_PARTICLE}[ \t]+)?){{0,2}}(?:\p{{Lu}}[\p{{L}}-]*(?:{alternation(DE_SUFFIXES)})"
    rf"|(?:\p{{Lu}}[\p{{L}}]*-)*(?:{alternation(DE_WORDS)}))[ \t]+\d{{1,4}}(?:[a-z]|[A-Z](?![\w'’-]))?(?:[ \t]?[-/][ \t]?\d{{1,4}}[a-z]?){{0,2}}"
    rf"(?:{ADDITION}|[ \t][A-HJ-Z](?:[ \t]\d{{1,3}})?(?![\w.'’-]))?")  # "Keizersgracht 123-II", "Esméesteeg
# 233 A", Finland's stair and flat ("Kauppakatu 83 A 13")
# a Nordic street whose type is a word of its own after the name ("Kong Oscars gate 80", "Bygdøy
# allé 5", "Drottning Kristinas väg 14", "Store Torv 3"), a stair's letter after the house
NORDIC_STREET = (
    rf"(?<![\w-])(?:{CAP}\.?[ \t]+){{1,3}}(?:{alternation(NORDIC_WORDS)})[ \t]+\d{{1,4}}[A-Za-z]?"
    rf"(?:[ \t]?[-/][ \t]?\d{{1,4}}[a-z]?)?(?:[ \t][A-HJ-Z](?:[ \t]\d{{1,3}})?(?![\w.'’-]))?(?![\w-])")
ROMANCE_STREET = (
    rf"(?<![\w$£€.,:/+-])\d{{1,4}}(?:[ \t]?(?:bis|ter|[A-Z]))?,?[ \t]+(?i:{alternation(ROMANCE_TYPES)})"
    rf"[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|d'|du|des|de|la|le|les|da|do|dos|das|del|di)[ \t]*)?"
    rf"{NAME}(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{NAME}){{0,3}}"
    rf"(?:[ \t]+(?!\d{{5}}[ \t]+\p{{Lu}})\d{{1,5}}[A-Za-z]?(?![\w-]))?",  # not the postcode of its town
    rf"(?<![\w-])(?:{alternation(FIRST_TYPES)})[ \t]+"
    rf"(?:(?:da|das|do|dos|de|del|la|le|di|della|delle|dei|degli)[ \t]+){{0,2}}"
    rf"{CAP}(?:[ \t]+(?:(?:e|de|da|do|dos|das|del|di|della|delle|dei|degli)[ \t]+)?{CAP}){{0,3}}"
    rf",?[ \t]+(?:{SURE_MARK})?\d{{1,4}}(?:[a-z]|[A-Z](?![\w]))?(?:/(?:\d{{1,4}}[a-z]?|[A-Za-z](?![\w]))){{0,2}}(?!\d)")  # "Rua Vinte e Cinco de Setembro 12", "C/ Mayor, 12", "ul. Legnicka 158B", "Via Tuscolana 135/A"
# Wales's street, its type before its name and the article after the type ("5 Ffordd
# Penrhos", "115 Stryd y Ffynnon", "2 Rhodfa'r Môr", "9 Heol-y-Nant")
WELSH_STREET = (
    rf"(?<![\w$£€.,:/+-])\d{{1,4}}[A-Za-z]?,?[ \t]+(?:{alternation(WELSH_TYPES)})(?:['’]r[ \t]+|-(?:y|yr)-|[ \t]+(?:(?:y|yr)[ \t]+)?)"
    rf"{CAP}(?:[ \t]+(?:(?:y|yr|a|ar)[ \t]+)?{CAP}){{0,2}}(?![\w'’-])")
# Nepal's local level and its ward, the village before it ("Sirubari, Phedikhola Rural
# Municipality-2", "Ward No. 4, Lalitpur Metropolitan City")
NP_WARD = (
    rf"(?<![\w-])(?:{CAP}(?:[ \t]+{CAP})?,[ \t]*)?(?:{CAP}[ \t]+){{1,3}}(?:Rural[ \t]+Municipality|Municipality|Sub-Metropolitan[ \t]+City"
    rf"|Metropolitan[ \t]+City|Gaunpalika|Nagarpalika|VDC|V\.D\.C\.)(?:[ \t]*[-–][ \t]*|,?[ \t]+Ward[ \t]+(?:No\.?[ \t]*)?)\d{{1,2}}(?![\w-])")
# Colombia's street by its number and the crossing street's with the house's ("Carrera 7 #
# 71-21", "Cl. 26 No. 68-35", "Av. Calle 26 # 59-51 Sur")
CO_STREET = (
    r"(?<![\w-])(?:Av\.?[ \t]+|Avenida[ \t]+)?(?:Calle|Carrera|Cra\.?|Kra\.?|Cr\.|Kr\.|Cl\.|Cll\.|Transversal|Tv\.|Diagonal"
    r"|Dg\.|Avenida|Av\.|Ak\.?|Ac\.?)[ \t]*\d{1,3}[ \t]?[A-Z]?(?:[ \t]+(?:Bis|bis|Sur|Este))?[ \t]*"
    r"(?:#|No\.?|N[º°]\.?)[ \t]*\d{1,3}[ \t]?[A-Z]?[ \t]*-[ \t]*\d{1,3}(?![\w-])(?:[ \t]+(?:Sur|Este)(?![\w-]))?")
# the types of MORE_FIRST_TYPES and INITIAL_TYPES before their name and house number
# ("Borgo Scarfoglio 57", "Jl. Merdeka No. 10", "R. de Cardoso, 17", "Carrer d'Aragó, 5"),
# with the name as a group: addresses.py weighs them
_FIRST_NAME = (
    rf"(?:(?:{alternation(NAME_TITLES)})[ \t]+)?"
    rf"(?:(?:{NAME_PARTICLE}|do|dos|das|des|dei|degli|delle|dello|dels|au|aux|e|y|wa)[ \t]+|[dl]['’]){{0,2}}"
    rf"{CAP}(?:[ \t]+(?:(?:{NAME_PARTICLE}|do|dos|das|des|dei|degli|delle|dello|dels|au|aux|e|y|wa)[ \t]+|[dl]['’])?{CAP}){{0,3}}")
# a house by its block and number, as Indonesia's and the Philippines' estates number them ("Blok
# H8 No. 21", "Blk 5 Lot 12", "Blok C-3/12")
_BLOCK_HOUSE = (rf"(?:Blok|Block|Blk\.?)[ \t]*[A-Z]{{0,2}}-?\d{{1,3}}[A-Za-z]?(?![\w-])"
                rf"(?:[ \t]*[,/]?[ \t]*(?:{HOUSE_MARK}|Lot[ \t]*)\d{{1,4}}[A-Za-z]?(?![\w-]))?")
OTHER_FIRST_STREET = (
    rf"(?<![\w-])(?:(?P<initial>{alternation(INITIAL_TYPES)})|{alternation(MORE_FIRST_TYPES)}|{alternation(STREET_TITLES)})[ \t]+"
    rf"(?P<name>{_FIRST_NAME}(?:[ \t]+(?:{alternation(ALLEY_TYPES)})[ \t]+{CAP}(?:[ \t]+{CAP}){{0,2}})?)"
    rf",?[ \t]+(?:(?:{HOUSE_MARK})?\d{{1,4}}[A-Za-z]?(?:[-/]\d{{1,4}}[A-Za-z]?)?(?![\w-])|{_BLOCK_HOUSE})")
HU_STREET = (rf"(?<![\w-]){CAP}[ \t]+(?:\p{{L}}+[ \t]+){{0,2}}(?:{alternation(HU_TYPES)})[ \t]+\d{{1,4}}\.?"
             # the Baltics' house and flat ("iela 100-5", "tee 87c-37"), Latvia's korpuss ("dambis 110 k-4")
             rf"(?:[ \t]+k-\d{{1,2}}(?![\w-])|[ \t]?[A-Za-z](?![\w])(?!\.[ \t]?em(?:\.|elet))(?:-\d{{1,4}}(?![\w-]))?"
             # (Czechia's and Slovakia's two numbers, the register's and the street's: "Panenská cesta 1180/21")
             rf"|[-/]\d{{1,4}}(?![\w-]))?")  # (not Hungary's floor in Roman figures: "105. I. em. 3.")
# Korea's road names with the building number before or after them ("12, Teheran-ro 34-gil",
# "Sejong-daero 110", "Gangnam-daero 94-gil 21")
_KR_ROAD = r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)?-(?:daero|ro|gil)(?:[ \t]+\d{1,3}(?:beon)?-?gil)?"
KR_STREET = (rf"(?<![\w$£€.,:/+-])\d{{1,5}}(?:-\d{{1,3}})?,?[ \t]+{_KR_ROAD}(?![\w-])"
             rf"|(?<![\w-]){_KR_ROAD}[ \t]+\d{{1,5}}(?:-\d{{1,3}})?(?![\w-])")
# A street without a known type word above a postcode line or before a comma and a
# postcode: words and a house number in either order, or a French type and a name.
_TAIL = (  # up to two parts (a district, a town, a floor) before the town with its postcode
    rf"(?=(?:{PART_SEP}(?:{TOWN}|{FLOOR})(?=[ \t]*[,\r\n])){{0,2}}{PART_SEP}(?:(?:[A-Z]{{1,2}}-)?\d{{5}}[ \t]+\p{{Lu}}"
    rf"|(?!(?:19|20)\d\d)\d{{4}}[ ]?[A-Z]{{2}}[ \t]+\p{{Lu}}|\d{{2}}-\d{{3}}[ \t]+\p{{Lu}}|\d{{3}}[ ]\d{{2}}[ \t]+\p{{Lu}}"
    rf"|{TOWN},?[ \t]+(?:{UK_POSTCODE}|{EIRCODE}|{ZIP}|{AU_POSTCODE}|{CA_POSTCODE})\b|{TOWN}{PIN}"
    rf"|{MILITARY}))")
STREET_LINE = (
    rf"(?<![\w-])(?:(?:{CAP}[ \t]+){{0,3}}{CAP}[ \t]+{NUMBER}(?:{ADDITION})?"
    rf"|(?i:{alternation(ROMANCE_TYPES[:16])})[ \t]+(?:(?:de[ \t]+la|de[ \t]+l'|d'|du|des|de|la|le|les)[ \t]*)?"
    rf"{CAP}(?:[ \t]+{CAP}){{0,3}}){_TAIL}")
# the same words and number with the postcode right after them on the line, where the postcode
# has the shape of the Netherlands' or Poland's, before its town ("Stratumseind 140A 5611VA
# EINDHOVEN", "Legnicka 5 54-070 Wrocław"); the words and the town as groups: addresses.py weighs them
INLINE_LINE = (
    rf"(?<![\w-])(?P<name>(?:{CAP}[ \t]+){{0,3}}{CAP})[ \t]+{NUMBER}(?:{ADDITION})?"
    rf"(?=[ \t]+(?:(?!(?:19|20)\d\d)\d{{4}}[ ]?[A-Z]{{2}}|\d{{2}}-\d{{3}})[ \t]+(?P<town>\p{{Lu}}[\p{{L}}'’-]*))")
# the house number first, as English writes it, and a unit after the words ("8678 FORD KEYS
# APT 2"); the words are the street's name
NUMBER_LINE = (
    rf"(?<![\w$£€.,:/+-]){NUMBER},?[ \t]+(?P<words>(?:{CAP}[ \t]+){{0,3}}{CAP})"
    rf"(?:,?[ \t]+{UNIT}(?<=\d[A-Za-z]?))?{_TAIL}")
# A house number, a unit and the words of street and town with no comma, up to a state and
# its postcode, as Australians and Americans write one line ("4/23 Travis Trunkway New
# Johntown SA 2637"): three words at least, so "3 Windows NT 4000" is none.
SPACED_LINE = (
    rf"(?<![\w$£€.,:/+-]){NUMBER}(?P<words>(?:[ \t]+(?:{CAP}|{UNIT}(?<=\d[A-Za-z]?))){{3,8}})"
    rf"[ \t]+(?:{AU_POSTCODE}|{ZIP}(?![\w-]))")
POSTCODE_TOWN = rf"(?<![\w-]){TOWN},?[ \t]+(?:{UK_POSTCODE}|{EIRCODE})(?![\w-])"
# a street in capitals with its type in capitals ("12 QUEEN STREET"), as post offices print
CAPS_STREET = (
    rf"(?<![\w$£€.,:/+-]){NUMBER},?[ \t]+(?:\p{{Lu}}[\p{{Lu}}'’-]*[ \t]+){{1,3}}"
    rf"(?:{alternation(t.upper() for t in EN_TYPES)})\b\.?(?:,?[ \t]+{UNIT}(?<=\d[A-Za-z]?))?")
# Japan's block, lot and building numbers in Latin script with the district, before the ward
# or city ("2-3-1 Marunouchi, Chiyoda-ku", "Marunouchi 2-3-1, Chiyoda-ku")
_CHOME = r"\d{1,2}-\d{1,2}(?:-\d{1,3})?"
JP_STREET = (
    rf"(?<![\w-])(?:{_CHOME},?[ \t]+{CAP}|{CAP}[ \t]+{_CHOME})"
    rf"(?=,[ \t]*{CAP}-(?i:ku|shi|cho|chō|machi|gun|mura)\b)")
# a road named by its number with the house number before it ("59397 Hwy 23 S", "12 County
# Road 5"), and the post boxes of many countries: anchors when parts of an address follow
HIGHWAY = (
    rf"(?<![\w$£€.,:/+-])\d{{1,6}}[A-Za-z]?,?[ \t]+(?:(?:State|County|US|U\.S\.|Old|Farm[ \t]to[ \t]Market)[ \t]+)?"
    rf"(?:Hwy|Highway|Route|Rte\.?|Road|Rd\.?|CR|SR|FM|Ruta|Rodovia|Km)[ \t]+\d{{1,4}}[A-Z]?"
    rf"(?:[ \t]+(?:{alternation(DIRECTIONS)})\b)?")
_BOX_NUMBER = r"[ \t]*+(?:(?:No\.?|№|nr\.?)[ \t]*+)?\d{1,6}(?:[ ]\d{2}){0,2}(?!\d)"  # spaces read once
PO_BOX = rf"(?<![\w-])(?:{spaced(POST_BOXES)})" + _BOX_NUMBER  # written only of a post box: an anchor by itself
SHORT_BOX = rf"(?<![\w-])(?:{spaced(SHORT_BOXES)})" + _BOX_NUMBER  # a short word also of other things ("BP 45")
