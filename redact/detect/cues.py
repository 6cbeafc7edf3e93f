"""Identifiers named by their cue: "patient ID 0049213", "the alarm code is 4471",
"ИНН7700000000", "1956 г. р.". A value whose shape alone is ambiguous takes the category
of the words next to it.

A pack's ``cues`` table (rows of category, language, cue phrases, value shapes) compiles
here into ordinary rule specs, one per row: the cue is a lookbehind (a lookahead for cues
that follow their value), so the finding covers the value only, and the cue words become
the pattern's trigger (``redact.detect.triggers``): a text without them skips the row.
Scrub and check both load packs, so both read the same table.

The grammar of a cue before its value: a phrase ("passport", "date of birth"), or a noun
that names an id only with a companion ("claim ref", "case no."), or an acronym in
capitals ("PAN"), or, on a row that takes ``any_acronym``, any acronym in capitals the
other rows do not know and no row lists as a thing's, with a companion after it ("NHI
no.", "MR #", "ЕНП №") or, on an ``alone`` row, of three letters or more by itself ("UPN
B402718364520", "IDNP 2004017123452"); then companions and connecting words ("details",
"number", "is", "серия и номер", "presented"), a person's noun in the genitive by its
ending ("паспорт доверителя", ``cue_whose``) or a country's abbreviation ("паспорт РБ"),
or a few words opened by a preposition or a participle ("on the form:", "от инета",
"produced at the desk:"), a bracketed aside before each of them ("licence number (ZW)
is"); then a format hint for the value's shape ("(mm/dd/yyyy)",
"ДД.ММ.ГГ"); then punctuation. A phrase may hold "..." where a few words can stand ("вход
... под": "вход на портал под gdunn"). Russian phrases are matched in every case and
number (``redact.morph``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from redact.detect.cue_gap import GapWords
from redact.detect.cue_labels import Labels, read_labels
from redact.detect.cue_operators import operator_rows
from redact.detect.cue_refs import References, read_references
from redact.detect.validators import VALIDATORS
from redact.errors import ConfigError
from redact.morph import phrase_forms
from redact.records import CATEGORIES

__all__ = ["CUE_PREFIX", "Cue", "CueTable", "read_cues"]

CUE_PREFIX = "cue_"  # what the detector names of the table's rows start with

_ROW_KEYS = {"category", "entity", "language", "phrases", "nouns", "companions", "acronyms", "shapes",
             "after", "last", "links", "gap", "open_gap", "validator", "score", "any_acronym",
             "not_acronyms", "alone", "any_noun", "not_nouns", "compounds", "not_compounds"}
_PUNCT = r"[^\w\n]{0,3}"  # ": ", " - ", " — ", "#" between cue, links and value
_LABEL_LINE = r":[ \t]*\r?\n[ \t]*"  # a form's label on the line above its value ("Phone:")
_WORDS = r"(?:[ \t]+[^\s\d]{1,24})"  # "..." of a phrase: "вход [на портал] под", "code for [it]"
# a cue holds letters, and what stands between its last letter and the value (signs, links,
# a bracketed aside, a label's line end) is never 64 characters without one: tested first,
# this spares each character of a run of signs ("#####", "№№№", read as links and
# punctuation alike) the backward search for a cue, which made such a run slow
_NEAR_LETTER = r"(?<=[^\W\d_][\W\d_]{0,64})"
_WORD_END = r"(?!(?<=\w)\w)"  # after a link: a word ends, or the link was a sign ("#J-1046")
# a qualifier between cue and value, or between cue and link: "licence (front): ...",
# "passport [UK]", "PIN No. (KRA):", "licence number (ZW) is", "ID no. (13 digits)"; a
# letter inside ("(555) 123-4567" is a phone's area code, no aside)
# or a filler set off by commas, dashes or dots, a word or two of any language a speaker
# puts between ("licence number, hai, is", "номер, значит, 4587", "ID no., you know, is",
# "number - ne - is", "number… eto… is")
_FILLER = r"[^\W\d_]{1,10}(?:[ \t][^\W\d_]{1,10})?"
_ASIDE = (r"(?:[.:]?[ \t]*[(\[](?=[^()\[\]\n]{0,29}[^\W\d_])[^()\[\]\n]{1,30}[)\]]"
          rf"|\.?,[ \t]*{_FILLER},|[ \t]*(?:[—–-]|…|\.{{2,3}})[ \t]*{_FILLER}[ \t]*(?:[—–-]|…|\.{{2,3}}))?")
# a country, its abbreviation in capitals or its name in one or two capitalised words, stands
# where a connecting word does: "паспорт РБ KB 3094418", "паспорт гражданина РК N20463318",
# "passport of Kenya A1234567", "паспорт гражданина Республики Беларусь KB 3094418", after a
# comma as a form's label writes it ("national ID, Rwanda: 1196..."); or the
# language it is named in, a Russian adverb: "ИНН по-кыргызски 2010...", "номер по-фински"
_QUALIFIER = ("(?-i:[A-ZА-ЯЁ]{2}[A-ZА-ЯЁа-яё]?"
              "|[A-ZА-ЯЁ][a-zа-яё]{2,15}(?:[ ][A-ZА-ЯЁ][a-zа-яё]{2,15})?"
              "|по-[а-яё]{2,14}(?:ски|цки))")
_SCORE = 0.6  # above the default threshold without context: the cue is the context
# where a value after its cue can start: not inside a word, but for the digits of a glued
# one ("ИНН7700000000"); tested before the cue (with what the row's shapes start with), it
# spares most places the search for a cue behind them
_VALUE_START = r"(?:(?<![^\W\d_])|(?=\d))"
# between a companion and its noun: "the number on my licence", "номер моего полиса"
# ("number of staff 150" counts)
_WHOSE = ("(?:(?:(?i:on|from|in)[ \\t]+)?(?i:my|the|his|her|your|our|their|моего|моей|его|её|"
          "ее|их|нашего|нашей|вашего|вашей|твоего|твоей)[ \\t]+)?")
_CUE_WORD = regex.compile(r"[^\W\d_]+")
# A word cut short with a dot ("рожд.") is written with its ending after a hyphen as well
# ("рожд-я", "рожд-ия"): a phrase's abbreviation matches both.
_ABBREVIATED = regex.compile(r"(?<=[^\W\d_]{2})\\\.")
_ABBREVIATION = r"(?:\\.|-[^\\W\\d_]{1,3}\\.?)"
_ACRONYM = "[A-ZА-ЯЁ]{2,6}(?![^\\W\\d_])"  # "NHI", "PPS", "ЕНП"; not "Mr", not "MRNs"
_ACRONYM_ALONE = "[A-ZА-ЯЁ]{3,6}(?![^\\W\\d_])"  # "UPN", "IDNP"; not a flight's "SU 700"
# the head of an id's name, in the script of its row's language: "folder number", "номер
# папки", "průkaz č." (a row's list of things' nouns is of its own language)
_NOUN = {"ru": "[а-яёА-ЯЁ]{2,24}", "en": "[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]{2,24}"}
_CAPITALS = "(?-i:[A-ZА-ЯЁ]+)"
# before a cue: no letter, digit or sign that glues it into a path, an address or a key
# ("example.com/ssn"); Markdown's underscores ("__hospital no. 1__"), a pair ("FIN/NRIC no.")
_BEFORE_CUE = "(?<![^\\W_]|[^\\W_]_+|[:$.{@+=%-]|(?<![A-Z])/)"


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
    # a cue after its value ends a list's item, a value after its cue ends its clause: no
    # word follows on its line ("555 0134 office", "the code for the gate is 4471.")
    last: bool = False
    links: int = 2
    gap: bool = True  # a few ordinary words may stand between cue and link (``CueTable.gap``)
    score: float = _SCORE
    nouns: tuple[str, ...] = ()  # a cue only with a companion: "claim ref", not "claim"
    companions: tuple[str, ...] = ()  # the nouns' own, instead of the table's ("gate code")
    acronyms: tuple[str, ...] = ()  # matched in capitals only: "PAN", not "pan"
    open_gap: bool = False  # the gap needs no end: "пароль от инета Fsj3r3fHU24*RfDh"
    validator: str | None = None  # a named check of the value (``validators.VALIDATORS``)
    # any acronym in capitals before a companion ("NHI no. ZAC1234") but those other rows
    # know (they name their own category) and ``not_acronyms``, a thing's ("PO #", "ФЗ №")
    any_acronym: bool = False
    not_acronyms: tuple[str, ...] = ()
    alone: bool = False  # the acronym needs no companion: "IDNP 2004017123452"
    # any word before a companion ("folder number", "medical aid no.", "номер папки") but
    # ``not_nouns``, a thing's ("order number", "room no.", "номер заказа"): the value's
    # shape then asks for a long number
    any_noun: bool = False
    not_nouns: tuple[str, ...] = ()
    # number words a compound ends in, glued or after a hyphen ("Versichertennummer",
    # "BG-Nummer", "рентенферзихерунгснуммер"): the compound names a number as a noun and
    # its companion do, but for those opening with one of ``not_compounds``, a thing's
    # stem ("Rechnungsnummer", "Bestellnummer")
    compounds: tuple[str, ...] = ()
    not_compounds: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The recognizer's name: what a finding of this row gives as its detector."""
        return (f"{CUE_PREFIX}{self.category.lower()}_{self.language}"
                + ("_after" if self.after else "") + ("_acronym" if self.any_acronym else ""))


