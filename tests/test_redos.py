"""The shipped rule packs cannot be made to backtrack for ever: every pattern runs on
texts built from its own structure to make a backtracking engine work hardest (long runs
of what its classes accept ended by a character that fails, the same prefix over and
over, a prefix followed by a run, repeated groups at full length), each of the largest
segment size, under a tight timeout. A pattern with an anchor runs as the recognizer runs
it, near its anchor's matches (``redact.detect.anchored``): on the texts made from it,
and on each after one made from the anchor (a cue, then its value's hardest text); the
anchor is tried on its own texts."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable
from functools import partial

import pytest
import regex

from redact.detect.anchored import anchored_matches
from redact.detect.packs import load_rules
from redact.formats.base import MAX_SEGMENT_CHARS

SIZE = MAX_SEGMENT_CHARS  # a longer line is detected in parts of this length
TIMEOUT = 1.0  # seconds, the default rule timeout: a linear pattern takes milliseconds here
FAIL = "\x00"  # ends a run: no pattern accepts it
GENERIC = "aA1 я.\n"  # letter, capital, digit, space, Cyrillic, dot, line break
_CATEGORY = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_NOT_DIGIT: "a", sre.CATEGORY_SPACE: " ",
             sre.CATEGORY_NOT_SPACE: "a", sre.CATEGORY_WORD: "a", sre.CATEGORY_NOT_WORD: " "}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _class_chars(items) -> list[str]:
    """Characters a class accepts: each literal, both ends of each range."""
    if items and items[0][0] == sre.NEGATE:
        return ["Z" if (sre.LITERAL, ord("a")) in items else "a"]
    out = []
    for kind, value in items:
        if kind == sre.LITERAL:
            out.append(chr(value))
        elif kind == sre.RANGE:
            out += [chr(value[0]), chr(value[1])]
        elif kind == sre.CATEGORY:
            out.append(_CATEGORY.get(value, "a"))
    return out or ["a"]


def _repeated_chars(seq, repeated: bool = False) -> list[str]:
    """Characters the pattern accepts inside a repetition: what a long run is made of."""
    out: list[str] = []
    for op, av in seq:
        if op == sre.LITERAL and repeated:
            out.append(chr(av))
        elif op == sre.IN and repeated:
            out += _class_chars(av)
        elif op == sre.CATEGORY and repeated:
            out.append(_CATEGORY.get(av, "a"))
        elif op == sre.ANY and repeated:
            out.append("a")
        elif op in _REPEATS:
            out += _repeated_chars(av[2], repeated or av[1] > 1)
        elif op == sre.SUBPATTERN:
            out += _repeated_chars(av[3], repeated)
        elif op == sre.ATOMIC_GROUP:
            out += _repeated_chars(av, repeated)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            out += _repeated_chars(av[1], repeated)
        elif op == sre.BRANCH:
            for branch in av[1]:
                out += _repeated_chars(branch, repeated)
    return out


def _witnesses(seq, count: Callable[[int, int, list], int]) -> list[str]:
    """Texts that walk the pattern from its start (a few choices of branch), each repeat
    taken ``count(min, max, body)`` times, cut at SIZE characters."""
    out = [""]
    for op, av in seq:
        if op == sre.LITERAL:
            parts = [chr(av)]
        elif op == sre.NOT_LITERAL:
            parts = ["b" if av == ord("a") else "a"]
        elif op == sre.IN:
            parts = _class_chars(av)[:1]
        elif op == sre.ANY:
            parts = ["a"]
        elif op == sre.CATEGORY:
            parts = [_CATEGORY.get(av, "")]
        elif op in _REPEATS:
            low, high, body = av
            n = count(low, high, list(body))
            parts = [(w * (n if len(w) * n <= SIZE else SIZE // len(w) + 1))[:SIZE]
                     for w in _witnesses(list(body), count) if w]
        elif op == sre.SUBPATTERN:
            parts = _witnesses(list(av[3]), count)
        elif op == sre.ATOMIC_GROUP:
            parts = _witnesses(list(av), count)
        elif op == sre.BRANCH:
            parts = [w for branch in av[1] for w in _witnesses(list(branch), count)[:2]]
        else:  # anchors and lookarounds take no text
            continue
        out = [(w + p)[:SIZE] for w in out for p in parts[:8]][:8]
    return [w for w in out if w]


def _few(n: int) -> Callable[[int, int, list], int]:
    return lambda low, high, body: max(low, min(high, n))


def _groups_long(optional: int) -> Callable[[int, int, list], int]:
    """Repeated groups as often as allowed, characters as seldom, optional parts
    ``optional`` times: "a@a.a.a.a...", the shape that makes a repeated label backtrack."""
    def count(low: int, high: int, body: list) -> int:
        if high <= 1:
            return max(low, optional)
        single = len(body) == 1 and body[0][0] in (sre.IN, sre.LITERAL, sre.CATEGORY, sre.ANY)
        return low if single else min(high, SIZE)
    return count


def _all_long(low: int, high: int, body: list) -> int:
    return max(low, min(high, SIZE))


def _parsed(source: str, flags: int) -> list | None:
    """The pattern's parse tree, None for syntax only regex reads."""
    if "(?i)" in source:  # Python's parser, used here, wants global flags first
        source, flags = source.replace("(?i)", ""), flags | re.IGNORECASE
    try:
        return list(sre_parse.parse(source, flags & (re.IGNORECASE | re.VERBOSE)))
    except (re.error, ValueError, OverflowError, RecursionError):
        return None


