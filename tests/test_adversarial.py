"""Adversarial inputs, each with its expected outcome (DESIGN.md's statuses and exit codes).

Every case scrubs a folder holding the bad input beside a good file with the real CLI and
checks the report status of each file, the exit code, every line on stderr, and every
byte left in OUTDIR: the good file is written, the bad one is written correctly or not at
all, and no temporary file remains. Small inputs live in ``tests/adversarial/``; the big or
pathological ones (100,000 nesting levels, a 20 MB line, zip bombs, symlinks, FIFOs) are
written by the case's builder.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jsonschema
import pytest
from conftest import run_cli

from redact import archives, text_io
from redact.cache import cache_dir

ADVERSARIAL = Path(__file__).parent / "adversarial"
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
GOOD_IN = "Call Anna Smith at +44 7911 123456 tomorrow.\n"
GOOD_OUT = b"Call [PERSON_1] at [PHONE_1] tomorrow.\n"
IS_ROOT = os.geteuid() == 0
MAIL_RING = "Mail lena.k@mailbox.org today.\nMy number is +44 7911 123456, thanks.\n"
MAIL_RING_OUT = "Mail [EMAIL_1] today.\nMy number is [PHONE_1], thanks.\n"


@dataclass
class Case:
    id: str
    build: Callable[[Path], dict | None]  # writes the bad input(s); may return values for messages
    status: dict[str, str]  # report path -> status, besides good.txt (redacted)
    stderr: list[str]  # every line on stderr (-q: problems and warnings only)
    outputs: dict[str, bytes | dict[str, bytes]] = field(default_factory=dict)  # besides good.txt
    args: tuple[str, ...] = ()
    patch: dict[str, int] = field(default_factory=dict)  # archives constants, to test a limit cheaply
    as_user: bool = False  # needs file permissions to hold: as root, run without DAC capabilities
    streams: dict[str, bytes] = field(default_factory=dict)  # FIFOs named on the command line
    skipped_fields: dict[str, list[str]] = field(default_factory=dict)  # report path -> fields


def _copy(*names: str) -> Callable[[Path], None]:
    def build(src: Path) -> None:
        for name in names:
            shutil.copyfile(ADVERSARIAL / name, src / name)
    return build


def _write(name: str, data: bytes | str) -> Callable[[Path], None]:
    def build(src: Path) -> None:
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    return build


def _files(contents: dict[str, str]) -> Callable[[Path], None]:
    def build(src: Path) -> None:
        for name, text in contents.items():
            (src / name).write_text(text)
    return build


def _binaries(*names: str) -> Callable[[Path], None]:
    def build(src: Path) -> None:
        for name in names:
            (src / name).write_bytes(b"\0binary")
    return build


def _zip(name: str, members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED):
    def build(src: Path) -> dict:
        with zipfile.ZipFile(src / name, "w", method) as zf, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of a duplicate name, and writes it
            for member, data in members:
                zf.writestr(member or zipfile.ZipInfo(""), data)  # writestr("") raises IndexError
        with zipfile.ZipFile(src / name) as zf:
            infos = zf.infolist()
        size, stored = sum(i.file_size for i in infos), sum(i.compress_size for i in infos)
        return {"ratio": size // stored, "size": size,
                "member_ratio": infos[0].file_size // infos[0].compress_size}
    return build


def _damaged_zip(src: Path) -> None:
    """A member whose bytes were overwritten after it was stored: the CRC fails mid-read."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("notes.txt", MAIL_RING * 50)
    data = bytearray(buffer.getvalue())
    start = 30 + len("notes.txt")  # the member's data follows its local header
    data[start + 10:start + 30] = b"x" * 20
    (src / "damaged.zip").write_bytes(bytes(data))


def _zip_modes(name: str, members: list[tuple[str, int, bytes]]) -> Callable[[Path], None]:
    """An archive whose members carry Unix modes: symlinks, set-user-id programs, folders."""
    def build(src: Path) -> None:
        with zipfile.ZipFile(src / name, "w") as zf:
            for member, mode, data in members:
                info = zipfile.ZipInfo(member)
                info.external_attr = mode << 16 | (0x10 if member.endswith("/") else 0)
                zf.writestr(info, data)
    return build


def _symlinks(src: Path) -> None:
    outside = src.parent / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text("Mail lena.k@mailbox.org\n")
    (outside / "folder" / "more.txt").write_text("Mail lena.k@mailbox.org\n")
    (src / "sub").mkdir()
    (src / "sub" / "kept.txt").write_text("nothing personal\n")
    (src / "to-file.txt").symlink_to(outside / "secret.txt")
    (src / "to-folder").symlink_to(outside / "folder")
    (src / "up.txt").symlink_to("../outside/secret.txt")
    (src / "inner").symlink_to("sub")
    (src / "dangling.txt").symlink_to("missing.txt")
    (src / "loop.txt").symlink_to("loop.txt")


def _fifo(src: Path) -> None:
    os.mkfifo(src / "pipe.txt")  # opening it would wait for a writer forever


def _nothing(src: Path) -> None:
    """Only good.txt in the folder: the case's inputs are its named streams."""


def _fed_fifos(folder: Path, streams: dict[str, bytes]) -> list[tuple[Path, threading.Thread]]:
    """A FIFO per stream, each fed by a thread as `cat data > fifo` is: it waits for a reader."""
    folder.mkdir()
    fed = []
    for name, data in streams.items():
        os.mkfifo(folder / name)

        def feed(path: Path = folder / name, data: bytes = data) -> None:
            try:
                with path.open("wb") as fh:
                    fh.write(data)
            except BrokenPipeError:  # read in part (a binary's head): the case says the rest
                pass
        fed.append((folder / name, threading.Thread(target=feed, daemon=True)))
        fed[-1][1].start()
    return fed


def _drain(fed: list[tuple[Path, threading.Thread]]) -> None:
    """A feeder the run never read to the end (a failing case) gets a reader, so no thread
    is left waiting."""
    for path, feeder in fed:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            while feeder.is_alive():
                try:
                    os.read(fd, 1 << 16)
                except BlockingIOError:
                    feeder.join(0.01)
        finally:
            os.close(fd)


def _unreadable_file(src: Path) -> None:
    (src / "locked.txt").write_text(MAIL_RING)
    (src / "locked.txt").chmod(0)


def _unreadable_folder(src: Path) -> None:
    (src / "locked").mkdir()
    (src / "locked" / "a.txt").write_text(MAIL_RING)
    (src / "locked").chmod(0)


def _deep_folders(src: Path) -> None:
    deep = src
    for _ in range(1200):  # deeper than Python's recursion limit (mkdir -p recurses)
        deep = deep / "d"
        deep.mkdir()
    (deep / "note.txt").write_text(MAIL_RING)


