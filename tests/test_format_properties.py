"""Property tests per format: random documents with random text, random spans replaced.

Whatever the text (quotes, backslashes, line breaks, emoji, Cyrillic, CRLF, a BOM), the
output parses with the same parser into the same structure, every replaced value reads
back exactly as written, and a document with nothing replaced comes out byte-identical.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import io
import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from structure import shape, skeleton

from redact.records import Finding
from redact.formats import FORMATS, TextFormat
from redact.formats.base import Document
from redact.formats.json_keys import MEMBER_NAME
from redact.run.replace import encode_span as _encode_span
from redact.spans import apply_changes

# CI runs a fixed sample (reproducible); REDACT_EXAMPLES=N explores N fresh random examples
SETTINGS = settings(max_examples=int(os.environ.get("REDACT_EXAMPLES", "60")), deadline=None,
                    derandomize="REDACT_EXAMPLES" not in os.environ,
                    suppress_health_check=[HealthCheck.too_slow])
ALPHABET = st.sampled_from(list("ab Z09.,:;-_'\"\\/<>{}[]\t\n\r") + [
    "é", "Ж", "ё", "я", "😀", "\U0001f3fd", "\u2028", "\u00a0", "€", "“", "”", "\ufeff"])
TEXT = st.text(ALPHABET, max_size=40)
LABELS = ["[PERSON_1]", "[ИМЯ_2]", "«X»", 'a"b\\c', "[EMAIL#3f2a9c1b0d4e5f6a]", ""]


@st.composite
def replacements(draw, doc: Document, labels: list[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping random spans inside random segments, each with a label."""
    chosen = []
    for index, seg in enumerate(doc.segments):
        if not seg.text or seg.field_path == MEMBER_NAME or not draw(st.booleans()):
            continue  # a member name replaced changes which fields are metadata: see below
        if seg.kind == "speaker":  # a label is replaced whole, as speaker findings are
            chosen.append((index, 0, len(seg.text), draw(st.sampled_from(labels))))
            continue
        cuts = sorted(draw(st.lists(st.integers(0, len(seg.text)), min_size=2, max_size=4, unique=True)))
        for start, end in zip(cuts[::2], cuts[1::2]):
            chosen.append((index, start, end, draw(st.sampled_from(labels))))
    return chosen


def _runs(seg) -> list[tuple[int, int]]:
    """File ranges of a segment: its pieces, joined where they touch."""
    runs: list[list[int]] = []
    for p in seg.pieces:
        end = p.file_start + (p.file_length or p.length)
        if runs and runs[-1][1] == p.file_start:
            runs[-1][1] = end
        else:
            runs.append([p.file_start, end])
    return [(a, b) for a, b in runs]


def _apply(fmt: TextFormat, doc: Document, chosen) -> tuple[str, dict[int, str]]:
    """The output text, and what each touched segment must read as afterwards."""
    changes, expected = [], {}
    for index in sorted({c[0] for c in chosen}):
        seg = doc.segments[index]
        spans = [(s, e, label) for i, s, e, label in chosen if i == index]
        parts = [part for s, e, label in spans for part in _encode_span(
            fmt, doc.text, seg, Finding(s, e, "X", "PERSON", 1.0, "test"), label)]
        changes += parts
        if seg.style.startswith(("json", "csv-quoted")):  # escaped: the label reads back as is
            expected[index] = apply_changes(seg.text, [(s, e, label) for s, e, label in spans])
        else:  # plain text: the segment's own characters, changed in place
            expected[index] = "".join(
                apply_changes(doc.text[a:b], [(s - a, e - a, r) for s, e, r in parts if a <= s and e <= b])
                for a, b in _runs(seg))
    return apply_changes(doc.text, changes), expected


def check(fmt: TextFormat, text: str, data, labels: list[str] = LABELS) -> Document:
    doc = fmt.parse(text)
    assert fmt.parse(text).text == text
    return check_chosen(fmt, text, doc, data.draw(replacements(doc, labels)))


def check_chosen(fmt: TextFormat, text: str, doc: Document, chosen) -> Document:
    """The output of the ``chosen`` replacements parses into the same structure, and every
    replaced segment reads back as written; returns the output parsed."""
    output, expected = _apply(fmt, doc, chosen)
    again = fmt.parse(output)
    assert [(s.kind, s.field_path) for s in again.segments] == [(s.kind, s.field_path) for s in doc.segments]
    assert skeleton(output, again) == skeleton(text, doc)
    for index, value in expected.items():
        assert again.segments[index].text == value
    assert apply_changes(text, []) == text
    return again


# -- JSON exports and datasets ------------------------------------------------------------
def _dump(value, ascii_only: bool, indent: int | None) -> str:
    return json.dumps(value, ensure_ascii=ascii_only, indent=indent)


@SETTINGS
@given(titles=st.lists(TEXT, min_size=1, max_size=3), parts=st.lists(TEXT, max_size=4),
       ascii_only=st.booleans(), indent=st.sampled_from([None, 2, 4]), data=st.data())
