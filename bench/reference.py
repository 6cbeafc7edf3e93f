"""A reference run: scrub, check and eval on the development data, on generated zip,
JSON Lines and CSV files large enough to be streamed and on the QMSum meetings as one plain
chat log of 3 MB (speakers as written, with NER), every output and report kept in one
folder with timestamps and durations taken out. Two checkouts' folders compared with
``diff -r`` show whether a change altered any output, report or exit code.

    python bench/reference.py OUT            # with the installed redact
    PYTHONPATH=../other python bench/reference.py OUT2 && diff -r OUT OUT2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
DEV = DATA / "transcripts-dev"
QMSUM = DATA / "qmsum" / "data" / "ALL"
QMSUM_BYTES = 3_000_000  # bench/large.py's 3000 kB chat log, byte for byte
KEY = "reference-run-key-0123456789abcdef"
# values that vary between two runs of the same code
VOLATILE = {"started", "finished", "seconds"}


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _fixtures(work: Path) -> None:
    """A zip export of dev files and a PNG, and JSON Lines and CSV files over the 1 MB a
    file is read whole up to."""
    rng = random.Random(20261204)
    with zipfile.ZipFile(work / "export.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for name in ("d05-chatgpt-en-travel-medical.json", "d07-claude-en-legal-git.json",
                     "d13-teams-en-standup.vtt", "d25-nexus-mojibake-ru.md"):
            zf.write(DEV / name, f"export/{name}")
        picture = zipfile.ZipInfo("export/picture.png", date_time=(2026, 1, 1, 0, 0, 0))
        zf.writestr(picture, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    first = ["Maria", "Ivan", "Tom", "Anna", "Priya", "Олег", "Мария"]
    last = ["Lopez", "Petrov", "Reyes", "Novak", "Raman", "Соколов", "Иванова"]
    lines, rows = [], ["id,speaker,message\r\n"]
    for i in range(6000):
        name = f"{rng.choice(first)} {rng.choice(last)}"
        mail = f"user{rng.randrange(10**6)}@fastmail.com"
        phone = f"+44 7911 {rng.randrange(10**6):06d}"
        lines.append(json.dumps({"messages": [
            {"role": "system", "content": "You are a helpful support assistant."},
            {"role": "user", "content": f"Hi, I am {name}, mail me at {mail} or call {phone}."},
            {"role": "assistant", "content": f"Thanks {name.split()[0]}, noted."}]},
            ensure_ascii=i % 2 == 0) + "\n")
        rows.append(f'{i},{name},"write to {mail}\r\nor ""call"" {phone}"\r\n')
    (work / "large.jsonl").write_text("".join(lines), encoding="utf-8")
    (work / "large.csv").write_text("".join(rows), encoding="utf-8", newline="")
    _chat_log(work / "qmsum.txt")


def _chat_log(path: Path) -> None:
    """The QMSum meetings (test, then val, in file order) as one chat log, a line
    ``speaker: content`` per utterance, cut at the last whole line within QMSUM_BYTES."""
    size = 0
    with path.open("wb") as fh:
        for meeting in sorted(QMSUM.glob("*/*.json")):
            for turn in json.loads(meeting.read_text(encoding="utf-8"))["meeting_transcripts"]:
                line = f"{turn['speaker']}: {turn['content']}\n".encode()
                if size + len(line) > QMSUM_BYTES:
                    return
                fh.write(line)
                size += len(line)


def _run(work: Path, out: Path, name: str, *args: str) -> None:
    env = dict(os.environ, REDACT_KEY=KEY)
    proc = subprocess.run([sys.executable, "-c", "from redact.cli import main; main()", *args],
                          cwd=work, env=env, capture_output=True, text=True)
    (out / f"{name}.exit").write_text(f"{proc.returncode}\n")
    (out / f"{name}.stdout").write_text(_normalise(proc.stdout))
    stderr = [line for line in proc.stderr.splitlines() if " in " not in line or "/s" not in line]
    (out / f"{name}.stderr").write_text("\n".join(stderr) + "\n")


def _normalise(text: str) -> str:
    try:
        return json.dumps(_strip(json.loads(text)), indent=1, ensure_ascii=False)
    except ValueError:
        return text


def _keep(work: Path, out: Path, name: str) -> None:
    """A run's report (normalised) and outputs, moved into ``out``."""
    report = work / f"{name}.json"
    if report.exists():
        (out / f"{name}.report.json").write_text(_normalise(report.read_text()))
    html = work / f"{name}.html"
    if html.exists():
        text = html.read_text()
        text = re.sub(r"run started [^ ]+", "run started", text)
        for key in VOLATILE:  # the page's data repeats the run's start
            start = text.find(f'"{key}":')
            while start >= 0:
                end = text.find(",", start)
                text = text[:start] + text[end + 1:]
                start = text.find(f'"{key}":')
        (out / f"{name}.html").write_text(text)
    if (work / name).is_dir():
        shutil.copytree(work / name, out / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the run's outputs (made anew)")
    args = parser.parse_args()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    work = out.parent / f".{out.name}.work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    _fixtures(work)
    shutil.copytree(DEV, work / "in-dev")
    shutil.copytree(DATA / "examples", work / "in-examples")
    shutil.copytree(ROOT / "examples", work / "project-examples")
    runs = {
        "dev": ["scrub", "in-dev", "-o", "dev", "--report", "dev.json", "--html", "dev.html"],
        "examples": ["scrub", "in-examples", "project-examples", "-o", "examples",
                     "--report", "examples.json", "--html", "examples.html"],
        "zip": ["scrub", "export.zip", "-o", "zip", "--report", "zip.json", "--copy-unscanned"],
        "stream": ["scrub", "large.jsonl", "large.csv", "-o", "stream", "--report", "stream.json"],
        "qmsum": ["scrub", "qmsum.txt", "-o", "qmsum", "--report", "qmsum.json"],
        "record": ["scrub", "large.jsonl", "-o", "record", "--report", "record.json",
                   "--link-scope", "record", "--tags", "keyed"],
        "workers": ["scrub", "in-dev", "large.jsonl", "-o", "workers", "--report", "workers.json",
                    "--workers", "2"],
        "reveal": ["scrub", "in-dev", "-o", "reveal", "--report", "reveal.json", "--reveal",
                   "--operator", "PERSON=surrogate", "--operator", "EMAIL=mask"],
        "check": ["check", "in-dev", "large.csv", "--output-format", "json", "--no-cache"],
        "sarif": ["check", "in-dev", "--output-format", "sarif", "--no-cache"],
        "eval": ["eval", "in-dev", "--json", "eval.json"],
    }
    for name, argv in runs.items():
        _run(work, out, name, *argv)
        _keep(work, out, name)
        if name == "eval" and (work / "eval.json").exists():
            (out / "eval.json").write_text(_normalise((work / "eval.json").read_text()))
    shutil.rmtree(work)
    print(f"reference run in {out}")


if __name__ == "__main__":
    main()
