"""Postal addresses as people write them: a whole block (street, unit, town, postcode,
country) is one ADDRESS tag, in letters, invoices and signatures of six countries, and
the numbers of prices, orders, times, versions, rooms and flights stay as they were."""

from __future__ import annotations

import pytest

import redact
from redact.config import Policy
from redact.detect.addresses import address_spans

KEY = "address-tests-key-0123456789"


@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key=KEY)


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a signature's block: unit and street, town and postcode, country; the line after stays
    ("Regards,\nFlat 3, 12 Coleridge Road\nBristol BS99 9ZZ\nUnited Kingdom\n\nThanks",
     "Regards,\n[ADDRESS_1]\n\nThanks"),
    ("Invoice to:\nStudio 81\nDiana Circles\nPort Josephbury\nE6 7EG\n",
     "Invoice to:\n[ADDRESS_1]\n"),
    # US: one line with commas and a ZIP+4, a block with a state line and the country
    ("Ship it to 1777 Kramer Court, Johnsonfurt, NE 80119-4321 please.",
     "Ship it to [ADDRESS_1] please."),
    ("Bill to\n083 Crosby Plaza Apt. 533\nFarleytown, MT 73436\nUSA\n",
     "Bill to\n[ADDRESS_1]\n"),
    ("PSC 3753, Box 7437\nAPO AE 34406", "[ADDRESS_1]"),
    # Ireland: an Eircode, with or without the space
    ("Post it to 8 Main Street, Dublin D02 X285.", "Post it to [ADDRESS_1]."),
    ("17 Quay Road W31AWX4 Kilkenny", "[ADDRESS_1]"),
    # Germany: compounds, hyphenated names and a street word of its own; postcode first
    ("Rechnung an: Hauptstraße 5, 10115 Berlin", "Rechnung an: [ADDRESS_1]"),
    ("Hella-Vollbrecht-Weg 19/77\n79931 Guben\nDeutschland", "[ADDRESS_1]"),
    ("Pieperring 97/14\n82883 Bautzen", "[ADDRESS_1]"),
    # France: number, type, name; postcode and town below
    ("Adresse : 5, rue de la Paix\n75002 Paris\nFrance", "Adresse : [ADDRESS_1]"),
    ("boulevard de Torres\n71798 Rémy", "[ADDRESS_1]"),
    # a street line alone, in prose
    ("The office moved to 221B Baker Street last year.",
     "The office moved to [ADDRESS_1] last year."),
    ("We met at 12 Coleridge Road and walked", "We met at [ADDRESS_1] and walked"),
    # Russia: town first, index before or after, корпус and строение, пр-т and пер.
    ("проживаю по адресу: г. Казань, ул. Садовая, д. 21, кв. 7",
     "проживаю по адресу: [ADDRESS_1]"),
    ("420111, г. Казань, пр-т Победы, д. 5, корп. 2, стр. 1, кв. 17", "[ADDRESS_1]"),
    ("Москва, пер. Сивцев Вражек, д. 4", "[ADDRESS_1]"),
    ("с. Артем, алл. Добролюбова, д. 3/5 к. 6/3, 594268", "[ADDRESS_1]"),
])
def test_an_address_block_is_one_tag(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "Order 55321 London shipped at 10:30; Room 101, flight BA 2490 from Gate 12.",
    "Version 2.14.1 Release Notes; it costs $12.50 with 3 Free Shipping Days.",
    "We had 3 Big Macs. Spring 2024 was busy; Windows 10 Pro, Chapter 12 Park Rules.",
    "The 2nd Edition. Top 10 Places to Visit, 5 Star Hotels, 3 Main Courses.",
    "Заказ № 55321 от 12.03.2024, 990 руб.; рейс SU 1402, выход 12, в 10:30.",
    "Bestellung 48213 vom 01.02.2024 für 30 Euro. Commande n° 48213, salle 204.",
])
def test_numbers_that_are_not_addresses_are_kept(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_lines_below_a_street_join_only_up_to_a_postcode_or_a_country():
    text = "12 Coleridge Road\nThanks,\nAnna"
    assert [text[a:b] for a, b in address_spans(text)] == ["12 Coleridge Road"]
    text = "12 Coleridge Road\nBristol\nUK\nSee you"
    assert [text[a:b] for a, b in address_spans(text)] == ["12 Coleridge Road\nBristol\nUK"]


def test_a_text_without_a_digit_has_no_address():
    assert address_spans("Coleridge Road, Bristol, United Kingdom") == []


def test_turning_the_addresses_pack_off_turns_address_blocks_off():
    text = "Send it to 8 Main Street, Dublin D02 X285."
    redactor = redact.Redactor(key=KEY, policy=Policy(packs_off=("addresses",)))
    assert "ADDRESS" not in {e.category for e in redactor.find(text)}
    assert "ADDRESS" in {e.category for e in redact.Redactor(key=KEY).find(text)}
