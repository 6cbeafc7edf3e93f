"""The HTML report of a large run in headless chromium: time to load and to filter.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/report_html.py [--changes N] [--files K] [--repeat R]

Generates plain-text files holding about N emails and IPv4 addresses (two per line, spread
over K files), scrubs them for real (``redact scrub --no-ner --html``), opens the page in
Debian's chromium (``/usr/bin/chromium``, through Playwright, never a downloaded browser,
every request that is not file:// aborted) and measures, best of R:

- load: from ``page.goto`` to the page's script having rendered the first table page and
  the per-file view (``body[data-ready]``), measured in this process;
- filter: choosing a category in the filter until the table is rendered and painted (two
  animation frames), measured in the page with ``performance.now()``;
- sort: clicking the score column, measured the same way.

A baseline report of 100 changes is measured the same way in the same run, and the ratio
is printed; the target (under a second each) is printed beside the measurement, never
asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions"]
TARGET_S = 1.0
BASELINE_CHANGES = 100
WORDS = ["please", "send", "the", "invoice", "again", "server", "logs", "show", "retries", "from",
         "after", "deploy", "ticket", "closed", "thanks", "check", "when", "you", "can"]

MEASURE_JS = """async ([selector, action, value]) => {
    const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const el = document.querySelector(selector);
    const t0 = performance.now();
    if (action === "select") { el.value = value; el.dispatchEvent(new Event("change")); }
    else el.click();
    await frames();
    return (performance.now() - t0) / 1000;
}"""


def make_inputs(folder: Path, changes: int, files: int, seed: int = 7) -> None:
    """Lines of chat-like text with one email and one IPv4 address each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    lines = changes // 2
    for k in range(files):
        out = []
        for n in range(k * lines // files, (k + 1) * lines // files):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))
            out.append(f"{words}: write to user.{n}@mailhost{n % 97}.net, host "
                       f"81.{2 + n % 200}.{n % 250}.{1 + n % 240} {rng.choice(WORDS)}.")
        (folder / f"chat-{k:03d}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def scrub(work: Path, name: str, changes: int, files: int) -> tuple[Path, int]:
    inputs = work / f"in-{name}"
    make_inputs(inputs, changes, files)
    page = work / f"{name}.html"
    env = dict(os.environ, REDACT_KEY=os.environ.get("REDACT_KEY", "bench-key-for-the-html-report-0123"))
    subprocess.run([str(REPO / ".venv" / "bin" / "redact"), "scrub", str(inputs), "-o",
                    str(work / f"out-{name}"), "--report", str(work / f"{name}.json"),
                    "--html", str(page), "--no-ner", "-q"], check=True, env=env, cwd=work)
    report = json.loads((work / f"{name}.json").read_text())
    return page, sum(report["summary"]["changes_by_category"].values())


def measure(browser, page_path: Path, repeat: int) -> dict[str, float]:
    best = {"load": float("inf"), "filter": float("inf"), "sort": float("inf")}
    for _ in range(repeat):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        blocked = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                      else (blocked.append(route.request.url), route.abort()))
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        best["load"] = min(best["load"], time.perf_counter() - t0)
        best["filter"] = min(best["filter"], page.evaluate(MEASURE_JS, ["#f-category", "select", "IP_ADDRESS"]))
        best["sort"] = min(best["sort"], page.evaluate(MEASURE_JS, ['#changes th[data-sort="score"]', "click", ""]))
        context.close()
        if blocked:
            sys.exit(f"the page asked for {blocked[0]}: it must need nothing but itself")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="redact-bench-html-") as tmp:
        work = Path(tmp)
        print(f"scrubbing {args.changes} and {BASELINE_CHANGES} changes...", file=sys.stderr)
        big, big_n = scrub(work, "large", args.changes, args.files)
        small, small_n = scrub(work, "baseline", BASELINE_CHANGES, 1)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
            base = measure(browser, small, args.repeat)
            large = measure(browser, big, args.repeat)
            browser.close()
        print(f"HTML report in headless chromium {CHROMIUM}, best of {args.repeat}")
        print(f"{'report':<10} {'changes':>8} {'page MB':>8} {'load s':>8} {'filter s':>9} {'sort s':>8}")
        for name, n, path, m in (("baseline", small_n, small, base), ("large", big_n, big, large)):
            print(f"{name:<10} {n:>8} {path.stat().st_size / 1e6:>8.2f} {m['load']:>8.3f} "
                  f"{m['filter']:>9.3f} {m['sort']:>8.3f}")
        for what in ("load", "filter", "sort"):
            verdict = "PASS" if large[what] < TARGET_S else "FAIL"
            print(f"{what}: {large[what]:.3f} s for {big_n} changes ({large[what] / base[what]:.1f}x the "
                  f"{small_n}-change baseline); target under {TARGET_S:.0f} s -> {verdict}")


if __name__ == "__main__":
    main()
