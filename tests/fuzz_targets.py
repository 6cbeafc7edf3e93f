"""Fuzz targets: each reader and writer fed one arbitrary byte string.

A target returns quietly when the input is accepted and every property holds, or when it
is refused with one of the project's own errors (``RedactError``: FileError, SkipFile).
Anything else escaping (IndexError, RecursionError, UnicodeError, an AssertionError from a
broken property) is a bug. ``tests/test_fuzz.py`` runs them with hypothesis in CI;
``bench/fuzz.py`` runs the same functions longer, with hypothesis and atheris.

Properties, whenever a file is accepted:
- exact: decoding and encoding give the input bytes back; a segment's pieces point at its
  own characters in the file; replaced spans read back exactly as written, and the output
  parses into the same structure (``check_chosen`` of the format property tests; for the
  formats whose speakers are line syntax, the output parses);
- idempotent: the output parses again into the same segments, a streamed read gives what a
  whole read gives, and a scrubbed output scrubbed again comes out unchanged.
"""

from __future__ import annotations

import io
import json
import random
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from test_format_properties import LABELS, TAGS, _apply, check_chosen

from redact import archives, text_io
from redact.errors import RedactError
from redact.formats import FORMATS, Document, TextFormat
from redact.formats.json_keys import MEMBER_NAME
from redact.formats.jsonscan import MAX_DEPTH, JsonFormat, scan_json
from redact.spans import apply_changes

# Pieces of every format's syntax, for generators and for atheris' dictionary of tokens.
FRAGMENTS = [
    b"{", b"}", b"[", b"]", b'"', b":", b",", b"\\", b'\\"', b"\\u00e9", b"\\u041e", b"\\ud83d\\ude00",
    b"\\ud800", b"\\n", b"\\/", b'"content"', b'"messages"', b'"role"', b'"user"', b'"parts"',
    b'"mapping"', b'"title"', b'"text"', b'"conversations"', b'"from"', b'"value"', b'"name"',
    b'"chat_messages"', b'"sender"', b'"author"', b'"message"', b"1", b"-0.5e3", b"true", b"null",
    b" ", b"  ", b"\t", b"\n", b"\r\n", b"\r", b"\n\n", b"a", b"Ann", b"Maria Lopez", "Жанна".encode(),
    "é".encode(), "😀".encode(), b"\xc3", b"\xff", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xe2\x80\xa8",
    "Ð¿Ñ\u0080Ð¸".encode(),  # UTF-8 read as Latin-1 and written back (mojibake)
    b"speaker", b"message", b"text,speaker\n", b'""', b";", b"WEBVTT", b"WEBVTT\n\n",
    b"00:00:01.000 --> 00:00:02.000\n", b"00:00:01,000 --> 00:00:02,000\n", b"<v Ann>", b"</v>",
    b"NOTE ", b"1\n", b"Ann: ", b"Ada Byrne  0:07\n", b"[10:01] ", b"anna_k: ", b"> ", b"```\n", b"# ",
    b">[!nexus_user] **User** - 29.05.2025 at 16:39\n", b">[!nexus_agent] **Assistant**\n", b"---\n",
    b"<html>", b"jsonData = ", b"</script>", b"lena.k@mailbox.org", b"+44 7911 123456",
]


def _export(parts: list[str]) -> str:
    return json.dumps([{"title": "Letter for Maria", "create_time": 1.5, "mapping": {
        "root": {"id": "root", "message": None, "children": ["m"]},
        "m": {"id": "m", "message": {"author": {"role": "user"}, "content": {
            "content_type": "text", "parts": parts}}, "children": []}}, "id": "c"}], indent=2)


_RECORD = {"messages": [{"role": "user", "content": "Mail me at lena.k@mailbox.org"},
                        {"role": "assistant", "content": "Noted, \u00c9lise \\ \"ok\""}]}
