"""Secret detection on gitleaks' own rule samples: share of `tp` secrets found, share of `fp`
samples flagged.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/secret_samples.py [--samples PATH] [--show]

Each sample is scanned alone as prose by the real engine (rules and NER, default packs).
A `tp` sample counts as found when a SECRET finding covers its `secret` (any SECRET finding
when the sample names none); an `fp` sample counts as flagged when any SECRET finding is in
it. Two `fp` figures are printed: as the samples say, and without the samples that are
another rule's `tp` text word for word (gitleaks tests each rule alone, so a valid key of
one provider is an `fp` sample of the next provider's rule). The targets are printed beside.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # before presidio imports: offline

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_SAMPLES = REPO.parent / "shared" / "data" / "secrets" / "gitleaks-rule-samples.jsonl"
TP_TARGET = 0.95
FP_TARGET = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=Path, default=DEFAULT_SAMPLES)
    parser.add_argument("--show", action="store_true", help="print the rule ids of misses and flags")
    args = parser.parse_args()

    from redact.detect.engine import Engine, EngineConfig
    from redact.detect.packs import load_rules
    from redact.formats.base import Piece, Segment

    rows = [json.loads(line) for line in args.samples.read_text(encoding="utf-8").splitlines() if line.strip()]
    engine = Engine(EngineConfig(), load_rules())
    results = engine.detect([[Segment(r["text"], (Piece(0, 0, len(r["text"])),))] for r in rows])
    tp_texts = {r["text"] for r in rows if r["kind"] == "tp"}

    found = flagged = flagged_own = tps = fps = fps_own = 0
    missed: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    for row, [result] in zip(rows, results):
        spans = [(f.start, f.end) for f in result.findings if f.category == "SECRET"]
        if row["kind"] == "tp":
            tps += 1
            secret = row.get("secret")
            at = row["text"].find(secret) if secret else -1
            hit = any(a <= at and at + len(secret) <= b for a, b in spans) if at >= 0 else bool(spans)
            found += hit
            if not hit:
                missed[row["rule_id"]] += 1
        else:
            fps += 1
            flagged += bool(spans)
            if row["text"] not in tp_texts:
                fps_own += 1
                flagged_own += bool(spans)
            if spans:
                flags[row["rule_id"]] += 1

    def line(label: str, num: int, den: int, target: str, ok: bool) -> str:
        return f"  {label:<44} {num:>4}/{den:<4} = {num / den:6.1%}   target {target}: {'PASS' if ok else 'FAIL'}"

    print(f"gitleaks rule samples: {tps} tp, {fps} fp ({args.samples.name})")
    print(line("tp secrets found", found, tps, f">= {TP_TARGET:.0%}", found / tps >= TP_TARGET))
    print(line("fp samples flagged", flagged, fps, f"<= {FP_TARGET:.0%}", flagged / fps <= FP_TARGET))
    print(line("fp samples flagged, another rule's tp left out", flagged_own, fps_own,
               f"<= {FP_TARGET:.0%}", flagged_own / fps_own <= FP_TARGET))
    if args.show:
        print("missed:", dict(missed.most_common()))
        print("flagged:", dict(flags.most_common()))


if __name__ == "__main__":
    main()
