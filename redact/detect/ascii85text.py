"""Text written out as Ascii85, each character read back with the group of five it came from: a
name or an address in a PostScript or PDF stream (``<~87cURD]i,"Ebo80~>``), in a PDF stream
that the ``/ASCII85Decode`` filter reads (its data ends in ``~>`` alone), or where a writer
names the encoding (``ascii85: 87cURD]i,"Ebo80``, ``btoa``, ``base85``).

Ascii85's alphabet is nearly all of printable ASCII, so any word of prose is a run of it: a
run is read only inside Adobe's ``<~`` ... ``~>`` or after a word that names the encoding,
and only where its bytes are UTF-8 that spells a name (the test base64's decoder uses:
``redact.detect.base64text.names_someone``) or an e-mail address. Each group of five characters
is four bytes (``z`` four zero bytes, a last group of two to four characters one to three
bytes: ``base64.a85decode``); whitespace inside a run is no part of it. "base85" also names
the alphabet of RFC 1924, git's binary patches and Python's ``b85encode``
(``0-9A-Za-z!#$%&()*+-;<=>?@^_`{|}~``): after that word, a run is read in it too.
The delimiters read as the space around the value.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator

from redact.detect.base64text import names_someone
from redact.detect.escapes import Edit, decode_bytes, stretched

__all__ = ["ascii85_runs"]

# Adobe's delimited run, on one line or wrapped: "~" is in no group, so the run stops at the
# first one
_DELIMITED = re.compile(r"<~([!-uz \t\r\n]{2,4000}+)~>")
# a word that names the encoding, then up to three runs after it, within one line
_CUE = re.compile(r"(?i)(?<![\w-])(?:ascii[ -]?85(?:decode)?|a85|btoa|(base[ -]?85|b85))(?![\w-])")
_WINDOW = 60
_RUNS_AFTER_CUE = 3
_ADOBE_RUN = re.compile(r"[!-uz]{7,400}+")
_RFC1924_RUN = re.compile(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{7,400}+")
# what may wrap a run in prose: quotes and brackets before, those and punctuation after
_OPENERS = "\"'(["
_CLOSERS = "\"')],.;:"
_SPACES = re.compile(r"[ \t\r\n]++")
# a group: "z" (Adobe's four zero bytes) or five characters, the last one two to five, with
# the whitespace inside it (a NUL here) skipped
_GROUPS = {False: re.compile(r"z|(?:[^\0z]\0*+){1,5}+"), True: re.compile(r"(?:[^\0]\0*+){1,5}+")}
_Decoder = Callable[[str], bytes]


def ascii85_runs(text: str) -> Iterator[Edit]:
    """Each character of an Ascii85 run that decodes to a name or an address, with its group
    of five; the delimiters as spaces."""
    if "~>" not in text and "85" not in text and "btoa" not in text:
        return
    edits: list[Edit] = []
    if "<~" in text:
        for m in _DELIMITED.finditer(text):
            found = list(_read(text, m.start(1), m.end(1), base64.a85decode))
            if found:
                edits += [(m.start(), m.start(1), " "), *found, (m.end(1), m.end(), " ")]
    cues = list(_CUE.finditer(text))
    for cue, then in zip(cues, [*(c.start() for c in cues[1:]), len(text)]):
        edits += _after_cue(text, cue, then)
    end = -1
    for edit in sorted(edits):
        if edit[0] >= end:
            yield edit
            end = edit[1]


def _after_cue(text: str, cue: re.Match[str], then: int) -> list[Edit]:
    """The first run after a cue (on its line, within a short reach, before the next cue at
    ``then``) that decodes to a name or an address, in Adobe's alphabet, and in RFC 1924's
    after "base85"."""
    stop = text.find("\n", cue.end(), cue.end() + _WINDOW)
    stop = min(cue.end() + _WINDOW if stop < 0 else stop, then)
    alphabets: list[tuple[re.Pattern[str], _Decoder]] = [(_ADOBE_RUN, base64.a85decode)]
    if cue.group(1):
        alphabets.append((_RFC1924_RUN, base64.b85decode))
    for run_re, decoder in alphabets:
        for run in list(run_re.finditer(text, cue.end(), stop))[:_RUNS_AFTER_CUE]:
            for begin, end in _trimmed(text, run.start(), run.end()):
                found = list(_read(text, begin, end, decoder))
                if found:
                    tail = end + 2 if text.startswith("~>", end) else end
                    return found if tail == end else [*found, (end, tail, " ")]
    return []


def _trimmed(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
    """The run, then the run without a quote or bracket around it, without the punctuation
    that ends a sentence or a clause after it."""
    yield begin, end
    lead = 1 if text[begin] in _OPENERS else 0
    for cut in (1, 2):
        if end - cut > begin + lead and all(c in _CLOSERS for c in text[end - cut:end]):
            yield begin + lead, end - cut
    if lead:
        yield begin + lead, end


def _read(text: str, begin: int, end: int, decoder: _Decoder) -> Iterator[Edit]:
    """The run's characters if its bytes are UTF-8 of a name or an address (read whole
    first, by the standard library's decoder, then group by group for where each came from)."""
    body = _SPACES.sub("", text[begin:end])
    if len(body.replace("z", "") if decoder is base64.a85decode else body) % 5 == 1:
        return  # a last group of one character: no encoder writes it (a sign after the run)
    try:
        read = decoder(body).decode("utf-8")
    except (binascii.Error, ValueError):
        return
    if not names_someone(read):
        return
    data: list[tuple[int, int, int]] = []
    groups = _GROUPS[decoder is base64.b85decode]
    for group in groups.finditer(_SPACES.sub(lambda m: "\0" * len(m.group()), text[begin:end])):
        places = [begin + group.start() + i for i, c in enumerate(group.group()) if c != "\0"]
        got = decoder("".join(text[i] for i in places))
        data += [(b, places[0], places[-1] + 1) for b in got]
    yield from stretched(decode_bytes(data, "utf-8"), begin, end)
