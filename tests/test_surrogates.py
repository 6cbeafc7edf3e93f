"""The surrogate operator: realistic stand-ins, one per identity, keyed, format kept."""

from __future__ import annotations

import json
import re

from conftest import DEV, needs_shared, run_cli

from redact.detect.validators import iban, luhn
from redact.morph import analyzer

POLICY = '[operators]\ndefault = "surrogate"\nDATE_TIME = "keep"\n'
EN = ("Maria Lopez called from +44 7911 123456 about card 4111 1111 1111 1111 and "
      "IBAN GB29 NWBK 6016 1331 9268 19. Maria was born on 14.03.1991.\n")
RU = "Передайте Ольге Беловой, что Ольга Белова записана на приём.\n"


def _scrub(tmp_path, name: str, text: str, *args: str) -> tuple[str, list[dict]]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_text(text)
    (tmp_path / "p.toml").write_text(POLICY)
    out = tmp_path / "out"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                     "--policy", str(tmp_path / "p.toml"), "-q", "--reveal", *args)
    assert result.exit_code == 0, result.stderr
    changes = json.loads((tmp_path / "r.json").read_text())["files"][0]["changes"]
    return (out / name).read_text(), changes


def test_formats_are_kept_and_checksums_valid(tmp_path):
    out, changes = _scrub(tmp_path, "note.txt", EN)
    by = {c["original"]: c["replacement"] for c in changes}
    phone = by["+44 7911 123456"]
    assert re.fullmatch(r"\+44 \d{4} \d{6}", phone) and phone != "+44 7911 123456"
    card = by["4111 1111 1111 1111"]
    assert re.fullmatch(r"4\d{3} \d{4} \d{4} \d{4}", card) and luhn(card)
    account = by["GB29 NWBK 6016 1331 9268 19"]
    assert account.startswith("GB") and iban(account) and len(account) == 27
    day, month, year = map(int, by["14.03.1991"].split("."))
    assert 1 <= day <= 28 and 1 <= month <= 12 and 1950 <= year <= 2005
    assert all(c["replacement"] != c["original"] for c in changes)


def test_one_identity_one_surrogate_and_the_first_name_matches(tmp_path):
    out, changes = _scrub(tmp_path, "note.txt", EN)
    full = next(c["replacement"] for c in changes if c["original"] == "Maria Lopez")
    first = next(c["replacement"] for c in changes if c["original"] == "Maria")
    assert full.split()[0] == first and "Maria" not in out and "Lopez" not in out


def test_russian_surrogates_take_the_case_and_gender_of_the_name(tmp_path):
    out, changes = _scrub(tmp_path, "note.txt", RU)
    dative = next(c["replacement"] for c in changes if c["original"] == "Ольге Беловой")
    nominative = next(c["replacement"] for c in changes if c["original"] == "Ольга Белова")
    for word, case in zip(dative.split() + nominative.split(), ["datv", "datv", "nomn", "nomn"]):
        tags = [p.tag for p in analyzer().parse(word)]
        assert any(case in t and "femn" in t for t in tags), (word, case)
    lemmas = lambda s: [analyzer().parse(w)[0].normal_form for w in s.split()]  # noqa: E731
    assert lemmas(dative) == lemmas(nominative)  # the same person, in two cases


def test_the_same_key_gives_the_same_surrogates(tmp_path, monkeypatch):
    runs = {}
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        if name == "c":
            monkeypatch.setenv("REDACT_KEY", "another-key-for-the-surrogate-test")
        runs[name], _ = _scrub(tmp_path / name, "note.txt", EN)
    assert runs["a"] == runs["b"] != runs["c"]


@needs_shared
def test_dev_set_in_surrogate_mode_is_exact_and_never_repeats_an_original(tmp_path):
    (tmp_path / "p.toml").write_text(POLICY)
    result = run_cli("scrub", str(DEV), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "--policy", str(tmp_path / "p.toml"), "-q", "--reveal")
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    originals = {c["original"].casefold() for f in report["files"] for c in f["changes"]}
    for f in report["files"]:
        for c in f["changes"]:
            if c["replacement"]:
                assert c["replacement"].casefold() not in originals or c["category"] == "DATE_TIME"
    verified = run_cli("verify", str(DEV), str(tmp_path / "out"), "--report", str(tmp_path / "r.json"))
    assert verified.exit_code == 0, verified.stderr


UK_ADDRESS = re.compile(r".+, [A-Z][\w' -]+ [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")


def test_an_address_keeps_the_place_it_is_from(tmp_path):
    """Item 14: the locale of a surrogate comes from the value it replaces."""
    out, changes = _scrub(tmp_path, "note.txt",
                          "Send it to 14 Rowan Terrace, Leeds LS99 1ZZ please, or ring +44 113 496 0321.\n")
    by = {c["original"]: c["replacement"] for c in changes}
    address = by["14 Rowan Terrace, Leeds LS99 1ZZ"]
    assert UK_ADDRESS.fullmatch(address), address
    assert re.fullmatch(r"\+44 \d{3} \d{3} \d{4}", by["+44 113 496 0321"])
    assert out == f"Send it to {address} please, or ring {by['+44 113 496 0321']}.\n"


def test_postcode_phone_region_and_script_pick_the_surrogates_locale():
    from redact.anonymize.surrogates import Surrogates
    from redact.keys import Key
    make = Surrogates(Key(b"k" * 32, "file")).make
    german = make("ADDRESS", "Lindenstraße 12, 10115 Berlin", "a", "en")
    assert re.fullmatch(r"[^,]+, \d{5} [^,]+", german), german
    french = make("ADDRESS", "12 rue des Lilas, 75011 Paris", "b", "en")
    assert re.fullmatch(r".+, \d{5} [^,]+", french), french
    us = make("ADDRESS", "500 Elm Street, Springfield, IL 62704", "c", "en")
    assert re.fullmatch(r"[^,]+, [^,]+, [A-Z]{2} \d{5}", us), us
    assert make("PHONE", "+1 415 555 0199", "d", "en").startswith("+1 ")
    assert make("PHONE", "+7 912 345 67 89", "e", "en").startswith("+7 ")
    assert re.fullmatch(r"[А-ЯЁа-яё\W\d]+", make("ADDRESS", "ул. Лесная, д. 5", "f", None))