@dataclass
class CueTable:
    """The rows of every pack, the named value shapes and the connecting words per
    language ("is", "number", "№"). Every row runs on text of any language: a cue in
    the other language (an English note with a "ИНН") is still a cue."""

    rows: list[Cue] = field(default_factory=list)
    shapes: dict[str, str] = field(default_factory=dict)
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what completes an id's noun ("ref", "no.", "серия и номер"), needed after ``nouns``
    companions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per shape, how a form says the value is written ("dd/mm/yy", "(ДД.ММ.ГГГГ)")
    hints: dict[str, str] = field(default_factory=dict)
    # per shape, what its values start with, a few characters at most ("\\d", "[a-z]")
    starts: dict[str, str] = field(default_factory=dict)
    # "licence on the form: W55..", "the username I use is dmyers": at most ``gap`` short
    # words after the cue, the first of them one of ``gap_opens`` (a preposition, a pronoun
    # or a participle: "the phone bill is 120 000" names no phone), then one of
    # ``gap_ends``; at most ``open_gap`` where no end is needed
    gap: int = 0
    open_gap: int = 0
    gap_opens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gap_ends: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # per language, a word of whose before the opener: "bankgiro фирмы по окнам:"
    gap_whose: dict[str, str] = field(default_factory=dict)
    # per language, whose the id is by a person's noun's ending: "паспорт доверителя"
    whose: dict[str, str] = field(default_factory=dict)
    # the shapes a value may open with its printed label ("TPIN no. TPIN 33268534")
    labelled: Labels = field(default_factory=Labels)
    # what closes an utterance after a value that ends its clause ("... 1636 ok", "спасибо")
    closers: tuple[str, ...] = ()
    references: References = field(default_factory=References)  # ``redact.detect.cue_refs``

    def phrases(self, category: str, language: str) -> tuple[str, ...]:
        """The cue phrases of a category in a language (the spoken dates read the birth
        cues here)."""
        return tuple(p for row in self.rows if row.category == category
                     and row.language == language and not row.after for p in row.phrases)

    def acronym_names(self) -> frozenset[str]:
        """The detector names of the rows that read any acronym ("NHI no.", "IDNP"): a
        word in capitals before a value is no acronym ("ORDER NO. 123456")."""
        return frozenset(row.name for row in self.rows if row.any_acronym)

    def names(self, category: str | None = None) -> frozenset[str]:
        """The detector names of a category's rows (of every row, without one)."""
        return frozenset(row.name for row in self.rows
                         if category is None or row.category == category)

    def words(self) -> frozenset[str]:
        """Every word of every cue, casefolded ("birth", "dt", "aadhaar", "pan")."""
        phrases = [p for row in self.rows
                   for p in (*row.phrases, *row.nouns, *row.acronyms, *row.companions)]
        phrases += [p for ps in self.companions.values() for p in ps]
        return frozenset(w.casefold() for p in phrases for w in _CUE_WORD.findall(p))

    def specs(self) -> list[dict[str, Any]]:
        """One recognizer spec per row, in Presidio's pack format."""
        out = []
        companions = _alternation(tuple(w for ws in self.companions.values() for w in ws))
        links = _alternation(tuple(w for ws in (*self.links.values(), *self.companions.values())
                                   for w in ws))
        if self.whose:
            links = "(?:" + "|".join([links, *(f"(?<![^\\W\\d_]){p}" for p in self.whose.values())]) + ")"
        known = self._known_acronyms()
        # the things' acronyms the rows with a companion list ("PO #", "ISBN no.") are
        # things' for a row that reads an acronym alone as well
        things = tuple(sorted({a for row in self.rows if row.any_acronym and not row.alone
                               for a in row.not_acronyms}))
        signed = self._gap(signed=True)
        first = self._first()
        labels = self.labelled
        for row in self.rows:
            value = "(?:" + "|".join(f"(?:{self.shapes[s]})" for s in row.shapes) + ")"
            labelled = not row.after and labels.takes(row.shapes)
            cue = self._cue(row, _alternation(row.companions) if row.companions else companions,
                            known + things if row.alone else known, signed if row.gap else "")
            between = (f"(?:{_ASIDE}{_PUNCT}{links}{_WORD_END}){{0,{row.links}}}"
                       if links != "(?!)" else "")
            if between and row.links:
                between += f"(?:,?[ \\t]+{_QUALIFIER}(?![^\\W\\d_]))?"
            gap = self._gap(row.open_gap) if row.gap else ""
            if gap:
                between = f"(?:{between}|{gap})" if between else f"(?:{gap})?"
            between += _ASIDE
            hints = "|".join(self.hints[s] for s in row.shapes if s in self.hints)
            if hints:
                between += f"(?:{_PUNCT}(?:{hints})[)\\]]?(?!\\w))?"
            closer = f"(?!{_alternation(self.closers)}(?![^\\W\\d_])[ \\t]*(?:[^\\w \\t]|\\Z))"
            alone = f"(?![ \\t]*{closer}[^\\W\\d])" if row.last else ""
            if row.after:
                regex_ = f"(?<![\\w.,/-]){value}(?={_PUNCT}{cue}(?![^\\W\\d]){alone})"
            else:  # a glued value ("ИНН7700000000") follows its cue directly; "user@" opens
                # an email, no cue
                cued = (f"(?<={_BEFORE_CUE}{cue}(?!(?<=\\w)[^\\W\\d]|@){between}"
                        f"(?:{_PUNCT}|{_LABEL_LINE}))")
                tail = (labels.around(cued, value, companions, row.phrases, row.acronyms)
                        if labelled else cued + value)  # ``redact.detect.cue_labels``
                # a value's whole shape is tested before the search for its cue behind it (after
                # the cheap one for a letter), slow where letters and signs leave many places
                shape = labels.ahead(value, row.phrases) if labelled else f"(?={value})"
                regex_ = (f"{_VALUE_START}{self._start(row, labels.start(row.phrases) if labelled else '')}"
                          f"{_NEAR_LETTER}{shape}{tail}{alone}")
            pattern = {"name": f"{row.category.lower()} named by its cue", "regex": regex_,
                       "score": row.score}
            if not row.after and self._starts_anywhere(row):  # ``redact.detect.anchored``
                pattern["anchor"] = f"{first}{_BEFORE_CUE}{cue}(?!(?<=\\w)[^\\W\\d]|@)"
            spec = {
                "name": row.name,
                "supported_entity": row.entity, "category": row.category,
                "patterns": [pattern],
            }
            if row.validator:
                spec["validator"] = row.validator
            out.append(spec)
        return out + [s for s in [self.references.spec(self.rows)] if s]

    def _first(self) -> str:
        """A lookahead for what a cue starts with: a letter, a digit, or a sign a cue word
        starts with ("#", "№"). Tested first, it spares a run of other signs the lookbehind
        before a cue, which reads a run of underscores back at each of them."""
        words = [w for row in self.rows for w in (*row.phrases, *row.nouns, *row.acronyms,
                                                   *row.companions)]
        words += [w for ws in self.companions.values() for w in ws]
        signs = "".join(sorted({regex.escape(w[0]) for w in words if w and not w[0].isalnum()}))
        return f"(?=[^\\W_]{f'|[{signs}]' if signs else ''})"

    def _starts_anywhere(self, row: Cue) -> bool:
        """Whether a value may start at a lowercase letter, as most places of prose do: its
        lookbehind would be tried nearly everywhere, so it runs near its cues only; one that
        starts with a digit or a capital tries it there alone, cheaper than finding cues."""
        start = self._start(row)
        return not start or any(regex.match(start, c * 12) for c in "aя")

    def _start(self, row: Cue, label: str = "") -> str:
        """A lookahead for what a value of the row's shapes starts with, after its ``label``;
        empty when a shape does not say."""
        if not all(s in self.starts for s in row.shapes):
            return ""
        return f"(?={label}(?:" + "|".join(self.starts[s] for s in row.shapes) + "))"

    def _known_acronyms(self) -> tuple[str, ...]:
        """The one-word cues of the rows that name their own category, in capitals ("SSN",
        "PAN", "ИНН"): an open acronym row leaves them to those rows."""
        words = {w.upper() for row in self.rows if not row.any_acronym
                 for w in (*row.phrases, *row.nouns, *row.acronyms)
                 if _CUE_WORD.fullmatch(w) and len(w) <= 6}
        return tuple(sorted(words))

    @staticmethod
    def _cue(row: Cue, companions: str, known: tuple[str, ...] = (), signed: str = "") -> str:
        """A row's cue: a phrase, a noun with its companion after or before it ("claim ref",
        "the gate's code", "номер полиса"), a noun in capitals before where it is written and a colon ("ID on
        the form:", ``signed``), an acronym as written, or any acronym with its companion."""
        cues = [_alternation(row.phrases)] if row.phrases else []
        if row.nouns and companions != "(?!)":
            nouns = _alternation(row.nouns)
            cues.append(f"(?:{nouns}(?:['’]s)?{_PUNCT}{companions}{_WORD_END}"
                        f"|{companions}[ \\t]+{_WHOSE}{nouns})")
        capitals = [n.upper() for n in row.nouns if _CUE_WORD.fullmatch(n) and n.upper() != n.lower()]
        if capitals and signed:
            cues.append(f"(?-i:{'|'.join(map(regex.escape, capitals))})(?={signed})")
        if row.acronyms:
            cues.append("(?-i:" + "|".join(map(regex.escape, row.acronyms)) + ")")
        if row.any_acronym and (row.alone or companions != "(?!)"):
            others = "|".join(map(regex.escape, sorted({*known, *row.not_acronyms})))
            acronym = (f"(?-i:(?!(?:{others})(?![^\\W\\d_]))"
                       f"{_ACRONYM_ALONE if row.alone else _ACRONYM})")
            cues.append(acronym if row.alone else f"{acronym}{_PUNCT}{companions}{_WORD_END}")
        if row.any_noun and companions != "(?!)":
            things = _alternation(row.not_nouns)
            # a word in capitals is an acronym: the acronym rows read those ("PR #", "MR no.")
            noun = (f"(?<![^\\W\\d_])(?!{things}(?![^\\W\\d_]))(?!{_CAPITALS}(?![^\\W\\d_]))"
                    f"{_NOUN.get(row.language, _NOUN['en'])}(?![^\\W\\d_])")
            # a noun may carry a prefix's word ("ID-карта №", "SIM-card no."); Russian names
            # the number first as well: "номер папки", "номер медицинской карты"
            cues.append(f"(?:(?:[^\\W\\d_]{{1,8}}-)?{noun}[ \\t]*{companions}{_WORD_END}"
                        + (f"|{companions}(?:[ \\t]+{noun}){{1,3}})" if row.language == "ru"
                           else ")"))
        if row.compounds:
            stems = _alternation(row.not_compounds)
            cues.append(f"(?<![^\\W\\d_])(?!{stems})[^\\W\\d_]{{2,30}}?-?"
                        f"{_alternation(row.compounds)}(?![^\\W\\d_])")
        return cues[0] if len(cues) == 1 else "(?:" + "|".join(cues) + ")"

    def _gap(self, open_: bool = False, *, signed: bool = False) -> str:
        """The table's gap (``redact.detect.cue_gap``) as a pattern; empty without one."""
        return GapWords(tuple(o for os_ in self.gap_opens.values() for o in os_),
                        tuple(e for es in self.gap_ends.values() for e in es),
                        tuple(self.gap_whose.values()), self.gap, self.open_gap,
                        ).pattern(_alternation, open_, signed=signed)


