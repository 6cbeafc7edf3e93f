"""Identifiers named by their cue (rules/cues.yaml): the value takes its cue's category,
in scrub and in check; the same shapes without a cue are left alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

from redact import Redactor
from redact.detect.packs import load_rules
from redact.errors import ConfigError


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("you can reach her at 555 0163", "you can reach her at [PHONE_1]"),
    ("Phone: 61 22 874", "Phone: [PHONE_1]"),
    ("my licence number is K0000291", "my licence number is [GOV_ID_1]"),
    ("the passport number on file is C7710093", "the passport number on file is [GOV_ID_1]"),
    ("her DL# R3302817, expires soon", "her DL# [GOV_ID_1], expires soon"),
    ("номер ОМС 3356882019457710, пасс: Kv9!trel, код от гаража 2207",
     "номер ОМС [OTHER_1], пасс: [SECRET_1], код от гаража [SECRET_2]"),
    ("patient ID 0049213", "patient ID [OTHER_1]"),
    ("tax id 12/345/67890", "tax id [GOV_ID_1]"),
    ("policy no. HX-00017", "policy no. [OTHER_1]"),
    ("DOB 11/02/1987", "DOB [DATE_OF_BIRTH_1]"),
    ("1956 г. р.", "[DATE_OF_BIRTH_1] г. р."),
    ("дата рождения — 14.03.1983", "дата рождения — [DATE_OF_BIRTH_1]"),
    ("пароль: Tr0mb0n!st", "пароль: [SECRET_1]"),
    ("the alarm code is 4471", "the alarm code is [SECRET_1]"),
    ("ИНН7700000000", "ИНН[GOV_ID_1]"),
    ("tel:+44 20 7946 0000", "tel:[PHONE_1]"),
    ("for the form: my PIN is 0406.", "for the form: my PIN is [SECRET_1]."),
    ("вот - полис ОМС 5589571834714872", "вот - полис ОМС [OTHER_1]"),
    ("код домофона 8010, заходите", "код домофона [SECRET_1], заходите"),
    ("Account no. 31926819, sort code 60-16-13",
     "Account no. [BANK_ACCOUNT_1], sort code [BANK_ACCOUNT_2]"),
    # a form's label on the line above; an extension; a signature's label after the number
    ("Contact\nPhone:\n614 2290\n", "Contact\nPhone:\n[PHONE_1]\n"),
    ("Fax: 312.555.0147x22", "Fax: [PHONE_1]"),
    ("Ivo\n532 71 604 office\n(41) 733-209-Fax", "Ivo\n[PHONE_1] office\n[PHONE_2]-Fax"),
    # a few words between cue and value, opened by a preposition or a pronoun
    ("licence on the form: K7730152", "licence on the form: [GOV_ID_1]"),
    ("passport for the trip: C5510372", "passport for the trip: [GOV_ID_1]"),
    ("пароль от почты у меня: Zr4!moss", "пароль от почты у меня: [SECRET_1]"),
    ("номер полиса для страховой — XK-201933", "номер полиса для страховой — [OTHER_1]"),
    ("insurance policy QT-482201", "insurance policy [OTHER_1]"),
    ("login pass Gq7#vLr2xw, keep it", "login pass [SECRET_1], keep it"),
    ("и ещё PIN-код 5830", "и ещё PIN-код [SECRET_1]"),
])
def test_a_value_takes_its_cues_category(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # an id's noun with its companion, after it or before it, glued or not
    ("licence details: P9299803", "licence details: [GOV_ID_1]"),
    ("claim ref JH-104630 (pls verify)", "claim ref [OTHER_1] (pls verify)"),
    ("claim #JH-104630", "claim #[OTHER_1]"),
    ("staff ID: 0071504, membership details - AB-55120", "staff ID: [OTHER_1], membership "
     "details - [OTHER_2]"),
    ("PAN card no. ABCPK1234M; PAN JKEPK7009T", "PAN card no. [GOV_ID_1]; PAN [GOV_ID_2]"),
    ("Medicare card 4035 65153 9", "Medicare card [GOV_ID_1]"),
    ("UHID 0071504, cheers", "UHID [OTHER_1], cheers"),
    ("patient reg no 0071504", "patient reg no [OTHER_1]"),  # "Reg" is no one here
    ("Aadhaar no. 8443 8194 8211", "Aadhaar no. [GOV_ID_1]"),
    ("DL: R9444882, licence (front): K7730152", "DL: [GOV_ID_1], licence (front): [GOV_ID_2]"),
    ("паспорт серия и номер: 4587 № 515734", "паспорт серия и номер: [GOV_ID_1]"),
    ("номер ВУ 99 12 345678", "номер ВУ [GOV_ID_1]"),
    ("серия и номер 45 10 123456", "серия и номер [GOV_ID_1]"),
    ("ph: 312.456.7890", "ph: [PHONE_1]"),
    # a format hint between cue and value, bare, bracketed or worded
    ("date of birth dd/mm/yy 09/11/76", "date of birth dd/mm/yy [DATE_OF_BIRTH_1]"),
    ("Field 4: birth date (mm/dd/yyyy): 12/16/1953",
     "Field 4: birth date (mm/dd/yyyy): [DATE_OF_BIRTH_1]"),
    ("Date of Birth (DD/MM/YY) - 16/12/47", "Date of Birth (DD/MM/YY) - [DATE_OF_BIRTH_1]"),
    ("date of birth in dd/mm/yyyy format: 16/12/1947",
     "date of birth in dd/mm/yyyy format: [DATE_OF_BIRTH_1]"),
    ("дата рождения (ДД.ММ.ГГГГ): 11.04.1958", "дата рождения (ДД.ММ.ГГГГ): [DATE_OF_BIRTH_1]"),
    # Russian cues in any case, short forms, two-digit years
    ("дата рождения: 01.02.70", "дата рождения: [DATE_OF_BIRTH_1]"),
    ("с датой рождения 17.11.55 всё ок", "с датой рождения [DATE_OF_BIRTH_1] всё ок"),
    ("др 11.04.1958", "др [DATE_OF_BIRTH_1]"),
    ("1990 г. рожд.", "[DATE_OF_BIRTH_1] г. рожд."),
    # a password or a code after what it opens, with no word handing over
    ("пароль от инета Fsj3r3fHU24*RfDh, если надо", "пароль от инета [SECRET_1], если надо"),
    ("пасс от вайфая Kv4Kro%tQEPkG!", "пасс от вайфая [SECRET_1]"),
    ("пароль к вайфаю Kv4Kro%tQEPkG!", "пароль к вайфаю [SECRET_1]"),
    ("код от калитки во дворе 4471, а код ошибки 404", "код от калитки во дворе [SECRET_1], "
     "а код ошибки 404"),
    ("password for the router Kq7#mzLr2", "password for the router [SECRET_1]"),
    ("gate pin 4471; the code for the side gate is 5830.", "gate pin [SECRET_1]; the code for "
     "the side gate is [SECRET_2]."),
    # the noun said again after a comma; an account's word as a form's label
    ("my passport, the number is 4587 515734", "my passport, the number is [GOV_ID_1]"),
    ("his licence - its number is K0000291", "his licence - its number is [GOV_ID_1]"),
    ("library member: pgrant and portal user = dmyers", "library member: [USERNAME_1] and portal "
     "user = [USERNAME_2]"),
])
def test_the_cue_grammar_reads_companions_hints_and_what_a_secret_opens(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # "ref" alone, an order's or a ticket's number, a noun that is no id's
    "ticket ref 55123, see the ref 12345 in the appendix; ref no. 7781, ticket #4471",
    "the claim that 2020 was bad, the case for 2021, the pan 350 degrees",
    "room number 305, table no. 4, seat number 23, page no. 45",
    # no such day, a year still to come
    "dob 13/13/1990, born 2031",
    # what a code is for, then a length; a count after a password's "for"
    "the code for this function is 120 lines, and a password for all 3 accounts",
    "код ошибки 404, код от 100 до 200, номер заказа 55123",
    # a label's word with prose after it; the number of a thing said again
    "the user: what do they want? member: yes, since 2019",
    "my order, the number is 55123",
])
def test_look_alikes_near_the_new_cues_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize("text", [
    "order number 4417723 shipped today",
    "it costs $1,200 now, or 1 200 ₽",
    "the password is correct, try again",
    "we're in room 4417 at 10:30",
    "upgrade to 3.12.1 first",
    "my flight BA 2490 is delayed",
    "the meeting moved to 14.03.2025",
    "my phone is 5 years old",
    "We ordered 2 000 000 office chairs.",  # a word after the cue: no label of a number
    # a noun right after the cue makes another thing of it; four words are too many
    "the phone bill is 120 000",
    "the passport fee is 8 500 rubles",
    "the licence fee for this year is 159",
    "boarding pass 4471, seat 12C",
])
def test_look_alikes_without_a_cue_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("the username I use is ptarnow", "the username I use is [USERNAME_1]"),
    ("my account is vkellen", "my account is [USERNAME_1]"),
    ("моя учётка lmirova, пользователь dzherin", "моя учётка [USERNAME_1], пользователь [USERNAME_2]"),
    ("на форуме я ostrik_7", "на форуме я [USERNAME_1]"),
    ("I'm wendle42 on the forum", "I'm [USERNAME_1] on the forum"),
    # a word of the language after the cue is the sentence going on
    ("my account is locked, my account is fine, my account is overdrawn",
     "my account is locked, my account is fine, my account is overdrawn"),
    ("I'm new on the forum and the thread on the forum is long",
     "I'm new on the forum and the thread on the forum is long"),
    ("пользователь ubuntu", "пользователь ubuntu"),
    # a few words before the handle: where, or who logs in as it
    ("мой логин в слаке jbarker", "мой логин в слаке [USERNAME_1]"),
    ("вход на портал под gdunn", "вход на портал под [USERNAME_1]"),
    ("заходи под моим логином imendoza", "заходи под моим логином [USERNAME_1]"),
    ("в тимсе я dana_lose", "в тимсе я [USERNAME_1]"),
    ("you'll find me as jwalker on the wiki", "you'll find me as [USERNAME_1] on the wiki"),
    ("I'm kcarney on Teams", "I'm [USERNAME_1] on Teams"),
    ("зайди в админку как jspears", "зайди в админку как [USERNAME_1]"),
    ("вход на сайт под 18+ запрещён", "вход на сайт под 18+ запрещён"),
])
def test_a_handle_after_a_user_names_cue_is_a_username(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a copula or a reporting verb of any tense hands the value over, as "is" does
    ("the permit on my licence still shows K7730152", "the permit on my licence still shows "
     "[GOV_ID_1]"),
    ("her passport said C5510372 last year", "her passport said [GOV_ID_1] last year"),
    ("my SSN ends in 4471", "my SSN ends in [GOV_ID_1]"),
    ("the policy number should be HX-00017", "the policy number should be [OTHER_1]"),
    ("the number on his passport was C5510372", "the number on his passport was [GOV_ID_1]"),
    ("СНИЛС будет 112-233-445 95, а ИНН вот 7700000000",
     "СНИЛС будет [GOV_ID_1], а ИНН вот [GOV_ID_2]"),
    ("номер медкарты такой: 55123", "номер медкарты такой: [OTHER_1]"),
    ("номер моего паспорта 4587 515734", "номер моего паспорта [GOV_ID_1]"),
    ("права 99 12 345678, до 2030", "права [GOV_ID_1], до 2030"),
    ("родился в 1983 году, она с 1987 г.р.", "родился в [DATE_OF_BIRTH_1] году, она с "
     "[DATE_OF_BIRTH_2] г.р."),
    ("ИНН диктую: 7700000000; passport, here's C7710093", "ИНН диктую: [GOV_ID_1]; passport, "
     "here's [GOV_ID_2]"),
    # an id's noun of a state or a clinic, whatever words come before it
    ("Social Insurance No. 046-454-286", "Social Insurance No. [GOV_ID_1]"),
    ("citizen service number 111222333", "citizen service number [GOV_ID_1]"),
    ("Permanent Account Number ABCPK1234M", "Permanent Account Number [GOV_ID_1]"),
    ("UID no. 8443 8194 8211", "UID no. [GOV_ID_1]"),
    ("номер военного билета 1234567", "номер военного билета [GOV_ID_1]"),
    ("unique pupil no. 0552093", "unique pupil no. [OTHER_1]"),
    # the state's acronyms alone; any other acronym before an id's word is a personal number
    ("BSN 111222333 and SIN: 046 454 286", "BSN [GOV_ID_1] and SIN: [GOV_ID_2]"),
    ("NHI # ZAC1234, OHIP no. 1234-567-890", "NHI # [OTHER_1], OHIP no. [OTHER_2]"),
    ("ЕНП № 7788990011223344", "ЕНП № [OTHER_1]"),
    ("her driver's lic #: K7730152", "her driver's lic #: [GOV_ID_1]"),
    ("ЕНП 7788990011223344, дата рожд-я 01.02.70", "ЕНП [OTHER_1], дата рожд-я "
     "[DATE_OF_BIRTH_1]"),
    ("BVN: 22123456789, Emirates ID 784-1234-1234567-1", "BVN: [GOV_ID_1], Emirates ID "
     "[GOV_ID_2]"),
    ("his social is 078-05-1120", "his social is [GOV_ID_1]"),
    ("Employee code: EMP-00123", "Employee code: [OTHER_1]"),
    ("паспорт гражданина РФ серии 45 10 № 123456", "паспорт гражданина РФ серии [GOV_ID_1]"),
    ("Паспортные данные: серия 4510, номер 123456", "Паспортные данные: серия [GOV_ID_1]"),
    # what a cue named is no phone, though its digits are grouped like one
    ("My IRD number is 123-456-789; CRN no. 123 456 789A", "My IRD number is [GOV_ID_1]; "
     "CRN no. [OTHER_1]"),
])
def test_verbs_nouns_and_acronyms_of_ids_hand_their_value_over(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # what someone logs in with, and who they are somewhere
    ("I sign on to the VPN with qmorrow7", "I sign on to the VPN with [USERNAME_1]"),
    ("she logged into Jira as tkellerman", "she logged into Jira as [USERNAME_1]"),
    ("on the build server I'm ops_wren", "on the build server I'm [USERNAME_1]"),
    ("my handle these days is vortexcat", "my handle these days is [USERNAME_1]"),
    ("the username reads hgallo_2", "the username reads [USERNAME_1]"),
    ("в корпоративной сети я pvolkova, на портале я pvolk", "в корпоративной сети я "
     "[USERNAME_1], на портале я [USERNAME_2]"),
    ("в системе меня знают как dkrylov", "в системе меня знают как [USERNAME_1]"),
    ("ник мой — vasya_pupkin, заходил под учёткой petrov.s", "ник мой — [USERNAME_1], "
     "заходил под учёткой [USERNAME_2]"),
    ("I'm on Slack as jbell_77", "I'm on Slack as [USERNAME_1]"),
    ("I use the handle jdoe_77, the handle broke off", "I use the handle [USERNAME_1], the "
     "handle broke off"),
    ("a script that uh handle bleedthrough", "a script that uh handle bleedthrough"),
    # a word of the language, or a login's provider, is the sentence going on
    ("I log in with Google, I sign in with my email, in London I'm bored",
     "I log in with Google, I sign in with my email, in London I'm bored"),
    ("в общем я ok, на работе я senior", "в общем я ok, на работе я senior"),
])
def test_verbs_that_name_a_handles_use_make_it_a_username(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a verb after a thing's number, an acronym of a thing's, a count after "number of"
    "the order number is 12345-67, room number is 4.12, flight is BA 2231, version is 3.2.1",
    "the model number reads X1234 and the product code says AB1234",
    "PR #5678 and RFC no. 2616 and ISBN no. 978-3-16-148410-0, SD card 128GB",
    "the number of staff 150; the ticket number should be 55123",
    "ФЗ № 152, ГОСТ № 12345, ТТН № 4471; права 2015 года",
    "my username should be changed soon",
])
def test_verbs_and_acronyms_before_things_numbers_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_check_reads_the_same_table(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("patient ID 0049213\nthe alarm code is 4471\n")
    result = run_cli("check", "notes.txt", "--output-format", "json", "--no-cache", cwd=tmp_path)
    assert result.exit_code == 1
    [checked] = json.loads(result.stdout)["files"]
    assert [(f["line"], f["category"], f["detector"]) for f in checked["findings"]] == [
        (1, "OTHER", "cue_other_en"), (2, "SECRET", "cue_secret_en")]
    assert "0049213" not in result.stdout and "4471" not in result.stdout


def test_russian_cues_are_read_in_every_case_and_number():
    rules = load_rules()
    [row] = [r for r in rules.cues.rows
             if r.category == "GOV_ID" and r.language == "ru" and not r.last and r.shapes == ("id",)]
    assert {"водительского удостоверения", "водительские удостоверения",
            "паспортных данных"} <= set(row.phrases)
    assert "паспорт" in row.phrases and "паспорта" in row.phrases


def test_a_row_naming_an_unknown_validator_is_a_config_error(tmp_path: Path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("cues:\n  - {category: OTHER, phrases: [locker], shapes: [pin], "
                    "validator: lockers}\n")
    with pytest.raises(ConfigError, match=r"mine\.yaml: cue row 1 names unknown validator "
                                          r"'lockers'"):
        load_rules([pack])


def test_a_users_nouns_take_the_tables_companions(tmp_path: Path):
    pack = tmp_path / "lockers.yaml"
    pack.write_text("cues:\n  - {category: OTHER, entity: LOCKER, nouns: [locker], "
                    "shapes: [pin]}\n")
    redactor = Redactor(rules=[pack])
    assert redactor.scrub_text("locker no. 2291, my locker 2291").text == (
        "locker no. [OTHER_1], my locker 2291")


def test_a_row_naming_an_unknown_shape_is_a_config_error(tmp_path: Path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("cues:\n  - {category: OTHER, phrases: [locker], shapes: [lockers]}\n")
    with pytest.raises(ConfigError, match=r"mine\.yaml: cue row 1 names unknown shapes "
                                          r"\['lockers'\]"):
        load_rules([pack])


def test_a_gaps_end_is_a_word_or_one_sign(tmp_path: Path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("cue_gap:\n  words: 2\n  ends:\n    en: [is, ':=']\n")
    with pytest.raises(ConfigError, match=r"mine\.yaml: a gap's end is a word or one sign"):
        load_rules([pack])


def test_a_row_without_a_gap_takes_its_value_right_after_the_cue(tmp_path: Path):
    pack = tmp_path / "lockers.yaml"
    pack.write_text("cues:\n  - {category: OTHER, entity: LOCKER, phrases: [locker], "
                    "shapes: [pin], gap: false}\n"
                    "  - {category: SECRET, entity: SAFE, phrases: [safe], shapes: [pin]}\n")
    redactor = Redactor(rules=[pack])
    assert redactor.scrub_text("my locker on the left is 2291").text == (
        "my locker on the left is 2291")
    assert redactor.scrub_text("the safe in the hall is 7730").text == (
        "the safe in the hall is [SECRET_1]")


def test_a_users_pack_adds_rows_with_the_builtin_shapes(tmp_path: Path):
    pack = tmp_path / "lockers.yaml"
    pack.write_text("cues:\n  - {category: OTHER, entity: LOCKER, phrases: [locker], "
                    "shapes: [pin]}\n")
    rules = load_rules([pack])
    assert Redactor(rules=[pack]).scrub_text("my locker is 2291").text == "my locker is [OTHER_1]"
    assert any(s["supported_entity"] == "LOCKER" for s in rules.specs)


def test_a_start_naming_an_unknown_shape_is_a_config_error(tmp_path: Path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("cue_starts:\n  lockers: '\\d'\n")
    with pytest.raises(ConfigError, match=r"mine\.yaml: a cue start names unknown shape "
                                          r"'lockers'"):
        load_rules([pack])


def test_a_row_may_read_any_acronym_but_those_it_is_told_are_things(tmp_path: Path):
    pack = tmp_path / "lockers.yaml"
    pack.write_text("cues:\n  - {category: OTHER, entity: LOCKER, any_acronym: true, "
                    "companions: [slot], not_acronyms: [SKU], shapes: [pin]}\n")
    redactor = Redactor(rules=[pack])
    assert redactor.scrub_text("LKR slot 2291, SKU slot 4471").text == (
        "LKR slot [OTHER_1], SKU slot 4471")


@pytest.mark.parametrize(("text", "scrubbed"), [
    # any noun before a number word, then a long number: a personal number of some register
    ("RE: intake — folder number 0099242", "RE: intake — folder number [OTHER_1]"),
    ("patient form: medical aid no. DM-576300", "patient form: medical aid no. [OTHER_1]"),
    ("the donor card nr. 44781236 is in the file", "the donor card nr. [OTHER_1] is in the file"),
    ("__hospital no. 0045412__", "__hospital no. [OTHER_1]__"),  # Markdown's bold
    ("номер папки 0099242, номер медицинской карты 12345678",
     "номер папки [OTHER_1], номер медицинской карты [OTHER_2]"),
    ("карта донора № 4478123 лежит в папке", "карта донора № [OTHER_1] лежит в папке"),
    ("полис ОМС единого образца 8766882523990651", "полис ОМС единого образца [OTHER_1]"),
    # an acronym's pair, letter groups, a Cyrillic series before "№"
    ("Q: FIN/NRIC no. G6945442P", "Q: FIN/NRIC no. [GOV_ID_1]"),
    ("Medicare ID (MBI) 1C93-VD0-HD67 and health card number 3270-278-462-AV",
     "Medicare ID (MBI) [GOV_ID_1] and health card number [OTHER_1]"),
    ("военный билет ЖП № 9799649", "военный билет [GOV_ID_1]"),
    # dates of birth: a format hint in brackets, year first, the month's name, abbreviations
    ("Date of birth (YYYY/MM/DD) 1946/01/17 (as on my ID)",
     "Date of birth (YYYY/MM/DD) [DATE_OF_BIRTH_1] (as on my ID)"),
    ("sure thing, b. 14-Dec-1998", "sure thing, b. [DATE_OF_BIRTH_1]"),
    ("DOB: Dec 14, 1998", "DOB: [DATE_OF_BIRTH_1]"),
    ("дата рождения 14 декабря 1998", "дата рождения [DATE_OF_BIRTH_1]"),
    ("анкета пациента: 1990 г. рожд-я", "анкета пациента: [DATE_OF_BIRTH_1] г. рожд-я"),
    # what a code opens, a place after it; a handphone's short names
    ("__код от сейфа в офисе 6421__", "__код от сейфа в офисе [SECRET_1]__"),
    ("++ hp: 312.932.5072 or h/p 0412 555 019", "++ hp: [PHONE_1] or h/p [PHONE_2]"),
    # a phone's noun and a state's acronym keep their own category
    ("and my number: 512 637 1811 as well", "and my number: [PHONE_1] as well"),
    ("полис ОМС № 5632823882891587", "полис ОМС № [OTHER_1]"),
])
def test_number_words_after_any_noun_and_the_writings_of_cues(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    # a thing's noun, a quantity or a function word before the number word; a short number
    "order number 12345678, room no. 123456, flight number 1234567, the number 100000",
    "total number 250000, version no. 1.2.3, tracking # 1Z999AA10123456784, folder number 42",
    "номер заказа 1234567, заказ №29701-18, закон № 15200, номер этого заказа 1234567",
    "order #39838-98 is still open; закон # 2970118; PR #123456",
    # a snake_case key is no cue; "b." before a year alone is no birth
    "my_password 123456 and plan b. 2019 and db_pin 4471",
])
def test_things_numbers_after_number_words_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a number word written into its noun, as German, Dutch and Swedish write it, in Latin
    # letters or Cyrillic
    ("в антраге: Versichertennummer L712803910", "в антраге: Versichertennummer [OTHER_1]"),
    ("in the form: BG-Nummer 62568BG4478684", "in the form: BG-Nummer [OTHER_1]"),
    ("записала рентенферзихерунгснуммер 12100592M007", "записала рентенферзихерунгснуммер [OTHER_1]"),
    # a noun with a prefix's word before its number word; an identity card is the state's
    ("в антраге: EHIC-карта № AD3374772", "в антраге: EHIC-карта № [OTHER_1]"),
    ("в антраге: ID-карта № AD3374772", "в антраге: ID-карта № [GOV_ID_1]"),
    ("mijn BSN-nummer is 111222333", "mijn BSN-nummer is [GOV_ID_1]"),  # a state's acronym
    # German, French and Dutch cues in any text: a birth date, a phone, a passport, a permit
    ("записала в карточку Geburtsdatum: 13.10.1969", "записала в карточку Geburtsdatum: [DATE_OF_BIRTH_1]"),
    ("geb. 03.02.1968, хоп", "geb. [DATE_OF_BIRTH_1], хоп"),
    ("Telefon: 030 12345678", "Telefon: [PHONE_1]"),
    ("Sein Reisepass C01X00T47 liegt bei mir.", "Sein Reisepass [GOV_ID_1] liegt bei mir."),
    ("permit presented: Y4298254", "permit presented: [GOV_ID_1]"),
])
def test_number_words_inside_compounds_and_cues_of_german_french_and_dutch(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a body's acronym and its word for who is on its books
    ("Speaker 2: HSC roll 531685 (per application)", "Speaker 2: HSC roll [OTHER_1] (per application)"),
    ("relative gave NHIS membership 58692359", "relative gave NHIS membership [OTHER_1]"),
    # a state's document by the name its language gives it
    ("водила скинул даркон 33899539", "водила скинул даркон [GOV_ID_1]"),
    # a letter alone between the groups of a number
    ("рентенферзихерунгснуммер 13 190171 D 110, ака", "рентенферзихерунгснуммер [OTHER_1], ака"),
    # the site a password is for stands in its gap, a host is no password
    ("> пароль от my.gov.uz 8xF%FtK%KdV, хоп", "> пароль от my.gov.uz [SECRET_1], хоп"),
    ("the password for mail.ru is Xk2#pq9Lm", "the password for mail.ru is [SECRET_1]"),
    # whose phone, a person in the genitive; a card payment's approval code
    ("водила скинул телефон водителя 22734686", "водила скинул телефон водителя [PHONE_1]"),
    ("svelez: approval code is 913841 oo", "svelez: approval code is [SECRET_1] oo"),
    # a Steam account's id, by its shape
    ("в анкете клана SteamID 76561199268698218", "в анкете клана SteamID [USERNAME_1]"),
])
def test_members_rolls_documents_by_their_names_sites_of_passwords_and_steam_ids(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


def test_compounds_of_things_numbers_are_left_alone(redactor):
    """A thing's stem opens the compound: an order's, an item's, a room's, a parcel's."""
    numbers = ["1234567", "99887766", "123456", "00340434161094042557", "4455667"]
    text = ("order: Bestellnummer {}, Artikelnummer {}, Zimmernummer {}, "
            "Sendungsnummer {}, Lieferscheinnummer {}").format(*numbers)
    scrubbed = redactor.scrub_text(text)
    cued = [c for c in scrubbed.changes if c.finding.detector.startswith("cue_")]
    assert [text[c.start:c.end] for c in cued] == []


