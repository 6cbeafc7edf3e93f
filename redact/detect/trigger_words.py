"""The words every match of a pattern holds, read off its parse tree (CPython's private
``re._parser``, as ``redact.detect.triggers`` reads it), and whether a letter may stand
before them: a short word a pattern holds only where a word starts ("no" as a word, not in
"know"; "PAN", not in "JAPAN") is tested so, which skips the pattern in far more texts.
Beside the words, the runs every match holds: of digits ("\\d{7}"), and of one class
where case counts ("[A-Z]{3}", an acronym's capitals), which a class alone cannot say."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

import regex

__all__ = ["DIGIT", "Words", "class_runs", "digit_run", "is_letter", "part_inside", "pattern_words"]

DIGIT = (sre.CATEGORY, sre.CATEGORY_DIGIT)  # a class's item "\d"


def part_inside(op: Any, av: Any) -> list | None:
    """The part of a pattern node every match holds whole: a group's, a lookaround's (its
    text is in the text too) or that of a part repeated at least once; None for others."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return list(av[2]) if av[0] >= 1 else None
    if op == sre.SUBPATTERN:
        return list(av[3])
    if op == sre.ATOMIC_GROUP:
        return list(av)
    if op == sre.ASSERT:
        return list(av[1])
    return None


Words = tuple[frozenset[str], frozenset[str]]  # a set of words, and those of it that start a word


def pattern_words(seq: list, bounded: bool | str = False) -> list[Words]:
    """Sets of words, one of each set in every match of ``seq`` (a conjunction of
    alternatives): runs of literal characters, a branch's alternatives together; each with
    the words of it every match holds where no letter stands before them (``bounded``:
    ``seq`` starts so; ``_bounds`` says where else). A word is told apart from the others
    of its set: a cue's "no" starts a word where a "#" beside it may follow a letter."""
    out: list[Words] = []
    run: list[str] = []
    run_bounded = False
    for op, av in seq:
        if op == sre.LITERAL:
            if not run:
                run_bounded = bounded is True or bool(bounded) and chr(av).isalpha()
            run.append(chr(av))
            bounded = False
            continue
        if run and op == sre.BRANCH and all(leads := [_lead(list(b)) for b in av[1]]):
            # "code|combo" parses as "co(?:de|mbo)": the prefix the parser took out of
            # the alternatives goes back in front of each
            out.append(_words(["".join(run) + lead for lead in leads], run_bounded))
        if run:
            out.append(_words(["".join(run)], run_bounded))
            run = []
        part = part_inside(op, av)
        if part is not None:  # a lookbehind's text ends here: where it starts, none says
            out += pattern_words(part, bounded and not (op == sre.ASSERT and av[0] < 0))
        elif op == sre.BRANCH:
            per_branch = [pattern_words(list(branch), bounded) for branch in av[1]]
            if all(per_branch):
                best = [max(w, key=lambda x: min(map(len, x[0]))) for w in per_branch]
                free = frozenset().union(*(w - starts for w, starts in best))
                out.append((frozenset().union(*(w for w, _ in best)),
                            frozenset().union(*(starts for _, starts in best)) - free))
        bounded = _bounds(op, av, bounded)
    if run:
        out.append(_words(["".join(run)], run_bounded))
    return out


def _words(words: list[str], bounded: bool) -> Words:
    """Words of a set, each starting a word if ``bounded``."""
    return frozenset(words), frozenset(words) if bounded else frozenset()


def is_letter(c: str) -> bool:
    """Whether ``c`` is a letter as a bounded word's lookbehind reads it: a word after it
    does not start a word."""
    return c.isalpha() if c.isascii() else _LETTER.match(c) is not None


def digit_run(seq: list) -> int:
    r"""The most digits in a row every match of ``seq`` holds (``\d{3}-\d{7}``: 7)."""
    best = run = 0
    for op, av in seq:
        if _is_digit(op, av):
            run += 1
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and len(av[2]) == 1 \
                and _is_digit(*list(av[2])[0]):
            run += av[0]
            if av[0] != av[1]:  # a longer run ends wherever the repeat does
                best, run = max(best, run), 0
            continue
        best, run = max(best, run), 0
        if (inside := part_inside(op, av)) is not None:
            best = max(best, digit_run(inside))
        elif op == sre.BRANCH:
            best = max(best, min(digit_run(list(branch)) for branch in av[1]))
    return max(best, run)


def _is_digit(op: Any, av: Any) -> bool:
    r"""A single digit: ``\d``, ``[0-9]`` or a digit character."""
    if op == sre.LITERAL:
        return chr(av).isdigit()
    if op == sre.IN:
        return all(i == DIGIT or i[0] == sre.RANGE and chr(i[1][0]).isdigit()
                   and chr(i[1][1]).isdigit() or i[0] == sre.LITERAL and chr(i[1]).isdigit()
                   for i in av)
    return False


