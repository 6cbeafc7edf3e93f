"""An address that its cue names, of any layout: the words people of any language write
before where one lives, stays, moves, or where a thing goes ("my place is ...", "the parent
stays at ...", "deliver the uniforms to ...", "customer's address on the job card: ...", "мы
живём ...", "посылку везти на ...", "секция по адресу ...", "трансфер от ..."), then the value to
its clause's end: comma-separated parts while each is one an address is made of (a number, a
capitalised place, a street's or a unit's word), up to a part that is a clause (", near the
market", ", рядом с пекарней", ", грасиас") or the sentence's end. The value is an address by
its shape, whatever the country's layout: a house, plot or flat by its word and number, or a
number in two parts or more, or a settlement's word ("Namuka Village, ...", "Varadoli
Settlement, ..."), or a country ending two parts, or a landmark by its name and kind among
places of words no sentence has ("ELWA Junction, Paynesville, Monrovia"). "my place is a
mess", "deliver it to the office", "я живу в Москве" are none: a value opens with a capital,
a digit or an address's word, and a town alone is a place, not an address.

The same cue on a line of its own ("Deliver to", "Guardian's address:", "Moving from:",
"Куда доставить -") opens a block of the short lines under it, each a part (a house and its
street, a post box or a private bag, a postcode and its town, a place, a country), up to a
blank line, a line of a sentence or of a chat's next message, or after a country."""

from __future__ import annotations


from redact.detect import codecache
from redact.detect.address_words import (
    AFTER_TYPES, EN_TYPES, ESTATE_WORDS, FIRST_TYPES, HOUSE_MARKS, LANDMARK_WORDS, MORE_FIRST_TYPES, PART_MARKS,
    REGION_WORDS, RU_PLACES,
    RU_TYPES, TR_TYPES, UNIT_WORDS, alternation)
from redact.detect.wordlike import is_given_name, zipf

__all__ = ["named_spans"]

_MAX_VALUE = 140  # a value's characters: a house, a street, a locality, a town, a region, a postcode
_MAX_PARTS = 8
_MAX_LINES = 6  # a block's lines: a house, a street, a locality, a town, a region, a country
_MAX_LINE = 60  # a part's line: longer is a sentence's
_RARE_ZIPF = 3.5  # a place's word: "ajman" 2.0, "sharjah" 2.9; "room" 5.2, "monday" 4.9
_PLACE_ZIPF = 5.5  # a place's name: "london" 5.3, "chicago" 4.8; "room" 5.2 is a unit's, "the" 7.7
_COMMON_ZIPF = 4.6  # a word of a sentence: "with" 7.0, "near" 5.3; "de" as a place's particle