def test_a_row_may_read_any_noun_but_those_it_is_told_are_things(tmp_path: Path):
    pack = tmp_path / "lockers.yaml"
    pack.write_text("cues:\n  - {category: OTHER, entity: LOCKER, any_noun: true, "
                    "companions: [slot], not_nouns: [shelf], shapes: [number]}\n")
    redactor = Redactor(rules=[pack])
    assert redactor.scrub_text("locker slot 2291004, shelf slot 4471004").text == (
        "locker slot [OTHER_1], shelf slot 4471004")


@pytest.mark.parametrize(("text", "scrubbed"), [
    # one-time codes and app PINs of any service, a card's security code
    ("Claim form, item 4: OTP is 207030", "Claim form, item 4: OTP is [SECRET_1]"),
    ("Agent notes: GCash MPIN 6323", "Agent notes: GCash MPIN [SECRET_1]"),
    ("the verification code was 552211", "the verification code was [SECRET_1]"),
    ("CVV 123 on the back", "CVV [SECRET_1] on the back"),
    ("клиент сообщил код из СМС 207030", "клиент сообщил код из СМС [SECRET_1]"),
    ("код подтверждения: 4471", "код подтверждения: [SECRET_1]"),
    ("> пин-код карты 5752 (скан приложен)", "> пин-код карты [SECRET_1] (скан приложен)"),
    # a code word is a capitalised word
    ("кодовое слово Алатау", "кодовое слово [SECRET_1]"),
    ("the memorable word is Falcon", "the memorable word is [SECRET_1]"),
    # a phone's IMEI after a few words that say whose, with its Luhn digit
    ("IMEI of the lost unit 015353216775375", "IMEI of the lost unit [OTHER_1]"),
    # a qualifier between the cue and its value
    ("PIN No. (KRA): A785027228O (per caller)", "PIN No. (KRA): [SECRET_1] (per caller)"),
    ("noted, KRA PIN A942886492X", "noted, KRA PIN [GOV_ID_1]"),
    ("Agent notes: SSS No. 24-1240791-2", "Agent notes: SSS No. [GOV_ID_1]"),
    # whose the value is, a person in the genitive; a birth year before "г/р"
    ("ИИН студента 570523396411", "ИИН студента [GOV_ID_1]"),
    ("1956 г/р (со слов)", "[DATE_OF_BIRTH_1] г/р (со слов)"),
])
def test_codes_device_ids_and_qualified_cues(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "IMEI of the lost unit 015353216775376",  # no Luhn digit
    "The code word is the same as last year.",
    "кодовое слово забыл, потом вспомню",
])
def test_codes_and_device_ids_without_their_shape_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


@pytest.mark.parametrize(("text", "scrubbed"), [
    # a value that ends its clause may have a word that closes the utterance after it
    ("code for the rig store 1636 orait", "code for the rig store [SECRET_1] orait"),
    ("the hatchery lock: 5032 aarait", "the hatchery lock: [SECRET_1] aarait"),
    ("the code for the gate is 4471 ok", "the code for the gate is [SECRET_1] ok"),
    # but no other word, nor a closer the clause goes on after
    ("the code for this function is 120 lines", "the code for this function is 120 lines"),
    ("the code for the gate is 4471 ok then we go", "the code for the gate is 4471 ok then we go"),
])
def test_a_closing_word_after_a_value_that_ends_its_clause(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed
