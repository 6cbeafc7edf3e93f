"""Names in groups: a firm named by its partners is one name, the line between a
signature's name and its address is the organisation, and a name on its address's line ends
where the address begins."""

from __future__ import annotations

import pytest

import redact
from redact.detect.groups import name_lists, names_outside_blocks, signature_companies
from redact.records import Finding

from found import span

KEY = "groups-tests-key-0123456789abcdef"


def _cuts(text: str, findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(text[f.start:f.end], f.category, f.detector) for f in findings]


def test_a_list_with_two_names_found_is_one_name():
    text = "The Tarrow, Blevins and Quade Quartet played."
    found = [span(text, "Blevins"), span(text, "Quade Quartet", "ORGANIZATION")]
    assert _cuts(text, name_lists(text, found))[-1] == (
        "Tarrow, Blevins and Quade Quartet", "ORGANIZATION", "name_list")


def test_a_list_takes_the_category_most_of_its_names_have():
    text = "We drove through Ashcombe, Tillbury and Wrenford."
    found = [span(text, "Ashcombe", "LOCATION"), span(text, "Tillbury", "PERSON"),
             span(text, "Wrenford", "LOCATION")]
    assert _cuts(text, name_lists(text, found))[-1] == (
        "Ashcombe, Tillbury and Wrenford", "LOCATION", "name_list")


@pytest.mark.parametrize(("text", "names"), [
    ("Ask Tarrow, Blevins and Quade.", ["Quade"]),  # one name found: no list
    ("We need Money, Blevins and Quade.", ["Blevins", "Quade"]),  # a common word in it
    ("we need tarrow, Blevins and Quade.", ["Blevins", "Quade"]),  # a lowercase word
])
def test_lists_that_are_no_name_stay_as_found(text, names):
    found = [span(text, n) for n in names]
    assert name_lists(text, found) == found


def test_the_line_between_a_signature_and_its_address_is_the_organisation():
    text = "Regards,\nMilo Pereira\nBrackwater Labs\n12 Coleridge Road\nBristol BS99 9ZZ"
    found = [span(text, "Milo Pereira"), span(text, "12 Coleridge Road\nBristol BS99 9ZZ", "ADDRESS")]
    assert _cuts(text, signature_companies(text, found, {"engineer"}))[-1] == (
        "Brackwater Labs", "ORGANIZATION", "signature")
    # the name repeated above the address, a job title skipped
    text = "> Milo Pereira\n> Brackwater Labs\n> Lead Engineer\n> Milo Pereira\n> 12 Coleridge Road"
    found = [span(text, "Milo Pereira"), Finding(text.rindex("Milo"), text.rindex("Milo") + 12,
                                                  "PERSON", "PERSON", 0.85, "linked"),
             span(text, "12 Coleridge Road", "ADDRESS")]
    assert [c for c in _cuts(text, signature_companies(text, found, {"engineer"}))
            if c[2] == "signature"] == []  # three lines above: the first name is too far
    text = "Milo Pereira\nBrackwater Labs\nLead Engineer\n12 Coleridge Road"
    found = [span(text, "Milo Pereira"), span(text, "12 Coleridge Road", "ADDRESS")]
    assert [c for c in _cuts(text, signature_companies(text, found, {"engineer"}))
            if c[2] == "signature"] == [("Brackwater Labs", "ORGANIZATION", "signature")]


def test_lines_above_an_address_without_a_name_on_top_are_no_organisation():
    text = "Thanks for the parcel!\nSee you soon\n12 Coleridge Road"
    found = [span(text, "12 Coleridge Road", "ADDRESS")]
    assert signature_companies(text, found, set()) == found


def test_a_scrub_replaces_the_firm_and_the_signature_organisation():
    redactor = redact.Redactor(key=KEY)
    text = "Jonas Berg\nOrvanta\n12 Coleridge Road\nBristol BS99 9ZZ"
    assert [(text[e.start:e.end], e.category) for e in redactor.find(text)] == [
        ("Jonas Berg", "PERSON"), ("Orvanta", "ORGANIZATION"),
        ("12 Coleridge Road\nBristol BS99 9ZZ", "ADDRESS")]
    text = "The Stroud, Fenwick and Hale Orchestra was founded in 1980."
    assert [(text[e.start:e.end], e.category) for e in redactor.find(text)] == [
        ("The Stroud, Fenwick and Hale Orchestra", "ORGANIZATION")]


def test_names_read_into_an_address_are_the_addresss_or_end_where_it_begins():
    text = "Mrs. Dana Whitlow Apt. 9 12 Fenwick Close\nLeeds LS6 2QT"
    block = span(text, "Apt. 9 12 Fenwick Close\nLeeds LS6 2QT", "ADDRESS", "address_block")
    found = [span(text, "Dana Whitlow Apt"), block, span(text, "Leeds", "LOCATION")]
    assert _cuts(text, names_outside_blocks(text, found)) == [  # "Leeds" is the block's
        ("Dana Whitlow", "PERSON", "spacy"),
        ("Apt. 9 12 Fenwick Close\nLeeds LS6 2QT", "ADDRESS", "address_block")]
    # no block: nothing to cut
    assert names_outside_blocks(text, found[:1]) == found[:1]