# the cues, by language: where one lives or stays, the place that is one's, where one moves,
# where a thing is delivered, sent, brought or taken (with at most three words of the thing
# between), the address's noun before a colon or "is"
_EN_CUES = (
    r"(?:live|lives|lived|living|stay|stays|stayed|staying|reside|resides|resided|residing|based|located|situated"
    r"|rent|rents|rented|renting|lodge|lodging|board|boarding)(?:[ \t]+(?:a|the)[ \t]+(?:room|flat|house|place))?"
    r"[ \t]+(?:at|on|in)",
    r"(?:my|our|his|her|their|the)[ \t]+(?:place|house|home|flat|apartment|digs|residence)[ \t]+is(?:[ \t]+at)?",
    r"(?:moving|moved|move|moves|relocating|relocated|shifting|shifted)[ \t]+(?:to|from|into)",
    r"(?:deliver|delivered|delivering|send|sent|sending|ship|shipped|bring|brought|take|took|drop|dropped|post|posted"
    r"|mail|mailed|courier|forward|forwarded|return|dispatch|dispatched|pick[ \t]+up|picked[ \t]+up|collect"
    r"|find|visit|come|came|delivery|shipment|parcel|package|transfer|pickup)"
    r"(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:to|at|from|off[ \t]+at)",  # _TO
    r"address(?:es)?(?:[ \t]+[\p{L}'’()-]+){0,5}?[ \t]*(?::|[ \t]is|[ \t]-|[ \t]—)",
    r"(?:residence|home|domicile|pickup|pick-up|drop-off|dropoff|delivery)[ \t]*:",
)
_CYRILLIC_CUES = (
    # Russian, Ukrainian and Serbian: living, renting, moving; taking, sending, delivering "на",
    # "до", "от"; "по адресу"; the noun before a colon
    r"(?:живу|живём|живем|живёт|живет|живут|живёшь|живешь|живим|живимо|живи|проживаю|проживает|проживаем|проживают"
    r"|мешкаю|мешкаємо|снимаю|снимаем|снимает|снимают)(?:[ \t]+(?:теперь|сейчас|сад))?"
    r"(?:[ \t]+(?:депто|квартиру|комнату|дом|апартаменты|стан))?(?:[ \t]+(?:на|по|в|во|у))?",
    r"(?:везти|везите|привезти|привезите|доставить|доставьте|доставка|отправить|отправьте|отправлять|прислать"
    r"|пришлите|документы|посылку|посылка|посылки|трансфер|переехал|переехала|переехали|переезжаем|забрать)"
    r"[ \t]+(?:на|до|от|к)",
    r"по[ \t]+адресу",
    r"(?:адрес|адреса|адресу|адресом)(?:[ \t]+[\p{L}'’()-]+){0,4}?[ \t]*(?::|[ \t]-|[ \t]—)",
)
_OTHER_CUES = (
    # Spanish, Portuguese, French, Italian, German, Turkish, Azerbaijani and Serbian in Latin
    # letters: the address's noun before its value, where one lives
    r"(?:dirección|direccion|domicilio|endereço|endereco|morada|adresse|indirizzo|anschrift|adres|adresi|adresa|ünvan"
    r"|ünvanı)(?:[ \t]+[\p{L}'’()-]+){0,3}?[ \t]*(?::|[ \t]es|[ \t]é|[ \t]est|[ \t]è|[ \t]ist|[ \t]-|[ \t]—)",
    r"(?:vivo|vivimos|vive|moro|moramos|mora|habite|habitons|habito|wohne|wohnen|wohnt|yaşıyorum|yaşayıram|yaşayırıq"
    r"|živim|živimo|stanujem|stanujemo)"
    r"(?:[ \t]+(?:en|em|na|no|au|à|a|in|bei|u))?",
)
# the stems each cue's words hold, casefolded, in the order of the cues: a text without one
# skips its cue's search (most texts hold none of a language's, and the cues run on every text)
_STEMS = (
    ("liv", "stay", "resid", "based", "locat", "situat", "rent", "lodg", "board"),
    ("place", "house", "home", "flat", "apartment", "digs", "residence"),
    ("mov", "reloc", "shift"),
    ("deliver", "send", "sent", "ship", "bring", "brought", "take", "took", "drop", "post", "mail", "courier", "forward",
     "return", "dispatch", "pick", "collect", "find", "visit", "come", "came", "parcel", "package", "transfer"),
    ("address",),
    ("residence", "home", "domicile", "pick", "drop", "delivery"),
    ("жив", "мешка", "снима"),
    ("вез", "достав", "отправ", "присла", "пришли", "документ", "посыл", "трансфер", "переех", "переезж", "забра"),
    ("адрес",),
    ("адрес",),
    ("direcc", "domicil", "endere", "morada", "adress", "indirizzo", "anschrift", "adres", "ünvan"),
    ("viv", "mor", "habit", "wohn", "yaşa", "živ", "stanuj"),
)
# each cue apart, as regex finds a literal's start far faster than an alternation's (see
# address_cues), then the value's first letter
# (a Russian settlement or street by its lowercase word: "они живут улус Кырен, ...")
_RURAL = ("улус", "аул", "село", "деревня", "посёлок", "поселок", "кишлак", "станица", "хутор", "аймак", "сомон")
# the directions that find a house by a landmark, a part when places follow them ("..., opposite
# the Kingdom Hall, Spintex Road, Accra"); at a value's end they are a sentence's (", near the market")
_RELATIVE = r"opposite|behind|near|beside|next[ \t]+to|adjacent[ \t]+to|across[ \t]+from|in[ \t]+front[ \t]+of|close[ \t]+to"
_DIRECTIONS = codecache.compile(rf"(?:{_RELATIVE})[ \t]+(?:the[ \t]+)?\p{{Lu}}[^,\n]{{0,40}}$")
_LOWER_STREETS = ("улица", "бульвар", "булевар", "проспект", "переулок", "шоссе", "микрорайон")
_VALUE_START = (r"[ \t]*(?:[:\-—–][ \t]*)?(?=[\p{Lu}\d#№]|\p{Ll}{1,6}\.|(?i:c/o)[ \t]|"
                rf"(?:{_RELATIVE})[ \t]+(?:the[ \t]+)?\p{{Lu}}"
                rf"|(?:{'|'.join(_RURAL + _LOWER_STREETS)})[ \t])")
