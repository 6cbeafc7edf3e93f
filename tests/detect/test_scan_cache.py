"""The run's memory of scanned texts: what a text held is found again without a scan, and
the memory holds a budget of bytes, newest kept, however many distinct texts stream by."""

from __future__ import annotations

from redact.detect.engine import _ENTRY_BYTES, _FINDING_BYTES, ScanCache, Scanned
from redact.records import Finding

EMAIL = Finding(0, 12, "EMAIL_ADDRESS", "EMAIL", 1.0, "email")


def test_the_cache_keeps_a_budget_of_bytes_counting_each_entry_and_finding():
    found = Scanned("en", (EMAIL,), False)
    nothing = Scanned("en", (), False)
    entry = 10 + _ENTRY_BYTES  # a ten-character text without a finding
    cache = ScanCache(max_bytes=11 + _ENTRY_BYTES + _FINDING_BYTES + 2 * entry)
    cache.add(("a@mail.test", "prose"), found)  # eleven characters and a finding
    for i in range(2):
        cache.add((f"text {i:5d}", "prose"), nothing)
    assert cache.get(("a@mail.test", "prose")) is found  # now the newest
    cache.add(("text    99", "prose"), nothing)
    assert cache.get(("text     0", "prose")) is None  # the oldest went
    assert cache.get(("a@mail.test", "prose")) is found
    for i in range(100, 110):
        cache.add((f"text {i:5d}", "prose"), nothing)
    assert cache.get(("a@mail.test", "prose")) is None
    assert [cache.get((f"text {i:5d}", "prose")) for i in (107, 108, 109)] == [nothing] * 3
