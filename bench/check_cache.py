"""Speed of ``redact check`` with its cache: a first run, a cached rerun, and a rerun after
one file changed, on generated chat JSON Lines (bench/large.py's generator).

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/check_cache.py [--size-mb 50] [--file-mb 5] [--no-ner] [--workdir DIR]

The dataset is split into files of --file-mb in a fresh git repository, so the cache lives
in its ``.redact-cache/``. Each run is a separate ``redact check`` process (imports and
model loading included, as in CI); the summary of each run must match the first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large import KEY, SEED, write_jsonl  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
GOAL = 20.0  # cached rerun at least 20x faster than the first run


def _redact() -> str:
    script = Path(sys.executable).parent / "redact"
    return str(script) if script.exists() else shutil.which("redact") or "redact"


def run_check(root: Path, extra: list[str]) -> tuple[float, dict, int]:
    out = root.parent / "check.json"
    env = {**os.environ, "REDACT_KEY": KEY}
    start = time.perf_counter()
    proc = subprocess.run([_redact(), "check", ".", "--output-format", "json", "--output", str(out),
                           *extra], cwd=root, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode == 2:
        sys.exit(f"redact check failed:\n{proc.stderr}")
    return seconds, json.loads(out.read_text())["summary"], proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=50.0)
    parser.add_argument("--file-mb", type=float, default=5.0)
    parser.add_argument("--no-ner", action="store_true", help="rules only (a policy with ner = false)")
    parser.add_argument("--workdir", type=Path, help="keep the data here (default: a temporary folder)")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="redact-check-bench-"))
    root = work / "data"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    extra: list[str] = []
    if args.no_ner:
        policy = work / "policy.toml"
        policy.write_text("[detection]\nner = false\n", encoding="utf-8")
        extra = ["--policy", str(policy)]
    files = max(1, round(args.size_mb / args.file_mb))
    total = 0
    for i in range(files):
        ds = write_jsonl(root / f"chat-{i:03}.jsonl", args.size_mb / files, SEED + i)
        total += ds.bytes
    print(f"dataset: {files} files, {total / (1 << 20):.1f} MB, NER {'off' if args.no_ner else 'on'}",
          file=sys.stderr)
    first, summary, code = run_check(root, extra)
    cached, again, _ = run_check(root, extra)
    with (root / "chat-000.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"messages": [{"role": "user", "content": "one more line"}]}) + "\n")
    changed, _, _ = run_check(root, extra)
    print(f"{'run':<28}{'seconds':>10}")
    print(f"{'first check':<28}{first:>10.1f}")
    print(f"{'cached rerun':<28}{cached:>10.1f}")
    print(f"{'rerun, one file changed':<28}{changed:>10.1f}")
    print(f"findings: {summary['findings']} (exit {code}); cached rerun "
          f"{'same' if again == summary else 'DIFFERENT'}")
    ratio = first / cached
    print(f"goal: cached rerun >= {GOAL:.0f}x faster: measured {ratio:.1f}x -> "
          f"{'PASS' if ratio >= GOAL else 'FAIL'}")
    if args.workdir is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