def _alternation(words: tuple[str, ...]) -> str:
    """Case-blind whole phrases, longest first; "..." in one stands for up to three words
    (one to three at its end)."""
    if not words:
        return "(?!)"
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(map(_phrase, ordered)) + ")"


def _phrase(phrase: str) -> str:
    head, tail = (phrase[:-4], f"{_WORDS}{{1,3}}") if phrase.endswith(" ...") else (phrase, "")
    return f"{_WORDS}{{0,3}}[ \\t]+".join(_ABBREVIATED.sub(_ABBREVIATION, regex.escape(part))
                                          .replace(r"\ ", " ")
                                          for part in head.split(" ... ")) + tail


def read_cues(data: dict[str, Any], where: str, table: CueTable) -> None:
    """Add a pack's ``cue_shapes``, ``cue_links`` and ``cues`` rows to ``table``, checked."""
    table.shapes.update(_patterns(data, "cue_shapes", "cue shape", where))
    table.starts.update(_patterns(data, "cue_starts", "cue start", where, table.shapes))
    for lang, words in (data.get("cue_links") or {}).items():
        table.links[str(lang)] = table.links.get(str(lang), ()) + tuple(map(str, words))
    for lang, words in (data.get("cue_companions") or {}).items():
        table.companions[str(lang)] = (table.companions.get(str(lang), ())
                                       + _forms(tuple(map(str, words)), str(lang)))
    table.hints.update(_patterns(data, "cue_hints", "cue hint", where, table.shapes))
    table.whose.update(_patterns(data, "cue_whose", "cue whose", where))
    table.labelled = table.labelled.merge(read_labels(data, where, table.shapes))
    table.closers += tuple(map(str, data.get("cue_closers") or ()))
    table.references = read_references(data, where, table.references)
    gap = data.get("cue_gap") or {}
    if not isinstance(gap, dict) or not all(isinstance(gap.get(k, 0), int)
                                            for k in ("words", "open_words")):
        raise ConfigError(f"{where}: cue_gap must be a mapping with whole numbers of words")
    table.gap = max(table.gap, gap.get("words", 0))
    table.open_gap = max(table.open_gap, gap.get("open_words", gap.get("words", 0)))
    for lang, opens in (gap.get("opens") or {}).items():
        table.gap_opens[str(lang)] = table.gap_opens.get(str(lang), ()) + tuple(map(str, opens))
    for lang, ends in (gap.get("ends") or {}).items():
        ends = tuple(map(str, ends))
        if not all(e.isalpha() or len(e) == 1 for e in ends):
            raise ConfigError(f"{where}: a gap's end is a word or one sign, not {ends}")
        table.gap_ends[str(lang)] = table.gap_ends.get(str(lang), ()) + ends
    table.gap_whose.update(_patterns(gap, "whose", "cue gap's whose", where))
    for i, row in enumerate([*(data.get("cues") or []), *operator_rows(data, where)]):
        table.rows.append(_row(row, f"{where}: cue row {i + 1}", table.shapes))