SEEDS: dict[str, list[bytes]] = {
    "chatgpt": [_export(["Write to Maria Lopez", "phone +44 7911 123456"]).encode()],
    "chatgpt-html": [("<!DOCTYPE html>\n<html><body><script>\nvar jsonData = "
                      + _export(["Write to Maria Lopez"]) + ";\n</script></body></html>\n").encode()],
    "claude": [json.dumps([{"uuid": "u", "name": "Ann", "chat_messages": [
        {"uuid": "m", "text": "Hi Ann", "content": [{"type": "text", "text": "Hi Ann"}],
         "sender": "human", "attachments": [{"file_name": "maria_lopez-cv.pdf"}], "files": []}]}],
        indent=2).encode()],
    "sharegpt": [json.dumps([{"conversations": [{"from": "human", "value": "I am Ann"},
                                                {"from": "gpt", "value": "Hello"}]}]).encode()],
    "openai-jsonl": [(json.dumps(_RECORD) + "\n" + json.dumps(_RECORD, ensure_ascii=False) + "\n").encode()],
    "sharegpt-jsonl": [(json.dumps({"conversations": [{"from": "human", "value": "I am Ann"}]}) + "\n").encode()],
    "nexus": [">[!nexus_user] **User** - 29.05.2025 at 16:39\n> Write to Maria Lopez\n> \n> ```\n"
              "> code\n> ```\n\n>[!nexus_agent] **Assistant** - 29.05.2025 at 16:40\n> Sure.\n".encode()],
    "webvtt": [b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Ada Byrne>Hello Omar\nsecond line</v>\n\n"
               b"NOTE a note\n\n00:00:03.000 --> 00:00:04.000\nOmar Haddad: hi there\n"],
    "srt": [b"1\r\n00:00:01,000 --> 00:00:02,000\r\nAda: Hello Omar\r\n\r\n2\r\n"
            b"00:00:03,000 --> 00:00:04,000\r\nOmar: hi\r\n"],
    "otter": [b"Ada Byrne  0:07\nHello Omar, how are you\n\nOmar Haddad  0:12\nFine, Ada.\n"],
    "chatlog": [b"[10:01] anna_k: hi mike\n[10:02] mike.r: hey anna, ring +44 7911 123456\n"],
    "markdown": [b"# Notes\n\nMail lena.k@mailbox.org\n\n```\ncode here\n```\n> quoted Ann\n"],
    "text": ["Hello Ann,\r\n\r\nПривет, Жанна.\nBye\n".encode()],
    "csv": [b"id,speaker,message\r\n1,Maria Lopez,\"line one\r\nline \"\"two\"\"\"\r\n2,Ann,hi\r\n"],
    "json": [json.dumps({"items": [{"id": "x", "body": "Ann wrote \u00e9"}]}).encode()],
    "jsonl": [b'{"body": "Ann wrote"}\n{"body": "line \\u00e9"}\n'],
}
SEEDS["decode"] = [s for seeds in SEEDS.values() for s in seeds] + [
    "Привет".encode().decode("latin-1").encode(), "Hi Ann\r\n".encode("utf-16")]
SEEDS["json-scanner"] = [s for name in ("chatgpt", "claude", "json", "sharegpt") for s in SEEDS[name]]


