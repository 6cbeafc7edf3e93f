"""The words every match of a pattern holds, read off its parse tree (CPython's private
``re._parser``, as ``redact.detect.triggers`` reads it), and whether a letter may stand
before them: a short word a pattern holds only where a word starts ("no" as a word, not in
"know"; "PAN", not in "JAPAN") is tested so, which skips the pattern in far more texts."""

from __future__ import annotations

import re._constants as sre
import re._parser as sre_parse
from typing import Any

__all__ = ["part_inside", "pattern_words"]


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


def pattern_words(seq: list, bounded: bool = False) -> list[tuple[frozenset[str], bool]]:
    """Sets of words, one of each set in every match of ``seq`` (a conjunction of
    alternatives): runs of literal characters, a branch's alternatives together; each with
    whether every match holds it where no letter stands before it (``bounded``:
    ``seq`` starts so; ``_bounds`` says where else)."""
    out: list[tuple[frozenset[str], bool]] = []
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
            out.append((frozenset("".join(run) + lead for lead in leads), run_bounded))
        if run:
            out.append((frozenset(["".join(run)]), run_bounded))
            run = []
        part = part_inside(op, av)
        if part is not None:  # a lookbehind's text ends here: where it starts, none says
            out += pattern_words(part, bounded and not (op == sre.ASSERT and av[0] < 0))
        elif op == sre.BRANCH:
            per_branch = [pattern_words(list(branch), bounded) for branch in av[1]]
            if all(per_branch):
                best = [max(w, key=lambda x: min(map(len, x[0]))) for w in per_branch]
                out.append((frozenset().union(*(w for w, _ in best)), all(b for _, b in best)))
        bounded = _bounds(op, av, bounded)
    if run:
        out.append((frozenset(["".join(run)]), run_bounded))
    return out


# the classes of every letter a lookaround next to a word may rule out: "(?<![^\W_]|...)"
_NO_LETTER = [list(sre_parse.parse(c))[0][1] for c in (r"[^\W_]", r"\w", r"[^\W\d_]", r"[^\W\d]")]
_LETTER_NEXT = "letter next"  # bounded where a letter follows ("\\b", "(?![^\\W\\d_])")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


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
        ends = [_after(list(b), bounded) for b in av[1]]
        return True if all(e is True for e in ends) else all(ends) and _LETTER_NEXT
    if op in _REPEATS and len(av[2]) == 1 and list(av[2])[0][0] == sre.IN \
            and _letterless(list(av[2])[0][1]):
        return True if av[0] >= 1 else bounded
    return bounded if op == sre.ASSERT else False


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