def _patterns(data: dict[str, Any], key: str, what: str, where: str,
              shapes: dict[str, str] | None = None) -> dict[str, str]:
    """A pack's patterns under ``key``, each a valid pattern, named by a known shape when
    ``shapes`` is given (a shape's start or format hint). A pattern may be a list of parts,
    joined: a part the pack writes once under a YAML anchor stands in many ("*series")."""
    out = {}
    for name, source in (data.get(key) or {}).items():
        if shapes is not None and str(name) not in shapes:
            raise ConfigError(f"{where}: a {what} names unknown shape {name!r}")
        if isinstance(source, list) and all(isinstance(part, str) for part in source):
            source = "".join(source)
        try:
            regex.compile(source)
        except (TypeError, regex.error) as err:
            raise ConfigError(f"{where}: {what} {name!r} is not a valid pattern: {err}") from None
        out[str(name)] = source
    return out


def _row(row: Any, where: str, shapes: dict[str, str]) -> Cue:
    if not isinstance(row, dict):
        raise ConfigError(f"{where} must be a mapping")
    unknown = set(row) - _ROW_KEYS
    if unknown:
        raise ConfigError(f"{where} has unknown keys {sorted(unknown)}")
    if row.get("category") not in CATEGORIES:
        raise ConfigError(f"{where} has unknown category {row.get('category')!r}")
    wanted = row.get("shapes") or []
    cues = {k: row.get(k) or [] for k in ("phrases", "nouns", "acronyms", "companions")}
    if not (any(cues.values()) or row.get("any_acronym") or row.get("any_noun")
            or row.get("compounds")) or not all(
            isinstance(p, str) for ps in cues.values() for p in ps):
        raise ConfigError(f"{where} needs phrases, nouns, acronyms or compounds, as strings")
    missing = [s for s in wanted if s not in shapes]
    if not wanted or missing:
        raise ConfigError(f"{where} names unknown shapes {missing} (known: {sorted(shapes)})")
    if row.get("validator") and row["validator"] not in VALIDATORS:
        raise ConfigError(f"{where} names unknown validator {row['validator']!r} "
                          f"(known: {sorted(VALIDATORS)})")
    language = str(row.get("language") or "en")
    return Cue(category=row["category"], entity=str(row.get("entity") or row["category"]),
               language=language, phrases=_forms(tuple(cues["phrases"]), language),
               nouns=_forms(tuple(cues["nouns"]), language), acronyms=tuple(cues["acronyms"]),
               companions=_forms(tuple(cues["companions"]), language),
               shapes=tuple(wanted), after=bool(row.get("after", False)),
               last=bool(row.get("last", False)),
               links=int(row.get("links", 2)), gap=bool(row.get("gap", True)),
               open_gap=bool(row.get("open_gap", False)), validator=row.get("validator"),
               any_acronym=bool(row.get("any_acronym", False)),
               not_acronyms=tuple(map(str, row.get("not_acronyms") or ())),
               alone=bool(row.get("alone", False)),
               any_noun=bool(row.get("any_noun", False)),
               not_nouns=_forms(tuple(map(str, row.get("not_nouns") or ())), language),
               compounds=tuple(map(str, row.get("compounds") or ())),
               not_compounds=tuple(map(str, row.get("not_compounds") or ())),
               score=float(row.get("score", _SCORE)))


def _forms(phrases: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The phrases as written, and, for Russian, in every case and number."""
    if language != "ru":
        return phrases
    return tuple(dict.fromkeys(f for p in phrases for f in sorted(phrase_forms(p))))
