"""Identifiers with checksums or context: ИНН, СНИЛС, passports, SSN, NHS, wallets, keys."""

from __future__ import annotations

import pytest

from conftest import SHARED

from redact.config import Policy
from redact.detect.packs import load_rules
from redact.detect.validators import (
    btc_address, eth_address, ru_inn, ru_ogrn, ru_snils, uk_nhs, us_ssn)
from redact.formats.base import Piece, Segment
from redact.run.detect import engine_for as _engine_for


SECRETS = SHARED / "secrets"


def _found(text: str) -> list[tuple[str, str]]:
    engine = _engine_for(Policy(), load_rules([]))
    [[result]] = engine.detect([[Segment(text, (Piece(0, 0, len(text)),))]])
    return [(text[f.start:f.end], f.category) for f in result.findings]


def test_checksums():
    assert ru_inn("7707083893") and ru_inn("500100732259")
    assert not ru_inn("7707083894") and not ru_inn("500100732250")
    assert ru_snils("112-233-445 95") and not ru_snils("112-233-445 96")
    assert ru_ogrn("1027700132195") and not ru_ogrn("1027700132196")
    assert us_ssn("536-22-1234") and not us_ssn("666-22-1234") and not us_ssn("536-00-1234")
    assert not us_ssn("078-05-1120")  # the number printed on a sample card
    assert uk_nhs("943 476 5919") and not uk_nhs("943 476 5918")
    assert btc_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    assert not btc_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")
    assert btc_address("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert not btc_address("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdz")
    assert eth_address("0x52908400098527886E0F7030069857D2E4169EE7")
    assert not eth_address("0x" + "0" * 40)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("ИНН: 500100732259, паспорт выдан в 2016", "500100732259", "GOV_ID"),
    ("ООО «Ромашка», ИНН 7707083893", "7707083893", "GOV_ID"),
    ("СНИЛС 112-233-445 95", "112-233-445 95", "GOV_ID"),
    ("паспорт 4510 123456, выдан ОВД", "4510 123456", "GOV_ID"),
    ("Загранпаспорт: 75 4418093", "75 4418093", "GOV_ID"),
    ("реквизиты: счёт 40817810099910004312", "40817810099910004312", "BANK_ACCOUNT"),
    ("Social security number is 536-22-1234.", "536-22-1234", "GOV_ID"),
    ("my passport C03847152, born 1986", "C03847152", "GOV_ID"),
    ("NHS number 943 476 5919", "943 476 5919", "GOV_ID"),
    ("send it to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq please", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "CRYPTO_WALLET"),
    ("my eth wallet is 0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2E4169EE7", "CRYPTO_WALLET"),
])
def test_identifiers_are_found_as_what_they_are(text, value, category):
    assert (value, category) in _found(text)


@pytest.mark.parametrize("text", [
    "order 7707083894 shipped",  # a 10-digit id that fails the ИНН checksum
    "ticket 4510123456 is closed",  # passport shape without a passport word
    "version 112-233-445 96",  # СНИЛС shape that fails its checksum
])
def test_lookalikes_without_checksum_or_context_are_not_ids(text):
    assert [c for _, c in _found(text) if c in ("GOV_ID", "BANK_ACCOUNT")] == []


def test_secrets_in_configs_urls_and_key_blocks():
    text = ("POSTGRES_PASSWORD: Qe4-zWm8-Lp2v\n"
            "DATABASE_URL: postgresql://shop:Qe4-zWm8-Lp2v@db:5432/shop\n"
            "aws_secret_access_key = PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/\n"
            "git remote set-url origin https://dev:ghp_RIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj@github.com/x/y\n"
            "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n"
            "-----END OPENSSH PRIVATE KEY-----\n")
    secrets = [v for v, c in _found(text) if c == "SECRET"]
    assert secrets.count("Qe4-zWm8-Lp2v") == 2
    assert "PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/" in secrets
    assert "ghp_RIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj" in secrets
    assert any(v.startswith("-----BEGIN OPENSSH") and v.endswith("PRIVATE KEY-----") for v in secrets)
    assert not [v for v, c in _found(text) if c == "EMAIL"]  # "pass@host" in a URL is no email


