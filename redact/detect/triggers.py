"""Triggers: what every match of a rule pattern must put in a text, so that a text
without it skips the pattern before any regex runs.

Triggers are read off the pattern's parse tree. The ``regex`` module, which runs the
patterns, exposes none; CPython's private ``re._parser`` and ``re._constants`` do, for
the syntax the two modules share, and this module (with ``trigger_words``) alone uses
them. That is safe: a pattern the parser cannot read (it raises, or recurses too deep),
or that uses syntax only ``regex`` has and reads differently (``_REGEX_ONLY``:
``\\p{..}``, POSIX classes, ``(?V1)``, ``(?(DEFINE)``, recursion, branch reset), gets no
triggers and runs on every text.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache, reduce
from operator import or_
from typing import TYPE_CHECKING, Any

import ahocorasick
import regex

from redact.detect.casefold import FoldedText, WordFolds, alternatives, fewest
from redact.detect.trigger_words import (DIGIT, class_runs, digit_run, is_letter, part_inside,
                                         pattern_words)

if TYPE_CHECKING:
    from presidio_analyzer import Pattern

    from redact.detect.recognizer import RulePatternRecognizer

__all__ = ["RuleIndex", "pattern_triggers", "described_triggers", "known_triggers"]


class RuleIndex:
    """Which patterns of many rule recognizers may match a text: those whose triggers the
    text holds. A character decides every class trigger at once: it maps to the bitmask of
    the classes it is in (worked out on first sight), so a text costs one pass over its
    distinct characters, then an integer test per pattern. Patterns are filed under the
    class most of them share (a digit, a capital): a text without it passes over all of
    them, and the patterns of each combination of such gates are listed once. Word and
    run triggers, which no single character decides, are tested only for the
    patterns the classes let through, each once per text: words by substring search where
    that decides as the regex would (in a text that is not ASCII, case-blind words in the
    text folded as the regex matches: ``casefold``), a run of n digits by the text's
    longest run, another run (an acronym's capitals) by its regex. The substring searches are one pass: an Aho-Corasick automaton of every
    word of every word trigger finds which of them the text (or, case-blind, the ASCII
    text lowercased) holds, where testing the words one by one read the text once for
    each of a few thousand words."""

    def __init__(self, recognizers: list[RulePatternRecognizer]) -> None:
        self.recognizers = recognizers
        shared = Counter(t for r in recognizers for triggers in r.triggers
                         for t in set(triggers) if t in _CLASSES)
        self.bits = {t: 1 << i for i, t in enumerate(sorted(shared, key=lambda t: (t.pattern, t.flags)))}
        # the gate's bit (0: no class) -> (recognizer, pattern, classes needed, other triggers)
        self.gated: dict[int, list[tuple[int, int, int, tuple[Trigger, ...]]]] = {}
        for r, recognizer in enumerate(recognizers):
            for p, triggers in enumerate(recognizer.triggers):
                classes = [t for t in triggers if t in self.bits]
                gate = self.bits[max(classes, key=lambda t: shared[t])] if classes else 0
                self.gated.setdefault(gate, []).append(
                    (r, p, sum(self.bits[t] for t in set(classes)),
                     tuple(t for t in triggers if t not in self.bits)))
        self.gates = sum(self.gated)  # every gate's bit
        self.by_gates: dict[int, list[tuple[int, int, int, tuple[Trigger, ...]]]] = {}
        self.char_bits: dict[str, int] = {}
        triggers = {t for r in recognizers for ts in r.triggers for t in ts if t not in self.bits}
        # a digit-run trigger is decided by the text's longest run of digits, found once
        self.digit_runs = {t: int(m.group(1)) for t in triggers if not isinstance(t, WordTrigger)
                           and not t.flags & regex.ASCII and (m := _DIGIT_RUN.fullmatch(t.pattern))}
        self.fold: WordFolds | None = None
        # word triggers by the automaton that finds their words: as written, lowercased
        self.words = {False: _WordAutomaton(), True: _WordAutomaton()}
        for trigger in triggers:
            test = _WORDS.get(trigger) if isinstance(trigger, WordTrigger) else None
            if test:
                self.words[test[1]].add(trigger, test[0], test[2])

    def _entries(self, gates: int) -> list[tuple[int, int, int, tuple[Trigger, ...]]]:
        """The patterns filed under the gates in ``gates`` (and those without a class)."""
        entries = self.by_gates.get(gates)
        if entries is None:
            if len(self.by_gates) >= 4096:  # a run meets a few hundred combinations
                self.by_gates.clear()
            entries = self.by_gates[gates] = [e for gate, filed in self.gated.items()
                                              if not gate or gate & gates for e in filed]
        return entries

    def _mask(self, chars: set[str]) -> int:
        """The classes some character of ``chars`` is in, as bits."""
        for c in chars - self.char_bits.keys():
            self.char_bits[c] = sum(b for t, b in self.bits.items() if t.match(c))
        return reduce(or_, map(self.char_bits.__getitem__, chars), 0)

    def patterns(self, text: str) -> dict[int, list[Pattern]]:
        """Recognizer index -> its patterns that may match, in their order."""
        chars = set(text)
        try:
            mask = reduce(or_, map(self.char_bits.__getitem__, chars), 0)
        except KeyError:  # a character not seen before
            mask = self._mask(chars)
        hits: list[tuple[int, int]] = []
        seen: dict[Trigger, bool] = {}
        ascii_text, run = text.isascii(), -1
        held: set[WordTrigger] | None = None  # the word triggers whose words the text holds
        folded: FoldedText | None = None
        for r, p, need, others in self._entries(mask & self.gates):
            if need & mask != need:
                continue
            for trigger in others:  # inline, not a helper: this runs for every text
                hit = seen.get(trigger)
                if hit is None:
                    test = _WORDS.get(trigger)
                    if test is None:
                        digits = self.digit_runs.get(trigger)
                        if digits is None:
                            hit = trigger.search(text) is not None
                        else:
                            if run < 0:
                                run = max(map(len, _DIGITS.findall(text)), default=0)
                            hit = run >= digits
                    elif not test[1] or ascii_text:  # case-blind: in the ASCII text lowercased
                        if held is None:
                            held = self.words[False].held(text)
                            if ascii_text:
                                held |= self.words[True].held(text.lower())
                        hit = trigger in held
                    else:  # folded as the regex matches case-blind, or None: the regex
                        folded = folded or self._folds().text(text, chars)
                        hit = folded.holds(trigger)
                        if hit is None or hit and trigger.bounded:  # where it stands: the regex
                            hit = trigger.search(text) is not None
                    seen[trigger] = hit
                if not hit:
                    break
            else:
                hits.append((r, p))
        out: dict[int, list[Pattern]] = {}
        for r, p in sorted(hits):
            out.setdefault(r, []).append(self.recognizers[r].patterns[p])
        return out

    def _folds(self) -> WordFolds:
        """The case-blind word triggers' words folded (``casefold``: a substring search in
        a folded text decides as the trigger's regex), made when a text first needs them."""
        if self.fold is None:
            self.fold = WordFolds({t: alternatives(t.pattern) for r in self.recognizers
                                   for ts in r.triggers for t in ts if _WORDS.get(t) and _WORDS[t][1]})
        return self.fold


class _WordAutomaton:
    """Word triggers' words in one Aho-Corasick automaton: ``held`` reads a text once and
    gives the triggers some word of which it holds, as ``word in text`` would for each, or,
    for a word a trigger holds only where a word starts, as its regex would: where the
    character before it is no letter (its place is the same in the ASCII text lowercased)."""

    def __init__(self) -> None:
        # a word -> the triggers holding it anywhere, and those holding it where a word starts
        self.by_word: dict[str, tuple[set[WordTrigger], set[WordTrigger]]] = {}
        self.automaton: ahocorasick.Automaton | None = None

    def add(self, trigger: WordTrigger, words: tuple[str, ...], starts: tuple[str, ...]) -> None:
        for word in words:
            self.by_word.setdefault(word, (set(), set()))[word in starts].add(trigger)

    def held(self, text: str) -> set[WordTrigger]:
        if not self.by_word:
            return set()
        if self.automaton is None:
            self.automaton = ahocorasick.Automaton()
            for word, (anywhere, starting) in self.by_word.items():
                self.automaton.add_word(word, (len(word), frozenset(anywhere), frozenset(starting)))
            self.automaton.make_automaton()
        out: set[WordTrigger] = set()
        for end, (length, anywhere, starting) in self.automaton.iter(text):
            out |= anywhere
            if starting and (end < length or not is_letter(text[end - length])):
                out |= starting
        return out


# A trigger is a set of class items (sre's LITERAL, RANGE, CATEGORY_DIGIT) one of which
# any match must contain. Its cost guesses how often prose holds one: lowercase letters,
# spaces and commas nearly always, capitals and digits less, "@" or "$" seldom.
_Items = tuple[tuple[Any, Any], ...]
WordTest = tuple[tuple[str, ...], bool, tuple[str, ...]]
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя .,\n'-")
_MAX_COST = 64  # wider classes (all letters) would skip too few texts to pay for the test
_PER_PATTERN = 3  # classes tested per pattern, all of which must be in the text
_MIN_WORD = 2  # shorter literals are a class's job, but for a sign prose seldom holds ("#")
_SHORT_WORD = 4  # a word trigger this short is tested where it starts a word, if it must
_MIN_DIGITS = 3  # fewer digits in a row: the digit class does
_CLASSES: set[regex.Pattern] = set()  # the triggers that are one character class
# word trigger -> test: its words, whether case-blind, which of them start a word
_WORDS: dict[WordTrigger, WordTest | None] = {}
_ASCII = [chr(i) for i in range(128)]
_DIGITS = regex.compile(r"\d+")
_DIGIT_RUN = regex.compile(r"\\d\{(\d+)\}")  # a digit-run trigger's source
_REGEX_ONLY = regex.compile(r"\[:\^?\w+:\]|\\[pPNX]|\(\?(?:V|\(DEFINE|&|R|\|)")


# A trigger as data (``described_triggers``): its source, flags, kind, word test and the
# words of a word trigger that start a word.
Described = list[tuple[str, int, str, WordTest | None, list[str]]]
_TRIGGERS: dict[tuple[str, int], tuple[Trigger, ...]] = {}  # a pattern is read once
_DESCRIBED: dict[tuple[str, int], Described] = {}  # read in an earlier run (the rule cache)


def pattern_triggers(source: str, flags: int) -> tuple[Trigger, ...]:
    """Regexes each of which every match of the pattern makes true of the text: the words
    it must hold one of (a key prefix, a keyword), character classes some character of it
    is in, and runs of a class (digits, capitals where case counts) it holds. None (an
    empty tuple) when the pattern uses syntax Python's ``re`` parser, used here, reads
    differently from ``regex``, which runs the patterns: then the pattern runs on every
    text. Read once per process, however many languages the pattern serves,
    or taken from what ``known_triggers`` was given."""
    found = _TRIGGERS.get((source, flags))
    if found is None:
        described = _DESCRIBED.pop((source, flags), None)
        found = _TRIGGERS[source, flags] = _read(source, flags) if described is None \
            else tuple(_restored(*d) for d in described)
    return found


def described_triggers(source: str, flags: int) -> Described:
    """The pattern's triggers as data a later process restores them from (``known_triggers``):
    what reading them costs (parsing the pattern) is paid once. A trigger is compiled with
    no flag but IGNORECASE."""
    return [(t.pattern, t.flags & regex.IGNORECASE, "class" if t in _CLASSES
             else "word" if isinstance(t, WordTrigger) else "run", _WORDS.get(t),
             sorted(t.starts) if isinstance(t, WordTrigger) else [])
            for t in pattern_triggers(source, flags)]


def known_triggers(described: Mapping[tuple[str, int], Described]) -> None:
    """Triggers read earlier, by pattern: ``pattern_triggers`` restores them when asked."""
    _DESCRIBED.update((key, d) for key, d in described.items() if key not in _TRIGGERS)


def _restored(source: str, flags: int, kind: str, test: Any, starts: list[str]) -> Trigger:
    if kind == "word":  # a word test read back from JSON is lists
        words = _word_trigger(source, flags, frozenset(starts))
        _WORDS[words] = (tuple(test[0]), bool(test[1]), tuple(test[2])) if test else None
        return words
    trigger = _compiled(source, flags)
    if kind == "class":
        _CLASSES.add(trigger)
    return trigger


def _read(source: str, flags: int) -> tuple[Trigger, ...]:
    """``pattern_triggers``, worked out from the pattern's parse tree."""
    if _REGEX_ONLY.search(source):
        return ()
    try:
        parsed = sre_parse.parse(source, flags & (re.IGNORECASE | re.VERBOSE | re.DOTALL
                                                  | re.MULTILINE))
    except (re.error, ValueError, OverflowError, RecursionError):
        return ()
    ignore_case = bool(flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE) \
        or _scoped_ignore_case(list(parsed))
    case = regex.IGNORECASE if ignore_case else 0
    # classes first: patterns share them (a digit, a capital), so one search serves many;
    # each once, however many branches gave it ("[\d]" twice would take another's place)
    needs = sorted({frozenset(n): n for n in _needs(list(parsed)) if _cost(n) <= _MAX_COST}
                   .values(), key=_cost)
    out = []
    for n in needs[:_PER_PATTERN]:
        flags_n = case if _cased(n) else 0
        trigger = _compiled("[" + "".join(_render(i) for i in dict.fromkeys(n)) + "]", flags_n)
        _CLASSES.add(trigger)
        out.append(trigger)
    digits = digit_run(list(parsed))
    if digits >= _MIN_DIGITS:  # ids: "Order 100001" holds no 10-digit number
        out.append(_compiled(rf"\d{{{digits}}}", 0))
    # an acronym's capitals where case counts: most sentences hold a capital, few three in a row
    runs = [(items, count) for items, count, blind in class_runs(
        list(parsed), bool(flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE))
        if not (blind and _cased(items)) and _cost(items) <= _MAX_COST]
    if runs:
        items, count = max(runs, key=lambda r: (r[1], -_cost(r[0])))
        out.append(_compiled("[" + "".join(_render(i) for i in dict.fromkeys(items))
                             + f"]{{{count}}}", 0))
    words = [w for w in pattern_words(list(parsed)) if all(map(_searched, w[0]))]
    if words:  # the rarest-looking: the longest shortest alternative
        best, starts = max(words, key=lambda w: min(map(len, w[0])))
        # a short word is in many longer ones ("no" in "know", "PAN" in "JAPAN"): where the
        # pattern holds it after no letter, so does the test (not for ASCII's narrower \w)
        if min(map(len, best)) > _SHORT_WORD or (flags | parsed.state.flags) & re.ASCII:
            starts = frozenset()
        trigger = _word_trigger(_alternation(best), case, starts)
        _WORDS[trigger] = _word_test(best, starts, bool(case))
        out.append(trigger)
    return tuple(out)


def _searched(word: str) -> bool:
    """Whether a trigger's word is worth searching a text for: two characters or more, or a
    sign prose seldom holds ("#", "№": the companion of a cue); not a letter or a comma."""
    return len(word) >= _MIN_WORD or not (word.isalnum() or word.isspace() or word in _COMMON)


def _word_test(words: frozenset[str], starts: frozenset[str], ignore_case: bool) -> WordTest | None:
    """The words to look for with ``in`` (a text without them cannot match the trigger's
    regex), whether in the lowercased text and which of them only where a word starts, or
    None when only the regex can decide. Only ASCII text is tested with ``in`` when case
    is ignored: a letter is looked for as the lowercase of the ASCII letters it matches,
    "ı" as "i" ("ı" matches "I"). A word holding another of them is left out where the
    text holds that one too: anywhere, or where a word starts, as its start."""
    letters = {c: _ascii_lower(c) if ignore_case else c for c in set("".join(words))}
    if None in letters.values():
        return None
    tested = {w: "".join(letters[c] for c in w) for w in words}
    anywhere = {tested[w] for w in words - starts}
    starting = {tested[w] for w in starts} - anywhere
    kept = fewest(anywhere) + tuple(sorted(
        w for w in starting if not any(o in w for o in anywhere)
        and not any(o != w and w.startswith(o) for o in starting)))
    return tuple(sorted(kept)), ignore_case, tuple(w for w in sorted(kept) if w in starting)


@lru_cache(maxsize=None)
def _ascii_lower(c: str) -> str | None:
    """The lowercase of the ASCII characters ``c`` matches case-blind (``c`` lowercased if
    none: an ASCII text never holds it), None when they lower apart."""
    like = regex.compile(regex.escape(c, special_only=False), regex.IGNORECASE, cache_pattern=False)
    lowered = {a.lower() for a in _ASCII if like.fullmatch(a)}
    if len(lowered) > 1:
        return None
    return lowered.pop() if lowered else c.lower()


class WordTrigger:
    """A word trigger: its regex is compiled when a text is first searched with it, which
    most runs never do (the words are looked for with ``in``; ``_word_test``); a long
    alternation of cue phrases in every case costs a run's start otherwise. Its words in
    ``starts`` hold only where no letter stands before them (it is ``bounded``): the
    automaton looks at the character before them, a folded text asks the regex too."""

    __slots__ = ("pattern", "flags", "starts", "_regex")

    def __init__(self, pattern: str, flags: int, starts: frozenset[str] = frozenset()) -> None:
        self.pattern, self.flags, self.starts = pattern, flags, starts
        self._regex: regex.Pattern | None = None

    @property
    def bounded(self) -> bool:
        return bool(self.starts)

    def search(self, text: str) -> regex.Match | None:
        if self._regex is None:
            source, rest = self.pattern, set(alternatives(self.pattern) or ()) - self.starts
            if self.starts:
                source = "|".join([rf"(?<![^\W\d_])(?:{_alternation(self.starts)})",
                                   *([_alternation(rest)] if rest else [])])
            self._regex = regex.compile(source, self.flags, cache_pattern=False)
        return self._regex.search(text)


def _alternation(words: set[str] | frozenset[str]) -> str:
    """The words as a trigger's source: escaped, longest first."""
    return "|".join(regex.escape(w, special_only=False) for w in sorted(words, key=lambda w: (-len(w), w)))


Trigger = regex.Pattern | WordTrigger


@lru_cache(maxsize=None)
def _word_trigger(source: str, flags: int, starts: frozenset[str] = frozenset()) -> WordTrigger:
    """One word trigger per source: patterns sharing it share its search."""
    return WordTrigger(source, flags, starts)


@lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> regex.Pattern:
    """One compiled trigger per source: patterns sharing a class share its search."""
    return regex.compile(source, flags, cache_pattern=False)  # cached here, not in regex


def _needs(seq: list) -> list[_Items]:
    """Classes a match of ``seq`` must hit, one each (a conjunction)."""
    out: list[_Items] = []
    for op, av in seq:
        if op == sre.LITERAL:
            out.append(((op, av),))
        elif op == sre.IN:
            if all(i[0] in (sre.LITERAL, sre.RANGE) or i == DIGIT for i in av):
                out.append(tuple(av))
        elif (inside := part_inside(op, av)) is not None:
            out += _needs(inside)
        elif op == sre.BRANCH:
            per_branch = [_needs(list(branch)) for branch in av[1]]
            if all(per_branch):
                out.append(tuple(dict.fromkeys(i for needs in per_branch
                                               for i in min(needs, key=_cost))))
    return out


def _scoped_ignore_case(seq: list) -> bool:
    """Whether a group switches case-insensitive matching on, as in ``(?i:...)``."""
    for op, av in seq:
        if op == sre.SUBPATTERN and (av[1] & re.IGNORECASE or _scoped_ignore_case(list(av[3]))):
            return True
        children = {sre.MAX_REPEAT: lambda: [av[2]], sre.MIN_REPEAT: lambda: [av[2]],
                    sre.POSSESSIVE_REPEAT: lambda: [av[2]], sre.ATOMIC_GROUP: lambda: [av],
                    sre.ASSERT: lambda: [av[1]], sre.ASSERT_NOT: lambda: [av[1]],
                    sre.BRANCH: lambda: av[1]}.get(op)
        if children and any(_scoped_ignore_case(list(c)) for c in children()):
            return True
    return False


def _cost(items: _Items) -> int:
    total = 0
    for kind, value in items:
        if kind == sre.CATEGORY:
            total += 10
        else:
            low, high = value if kind == sre.RANGE else (value, value)
            total += sum(8 if chr(c) in _COMMON else 1 for c in range(low, min(high, low + 99) + 1))
            total += max(0, high - low - 99)
    return total


def _cased(items: _Items) -> bool:
    """Whether ignoring case changes what the class matches (not for digits or "@")."""
    for kind, value in items:
        if kind == sre.LITERAL and chr(value).lower() != chr(value).upper():
            return True
        if kind == sre.RANGE and any(chr(c).lower() != chr(c).upper()
                                     for c in range(value[0], value[1] + 1)):
            return True
    return False


def _render(item: tuple[Any, Any]) -> str:
    kind, value = item
    if kind == sre.LITERAL:
        return regex.escape(chr(value), special_only=False)
    if kind == sre.RANGE:
        return (regex.escape(chr(value[0]), special_only=False) + "-"
                + regex.escape(chr(value[1]), special_only=False))
    return r"\d"
