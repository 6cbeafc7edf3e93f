"""Identifiers named by their cue: "patient ID 0049213", "the alarm code is 4471",
"ИНН7700000000", "1956 г. р.". A value whose shape alone is ambiguous takes the category
of the words next to it.

A pack's ``cues`` table (rows of category, language, cue phrases, value shapes) compiles
here into ordinary rule specs, one per row: the cue is a lookbehind (a lookahead for cues
that follow their value), so the finding covers the value only, and the cue words become
the pattern's trigger (``redact.detect.triggers``): a text without them skips the row.
Scrub and check both load packs, so both read the same table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from redact.errors import ConfigError
from redact.records import CATEGORIES

__all__ = ["Cue", "CueTable", "read_cues"]

_ROW_KEYS = {"category", "entity", "language", "phrases", "shapes", "after", "last", "links",
             "gap", "score"}
_PUNCT = r"[^\w\n]{0,3}"  # ": ", " - ", " — ", "#" between cue, links and value
_LABEL_LINE = r":[ \t]*\r?\n[ \t]*"  # a form's label on the line above its value ("Phone:")
_GAP_WORD = 10  # the longest word of a gap: short words ("on the form", "I use", "для страховой")
_SCORE = 0.6  # above the default threshold without context: the cue is the context


@dataclass(frozen=True)
class Cue:
    """One row: values of ``shapes`` right after (or, ``after``, right before) one of
    ``phrases`` are ``category``; at most ``links`` connecting words between them."""

    category: str
    entity: str
    language: str
    phrases: tuple[str, ...]
    shapes: tuple[str, ...]
    after: bool = False
    last: bool = False  # a cue after its value ends a list's item: no word follows it on its line
    links: int = 2
    gap: bool = True  # a few ordinary words may stand between cue and link (``CueTable.gap``)
    score: float = _SCORE

    @property
    def name(self) -> str:
        """The recognizer's name: what a finding of this row gives as its detector."""
        return f"cue_{self.category.lower()}_{self.language}" + ("_after" if self.after else "")


@dataclass
class CueTable:
    """The rows of every pack, the named value shapes and the connecting words per
    language ("is", "number", "№"). Every row runs on text of any language: a cue in
    the other language (an English note with a "ИНН") is still a cue."""

    rows: list[Cue] = field(default_factory=list)
    shapes: dict[str, str] = field(default_factory=dict)
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "licence on the form: W55..", "the username I use is dmyers": at most ``gap`` short
    # words after the cue, the first of them one of ``gap_opens`` (a preposition or a
    # pronoun: "the phone bill is 120 000" names no phone), then one of ``gap_ends``
    gap: int = 0
    gap_opens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gap_ends: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def phrases(self, category: str, language: str) -> tuple[str, ...]:
        """The cue phrases of a category in a language (the spoken dates read the birth
        cues here)."""
        return tuple(p for row in self.rows if row.category == category
                     and row.language == language and not row.after for p in row.phrases)

    def names(self, category: str) -> frozenset[str]:
        """The detector names of a category's rows."""
        return frozenset(row.name for row in self.rows if row.category == category)

    def specs(self) -> list[dict[str, Any]]:
        """One recognizer spec per row, in Presidio's pack format."""
        out = []
        links = _alternation(tuple(w for ws in self.links.values() for w in ws))
        gap = self._gap()
        for row in self.rows:
            value = "(?:" + "|".join(f"(?:{self.shapes[s]})" for s in row.shapes) + ")"
            cue = _alternation(row.phrases)
            between = f"(?:{_PUNCT}{links}(?!\\w)){{0,{row.links}}}" if links != "(?!)" else ""
            if row.gap and gap:
                between = f"(?:{between}|{gap})" if between else f"(?:{gap})?"
            if row.after:
                alone = "(?![ \\t]*[^\\W\\d])" if row.last else ""
                regex_ = f"(?<![\\w.,/-]){value}(?={_PUNCT}{cue}(?![^\\W\\d]){alone})"
            else:  # a glued value ("ИНН7700000000") follows its cue directly
                regex_ = (f"(?<=(?<![\\w:/$.{{@+=%-]){cue}(?![^\\W\\d]){between}"
                          f"(?:{_PUNCT}|{_LABEL_LINE})){value}")
            out.append({
                "name": row.name,
                "supported_entity": row.entity, "category": row.category,
                "patterns": [{"name": f"{row.category.lower()} named by its cue",
                              "regex": regex_, "score": row.score}],
            })
        return out

    def _gap(self) -> str:
        """A few short words on the cue's line, the first a preposition or a pronoun, then
        a word or sign that hands over to the value (": ", " is "); empty without them."""
        opens = tuple(o for os_ in self.gap_opens.values() for o in os_)
        ends = tuple(e for es in self.gap_ends.values() for e in es)
        if not self.gap or not opens or not ends:
            return ""
        signs = "".join(regex.escape(e) for e in sorted(set(ends)) if not e.isalpha())
        words = _alternation(tuple(e for e in ends if e.isalpha()))
        end = "|".join(([f"[ \\t]*[{signs}]"] if signs else [])
                       + ([f"[ \\t]+{words}(?!\\w)"] if words != "(?!)" else []))
        return (f"[ \\t]+{_alternation(opens)}(?!\\w)"
                f"(?:[ \\t]+[^\\W\\d_]{{1,{_GAP_WORD}}}){{0,{self.gap - 1}}}(?:{end})")


