"""Tag numbers (--tags counter|keyed) and how far identities are linked (--link-scope)."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from conftest import TEST_KEY, run_cli

from redact.config import load_policy
from redact.errors import ConfigError

CHAT = (
    '{"messages": [{"role": "user", "content": "I am Priya Raman, mail priya.raman@gmail.com"},'
    ' {"role": "assistant", "content": "Thanks, Priya!"}]}\n'
    '{"messages": [{"role": "user", "content": "Priya again: call Tom Becker on tom.becker@gmail.com"}]}\n'
)
NOTE = "Tom Becker called; Priya will follow up.\n"
# names by deny list and rules only: these tests are about numbering, not about NER
POLICY = '[deny]\nPERSON = ["Priya Raman", "Priya", "Tom Becker"]\n'


def _scrub(tmp_path, *options: str) -> tuple[str, str, dict]:
    (tmp_path / "in").mkdir(parents=True, exist_ok=True)
    (tmp_path / "in" / "chat.jsonl").write_text(CHAT)
    (tmp_path / "in" / "note.txt").write_text(NOTE)
    (tmp_path / "p.toml").write_text(POLICY)
    out = tmp_path / "out"
    result = run_cli("scrub", str(tmp_path / "in"), "-o", str(out), "--report",
                     str(tmp_path / "r.json"), "--policy", str(tmp_path / "p.toml"), "--no-ner",
                     "-q", *options)
    assert result.exit_code == 0, result.stderr
    return ((out / "chat.jsonl").read_text(), (out / "note.txt").read_text(),
            json.loads((tmp_path / "r.json").read_text()))


def _chat(*tags: str) -> str:
    p1, e1, p2, p3, e2 = tags
    return (
        f'{{"messages": [{{"role": "user", "content": "I am {p1}, mail {e1}"}},'
        f' {{"role": "assistant", "content": "Thanks, {p1}!"}}]}}\n'
        f'{{"messages": [{{"role": "user", "content": "{p2} again: call {p3} on {e2}"}}]}}\n'
    )


def keyed(category: str, linked: str) -> str:
    """The DESIGN.md recipe: the first 8 hex of HMAC(key, category NUL linked key)."""
    digest = hmac.new(TEST_KEY.encode(), f"{category}\0{linked}".encode(), hashlib.sha256)
    return f"[{category}_{digest.hexdigest()[:8]}]"


@pytest.mark.parametrize("scope, chat, note", [
    # one person is one tag in the whole run: "Priya" alone is the Priya Raman met before
    ("run", _chat("[PERSON_1]", "[EMAIL_1]", "[PERSON_1]", "[PERSON_2]", "[EMAIL_2]"),
     "[PERSON_2] called; [PERSON_1] will follow up.\n"),
    # each file counts and links on its own
    ("file", _chat("[PERSON_1]", "[EMAIL_1]", "[PERSON_1]", "[PERSON_2]", "[EMAIL_2]"),
     "[PERSON_1] called; [PERSON_2] will follow up.\n"),
    # each JSON Lines record too: the second record's Priya is not linked to the first's
    ("record", _chat("[PERSON_1]", "[EMAIL_1]", "[PERSON_1]", "[PERSON_2]", "[EMAIL_1]"),
     "[PERSON_1] called; [PERSON_2] will follow up.\n"),
])
def test_counter_tags_count_within_their_link_scope(tmp_path, scope, chat, note):
    out_chat, out_note, _ = _scrub(tmp_path, "--link-scope", scope)
    assert out_chat == chat
    assert out_note == note


def test_counter_and_run_scope_are_the_default(tmp_path):
    assert _scrub(tmp_path)[:2] == _scrub(tmp_path, "--tags", "counter", "--link-scope", "run")[:2]


@pytest.mark.parametrize("scope, lone_priya", [
    ("run", "priya|raman"),  # linked to the full name met earlier in the run
    ("file", "priya"),  # the note has no full name of hers
    ("record", "priya"),
])
def test_keyed_tags_are_fingerprints_of_the_linked_identity(tmp_path, scope, lone_priya):
    chat, note, report = _scrub(tmp_path, "--tags", "keyed", "--link-scope", scope)
    priya, tom = keyed("PERSON", "priya|raman"), keyed("PERSON", "becker|tom")
    second = priya if scope != "record" else keyed("PERSON", "priya")
    assert chat == _chat(priya, keyed("EMAIL", "priya.raman@gmail.com"), second, tom,
                         keyed("EMAIL", "tom.becker@gmail.com"))
    assert note == f"{tom} called; {keyed('PERSON', lone_priya)} will follow up.\n"
    # an email's tag is the start of the fingerprint its change reports
    emails = [c for f in report["files"] for c in f["changes"] if c["category"] == "EMAIL"]
    assert [c["label"] for c in emails] == [f"[EMAIL_{c['fingerprint'][:8]}]" for c in emails]


def test_keyed_tags_depend_only_on_the_key(tmp_path, monkeypatch):
    first = _scrub(tmp_path / "a", "--tags", "keyed")[:2]
    # another file order before it: counters would move, keyed tags do not
    (tmp_path / "b" / "in").mkdir(parents=True)
    (tmp_path / "b" / "in" / "0-first.txt").write_text("Tom Becker, tom.becker@gmail.com\n")
    assert _scrub(tmp_path / "b", "--tags", "keyed")[:2] == first
    monkeypatch.setenv("REDACT_KEY", "another-key-for-the-same-data-42")
    other = _scrub(tmp_path / "c", "--tags", "keyed")[:2]
    assert other != first and other[0].count("[PERSON_") == first[0].count("[PERSON_")


def test_keyed_tags_need_a_key(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_KEY")
    (tmp_path / "n.txt").write_text(NOTE)
    result = run_cli("scrub", str(tmp_path / "n.txt"), "-o", str(tmp_path / "out"), "--tags",
                     "keyed", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "error: --tags keyed needs a key, the same wherever the data is scrubbed: no key found; "
        "create one with `redact key init`")
    assert not (tmp_path / "out").exists()


def test_bad_tag_options_are_usage_errors(tmp_path):
    (tmp_path / "n.txt").write_text(NOTE)
    for option, value, message in (("--tags", "random", "--tags is counter, keyed, not 'random'"),
                                   ("--link-scope", "line", "--link-scope is run, file, record, not 'line'")):
        result = run_cli("scrub", str(tmp_path / "n.txt"), "-o", str(tmp_path / "out"), option, value)
        assert result.exit_code == 2
        assert result.stderr.strip() == f"error: {message}"


def test_policy_file_sets_tags_and_link_scope(tmp_path):
    (tmp_path / "redact.toml").write_text(
        POLICY + '\n[tags]\nnumbers = "keyed"\nlink_scope = "record"\n')
    shown = run_cli("policy", "show", "--policy", str(tmp_path / "redact.toml"))
    assert shown.exit_code == 0
    assert ('[tags]\ntemplate = "[{category}_{n}]"\nnumbers = "keyed"\nlink_scope = "record"\n'
            in shown.stdout)
    flags = _scrub(tmp_path / "flags", "--tags", "keyed", "--link-scope", "record")[:2]
    (tmp_path / "policy" / "in").mkdir(parents=True)
    (tmp_path / "policy" / "in" / "chat.jsonl").write_text(CHAT)
    (tmp_path / "policy" / "in" / "note.txt").write_text(NOTE)
    result = run_cli("scrub", str(tmp_path / "policy" / "in"), "-o", str(tmp_path / "policy" / "out"),
                     "--report", str(tmp_path / "policy" / "r.json"), "--no-ner", "-q",
                     "--policy", str(tmp_path / "redact.toml"))
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "policy" / "out"
    assert ((out / "chat.jsonl").read_text(), (out / "note.txt").read_text()) == flags
    for text, message in (('[tags]\nnumbers = "hex"\n', "tags.numbers is counter or keyed"),
                          ('[tags]\nlink_scope = "line"\n', "tags.link_scope is run, file, record")):
        (tmp_path / "bad.toml").write_text(text)
        with pytest.raises(ConfigError, match=message):
            load_policy(tmp_path / "bad.toml")
