"""Speed of ``redact check --history`` against a tree check of the same characters.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/history.py [--commits 500] [--files 200] [--jsonl-mb 1] [--workdir DIR]

Generates a repository with ``git fast-import``: ``--files`` files of chat text (bench/
large.py's generator, seeded), one of them ``--jsonl-mb`` of OpenAI chat JSON Lines; each of
the ``--commits`` commits rewrites one conversation of the JSON Lines file and adds a turn
to one of the other files. Then, each in its own process (imports and model loading
included, as in CI):

- ``redact check --history`` of the repository;
- ``redact check`` of a folder holding every distinct blob the history added, once, as a
  file with its path's extension: the same characters, scanned as a tree.

It prints the characters of distinct blobs per second of each, their ratio (target: the
history check at least 0.7x the tree check) and the JSON summary's count of blobs scanned
beside the distinct blobs of the range, counted by git (they must be equal). A check of a
one-line file gives the start-up time, so the ratio is also shown without it.
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
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large import KEY, SEED, Chats  # noqa: E402

GOAL = 0.7  # history chars/s at least 0.7x a tree check's
JSONL = "data/chats.jsonl"
EPOCH = 1_700_000_000


def _redact() -> str:
    script = Path(sys.executable).parent / "redact"
    return str(script) if script.exists() else shutil.which("redact") or "redact"


def _jsonl_line(chats: Chats) -> str:
    _, turns = chats.conversation()
    return json.dumps({"messages": [{"role": r, "content": c} for r, c in turns]},
                      ensure_ascii=False) + "\n"


def _chat_text(chats: Chats) -> str:
    _, turns = chats.conversation()
    return "".join(f"{role}: {content}\n" for role, content in turns)


def generate(root: Path, commits: int, files: int, jsonl_mb: float, seed: int) -> None:
    """The repository, written through ``git fast-import`` (one process for all commits)."""
    chats = Chats(seed)
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    while size < jsonl_mb * 1_000_000:
        lines.append(_jsonl_line(chats))
        size += len(lines[-1].encode("utf-8"))
    others = {f"notes/{i // 20:02d}/chat-{i:03d}.{'md' if i % 3 else 'txt'}": _chat_text(chats)
              for i in range(files - 1)}
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    stream: list[bytes] = []

    def blob(path: str, text: str) -> bytes:
        data = text.encode("utf-8")
        return f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n"

    for n in range(commits):
        message = f"commit {n + 1}".encode()
        when = f"{EPOCH + n * 3600} +0000"
        head = (f"commit refs/heads/main\nauthor Bench <bench@localhost> {when}\n"
                f"committer Bench <bench@localhost> {when}\n").encode()
        changes: list[bytes] = []
        if n == 0:
            changes += [blob(p, t) for p, t in others.items()]
        else:
            lines[rng.randrange(len(lines))] = _jsonl_line(chats)
            path = rng.choice(sorted(others))
            others[path] += _chat_text(chats).split("\n", 1)[0] + "\n"
            changes.append(blob(path, others[path]))
        changes.append(blob(JSONL, "".join(lines)))
        stream += [head, f"data {len(message)}\n".encode(), message, b"\n", *changes, b"\n"]
    subprocess.run(["git", "fast-import", "--quiet"], cwd=root, input=b"".join(stream), check=True)


def distinct_blobs(root: Path) -> dict[str, str]:
    """Every blob the history holds (all of it is in range), by id, with a path holding it,
    listed by git itself."""
    listed = subprocess.run(["git", "log", "--format=", "--raw", "--no-abbrev", "--no-renames",
                             "--root", "-c", "HEAD"], cwd=root, capture_output=True, text=True,
                            check=True).stdout
    out: dict[str, str] = {}
    for line in listed.splitlines():
        meta, path = line.split("\t", 1)
        out.setdefault(meta.split()[-2], path)
    return out


def materialise(root: Path, blobs: dict[str, str], tree: Path) -> int:
    """Each distinct blob as a file of the tree, with its path's extension; its characters."""
    tree.mkdir()
    chars = 0
    for i, (blob, path) in enumerate(sorted(blobs.items())):
        data = subprocess.run(["git", "cat-file", "blob", blob], cwd=root, capture_output=True,
                              check=True).stdout
        name = PurePosixPath(path)
        (tree / f"{i:05d}-{name.stem}{name.suffix}").write_bytes(data)
        chars += len(data.decode("utf-8"))
    return chars


def timed(args: list[str], cwd: Path, out: Path) -> tuple[float, dict]:
    env = {**os.environ, "REDACT_KEY": KEY}
    start = time.perf_counter()
    proc = subprocess.run([_redact(), "check", *args, "--output-format", "json", "--output",
                           str(out), "--quiet"], cwd=cwd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode == 2:
        sys.exit(f"redact check {' '.join(args)} failed:\n{proc.stderr}")
    return seconds, json.loads(out.read_text())["summary"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--jsonl-mb", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--workdir", type=Path, help="keep the data here (default: a temporary folder)")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="redact-history-bench-"))
    for name in ("repo", "tree", "tiny"):
        shutil.rmtree(work / name, ignore_errors=True)
    repo, tree, tiny = work / "repo", work / "tree", work / "tiny"
    start = time.perf_counter()
    generate(repo, args.commits, args.files, args.jsonl_mb, args.seed)
    blobs = distinct_blobs(repo)
    chars = materialise(repo, blobs, tree)
    print(f"generated {args.commits} commits, {args.files} files, {len(blobs)} distinct blobs, "
          f"{chars:,} characters in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    tiny.mkdir()
    (tiny / "one.txt").write_text("one line of plain words\n")
    startup, _ = timed([".", "--no-cache"], tiny, work / "tiny.json")
    history_s, history = timed(["--history"], repo, work / "history.json")
    tree_s, flat = timed([".", "--no-cache"], tree, work / "tree.json")
    print(f"\n{'run':<22} {'seconds':>8} {'chars/s':>12} {'chars/s after start-up':>24}")
    rates = {}
    for name, seconds in (("check --history", history_s), ("check (tree)", tree_s)):
        rates[name] = (chars / seconds, chars / max(seconds - startup, 1e-9))
        print(f"{name:<22} {seconds:>8.1f} {rates[name][0]:>12,.0f} {rates[name][1]:>24,.0f}")
    print(f"start-up (one-line file): {startup:.1f} s")
    whole = rates["check --history"][0] / rates["check (tree)"][0]
    after = rates["check --history"][1] / rates["check (tree)"][1]
    print(f"history / tree: {whole:.2f}x whole process, {after:.2f}x after start-up "
          f"(target >= {GOAL}x)")
    print(f"blobs scanned (JSON summary): {history['blobs_scanned']}; distinct blobs the range "
          f"added (git): {len(blobs)}: {'equal' if history['blobs_scanned'] == len(blobs) else 'NOT EQUAL'}")
    print(f"findings: history {history['findings']} (once per value and path), "
          f"tree {flat['findings']} (every occurrence in every blob)")
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