def _zip_seed(method: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        zf.writestr("conversations.json", SEEDS["chatgpt"][0])
        zf.writestr("notes/a.txt", b"Hello Ann\n" * 20)
    return buffer.getvalue()


SEEDS["zip"] = [_zip_seed(zipfile.ZIP_DEFLATED), _zip_seed(zipfile.ZIP_STORED), _zip_seed(zipfile.ZIP_BZIP2)]
SEEDS["apply-changes"] = [b"\x05\x01\x03hello world"]
SEEDS["scrub"] = [s for name in ("openai-jsonl", "csv", "webvtt", "text", "chatgpt") for s in SEEDS[name]]


def _rng(data: bytes) -> random.Random:
    """Choices that depend on the input only: a failure replays from its bytes."""
    return random.Random(zlib.crc32(data))


def _decoded(data: bytes) -> text_io.Decoded | None:
    try:
        return text_io.decode(data)
    except RedactError:
        return None


# -- decoding ---------------------------------------------------------------------------
def target_decode(data: bytes) -> None:
    """Bytes decode exactly (or are refused), and a streamed read agrees with a whole one."""
    try:
        decoded = text_io.decode(data)
    except RedactError:
        return
    if decoded.repair is None:
        assert text_io.encode(decoded.text, decoded.encoding) == data
    if decoded.encoding != "utf-8" or decoded.repair is not None:
        return
    cut = data.find(b"\n", _rng(data).randrange(len(data) + 1)) + 1 or len(data)
    head = text_io.decode(data[:cut])  # what a streamed read decodes first
    assert head.repair is None and head.encoding == "utf-8"
    rest = io.BytesIO(data[cut:])
    assert "".join(text_io.stream_lines(head.text, rest, cut, chunk_bytes=7)) == decoded.text


# -- formats ----------------------------------------------------------------------------
SPEAKER_SYNTAX = {"chatlog", "webvtt", "srt", "otter"}  # a speaker is "Name:" or "Name  0:07"


def _labels(fmt: TextFormat) -> list[str]:
    """What a replacement may be in each format, as the format property tests say."""
    if isinstance(fmt, JsonFormat):
        return LABELS
    if fmt.name in ("csv", "markdown", "text", "nexus"):
        return [label for label in LABELS if label]  # an emptied cell or line is no segment
    return TAGS


def _plan(doc: Document, labels: list[str], rng: random.Random) -> list[tuple[int, int, int, str]]:
    """Random non-overlapping spans inside random segments (speaker labels whole). As a
    detected value does, a span in a line-based format lies on one line: line breaks are
    that structure, and writing over one would move it (inside a JSON string or a quoted
    CSV cell a span may cross them)."""
    chosen = []
    for index, seg in enumerate(doc.segments):
        if (not seg.text or seg.kind in ("attachment", "filename") or seg.field_path == MEMBER_NAME
                or rng.random() < 0.5):
            # a file name is read with its separators as spaces: not read back as written; a
            # JSON member name replaced changes which fields are metadata (tests/test_json_keys.py)
            continue
        if seg.kind == "speaker":
            chosen.append((index, 0, len(seg.text), rng.choice(labels)))
            continue
        cuts = sorted(rng.sample(range(len(seg.text) + 1), min(len(seg.text) + 1, rng.choice([2, 4]))))
        for start, end in zip(cuts[::2], cuts[1::2]):
            escaped = seg.style.startswith(("json", "csv-quoted"))
            if escaped or not any(c in seg.text[start:end] for c in "\r\n"):
                chosen.append((index, start, end, rng.choice(labels)))
    return chosen


def _pieces_point_at_their_text(doc: Document) -> None:
    """Each plain piece of a segment is the file's own characters (file names are read with
    separators as spaces); escape pieces lie in the file, in order, without overlap."""
    for seg in doc.segments:
        pos = 0
        for piece in seg.pieces:
            end = piece.file_start + (piece.length if piece.file_length is None else piece.file_length)
            assert pos <= piece.file_start <= end <= len(doc.text)
            pos = end
            if piece.file_length is None:
                raw = doc.text[piece.file_start:end]
                if seg.kind in ("attachment", "filename"):
                    raw = raw.translate(str.maketrans("_.-+", "    "))
                assert raw == seg.text[piece.seg_start:piece.seg_start + piece.length]
        assert sum(p.length for p in seg.pieces) == len(seg.text) or not seg.pieces


def format_target(name: str) -> Callable[[bytes], None]:
    fmt = FORMATS[name]

    def target(data: bytes) -> None:
        decoded = _decoded(data)
        if decoded is None:
            return
        text = decoded.text
        fmt.sniff(text)
        try:
            doc = fmt.parse(text)
        except RedactError as refused:
            if fmt.streamable:  # a streamed read refuses it too
                try:
                    _streamed(fmt, text)
                except RedactError:
                    return
                raise AssertionError(f"parse refused ({refused}) what a streamed read accepts")
            return
        assert doc.text == text
        _pieces_point_at_their_text(doc)
        plan = _plan(doc, _labels(fmt), _rng(data))
        if fmt.name in SPEAKER_SYNTAX:
            # speakers are told by line syntax that a label can complete: "Maria Lopez: hi"
            # (two words, no time: not a message) reads as a message once written
            # "[PERSON_1]: hi", as "anna_k: hi" written "[USERNAME_1]: hi" must. Arbitrary
            # text keeps its bytes and parses; the structure is the property tests' (speech
            # without "Name:" prefixes)
            again = fmt.parse(_apply(fmt, doc, plan)[0])
        else:
            again = check_chosen(fmt, text, doc, plan)
        _pieces_point_at_their_text(again)
        twice = fmt.parse(again.text)  # idempotent: the output reads the same way again
        assert [(s.text, s.kind, s.field_path) for s in twice.segments] == [
            (s.text, s.kind, s.field_path) for s in again.segments]
        if fmt.streamable:
            try:
                streamed = [s.text for d in _streamed(fmt, text) for s in d.segments]
            except RedactError:
                # CSV batches are cut where quotes pair up; a quote inside a bare cell (not
                # RFC 4180) can cut one short: refused, never read differently
                assert fmt.name == "csv"
                return
            assert streamed == [s.text for s in doc.segments]

    target.__name__ = f"target_{name}"
    return target


def _streamed(fmt: TextFormat, text: str) -> list[Document]:
    docs = list(fmt.stream(text_io.stream_lines(text, io.BytesIO(), 0), 40))
    assert "".join(d.text for d in docs) == text
    return docs


# -- the JSON scanner, against the standard library ----------------------------------------
def _reject_constant(name: str):
    raise ValueError(name)  # NaN and Infinity are not JSON


class _Pairs(list):
    """An object's (key, value) pairs, duplicate keys included."""


def _strings(value) -> list[str]:
    """String values (not keys) in document order, as the scanner visits them."""
    out, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, _Pairs):
            stack.extend(reversed([v for _, v in item]))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return out


