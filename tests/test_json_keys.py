"""Member names that hold values (a contacts map keyed by email) in any JSON: scanned and
replaced in the name, and never two members of one name in an output object."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

CONTACTS = {"contacts": {
    "Lena.K@mailbox.org": {"phone": "+44 7911 123456"},
    "lena.k@mailbox.org": {"note": "same person"},
    "omar.h@posteo.de": {"note": "colleague"}}}
TEAM = [{"id": "r1", "team": [{"lena.k@mailbox.org": "lead", "omar.h@posteo.de": "dev"}]},
        {"id": "r2", "Maria Lopez": {"created_at": "2024-01-01", "role": "user"}}]
VALUES = ("lena.k@mailbox.org", "Lena.K@mailbox.org", "omar.h@posteo.de", "Maria Lopez",
          "7911 123456")
KEPT = "is kept as written: replaced, it would equal another member's name in its object"


def _scrub(tmp_path, *args: str):
    src = tmp_path / "in"
    src.mkdir()
    (src / "contacts.json").write_text(json.dumps(CONTACTS, indent=1))
    (src / "team.jsonl").write_text("".join(json.dumps(r) + "\n" for r in TEAM))
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q", *args)
    files = {f["path"]: f for f in json.loads(report.read_text())["files"]}
    said = result.stderr + json.dumps([(f["warnings"], f["skipped_fields"]) for f in files.values()])
    assert not [v for v in VALUES if v in said]  # a name kept shows in the output only
    return result, out, files


def test_member_names_holding_values_are_replaced_and_linked_ones_never_merge(tmp_path):
    result, out, files = _scrub(tmp_path)
    assert result.exit_code == 0
    # "Lena.K@..." and "lena.k@..." are one identity: one tag; two members named [EMAIL_1]
    # would leave one of them to any JSON reader, so the second name stays as written
    assert result.stderr.splitlines() == [f"warning: contacts.json: line 6: $.contacts[member 2] {KEPT}"]
    assert json.loads((out / "contacts.json").read_text()) == {"contacts": {
        "[EMAIL_1]": {"phone": "[PHONE_1]"},
        "lena.k@mailbox.org": {"note": "same person"},
        "[EMAIL_2]": {"note": "colleague"}}}
    assert (out / "team.jsonl").read_text() == (
        '{"id": "r1", "team": [{"[EMAIL_1]": "lead", "[EMAIL_2]": "dev"}]}\n'
        '{"id": "r2", "[PERSON_1]": {"created_at": "2024-01-01", "role": "user"}}\n')
    assert [(c["line"], c["column"], c["label"]) for c in files["contacts.json"]["changes"]] == [
        (3, 4, "[EMAIL_1]"), (4, 14, "[PHONE_1]"), (9, 4, "[EMAIL_2]")]
    assert run_cli("verify", str(tmp_path / "in"), str(out), "--report",
                   str(tmp_path / "report.json")).exit_code == 0


def test_names_an_operator_makes_equal_stay_as_written_with_their_place(tmp_path):
    result, out, files = _scrub(tmp_path, "--operator", "EMAIL=remove")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: contacts.json: line 6: $.contacts[member 2] {KEPT}",
        f"warning: contacts.json: line 9: $.contacts[member 3] {KEPT}",
        f"warning: team.jsonl: line 1: $.team[0][member 2] {KEPT}"]
    contacts = json.loads((out / "contacts.json").read_text())["contacts"]
    assert list(contacts) == ["", "lena.k@mailbox.org", "omar.h@posteo.de"]  # no member lost
    assert (out / "team.jsonl").read_text().splitlines()[0] == (
        '{"id": "r1", "team": [{"": "lead", "omar.h@posteo.de": "dev"}]}')
    assert files["team.jsonl"]["warnings"] == [f"line 1: $.team[0][member 2] {KEPT}"]


def test_a_kept_name_below_a_replaced_one_is_named_by_the_output_path(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "map.json").write_text(json.dumps(
        {"Maria Lopez": {"friends": {"lena.k@mailbox.org": 1, "omar.h@posteo.de": 2}}}))
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "-q", "--operator", "EMAIL=mask")
    assert result.stderr.splitlines() == []  # masks of different lengths differ
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out2"), "--report",
                     str(tmp_path / "r.json"), "-q", "--operator", "EMAIL=remove")
    assert result.stderr.splitlines() == [
        f'warning: map.json: line 1: $["[PERSON_1]"].friends[member 2] {KEPT}']
    assert json.loads((tmp_path / "out2" / "map.json").read_text()) == {
        "[PERSON_1]": {"friends": {"": 1, "omar.h@posteo.de": 2}}}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_check_reports_values_in_member_names(tmp_path, fmt):
    src = tmp_path / f"contacts.{fmt}"
    src.write_text(json.dumps({"lena.k@mailbox.org": {"phone": "+44 7911 123456"}}) + "\n")
    result = run_cli("check", str(src), "--output-format", "json", "-q", cwd=tmp_path)
    assert result.exit_code == 1
    found = json.loads(result.stdout)["files"][0]["findings"]
    assert [(x["line"], x["column"], x["category"], x["field_path"]) for x in found] == [
        (1, 3, "EMAIL", "(member name)"), (1, 35, "PHONE", "*")]