FILLER = "the quick brown fox jumps over the lazy dog and keeps running through the field. "
HALF = FILLER * (10_000_000 // len(FILLER))
LONG_LINE = f"Mail lena.k@mailbox.org first. {HALF}Ring +44 7911 123456 now. {HALF}Write to omar.haddad@posteo.de."
LONG_LINE_OUT = f"Mail [EMAIL_1] first. {HALF}Ring [PHONE_1] now. {HALF}Write to [EMAIL_2]."
BIG_UTF16 = MAIL_RING.replace("\n", "\r\n") + FILLER * 8000  # over the 1 MiB head
RECORD = json.dumps({"messages": [{"role": "user", "content": "Mail me at lena.k@mailbox.org"}]}) + "\n"
BIG_JSONL = RECORD.encode() * 40_000  # about 3 MB: streamed
BAD_AT = len(RECORD) * 30_000 + 40  # a byte inside record 30,001's content
SURROGATE = '{{"messages": [{{"role": "user", "content": "Mail {} \\ud800 now"}}]}}\n'  # no character
PATH_DEPTH = "/".join(["d"] * 1200)
RU_RING = "Меня зовут Иван Петров, пишите на ivan.petrov@mail.ru.\n"
RU_RING_OUT = "Меня зовут [PERSON_1], пишите на [EMAIL_1].\n".encode()
NEL = "Mail lena.k@mailbox.org today.\x85My number is +44 7911 123456, thanks.\n"
NO_HEADER = ('1,Maria Lopez,Mail lena.k@mailbox.org today\r\n'
             '2,Tom Reyes,"Ring +44 7911 123456, thanks"\r\n')
NO_HEADER_OUT = (b'1,[PERSON_1],Mail [EMAIL_1] today\r\n'
                 b'2,[PERSON_2],"Ring [PHONE_1], thanks"\r\n')
BAD_NAME = os.fsdecode(b"bad\xffname.txt")  # not UTF-8: carried with surrogateescape
SAME_NAME = ("another file of this run has the same name after scrubbing: this one is written "
             "with the suffix -")
CHATGPT_MORE = [{"title": "Plans", "current_node": "c", "mapping": {
    "a": {"id": "a", "message": None, "children": ["b"]},
    "b": {"id": "b", "parent": "a", "children": ["c"], "message": {
        "id": "b", "author": {"role": "system"}, "content": {
            "content_type": "model_editable_context",
            "model_set_context": "1. User's email is lena.k@mailbox.org."}}},
    "c": {"id": "c", "parent": "b", "children": [], "message": {
        "id": "c", "author": {"role": "tool"}, "content": {
            "content_type": "new_kind", "payload": {"note": "Ring +44 7911 123456."}}}}}}]
CLAUDE_TOOLS = [{"uuid": "u", "name": "Chat", "chat_messages": [{
    "uuid": "m", "sender": "assistant", "text": "", "content": [
        {"type": "tool_use", "name": "send", "input": {"to": "lena.k@mailbox.org"}},
        {"type": "tool_result", "content": "Sent to +44 7911 123456."}]}]}]


ODD_RECORDS = [
    {"messages": [{"role": "user", "content": {"text": "Mail lena.k@mailbox.org"}}]},
    {"messages": "Ring +44 7911 123456, thanks"},
    {"messages": [{"role": "assistant", "content": "ok", "tool_calls": [{
        "id": "call_1", "type": "function",
        "function": {"name": "send", "arguments": json.dumps({"to": "lena.k@mailbox.org"})}}]}]}]


def _json_out(data: object, indent: int | None = 1) -> bytes:
    text = json.dumps(data, indent=indent)
    return text.replace("lena.k@mailbox.org", "[EMAIL_1]").replace(
        "+44 7911 123456", "[PHONE_1]").encode()


FIRST_ROW_DATA = ("warning: calls.csv: the first row reads as data, not as column names: it is "
                  "scanned with the rest, every column (say --no-header to drop this warning)")

VALUES = ("lena.k@mailbox.org", "7911 123456", "Anna Smith", "John Smith", "Maria Lopez")
PNG = b"\x89PNG\r\n\x1a\n\0binary"


def _names_on_the_way_out(src: Path) -> None:
    """Values in folder names, an archive's name and its folders, an email as a file name,
    a binary copied by --copy-unscanned."""
    (src / "John Smith").mkdir()
    (src / "John Smith" / "a.txt").write_text("John Smith wrote to lena.k@mailbox.org\n")
    (src / "lena.k@mailbox.org.txt").write_text("Mail lena.k@mailbox.org today.\n")
    (src / "John Smith.png").write_bytes(PNG)
    _zip("Maria Lopez.zip", [("Maria Lopez/notes.txt", b"Maria Lopez wrote to lena.k@mailbox.org\n"),
                             ("Maria Lopez/photo.png", PNG)])(src)


CASES = [
    Case("truncated-json", _copy("truncated.json"), {"truncated.json": "error"},
         ["error: truncated.json: invalid JSON at line 1, column 268: unexpected end of data "
          "inside a string (truncated?)"]),
    Case("truncated-jsonl-line", _copy("truncated.jsonl"), {"truncated.jsonl": "error"},
         ["error: truncated.jsonl: invalid JSON at line 2, column 63: unexpected end of data "
          "inside a string (truncated?)"]),
    Case("nested-100000-arrays", _write("deep.json", "[" * 100_000 + "]" * 100_000),
         {"deep.json": "error"},
         ["error: deep.json: invalid JSON at line 1, column 513: nested deeper than 512 levels"]),
    Case("nested-100000-objects", _write("deep.json", '{"a": ' * 100_000 + "1" + "}" * 100_000),
         {"deep.json": "error"},
         ["error: deep.json: invalid JSON at line 1, column 3073: nested deeper than 512 levels"]),
    Case("nested-jsonl-line", _write("deep.jsonl", RECORD + '{"a": ' + "[" * 100_000 + "\n"),
         {"deep.jsonl": "error"},
         ["error: deep.jsonl: invalid JSON at line 2, column 518: nested deeper than 512 levels"]),
    Case("json-escaped-lone-surrogate", _write("odd.jsonl", SURROGATE.format("lena.k@mailbox.org")),
         {"odd.jsonl": "redacted"}, [], {"odd.jsonl": SURROGATE.format("[EMAIL_1]").encode()}),
    Case("20-MB-single-line", _write("long.txt", LONG_LINE), {"long.txt": "redacted"}, [],
         {"long.txt": LONG_LINE_OUT.encode()}),
    Case("nul-bytes", _copy("nul-bytes.txt"), {"nul-bytes.txt": "skipped"},
         ["skipped: nul-bytes.txt: binary file (NUL bytes)"]),
    Case("nul-byte-past-the-start", _write("late-nul.txt", "a line of text\n" * 5000 + "\0\n"),
         {"late-nul.txt": "error"}, ["error: late-nul.txt: NUL byte at byte 75000: not a text file"]),
    Case("invalid-utf8-mid-file", _copy("invalid-utf8.txt"), {"invalid-utf8.txt": "error"},
         ["error: invalid-utf8.txt: invalid UTF-8 at byte 66"]),
    Case("invalid-utf8-deep-in-a-streamed-file",
         _write("big.jsonl", BIG_JSONL[:BAD_AT] + b"\xff" + BIG_JSONL[BAD_AT + 1:]),
         {"big.jsonl": "error"}, [f"error: big.jsonl: invalid UTF-8 at byte {BAD_AT}"]),
    Case("utf16-with-bom", _copy("utf16-bom.txt"), {"utf16-bom.txt": "redacted"}, [],
         {"utf16-bom.txt": MAIL_RING_OUT.replace("\n", "\r\n").encode("utf-16")}),
    Case("utf16-over-the-streaming-head", _write("big16.txt", BIG_UTF16.encode("utf-16")),
         {"big16.txt": "redacted"}, [],
         {"big16.txt": (MAIL_RING_OUT.replace("\n", "\r\n") + FILLER * 8000).encode("utf-16")}),
    Case("mojibake-cp866", _write("dos.txt", RU_RING.encode().decode("cp866")),
         {"dos.txt": "redacted"},
         ["warning: dos.txt: text was double-encoded (UTF-8 read as cp866); repaired"],
         {"dos.txt": RU_RING_OUT}),
    Case("mojibake-koi8-r", _write("koi.txt", RU_RING.encode().decode("koi8_r")),
         {"koi.txt": "redacted"},
         ["warning: koi.txt: text was double-encoded (UTF-8 read as koi8_r); repaired"],
         {"koi.txt": RU_RING_OUT}),
    Case("next-line-character", _write("nel.txt", NEL), {"nel.txt": "redacted"}, [],
         {"nel.txt": NEL.replace("lena.k@mailbox.org", "[EMAIL_1]").replace(
             "+44 7911 123456", "[PHONE_1]").encode()}),
    Case("csv-first-row-is-data", _write("calls.csv", NO_HEADER), {"calls.csv": "redacted"},
         [FIRST_ROW_DATA], {"calls.csv": NO_HEADER_OUT}),
    Case("csv-no-header-option", _write("calls.csv", NO_HEADER), {"calls.csv": "redacted"}, [],
         {"calls.csv": NO_HEADER_OUT}, args=("--no-header",)),
    Case("csv-columns-on-a-table-without-header", _write("calls.csv", NO_HEADER),
         {"calls.csv": "error"},
         ["error: calls.csv: no column named 'message': the first row is data, not a header "
          "(3 columns)"], args=("--columns", "message")),
    Case("utf16-little-endian-without-bom", _write("le.txt", MAIL_RING.encode("utf-16-le")),
         {"le.txt": "redacted"}, [], {"le.txt": MAIL_RING_OUT.encode("utf-16-le")}),
    Case("utf16-big-endian-without-bom", _write("be.txt", RU_RING.encode("utf-16-be")),
         {"be.txt": "redacted"}, [], {"be.txt": RU_RING_OUT.decode().encode("utf-16-be")}),
    Case("utf16-without-bom-over-the-streaming-head",
         _write("big16.csv", ("message\n" + MAIL_RING + FILLER * 8000).encode("utf-16-le")),
         {"big16.csv": "redacted"}, [],
         {"big16.csv": ("message\n" + MAIL_RING_OUT + FILLER * 8000).encode("utf-16-le")}),
    Case("utf32-with-bom", _write("wide.txt", MAIL_RING.encode("utf-32")),
         {"wide.txt": "redacted"}, [], {"wide.txt": MAIL_RING_OUT.encode("utf-32")}),
    Case("file-signature-then-text", _files({"pdf.txt": "%PDF-1.7 notes. " + MAIL_RING,
                                             "riff.txt": "RIFF notes. " + MAIL_RING}),
         {"pdf.txt": "redacted", "riff.txt": "redacted"}, [],
         {"pdf.txt": ("%PDF-1.7 notes. " + MAIL_RING_OUT).encode(),
          "riff.txt": ("RIFF notes. " + MAIL_RING_OUT).encode()}),
    Case("chatgpt-memory-and-an-unknown-content-type",
         _write("conversations.json", json.dumps(CHATGPT_MORE, indent=1)),
         {"conversations.json": "redacted"},
         ["warning: conversations.json: content type 'new_kind' is not one this tool knows: "
          "every string of it was scanned as text"],
         {"conversations.json": _json_out(CHATGPT_MORE)}),
    Case("claude-tool-inputs-and-results", _write("claude.json", json.dumps(CLAUDE_TOOLS, indent=1)),
         {"claude.json": "redacted"}, [], {"claude.json": _json_out(CLAUDE_TOOLS)}),
    Case("openai-jsonl-records-of-other-shapes",
         _write("train.jsonl", "".join(json.dumps(r) + "\n" for r in ODD_RECORDS)),
         {"train.jsonl": "redacted"},
         ["warning: train.jsonl: line 1 is not of the openai-jsonl shape "
          "(messages[].content.text): scanned as any JSON",
          "warning: train.jsonl: line 2 is not of the openai-jsonl shape (messages): scanned as "
          "any JSON"],
         {"train.jsonl": b"".join(_json_out(r, None) + b"\n" for r in ODD_RECORDS)}),
    Case("mixed-newlines", _copy("mixed-newlines.txt"), {"mixed-newlines.txt": "redacted"}, [],
         {"mixed-newlines.txt": b"Mail [EMAIL_1] today.\r\nMy number is [PHONE_1], thanks.\n"
                                b"An old-style line.\rLast line, no break"}),
    Case("zip-slip-member-names", _zip("export.zip", [
            ("../escape.txt", b"Mail lena.k@mailbox.org\n"), ("/absolute.txt", b"x\n"),
            ("..\\windows.txt", b"x\n"), ("C:/drive.txt", b"x\n"), ("a/../../up.txt", b"x\n"),
            ("ok.txt", MAIL_RING.encode())]),
         {"export.zip!/../escape.txt": "skipped", "export.zip!//absolute.txt": "skipped",
          "export.zip!/..\\windows.txt": "skipped", "export.zip!/C:/drive.txt": "skipped",
          "export.zip!/a/../../up.txt": "skipped", "export.zip!/ok.txt": "redacted"},
         [f"skipped: export.zip!/{name}: unsafe member name (absolute or ../)" for name in (
             "../escape.txt", "..\\windows.txt", "/absolute.txt", "C:/drive.txt",
             "a/../../up.txt")],
         {"export.zip": {"ok.txt": MAIL_RING_OUT.encode()}}, args=("--copy-unscanned",)),
    Case("zip-bomb-member", _zip("bomb.zip", [("big.txt", b"a" * (50 << 20)),
                                              ("ok.txt", MAIL_RING.encode())]),
         {"bomb.zip!/big.txt": "error", "bomb.zip!/ok.txt": "redacted"},
         ["error: bomb.zip!/big.txt: zip member inflates {member_ratio}x (limit 200x)"],
         {"bomb.zip": {"ok.txt": MAIL_RING_OUT.encode()}}),
    Case("zip-bomb-many-small-members",
         _zip("many.zip", [(f"part{i}.txt", b"a" * 1_000_000) for i in range(30)]),
         {"many.zip": "error"}, ["error: many.zip: zip archive inflates {ratio}x (limit 200x)"]),
    Case("zip-over-the-size-limit", _zip("large.zip", [("a.txt", os.urandom(3000).hex().encode())]),
         {"large.zip": "error"},
         ["error: large.zip: zip archive inflates to {size} bytes (limit 4096)"],
         patch={"MAX_TOTAL": 4096}),
    Case("zip-damaged-member", _damaged_zip, {"damaged.zip!/notes.txt": "error"},
         ["error: damaged.zip!/notes.txt: cannot read zip member (checksum mismatch)"]),
    Case("zip-member-without-a-name", _zip("empty.zip", [("", b"x\n"), ("ok.txt", MAIL_RING.encode())]),
         {"empty.zip!/": "skipped", "empty.zip!/ok.txt": "redacted"},
         ["skipped: empty.zip!/: zip member without a name"],
         {"empty.zip": {"ok.txt": MAIL_RING_OUT.encode()}}),
    Case("zip-duplicate-member-names", _zip("dup.zip", [("a.txt", b"x\n"), ("a.txt", b"y\n")]),
         {"dup.zip": "error"}, ["error: dup.zip: zip archive holds two members with the same name"]),
    Case("zip-symlink-and-setuid-members", _zip_modes("modes.zip", [
            ("link.txt", 0o120777, MAIL_RING.encode()), ("run.sh", 0o104755, MAIL_RING.encode())]),
         {"modes.zip!/link.txt": "redacted", "modes.zip!/run.sh": "redacted"}, [],
         {"modes.zip": {"link.txt": MAIL_RING_OUT.encode(), "run.sh": MAIL_RING_OUT.encode()}}),
    Case("empty-zip", _zip_modes("empty.zip", [("Anna Smith/", 0o40755, b"")]),
         {"empty.zip": "clean"}, [], {"empty.zip": {}}),
    Case("symlinks", _symlinks,
         {"to-file.txt": "skipped", "to-folder": "skipped", "up.txt": "skipped",
          "inner": "skipped", "dangling.txt": "error", "loop.txt": "error", "sub/kept.txt": "clean"},
         ["error: dangling.txt: cannot read file (No such file or directory)",
          "skipped: inner: symlink to a folder (not followed)",
          "error: loop.txt: cannot read file (Too many levels of symbolic links)",
          "skipped: to-file.txt: symlink leading outside its input folder",
          "skipped: to-folder: symlink leading outside its input folder",
          "skipped: up.txt: symlink leading outside its input folder"],
         {"sub/kept.txt": b"nothing personal\n"}),
    Case("fifo", _fifo, {"pipe.txt": "error"}, ["error: pipe.txt: not a regular file (a FIFO)"]),
    Case("fifo-named-on-the-command-line", _nothing, {"pipe.txt": "redacted"}, [],
         {"pipe.txt": MAIL_RING_OUT.encode()}, streams={"pipe.txt": MAIL_RING.encode()}),
    Case("fifo-named-streamed-past-its-head", _nothing, {"chat.jsonl": "redacted"}, [],
         {"chat.jsonl": BIG_JSONL.replace(b"lena.k@mailbox.org", b"[EMAIL_1]")},
         streams={"chat.jsonl": BIG_JSONL}),
    Case("fifo-named-binary", _nothing, {"photo.png": "skipped"},
         ["skipped: photo.png: binary file (PNG image)"], streams={"photo.png": PNG},
         args=("--copy-unscanned",)),
    Case("unreadable-file", _unreadable_file, {"locked.txt": "error"},
         ["error: locked.txt: cannot read file (Permission denied)"], as_user=True),
    Case("unreadable-folder", _unreadable_folder, {"locked": "error"},
         ["error: locked: cannot read folder (Permission denied)"], as_user=True),
    Case("folders-1200-deep", _deep_folders, {f"{PATH_DEPTH}/note.txt": "redacted"}, [],
         {f"{PATH_DEPTH}/note.txt": MAIL_RING_OUT.encode()}),
    Case("control-characters-in-file-names",
         _binaries("\x1b[2Jclear.txt", "a\nerror: forged.txt"),
         {"\x1b[2Jclear.txt": "skipped", "a\nerror: forged.txt": "skipped"},
         ["skipped: \\x1b[2Jclear.txt: binary file (NUL bytes)",
          "skipped: a\\nerror: forged.txt: binary file (NUL bytes)"]),
    Case("file-name-not-utf8", _write(BAD_NAME, MAIL_RING), {BAD_NAME: "redacted"}, [],
         {BAD_NAME: MAIL_RING_OUT.encode()}),
    Case("names-equal-after-scrubbing", _files({
            "John Smith.txt": "John Smith wrote to lena.k@mailbox.org\n",
            "Jane Doe.txt": "Jane Doe wrote to lena.k@mailbox.org\n",
            "[PERSON_1].txt": "nothing personal\n"}),
         {"[PERSON_1].txt": "redacted", "[PERSON_1]-2.txt": "redacted", "[PERSON_1]-3.txt": "clean"},
         [f"warning: [PERSON_1]-{n}.txt: {SAME_NAME}{n}" for n in (2, 3)],
         {"[PERSON_1].txt": b"[PERSON_1] wrote to [EMAIL_1]\n",
          "[PERSON_1]-2.txt": b"[PERSON_1] wrote to [EMAIL_1]\n",
          "[PERSON_1]-3.txt": b"nothing personal\n"}),
    Case("zip-member-names-equal-after-scrubbing", _zip("export.zip", [
            ("John Smith.txt", b"John Smith wrote to lena.k@mailbox.org\n"),
            ("Jane Doe.txt", b"Jane Doe wrote to lena.k@mailbox.org\n")]),
         {"export.zip!/[PERSON_1].txt": "redacted", "export.zip!/[PERSON_1]-2.txt": "redacted"},
         [f"warning: export.zip!/[PERSON_1]-2.txt: {SAME_NAME}2"],
         {"export.zip": {"[PERSON_1].txt": b"[PERSON_1] wrote to [EMAIL_1]\n",
                         "[PERSON_1]-2.txt": b"[PERSON_1] wrote to [EMAIL_1]\n"}}),
    Case("names-in-folders-archives-emails-and-copies", _names_on_the_way_out,
         {"[PERSON_1]/a.txt": "redacted", "[EMAIL_1].txt": "redacted",
          "[PERSON_1].zip!/[PERSON_1]/notes.txt": "redacted",
          "[PERSON_1].zip!/[PERSON_1]/photo.png": "skipped", "[PERSON_1].png": "skipped"},
         ["skipped: [PERSON_1].png: binary file (PNG image)",
          "skipped: [PERSON_1].zip!/[PERSON_1]/photo.png: binary file (PNG image)"],
         {"[PERSON_1]/a.txt": b"[PERSON_1] wrote to [EMAIL_1]\n",
          "[EMAIL_1].txt": b"Mail [EMAIL_1] today.\n", "[PERSON_1].png": PNG,
          "[PERSON_1].zip": {"[PERSON_1]/notes.txt": b"[PERSON_1] wrote to [EMAIL_1]\n",
                             "[PERSON_1]/photo.png": PNG}},
         args=("--copy-unscanned",)),
    Case("json-member-names-hold-values", _write("contacts.json", json.dumps(
            {"contacts": {"lena.k@mailbox.org": {"phone": "+44 7911 123456"},
                          "Maria Lopez": {"note": "met in May"}}})),
         {"contacts.json": "redacted"}, [], {"contacts.json": json.dumps(
            {"contacts": {"[EMAIL_1]": {"phone": "[PHONE_1]"},
                          "[PERSON_1]": {"note": "met in May"}}}).encode()}),
    # removed, two names would be one: the second stays as written (in the output only)
    Case("json-member-names-equal-once-replaced", _write("team.jsonl", json.dumps(
            {"id": "r1", "team": {"lena.k@mailbox.org": "lead", "ivan.p@mail.ru": "dev"}}) + "\n"),
         {"team.jsonl": "redacted"},
         ["warning: team.jsonl: line 1: $.team[member 2] is kept as written: replaced, it would "
          "equal another member's name in its object"],
         {"team.jsonl": b'{"id": "r1", "team": {"": "lead", "ivan.p@mail.ru": "dev"}}\n'},
         args=("--operator", "EMAIL=remove"), skipped_fields={"team.jsonl": ["id"]}),
    Case("fields-left-unscanned-by-design", _write("train.jsonl", json.dumps(
            {"id": "chatcmpl-1", "model": "gpt-4o", "messages": [
                {"role": "user", "content": "Mail lena.k@mailbox.org"}]}) + "\n"),
         {"train.jsonl": "redacted"}, [], {"train.jsonl": (json.dumps(
            {"id": "chatcmpl-1", "model": "gpt-4o", "messages": [
                {"role": "user", "content": "Mail [EMAIL_1]"}]}) + "\n").encode()},
         skipped_fields={"train.jsonl": ["id", "messages[].role", "model"]}),
    Case("markup-in-a-file-name", _write("[bold]notes[red].txt", b"\0binary"),
         {"[bold]notes[red].txt": "skipped"},
         ["skipped: [bold]notes[red].txt: binary file (NUL bytes)"]),
]


def _tree(root: Path) -> list[Path]:
    """Every entry under ``root``, parents first; no recursion (1,200 levels deep)."""
    found, folders = [], [root] if root.is_dir() else []
    while folders:
        for entry in sorted(folders.pop().iterdir()):
            found.append(entry)
            if entry.is_dir() and not entry.is_symlink():
                folders.append(entry)
    return found


def _written(out: Path) -> dict[str, bytes | dict[str, bytes]]:
    """Every file under OUTDIR (temporary ones included); a zip as its members."""
    found: dict[str, bytes | dict[str, bytes]] = {}
    for path in _tree(out):
        if path.is_file():
            rel = path.relative_to(out).as_posix()
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as zf:
                    found[rel] = {n: zf.read(n) for n in zf.namelist()}
            else:
                found[rel] = path.read_bytes()
    return found


def _remove(root: Path) -> None:
    """rmtree without recursion, deepest first."""
    for path in reversed([root] + _tree(root) if root.exists() else []):
        path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()


@dataclass
class _Ran:
    exit_code: int
    stderr: str


def _scrub(args: list[str], as_user: bool) -> _Ran:
    """The CLI in this process; as root, for permissions to matter, in a subprocess without
    the capabilities that let root read any file (CI runs as root)."""
    if not (as_user and IS_ROOT):
        result = run_cli(*args)
        return _Ran(result.exit_code, result.stderr)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be tested")
    done = subprocess.run(
        [setpriv, "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-c",
         "from redact.cli import main; main()", *args], capture_output=True, text=True, timeout=600)
    return _Ran(done.returncode, done.stderr)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_adversarial_input(tmp_path, monkeypatch, case):
    for name, value in case.patch.items():
        monkeypatch.setattr(archives, name, value)
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    values = case.build(src) or {}
    out, report, named = tmp_path / "out", tmp_path / "report.json", tmp_path / "named"
    fed = _fed_fifos(named, case.streams)
    try:
        result = _scrub(["scrub", str(src), *[str(path) for path, _ in fed], "-o", str(out),
                         "--report", str(report), "-q", "--link-scope", "file", *case.args],
                        case.as_user)
        written = _written(out)
    finally:
        _drain(fed)
        for path in (src / "locked", src / "locked.txt"):
            if path.exists():
                path.chmod(0o700)
        for root in (src, out, named):
            _remove(root)
    files = {f["path"]: f for f in json.loads(report.read_text())["files"]}
    assert {p: f["status"] for p, f in files.items()} == {"good.txt": "redacted", **case.status}
    assert not [v for v in VALUES if v in report.read_text() + result.stderr]  # not in any path
    errors = [f for f in files.values() if f["status"] == "error"]
    assert result.exit_code == (2 if errors else 0)
    assert result.stderr.splitlines() == [line.format(**values) for line in case.stderr]
    for f in files.values():  # the report's one-line reason is the one printed
        assert (f["error"] is None) == (f["status"] in ("redacted", "clean"))
        assert f["output"] is None or f["status"] in ("redacted", "clean", "skipped")
    assert written == {"good.txt": GOOD_OUT, **case.outputs}
    for path, names in case.skipped_fields.items():  # named in the report, never a value
        assert files[path]["skipped_fields"] == names
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "outside") == [
        "report.json"]  # nothing written beside OUTDIR (in and out are removed)


