"""`redact report` (Markdown and HTML views of a report), the leak check of both views, and
`redact review apply` turning review decisions into policy that the next scrub honours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TEST_KEY, run_cli
from leaks import forms, hidden_values, replaced_values
from redact.keys import Key
from redact.report.html import OutputText, render_html

KEY_ID = Key(TEST_KEY.encode(), "env").key_id


def _scrub(tmp_path: Path, files: dict[str, str], *extra: str, name: str = "run") -> dict:
    inputs = tmp_path / "in"
    inputs.mkdir(exist_ok=True)
    for rel, text in files.items():
        (inputs / rel).write_text(text, encoding="utf-8")
    result = run_cli("scrub", str(inputs), "-o", str(tmp_path / name), "--report",
                     str(tmp_path / f"{name}.json"), "--no-ner", "-q", *extra)
    assert result.exit_code in (0, 2), result.stderr
    return json.loads((tmp_path / f"{name}.json").read_text())


SMALL = {
    "a.txt": "Write to anna.k@mailbox.org or to help@acme-widgets.com, server 81.2.69.142.\n",
    "b.txt": "Nothing personal here.\n",
    "c.json": '{"messages": [',
}


def test_markdown_summary_for_a_pull_request(tmp_path):
    _scrub(tmp_path, SMALL)
    result = run_cli("report", str(tmp_path / "run.json"), "--markdown", str(tmp_path / "r.md"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "r.md").read_text() == """\
### redact report

**3 files**: 1 redacted, 1 clean, 0 skipped, 1 error; **3 changes**; 2 warnings.

| category | changes |
|---|---:|
| EMAIL | 2 |
| IP_ADDRESS | 1 |

| file | changes | by category |
|---|---:|---|
| `a.txt` | 3 | EMAIL 2, IP_ADDRESS 1 |

**Errors and warnings**

- warning `a.txt`: 76 characters scanned by rules only (NER disabled)
- warning `b.txt`: 22 characters scanned by rules only (NER disabled)
- **error** `c.json`: invalid JSON at line 1, column 15: unexpected end of data (truncated?)

**Top detectors**: email 2, ipv4 1
"""
    # without --html or --markdown, the summary is data on stdout
    printed = run_cli("report", str(tmp_path / "run.json"))
    assert printed.exit_code == 0 and printed.stdout == (tmp_path / "r.md").read_text()


def test_report_of_a_file_that_is_not_a_report_is_a_one_line_error(tmp_path):
    (tmp_path / "x.json").write_text('{"schema": "something/else"}')
    result = run_cli("report", str(tmp_path / "x.json"), "--html", str(tmp_path / "x.html"))
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'x.json'}: not a redact.report/3 report\n"
    assert not (tmp_path / "x.html").exists()


def test_html_report_is_self_contained_and_scrub_html_writes_the_same_page(tmp_path):
    report = _scrub(tmp_path, SMALL, "--html", str(tmp_path / "scrub.html"))
    page = (tmp_path / "scrub.html").read_text()
    result = run_cli("report", str(tmp_path / "run.json"), "--html", str(tmp_path / "again.html"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "again.html").read_text() == page
    assert (tmp_path / "scrub.html").stat().st_mode & 0o777 == 0o644
    # nothing to fetch: no external script, style, image or link
    for needle in ("http://", "https://", "src=", "<link", "@import", "url("):
        assert needle not in page
    assert '<span class="num" id="count-changes">3</span>' in page
    assert '<g class="bar" data-category="EMAIL" data-count="2"' in page
    assert "<code>c.json</code>: could not be scrubbed: invalid JSON at line 1" in page
    # the per-file view gets the redacted output text
    data = json.loads(page.split('<script type="application/json" id="report-data">')[1]
                      .split("</script>")[0])
    out_a = (tmp_path / "run" / "a.txt").read_text()
    assert [f["text"] for f in data["files"]] == [out_a, "Nothing personal here.\n", None]
    first = data["changes"][0]
    assert out_a[first["os"]:first["oe"]] == first["rep"] == report["files"][0]["changes"][0]["replacement"]
    assert first["ctx"][first["cs"]:first["cs"] + len(first["rep"])] == first["rep"]


def test_no_replaced_value_in_the_html_or_markdown_of_a_report_without_reveal(dev_run, tmp_path):
    page, md = tmp_path / "r.html", tmp_path / "r.md"
    result = run_cli("report", str(dev_run["report_path"]), "--html", str(page), "--markdown", str(md))
    assert result.exit_code == 0, result.stderr
    page_text, md_text = page.read_text(), md.read_text()
    hidden = hidden_values(dev_run["report"], dev_run["inputs"], dev_run["out"])
    assert len(hidden) > 200  # the check has something to check
    leaked = sorted(v for v in hidden if any(form in page_text or form in md_text for form in forms(v)))
    assert not leaked, f"{len(leaked)} replaced values are in the page or the summary"
    # every output's text is in the page for the per-file view (values like "will" that also
    # stand in the output as words are visible there, as in the output itself)
    assert '"text":null' not in page_text
    assert 'id="reveal-banner"' not in page_text


def test_a_revealed_report_shows_originals_under_a_banner_with_mode_0600(dev_run, tmp_path):
    """The same check fails on a --reveal report: the page then holds the originals."""
    report = json.loads(json.dumps(dev_run["report"]))
    pairs = replaced_values(report, dev_run["inputs"])
    for change, value in pairs:
        change["original"] = value
    page = render_html(report, [OutputText(None, "not read") for _ in report["files"]])
    assert 'id="reveal-banner"' in page and "This report shows original values." in page
    assert all(any(form in page for form in forms(v)) for _, v in pairs if v.strip())
    (tmp_path / "revealed.json").write_text(json.dumps(report))
    result = run_cli("report", str(tmp_path / "revealed.json"), "--html", str(tmp_path / "r.html"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "r.html").stat().st_mode & 0o777 == 0o600


def test_scrub_refuses_a_revealed_html_report_inside_outdir(tmp_path):
    (tmp_path / "a.txt").write_text("mail anna.k@mailbox.org\n")
    result = run_cli("scrub", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "--reveal", "--html", str(tmp_path / "out" / "r.html"))
    assert result.exit_code == 2
    assert result.stderr == "error: a --reveal HTML report holds original values and cannot go inside OUTDIR\n"
    assert not (tmp_path / "out").exists()


def _decisions(report_key: str, *items: dict) -> dict:
    return {"schema": "redact.decisions/1",
            "report": {"started": "2025-01-01T00:00:00+00:00", "policy_digest": "sha256:" + "0" * 64,
                       "key": report_key},
            "decisions": list(items)}


def test_review_apply_writes_allow_and_deny_lists_keeping_the_policy_comments(tmp_path):
    policy = tmp_path / "redact.toml"
    policy.write_text('# our policy\n[operators]\nEMAIL = "tag"  # tags, not masks\n')
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps(_decisions(
        "env",
        {"action": "allow", "by": "fingerprint", "category": "EMAIL", "fingerprint": "0123456789abcdef",
         "file": "a.txt", "line": 1},
        {"action": "allow", "by": "value", "category": "ORGANIZATION", "value": "Acme Support",
         "file": "a.txt", "line": 2},
        {"action": "deny", "by": "value", "category": "PERSON", "value": "Zorblax", "file": "a.txt", "line": 3},
        {"action": "deny", "by": "value", "category": "PERSON", "value": "zorblax", "file": "b.txt", "line": 1},
    )))
    result = run_cli("review", "apply", str(decisions), "--policy", str(policy))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"{policy}: allowed 1 by fingerprint and 1 by value; denied 1 (PERSON 1); "
                             "1 already there\n")
    assert policy.read_text() == f"""\