_WEAK_CUE = codecache.compile(rf"(?:(?<![\w-])(?i:is|are|was|were|am)|['’](?i:s|re|m))[ \t]+(?i:at){_VALUE_START}")
# a cue of a verb, a thing and a preposition is searched from its preposition and looked back
# to its verb: regex tries the verbs' alternation at every letter, the prepositions are few
_TO = r"(?:to|at|from|off[ \t]+at)"
_CUES = tuple((stems, codecache.compile(
    (rf"(?<![\w-])(?i:to|at|from)(?<=(?<![\w-])(?i:{cue}))" if cue.endswith(_TO) else rf"(?<![\w-])(?i:{cue})")
    + _VALUE_START)) for stems, cue in zip(_STEMS, _EN_CUES + _CYRILLIC_CUES + _OTHER_CUES, strict=True))
# the words of a house, a unit, a street or a settlement that make a part of an address, in
# any case where they are abbreviations ("ул.", "кв.", "küç.", "mən.", "depto.") or lowercase
# words of their language ("ev", "stan", "этаж", "piso", "бульвар")
_LOWER_WORDS = (
    "ev", "mənzil", "mən.", "küç.", "küçəsi", "şəh.", "r.", "rayonu", "qəs.", "stan", "стан", "ulaz", "sprat",
    "piso", "depto.", "depto", "dpto.", "dpto", "apto.", "apto", "e/", "esq.", "entre", "bis", "lote", "manzana", "mz.",
    "этаж", "эт.", "кв.", "квартира", "д.", "дом", "корп.", "корпус", "стр.", "подъезд", "под.", "набережная",
    "площадь", "мкр.", "мкр", "обл.", "область", "р-н", "район", "край")
_LOWER_WORD = codecache.compile(rf"(?:{alternation([*_LOWER_WORDS, *_RURAL, *_LOWER_STREETS, *RU_TYPES, *RU_PLACES])})(?![\p{{L}}\d])")
_HOUSE_WORDS = (*UNIT_WORDS, *HOUSE_MARKS, *EN_TYPES, *AFTER_TYPES, *ESTATE_WORDS, *FIRST_TYPES, *MORE_FIRST_TYPES, *TR_TYPES)
_ADDRESS_WORD = codecache.compile(
    rf"(?<![\w-])(?:{_LOWER_WORD.pattern}|(?i:h/no|h\.no)|{alternation(_HOUSE_WORDS)})(?![\p{{L}}\d])")
# a house's, unit's or street's word and a number in one part: what makes one part an address
_HOUSE = codecache.compile(rf"{_ADDRESS_WORD.pattern}\.?[ \t]*(?:No\.?[ \t]*)?[#№]?\d|\d+[ \t]*°|N°[ \t]*\d|\d[ \t]+(?:этаж|эт\.)")
# a postcode of a shape only postcodes have: Argentina's CPA ("B1900FEC"), Azerbaijan's
# ("AZ1063"), Moldova's, five digits before their town (Serbia's, Egypt's "11000 Beograd")
_POSTCODE = codecache.compile(r"(?<![\w-])(?:[A-Z]\d{4}[A-Z]{3}|[A-Z]{2}[ -]?\d{4}|\d{5}(?=[ \t]+\p{Lu}\p{Ll}))(?![\w-])")
# the words of a settlement, an estate or a region, no number needed: "Namuka Village",
# "Varadoli Settlement", "Chipata Compound", "Mbare Flats", "улус Кырен", a box or a private bag
# (a mark of one or two letters, "T.", "A.", is an initial's too; "Area" and "Zone" are of
# anything)
_SETTLEMENTS = (*(w for w in PART_MARKS if len(w) > 2 and w not in ("Area", "Zone")), *REGION_WORDS, "Settlement",
                "Compound", "Estate", "Estates", "Township", "Location", "Ward", "Suburb", "Kampung", "Flats", "Apartments",
                "Residences", "Quarters", "Colony", "Housing", "Heights", "Mail Bag", "Private Bag", "PMB", "P.M.B.", "Box",
                *_RURAL)