def test_chatgpt_export(titles, parts, ascii_only, indent, data):
    export = [{"title": t, "create_time": 1.5, "mapping": {
        "root": {"id": "root", "message": None, "children": ["m"]},
        "m": {"id": "m", "message": {"author": {"role": "user"}, "content": {
            "content_type": "text", "parts": parts}}, "children": []}}, "id": "c"} for t in titles]
    text = _dump(export, ascii_only, indent)
    doc = check(FORMATS["chatgpt"], text, data)
    assert [s.text for s in FORMATS["chatgpt"].parse(text).segments] == [
        v for t in titles for v in [t, *parts]]
    assert len(doc.segments) == len(titles) * (1 + len(parts))


@SETTINGS
@given(messages=st.lists(TEXT, min_size=1, max_size=4), ascii_only=st.booleans(), data=st.data())
def test_claude_export(messages, ascii_only, data):
    export = [{"uuid": "u", "name": messages[0], "chat_messages": [
        {"uuid": "m", "text": m, "content": [{"type": "text", "text": m}], "sender": "human",
         "attachments": [], "files": []} for m in messages]}]
    check(FORMATS["claude"], _dump(export, ascii_only, 2), data)


@SETTINGS
@given(records=st.lists(st.lists(TEXT, min_size=1, max_size=3), min_size=1, max_size=4),
       ascii_only=st.booleans(), bom=st.booleans(), crlf=st.booleans(), data=st.data())
def test_openai_jsonl(records, ascii_only, bom, crlf, data):
    lines = [_dump({"messages": [{"role": "user", "content": c} for c in r]}, ascii_only, None)
             for r in records]
    text = ("\ufeff" if bom else "") + ("\r\n" if crlf else "\n").join(lines) + "\n"
    doc = check(FORMATS["openai-jsonl"], text, data)
    assert [s.text for s in doc.segments] or not any(records)


@SETTINGS
@given(turns=st.lists(TEXT, min_size=1, max_size=4), as_lines=st.booleans(), data=st.data())
def test_sharegpt(turns, as_lines, data):
    record = {"conversations": [{"from": "human" if i % 2 == 0 else "gpt", "value": t}
                                for i, t in enumerate(turns)]}
    if as_lines:
        check(FORMATS["sharegpt-jsonl"], json.dumps(record) + "\n", data)
    else:
        check(FORMATS["sharegpt"], json.dumps([record], indent=2, ensure_ascii=False), data)


@SETTINGS
@given(values=st.lists(TEXT, min_size=1, max_size=5), data=st.data())
def test_generic_json(values, data):
    text = json.dumps({"items": [{"id": "x", "body": v} for v in values]}, ensure_ascii=False)
    check(FORMATS["json"], text, data)
    assert shape(json.loads(text)) == {"items": [{"id": "<str>", "body": "<str>"} for _ in values]}


@SETTINGS
@given(names=st.lists(TEXT, min_size=1, max_size=5, unique=True), ascii_only=st.booleans(),
       data=st.data())
def test_generic_json_member_names(names, ascii_only, data):
    """Member names holding values are segments; replaced, each reads back as written and
    the output is JSON with as many members."""
    text = json.dumps({"contacts": {n: 1 for n in names}}, ensure_ascii=ascii_only)
    doc = FORMATS["json"].parse(text)
    assert [s.text for s in doc.segments] == ["contacts", *names]
    chosen = [(i, s, e, label) for i, s, e, label in data.draw(replacements(
        dataclasses.replace(doc, segments=[dataclasses.replace(s, field_path="*") for s in doc.segments]),
        LABELS)) if i > 0]
    output, expected = _apply(FORMATS["json"], doc, chosen)
    again = FORMATS["json"].parse(output)
    assert len(again.segments) == len(doc.segments)
    for index, value in expected.items():
        assert again.segments[index].text == value
    json.loads(output)


# -- CSV ------------------------------------------------------------------------------------
CELL = st.text(st.sampled_from(list('ab Z,;"\t\r\n\\') + ["Ж", "😀", "\ufeff"]), max_size=12)


@SETTINGS
@given(rows=st.lists(st.tuples(CELL, CELL), min_size=1, max_size=5),
       delimiter=st.sampled_from([",", "\t"]), crlf=st.booleans(),
       quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), bom=st.booleans(), data=st.data())
def test_csv(rows, delimiter, crlf, quoting, bom, data):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n",
                        quoting=quoting)
    writer.writerow(["speaker", "message"])
    writer.writerows(rows)
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    table = lambda t: list(csv.reader(io.StringIO(t.lstrip("\ufeff"), newline=""), delimiter=delimiter))  # noqa: E731
    assume(table(text) == [["speaker", "message"], *map(list, rows)])  # a table csv reads back
    fmt = FORMATS["csv"]
    doc = fmt.parse(text)
    assert [s.text for s in doc.segments] == [cell for row in rows for cell in row if cell]
    again = check(fmt, text, data, [label for label in LABELS if label])  # an emptied cell is no cell
    assert [len(r) for r in table(apply_changes(again.text, []))] == [len(r) for r in table(text)]


