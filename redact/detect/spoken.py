"""Spoken forms, as speech-to-text and chat users write them: phone numbers said digit by
digit ("oh seven double five, uh, three one two"; "восемь девятьсот двенадцать, триста сорок
пять"), emails said aloud ("tom dot reyes at outlook dot com", "ivan тчк petrov знак собаки
mail точка ru") or spelled ("that's t-o-m"), and dates said aloud after a birth cue ("born on
the fifth of March seventy-nine"). Each spoken span is one finding.

Each is read as a family of writings, not a list of examples: the groups of a number are
apart by any pause a transcript writes (", ", ". ", "; ", "...") and by a few words of
hesitation, aside or self-correction ("let me check", "sorry, no", "щас гляну"), from a
vocabulary plus a word or two of any other; a separator of an email is any of its words,
bare or in any bracket, a Russian one in any case ("собакой", "точечку") and after a word
for a sign or not ("знак эт"), or its symbol in any bracket or spaced out ("[.]", " @ ");
spelled letters are apart by any mark ("c…a…l", "c.a.l", "c, a, l"). What keeps
look-alikes out is what the value must be: the digits a valid phone (and in English mostly
read digit by digit, no counting, no list joined by a lone "and"), the address an email
with a TLD (only a common one after a dot that is a common word or a transcript's spaced
full stop), the date a real day of a month of a year.

Number words are read by number-parser (English and Russian cardinals); the result is
checked as the written form is: a phone by libphonenumber, a card by Luhn, an email by the
email validator. The words around the numbers (fillers, "dot", "собака", Russian ordinals)
are the ``spoken`` list of a rule pack (rules/spoken.yaml); the birth and phone cues are
the cue table's (rules/cues.yaml); the date grammar is ``redact.detect.spoken_dates``. A
text holding none of the words costs one search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import phonenumbers
import regex
from number_parser import parse as parse_numbers
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.detect.phones import REGIONS
from redact.detect.spoken_dates import NUMBER_KEYS, SpokenDates, alternation
from redact.detect.validators import email_public, luhn

__all__ = ["SpokenRecognizer", "SpokenWords"]

_REGIONS = REGIONS + ("IE", "ES", "IT", "NL")  # mobiles read out from more places
_MIN_DIGITS, _MIN_CUED_DIGITS = 9, 7  # a phone said without a cue, and after one
_CUE_WINDOW = 48  # characters before a spoken value where its cue may stand
_CUE_AFTER = 24  # and after a spoken date
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_EMAIL = regex.compile(r"[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-zрф]{2,6}")
# between letters spelled one by one: "t-o-m", "s — o — r", "s–o–r", "c. a. m", "t.o.m",
# "c..a..l", "c…a…l", "c · a · l", "t/o/m", "t, o, m", "t , o , m", "t o m"
_LETTER_SEP = r"(?:\s{0,2}(?:[-‐‑–—…·•/]|\.{1,3})\s{0,2}|\s?,\s?|\s)"
_SPELLED = regex.compile(rf"(?<![\w'’-])[A-Za-z](?:{_LETTER_SEP}[A-Za-z]){{2,}}(?![\w-])")
_DASHED = regex.compile(r"[A-Za-z](?:\s{0,2}[-‐‑–—…·•]\s{0,2}[A-Za-z])+")  # a mark between the letters
# what a writer puts around a said separator, against spam or to set it off: brackets of
# any kind, quotes, asterisks, underscores, tildes, bars ("(at)", "[dot]", "'at'", "*dot*",
# "_at_", "~dot~", "«собака»"), one to three of them on a side; dashes too, with a space
# outside ("-at-", "– dot –": "mother-in-law", "state-at-large" are words)
_OPENING = "([{<\"'`‘’“”«»*_~|"
_CLOSING = ")]}>\"'`‘’“”«»*_~|"
_DASHES = "-–—"
_DECOR = regex.compile(rf"[{regex.escape(_OPENING + _CLOSING + _DASHES)}]")
_UNITS = {w: n for data in (_NP_EN, _NP_RU) for w, n in data.info["UNIT_NUMBERS"].items()} | {
    "0": 0}
_SPACES = str.maketrans(dict.fromkeys(",.;:!?…–—\"()", " ") | {"ё": "е"})
_GAP_PUNCT = " ,.;:-–—…/|?!"
_SEPARATOR_CHARS = {"at": "@", "dot": ".", "underscore": "_", "dash": "-"}
_YO = str.maketrans("ёЁ", "еЕ")  # number-parser spells "четырех": the same length
_PAUSE = regex.compile(r"[.;…]")  # a pause between groups, as a transcript writes it
# a transcript's pause or tag in any bracket: "(.)", "(..)", "[...]", "(-)", "[pause]",
# "{vocalsound}", "(inaudible)", "[pause 1s]", "(pause: 2 sec)"
_TAG = regex.compile(
    r"[\[({<]\s*(?:[^\W\d_]+:?(?:\s[\w.:]+){0,2}|[.…,;:*~/|–—-]{1,5})\s*[\])}>]")
# "four, I mean, eight", "four / ммм / eight", "four | uh | eight"
_ASIDE = regex.compile(r"\s*[,.;:…–—/|-].*[,.;:…–—/|-]\s*", regex.DOTALL)
# an aside set off by pause marks on both sides: "(.)" (a tag is ";" by then), "/", "|",
# "...", a spaced dash
_MARK = r"(?:[;/|…]|\.{2,}|\s[–—-]\s)"
_MARKED = regex.compile(rf"\s*{_MARK}.*{_MARK}\s*", regex.DOTALL)
_AT_DOMAIN = regex.compile(r" at [a-z0-9-]+\.[a-z]")  # "tom at gmail.com"


@dataclass
class SpokenWords:
    """The vocabulary of both languages, compiled once per engine."""

    numbers: frozenset[str]  # number words of both languages, "oh", "double", "plus"
    zero: frozenset[str]
    repeat: dict[str, int]
    plus: frozenset[str]
    fillers: frozenset[str]  # each word of a filler phrase, its letters drawn out once
    filler_numbers: regex.Pattern  # filler phrases holding a number word: "one sec", "oh wait"
    joins: frozenset[str]  # "and", "or": alone between groups, they join a list
    counts: frozenset[str]
    gap_words: int
    gap_others: int
    aside_others: int
    token: re.Pattern  # re's alternation is several times faster than regex's here
    email: regex.Pattern
    said: regex.Pattern  # a spoken separator of an email, its kind the group's name
    dates: SpokenDates
    spelling: regex.Pattern
    tlds: frozenset[str]
    tld_words: dict[str, str]  # a TLD said in another script: "ру" -> "ru"
    email_needs: re.Pattern  # a spoken email says one of these
    weak_dots: frozenset[str]  # words said for a dot that are common words too
    common_tlds: frozenset[str]  # the only TLDs said after a weak dot

    @classmethod
    def build(cls, spoken: dict[str, Any]) -> "SpokenWords":
        def both(key: str) -> list[str]:
            value = spoken.get(key) or {}
            return [str(w).lower() for ws in value.values() for w in ws] \
                if isinstance(value, dict) else [str(w).lower() for w in value]

        numbers = {w.replace("ё", "е") for data in (_NP_EN, _NP_RU)  # "million" is no digit
                   for k in NUMBER_KEYS for w, n in data.info[k].items() if n < 1000}
        zero, plus = frozenset(both("zero")), frozenset(both("plus"))
        repeat = {str(w): int(n) for table in (spoken.get("repeat") or {}).values()
                  for w, n in table.items()}
        numbers |= zero | plus | set(repeat)
        fillers = both("fillers")
        filler_numbers = regex.compile(r"(?i)(?<![\w-])(?:" + alternation(
            f for f in fillers if any(w in numbers for w in f.split())) + r")(?![\w-])")
        # a number word, "oh", "double", "plus": as a whole word, hyphen parts included
        token = re.compile(r"(?<![\w-])(?:" + alternation(numbers) + r")(?!\w)", re.IGNORECASE)

        signs = alternation(both("sign"))
        opening, closing, dashes = map(regex.escape, (_OPENING, _CLOSING, _DASHES))
        # decorated first: the words said are found by the same pattern, taking the first
        # alternative that fits
        before = rf"(?:\s*[{opening}]{{1,3}}\s*|\s+[{dashes}]{{1,2}}\s*|,?\s+)"
        after = rf"(?:\s*[{closing}]{{1,3}}\s*|\s*[{dashes}]{{1,2}}\s+|(?:,|…|\.{{2,3}})?\s+)"

        def sep(key: str) -> str:
            """A separator said: its word bare or in any decoration, after a word for a
            sign or not ("at", "(at)", "*dot*", "'at'", " -at- ", "знак эт"), or its symbol
            decorated or spaced ("[.]", "(@)", " . ", " @ ")."""
            word = rf"(?:(?:{signs})\s+)?(?:{alternation(both(key))})"
            forms = [before + word + after]
            # the symbol spaced out on both sides: "x. y" ends a sentence, "not @acme" is a
            # mention
            symbol = {"at": "@", "dot": r"\."}.get(key)
            if symbol:
                forms += [rf"\s*[{opening}]{{1,3}}\s*{symbol}\s*[{closing}]{{1,3}}\s*",
                          rf"\s+{symbol}\s+"]
            return "(?:" + "|".join(forms) + ")"

        # a label, or letters spelled one by one ("t-o-m", "s — o — r", "c. a. m", "t o m")
        label = rf"(?:[a-z](?:{_LETTER_SEP}[a-z]){{2,}}(?![a-z])|[a-z0-9]+(?:-[a-z0-9]+)*)"
        dot, at = rf"(?:{sep('dot')}|\.)", rf"(?:{sep('at')}|@)"  # "tom@gmail dot com"
        inner = rf"(?:{dot}|{sep('underscore')}|_|{sep('dash')})"
        tld_words = {str(k).lower(): str(v) for k, v in (spoken.get("tld_words") or {}).items()}
        last = rf"(?:{alternation(tld_words)}|{label})"
        email = regex.compile(
            rf"(?i)(?<![\w.@'’-]){label}(?:{inner}{label}){{0,3}}{at}{label}(?:{dot}{label}){{0,2}}"
            rf"{dot}{last}(?![\w@/:-])")
        said = regex.compile("(?i)" + "|".join(f"(?P<{k}>{sep(k)})" for k in _SEPARATOR_CHARS))
        spelling = regex.compile(r"(?i)(?:" + alternation(both("spelling")) + r")\W{0,3}$")
        # a word for a dot or an at but the bare "at", any decorated "at", a spaced "@"
        decor = regex.escape(_OPENING + _CLOSING + _DASHES)
        needs = re.compile("|".join([alternation(w for w in both("dot") + both("at") if w != "at"),
                                     rf"[{decor}]\s?(?:at|@|\.)\s?[{decor}]", " @ "]))
        return cls(frozenset(numbers), zero, repeat, plus,
                   frozenset(_undrawn(w) for f in fillers for w in f.split()), filler_numbers,
                   frozenset(both("joins")),
                   frozenset(both("counts")), int(spoken.get("gap_words", 3)),
                   int(spoken.get("gap_others", 1)), int(spoken.get("aside_others", 1)),
                   token, email, said, SpokenDates.build(spoken), spelling,
                   frozenset(map(str, spoken.get("tlds") or [])), tld_words,
                   needs,
                   frozenset(both("weak_dot")), frozenset(map(str, spoken.get("common_tlds") or [])))


class SpokenRecognizer(EntityRecognizer):
    """Phones, cards, emails and birth dates said aloud. Dates said aloud without a birth
    cue are DATE_TIME, reported only when dates are asked for."""

    def __init__(self, supported_language: str, words: SpokenWords,
                 cues: dict[str, tuple[str, ...]], dates: bool = False) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
                                             "CREDIT_CARD", "SPELLED_OUT", "DATE_TIME"],
                         name="spoken", supported_language=supported_language)
        self.words = words
        self.cues = {k: regex.compile(r"(?i)(?<!\w)(?:" + alternation(v) + r")(?![^\W\d])")
                     for k, v in cues.items()}
        self.dates = dates
        self.birth_words = re.compile("|".join(map(re.escape, _fewest(cues.get("DATE_OF_BIRTH", ())))) or "(?!)")

    def load(self) -> None:  # the vocabulary is compiled by the engine
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """Each kind of spoken value is looked for only where the words it needs are: a
        spoken "dot" or "at", a birth cue (or a month, with dates asked for), three number
        words. Most texts have none: they cost a lowercasing, a split and a few substring
        searches."""
        low = text.lower()
        out: list[tuple[int, int, str, float]] = []
        if self.words.email_needs.search(low) or " at " in low and (
                " . " in low or _AT_DOMAIN.search(low)):
            out += self._emails(text)
        if _SPELLED.search(text):
            out += self._spelled(text, out)
        if self.birth_words.search(low) or self.dates and any(
                m in low for m in self.words.dates.months):
            out += self._dates(text)
        words = low.translate(_SPACES).split()
        if len(words) >= 3 and sum(map(self.words.numbers.__contains__, words)) >= 3:
            out += self._numbers(text, out)
        return [self._result(*f) for f in out]

    def _result(self, start: int, end: int, entity: str, score: float) -> RecognizerResult:
        return RecognizerResult(entity, start, end, score,
                                analysis_explanation=AnalysisExplanation(self.name, score),
                                recognition_metadata={
                                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _cued(self, text: str, start: int, category: str, end: int | None = None) -> bool:
        """A cue before the value, or just after it when ``end`` is given ("третьего июля
        шестьдесят первого года рождения", "... oh two, that's her birthday")."""
        cue = self.cues.get(category)
        return bool(cue and (cue.search(text, max(0, start - _CUE_WINDOW), start) or end is not None
                             and cue.search(text, end, end + _CUE_AFTER)))

    # -- emails ---------------------------------------------------------------------------
    def _emails(self, text: str) -> list[tuple[int, int, str, float]]:
        """Emails with a word said for a separator or spelled letters; a written one is the
        email recognizer's. Matches overlap: in "reach me at ann dot lee at gmail dot com",
        "me at ann dot lee" (its TLD "lee") stands before the address."""
        found: list[tuple[int, int, str, float]] = []
        for m in self.words.email.finditer(text, overlapped=True):
            if found and m.start() < found[-1][1]:
                continue
            address = self._address(m.group())
            if address and address != m.group().lower() and _EMAIL.fullmatch(address) \
                    and email_public(address):
                found.append((m.start(), m.end(), "EMAIL_ADDRESS", 0.8))
        return found

    def _spelled(self, text: str, taken: list[tuple[int, int, str, float]]
                 ) -> list[tuple[int, int, str, float]]:
        """Letters spelled after "that's" or "по буквам": the email's they follow, or a
        name's or a handle's (OTHER); apart by spaces or dots and spaces only after an email
        ("it's a b a" is prose), by dashes anywhere ("t-o-m", "t — o — m")."""
        emails = [f for f in taken if f[2] == "EMAIL_ADDRESS"]
        found = []
        for m in _SPELLED.finditer(text):
            marked = not regex.search(r"\s", m.group()) or _DASHED.fullmatch(m.group())
            if (emails or marked) and self.words.spelling.search(
                    text, max(0, m.start() - 20), m.start()) and not any(
                    s <= m.start() < e for s, e, *_ in taken):
                found.append((m.start(), m.end(), "EMAIL_ADDRESS" if emails else "SPELLED_OUT", 0.6))
        return found

    def _address(self, spoken: str) -> str | None:
        """The written address of a spoken one, or None when its last label is no TLD or
        a separator is decorated on one side only: "was at 'home' dot com" puts the quotes
        around a word, "tom 'at' home" around the separator."""
        low = _SPELLED.sub(lambda m: regex.sub(r"[^a-z]", "", m.group()), spoken.lower())
        said: list[str] = []
        lopsided: list[bool] = []

        def written(m: regex.Match) -> str:
            bare = m.group().strip(" ,.…\t\n")  # a pause after the word: "точка… ", "dot, "
            said.append(_DECOR.sub("", bare).strip(" ,"))
            lopsided.append(bool(_DECOR.match(bare)) != bool(_DECOR.match(bare[-1:])))
            return _SEPARATOR_CHARS[m.lastgroup]

        address = self.words.said.sub(written, low)
        if any(lopsided):
            return None
        # "point", "period" and "full stop" are said for a dot, and "at this point in" is
        # prose; commas are said between letters and after a dot ("точка, ru"), and close
        # prose clauses; a full stop spaced out is a dot and a transcript's sentence end,
        # before a TLD in lowercase only ("we met at noon . Net result")
        spaced = " . " in low
        if spaced and not spoken.split()[-1].islower():
            return None
        weak = any(w in self.words.weak_dots for w in said) or "," in spoken or spaced
        head, _, tld = address.rpartition(".")
        tld = self.words.tld_words.get(tld, tld)
        address = f"{head}.{tld}"
        return address if tld in (self.words.common_tlds if weak else self.words.tlds) else None

    # -- dates ----------------------------------------------------------------------------
    def _dates(self, text: str) -> list[tuple[int, int, str, float]]:
        found = []
        for start, end in self.words.dates.spans(text):
            if self._cued(text, start, "DATE_OF_BIRTH", end):
                found.append((start, end, "DATE_OF_BIRTH", 0.9))
            elif self.dates:
                found.append((start, end, "DATE_TIME", 0.6))
        return found

    # -- numbers --------------------------------------------------------------------------
    def _numbers(self, text: str, taken: list[tuple[int, int, str, float]]
                 ) -> list[tuple[int, int, str, float]]:
        found = []
        for run in self._runs(text):
            if any(s < run[-1][-1][1] and run[0][0][0] < e for s, e, *_ in taken):
                continue  # a spoken date or email holds these words
            found += self._best(text, run)
        return found

    def _runs(self, text: str) -> list[list[list[tuple[int, int]]]]:
        """Runs of pieces: a piece is number words with only commas, dashes or spaces
        between them; the pieces of a run are apart by a pause (". ", "; ", "...", a tag
        such as "[pause]") or a few filler words. A line, a question or an exclamation ends
        a run, unless it is put in filler words by the one reading out ("ready?",
        "записал?")."""
        scan = self.words.filler_numbers.sub(self._blank, text.translate(_YO))
        runs: list[list[list[tuple[int, int]]]] = []
        last_end = -1
        for m in self.words.token.finditer(scan):
            span = (m.start(), m.end())
            gap = _TAG.sub(";", scan[last_end:span[0]]) if runs else ""  # a tag is a pause
            if not runs or "\n" in gap or regex.search(r"[?!]", gap) and not (
                    regex.search(r"[^\W\d_]", gap) and self._filler_gap(gap, lone=True)):
                runs.append([[span]])
            elif not gap.strip(" ,-–—:/|") and not _PAUSE.search(gap):
                runs[-1][-1].append(span)
            elif self._filler_gap(gap, lone=self._lone(scan, span)):
                runs[-1].append([span])
            else:
                runs.append([[span]])
            last_end = span[1]
        return [r for r in runs if sum(map(len, r)) >= 3]

    def _blank(self, m: regex.Match) -> str:
        """A filler phrase with its number words blanked: "one sec" is no digit."""
        return self.words.token.sub(lambda t: " " * len(t.group()), m.group())

    def _lone(self, text: str, span: tuple[int, int]) -> bool:
        """Whether a number word stands alone: no number word follows it ("the best one")."""
        return self.words.token.match(text, span[1] + 1) is None and \
            self.words.token.match(text, span[1] + 2) is None

    def _filler_gap(self, gap: str, lone: bool = False) -> bool:
        """Whether the words between two pieces are said between the groups of one
        number: at most ``gap_words`` fillers, of which ``gap_others`` may be other short
        words (``aside_others`` when punctuation sets them off as an aside), none when a
        lone word follows unless pause marks set them off ("восемь / ... / так-с /
        двенадцать")."""
        words = [w.strip(_GAP_PUNCT).lower() for w in gap.split()]
        words = [w for w in words if w]  # a dash between groups: "восемь - вот - сорок"
        if words and all(w in self.words.joins for w in words):
            return False  # "four one two, four one four and four one six": a list
        others = [w for w in words if _undrawn(w) not in self.words.fillers and not all(
            _undrawn(p) in self.words.fillers for p in w.split("-"))]
        aside = _ASIDE.fullmatch(gap) is not None
        allowed = self.words.aside_others if aside and (not lone or _MARKED.fullmatch(gap)) \
            else 0 if lone else self.words.gap_others
        return len(words) <= self.words.gap_words and len(others) <= allowed and all(
                regex.fullmatch(_WORD + "|'s|’s", w) and len(w) <= 10 for w in others)

    def _best(self, text: str, run: list[list[tuple[int, int]]]
              ) -> list[tuple[int, int, str, float]]:
        """The longest stretches of pieces whose digits make a valid phone or card: no
        counting aloud across pauses ("one. two. three. four. five"), and in English half
        the groups at least read digit by digit ("five five five", "two oh four") unless a
        cue names a phone: "forty two. I mean forty three. sixty six" is a list, "nine
        thirty. then ten fifteen" are times."""
        pieces = [p for i, p in enumerate(run) if not self._count_word(text, run, i)]
        words = [self._words(text, p) for p in pieces]
        digits = [self._digits(w) or "?" for w in words]
        by_digit = [any(a in _UNITS and b in _UNITS for a, b in zip(ws, ws[1:])) for ws in words]
        english = [not regex.search(r"\p{Cyrillic}", "".join(ws)) for ws in words]
        found, i = [], 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                start, end = pieces[i][0][0], pieces[j - 1][-1][1]
                cued = self._cued(text, start, "PHONE")
                entity = self._validate("".join(digits[i:j]), cued)
                if entity and not _counting([ws[0] if len(ws) == 1 else "" for ws in words[i:j]]) \
                        and (cued or not all(english[i:j]) or 2 * sum(by_digit[i:j]) >= j - i):
                    found.append((start, end, entity, 0.75))
                    i = j
                    break
            else:
                i += 1
        return found

    def _count_word(self, text: str, run: list[list[tuple[int, int]]], i: int) -> bool:
        """"the last four are": a one-word piece after a count word is no digit."""
        piece = run[i]
        before = text[max(0, piece[0][0] - 12):piece[0][0]].lower().split()
        return len(piece) == 1 and bool(before) and before[-1] in self.words.counts

    def _words(self, text: str, piece: list[tuple[int, int]]) -> list[str]:
        """The words of a piece as number-parser reads them: "double five" is "five five",
        "oh" and "ноль" are "0" (in either language), "plus" is "+"."""
        words: list[str] = []
        repeat = 1
        for s, e in piece:
            for w in text[s:e].lower().replace("ё", "е").split("-"):
                if w in self.words.repeat:
                    repeat = self.words.repeat[w]
                    continue
                w = "+" if w in self.words.plus else "0" if w in self.words.zero else w
                words += [w] * repeat
                repeat = 1
        return words

    @staticmethod
    def _digits(words: list[str]) -> str | None:
        if _counting(words):
            return None
        lang = "ru" if any("а" <= c <= "я" for w in words for c in w) else "en"
        try:
            parsed = parse_numbers(" ".join(words), lang)
        except (ValueError, KeyError, IndexError):
            return None
        digits = "".join(regex.findall(r"\+|\d", parsed))
        return digits if regex.fullmatch(r"\+?\d+", digits) else None

    @staticmethod
    def _validate(digits: str, cued: bool) -> str | None:
        if "?" in digits or "+" in digits[1:]:
            return None
        count = len(digits.lstrip("+"))
        if 13 <= count <= 19 and luhn(digits):
            return "CREDIT_CARD"
        if count < (_MIN_CUED_DIGITS if cued else _MIN_DIGITS) or count > 15:
            return None
        return "PHONE_NUMBER" if _phone(digits, cued) else None


def _undrawn(word: str) -> str:
    """A word with no letter twice in a row: "ummm" is "um", "эээ" is "э" ("see" is "se", as
    its filler is)."""
    return regex.sub(r"(.)\1+", r"\1", word)


def _fewest(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases none of the others is part of: "birth" stands for "date of birth"."""
    low = {p.lower() for p in phrases}
    return tuple(sorted(p for p in low if not any(q != p and q in p for q in low)))


def _counting(words: list[str]) -> bool:
    """"one, two, three, four, five": counting aloud, five digit words in a row up or down."""
    d = [_UNITS.get(w) for w in words]
    return any(all(d[i + k] is not None and d[i + k + 1] is not None
                   and d[i + k + 1] - d[i + k] == step for k in range(4))
               for step in (1, -1) for i in range(len(d) - 4))


def _phone(digits: str, cued: bool) -> bool:
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or cued and phonenumbers.is_possible_number(number):
            return True
    return False
