"""Hugging Face ``datasets``: ``Dataset.map(redactor.scrub_batch, batched=True)`` on local
records, offline (HF_DATASETS_OFFLINE, HF_HUB_OFFLINE), in one process and in two."""

from __future__ import annotations

import os

os.environ["HF_DATASETS_OFFLINE"] = "1"  # before datasets is imported: never the Hub
os.environ["HF_HUB_OFFLINE"] = "1"

import datasets  # noqa: E402
import pytest  # noqa: E402

import redact  # noqa: E402

KEY = "datasets-test-key-0123456789"
FIRST = ["Emma", "David", "Sarah", "James", "Laura", "Peter"]
LAST = ["Clarke", "Walsh", "Mitchell", "Porter", "Bennett", "Collins"]


def _records() -> list[dict]:
    """23 chat records: three batches of 7 and one of 2; people recur across batches."""
    out = []
    for i in range(23):
        a, b = i % 6, (i * 5 + 1) % 6
        out.append({"id": i, "messages": [
            {"role": "user", "content": f"Hi, I'm {FIRST[a]} {LAST[a]}. Please tell "
                                        f"{FIRST[b]} {LAST[b]} that ticket {i} is done."},
            {"role": "assistant", "content": f"Of course, {FIRST[a]} {LAST[a]}."}]})
    return out


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf"))


def test_map_batched_counts_tags_per_record():
    redactor = redact.Redactor(key=KEY)
    done = datasets.Dataset.from_list(_records()).map(redactor.scrub_batch, batched=True,
                                                      batch_size=7)
    assert done["id"] == list(range(23))
    for i, row in enumerate(done):
        assert row["messages"] == [
            {"role": "user", "content": "Hi, I'm [PERSON_1]. Please tell [PERSON_2] that "
                                        f"ticket {i} is done."},
            {"role": "assistant", "content": "Of course, [PERSON_1]."}]


@pytest.mark.enable_socket  # the process pool's queue is a Unix socket (no network)
def test_keyed_tags_are_the_same_in_two_processes():
    redactor = redact.Redactor(key=KEY, tags="keyed")
    records = datasets.Dataset.from_list(_records())
    one = records.map(redactor.scrub_batch, batched=True, batch_size=7)
    two = records.map(redactor.scrub_batch, batched=True, batch_size=7, num_proc=2)
    assert two["messages"] == one["messages"]
    tags = {row["messages"][1]["content"] for row in one}
    assert len(tags) == 6  # one tag per person, whichever batch or process met them
    assert all(t.startswith("Of course, [PERSON_") and len(t) == len("Of course, [PERSON_12345678].")
               for t in tags)
