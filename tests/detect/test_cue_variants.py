"""The ways people and forms write a cue and its value beyond "cue: value"
(rules/cues.yaml): a check character in brackets, an acronym alone, a country between cue
and value, a deed's date, a participle or a few words between them, an id named by what it
belongs to, a token named by its word, an account by its own word; and a value named once is
replaced where it is said again bare. Look-alikes stay as written."""

from __future__ import annotations

import pytest

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a check character in brackets closes the id, spaced or not
    ("for the school form: HKID No. P658904 (2)", "for the school form: HKID No. [GOV_ID_1]"),
    ("– identity card number A550594(4)", "– identity card number [GOV_ID_1]"),
    ("Particulars: HKID No. WX502500 (A)", "Particulars: HKID No. [GOV_ID_1]"),
    ("HKID No. WX502500 [A]", "HKID No. [GOV_ID_1]"),
    # an acronym the table does not know, alone before a long number
    ("Particulars: UPN D593652316573", "Particulars: UPN [OTHER_1]"),
    ("ага-ага, IDNP 0993588736323", "ага-ага, IDNP [OTHER_1]"),
    ("код IDNP: 2284826600840, дзякуй", "код IDNP: [OTHER_1], дзякуй"),
    # (Slovenia's EMŠO checks itself as the JMBG does: a personal number by its digits)
    ("EMSO 0101006500006 (as per the form)", "EMSO [GOV_ID_1] (as per the form)"),
    # a country's abbreviation between the cue and the value
    ("– паспорт РБ KB 5475792", "– паспорт РБ [GOV_ID_1]"),
    ("паспорт гражданина РК N10852107", "паспорт гражданина РК [GOV_ID_1]"),
    ("passport of Kenya A1234567", "passport of Kenya [GOV_ID_1]"),
    # a date of birth as a deed or a court form writes it
    ("date of birth of the deponent: the 7th day of January, 1989",
     "date of birth of the deponent: [DATE_OF_BIRTH_1]"),
    ("who was born on the 24th day of June 2002", "who was born on [DATE_OF_BIRTH_1]"),
    ("DOB: 5th of November 1955", "DOB: [DATE_OF_BIRTH_1]"),
    ("born January the 7th, 1989", "born [DATE_OF_BIRTH_1]"),
    ("родился 7-го января 1989 года", "родился [DATE_OF_BIRTH_1]"),
    ("дата рождения «07» января 1989 г.", "дата рождения [DATE_OF_BIRTH_1] г."),
    ("DOB 07/Jan/1989", "DOB [DATE_OF_BIRTH_1]"),
    ("DOB: 1989-Jan-07", "DOB: [DATE_OF_BIRTH_1]"),
    # what was done with the document, between its name and its value
    ("ID produced: H1857217", "ID produced: [GOV_ID_1]"),
    ("ID presented: Z8452254", "ID presented: [GOV_ID_1]"),
    ("passport sighted at the desk: P5195874", "passport sighted at the desk: [GOV_ID_1]"),
    ("the identity document presented: AB123456", "the identity document presented: [GOV_ID_1]"),
    ("паспорт предъявлен: 4587 515734", "паспорт предъявлен: [GOV_ID_1]"),
    ("Документ: 4587 515734", "Документ: [GOV_ID_1]"),
    ("Identification: A1234567", "Identification: [GOV_ID_1]"),
    # a personal reference named by what it belongs to
    ("yeah tenancy ref. PG-879237", "yeah tenancy ref. [OTHER_1]"),
    ("deposit scheme ID 0080145", "deposit scheme ID [OTHER_1]"),
    ("the bond lodgement no. 4456123", "the bond lodgement no. [OTHER_1]"),
    ("the matter no. 123456 is open", "the matter no. [OTHER_1] is open"),
    # a token named by its word, of any service and any length
    ("– личный токен гитлаба ghp_tJhs3ZVKwD6iI7BwLNlr", "– личный токен гитлаба [SECRET_1]"),
    ("my GitHub token is ghp_tJhs3ZVKwD6iI7BwLNlr.", "my GitHub token is [SECRET_1]."),
    ("the API key for staging: sk-live-4f9aQ2x7Lm0pZ3rT",
     "the API key for staging: [SECRET_1]"),
    ("ключ API: 7Zq3xK9mVb2Lp8Rt4Wy6", "ключ API: [SECRET_1]"),
    # an account by its own word, and four words between cue and "is"
    ("portal user: denise_w", "portal user: [USERNAME_1]"),
    ("(acct paige_s)", "(acct [USERNAME_1])"),
    ("member owens18 posted", "member [USERNAME_1] posted"),
    ("my username in the rider app is madison_maybe",
     "my username in the rider app is [USERNAME_1]"),
])
def test_a_cue_written_another_way_still_names_its_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "ID 42 in the table",
    "order ref. 2291, invoice ref 123456",
    "re: the invoice",
    "version produced: 2.3",
    "паспорт выдан 12.03.2010",
    # a currency's, a word's in capitals, a process's, a flight's: no acronym of a person
    "the rent is USD 150000 a year, KES 2500000 in all",
    "ORDER NO. 123456 SHIPPED; DATE 20240101; TOTAL 1234567",
    "PID 1234567 crashed; I land on SU 7001234 Friday",
    # a date after a birth cue that is no date, and a token's word before a count
    "born on the 32nd day of January 1989",
    "the token expires at 2025-01-01T00:00:00Z; token counts were 1234567890123456",
    "токен истёк вчера",
    # a word after an account's word goes on with the sentence
    "the user interface is slow; user: hello there; user experience matters",
    # a word cut off after an account's word, an email that opens with one
    "the user interf- interface; user requiremen",
    "my docs use user@example.com and account@example.org",
    "the app login password is long",
])
def test_look_alikes_stay_as_written(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_a_login_names_no_user_in_its_password(redactor):
    assert redactor.scrub_text("– the app login password p4AziyKiovwT5GkA").text == (
        "– the app login password [SECRET_1]")


def test_an_id_found_once_by_what_was_done_with_it_is_replaced_where_said_again(redactor):
    text = ("At the desk the ID presented: N5144330.\n"
            "And my username in the rider app is madison_maybe.\n"
            "Still no update for N5144330 po.\n"
            "So madison_maybe called again, re: N5144330.\n")
    assert redactor.scrub_text(text).text == (
        "At the desk the ID presented: [GOV_ID_1].\n"
        "And my username in the rider app is [USERNAME_1].\n"
        "Still no update for [GOV_ID_1] po.\n"
        "So [USERNAME_1] called again, re: [GOV_ID_1].\n")
