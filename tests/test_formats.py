"""Segments are the text people wrote, mapped exactly to file offsets."""

from __future__ import annotations

import pytest

from conftest import DEV, FORMAT_NAMES, dev_files, manifest, needs_shared, run_cli
from redact.formats import choose_format
from redact.text_io import decode

OLD = """---
nexus: nexus-ai-chat-importer
plugin_version: "1.2.0"
aliases: "Letter for Anna"
---

# Title: Letter for Anna

>[!nexus_user] **User** - 29.05.2025 at 16:39
> I met my colleague Jenna
> Morales at the office yesterday.
> 
> ```python
> print("x")
> ```
<!-- UID: 3e1a5472-48c5-49cb-a659-5dbcc1649dd6 -->
"""


def test_nexus_segments_leave_structure_out():
    fmt, warning = choose_format(OLD, "note.md")
    assert fmt.name == "nexus" and warning is None
    segs = fmt.parse(OLD).segments
    assert [(s.kind, s.field_path, s.role) for s in segs] == [
        ("title", "aliases", None), ("title", "title", None),
        ("prose", None, "user"), ("code", None, "user")]
    assert segs[0].text == "Letter for Anna"
    assert segs[2].text == "I met my colleague Jenna\nMorales at the office yesterday.\n\n"
    assert segs[3].text == 'print("x")\n'
    for seg in segs:
        for piece in seg.pieces:
            assert OLD[piece.file_start:piece.file_start + piece.length] == \
                seg.text[piece.seg_start:piece.seg_start + piece.length]


def test_a_name_broken_over_two_quoted_lines_keeps_the_quote(tmp_path):
    src = tmp_path / "note.md"
    src.write_text(OLD)
    out = tmp_path / "out"
    assert run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"),
                   "-q").exit_code == 0
    text = (out / "note.md").read_text()
    assert "> I met my colleague [PERSON_2]\n>  at the office yesterday.\n" in text
    assert 'aliases: "Letter for [PERSON_1]"' in text
    assert "<!-- UID: 3e1a5472-48c5-49cb-a659-5dbcc1649dd6 -->" in text


def test_unknown_content_and_extension_is_plain_text_with_a_warning():
    fmt, warning = choose_format("just words", "notes.xyz")
    assert fmt.name == "text" and "scanned as plain text" in warning


@needs_shared
@pytest.mark.parametrize("name", dev_files() if DEV.is_dir() else [])
def test_dev_files_sniff_to_their_format(name):
    text = decode((DEV / name).read_bytes()).text
    fmt, warning = choose_format(text, name)
    assert (fmt.name, warning) == (FORMAT_NAMES[manifest()[name]["format"]], None)