_SETTLEMENT = codecache.compile(rf"(?<![\w-])(?:{alternation(_SETTLEMENTS)})(?![\w-])")
_DIGIT = codecache.compile(r"\d")
# a street by its type, with no number: an address when another part follows it
_STREET = codecache.compile(rf"(?<![\w-])(?:{alternation([*AFTER_TYPES, *FIRST_TYPES, *RU_TYPES, *_LOWER_STREETS])})(?![\w-])")
# a landmark by its name and its kind's word, closing a part ("ELWA Junction", "Joe Bar")
_LANDMARK = codecache.compile(rf"\p{{Lu}}[\p{{L}}'’.-]*[ \t]+(?:[\p{{L}}'’.-]+[ \t]+){{0,3}}(?:{alternation(LANDMARK_WORDS)})[ \t]*$")
# the lowercase particles of places' names ("Provincia de Buenos Aires", "Rua dos Andradas")
_PARTICLES = frozenset("de del da do dos das di la le les y e van der den von al el bin".split())
# the words a sentence, a greeting or a signature opens with, capitalised ("Thanks", "Kind
# regards", "See you", "Call me"), that no place's name does
_OPENERS = frozenset((
    "thanks thank thx ty please pls plz sorry call ring text see let ok okay yes no yeah yep hello hi hey bye cheers "
    "regards best kind warm love noted sure great good fine done also and but so then just i i'm we you he she they it "
    "this that these those a an my our your his her their is are was were will can could would should do did what when "
    "where who how why if meeting note notes monday tuesday wednesday thursday friday saturday sunday january february "
    "march april june july august september october november december").split())
# a word of a sentence after a part, with no comma between: lowercase, no number ("..., Lagos
# State tomorrow", "... Trondheim please.")
_SENTENCE_WORD = codecache.compile(r"\p{Ll}[\p{Ll}'’]*[.!]?")
# what numbers in parts with no house's word are when they are no address: a version, a
# decimal, a time, a list in a sentence ("Ubuntu 22.04, Debian 12 and Fedora 39")
_NOT_HOUSE = codecache.compile(r"\d[.:]\d|(?<![\w-])(?:and|or|the|with|for|next|last|this|is|are|was|were|by|from)(?![\w-])")
_MAX_LINE_WORDS = 8
# a line of its own that names an address below it: its cue word, at most a few words, a
# mark or none, the line's end ("Deliver to", "Guardian's address:", "Moving from:", "Куда
# доставить -", "Трансфер", "Postal address (for the fees statement):")
_BLOCK_WORDS = (
    "address", "addresses", "addr", "postal", "mailing", "deliver", "delivery", "send", "ship", "shipping", "bring",
    "moving", "moved", "move", "relocating", "pickup", "pick-up", "drop-off", "dropoff", "invoice", "parcel", "courier",
    "адрес", "адреса", "адресу", "куда", "доставка", "доставки", "доставить", "везти", "отправить", "отправлять",
    "посылка", "посылку", "трансфер", "переезд", "переехал", "переехали", "прописка", "adresa", "dirección", "direccion",
    "domicilio", "envío", "envio", "endereço", "endereco", "morada", "entrega", "adresse", "anschrift", "indirizzo",
    "adres", "adresi", "ünvan", "ünvanı", "teslimat")
_BLOCK_CUE = codecache.compile(
    rf"(?<![\w-])(?i:{alternation(_BLOCK_WORDS)})(?![\w-])(?:[ \t]+[^\s\d][^\n\\\d]{{0,40}}?)?[ \t]*[:\-—–]?[ \t]*"
    r"(?=\r?\n|\\n)")
