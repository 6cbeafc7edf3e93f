"""``redact.Redactor``: strings and batches scrubbed as ``redact scrub`` scrubs files, with
the real models."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from conftest import DEV, ROOT, TEST_KEY, needs_shared, run_cli

import redact
from redact.errors import FileError, UsageError

KEY = "redactor-test-key-0123456789"


@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key=KEY)


@pytest.fixture(scope="module")
def keyed() -> redact.Redactor:
    return redact.Redactor(key=KEY, tags="keyed")


def _dev_texts() -> list[str]:
    """Every plain-text, Markdown and Nexus file of the dev set."""
    return sorted(p.name for p in DEV.iterdir() if p.suffix in (".txt", ".md"))


@needs_shared
def test_scrub_text_makes_the_changes_of_a_file_scrub(tmp_path):
    """Acceptance: for each plain-text, Markdown and Nexus dev file, scrub_text on its text
    gives the output and the changes `redact scrub` gives on the file (text read as
    written: newline="" keeps CRLF, and a byte order mark stays a character of it)."""
    names = _dev_texts()
    assert len(names) == 11
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in names:
        (inputs / name).write_bytes((DEV / name).read_bytes())
    result = run_cli("scrub", str(inputs), "-o", str(tmp_path / "out"), "--link-scope", "file",
                     "--report", str(tmp_path / "report.json"), "-q")
    assert result.exit_code == 0, result.stderr
    files = {f["path"]: f for f in json.loads((tmp_path / "report.json").read_text())["files"]}
    redactor = redact.Redactor(key=TEST_KEY)
    for name in names:
        with open(DEV / name, encoding="utf-8", newline="") as fh:
            scrubbed = redactor.scrub_text(fh.read())
        expected = files[name]
        assert [c.to_dict() for c in scrubbed.changes] == expected["changes"], name
        assert scrubbed.format == expected["format"], name
        written = (tmp_path / "out" / name).read_bytes().decode("utf-8")
        assert scrubbed.text == written, name
    assert sum(len(f["changes"]) for f in files.values()) > 100


def test_find_gives_findings_without_values_unless_asked(redactor):
    text = "You can reach Emma Clarke at +49 30 9182 7364 or emma.c@posteo.de"
    assert redactor.find(text) == [
        redact.Entity(14, 25, "PERSON", "PERSON", 0.85, "spacy"),
        redact.Entity(29, 45, "PHONE", "PHONE_NUMBER", 0.75, "phonenumbers"),
        redact.Entity(49, 65, "EMAIL", "EMAIL_ADDRESS", 1.0, "email")]
    assert [e.value for e in redactor.find(text, values=True)] == [
        "Emma Clarke", "+49 30 9182 7364", "emma.c@posteo.de"]


def test_scrub_text_with_operators_and_a_format():
    redactor = redact.Redactor(key=KEY, operators={"EMAIL": "mask", "person": "remove"})
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Emma Clarke>Write to "
           "emma.c@posteo.de\n")
    scrubbed = redactor.scrub_text(vtt, format="webvtt")
    assert scrubbed.text == ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v >Write to "
                             "****************\n")
    assert scrubbed.format == "webvtt"
    assert [(c.start, c.end, c.category, c.replacement) for c in scrubbed.changes] == [
        (41, 52, "PERSON", ""), (62, 78, "EMAIL", "****************")]


def test_bad_arguments_and_bad_text_are_clear_errors(redactor):
    with pytest.raises(UsageError, match="tags is counter, keyed, not 'numbered'"):
        redact.Redactor(key=KEY, tags="numbered")
    with pytest.raises(UsageError, match="the key must be at least 16 characters long"):
        redact.Redactor(key="short")
    with pytest.raises(UsageError, match="unknown format 'vtt'"):
        redact.Redactor(key=KEY, format="vtt")
    with pytest.raises(FileError, match="invalid JSON at line 2"):
        redactor.scrub_text('{"text": "a"}\n{"text": \n', format="jsonl")


RECORDS = [
    {"id": 1, "text": "Emma Clarke wrote to David Walsh.", "lang": "en"},
    {"id": 2, "text": "David Walsh answered Emma Clarke.", "lang": "en"},
    {"id": 3, "text": "Mail emma.c@posteo.de, said David Walsh.", "lang": "en"},
]


def test_scrub_batch_counts_tags_per_record(redactor):
    batch = {key: [r[key] for r in RECORDS] for key in RECORDS[0]}
    assert redactor.scrub_batch(batch) == {
        "id": [1, 2, 3],
        "text": ["[PERSON_1] wrote to [PERSON_2].", "[PERSON_1] answered [PERSON_2].",
                 "Mail [EMAIL_1], said [PERSON_1]."],
        "lang": ["en", "en", "en"]}


def test_scrub_batch_keyed_tags_are_the_same_across_records(keyed):
    done = keyed.scrub_batch(RECORDS, columns=["text"])
    assert [r["id"] for r in done] == [1, 2, 3]
    tags = [r["text"].replace(".", "").replace(",", "").split() for r in done]
    greta, pavel = tags[0][0], tags[0][3]
    assert greta.startswith("[PERSON_") and greta != pavel
    assert tags[1] == [pavel, "answered", greta]
    assert tags[2][0] == "Mail" and tags[2][3] == pavel


def test_scrub_batch_reads_chat_messages_and_pandas(redactor):
    frame = pd.DataFrame({"messages": [[
        {"role": "user", "content": "I am Emma Clarke"},
        {"role": "assistant", "content": "Hello Emma Clarke"}]], "n": [7]})
    done = redactor.scrub_batch(frame, columns=["messages"])
    assert isinstance(done, pd.DataFrame)
    assert done.to_dict("records") == [{"messages": [
        {"role": "user", "content": "I am [PERSON_1]"},
        {"role": "assistant", "content": "Hello [PERSON_1]"}], "n": 7}]
    assert frame["messages"][0][0]["content"] == "I am Emma Clarke"  # a copy came back


def test_importing_redact_loads_no_model():
    """Acceptance: `import redact; redact.Redactor` imports none of spaCy, Presidio or
    natasha; the first find does."""
    code = (
        "import sys\n"
        "import redact\n"
        "heavy = ('spacy', 'presidio_analyzer', 'natasha', 'thinc')\n"
        "r = redact.Redactor(key='x' * 16)\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "r.find('Emma Clarke')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ), check=True).stdout
    assert out.splitlines() == ["[]", "['presidio_analyzer', 'spacy', 'thinc']"]
