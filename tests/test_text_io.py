"""Decoding contracts: offsets into text as decoded, BOMs and CRLF kept, mojibake repaired
only when the repair is exact."""

from __future__ import annotations

import pytest

from redact.errors import FileError, SkipFile
from redact.text_io import decode, write_atomic

CLEAN = "Привет, это Марина. Пишите на почту.\n"


def test_bom_and_crlf_stay_in_the_text():
    decoded = decode("\ufeffline one\r\nline two\r\n".encode("utf-8"))
    assert decoded.text == "\ufeffline one\r\nline two\r\n" and decoded.encoding == "utf-8"


def test_utf16_with_bom_round_trips():
    data = "\ufeffHello, Anna\r\n".encode("utf-16-le")
    decoded = decode(data)
    assert decoded.text.startswith("\ufeff") and decoded.text.encode(decoded.encoding) == data


@pytest.mark.parametrize("clean, encoding", [
    (CLEAN, "mac_roman"),
    ("Café, naïve résumé for Zoë.\n", "cp1252"),
])
def test_double_encoded_text_is_repaired_exactly(clean, encoding):
    data = clean.encode("utf-8").decode(encoding).encode("utf-8")
    decoded = decode(data)
    assert decoded.text == clean
    assert decoded.repair == {"encoding": encoding}


def test_no_repair_makes_mojibake_an_error():
    data = CLEAN.encode("utf-8").decode("mac_roman").encode("utf-8")
    with pytest.raises(FileError, match="double-encoded .*mac_roman"):
        decode(data, repair=False)


def test_partly_double_encoded_text_is_an_error_not_clean():
    broken = CLEAN.encode("utf-8").decode("mac_roman")
    with pytest.raises(FileError, match="no whole-file repair is exact"):
        decode((broken + "\nА эта строка уже в порядке: Москва.\n" * 3).encode("utf-8"))


def test_clean_russian_and_english_are_left_alone():
    # "€“" is clean text that ftfy's badness heuristic flags on its own
    for text in (CLEAN, "naïve café, “quotes” and ﬁ ligatures\n", "It cost 5€“ish” in Szöllös.\n"):
        decoded = decode(text.encode("utf-8"))
        assert decoded.text == text and decoded.repair is None


def test_invalid_utf8_names_the_byte_and_binary_is_skipped():
    with pytest.raises(FileError, match="invalid UTF-8 at byte 3"):
        decode(b"abc\xff")
    with pytest.raises(SkipFile, match="NUL bytes"):
        decode(b"abc\x00def")


def test_atomic_write_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "sub" / "out.txt"
    write_atomic(target, b"data")
    assert target.read_bytes() == b"data"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]
