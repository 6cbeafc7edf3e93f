"""The lines under a street that hold neither a house nor a postcode: the locality, town
and region ("Victoria Island, Lagos State", "GRA, Port Harcourt", "Wuse 2, Abuja",
"Kilimani, Nairobi"), as Nigeria, Kenya, Ghana, India and much of the world write an
address with no postcode. Such a line is part of the address when the street above it
opens a block an address lead introduces ("Postal:", "Deliver to —", "Address (home)",
"Lieferadresse:", "Адрес:"), or when it ends with a word only regions are named by
("Lagos State", "Western Province", "Nakuru County"), or when the street's line ends in its
post office, as rural addresses of the Caribbean and South Asia do ("Junction P.O.\nSt.
Elizabeth"). Under a lead a place alone joins too ("Lagos", "Victoria Island"). A closing
("Thanks, Tom", "Kind regards"), a person's name and a line of common words ("Meeting
Notes", "Speaker 2") stay out. Right after a street's type, a town with its postal
district ("Kingston 19", "Dublin 4", "Colombo 03") ends a block as a postcode does."""

from __future__ import annotations

import regex

from redact.detect import codecache
from redact.detect.address_streets import CORNER, END, NAME_ZIPF, TOWN
from redact.detect.address_words import EN_TYPES, LOCALITY_MARKS, REGION_WORDS, alternation
from redact.detect.wordlike import is_given_name, zipf

__all__ = ["SAINTS", "district", "is_led", "is_locality", "landmark_end", "locality_end"]

_MAX_LINES = 2  # a locality and a town with its region, each on its line
_COMMON_ZIPF = 5.0  # "thanks" 5.3, "best" 6.0; "victoria" 4.4, "independence" 4.5
# the words an address is introduced by, by meaning (address, postal, delivery, ship, send
# or mail to), in the languages of the packs and the main ones of Europe, Asia and Africa
LEAD_WORDS = (
    "address", "addr", "postal", "mailing", "deliver", "delivery", "ship", "shipping", "send",
    "mail", "post", "forward", "forwarding", "correspondence", "residence", "residential",
    "billing", "location", "home", "parcel", "parcels", "courier", "pickup",
    "adresse", "anschrift", "lieferadresse", "postanschrift", "dirección", "direccion",
    "domicilio", "envío", "envio", "indirizzo", "recapito", "spedizione", "endereço",
    "endereco", "morada", "entrega", "bill to", "invoice to", "adres", "adresa", "adresă", "alamat", "anwani",
    "adresi", "teslimat", "पता", "адрес", "адресу", "почтовый", "почтовый адрес", "доставка",
    "доставки", "доставить", "прописка", "проживания", "регистрации", "куда")
# the lead, then at most a few words, a label's mark and the end of its line, right
# before the block or a line above it, the addressee's ("Address (home)\n", "Speaker 1:
# Deliver to —\n", "> Postal:\n> ", "Ship to:\nJohn Smith\n")
_LEAD = codecache.compile(
    rf"(?<![\w-])(?i:{alternation(LEAD_WORDS)})(?![\w-])[^\n]{{0,24}}[ \t]*\r?\n[ \t]*(?:>[ \t]*)*"
    rf"(?:[^\n]{{1,60}}\r?\n[ \t]*(?:>[ \t]*)*)?\Z")
# the words a locality's name ends with ("Victoria Island", "Nakuru Town", "Wuse II")
PLACE_WORDS = frozenset((
    "Island", "Town", "City", "Estate", "Layout", "Village", "Central", "North", "South",
    "East", "West", "Heights", "Hills", "Park", "Phase", "Extension", "CBD", "GRA", "Quarters",
    "Ward", "Sector", "Colony", "Nagar", "Market", "Junction", "II", "III"))
# the words a place is named for a saint or a mountain by ("St. Elizabeth", "Mt. Pleasant")
SAINTS = frozenset(("St.", "St", "Ste.", "Saint", "Sainte", "San", "Santa", "Mt.", "Mount"))
# the words a closing opens with, where a line under an address may be one
_SIGN_OFFS = frozenset(("thanks", "thank", "regards", "best", "cheers", "kind", "warm", "love",
                        "sincerely", "yours", "bye", "sent", "see", "talk", "call", "cc"))
_PART = (rf"(?:(?:{alternation(LOCALITY_MARKS)})[ \t]*)?{TOWN}(?:[ \t]+\d{{1,2}})?"  # "Wuse 2", "Quận 1"
         rf"(?:[ \t]*\([^()\n]{{1,24}}\))?")  # "Ikeja (Lagos State)"
_LINE = codecache.compile(  # an abbreviation keeps its last dot ("Junction P.O.")
    rf"(?:(?<=\.\p{{L}})\.)?[ \t]*,?[ \t]*\r?\n[ \t]*(?:>[ \t]*)*(?P<line>{_PART}(?:,[ \t]*{_PART}){{0,3}}"
    rf"(?:(?<=\.\p{{L}})\.)?)[ \t]*\.?(?=[ \t]*(?:\r?\n|$|<))")
