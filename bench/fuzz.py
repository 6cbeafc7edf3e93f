"""Long fuzzing of the targets of ``tests/fuzz_targets.py`` (the ones ``tests/test_fuzz.py``
runs a fixed sample of in CI): hypothesis with fresh random examples, and atheris
(coverage-guided, libFuzzer) where it is installed (``pip install -e .[fuzz]``).

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/fuzz.py                                   # 20,000 examples a target
    .venv/bin/python bench/fuzz.py --examples 2000 --targets zip decode
    .venv/bin/python bench/fuzz.py --engine atheris --examples 50000
    .venv/bin/python bench/fuzz.py --list

Prints, per target and engine, the number of examples run, the seconds taken and what was
found: the exception and the smallest input that raises it (hypothesis shrinks it; atheris
leaves it in --crashes). The exit code is 1 when anything was found.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("REDACT_KEY", "fuzz-key-for-redact-0123456789abcdef")

SLOW = {"scrub": 10}  # a whole scrub costs about ten reader examples: run a tenth as many


@dataclass
class Outcome:
    target: str
    engine: str
    examples: int
    seconds: float
    found: str | None = None  # the exception and the input that raises it


def _hypothesis(name: str, examples: int) -> Outcome:
    from fuzz_targets import TARGETS
    from hypothesis import HealthCheck, given, settings
    from test_fuzz import inputs

    count, smallest = [0], [b""]
    target = TARGETS[name]

    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(data=inputs(name))
    def run(data: bytes) -> None:
        count[0] += 1
        smallest[0] = data
        target(data)

    start = time.perf_counter()
    try:
        run()
        found = None
    except Exception as err:  # what the fuzzer found: report it, go on with the next target
        found = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''} -- input {smallest[0]!r}"
    return Outcome(name, "hypothesis", count[0], time.perf_counter() - start, found)


def _atheris_child(name: str, runs: int, crashes: Path) -> None:
    """In a process of its own (libFuzzer exits on the first crash): fuzz one target."""
    import atheris

    with atheris.instrument_imports(include=["redact"]):  # coverage of the project's code only
        from fuzz_targets import FRAGMENTS, TARGETS, seeds

    target = TARGETS[name]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for n, seed in enumerate(seeds(name)):
            (corpus / f"seed{n}").write_bytes(seed)
        tokens = Path(folder) / "tokens.dict"
        tokens.write_text("".join('"' + "".join(f"\\x{b:02x}" for b in f) + '"\n' for f in FRAGMENTS))
        crashes.mkdir(parents=True, exist_ok=True)
        atheris.Setup([sys.argv[0], f"-runs={runs}", f"-dict={tokens}", "-max_len=4096",
                       f"-artifact_prefix={crashes}/{name.replace(':', '-')}-", str(corpus)],
                      target)
        atheris.Fuzz()


def _atheris(name: str, examples: int, crashes: Path) -> Outcome:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--atheris-child", name, "--examples", str(examples),
         "--crashes", str(crashes)], capture_output=True, text=True)
    log = done.stdout + done.stderr
    runs = re.findall(r"Done (\d+) runs", log) or re.findall(r"#(\d+)\s", log)
    found = None
    if done.returncode != 0:
        error = re.search(r"=== Uncaught Python exception: ===\n(.+)", log)
        artifact = re.search(r"Test unit written to (\S+)", log)
        found = (f"{error.group(1) if error else 'exit ' + str(done.returncode)}"
                 f" -- input in {artifact.group(1) if artifact else '(no artifact)'}")
    return Outcome(name, "atheris", int(runs[-1]) if runs else 0, time.perf_counter() - start, found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples per target and engine")
    parser.add_argument("--targets", nargs="*", help="target names (default: all; see --list)")
    parser.add_argument("--engine", choices=["hypothesis", "atheris", "both"], default="both",
                        help="both: atheris too when it is installed")
    parser.add_argument("--crashes", type=Path, default=Path(tempfile.gettempdir()) / "redact-fuzz",
                        help="where atheris writes inputs that crash a target")
    parser.add_argument("--list", action="store_true", help="list the targets and stop")
    parser.add_argument("--atheris-child", metavar="TARGET", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.atheris_child:  # before anything imports the project uninstrumented
        _atheris_child(args.atheris_child, args.examples, args.crashes)
        return 0
    from fuzz_targets import TARGETS

    if args.list:
        print("\n".join(TARGETS))
        return 0
    names = args.targets or list(TARGETS)
    engines = ["hypothesis"] if args.engine == "hypothesis" else ["atheris"] if args.engine == "atheris" else [
        "hypothesis", "atheris"]
    try:
        import atheris  # noqa: F401
    except ImportError:
        if "atheris" in engines:
            print("atheris is not installed (pip install -e .[fuzz]): hypothesis only", file=sys.stderr)
        engines = [e for e in engines if e != "atheris"]
    outcomes = []
    for name in names:
        examples = max(args.examples // SLOW.get(name, 1), 1)
        for engine in engines:
            print(f"{engine} {name}: {examples} examples...", file=sys.stderr, flush=True)
            outcome = (_hypothesis(name, examples) if engine == "hypothesis"
                       else _atheris(name, examples, args.crashes))
            outcomes.append(outcome)
            print(f"  {outcome.examples} run in {outcome.seconds:.0f} s"
                  + (f"; FOUND {outcome.found}" if outcome.found else ""), file=sys.stderr, flush=True)
    print(f"{'target':<24} {'engine':<11} {'examples':>9} {'seconds':>8}  found")
    for o in outcomes:
        print(f"{o.target:<24} {o.engine:<11} {o.examples:>9} {o.seconds:>8.0f}  {o.found or '-'}")
    print(f"total: {sum(o.examples for o in outcomes)} examples, "
          f"{sum(1 for o in outcomes if o.found)} targets with findings")
    return 1 if any(o.found for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
