"""Cue text of the subtitle formats (WebVTT, SRT): what a viewer reads, mapped to the file.

Inline markup (``<i>``, ``</v>``, ``{\\an8}``) is left out of segments by splitting them
into pieces around it, so a name is never read as "<i>Ada" and a replacement never
eats a tag. A ``Name:`` at the start of a line is the speaker, not part of the speech.
"""

from __future__ import annotations

import re

from redact.formats.base import LABEL_TOKEN, segment_from_pieces
from redact.formats.lines import Line
from redact.records import Segment, SegmentKind

__all__ = ["cue_segments"]

_Span = tuple[int, int]

# A label before ": " at the start of a line: up to five words, each capitalised, an
# initial ("К."), a number ("Speaker 2"), a parenthesised note ("(Contoso)") or one of
# redact's own tokens ("Grandma [PERSON_1]"), so an output parses as its input did.
_OWN_TOKEN = LABEL_TOKEN
_SPEAKER_PREFIX = re.compile(
    r"(?:-[ \t]*)?"
    rf"(?P<name>(?:{_OWN_TOKEN}|[^\W\d_][\w'’.-]*)"
    rf"(?:[ \t]+(?:{_OWN_TOKEN}|[\w'’.-]+|\([^()\r\n]{{1,40}}\))){{0,4}})"
    r":[ \t](?=[^\S\r\n]*\S)")  # one blank: the speech keeps any other


def _visible(text: str, start: int, end: int, markup: re.Pattern[str]) -> list[_Span]:
    """File ranges of text[start:end] without the markup inside it."""
    spans, pos = [], start
    for m in markup.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [(a, b) for a, b in spans if b > a]


def _speaker_prefix(text: str, line: Line) -> tuple[_Span, int] | None:
    """The speaker label's range and where the speech starts, for a ``Name: text`` line."""
    m = _SPEAKER_PREFIX.match(text, line.start, line.end)
    if m is None or not all(w[0].isupper() or w[0] in "0123456789([" for w in m["name"].split()):
        return None
    return (m.start("name"), m.end("name")), m.end()


def cue_segments(text: str, lines: list[Line], markup: re.Pattern[str],
                 voice: re.Pattern[str] | None = None) -> list[Segment]:
    """A cue's speaker labels (``Name:`` prefixes, names in ``voice`` tags), then its speech
    as one prose segment: the breaks between its lines belong to it, the last one does not."""
    speakers: list[Segment] = []
    spans: list[_Span] = []
    for n, line in enumerate(lines):
        start = line.start
        prefix = _speaker_prefix(text, line)
        if prefix:
            name, start = prefix
            speakers.append(segment_from_pieces(text, [name], kind=SegmentKind.SPEAKER))
        for tag in voice.finditer(text, line.start, line.end) if voice else ():
            if tag.group("name"):
                speakers.append(segment_from_pieces(
                    text, [(tag.start("name"), tag.end("name"))], kind=SegmentKind.SPEAKER))
        spans += _visible(text, start, line.end, markup)
        if n + 1 < len(lines):
            spans.append((line.end, line.stop))
    merged: list[_Span] = []
    for a, b in spans:
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if any(text[a:b].strip() for a, b in merged):
        speakers.append(segment_from_pieces(text, merged))
    return speakers