# a rural address that ends in its post office, its parish or district on the line below
# ("Lot 12, Top Hill District, Junction P.O.\nSt. Elizabeth")
_POST_OFFICE_END = codecache.compile(r"(?<![\w-])(?:P\.[ \t]?O\.?|Post[ \t]+Office)$")
# the words of prose that go on after a place, of no class that counts or measures
_PROSE_WORDS = ("after", "before", "by", "on", "at", "in", "for", "with", "and", "or", "but", "so",
                "then", "when", "if", "since", "until", "till", "from", "to", "near", "tomorrow",
                "today", "tonight", "yesterday", "next", "this", "please", "pls", "now", "asap")
# a town and its postal district after the street's type, on its line or the next, as
# Jamaica, Ireland and Sri Lanka write them ("Kingston 19", "Dublin 4", "Colombo 03"); prose
# may go on after it with a word that counts nothing ("Kingston 8 after the party", not
# "Kingston 10 minutes")
_DISTRICT = codecache.compile(
    rf"(?P<town>{TOWN})[ \t]\d{{1,2}}(?:{END}|(?=[ \t]+(?:{alternation(_PROSE_WORDS)})(?![\w'’-])))")
_AFTER_TYPE = codecache.compile(
    rf"(?<![\w-])(?:{alternation(EN_TYPES)})\.?(?:,[ \t]*|[ \t]*\r?\n[ \t]*(?:>[ \t]*)*)\Z")
_DISTRICT_ZIPF = 4.4  # "singapore" 4.35, "dublin" 4.1; "gate" 4.5, "speaker" 4.5, "table" 5.1
_REGION_END = codecache.compile(rf"(?<![\w-])(?:{alternation(REGION_WORDS)})\Z")

# a landmark right after a house's number, as directions are given where a house is found by
# what is near it ("дом 53 у озера", "house 12 near the mosque", "casa 4 junto al río"): to the
# end of its part, two words at most, no pronoun ("дом 5 у меня")
_LANDMARK = codecache.compile(
    r"(?<=\d[A-Za-z]?)[ \t]+(?:у|возле|около|напротив|рядом[ \t]+с|near|opposite|beside|next[ \t]+to"
    r"|junto[ \t]+al?|frente[ \t]+al?|cerca[ \t]+del?|perto[ \t]+d[aoe]|em[ \t]+frente[ \t]+a)[ \t]+(?:the[ \t]+)?"
    r"(?!(?:меня|тебя|него|неё|нее|нас|вас|них|себя|me|you|us|them|it)(?![\w-]))"
    r"[\p{L}-]++(?:[ \t]+[\p{L}-]++)?(?=[ \t]*(?:[,.;!?)\r\n\"]|</|$))")

# the street crossing at its corner, after the house's number ("дом 674, угол Gorlero")
_CORNER_AFTER = codecache.compile(rf"(?<=\d[A-Za-z]?)(?:,[ \t]*|[ \t]+){CORNER}")


def landmark_end(text: str, end: int) -> int:
    """Where a block ending in its house's number at ``end`` ends with the landmark or the
    corner after it."""
    m = _LANDMARK.match(text, end) or _CORNER_AFTER.match(text, end)
    return end if m is None else m.end()


def locality_end(text: str, start: int, end: int) -> int:
    """Where the block ``text[start:end]`` ends with the locality lines right under it;
    ``end`` when none follows or the block is more than its street's line."""
    if "\n" in text[start:end]:
        return end
    led = is_led(text, start) or _POST_OFFICE_END.search(text, start, end) is not None
    for _ in range(_MAX_LINES):
        m = _LINE.match(text, end)
        if m is None or not is_locality(m.group("line"), led):
            break
        end = m.end("line")
    return end


def district(text: str, start: int) -> regex.Match[str] | None:
    """A town and its postal district at ``start`` ("Kingston 19", "Dublin 4", "Colombo 03")
    right after a street's type ("Box 3, Shelf 2" is none) when no word of the town is a word
    of a sentence ("Table 4", "Speaker 2")."""
    m = _DISTRICT.match(text, start)
    if m is None or not _AFTER_TYPE.search(text, max(0, start - 24), start) or any(
            zipf(w.casefold(), "en") >= _DISTRICT_ZIPF for w in m.group("town").replace("-", " ").split()):
        return None
    return m


def is_led(text: str, start: int) -> bool:
    """Whether an address lead ends the line right above ``start``."""
    return _LEAD.search(text, max(0, start - 150), start) is not None


def is_locality(line: str, led: bool) -> bool:
    """Whether a line of places is a locality line: a region word at its end, or, under a
    lead, parts a comma apart or a place alone ("Lagos", "Victoria Island"); never a
    closing ("Thanks, Tom", "Regards") or a person's name ("Anna Smith")."""
    parts = [p.strip() for p in line.split(",")]
    words = line.replace(",", " ").split()
    if words[0].casefold() in _SIGN_OFFS:
        return False
    if any(w.isdigit() and zipf(before.casefold(), "en") >= NAME_ZIPF and before not in PLACE_WORDS
           for before, w in zip(words, words[1:])):  # "Wuse 2", "Phase 2"; not "Speaker 2"
        return False
    if _REGION_END.search(line) is not None:
        return True
    last = parts[-1].split()
    if not led or len(last) == 1 and is_given_name(last[0]):
        return False
    if len(parts) > 1 or words[-1] in PLACE_WORDS or len(words) > 1 and words[0] in SAINTS:
        return True
    return zipf(words[0].casefold(), "en") < _COMMON_ZIPF and not is_given_name(words[0])
