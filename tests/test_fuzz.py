"""Fuzz tests: every reader and writer (each format, decoding, the JSON scanner, zip
archives, the change applier, the whole scrub) fed arbitrary bytes, runs of format syntax,
and valid files cut and spliced. Only the project's own errors may come out, and what is
accepted is exact and idempotent (see ``fuzz_targets``). CI runs a fixed sample;
REDACT_EXAMPLES=N explores N fresh random examples per target; ``bench/fuzz.py`` runs the
same targets far longer.
"""

from __future__ import annotations

import os

import pytest
from fuzz_targets import FRAGMENTS, TARGETS, mutate, seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("REDACT_EXAMPLES", "200"))


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize="REDACT_EXAMPLES" not in os.environ,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
                    database=None)


EDIT = st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 64), st.sampled_from(FRAGMENTS))


def inputs(target: str) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, a run of format syntax, or a valid file of the target's kind edited."""
    return st.one_of(
        st.binary(max_size=300),
        st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(b"".join),
        st.builds(mutate, st.sampled_from(seeds(target)), st.lists(EDIT, max_size=6)),
    )


@pytest.mark.parametrize("name", [name for name in TARGETS if name != "scrub"])
def test_readers_and_writers(name):
    @_settings(EXAMPLES)
    @given(data=inputs(name))
    def fuzz(data: bytes) -> None:
        TARGETS[name](data)

    fuzz()


def test_whole_scrub():
    """Rules only (NER is the slow part and reads text the readers already checked)."""
    @_settings(max(EXAMPLES // 8, 10))
    @given(data=inputs("scrub"))
    def fuzz(data: bytes) -> None:
        TARGETS["scrub"](data)

    fuzz()


# -- what longer runs found, kept as regressions ----------------------------------------------
def test_only_crlf_lf_and_cr_break_lines():
    """str.splitlines breaks at form feeds, U+2028 and U+0085 too: a replacement next to
    one moved the structure of line-based formats."""
    from redact.formats import FORMATS

    text = "page one\x0cpage two\u2028same line\x85still\r\nnext\n"
    assert [s.text for s in FORMATS["text"].parse(text).segments] == [text[:-1]]
    assert [s.text for s in FORMATS["markdown"].parse(text).segments] == [text[:-1]]


def test_streamed_csv_reads_records_on_the_header_line():
    """Rows broken by CR alone share the header's line: a streamed read skipped them."""
    import io

    from redact import text_io
    from redact.formats import FORMATS

    text = "id,speaker,message\r1,Maria Lopez,hi Ann\r2,Bob,yo\n3,Cid,ok\n"
    csv = FORMATS["csv"]
    streamed = [s.text for d in csv.stream(text_io.stream_lines(text, io.BytesIO(), 0), 5)
                for s in d.segments]
    assert streamed == [s.text for s in csv.parse(text).segments] == [
        "Maria Lopez", "hi Ann", "Bob", "yo", "Cid", "ok"]


def test_zip_member_without_a_name(tmp_path):
    """ZipInfo.is_dir raises IndexError on an empty name (found by atheris)."""
    import zipfile

    from redact.archives import list_members

    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr(zipfile.ZipInfo(""), b"x")
        zf.writestr("ok.txt", b"y")
    assert [(m.name, m.skip) for m in list_members(tmp_path / "a.zip")] == [
        ("", "zip member without a name"), ("ok.txt", None)]
    TARGETS["zip"]((tmp_path / "a.zip").read_bytes())


def test_a_tag_at_the_start_of_a_text_is_no_json_array():
    """"lena.k@mailbox.org[{...}]" as plain text became "[EMAIL_1][{...}]", which a second
    scrub sniffed as a ChatGPT export and refused: scrubbing an output changed it."""
    from redact.formats import choose_format

    export = seeds("format:chatgpt")[0].decode()
    assert choose_format("[EMAIL_1]" + export, "notes.html")[0].name == "text"
    assert choose_format(export, "notes.html")[0].name == "chatgpt"
    TARGETS["scrub"](b"\x08lena.k@mailbox.org" + export.encode())  # .html


def test_changes_out_of_place_are_refused():
    from redact.spans import apply_changes

    for changes in ([(3, 1, "x")], [(0, 9, "x")], [(-1, 1, "x")], [(0, 2, "x"), (1, 3, "y")]):
        with pytest.raises(ValueError):
            apply_changes("hello", changes)
    assert apply_changes("hello", [(1, 1, "X"), (1, 3, "")]) == "hXlo"