# our policy
[operators]
EMAIL = "tag"  # tags, not masks

[allow]
fingerprints = ["0123456789abcdef"]
key_id = "{KEY_ID}"
values = ["Acme Support"]

[deny]
PERSON = ["Zorblax"]
"""
    again = run_cli("review", "apply", str(decisions), "--policy", str(policy))
    assert again.stderr.endswith("allowed 0 by fingerprint and 0 by value; denied 0; 4 already there\n")
    shown = run_cli("policy", "show", "--policy", str(policy))
    assert ('[allow]\nvalues = ["Acme Support"]\nfingerprints = ["0123456789abcdef"]\n'
            f'key_id = "{KEY_ID}"\n') in shown.stdout


def test_the_next_scrub_honours_review_decisions(tmp_path, monkeypatch):
    text = ("Write to anna.k@mailbox.org or to help@acme-widgets.com.\n"
            "Ask Zorblax at the desk; Zorblax knows.\n")
    first = _scrub(tmp_path, {"a.txt": text})
    help_change = first["files"][0]["changes"][1]
    assert help_change["category"] == "EMAIL" and [c["label"] for c in first["files"][0]["changes"]] == [
        "[EMAIL_1]", "[EMAIL_2]"]
    (tmp_path / "d.json").write_text(json.dumps(_decisions(
        "env",
        {"action": "allow", "by": "fingerprint", "category": "EMAIL", "fingerprint": help_change["fingerprint"]},
        {"action": "deny", "by": "value", "category": "PERSON", "value": "Zorblax"})))
    policy = tmp_path / "redact.toml"
    assert run_cli("review", "apply", str(tmp_path / "d.json"), "--policy", str(policy)).exit_code == 0
    _scrub(tmp_path, {"a.txt": text}, "--policy", str(policy), name="next")
    assert (tmp_path / "next" / "a.txt").read_text() == (
        "Write to [EMAIL_1] or to help@acme-widgets.com.\n"
        "Ask [PERSON_1] at the desk; [PERSON_1] knows.\n")
    # a policy's fingerprints hold only under their key: another key is a usage error
    monkeypatch.setenv("REDACT_KEY", "another-key-for-this-test-0123456789")
    result = run_cli("scrub", str(tmp_path / "in"), "-o", str(tmp_path / "other"), "--report",
                     str(tmp_path / "other.json"), "--policy", str(policy), "-q")
    other_id = Key(b"another-key-for-this-test-0123456789", "env").key_id
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: the policy's allow.fingerprints were made with key {KEY_ID}, this run's key is "
        f"{other_id}: use the same key (REDACT_KEY, .redact-key or --key-file)\n")


def test_review_apply_refuses_fingerprints_of_a_random_key_and_bad_files(tmp_path):
    policy = tmp_path / "redact.toml"
    policy.write_text("[allow]\nvalues = []\n")
    random_key = tmp_path / "random.json"
    random_key.write_text(json.dumps(_decisions(
        "random", {"action": "allow", "by": "fingerprint", "category": "PERSON", "fingerprint": "0" * 16})))
    result = run_cli("review", "apply", str(random_key), "--policy", str(policy))
    assert result.exit_code == 2
    assert result.stderr == (
        "error: the report was made with a random key, so its fingerprints match no other run: "
        "decide by value, or scrub with a key (`redact key init`) and review again\n")
    no_value = tmp_path / "no-value.json"
    no_value.write_text(json.dumps(_decisions("env", {"action": "deny", "category": "PERSON", "value": " "})))
    result = run_cli("review", "apply", str(no_value), "--policy", str(policy))
    assert result.exit_code == 2
    assert result.stderr == f"error: {no_value}: decision 1: by value needs a value\n"
    (tmp_path / "report.json").write_text('{"schema": "redact.report/1"}')
    result = run_cli("review", "apply", str(tmp_path / "report.json"), "--policy", str(policy))
    assert result.stderr == (f"error: {tmp_path / 'report.json'}: not a redact.decisions/1 file "
                             "(export one from the HTML report)\n")
    assert policy.read_text() == "[allow]\nvalues = []\n"


def test_version_1_and_2_reports_are_still_read_by_report_verify_and_the_schema(tmp_path):
    import jsonschema

    from redact.report.json_report import schema

    report = _scrub(tmp_path, SMALL)
    assert report["schema"] == "redact.report/3"
    jsonschema.validate(report, schema())
    with pytest.raises(jsonschema.ValidationError):  # version 3 records each output's hash
        jsonschema.validate(dict(report, files=[{k: v for k, v in f.items() if k != "output_sha256"}
                                                for f in report["files"]]), schema())
    with pytest.raises(jsonschema.ValidationError):  # and the fields left unscanned
        jsonschema.validate(dict(report, files=[{k: v for k, v in f.items() if k != "skipped_fields"}
                                                for f in report["files"]]), schema())
    for f in report["files"]:
        del f["output_sha256"], f["skipped_fields"]
    del report["run"]["outdir"]
    jsonschema.validate(dict(report, schema="redact.report/2"), schema())
    old = dict(report, schema="redact.report/1")
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    jsonschema.validate(old, schema())
    new = run_cli("report", str(tmp_path / "run.json"))
    again = run_cli("report", str(tmp_path / "old.json"))
    assert again.exit_code == 0 and again.stdout == new.stdout
    checked = run_cli("verify", str(tmp_path / "in"), str(tmp_path / "run"), "--report",
                      str(tmp_path / "old.json"))
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout == run_cli("verify", str(tmp_path / "in"), str(tmp_path / "run"),
                                     "--report", str(tmp_path / "run.json")).stdout


UNSCANNED = {
    "train.jsonl": json.dumps({"id": "chatcmpl-1", "model": "gpt-4o", "messages": [
        {"role": "user", "content": "Mail anna.k@mailbox.org"}]}) + "\n",
    "contacts.json": json.dumps({"anna.k@mailbox.org": {"user_id": "u-17", "created_at": "2024",
                                                        "notes": ["call back"]}}),
    "chat.csv": "id,sent_at,speaker,message\nu-17,2024-05-01,Anna,Mail anna.k@mailbox.org\n",
}


def test_report_names_the_fields_left_unscanned_by_design_never_their_values(tmp_path):
    report = _scrub(tmp_path, UNSCANNED)
    assert {f["path"]: f["skipped_fields"] for f in report["files"]} == {
        "chat.csv": ["id", "sent_at"],  # the header's columns that are no speech
        "contacts.json": ["*.created_at", "*.user_id"],  # member names there can be values
        "train.jsonl": ["id", "messages[].role", "model"]}
    result = run_cli("report", str(tmp_path / "run.json"), "--markdown", str(tmp_path / "r.md"),
                     "--html", str(tmp_path / "r.html"))
    assert result.exit_code == 0, result.stderr
    markdown = (tmp_path / "r.md").read_text()
    assert markdown.split("**Left unscanned by design**")[1].split("\n\n")[:2] == [
        " (ids, times, types, roles, model names)",
        "- `chat.csv`: `id`, `sent_at`\n"
        "- `contacts.json`: `*.created_at`, `*.user_id`\n"
        "- `train.jsonl`: `id`, `messages[].role`, `model`"]
    page = (tmp_path / "r.html").read_text()
    assert ("<li><code>train.jsonl</code>: <code>id</code>, <code>messages[].role</code>, "
            "<code>model</code></li>") in page
    assert "anna.k@mailbox.org" not in markdown + page + json.dumps(report)
    assert "u-17" not in markdown  # unscanned values show only as output text (page, context)