@pytest.mark.parametrize("address", [
    "Flat 2, 16 Hazel Road, Cambridge CB4 1XY",
    "9 Linden Close, Harrow, HA1 4QP",
    "77 Aspen Street, Apt 3C, Brooklyn, NY 11215",
    "High Street 12, Amersham",
    "Rua das Amoras 8, 1100-200 Lisboa",
    "г. Казань, ул. Баумана, д. 12, кв. 4",
    "Новосибирск, Красный проспект, 20, кв. 101",
    "СНТ «Берёзка», участок 12, Наро-Фоминский район",
])
def test_street_addresses_are_found_whole(address):
    assert (address, "ADDRESS") in _found(f"Please send it to {address}, thanks")


@pytest.mark.parametrize(("text", "value"), [
    ("hi, my account is kwright84 and the parcel is late", "kwright84"),
    ("Username jdoe, error \"TLS handshake failed\"", "jdoe"),
    ("git remote set-url origin https://kwright-dev:tok3n-value@github.com/k/r.git", "kwright-dev"),
])
def test_usernames_said_as_such(text, value):
    assert (value, "USERNAME") in _found(text)


def test_service_users_in_database_urls_are_not_usernames():
    text = "DATABASE_URL: postgresql://shop:${POSTGRES_PASSWORD}@db:5432/shop"
    assert _found(text) == []


def test_a_rule_pack_with_a_non_string_list_entry_is_a_clear_error(tmp_path):
    from redact.errors import ConfigError

    pack = tmp_path / "pack.yaml"
    pack.write_text("recognizers:\n  - name: x\n    supported_entity: X\n    allow_list: [null]\n"
                    "    patterns: [{name: p, regex: 'x', score: 0.5}]\n")
    with pytest.raises(ConfigError, match="allow_list entries must be strings"):
        load_rules([pack])
    pack.write_text("recognizers:\n  - name: x\n    supported_entity: X\n"
                    "    global_regex_flags: dotall\n"
                    "    patterns: [{name: p, regex: 'x', score: 0.5}]\n")
    with pytest.raises(ConfigError, match="global_regex_flags must be an integer"):
        load_rules([pack])


@pytest.mark.parametrize("text", [
    "token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "password = your_password_here",
    '"token": "xoxp-1234567890"',
])
def test_placeholders_are_no_secrets(text):
    assert [v for v, c in _found(text) if c == "SECRET"] == []


@pytest.mark.parametrize(("text", "secret"), [
    ("curl -H 'Authorization: Bearer q8Zr2LmX0vTn5KpW7yHc' https://api.example.net",
     "q8Zr2LmX0vTn5KpW7yHc"),
    ("curl --user deploy:Zq7!mK2pL9 https://ci.internal", "Zq7!mK2pL9"),
    ("hook: https://hooks.slack.com/services/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",
     "https://hooks.slack.com/services/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"),
    ("SLACK_BOT=xoxb-918273645012-564738291056-Zk3Lm8Np2Qr7St1Uv4Wx6Yz9A", "xoxb-918273645012-564738291056-Zk3Lm8Np2Qr7St1Uv4Wx6Yz9A"),
])
def test_more_secret_formats(text, secret):
    assert (secret, "SECRET") in _found(text)


@pytest.mark.parametrize("text", [
    'curl -u "${USERNAME}:${PASSWORD}" https://ci.internal',
    "curl --user username:password https://ci.internal",
    "xoxb-12345-abcd234",
])
def test_variables_and_placeholders_in_commands_are_no_secrets(text):
    assert [v for v, c in _found(text) if c == "SECRET"] == []


def test_every_secret_of_detect_secrets_each_secret_py():
    """detect-secrets' own sample: every assigned secret, the red herring left alone."""
    sample = SECRETS / "detect-secrets-test-data" / "each_secret.py"
    if not sample.is_file():
        pytest.skip("../shared/data is not beside the project")
    text = sample.read_text()
    values = dict(line.split(" = ", 1) for line in text.splitlines() if " = " in line)
    values = {name: value.strip("'") for name, value in values.items()}
    secrets = {v for v, c in _found(text) if c == "SECRET"}
    for name in ("base64_secret", "hex_secret", "aws_access_key", "aws_secret_access_key"):
        assert values[name] in secrets, name
    assert "whywouldyouusehttpforpasswords" in secrets  # the password of basic_auth's URL
    assert "DEADBEEF" not in secrets