# a line after a line break or a JSON string's escaped one, up to the next, a string's end or a tag
_LINE = codecache.compile(r"(?:\r?\n|\\n)[ \t]*(?:>[ \t]*)*(?P<line>(?:[^\n\\\"<]|\\(?!n))*)")
# a chat message's head, or a transcript's cue, on a line: "david.taylor: ...", "[20:02] <...>", "00:01 --> ..."
_MESSAGE_HEAD = codecache.compile(r"[\[<(\{]|[^\s:]+:[ \t]|.*-->|Speaker[ \t]+\d")
_SENTENCE_END = codecache.compile(r"[!?]|(?<=\p{L}{5})\.$")
_CAPITAL_START = codecache.compile(r"[ \t]*(?:[\p{Lu}\d#№]|\p{Ll}[\p{Ll}-]*(?:\.|/))")
_CAPITALISED = codecache.compile(r"(?<![\w'’-])\p{Lu}[\p{L}'’-]*+(?!\d)")  # a word, not a code's letters
# where a value's clause ends: a line's or message's end, a mark that opens something else (a
# label's colon: "живу в Кишинёве: MD-2001, ..." names the address after it), a
# sentence's full stop after a word (not an abbreviation: "St.", "küç.", "depto." go on)
_VALUE_END = codecache.compile(r"[\n;<>\"()!?|]|:(?!\d)|\\n|[ \t]+[-—–][ \t]|(?<=\p{L}{5}|\d)\.(?=[ \t]+\p{Lu}\p{Ll}|[ \t]*$)")


def named_spans(text: str, countries: frozenset[str]) -> list[tuple[int, int]]:
    """The values after an address's cue that are addresses by their shape, on the cue's
    line or in the lines under it, as (start, end)."""
    spans = []
    folded = text.casefold()
    if " at" in folded:
        for cue in _WEAK_CUE.finditer(text):
            span = _inline(text, cue.end(), countries)
            if span and _is_weak_address(text[slice(*span)]):
                spans.append(span)
    for stems, pattern in _CUES:
        if any(stem in folded for stem in stems):
            spans += [span for cue in pattern.finditer(text) if (span := _inline(text, cue.end(), countries))]
    if "\n" not in text and "\\n" not in text:  # a block is the lines under its cue's
        return spans
    for cue in _BLOCK_CUE.finditer(text):
        span = _block(text, cue.end(), countries)
        if span:
            spans.append(span)
    return spans


def _block(text: str, start: int, countries: frozenset[str]) -> tuple[int, int] | None:
    """The lines under a cue's line that are the parts of an address, or None."""
    lines: list[str] = []
    first = end = pos = start
    while len(lines) < _MAX_LINES and (m := _LINE.match(text, pos)) and _is_line(line := m.group("line")):
        if not lines:
            first = m.start("line")
        lines.append(line)
        pos, end = m.end(), m.start("line") + len(line.rstrip())
        if line.strip().casefold() in countries:
            break
    if not lines or not _is_address(lines, countries):
        return None
    return first, end


def _is_line(line: str) -> bool:
    """Whether a line under a cue is a part of an address: short, opening as a part does,
    no sentence's and no chat message's head."""
    stripped = line.strip()
    return (0 < len(stripped) <= _MAX_LINE and len(stripped.split()) <= _MAX_LINE_WORDS
            and _MESSAGE_HEAD.match(stripped) is None and _SENTENCE_END.search(stripped) is None
            and _is_part(stripped) and not _is_prose(stripped))


def _is_prose(line: str) -> bool:
    """Whether a line is a sentence's or a signature's, not a part: a lowercase word of a
    sentence ("Keys with the neighbour") or a person's name ("Anna Smith")."""
    if _has_sentence_word(line):
        return True
    if _DIGIT.search(line) or _SETTLEMENT.search(line) or _ADDRESS_WORD.search(line):
        return False
    words = line.split()  # "Anna Smith", "Smith, Anna"; not "Diamond, East Bank Demerara"
    return len(words) > 1 and is_given_name(words[0].strip(",")) and (not words[0].endswith(",") or len(words) == 2)


def _has_sentence_word(part: str) -> bool:
    """Whether a part holds a lowercase word of a sentence (a name's particle, "de", "van", is
    a place's too)."""
    return any(w.isalpha() and w[:1].islower() and w.casefold() not in _PARTICLES and _LOWER_WORD.match(w) is None
               and zipf(w.casefold(), "en") >= _COMMON_ZIPF for w in part.split())


