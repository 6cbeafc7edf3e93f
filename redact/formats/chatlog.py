"""Plain chat logs: ``[10:02] anna_k: text``, ``anna_k: text``, ``[2024-05-01 10:02] Anna K:
text`` and IRC's ``<anna> text``.

Segments: each message's handle as a speaker label and its text, with the lines that
follow it up to the next message, as one prose segment. Timestamps are structure. Known
by content only: most lines are messages, and a run of ``Key: value`` lines (a form, a
note's "Note:" lines, a log's "ERROR:") is not a conversation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redact.formats.base import LABEL_TOKEN, TextFormat, segment_from_pieces
from redact.formats.lines import Line, iter_lines
from redact.records import Document, Piece, Segment, SegmentKind, SegmentTable

__all__ = ["ChatLogFormat"]

_OWN_TOKEN = LABEL_TOKEN
_HANDLE = rf"(?:{_OWN_TOKEN}|[@+]?[^\W_][\w.@'-]{{0,38}})"
_MESSAGE = re.compile(
    r"(?:\[(?P<stamp>[^\]\r\n]*\d[^\]\r\n]*)\][ \t]*)?"
    rf"(?:<[@+%~&]?(?P<irc>{_HANDLE})>"
    rf"|(?P<name>{_HANDLE}(?:[ \t](?:{_OWN_TOKEN}|[^\W\d_][\w.'-]{{0,38}})){{0,2}}):)"
    r"(?:[ \t]|$)")  # one blank: the message keeps any other
_SNIFF_CHARS = 20000


def _message(text: str, line: Line) -> tuple[re.Match[str], str] | None:
    """A line that starts a message, and its speaker group. A name of several words needs
    a timestamp before it, or every word capitalised ("Grad C", "Project Manager", "Ann
    Roe AM", as meeting transcripts write speakers); all-caps labels ("NOTE:", "ERROR:")
    are not handles."""
    m = _MESSAGE.match(text, line.start, line.end)
    if m is None:
        return None
    if m["irc"]:
        return m, "irc"
    name = m["name"]
    words = name.split()
    if (name.isupper() and not name.startswith("[")) or (len(words) > 1 and not m["stamp"] and not all(
            w[:1].isupper() or w[:1].isdigit() for w in words)):
        return None
    return m, "name"


class ChatLogFormat(TextFormat):
    name = "chatlog"
    extensions = ()
    summary = "plain chat logs ([10:02] anna_k: text, IRC <anna> text), by content only"

    def sniff(self, text: str) -> bool:
        begin = 1 if text.startswith("\ufeff") else 0
        lines = [line for line in iter_lines(text, begin, _SNIFF_CHARS) if line.content(text).strip()]
        found = [hit for hit in (_message(text, line) for line in lines) if hit]
        names = [m[group] for m, group in found]
        # a conversation has turns: a timestamp or IRC brackets, or someone speaking twice
        turns = any(m["stamp"] or group == "irc" for m, group in found) or len(set(names)) < len(names)
        return len(found) >= 2 and len(found) >= 0.6 * len(lines) and turns

    def parse(self, text: str) -> Document:
        # a long log is tens of thousands of segments: held as a table as they are made
        return Document(text, self.name, SegmentTable(self._segments(text)))

    @staticmethod
    def _segments(text: str) -> Iterator[Segment]:
        body: list[Line] = []

        def flush() -> Iterator[Segment]:
            while body and not body[-1].content(text).strip():
                body.pop()
            if body and text[body[0].start:body[-1].end].strip():
                yield segment_from_pieces(text, [(body[0].start, body[-1].end)])
            body.clear()

        for line in iter_lines(text, 1 if text.startswith("\ufeff") else 0):
            hit = _message(text, line)
            if hit is None:
                if body or line.content(text).strip():
                    body.append(line)
                continue
            yield from flush()
            m, group = hit
            start, end = m.span(group)
            yield Segment(m[group], (Piece(0, start, end - start),), kind=SegmentKind.SPEAKER)
            body.append(Line(m.end(), line.end, line.stop))
        yield from flush()
