"""A place and the parish it lies in, as the Caribbean and the islands that count their land by
parishes write an address with no house number ("Black Rock Heights, St. Michael", "Dayrells
Road, St. Peter", "Rockley Heights, Christ Church"): the parishes of Barbados, Jamaica, Antigua,
Dominica, Grenada, St Vincent, St Kitts and Nevis, Bermuda, Jersey and Guernsey, Trinidad and
Tobago's regions and boroughs, units a table names where no word says what they are. A parish
ends a run of one to three places before it, a comma apart on its line, when one of them is a
street, an estate or a building by its type's word ("Heights", "Road", "Gap", "Village",
"Tenantry") or holds a house's number; a parish alone, or after a town alone ("Rockley, Christ
Church"), is a place, not an address. The parts after the parish join as after a street (a
postcode, a country: "St. Michael BB11000, Barbados")."""

from __future__ import annotations


from redact.detect import codecache
from redact.detect.address_cues import Cued, Literals
from redact.detect.address_streets import TOWN
from redact.detect.address_tails import tail_end
from redact.detect.address_words import AFTER_TYPES, BUILDINGS, EN_TYPES, ESTATE_WORDS, alternation

__all__ = ["parish_spans"]

_MAX_PLACES = 3  # before the parish: a house and its street, an estate, a district
_REACH = 60  # the characters of a place that closes a sentence's words
# the parishes named for a saint, of each island; written "St.", "St" or "Saint"
_SAINTS = ("Andrew", "Ann", "Anne Sandy Point", "Catherine", "Clement", "David", "Elizabeth", "George",
           "George Basseterre", "George Gingerland", "George's", "Helier", "James", "James Windward", "John",
           "John Capisterre", "John Figtree", "Joseph", "Lawrence", "Lucy", "Luke", "Mark", "Martin", "Mary",
           "Mary Cayon", "Michael", "Ouen", "Patrick", "Paul", "Paul Capisterre", "Paul Charlestown", "Peter",
           "Peter Basseterre", "Peter Port", "Philip", "Sampson", "Saviour", "Thomas", "Thomas Lowland",
           "Thomas Middle Island")
# the others: Barbados's and St Kitts's Christ Church, Jamaica's, St Vincent's Charlotte, Trinidad
# and Tobago's regional corporations and boroughs, Bermuda's; not the parishes that are words of
# a sentence too (Jersey's Trinity, Guernsey's Vale and Forest)
_NAMED = ("Christ Church", "Christ Church Nichola Town", "Kingston", "Portland", "Trelawny", "Hanover",
          "Westmoreland", "Manchester", "Clarendon", "Charlotte", "Grenadines", "Carriacou", "Barbuda",
          "Diego Martin", "Port of Spain", "San Juan", "Laventille", "Tunapuna", "Piarco", "Arima", "Chaguanas",
          "Couva", "Tabaquite", "Talparo", "Mayaro", "Rio Claro", "Penal", "Debe", "Princes Town",
          "Sangre Grande", "Siparia", "San Fernando", "Point Fortin", "Tobago", "Devonshire", "Paget", "Pembroke",
          "Sandys", "Smith's", "Southampton", "Warwick", "Grouville", "Castel", "Torteval")
_PARISHES = (*_NAMED, *(f"{saint} {name}" for saint in ("St.", "St", "Saint") for name in _SAINTS))
# a parish as written or in the capitals of a block's line, before its postcode or no word of
# its name or number ("St. Michael's Church", "St. Michael Church", "Kingston 10 minutes" are none)
# (its cue: the parish's name as written, which the regex module's search tries at every character)
_PARISH = Cued(codecache.compile(
    rf"(?<![\w'’-])(?:{alternation((*_PARISHES, *(p.upper() for p in _PARISHES)))})(?![\w'’-])"
    r"(?:(?=[ \t]+[A-Z]{2}\d)|(?![ \t]+[\p{Lu}\d]))"), Literals((*_PARISHES, *(p.upper() for p in _PARISHES))))
# the words of the Caribbean's streets and estates the English types lack ("Brathwaite's Gap",
# "Hothersal Turning", "Lower Estate Tenantry", "Warrens Development")
_LOCAL_TYPES = ("Gap", "Tenantry", "Plantation", "Development", "Turning", "Pasture", "Ghaut", "Land", "Lands")
_TYPES = frozenset((*EN_TYPES, *AFTER_TYPES, *BUILDINGS, *ESTATE_WORDS, *_LOCAL_TYPES))
# a place: a town, an estate or a street, its house's number or lot before it ("#19 Brathwaite's
# Gap", "Lot 12 Lodge Road")
_PLACE = rf"(?:(?:#[ \t]?|(?:No\.|Lot|Apt\.?)[ \t]*)?\d{{1,5}}[A-Za-z]?,?[ \t]+)?{TOWN}"
_WHOLE = codecache.compile(rf"[ \t]*(?P<place>{_PLACE})[ \t]*")
_CLOSING = codecache.compile(rf"(?:^|(?<=[ \t\"'(:>]))(?P<place>{_PLACE})[ \t]*\Z")  # after a sentence's words
_COMMA = codecache.compile(r",[ \t]*\Z")
_DIGIT = codecache.compile(r"\d")


def parish_spans(text: str, countries: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The runs of places that a parish ends, with the parts after it, as (start, end);
    ``countries`` (casefolded) are the names a country after it may have."""
    spans = []
    for m in _PARISH.finditer(text):
        places = _places(text, m.start())
        if places and any(_DIGIT.search(p) or p.split()[-1] in _TYPES for p in places[1]):
            spans.append((places[0], tail_end(text, m.end(), countries)))
    return spans


def _places(text: str, end: int) -> tuple[int, list[str]] | None:
    """Where the places before a parish at ``end`` start and what they are, each a comma apart on
    its line, the first of them may close a sentence's words; None when no place is there."""
    start, places = end, []
    line = text.rfind("\n", 0, end) + 1
    for _ in range(_MAX_PLACES):
        comma = _COMMA.search(text, line, start)
        if comma is None:
            break
        top = text.rfind(",", line, comma.start()) + 1 or line
        whole = _WHOLE.fullmatch(text, top, comma.start())
        part = whole or _CLOSING.search(text, max(top, comma.start() - _REACH), comma.start())
        if part is None:
            break
        start = part.start("place")
        places.insert(0, part.group("place"))
        if whole is None:
            break
    return (start, places) if places else None