def _inline(text: str, start: int, countries: frozenset[str]) -> tuple[int, int] | None:
    """The address value from ``start`` to its clause's end, or None when it is none."""
    stop = _VALUE_END.search(text, start, min(len(text), start + _MAX_VALUE))
    raw = text[start:stop.start() if stop else min(len(text), start + _MAX_VALUE)]
    parts: list[str] = []
    pieces = raw.split(",")
    for i, part in enumerate(pieces):
        if len(parts) < _MAX_PARTS and i + 1 < len(pieces) and _DIRECTIONS.match(part.strip()) \
                and _CAPITAL_START.match(pieces[i + 1]):
            parts.append(part)
            continue
        kept = _trimmed(part)
        if len(parts) == _MAX_PARTS or not _is_part(kept):
            break
        if len(kept) < len(part.rstrip()):  # the sentence goes on: the part ends the value
            if not parts or _CAPITALISED.search(kept):  # "..., 5 minutes away" is no part
                parts.append(kept)
            break
        parts.append(part)
    value = ",".join(parts).rstrip()
    if not value or not _is_address(value.split(","), countries):
        return None
    return start, start + len(value)


def _trimmed(part: str) -> str:
    """A part without the words of a sentence after it, an address's own lowercase words kept
    ("küç.", "ev", "этаж")."""
    words = part.rstrip().split(" ")
    while len(words) > 1 and _SENTENCE_WORD.fullmatch(words[-1]) and not _LOWER_WORD.fullmatch(words[-1]):
        words.pop()
    return " ".join(words).rstrip()


def _is_weak_address(value: str) -> bool:
    """Whether a value after "is at", a cue of any place and time, is an address: a house's
    word and number with a place of a word no sentence has ("the storage unit is at Apt 12
    Marina Heights Dubai"; "the meeting is at Room 5" is none)."""
    return _HOUSE.search(value) is not None and any(
        zipf(w.casefold(), "en") < _RARE_ZIPF for w in _CAPITALISED.findall(value))


def _is_part(part: str) -> bool:
    """Whether a comma-separated segment is a part of an address: it opens with a capital, a
    digit, an address's abbreviation or lowercase word; a capitalised part with no number and
    no address's word is no sentence's ("Thanks", "Call me", "See you" are none; a town's word
    is as common as theirs: "london" 5.3, "thanks" 5.4)."""
    stripped = part.strip()
    if not stripped or not _CAPITAL_START.match(part):  # "кв. 5", "piso 12", "улус Кырен"
        return bool(stripped) and _LOWER_WORD.match(stripped) is not None
    if _DIGIT.search(stripped) or _ADDRESS_WORD.search(stripped) or _SETTLEMENT.search(stripped):
        return True
    return not _has_sentence_word(stripped) and stripped.split()[0].strip(".,!").casefold() not in _OPENERS


def _is_address(parts: list[str], countries: frozenset[str]) -> bool:
    """Whether parts are an address by their shape: a house's word and number, a number
    among two parts or more and a part with none, a settlement's word, a street and another
    part ("Gwanda Road, Bulawayo"), or a country after two parts; and with a place's name, not only the
    words of units ("Building 5, Floor 3", "Phase 3")."""
    value = ",".join(parts)
    if not any(_ADDRESS_WORD.fullmatch(w) is None and w.casefold() not in _OPENERS
               and zipf(w.casefold(), "en") < _PLACE_ZIPF for w in _CAPITALISED.findall(value)):
        return False
    if _HOUSE.search(value) or _SETTLEMENT.search(value) or _POSTCODE.search(value):
        return True
    if len(parts) < 2:
        return False
    if _STREET.search(value) or len(parts) > 2 and parts[-1].strip().casefold() in countries:
        return True  # "Gwanda Road, Bulawayo", "Private Mail Bag, Nausori, Fiji"; "Nairobi, Kenya" is a place
    if len(parts) > 2 and _landmarked(parts):
        return True  # "ELWA Junction, Paynesville, Monrovia"
    return (_DIGIT.search(value) is not None and _NOT_HOUSE.search(value) is None
            and any(not _DIGIT.search(part) for part in parts))  # "Windows 11, Ubuntu 22" is none


def _landmarked(parts: list[str]) -> bool:
    """Whether a part is a landmark by its name and the others are places of words no
    sentence has ("Joe Bar, Paynesville, Monrovia"; "Joe's Bar, Friday, Saturday" is none)."""
    marked = [_LANDMARK.search(part.strip()) is not None or _DIRECTIONS.match(part.strip()) is not None
              for part in parts]
    return any(marked) and all(
        marked[i] or any(zipf(w.casefold(), "en") < _RARE_ZIPF for w in _CAPITALISED.findall(part))
        for i, part in enumerate(parts))