def _alternation(words: tuple[str, ...]) -> str:
    """Case-blind whole phrases, longest first; a space stands for any run of spaces."""
    if not words:
        return "(?!)"
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(regex.escape(w).replace(r"\ ", " ") for w in ordered) + ")"


def read_cues(data: dict[str, Any], where: str, table: CueTable) -> None:
    """Add a pack's ``cue_shapes``, ``cue_links`` and ``cues`` rows to ``table``, checked."""
    for name, source in (data.get("cue_shapes") or {}).items():
        try:
            regex.compile(source)
        except (TypeError, regex.error) as err:
            raise ConfigError(f"{where}: cue shape {name!r} is not a valid pattern: {err}") \
                from None
        table.shapes[str(name)] = source
    for lang, words in (data.get("cue_links") or {}).items():
        table.links[str(lang)] = table.links.get(str(lang), ()) + tuple(map(str, words))
    gap = data.get("cue_gap") or {}
    if not isinstance(gap, dict) or not isinstance(gap.get("words", 0), int):
        raise ConfigError(f"{where}: cue_gap must be a mapping with a whole number of words")
    table.gap = max(table.gap, gap.get("words", 0))
    for lang, opens in (gap.get("opens") or {}).items():
        table.gap_opens[str(lang)] = table.gap_opens.get(str(lang), ()) + tuple(map(str, opens))
    for lang, ends in (gap.get("ends") or {}).items():
        ends = tuple(map(str, ends))
        if not all(e.isalpha() or len(e) == 1 for e in ends):
            raise ConfigError(f"{where}: a gap's end is a word or one sign, not {ends}")
        table.gap_ends[str(lang)] = table.gap_ends.get(str(lang), ()) + ends
    for i, row in enumerate(data.get("cues") or []):
        table.rows.append(_row(row, f"{where}: cue row {i + 1}", table.shapes))


def _row(row: Any, where: str, shapes: dict[str, str]) -> Cue:
    if not isinstance(row, dict):
        raise ConfigError(f"{where} must be a mapping")
    unknown = set(row) - _ROW_KEYS
    if unknown:
        raise ConfigError(f"{where} has unknown keys {sorted(unknown)}")
    if row.get("category") not in CATEGORIES:
        raise ConfigError(f"{where} has unknown category {row.get('category')!r}")
    phrases, wanted = row.get("phrases") or [], row.get("shapes") or []
    if not phrases or not all(isinstance(p, str) for p in phrases):
        raise ConfigError(f"{where} needs phrases, as strings")
    missing = [s for s in wanted if s not in shapes]
    if not wanted or missing:
        raise ConfigError(f"{where} names unknown shapes {missing} (known: {sorted(shapes)})")
    return Cue(category=row["category"], entity=str(row.get("entity") or row["category"]),
               language=str(row.get("language") or "en"), phrases=tuple(phrases),
               shapes=tuple(wanted), after=bool(row.get("after", False)),
               last=bool(row.get("last", False)),
               links=int(row.get("links", 2)), gap=bool(row.get("gap", True)),
               score=float(row.get("score", _SCORE)))
