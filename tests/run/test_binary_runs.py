"""The printable runs of a binary file, read in chunks: a run cut by a chunk's end is read
whole, once, at its byte offset."""

from __future__ import annotations

from redact.inputs import InputFile
from redact.run import binary


def test_runs_across_chunks_are_whole_and_at_their_byte_offsets(tmp_path, monkeypatch):
    monkeypatch.setattr(binary, "_CHUNK", 16)
    data = b"\x00\x01mail lena.k@mailbox.org\x00\xff" + b"\x02" * 40 + b"short\x00" + b"x" * 9
    (tmp_path / "b.bin").write_bytes(data)
    found = [(offset + seg.pieces[0].file_start, seg.text, seg.kind)
             for offset, doc in binary.printable_runs(InputFile("b.bin", tmp_path / "b.bin"))
             for seg in doc.segments]
    assert found == [(2, "mail lena.k@mailbox.org", "code"), (len(data) - 9, "x" * 9, "code")]
    texts = "".join(doc.text for _, doc in binary.printable_runs(
        InputFile("b.bin", tmp_path / "b.bin")))
    assert texts.encode("latin-1") == data  # one character per byte: offsets are byte offsets
