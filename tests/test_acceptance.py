"""The acceptance checks of the scrub core, read from the report and the outputs."""

from __future__ import annotations

import json

import csv
import io
import re

from conftest import DEV, EXAMPLES, dev_files, manifest, needs_shared, run_cli
from structure import shape, skeleton

from redact.formats import FORMATS
from redact.text_io import decode

# the categories the scrub core detects; the others are the detection packs'
CORE = ("PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "URL")
PER_FORMAT = 0.93
PER_LABEL = {"EMAIL": 0.95, "PHONE": 0.95, "IBAN": 0.95, "IP_ADDRESS": 0.95, "PERSON": 0.93,
             "CREDIT_CARD": 0.95, "URL": 0.95}


def _covered(gold: dict, changes: list[dict]) -> bool:
    """Every character of the gold span is inside some change."""
    chars = set(range(gold["start"], gold["end"]))
    for c in changes:
        chars -= set(range(c["start"], c["end"]))
    return not chars


@needs_shared
def test_gold_spans_are_covered_in_every_format_and_lookalikes_left_alone(dev_run):
    files = {f["path"]: f for f in dev_run["report"]["files"]}
    formats = manifest()
    by_format: dict[str, list[int]] = {}
    by_label: dict[str, list[int]] = {}
    for line in (DEV / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        if gold["label"] not in CORE:
            continue
        hit = _covered(gold, files[gold["file"]]["changes"])
        for key, table in ((formats[gold["file"]]["format"], by_format), (gold["label"], by_label)):
            table.setdefault(key, [0, 0])
            table[key][0] += hit
            table[key][1] += 1
    assert set(by_format) == {f["format"] for f in formats.values()}
    low = {k: f"{h}/{t}" for k, (h, t) in by_format.items() if h / t < PER_FORMAT}
    assert low == {}
    low = {k: f"{h}/{t}" for k, (h, t) in by_label.items() if h / t < PER_LABEL[k]}
    assert low == {}
    for line in (DEV / "notpii.jsonl").read_text().splitlines():
        span = json.loads(line)
        touched = [c for c in files[span["file"]]["changes"]
                   if c["start"] < span["end"] and span["start"] < c["end"]]
        assert not touched, span["text"]


@needs_shared
def test_outputs_keep_their_structure(dev_run):
    """The output parses with the same parser into the same structure: the same segments
    (kinds, fields), the same text outside them (keys, timings, ids), valid JSON with the
    same keys, CSV with the same rows and columns."""
    files = {f["path"]: f for f in dev_run["report"]["files"]}
    for name in dev_files():
        entry = files[name]
        before = decode((DEV / name).read_bytes()).text
        after = decode((dev_run["out"] / entry["path"]).read_bytes()).text
        fmt = FORMATS[entry["format"]]
        old, new = fmt.parse(before), fmt.parse(after)
        assert [(s.kind, s.field_path) for s in old.segments] == \
            [(s.kind, s.field_path) for s in new.segments], name
        assert skeleton(before, old) == skeleton(after, new), name
        if name.endswith(".json"):
            assert shape(json.loads(before)) == shape(json.loads(after)), name
        if name.endswith(".jsonl"):
            assert [shape(json.loads(line)) for line in before.splitlines()] == \
                [shape(json.loads(line)) for line in after.splitlines()], name
        if name.endswith(".csv"):
            rows = lambda t: [len(r) for r in csv.reader(io.StringIO(t, newline=""))]  # noqa: E731
            assert rows(before) == rows(after), name


@needs_shared
def test_outputs_are_exact_and_a_second_scrub_changes_nothing(dev_run, tmp_path):
    result = run_cli("verify", str(dev_run["inputs"]), str(dev_run["out"]),
                     "--report", str(dev_run["report_path"]))
    assert result.exit_code == 0, result.stderr
    assert f"{len(dev_run['report']['files'])} files checked: exact" in result.stderr
    again = run_cli("scrub", str(dev_run["out"]), "-o", str(tmp_path / "again"),
                    "--report", str(tmp_path / "again.json"), "-q")
    assert again.exit_code == 0, again.stderr
    report = json.loads((tmp_path / "again.json").read_text())
    changed = {f["path"]: [c["label"] for c in f["changes"]] for f in report["files"] if f["changes"]}
    assert changed == {}
    for f in dev_run["out"].iterdir():
        assert (tmp_path / "again" / f.name).read_bytes() == f.read_bytes()
    for f in dev_run["report"]["files"]:
        assert f["status"] == "redacted" or f["path"].startswith("d26"), f["path"]


def test_examples_scrub_exactly_and_idempotently(tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    assert run_cli("scrub", str(EXAMPLES), "-o", str(out), "--report", str(report), "-q").exit_code == 0
    verified = run_cli("verify", str(EXAMPLES), str(out), "--report", str(report))
    assert verified.exit_code == 0, verified.stderr
    data = json.loads(report.read_text())
    by_path = {f["path"]: f for f in data["files"]}
    lease = (out / "nexus-en-apartment-lease.md").read_text()
    for value in ("Olivia Hartley", "o.hartley.lets@outlook.com", "07384 215906",
                  "GB69BARC20401583726154", "Graham Petheridge"):
        assert value not in lease
    letter = (out / "nexus-ru-school-letter.md").read_text()
    for value in ("+7 (916) 482-73-05", "8 903 617 29 44", "olga.demidova77@yandex.ru", "Крылова"):
        assert value not in letter
    # one identity, one tag: the nominative and the dative forms of one teacher
    labels = {c["label"] for c in by_path["nexus-ru-school-letter.md"]["changes"]
              if c["category"] == "PERSON" and "Крылов" in
              (EXAMPLES / "nexus-ru-school-letter.md").read_text()[c["start"]:c["end"]]}
    assert len(labels) == 1
    assert by_path["nexus-ru-mojibake.md"]["repair"] == {"encoding": "mac_roman"}
    vtt = (out / "teams-design-review.vtt").read_text()
    for value in ("Chidera", "Okonkwo", "Tomasz", "Wierzbicki", "10.42.7.19", "fernleaf-studio"):
        assert value not in vtt
    # the NOTE's "Tomasz Wierzbicki", the speaker "Tomasz Wierzbicki" and "Tomasz": one tag
    note = re.search(r"NOTE recorded by (\[PERSON_\d+\])", vtt).group(1)
    chidera = re.search(r"<v (\[PERSON_\d+\]) \(Fernleaf\)>Morning all\. " + re.escape(note), vtt).group(1)
    assert f"<v {note}>Sure. {chidera}, the staging box at [IP_ADDRESS_" in vtt
    assert f"Thanks {note}." in vtt and chidera != note
    chat = (out / "support-chat.jsonl").read_text()
    for value in ("Ingrid", "Solberg", "7457", "Всеволод", "Крапивин", "krapivin"):
        assert value not in chat
    assert [json.loads(line)["messages"][0]["role"] for line in chat.splitlines()] == ["system", "user"]
    again = run_cli("scrub", str(out), "-o", str(tmp_path / "again"),
                    "--report", str(tmp_path / "again.json"), "-q")
    assert again.exit_code == 0
    assert all(not f["changes"] for f in json.loads((tmp_path / "again.json").read_text())["files"])


@needs_shared
def test_the_same_input_policy_and_key_give_the_same_bytes(dev_run, tmp_path):
    """Determinism: outputs and report are byte-identical run to run (timestamps aside)."""
    out, report = tmp_path / "out", tmp_path / "report.json"

    def run() -> str:
        result = run_cli("scrub", str(dev_run["inputs"]), "-o", str(out), "--report", str(report), "-q")
        assert result.exit_code == 0, result.stderr
        return re.sub(r'"(started|finished)": "[^"]*"', "", report.read_text(encoding="utf-8"))

    first = run()
    out.rename(tmp_path / "first")
    assert run() == first
    for path in (tmp_path / "first").rglob("*"):
        if path.is_file():
            assert (out / path.relative_to(tmp_path / "first")).read_bytes() == path.read_bytes(), path.name
