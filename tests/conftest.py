"""Shared fixtures: the development data beside the project and one real scrub of it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redact.cli import app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEV = SHARED / "transcripts-dev"
EXAMPLES = ROOT / "examples"
FOUNDING = SHARED / "examples" / "nexus-note-mojibake-ru.md"
TEST_KEY = "test-key-for-redact-suite-0123456789"

needs_shared = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/data is not beside the project")


def manifest() -> dict[str, dict]:
    return {f["file"]: f for f in json.loads((DEV / "manifest.json").read_text())["files"]}


TEXT_FORMATS = ("nexus-md-old", "nexus-md-new", "nexus-md-mojibake", "plain-txt")
# the dev set's format labels, and the format each file must be read as
FORMAT_NAMES = {
    "nexus-md-old": "nexus", "nexus-md-new": "nexus", "nexus-md-mojibake": "nexus",
    "plain-txt": "chatlog", "chatgpt-json": "chatgpt", "claude-json": "claude",
    "openai-jsonl": "openai-jsonl", "sharegpt-json": "sharegpt", "csv": "csv",
    "webvtt-teams": "webvtt", "webvtt-zoom": "webvtt", "srt": "srt", "otter-txt": "otter",
}


def dev_files(*formats: str) -> list[str]:
    """The dev files (of the given manifest formats), in path order."""
    return sorted(n for n, f in manifest().items() if not formats or f["format"] in formats)


def dev_text_files() -> list[str]:
    return dev_files(*TEXT_FORMATS)


def run_cli(*args: str, cwd: Path | None = None):
    """Run the real CLI in-process; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()
    old = Path.cwd()
    if cwd:
        os.chdir(cwd)
    try:
        return runner.invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="session", autouse=True)
def _user_cache(tmp_path_factory):
    """`check` caches in the user cache folder: the suite's own, never the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("REDACT_KEY", TEST_KEY)


@pytest.fixture(scope="session")
def dev_run(tmp_path_factory):
    """One scrub of every file of transcripts-dev."""
    if not DEV.is_dir():
        pytest.skip("../shared/data is not beside the project")
    work = tmp_path_factory.mktemp("dev")
    inputs = work / "in"
    inputs.mkdir()
    for name in dev_files():
        (inputs / name).write_bytes((DEV / name).read_bytes())
    os.environ["REDACT_KEY"] = TEST_KEY
    result = run_cli("scrub", str(inputs), "-o", str(work / "out"),
                     "--report", str(work / "report.json"), "-q")
    assert result.exit_code == 0, result.stderr
    return {"inputs": inputs, "out": work / "out", "report": json.loads(
        (work / "report.json").read_text()), "report_path": work / "report.json"}


@pytest.fixture(scope="module")
def redactor():
    """A Redactor with the default policy, its models loaded once per test module."""
    import redact

    return redact.Redactor(key=TEST_KEY)


@pytest.fixture(scope="module")
def spoken():
    """The spoken recognizer alone: its findings as (kind, text)."""
    from redact.detect.packs import load_rules
    from redact.detect.spoken import SpokenRecognizer, SpokenWords

    rules = load_rules()
    cues = {c: rules.cues.phrases(c, "en") + rules.cues.phrases(c, "ru")
            for c in ("PHONE", "DATE_OF_BIRTH")}
    recognizer = SpokenRecognizer("en", SpokenWords.build(rules.spoken), cues)

    def found(text: str) -> list[tuple[str, str]]:
        return sorted((r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, []))
    return found
