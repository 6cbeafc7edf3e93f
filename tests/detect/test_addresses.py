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
    # "address to": what follows the cue, not the cue's last word
    ("Please change my address to 12 Fenwick Close, Leeds LS6 2QT.",
     "Please change my address to [ADDRESS_1]."),
    # a name on the line of its address ends where the address begins
    ("Mrs. Dana Whitlow Suite 9 12 Fenwick Close\nLeeds LS6 2QT", "Mrs. [PERSON_1] [ADDRESS_1]"),
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


COUNTRIES = frozenset({"finland", "norway", "denmark", "portugal"})


@pytest.mark.parametrize(("text", "blocks"), [
    # a house number before a street of any language's name and number, its unit on the
    # line, town lines and a country with its postcode
    ("Ship to:\n5120 Kolmikulma 17 Apt. 42\nTURKU\nFinland 20100\nThanks",
     ["5120 Kolmikulma 17 Apt. 42\nTURKU\nFinland 20100"]),
    # a reply's ">" quotes every line of the block
    ("> Jonna Virtanen\n> 88 Lintukuja 4\n> Suite 9\n> Vaasa\n> Finland 65100",
     ["88 Lintukuja 4\n> Suite 9\n> Vaasa\n> Finland 65100"]),
    # after a unit on the street's line, a town and a country with a space
    ("Meet me at 312 Brennevegen 9 Suite 14 LILLEHAMMER Norway.",
     ["312 Brennevegen 9 Suite 14 LILLEHAMMER Norway"]),
    # a paragraph a blank line ended: through a unit to its end; the country line after it
    ("761 Sarapuu 12\n Apt. 3\n Tartu", ["761 Sarapuu 12\n Apt. 3\n Tartu"]),
    (" Denmark 41250", ["Denmark 41250"]),
    # a region line under the town, written ", XX" on its own line; a postcode alone
    ("Send it to 4410 Lindevej 3\nKolding\n, SD\n Denmark 60021 now",
     ["4410 Lindevej 3\nKolding\n, SD\n Denmark 60021"]),
    ("Billing:\n  77 Hafenstraße 5 Suite 2\n  Lübeck\n  23552", ["77 Hafenstraße 5 Suite 2\n  Lübeck\n  23552"]),
    # Hungarian: the type after the name, a dot after the number; Polish "ul." first
    ("Please go to 14 Tölgyfa u. 8. first.", ["14 Tölgyfa u. 8."]),
    ("Stop at 9 Béla király útja 31. please", ["9 Béla király útja 31."]),
    ("Leave it at Rua Dois e Quinze de Maio 40 today", ["Rua Dois e Quinze de Maio 40"]),
    ("Meet at 12 Lipová 7, Lhota u Brna", ["12 Lipová 7, Lhota u Brna"]),
    ("Drop it at ul. Lipowa 12, then call.", ["ul. Lipowa 12"]),
    # the street's number after a Romance name
    ("Post it to 2204 Rua Alegre 71\n Apt. 6\n Braga\n Portugal 47100 soon",
     ["2204 Rua Alegre 71\n Apt. 6\n Braga\n Portugal 47100"]),
    # an intersection, one street of it with a number
    ("Leave it at the corner of Fenwick Avenue 18 and Osler Road.",
     ["the corner of Fenwick Avenue 18 and Osler Road"]),
])
def test_street_lines_of_many_countries_and_the_parts_below_them(text, blocks):
    assert [text[a:b] for a, b in address_spans(text, COUNTRIES)] == blocks