def class_runs(seq: list, ignore_case: bool = False) -> list[tuple[tuple, int, bool]]:
    """The runs of one class every match of ``seq`` holds, a class repeated ("[A-Z]{3,6}":
    three of [A-Z]), each with its least count and whether case is ignored where it stands
    (``ignore_case`` where ``seq`` does; a group's flags switch it): where it is not, a run
    of capitals is one, where prose holds a capital in nearly every sentence. A class of
    digits alone is ``digit_run``'s; a class with a category or a negation is left out."""
    out: list[tuple[tuple, int, bool]] = []
    for op, av in seq:
        if op in _REPEATS and av[0] >= 2 and len(av[2]) == 1:
            kind, value = list(av[2])[0]
            items = ((kind, value),) if kind == sre.LITERAL else tuple(value) if kind == sre.IN \
                and all(i[0] in (sre.LITERAL, sre.RANGE) for i in value) else ()
            if items and not _is_digit(sre.IN, items):
                out.append((items, av[0], ignore_case))
                continue
        if op == sre.SUBPATTERN:
            out += class_runs(list(av[3]), (ignore_case or bool(av[1] & re.IGNORECASE))
                              and not av[2] & re.IGNORECASE)
        elif (inside := part_inside(op, av)) is not None:
            out += class_runs(inside, ignore_case)
    return out


# the classes of every letter a lookaround next to a word may rule out: "(?<![^\W_]|...)"
_NO_LETTER = [list(sre_parse.parse(c))[0][1] for c in (r"[^\W_]", r"\w", r"[^\W\d_]", r"[^\W\d]")]
_LETTER_NEXT = "letter next"  # bounded where a letter follows ("\\b", "(?![^\\W\\d_])")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_LETTER = regex.compile(r"[^\W\d_]")


def _bounds(op: Any, av: Any, bounded: bool | str) -> bool | str:
    r"""Whether what follows node ``op`` (after a node before it that was ``bounded``)
    starts where no letter stands before it: after the text's or a line's start, after a
    lookbehind that rules out every letter (``(?<![^\W_]|...)``) or a character that is
    none (``[ 	]+``, ``[^\w
]{0,3}`` after a bounded place); before a letter after
    ````, or after a lookahead that rules out a letter next ("PAN(?![^\W\d_])[^\w]{0,3}no":
    "no" cannot follow "PAN" directly); another zero-width node keeps what held before it."""
    if op == sre.AT:
        if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BEGINNING_LINE):
            return True
        return bounded or _LETTER_NEXT if av == sre.AT_BOUNDARY else bounded
    if op == sre.ASSERT_NOT:
        body = list(av[1])
        branches = [list(b) for b in body[0][1][1]] if len(body) == 1 and body[0][0] == sre.BRANCH \
            else [body]
        if any(len(b) == 1 and b[0][0] == sre.IN and b[0][1] in _NO_LETTER for b in branches):
            return True if av[0] < 0 else bounded or _LETTER_NEXT
        return bounded
    if op == sre.IN and _letterless(av):
        return True
    if op == sre.LITERAL:
        return not chr(av).isalpha()
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):  # as its last node leaves it
        return _after(list(av[3] if op == sre.SUBPATTERN else av), bounded)
    if op == sre.BRANCH:
        return _either([_after(list(b), bounded) for b in av[1]])
    if op in _REPEATS:  # as one of its counts leaves it: three of them reach every state
        ends = [bounded] if av[0] == 0 else []
        for _ in range(min(av[1], 3)):
            ends.append(bounded := _after(list(av[2]), bounded))
        return _either(ends)
    return bounded if op == sre.ASSERT else False


def _either(ends: list[bool | str]) -> bool | str:
    """What holds after one of several ways through: what holds after each."""
    return True if all(e is True for e in ends) else all(ends) and _LETTER_NEXT


def _after(seq: list, bounded: bool | str) -> bool | str:
    """``_bounds`` after the nodes of ``seq``."""
    for op, av in seq:
        bounded = _bounds(op, av, bounded)
    return bounded


def _letterless(items: list) -> bool:
    """Whether a class matches no letter: "[^\\w\\n]", "[ \\t:.-]", "\\s"."""
    if items[:1] == [(sre.NEGATE, None)]:
        return (sre.CATEGORY, sre.CATEGORY_WORD) in items
    for kind, value in items:
        if kind == sre.LITERAL and chr(value).isalpha() or kind == sre.CATEGORY and value not in (
                sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE) or kind == sre.RANGE and (
                value[1] - value[0] > 255 or any(chr(c).isalpha() for c in range(value[0], value[1] + 1))):
            return False
        if kind not in (sre.LITERAL, sre.CATEGORY, sre.RANGE):
            return False
    return True


def _lead(seq: list) -> str:
    """The literal characters ``seq`` starts with."""
    lead = []
    for op, av in seq:
        if op != sre.LITERAL:
            break
        lead.append(chr(av))
    return "".join(lead)