def _depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            escaped, in_string = (False, in_string) if escaped else (ch == "\\", ch != '"')
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def target_json_scanner(data: bytes) -> None:
    """The scanner accepts exactly what json.loads accepts, and visits its string values."""
    text = data.decode("utf-8", "replace")
    found: list[tuple[int, int]] = []
    try:
        scan_json(text, lambda path, start, end: found.append((start, end)))
        accepted = True
    except RedactError:
        accepted = False
    if _depth(text) > MAX_DEPTH:  # refused on purpose; json.loads would recurse this deep
        assert not accepted
        return
    try:
        value = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_Pairs)
    except ValueError:  # JSONDecodeError, and NaN
        assert not accepted, "the scanner accepts what json.loads refuses"
        return
    assert accepted, "the scanner refuses what json.loads accepts"
    assert [json.loads(text[a:b]) for a, b in found] == _strings(value)


# -- zip archives ------------------------------------------------------------------------
def target_zip(data: bytes) -> None:
    """Listing an archive and reading each member it lets through fail only with FileError."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.zip"
        path.write_bytes(data)
        try:
            members = archives.list_members(path)
        except RedactError:
            return
        for member in members:
            if member.skip or member.error:
                continue
            try:
                with archives.open_member(path, member.name) as stream:
                    while stream.read(1 << 16):
                        pass
            except RedactError:
                continue


# -- the change applier ----------------------------------------------------------------------
def target_apply_changes(data: bytes) -> None:
    """Changes in place give the text with exactly those ranges rewritten; changes that
    overlap or lie outside the text are refused, never applied half."""
    rng = _rng(data)
    text = data.decode("utf-8", "replace")
    changes = []
    for _ in range(rng.randrange(6)):
        start = rng.randrange(-2, len(text) + 3)
        changes.append((start, start + rng.randrange(-1, 6), rng.choice(["", "X", "[PERSON_1]", "ё"])))
    valid = all(0 <= s <= e <= len(text) for s, e, _ in changes)
    ordered = sorted(changes)
    valid = valid and all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:]))
    try:
        output = apply_changes(text, changes)
    except ValueError:
        assert not valid
        return
    assert valid
    expected, pos = [], 0
    for start, end, replacement in ordered:
        expected += [text[pos:start], replacement]
        pos = end
    assert output == "".join(expected) + text[pos:]
    assert apply_changes(text, [(s, e, text[s:e]) for s, e, _ in changes]) == text


# -- the whole scrub ------------------------------------------------------------------------
_SUFFIXES = [".json", ".jsonl", ".csv", ".vtt", ".srt", ".txt", ".md", ".zip", ".html", ""]
_SCRUB: dict = {}


def _scrub_options(outdir: Path):
    from redact.api import Policy, ScrubOptions, load_key

    if "policy" not in _SCRUB:
        _SCRUB["policy"] = Policy().with_overrides(ner=False)  # rules only: many examples
        _SCRUB["key"] = load_key(None, required=False)
    return ScrubOptions(outdir=outdir, policy=_SCRUB["policy"], key=_SCRUB["key"])


def target_scrub(data: bytes) -> None:
    """A file of any bytes, under any name: scrub reports it (never raises), an accepted
    file verifies exactly, and scrubbing the output again changes nothing."""
    from redact.api import scrub, verify, write_report

    suffix = _SUFFIXES[data[0] % len(_SUFFIXES)] if data else ""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "in").mkdir()
        source = root / "in" / f"input{suffix}"
        source.write_bytes(data[1:])
        report = scrub([str(source)], _scrub_options(root / "out"))
        assert all(f.status in ("redacted", "clean", "skipped", "error") for f in report.files)
        assert all((f.output is None) == (f.status in ("skipped", "error")) for f in report.files)
        write_report(report, root / "report.json", revealed=False)
        result = verify(source, root / "out", root / "report.json")
        assert result.problems == [], result.problems
        outputs = [Path(f.output) for f in report.files if f.output]
        if len(outputs) != 1 or not outputs[0].is_file() or suffix == ".zip":
            return
        first = outputs[0].read_bytes()
        again = scrub([str(outputs[0])], _scrub_options(root / "again"))
        assert [f.status for f in again.files] == ["clean"], [(f.status, f.error) for f in again.files]
        assert (root / "again" / outputs[0].name).read_bytes() == first


TARGETS: dict[str, Callable[[bytes], None]] = {
    "decode": target_decode,
    **{f"format:{name}": format_target(name) for name in FORMATS},
    "json-scanner": target_json_scanner,
    "zip": target_zip,
    "apply-changes": target_apply_changes,
    "scrub": target_scrub,
}


def seeds(target: str) -> list[bytes]:
    return SEEDS[target.split(":", 1)[-1]]


def mutate(seed: bytes, edits: list[tuple[int, int, int, bytes]]) -> bytes:
    """A seed changed by edits (kind, position, length, fragment): cut, insert, repeat,
    overwrite, truncate. Positions wrap around the current length."""
    data = bytearray(seed)
    for kind, position, length, fragment in edits:
        at = position % (len(data) + 1)
        if kind == 0:
            del data[at:at + length]
        elif kind == 1:
            data[at:at] = fragment
        elif kind == 2:
            data[at:at] = data[at:at + length] * 2
        elif kind == 3:
            data[at:at + len(fragment)] = fragment
        else:
            del data[at:]
    return bytes(data)