# -- transcripts and chat logs ------------------------------------------------------------
TAGS = ["[PERSON_1]", "[ИМЯ_2]", "[EMAIL#3f2a9c1b0d4e5f6a]"]  # what a label becomes
# speech: anything but line breaks, markup and colons (a "Name:" would start a speaker)
SPEECH = st.text(st.sampled_from(list("ab Z09.,;-_'\"\\/[]()!?\t") + [
    "é", "Ж", "ё", "я", "😀", "\U0001f3fd", "\u00a0", "€", "“", "\ufeff"]), min_size=1, max_size=30)
LINE = SPEECH.map(lambda t: "so " + t)  # never a "Name:" and never blank
NAMES = st.sampled_from(["Ada Byrne", "Omar Haddad", "Ольга Белова", "Byrne, Ada (Contoso)", "Ann"])
NEWLINE = st.sampled_from(["\n", "\r\n"])


def _windows(text: str, newline: str, bom: bool) -> str:
    return ("\ufeff" if bom else "") + text.replace("\n", newline)


@SETTINGS
@given(cues=st.lists(st.tuples(NAMES, st.lists(LINE, min_size=1, max_size=2)), min_size=1, max_size=4),
       teams=st.booleans(), newline=NEWLINE, bom=st.booleans(), data=st.data())
def test_webvtt(cues, teams, newline, bom, data):
    blocks = ["WEBVTT\n"]
    for n, (name, lines) in enumerate(cues):
        timing = f"00:00:{n:02d}.000 --> 00:00:{n:02d}.900"
        body = f"<v {name}>" + "\n".join(lines) + "</v>" if teams else \
            "\n".join(f"{name.split(',')[0]}: {line}" for line in lines)
        blocks.append(f"{n + 1}\n{timing}\n{body}\n")
    text = _windows("\n".join(blocks), newline, bom)
    doc = check(FORMATS["webvtt"], text, data, TAGS)
    assert sum(s.kind == "speaker" for s in doc.segments) == (
        len(cues) if teams else sum(len(lines) for _, lines in cues))


@SETTINGS
@given(cues=st.lists(st.tuples(NAMES, LINE), min_size=1, max_size=4), newline=NEWLINE,
       bom=st.booleans(), data=st.data())
def test_srt(cues, newline, bom, data):
    text = _windows("\n".join(
        f"{n + 1}\n00:00:{n:02d},000 --> 00:00:{n:02d},900\n{name.split(',')[0]}: {line}\n"
        for n, (name, line) in enumerate(cues)), newline, bom)
    doc = check(FORMATS["srt"], text, data, TAGS)
    assert [s.kind for s in doc.segments] == ["speaker", "prose"] * len(cues)


@SETTINGS
@given(turns=st.lists(st.tuples(NAMES, st.lists(LINE, min_size=1, max_size=2)), min_size=2, max_size=4),
       newline=NEWLINE, bom=st.booleans(), data=st.data())
def test_otter(turns, newline, bom, data):
    text = _windows("\n".join(
        f"{name.split(',')[0]}  {n}:{n * 7 % 60:02d}\n" + "".join(line + "\n" for line in lines)
        for n, (name, lines) in enumerate(turns)), newline, bom)
    assert FORMATS["otter"].sniff(text)
    doc = check(FORMATS["otter"], text, data, TAGS)
    assert [s.kind for s in doc.segments] == ["speaker", "prose"] * len(turns)


@SETTINGS
@given(messages=st.lists(st.tuples(st.sampled_from(["anna_k", "mike.r", "dimon88", "Ada Byrne"]), LINE),
                         min_size=2, max_size=5),
       stamped=st.booleans(), newline=NEWLINE, bom=st.booleans(), data=st.data())
def test_chat_log(messages, stamped, newline, bom, data):
    who = [m[0] for m in messages]
    assume(stamped or (len(set(who)) < len(who) and "Ada Byrne" not in who))  # turns; stamped names
    text = _windows("".join(
        (f"[10:{n:02d}] " if stamped else "") + f"{who}: {line}\n"
        for n, (who, line) in enumerate(messages)), newline, bom)
    assert FORMATS["chatlog"].sniff(text)
    doc = check(FORMATS["chatlog"], text, data, TAGS)
    assert [s.kind for s in doc.segments] == ["speaker", "prose"] * len(messages)


@SETTINGS
@given(paragraphs=st.lists(st.lists(LINE, min_size=1, max_size=3), min_size=1, max_size=4),
       fmt=st.sampled_from(["markdown", "text"]), newline=NEWLINE, bom=st.booleans(), data=st.data())
def test_markdown_and_text(paragraphs, fmt, newline, bom, data):
    text = _windows("\n\n".join("\n".join(p) for p in paragraphs) + "\n", newline, bom)
    check(FORMATS[fmt], text, data, [label for label in LABELS if label])  # removing all is no paragraph
