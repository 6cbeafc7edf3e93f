"""A pattern searched only near its anchor. A cue row's value ("password: ...") starts
after a cue its lookbehind reads backwards, and the lookbehind is tried at every place a
value could start: for a value that may start with any character (a password, a code word)
that is hundreds of cue phrases tried backwards at every character of a long line. The
anchor, the cue read forwards, is found first; the pattern then runs only from each anchor
to the next line under it and at most ``REACH`` characters on, where its lookbehind can
succeed (a cue holds no line break, one at most stands between cue and value, and the cue
grammar is far shorter), and finds what it finds in the whole text there. Finding the cues
costs more than a lookbehind tried only where a value's own start stands (a digit, a
capital), so only rows whose values may start at a lowercase letter have an anchor."""

from __future__ import annotations

import regex

__all__ = ["REACH", "anchored_matches"]

REACH = 512  # characters from a cue's start to its value's start, at most
_LINES = 3  # lines a window spans from its anchor's: the cue's, the value's, one more
# characters past a window a value may run into; a match that comes this close to where
# the search stopped is searched again to the text's end, so a cut never shortens one
_MARGIN = 1024
_NEAR_CUT = 128


def anchored_matches(pattern: regex.Pattern, anchor: regex.Pattern, text: str,
                     timeout: float) -> list[regex.Match]:
    """The matches of ``pattern`` in ``text``, as ``pattern.finditer(text)`` gives them
    when no match starts but after a place ``anchor`` matches, within ``_LINES`` lines
    and ``REACH`` characters of it."""
    out: list[regex.Match] = []
    last = 0
    for start, end in _windows(anchor, text, timeout):
        pos = max(start, last)
        if pos > end:
            continue
        found = _search(pattern, text, pos, end, min(len(text), end + _MARGIN), timeout)
        if found and found[-1].end() > end + _MARGIN - _NEAR_CUT and end + _MARGIN < len(text):
            found = _search(pattern, text, pos, end, len(text), timeout)
        out += found
        if found:
            last = found[-1].end()
    return out


def _search(pattern: regex.Pattern, text: str, pos: int, last_start: int, endpos: int,
            timeout: float) -> list[regex.Match]:
    """The matches from ``pos`` that start at ``last_start`` or before it."""
    out = []
    for m in pattern.finditer(text, pos, endpos, timeout=timeout):
        if m.start() > last_start:
            break
        out.append(m)
    return out


def _windows(anchor: regex.Pattern, text: str, timeout: float) -> list[tuple[int, int]]:
    """Where a match may start: from each place the anchor matches to the start of the
    ``_LINES``-th line under it or ``REACH`` characters on, the spans that overlap merged."""
    windows: list[tuple[int, int]] = []
    for m in anchor.finditer(text, overlapped=True, timeout=timeout):
        reach = min(len(text), m.start() + REACH)
        end = m.start()
        for _ in range(_LINES):
            end = text.find("\n", end, reach)
            if end < 0:
                end = reach
                break
            end += 1
        if windows and m.start() <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((m.start(), end))
    return windows