@pytest.mark.parametrize(("text", "secret"), [
    ('curl -u "d2LkV78zLx9t:" https://search.internal:9200', "d2LkV78zLx9t"),  # a token as the user
    ('curl -X POST --user "{acd3c08b-74e8}":"{ZqL5kVrX1n8tA2}" https://gw.example.net', "ZqL5kVrX1n8tA2"),
    ('slack_api_token = "xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c"',
     "xoxa-2-511111111-31111111111-3111111111111-e039d02840a0b9379c"),
    ('snyk_api_token = "12345678-ABCD-ABCD-ABCD-1234567890AB"', "12345678-ABCD-ABCD-ABCD-1234567890AB"),
])
def test_generated_keys_and_curl_users_are_secrets(text, secret):
    assert (secret, "SECRET") in _found(text)


@pytest.mark.parametrize("text", [
    '"token4": "xoxp-572370529330-573807301142-572331691188-####################"',  # masked
    'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',  # one character over and over
    "- (id)hf_requiredCharacteristicTypesForDisplayMetadata;",  # an identifier made of words
    'get("https://api.example.net/create?access_token=ACCESS_TOKEN")',  # a constant's name
    "csrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7+V4eUrLfpuyOuxmiW9rhROG",  # a form token, no credential
    "firebase: AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",  # an SDK's published example key
])
def test_masks_stand_ins_and_published_examples_are_no_secrets(text):
    assert [v for v, c in _found(text) if c == "SECRET"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("My zip code is 76400, thanks", "76400"),
    ("her zip code is 412 63, she said", "412 63"),  # Swedish and Dutch shapes
    ("ZIP: 3511 KD", "3511 KD"),
    ("Orla lives on Mirabel 9 street, near the school.", "Mirabel 9"),
    ("my address is 462 Stubengraben 80 Apt. 608. Can you deliver there?", "462 Stubengraben 80 Apt. 608"),
    ("Tomomi lives at 86036 Rua do Arenque 1634\nsee you", "86036 Rua do Arenque 1634"),
    ("Живу: г. Пермь, ул. Сибирская, д. 27, кв. 14, индекс 614000", "г. Пермь, ул. Сибирская, д. 27, кв. 14, индекс 614000"),
])
def test_addresses_and_postcodes_said_as_such(text, value):
    assert (value, "ADDRESS") in _found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("What's your last name? Dunmore", "Dunmore"),
    ("She named him Joaquim", "Joaquim"),
    ("the name on the form is Tamsin Orrey", "Tamsin Orrey"),
    ("the name I go by is Wrenna", "Wrenna"),
    ("меня зовут Ansel Vieweg", "Ansel Vieweg"),
    ("hello, this is Carys Wendt speaking", "Carys Wendt"),
])
def test_a_name_given_as_such_is_a_person(text, value):
    assert _found(text) == [(value, "PERSON")]


@pytest.mark.parametrize("text", ["my name is on the list", "Call me back when you can",
                                  "the name of the file is Report", "как их зовут? не помню"])
def test_words_after_a_name_cue_that_are_no_name_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Дочь учится в гимназии № 12 г. Твери, это рядом.", "гимназии № 12 г. Твери"),
    ("Справку из городской больницы № 3 принесу завтра", "городской больницы № 3"),
])
def test_a_numbered_school_or_clinic_is_an_organisation(text, value):
    assert _found(text) == [(value, "ORGANIZATION")]


def test_a_house_number_is_no_institution():
    assert [c for _, c in _found("Дом № 5, квартира 12") if c == "ORGANIZATION"] == []


def test_an_address_word_without_an_address_is_nothing():
    assert _found("The meeting address is on the invite, my zip code is in the form.") == []


def test_a_longer_word_is_no_address_cue():
    text = "I need to add my addresses, here they are: 14 Tölgyfa u. 8. and more"
    assert _found(text) == [("14 Tölgyfa u. 8.", "ADDRESS")]
    assert _found("He lives on campus for 2 years, near the street.") == []


def test_a_site_someone_calls_theirs_is_personal():
    assert ("https://nadia-kim.dev/blog", "URL") in _found("My website is https://nadia-kim.dev/blog.")
    assert [c for _, c in _found("The docs are at https://docs.python.org/3/ if you need them.")] == []
