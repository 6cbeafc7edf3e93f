"""Member names that hold values: in any JSON (``json``, ``jsonl``) a name can be what
people wrote, as in a contacts map keyed by email. Names are scanned and replaced like
values, but two names of one object must never become equal: JSON readers keep one of two
members of one name, so the output would lose a member. A replacement that would make a
name equal to another of its object (two values masked alike, removed, or tagged as one
identity) is not made: the name stays as written and a warning names its place. Where
names can be values, a path the report shows names none of them (``field_name``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from redact.spans import apply_changes

__all__ = ["MEMBER_NAME", "Member", "clashing_names", "field_name"]

MEMBER_NAME = "(member name)"  # the field path of a name's segment and findings

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")  # a name shown as written in a path


@dataclass
class Member:
    """A member name as scanned: the record it is in (its start), its path (ending in the
    name) and its literal's place in the text."""

    record: int
    path: tuple[str | int, ...]
    start: int
    end: int

    @property
    def parent(self) -> tuple[int, tuple[str | int, ...]]:
        return self.record, self.path[:-1]


def clashing_names(text: str, edits: list[tuple[int, int, str]], members: list[Member],
                   first_line: int) -> tuple[set[int], list[str]]:
    """The edits (indices) to leave out, and a warning per name kept as written: a name
    whose replacement equals a name its object keeps, or the replacement of an earlier
    name in it."""
    inside: dict[int, list[int]] = {}  # member -> its edits
    order = sorted(range(len(edits)), key=lambda i: edits[i][0])
    m, by_start = 0, sorted(range(len(members)), key=lambda i: members[i].start)
    for i in order:
        start, end, _ = edits[i]
        while m < len(by_start) and members[by_start[m]].end <= start:
            m += 1
        if m < len(by_start) and members[by_start[m]].start <= start and end <= members[by_start[m]].end:
            inside.setdefault(by_start[m], []).append(i)
    if not inside:
        return set(), []
    final = {i: members[i].path[-1] for i in range(len(members))}
    for i, own in inside.items():
        member = members[i]
        local = [(s - member.start, e - member.start, r) for s, e, r in (edits[j] for j in own)]
        final[i] = json.loads(apply_changes(text[member.start:member.end], local))
    kept: set[int] = set()
    while True:  # each round keeps at least one more name as written: it ends
        taken = {(members[i].parent, final[i]) for i in final if i not in inside or i in kept}
        clash = []
        for i in sorted(i for i in inside if i not in kept):  # the first to a name has it
            name = (members[i].parent, final[i])
            clash += [i] if name in taken else []
            taken.add(name)
        if not clash:
            break
        for i in clash:
            kept.add(i)
            final[i] = members[i].path[-1]
    warnings = [f"line {first_line + text.count(chr(10), 0, members[i].start)}: "
                f"{_where(i, members, final, kept)} is kept as written: replaced, it would "
                "equal another member's name in its object" for i in sorted(kept)]
    return {j for i in kept for j in inside[i]}, warnings


def _where(index: int, members: list[Member], final: dict[int, str | int], kept: set[int]) -> str:
    """The name's place as a JSON path of output names, never a value: a name kept as
    written is named by its position in its object."""
    by_name: dict[tuple, int] = {}  # (record, path): the member written last before ``index``
    for i, member in enumerate(members):
        if member.record == members[index].record and member.start <= members[index].start:
            by_name[member.record, member.path] = i
    target = members[index]
    out = "$"
    for depth, part in enumerate(target.path):
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        i = by_name.get((target.record, target.path[:depth + 1]))
        if i is None or i in kept:
            siblings = [m for m in members if m.parent == (target.record, target.path[:depth])
                        and m.start <= (members[i].start if i is not None else target.start)]
            out += f"[member {len(siblings)}]"
        else:
            name = str(final[i])
            out += f".{name}" if _NAME.fullmatch(name) else f"[{json.dumps(name, ensure_ascii=False)}]"
    return out


def field_name(path: tuple[str | int, ...], keys_are_data: bool) -> str:
    """A field's path as the report names it, never a value: list items as ``[]``, and
    ``*`` for a member name that could be one (any name where names are data, but the
    last, which is metadata there; a name that is not a plain identifier elsewhere)."""
    last = max((i for i, part in enumerate(path) if isinstance(part, str)), default=-1)
    out = ""
    for i, part in enumerate(path):
        if isinstance(part, int):
            out += "[]"
            continue
        plain = _NAME.fullmatch(part) and (not keys_are_data or i == last)
        out += ("." if out else "") + (part if plain else "*")
    return out
