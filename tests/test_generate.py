"""The generated recall sets (``bench/generate.py``): what ``bench/quality.py`` and ``redact
eval`` read must be right before any figure measured on them means anything."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.gen.banks import BANKS, LOOKALIKE_BANKS, leaves
from bench.gen.families import FAMILIES, LOOKALIKE_KINDS
from bench.gen.layouts import FORMATS
from bench.generate import REPLIES, SEEDS, SETS, generate
from redact.formats import choose_format
from redact.gold import load_ours
from redact.text_io import decode

# the manifest's format names and the format redact must read each file as
READ_AS = {
    "webvtt-teams": "webvtt", "webvtt-zoom": "webvtt", "srt": "srt", "otter-txt": "otter",
    "chatlog-irc": "chatlog", "chatlog-stamped": "chatlog", "chatlog-plain": "chatlog",
    "plain-txt": "text", "nexus-md-new": "nexus", "openai-jsonl": "openai-jsonl",
    "sharegpt-json": "sharegpt",
}


def _rows(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> dict[str, Path]:
    """Both sets at their default size and seeds, as quality.py writes them."""
    out = {}
    for name in SETS:
        out[name] = tmp_path_factory.mktemp(name)
        generate(name, out[name])
    return out


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_values(tmp_path):
    for run in ("a", "b"):
        generate("tune", tmp_path / run, seed=7, per_family=6, per_lookalike=2)
    generate("tune", tmp_path / "c", seed=8, per_family=6, per_lookalike=2)
    a, b, c = (sorted((tmp_path / r).iterdir()) for r in "abc")
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    assert (tmp_path / "a" / "gold.jsonl").read_bytes() != (tmp_path / "c" / "gold.jsonl").read_bytes()


def test_every_span_holds_its_text_in_the_decoded_file(full):
    for folder in full.values():
        dataset = load_ours(folder)
        assert dataset.warnings == []
        texts = {doc.name: doc.text for doc in dataset.docs}
        for kind in ("gold.jsonl", "notpii.jsonl"):
            for row in _rows(folder, kind):
                assert texts[row["file"]][row["start"]:row["end"]] == row["text"], row
        assert sum(len(d.gold) for d in dataset.docs) == len(_rows(folder, "gold.jsonl"))


def test_every_format_is_written_and_read_by_redact_as_that_format(full):
    for folder in full.values():
        files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
        assert {f["format"] for f in files} == set(FORMATS)
        for f in files:
            data = (folder / f["file"]).read_bytes()
            fmt, warning = choose_format(decode(data).text, f["file"])
            assert (fmt.name, warning) == (READ_AS[f["format"]], None), f["file"]
            if f["format"].endswith("json"):
                json.loads(data)
            elif f["format"] == "openai-jsonl":
                assert all(json.loads(line)["messages"] for line in data.decode().splitlines())


def test_tune_and_check_share_no_template_and_no_seed():
    assert leaves(BANKS["tune"]) & leaves(BANKS["check"]) == set()
    assert leaves(LOOKALIKE_BANKS["tune"]) & leaves(LOOKALIKE_BANKS["check"]) == set()
    assert leaves(REPLIES["tune"]) & leaves(REPLIES["check"]) == set()
    assert set(BANKS["tune"]) == set(BANKS["check"]) == set(FAMILIES)
    assert SEEDS["tune"] != SEEDS["check"]


def test_at_least_40_instances_per_family_per_language_and_every_lookalike_kind(full):
    for folder in full.values():
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        lang = {f["file"]: f["lang"] for f in manifest["files"]}
        counts = Counter((r["family"], lang[r["file"]]) for r in _rows(folder, "gold.jsonl"))
        assert min(counts[(family, la)] for family in FAMILIES for la in ("en", "ru")) >= 40
        assert set(manifest["lookalikes"]) == set(LOOKALIKE_KINDS)
        kinds = Counter(r["kind"] for r in _rows(folder, "notpii.jsonl"))
        assert kinds == Counter(manifest["lookalikes"])


def test_lookalikes_never_overlap_gold_and_gold_spans_never_overlap(full):
    for folder in full.values():
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for kind in ("gold.jsonl", "notpii.jsonl"):
            for r in _rows(folder, kind):
                spans.setdefault(r["file"], []).append((r["start"], r["end"], r["label"]))
        for file, found in spans.items():
            found.sort()
            for (_, end, _), (start, _, _) in zip(found, found[1:]):
                assert end <= start, file


def test_every_gold_span_lies_in_a_turn_of_its_family_or_is_a_chat_speaker(full):
    for folder in full.values():
        turns: dict[str, list[dict]] = {}
        for t in _rows(folder, "turns.jsonl"):
            turns.setdefault(t["file"], []).append(t)
        for r in _rows(folder, "gold.jsonl"):
            inside = [t for t in turns[r["file"]] if t["start"] <= r["start"] and r["end"] <= t["end"]]
            if inside:
                assert [t["family"] for t in inside] == [r["family"]], r
            else:  # a chat log's speaker: a handle at the start of its line
                assert "chatlog" in r["file"] and r["label"] == "USERNAME", r