def test_outdir_inside_an_input_folder_is_not_scanned_again(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    out = src / "redacted"
    for n in (1, 2):  # the second run finds the first run's outputs inside its input
        result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / f"r{n}.json"), "-q")
        assert result.exit_code == 0 and result.stderr == ""
        files = json.loads((tmp_path / f"r{n}.json").read_text())["files"]
        assert [(f["path"], f["status"]) for f in files] == [("good.txt", "redacted")]
    assert _written(out) == {"good.txt": GOOD_OUT}


def test_outdir_that_is_an_input_folder_is_a_usage_error(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    result = run_cli("scrub", str(src), "-o", str(src), "--report", str(tmp_path / "r.json"))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {src}: OUTDIR is this input folder; the outputs would overwrite the inputs "
        "(give another -o, or --in-place)"]
    single = run_cli("scrub", str(src / "good.txt"), "-o", str(src), "--report", str(tmp_path / "r.json"))
    assert single.exit_code == 2
    assert single.stderr.splitlines() == [
        "error: good.txt: its output would overwrite it (give another -o, or --in-place)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    assert (src / "good.txt").read_text() == GOOD_IN


@pytest.mark.parametrize("twice", ["same-path", "file-and-its-folder"])
def test_the_same_file_twice_is_a_usage_error_before_anything_is_written(tmp_path, twice):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    (src / "other.txt").write_text(MAIL_RING)
    first = str(src / "good.txt") if twice == "same-path" else str(src)
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("scrub", first, str(src / "good.txt"), "-o", str(out), "--report", str(report))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: good.txt: given twice (as {src / 'good.txt'} and {src / 'good.txt'}); "
        "two inputs cannot share one output path"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize("size", ["whole", "streamed"])
def test_a_file_that_changes_while_it_is_read_is_an_error_with_no_output(tmp_path, monkeypatch, size):
    """Another program appends to the file just after it is opened: the copy read is torn."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    growing = src / "growing.jsonl"
    growing.write_bytes(RECORD.encode() * (10 if size == "whole" else 40_000))
    real_stamp, opened = text_io.stamp, []

    def stamp_then_append(stream):
        before = real_stamp(stream)
        if getattr(stream, "name", None) == str(growing) and not opened:
            opened.append(before)
            with growing.open("ab") as writer:
                writer.write(RECORD.encode())
        return before

    monkeypatch.setattr(text_io, "stamp", stamp_then_append)
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(report), "-q")
    assert opened  # the writer struck
    files = {f["path"]: f for f in json.loads(report.read_text())["files"]}
    assert {p: f["status"] for p, f in files.items()} == {"good.txt": "redacted", "growing.jsonl": "error"}
    assert files["growing.jsonl"]["changes"] == [] and files["growing.jsonl"]["output"] is None
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["error: growing.jsonl: file changed while it was being read"]
    assert _written(out) == {"good.txt": GOOD_OUT}


def test_zip_output_members_are_plain_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _zip_modes("modes.zip", [("link.txt", 0o120777, MAIL_RING.encode()),
                             ("run.sh", 0o106755, MAIL_RING.encode()),
                             ("plain.txt", 0o100640, MAIL_RING.encode())])(src)
    out = tmp_path / "out"
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 0
    with zipfile.ZipFile(out / "modes.zip") as zf:
        modes = {i.filename: oct(i.external_attr >> 16) for i in zf.infolist()}
    assert modes == {"link.txt": "0o100644", "run.sh": "0o100755", "plain.txt": "0o100640"}


def test_check_reports_a_file_name_that_is_not_utf8(tmp_path):
    (tmp_path / BAD_NAME).write_text(MAIL_RING)
    (tmp_path / "good.txt").write_text(GOOD_IN)
    for fmt in ("json", "sarif", "text"):
        result = run_cli("check", ".", "--no-cache", "--output-format", fmt, cwd=tmp_path)
        assert result.exit_code == 1, result.stderr
        if fmt == "json":
            assert [f["path"] for f in json.loads(result.stdout)["files"]] == [BAD_NAME, "good.txt"]
        elif fmt == "sarif":
            uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    for r in json.loads(result.stdout)["runs"][0]["results"]}
            assert uris == {"bad%FFname.txt", "good.txt"}
        else:
            assert result.stdout.splitlines()[0].startswith("bad\\udcffname.txt:1:6 EMAIL ")


def test_in_place_keeps_modes_refuses_links_and_leaves_backups_alone(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(MAIL_RING)
    (src / "a.txt").chmod(0o644)
    outside = tmp_path / "target.txt"
    outside.write_text(MAIL_RING)
    (src / "link.txt").symlink_to(outside)
    report = tmp_path / "r.json"
    first = run_cli("scrub", str(src / "a.txt"), str(src / "link.txt"), "--in-place", "--report",
                    str(report), "-q")
    assert first.exit_code == 2
    assert first.stderr.splitlines() == [
        "error: link.txt: a symlink: --in-place rewrites files, not links (give the file it "
        "points to)"]
    assert (src / "a.txt").read_text() == MAIL_RING_OUT
    assert oct((src / "a.txt").stat().st_mode & 0o777) == "0o644"
    assert (src / "a.txt.bak").read_text() == MAIL_RING
    assert (src / "link.txt").is_symlink() and outside.read_text() == MAIL_RING  # untouched
    second = run_cli("scrub", str(src / "a.txt"), str(src / "a.txt.bak"), "--in-place",
                     "--report", str(report), "-q")
    assert second.stderr.splitlines() == [
        "error: a.txt: backup a.txt.bak already exists; not overwriting it",
        "skipped: a.txt.bak: a backup kept by --in-place (never scanned or rewritten)"]
    assert (src / "a.txt.bak").read_text() == MAIL_RING
    assert not (src / "a.txt.bak.bak").exists()
    assert sorted(p.name for p in src.iterdir()) == ["a.txt", "a.txt.bak", "link.txt"]


@pytest.mark.parametrize("option,target,clash", [
    ("--report", "in/a.txt", "the input a.txt"),
    ("--report", "out/b.txt", "the output {out}/b.txt"),
    ("--html", "in/b.txt", "the input b.txt"),
])
def test_a_report_never_overwrites_an_input_or_an_output(tmp_path, option, target, clash):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(GOOD_IN)
    (src / "b.txt").write_text(MAIL_RING)
    args = ["--report", str(tmp_path / "r.json")] if option == "--html" else []
    result = run_cli("scrub", str(src), "-o", str(out), option, str(tmp_path / target), *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {option} {tmp_path / target} would overwrite {clash.format(out=out)}; "
        "give another path"]
    assert not out.exists() and not (tmp_path / "r.json").exists()
    assert (src / "a.txt").read_text() == GOOD_IN and (src / "b.txt").read_text() == MAIL_RING


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_a_device_named_on_the_command_line_is_skipped(tmp_path):
    (tmp_path / "notes.txt").symlink_to("/dev/zero")
    (tmp_path / "good.txt").write_text(GOOD_IN)
    env = {**os.environ, "REDACT_KEY": "test-key-for-redact-suite-0123456789"}
    cli = [sys.executable, "-c", "from redact.cli import main; main()"]
    scrub = subprocess.run([*cli, "scrub", "notes.txt", "good.txt", "-o", "out", "--report",
                            "r.json", "-q"], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=300)  # reading /dev/zero would never end
    assert (scrub.returncode, scrub.stderr) == (
        0, "skipped: notes.txt: not a regular file (a device)\n")
    assert _written(tmp_path / "out") == {"good.txt": GOOD_OUT}
    check = subprocess.run([*cli, "check", "notes.txt", "--no-cache", "--output-format", "json"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0
    assert [(f["path"], f["status"], f["error"]) for f in json.loads(check.stdout)["files"]] == [
        ("notes.txt", "skipped", "not a regular file (a device)")]


def test_a_linked_folder_inside_outdir_is_not_written_through(tmp_path):
    src, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(MAIL_RING)
    (src / "good.txt").write_text(GOOD_IN)
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to("../elsewhere")
    result = run_cli("scrub", str(src), "-o", str(out), "--report", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: sub/a.txt: cannot write output: sub in OUTDIR is a symbolic link (not followed)"]
    assert list(elsewhere.iterdir()) == []
    assert (out / "good.txt").read_bytes() == GOOD_OUT


def test_check_reads_the_printable_runs_of_a_binary_scrub_skips(tmp_path):
    blob = (b"\x89PNG\r\n\x1a\n" + bytes(range(128, 256)) + b"\x00tEXtAuthor\x00mail lena.k@mailbox.org"
            + b"\x00" + bytes(300) + b"IEND\xaeB`\x82")
    (tmp_path / "photo.png").write_bytes(blob)
    (tmp_path / "short.bin").write_bytes(b"\x00a@b.cd\x00" * 50)  # runs under 8 characters
    result = run_cli("check", ".", "--no-cache", "--output-format", "json", cwd=tmp_path)
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert result.exit_code == 1
    (finding,) = files["photo.png"]["findings"]
    start = blob.index(b"lena.k@")
    assert (files["photo.png"]["status"], finding["category"], finding["start"], finding["end"]) \
        == ("findings", "EMAIL", start, start + len(b"lena.k@mailbox.org"))
    assert (files["short.bin"]["status"], files["short.bin"]["findings"]) == ("skipped", [])
    scrubbed = run_cli("scrub", str(tmp_path / "photo.png"), "-o", str(tmp_path / "out"),
                       "--report", str(tmp_path / "r.json"), "-q")
    assert scrubbed.stderr == "skipped: photo.png: binary file (PNG image)\n"
    assert not (tmp_path / "out" / "photo.png").exists()


def _forge_clean(entry_file: Path) -> None:
    """What someone without the key can write: an entry that says "clean", keeping whatever
    signature the real one had."""
    stored = json.loads(entry_file.read_text())
    clean = {"status": "clean", "format": "chatlog", "repair": None, "warnings": [], "findings": []}
    entry_file.write_text(json.dumps({**stored, "entry": clean} if "hmac" in stored else clean))


def _cache_entries(repo: Path) -> list[Path]:
    return sorted(p for folder in (repo / ".redact-cache", cache_dir(repo)) if folder.is_dir()
                  for p in folder.rglob("*.json"))


def _committed_cache(repo: Path) -> None:
    """A pull request adds `.redact-cache/` holding a forged "clean" entry for the file."""
    assert run_cli("check", "notes.txt", cwd=repo).exit_code == 1
    for entry in _cache_entries(repo):
        _forge_clean(entry)
        target = repo / ".redact-cache" / entry.relative_to(entry.parents[1])
        if target != entry:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(entry, target)
    _git(repo, "add", "-f", ".redact-cache")
    _git(repo, "commit", "-qm", "cache")


def _forged_in_the_cache_folder(repo: Path) -> None:
    """Entries in the user cache folder rewritten to say "clean" without the key."""
    assert run_cli("check", "notes.txt", cwd=repo).exit_code == 1
    for entry in _cache_entries(repo):
        _forge_clean(entry)


def _replayed_entry(repo: Path) -> None:
    """A signed entry of a clean file, copied to the name of the file with an email."""
    (repo / "notes.txt").write_text("nothing personal\n")
    assert run_cli("check", "notes.txt", cwd=repo).exit_code == 0
    [entry] = _cache_entries(repo)
    (repo / "notes.txt").write_text(MAIL_RING)
    digest = hashlib.sha256(MAIL_RING.encode()).hexdigest()
    shutil.copyfile(entry, entry.with_name(f"{digest}.json"))


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
                   cwd=repo, check=True, capture_output=True)


CHECK_OUT = ["notes.txt:1:6 EMAIL EMAIL_ADDRESS (email, 1.00) ************",
             "notes.txt:2:14 PHONE PHONE_NUMBER (phonenumbers, 1.00) ************"]


@pytest.mark.parametrize("keyed", [True, False], ids=["key", "no-key"])
@pytest.mark.parametrize("attack", [_committed_cache, _forged_in_the_cache_folder, _replayed_entry],
                         ids=lambda f: f.__name__.strip("_"))
def test_the_check_cache_trusts_only_entries_its_key_signed(tmp_path, monkeypatch, attack, keyed):
    """The gate's cache: a forged, replayed or committed entry is scanned again, so the
    file still fails the check; nothing of the cache is in the work tree, no value in it."""
    if not keyed:
        monkeypatch.delenv("REDACT_KEY")
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "notes.txt").write_text(MAIL_RING)
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "notes")
    attack(repo)
    tree = sorted(p.relative_to(repo).as_posix() for p in _tree(repo) if ".git" not in p.parts)
    result = run_cli("check", ".", cwd=repo)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == CHECK_OUT
    assert sorted(p.relative_to(repo).as_posix() for p in _tree(repo)
                  if ".git" not in p.parts) == tree  # nothing written into the work tree
    cache = cache_dir(repo)
    assert (cache / "cache.key").exists() != keyed
    if not keyed:
        assert (cache / "cache.key").stat().st_mode & 0o777 == 0o600
    for entry in cache.rglob("*.json"):
        assert "lena.k" not in entry.read_text() and "7911" not in entry.read_text()
    assert run_cli("check", ".", cwd=repo).stdout.splitlines() == CHECK_OUT  # signed: hit


def _page_files(page: Path) -> dict[str, tuple[str | None, str | None]]:
    """What an HTML page embeds per file: its output text and the note that replaces it."""
    html = page.read_text()
    start = html.index('<script type="application/json" id="report-data">') + 49
    data = json.loads(html[start:html.index("</script>", start)])
    return {f["path"]: (f["text"], f["note"]) for f in data["files"]}


OUTSIDE = "root:x:0:0:Lena K <lena.k@mailbox.org>:/root:/bin/sh\n"


def _edited_report(report: dict, tmp_path: Path) -> dict:
    """The report edited to name a file outside OUTDIR as an output, with its real hash."""
    secret = tmp_path / "passwd"
    secret.write_text(OUTSIDE)
    entry = next(f for f in report["files"] if f["path"] == "good.txt")
    entry.update(output=str(secret), output_sha256=hashlib.sha256(OUTSIDE.encode()).hexdigest(),
                 changes=[])
    return report


def _linked_output(report: dict, tmp_path: Path) -> dict:
    """An output in OUTDIR replaced by a link to a file outside it."""
    (tmp_path / "passwd").write_text(OUTSIDE)
    (tmp_path / "out" / "good.txt").unlink()
    (tmp_path / "out" / "good.txt").symlink_to(tmp_path / "passwd")
    entry = next(f for f in report["files"] if f["path"] == "good.txt")
    entry.update(output_sha256=hashlib.sha256(OUTSIDE.encode()).hexdigest(), changes=[])
    return report


def _changed_output(report: dict, tmp_path: Path) -> dict:
    """An output in OUTDIR rewritten after the run, changes dropped to match."""
    (tmp_path / "out" / "good.txt").write_text(OUTSIDE)
    next(f for f in report["files"] if f["path"] == "good.txt")["changes"] = []
    return report


def _older_schema(report: dict, tmp_path: Path) -> dict:
    for f in report["files"]:
        del f["output_sha256"]
    del report["run"]["outdir"]
    return dict(report, schema="redact.report/2")


NOT_UNDER = "its output path lies outside the report's OUTDIR: not read"
NOT_OURS = "the output on disk is not the one this report records (SHA-256 differs): not shown"
OLDER = ("this report (redact.report/2) records no output hashes, so the page shows the "
         "changes without the output text")


@pytest.mark.parametrize("edit,note", [
    (_edited_report, NOT_UNDER), (_linked_output, NOT_UNDER), (_changed_output, NOT_OURS),
    (_older_schema, OLDER)], ids=lambda x: x.__name__.strip("_") if callable(x) else "")
def test_the_report_view_shows_only_outputs_its_run_wrote(tmp_path, edit, note):
    """A report is a file anyone can edit: `redact report --html` embeds an output only
    under the report's OUTDIR and with the SHA-256 the report records."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "good.txt").write_text(GOOD_IN)
    (src / "mail.txt").write_text(MAIL_RING)
    assert run_cli("scrub", "in", "-o", "out", "--report", "r.json", "-q", cwd=tmp_path).exit_code == 0
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["schema"] == "redact.report/3" and report["run"]["outdir"] == "out"
    assert {f["path"]: f["output_sha256"] for f in report["files"]} == {
        "good.txt": hashlib.sha256(GOOD_OUT).hexdigest(),
        "mail.txt": hashlib.sha256(MAIL_RING_OUT.encode()).hexdigest()}
    assert run_cli("report", "r.json", "--html", "run.html", cwd=tmp_path).exit_code == 0
    assert _page_files(tmp_path / "run.html") == {
        "good.txt": (GOOD_OUT.decode(), None), "mail.txt": (MAIL_RING_OUT, None)}
    (tmp_path / "edited.json").write_text(json.dumps(edit(report, tmp_path)))
    result = run_cli("report", "edited.json", "--html", "edited.html", cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (0, "")
    page = _page_files(tmp_path / "edited.html")
    assert page["good.txt"] == (None, note)
    assert page["mail.txt"] == ((None, note) if edit is _older_schema else (MAIL_RING_OUT, None))
    assert "lena.k" not in (tmp_path / "edited.html").read_text()
    assert sorted(p.name for p in out.iterdir()) == ["good.txt", "mail.txt"]


def test_in_place_reports_its_output_under_the_scrubbed_name(tmp_path):
    src = tmp_path / "in"
    (src / "John Smith").mkdir(parents=True)
    (src / "John Smith" / "a.txt").write_text("John Smith wrote to lena.k@mailbox.org\n")
    result = run_cli("scrub", "in", "--in-place", "--report", "r.json", "-q", cwd=tmp_path)
    assert (result.exit_code, result.stderr) == (0, "")
    [entry] = json.loads((tmp_path / "r.json").read_text())["files"]
    assert (entry["path"], entry["output"]) == ("[PERSON_1]/a.txt", "in/[PERSON_1]/a.txt")
    assert (src / "John Smith" / "a.txt").read_text() == "[PERSON_1] wrote to [EMAIL_1]\n"
    assert not [v for v in VALUES if v in (tmp_path / "r.json").read_text()]


def test_check_reports_values_in_file_and_folder_names(tmp_path):
    """A path is scanned as scrub reads it: a file-level finding, no region, never cached."""
    (tmp_path / "John Smith").mkdir()
    (tmp_path / "John Smith" / "notes.txt").write_text("nothing personal here\n")
    (tmp_path / "lena.k@mailbox.org.txt").write_text(MAIL_RING)
    (tmp_path / "plain.txt").write_text("nothing personal here\n")
    text = ["John Smith/notes.txt: PERSON PERSON (spacy, 0.85) ********** in the path",
            "lena.k@mailbox.org.txt: EMAIL EMAIL_ADDRESS (email, 1.00) ************ in the path",
            "lena.k@mailbox.org.txt:1:6 EMAIL EMAIL_ADDRESS (email, 1.00) ************",
            "lena.k@mailbox.org.txt:2:14 PHONE PHONE_NUMBER (phonenumbers, 1.00) ************"]
    for _ in range(2):  # the second run reads contents from the cache, paths again
        result = run_cli("check", ".", cwd=tmp_path)
        assert (result.exit_code, result.stdout.splitlines()) == (1, text)
    report = json.loads(run_cli("check", ".", "--output-format", "json", cwd=tmp_path).stdout)
    assert [(f["path"], f["status"], [(x["start"], x["end"], x["line"], x.get("in_path"))
                                      for x in f["findings"]]) for f in report["files"]] == [
        ("John Smith/notes.txt", "findings", [(0, 10, None, True)]),
        ("lena.k@mailbox.org.txt", "findings", [(0, 18, None, True), (5, 23, 1, None),
                                                (44, 59, 2, None)]),
        ("plain.txt", "clean", [])]
    sarif = json.loads(run_cli("check", ".", "--output-format", "sarif", cwd=tmp_path).stdout)
    jsonschema.validate(sarif, SARIF_SCHEMA)
    [named, *_] = sarif["runs"][0]["results"]
    assert named["locations"] == [{"physicalLocation": {"artifactLocation": {
        "uri": "John%20Smith/notes.txt", "uriBaseId": "%SRCROOT%"}}}]
    github = run_cli("check", ".", "--output-format", "github", cwd=tmp_path).stdout
    assert github.splitlines()[0] == ("::error file=John Smith/notes.txt,title=redact PERSON::"
                                      "PERSON PERSON (spacy, 0.85) in the path")
