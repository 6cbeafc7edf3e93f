"""A job's, a work order's and a call-out's reference named by its word, papers named in
their holders' languages, a series of letters apart by a dash, a password's cue with a
longer "from what", a role's label before a name, and thanks of any language before what
a reply did: exact spans, and the near-misses left alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a job, a work order or a call-out by its reference
    ("заказ-наряд ЗН-326308", "заказ-наряд [OTHER_1]"),
    ("номер вызова мастера 91958/Р", "номер вызова мастера [OTHER_1]"),
    ("on the form: call-out ref: 150/LOCK/24", "on the form: call-out ref: [OTHER_1]"),
    ("the caller read out locksmith job JOB#9421", "the caller read out locksmith job [OTHER_1]"),
    # papers in their holders' languages, a passport's code of letters and digits
    ("rijbewijs (bride): W1082045", "rijbewijs (bride): [GOV_ID_1]"),
    ("paspoortnummer: KSBNE0ZQ2", "paspoortnummer: [GOV_ID_1]"),
    ("Dutch passport WMAHNS922 (the listener said)", "Dutch passport [GOV_ID_1] (the listener said)"),
    ("карта побыту RP 1443336", "карта побыту [GOV_ID_1]"),
    # a series of letters apart by a dash
    ("паспорт I-AH 179662 выдан", "паспорт [GOV_ID_1] выдан"),
    # a vehicle's certificate, its series and number apart by "№"
    ("СТС машины 1814 № 272386", "СТС машины [OTHER_1]"),
    # four words of what a password opens, then a colon
    ("пароль от личного кабинета сервиса: 6FJUtMXhDr34yUG",
     "пароль от личного кабинета сервиса: [SECRET_1]"),
])
def test_cues_name_their_value(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a shop's order, a date or a year after "job"
    "the photo book order 67811-65 came wrong",
    "заказ 71389-69 пришёл вчера",
    "my first job 12/03/2024 was fun",
    "a job 2019 style",
])
def test_look_alikes_near_job_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("Locksmith on call: Sabine Louis", "Locksmith on call: [PERSON_1]"),
    ("Installer (lead): Lucie Vallée", "Installer (lead): [PERSON_1]"),
    ("Key holder: Jefri Zulkarnain", "Key holder: [PERSON_1]"),
    ("Bride: Cahal McKenny", "Bride: [PERSON_1]"),
    ("Presenter on air: Nyoni Abdullahi", "Presenter on air: [PERSON_1]"),
])
def test_a_roles_label_introduces_the_name_on_its_line(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "Printer: Canon Pixma",
    "Тау, внесла в базу.",
    "Dzięki, записала.",
])
def test_things_labels_and_thanks_before_what_was_done_are_no_names(redactor, text):
    assert redactor.scrub_text(text).text == text
