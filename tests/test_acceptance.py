"""The acceptance checks of the scrub core, read from the report and the outputs."""

from __future__ import annotations

import json

from conftest import DEV, EXAMPLES, TEXT_FORMATS, manifest, needs_shared, run_cli

THRESHOLDS = {"EMAIL": 0.95, "PHONE": 0.95, "IBAN": 0.95, "IP_ADDRESS": 0.95, "PERSON": 0.85}


@needs_shared
def test_gold_spans_are_covered_and_lookalikes_left_alone(dev_run):
    files = {f["path"]: f for f in dev_run["report"]["files"]}
    formats = manifest()
    covered: dict[str, list[int]] = {label: [0, 0] for label in THRESHOLDS}
    for line in (DEV / "gold.jsonl").read_text().splitlines():
        gold = json.loads(line)
        if formats[gold["file"]]["format"] not in TEXT_FORMATS or gold["label"] not in THRESHOLDS:
            continue
        changes = files[gold["file"]]["changes"]
        hit = any(c["start"] <= gold["start"] and gold["end"] <= c["end"] for c in changes)
        covered[gold["label"]][0] += hit
        covered[gold["label"]][1] += 1
    for label, (hits, total) in covered.items():
        assert total > 0
        assert hits / total >= THRESHOLDS[label], f"{label}: {hits}/{total}"
    for line in (DEV / "notpii.jsonl").read_text().splitlines():
        span = json.loads(line)
        if span["file"] in files:
            touched = [c for c in files[span["file"]]["changes"]
                       if c["start"] < span["end"] and span["start"] < c["end"]]
            assert not touched, span["text"]


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
    again = run_cli("scrub", str(out), "-o", str(tmp_path / "again"),
                    "--report", str(tmp_path / "again.json"), "-q")
    assert again.exit_code == 0
    assert all(not f["changes"] for f in json.loads((tmp_path / "again.json").read_text())["files"])