def adversarial(source: str, flags: int) -> list[str]:
    """The texts a pattern is tried on, each about SIZE characters."""
    parsed = _parsed(source, flags)
    chars = _repeated_chars(parsed) if parsed else [c for c in source if not c.isspace()]
    short = _witnesses(parsed, _few(1)) + _witnesses(parsed, _few(4)) if parsed else []
    long = [w for count in (_groups_long(0), _groups_long(1), _all_long)
            for w in _witnesses(parsed, count)] if parsed else []
    chars = list(dict.fromkeys(list(GENERIC) + chars))
    tail = FAIL + (short[0] if short else "")  # the pattern's literals, for engines that look first
    words = [c for c in chars if c.isalnum()]
    marks = [c for c in chars if not c.isalnum()]
    texts = [c * SIZE + tail for c in chars]
    texts += [(c + d) * (SIZE // 2) + tail for c in words for d in marks]
    for w in list(dict.fromkeys(short))[:4]:
        texts += [w[:-1] + c * SIZE + tail for c in chars]
    for w in dict.fromkeys(short):
        for part in {w[:-1], w[:len(w) // 2], w + " "} - {""}:
            texts.append(part * (SIZE // len(part)) + tail)
    for w in dict.fromkeys(long):
        texts += [w + tail, w[:-1] + tail]
    return list(dict.fromkeys(texts))


def _shipped_patterns() -> dict[tuple[str, str | None, int], str]:
    """Each distinct (pattern, anchor, flags) of the built-in packs, named
    pack:recognizer/pattern."""
    out: dict[tuple[str, str | None, int], str] = {}
    for rec in load_rules().recognizers(["en", "ru"]):
        for pattern in rec.patterns:
            out.setdefault((pattern.regex, pattern.anchor, rec.global_regex_flags),
                           f"{rec.pack.rsplit('/', 1)[-1]}:{rec.name}/{pattern.name}")
    return out


def _times_out(source: str, flags: int, timeout: float = TIMEOUT,
               anchor: str | None = None) -> str | None:
    """The first adversarial text the pattern cannot get through in time, or None."""
    compiled = regex.compile(source, flags)
    texts = adversarial(source, flags)
    if anchor is None:
        runs = [(compiled.finditer, text) for text in texts]
    else:
        near = regex.compile(anchor, flags)
        parsed = _parsed(anchor, flags)
        cue = next((w for w in _witnesses(parsed, _few(1)) if near.search(w)), "") if parsed else ""
        near_run = partial(anchored_matches, compiled, near)
        runs = [(near.finditer, text) for text in adversarial(anchor, flags)]
        runs += [(near_run, cue + text) for text in texts]
        if cue:  # a cue every few characters: every place is near one
            runs += [(near_run, (cue + part) * (SIZE // len(cue + part)))
                     for part in (" ", ": ", " э-э- ", " a1 ")]
    for run, text in runs:
        try:
            for _ in run(text, timeout=timeout):
                pass
        except TimeoutError:
            return text
    return None


def test_no_shipped_pattern_backtracks_catastrophically():
    patterns = _shipped_patterns()
    assert len(patterns) > 50
    slow = [name for (source, anchor, flags), name in patterns.items()
            if _times_out(source, flags, anchor=anchor)]
    assert slow == []


@pytest.mark.parametrize("source", [
    r"(a|aa)+$",
    r"^(\w+\s?)*$",
    r"(\d+)*x",
    r"[\w.]+@[\w.]+\.[a-z]{2,}",
    r"\b(?:\w+[-.])*\w+@example\.com",
    r"\d+\s*\d+\s*\d+x",
    r"(?:\s*,\s*\w+)*;",
    r"\bkey\s*=\s*(?:'[^']*'|\S+)+;",
    r"(?i)(?:user\s?name|login)(?:\s+is)?\s*(\w+\s*)+!",
    # the Russian town before its parts were bounded: scanned again from every capital
    r"(?:(?:г\.\s*)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*,\s*)?(?:ул\.|улица)\s*[А-ЯЁ][а-яё]+",
])
def test_the_adversarial_texts_find_known_catastrophic_patterns(source):
    # a quarter of the rule timeout, hundreds of times what a linear pattern takes here:
    # "^(\w+\s?)*$" is quadratic to regex, and a fast machine gets through it in 0.9 s
    assert _times_out(source, re.DOTALL | re.MULTILINE, TIMEOUT / 4) is not None