@pytest.mark.parametrize(("text", "blocks"), [
    # a region between the town and the postcode, on a line of its own or on the town's, in
    # any writing; the postcode after a region line may have prose after it
    ("Reach us at 22 Glenbrook Avenue\nBallincollig\nCo. Cork\nP31 KX84",
     ["22 Glenbrook Avenue\nBallincollig\nCo. Cork\nP31 KX84"]),
    ("Mail: 31 Birkenweg 4\nThun\n, be\n 3600 by Friday", ["31 Birkenweg 4\nThun\n, be\n 3600"]),
    ("Ship to 5 Quarry Lane Apt 2\nKiama, nsw 2533 please", ["5 Quarry Lane Apt 2\nKiama, nsw 2533"]),
    ("Send it to 61 Rosenvej 3\nRIBE sj 6760", ["61 Rosenvej 3\nRIBE sj 6760"]),
    ("Ship to 55 Harbour Road\nTatamagouche\n NS\n B0K 1V0\nThanks",
     ["55 Harbour Road\nTatamagouche\n NS\n B0K 1V0"]),
    # a unit before the house number: the unit, the number and the street are one block
    ("Ms. Hanne Lund Suite 4 7 Fiskergade 12\nRibe 6760", ["Suite 4 7 Fiskergade 12\nRibe 6760"]),
    ("Apt. 9, 15 Marlow Road, Leeds LS6 2QT", ["Apt. 9, 15 Marlow Road, Leeds LS6 2QT"]),
    # a known country ends a block on the town's line, with prose after it
    ("It went to 7 Rue Verte Apt 3 BODØ Norway yesterday.", ["7 Rue Verte Apt 3 BODØ Norway"]),
    # a town with its bracketed qualifier before the postcode
    ("Bahnhofstraße 9, Halle (Saale) 06108", ["Bahnhofstraße 9, Halle (Saale) 06108"]),
    # a street's name and number of any language and case, then English's street word
    ("The bus stops at 2210 Nádražní 1429 St.", ["2210 Nádražní 1429 St."]),
    ("drop it at 74 lindevej 12 st. tomorrow", ["74 lindevej 12 st."]),
    # the type first in Greek and Spanish, after the name in Estonian and Latvian; a family
    # name's particle inside an English street
    ("Λεωφόρος Κηφισίας 88, Αθήνα 11526", ["Λεωφόρος Κηφισίας 88, Αθήνα 11526"]),
    ("Avda. de la Constitución 12, 41001 Sevilla", ["Avda. de la Constitución 12, 41001 Sevilla"]),
    ("Pärnu maantee 12, 10148 Tallinn", ["Pärnu maantee 12, 10148 Tallinn"]),
    ("Brīvības iela 5, Rīga", ["Brīvības iela 5, Rīga"]),
    ("Post it to 87 van Gijn Summit, Haarlem 2011", ["87 van Gijn Summit, Haarlem 2011"]),
    # military addresses in any case
    ("psc 1234, box 5678\napo ae 09012", ["psc 1234, box 5678\napo ae 09012"]),
    ("uscgc harmon\nfpo ap 96601", ["uscgc harmon\nfpo ap 96601"]),
    # a street's number that is the next street's house number: one block
    ("Meet at Strandvegen 12 Ivy Court\n Apt. 7\n Bodø\n Norway 8006 at noon",
     ["Strandvegen 12 Ivy Court\n Apt. 7\n Bodø\n Norway 8006"]),
    # what follows a postcode is no region of it: two addresses stay two
    ("Ship both: 12 Dorset Street\nHobart, tas 7000, and PSC 4410, Box 12\nAPO AE 09012",
     ["12 Dorset Street\nHobart, tas 7000", "PSC 4410, Box 12\nAPO AE 09012"]),
    # a town and its postcode after "in" in prose; rooms, products, standards, years, ports
    # and share counts after "in" are none
    ("We opened an office in Vejen 6600 since May, and one in Quinta do Anjo 2950-005.",
     ["Vejen 6600", "Quinta do Anjo 2950-005"]),
    ("We met in Room 1021, in Windows 2000, certified in ISO 9001, in Paris 2024; it runs in "
     "Postgres 5432 now, and I invested in Tesla 1000 shares.", []),
    # a text in lowercase: a street with its type, then a unit and a town or a postcode
    ("pls send it to 12 oak road apt 5, leeds", ["12 oak road apt 5, leeds"]),
    ("new address: 2208 rua do sol 14 suite 3, braga, portugal 4700-320",
     ["2208 rua do sol 14 suite 3, braga, portugal 4700-320"]),
    ("we walked 5 miles down the road, 3 more down long road 1234; room 101, flight ba 2490",
     []),
    ("i walked 2 blocks down main street, room 5", []),
    # an order number, a flight, a year after a block, a price, a version: no part of one
    ("Ship to 12 Oak Road, Leeds, order 48213 arrives Monday", ["12 Oak Road, Leeds"]),
    ("Meet at 12 Oak Road, Leeds, flight BA 2490 leaves from Gate 12", ["12 Oak Road, Leeds"]),
    ("Order 48213 ships to 9 Mill Road\nLeeds\nThanks\n2024 was great", ["9 Mill Road"]),
    ("We ordered 2 pizzas for 12 St. Patrick's Day", []),
    ("Room 4 Building 2 costs $2000 per month, version 2.14 build 3120 st.", []),
])
def test_regions_units_and_streets_as_people_write_them(text, blocks):
    assert [text[a:b] for a, b in address_spans(text, COUNTRIES)] == blocks


@pytest.mark.parametrize("text", [
    "Olga Tamm\n\n761 Sarapuu 12\n Tartu",  # a name and a number, a word below: no address
    "Room 4 Building 2 is free. We had 3 Big Macs 2 days ago.\nChapter 3 Page 12\nTotal 5",
    "We moved to the corner of the room and sat down.",  # no number: no street
    "Invoice 48213\nOrder 55321",  # a word and a number on its line is no country line
])
def test_names_and_numbers_that_are_no_street_stay(text):
    assert address_spans(text, COUNTRIES) == []


def test_the_unit_after_a_street_ends_it_before_what_is_no_town():
    text = "Call me at 12 Coleridge Road Apt 5 Tomorrow I can."
    assert [text[a:b] for a, b in address_spans(text)] == ["12 Coleridge Road Apt 5"]
