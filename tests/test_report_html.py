"""The HTML report in a real browser: Debian's chromium driven by Playwright (never a
browser download). The page of a real scrub of transcripts-dev shows the report's counts,
filters by category, takes a false positive and a missed span, exports the decisions;
`redact review apply` turns them into policy and the next scrub honours them. Every request
that is not file:// is blocked and fails the test. A screenshot is kept in tests/artifacts/."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from redact import text_io

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (.ci/run installs it)")

# a word of this file's output that no detector replaces, marked as a missed organisation
MISSED_FILE, MISSED = "d01-nexus-old-en-csv-script.md", "ledger"


@pytest.fixture
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        yield launched
        launched.close()


def _open(browser, page_path: Path):
    """A page that may read file:// only: anything else is aborted and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    blocked: list[str] = []

    def guard(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    return page, blocked, requested, errors


def _value(inputs: Path, entry: dict, change: dict) -> str:
    source = next(p for p in inputs.iterdir() if p.name == entry["path"])
    return text_io.decode(source.read_bytes(), repair=entry["repair"] is not None).text[
        change["start"]:change["end"]]


def test_review_in_a_real_browser(dev_run, tmp_path, browser):
    report = dev_run["report"]
    page_path = tmp_path / "report.html"
    made = run_cli("report", str(dev_run["report_path"]), "--html", str(page_path))
    assert made.exit_code == 0, made.stderr
    page, blocked, requested, errors = _open(browser, page_path)

    # the counts shown are the report's
    summary = report["summary"]
    total = sum(summary["changes_by_category"].values())
    shown = {name: page.inner_text(f"#count-{name}") for name in
             ("files", "redacted", "clean", "skipped", "errors", "warnings", "changes")}
    assert shown == {"files": str(summary["files"]), "redacted": str(summary["redacted"]),
                     "clean": str(summary["clean"]), "skipped": str(summary["skipped"]),
                     "errors": str(summary["errors"]), "warnings": str(summary["warnings"]),
                     "changes": str(total)}
    bars = page.eval_on_selector_all(
        "#chart .bar", "bars => bars.map(b => [b.dataset.category, Number(b.dataset.count)])")
    assert dict(bars) == summary["changes_by_category"]
    assert page.inner_text("#shown") == str(total)

    # filter by a category: the rows are that category's changes, in file order
    page.select_option("#f-category", "PERSON")
    persons = [(e["path"], c) for e in report["files"] for c in e["changes"] if c["category"] == "PERSON"]
    assert page.inner_text("#shown") == str(len(persons))
    rows = page.locator("#changes tbody tr")
    assert rows.count() == min(100, len(persons))
    cells = page.eval_on_selector_all("#changes tbody tr", """rows => rows.map(r => [
        r.dataset.category, r.querySelector('.open').textContent, r.cells[1].textContent,
        r.querySelector('.label').textContent])""")
    assert cells == [["PERSON", path, str(c["line"]), c["label"]] for path, c in persons[:100]]

    # mark the first as not personal data
    path, change = persons[0]
    entry = next(e for e in report["files"] if e["path"] == path)
    value = _value(dev_run["inputs"], entry, change)
    first_i = rows.first.get_attribute("data-i")
    rows.first.locator("button.fp").click()
    assert rows.first.get_attribute("class") == "allowed"
    assert page.inner_text("#decision-count") == "1"

    # the per-file view shows it with its tooltip
    rows.first.locator("button.open").click()
    assert page.locator(f'#v-text mark[data-i="{first_i}"]').get_attribute("title") == (
        f"{change['entity']} · {change['detector']} · score {change['score']:.2f} · marked not personal data")

    # select a missed span in the per-file view of another file
    page.select_option("#v-file", label=MISSED_FILE)
    selected = page.evaluate("""word => {
        const walker = document.createTreeWalker(document.getElementById('v-text'), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest('mark')) continue;
            const at = node.data.search(new RegExp('\\\\b' + word + '\\\\b'));
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const sel = window.getSelection();
            sel.removeAllRanges();
            sel.addRange(range);
            document.getElementById('v-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return [sel.toString(), Number(node.parentElement.closest('.ln').dataset.line)];
        }
        return null;
    }""", MISSED)
    assert selected is not None and selected[0] == MISSED
    assert page.is_visible("#missed")
    page.select_option("#missed-category", "ORGANIZATION")
    page.click("#missed-add")
    assert page.inner_text("#decision-count") == "2"

    ARTIFACTS.mkdir(exist_ok=True)
    page.evaluate("document.getElementById('changes-section').scrollIntoView()")
    page.screenshot(path=str(ARTIFACTS / "report-html.png"))

    with page.expect_download() as download:
        page.click("#export")
    decisions_path = tmp_path / "decisions.json"
    download.value.save_as(decisions_path)
    assert download.value.suggested_filename == "redact-decisions.json"
    decisions = json.loads(decisions_path.read_text())
    assert decisions == {
        "schema": "redact.decisions/1",
        "report": {"started": report["run"]["started"], "policy_digest": report["run"]["policy_digest"],
                   "key": "env"},
        "decisions": [
            {"action": "allow", "by": "fingerprint", "category": "PERSON", "file": path,
             "line": change["line"], "fingerprint": change["fingerprint"]},
            {"action": "deny", "by": "value", "category": "ORGANIZATION", "value": MISSED,
             "file": MISSED_FILE, "line": selected[1]}]}
    assert value not in decisions_path.read_text()
    assert not blocked and not errors
    assert requested and all(url.startswith("file://") for url in requested), requested

    # the decisions become policy; the next scrub of that file honours them
    policy = tmp_path / "redact.toml"
    applied = run_cli("review", "apply", str(decisions_path), "--policy", str(policy))
    assert applied.exit_code == 0, applied.stderr
    again = tmp_path / "again"
    again.mkdir()
    for name in {path, MISSED_FILE}:
        shutil.copy(dev_run["inputs"] / name, again / name)
    rerun = run_cli("scrub", str(again), "-o", str(tmp_path / "out"), "--report",
                    str(tmp_path / "again.json"), "--policy", str(policy), "-q")
    assert rerun.exit_code == 0, rerun.stderr
    after = {f["path"]: f for f in json.loads((tmp_path / "again.json").read_text())["files"]}
    assert change["fingerprint"] not in {c["fingerprint"] for c in after[path]["changes"]}
    out_text = (tmp_path / "out" / path).read_text(encoding="utf-8")
    before_text = (dev_run["out"] / path).read_text(encoding="utf-8")
    assert out_text.count(value) > before_text.count(value)
    missed = [c for c in after[MISSED_FILE]["changes"]
              if _value(again, after[MISSED_FILE], c) == MISSED]
    assert {c["category"] for c in missed} == {"ORGANIZATION"}
    assert selected[1] in {c["line"] for c in missed}
    assert not re.search(rf"\b{MISSED}\b", (tmp_path / "out" / MISSED_FILE).read_text(encoding="utf-8"))
