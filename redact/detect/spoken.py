"""Spoken forms, as speech-to-text and chat users write them: phone numbers said digit by
digit ("oh seven double five, uh, three one two"; "восемь девятьсот двенадцать, триста сорок
пять"), emails said aloud ("tom dot reyes at outlook dot com", "ivan тчк petrov знак собаки
mail точка ru") or spelled ("that's t-o-m"), and dates said aloud after a birth cue ("born on
the fifth of March seventy-nine"). Each spoken span is one finding.

Each is read as a family of writings, not a list of examples: the groups of a number are
apart by any pause a transcript writes (", ", ". ", "; ", "...") and by a few words of
hesitation, aside or self-correction ("let me check", "sorry, no", "щас гляну"), from a
vocabulary plus a word or two of any other (a hesitation, "um", "эм", counts for no word);
a separator of an email is any of its words, bare or in any decoration, a Russian one in any case ("собакой", "точечку") and after a
word for a sign or not ("знак эт"), or its symbol in any bracket or spaced out ("[.]",
" @ "), spelled letters apart by any mark ("c…a…l", "c.a.l", "c, a, l"): the email grammar
is ``redact.detect.spoken_emails``; an email whose separators are words no list holds is
read by its shape around a mail provider (``redact.detect.spoken_open``), and digit groups
linked by the same word set off by dashes again and again ("-- ee --") hold an aside of any
words between two links. What keeps
look-alikes out is what the value must be: the digits a valid phone (and in English mostly
read digit by digit, no counting, no list joined by a lone "and"; seven digits are enough
after a phone cue or a word of dictating a number, "ring", "the number", nine without), the
address an email with a TLD (only a common one after a dot that is a common word or a transcript's spaced
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
from functools import lru_cache
from typing import Any

import phonenumbers
import regex
from number_parser import parse as parse_numbers
from number_parser.data import en as _NP_EN
from number_parser.data import ru as _NP_RU
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from redact.detect import codecache
from redact.detect.phones import REGIONS
from redact.detect.spoken_dates import NUMBER_KEYS, Compiler, SpokenDates, alternation
from redact.detect.spoken_emails import SpokenEmails
from redact.detect.spoken_forms import folded, undrawn
from redact.detect.spoken_groups import UNITS, counted, counting, local_number
from redact.detect.spoken_open import open_emails
from redact.detect.spoken_windows import wanted
from redact.detect.validators import luhn

__all__ = ["SpokenRecognizer", "SpokenWords"]

_REGIONS = REGIONS + ("IE", "ES", "IT", "NL")  # mobiles read out from more places
_MIN_DIGITS, _MIN_CUED_DIGITS = 9, 7  # a phone said without a cue, and after one
_READ_OUT_DIGITS = 8  # a number dictated in groups read digit by digit, asides between them
# words said or a sound noted between two groups, two at least: "[0.5]", "[pause]" are a pause
_SAID_BETWEEN = codecache.compile(r"[^\W\d_]{2,}\W+(?:[^\W\d_]+\W+)*?[^\W\d_]{2,}")
_LONGEST = 20  # the characters of the longest value a stretch may say: "+" and a card's 19
_CUE_WINDOW = 48  # characters before a spoken value where its cue may stand
_CUE_AFTER = 24  # and after a spoken date
# the letters of a word; chat alphabets write sounds with digits among the letters
# (Arabizi "ya3ne", "ba2a", "ma3le", "3ala", "5alas"): a digit 2-9 between letters, or
# before two letters, is a letter of the word, no digit said
_LETTERS = r"(?:[2-9](?=[^\W\d_]{2}))?[^\W\d_]+(?:[2-9][^\W\d_]+)*"
# an aside's word: "tidy", "so-so", a contraction, "isn't", "'s", a letter dropped as a
# dialect or an accent is written, "wi'", "o'", "goin'", "'cause"
_WORD = rf"['’]?{_LETTERS}(?:['’-]{_LETTERS})*['’]?"
_SPACES = str.maketrans(dict.fromkeys(",.;:!?…–—\"()-", " ") | {"ё": "е"})
_GAP_PUNCT = " ,.;:-–—…/|~*•·?!"
_YO = str.maketrans("ёЁ", "еЕ")  # number-parser spells "четырех": the same length
_PAUSE = codecache.compile(r"[.;…]")  # a pause between groups, as a transcript writes it
# a transcript's pause or tag in any bracket, of up to five words or marks: "(.)", "(..)",
# "[...]", "(-)", "[pause]", "{vocalsound}", "(inaudible)", "[pause 1s]", "(pause: 2 sec)",
# "<pause/>", '<break time="1s"/>', "[00:12]", "[0.5]", "(2s)", a note of a sound, "[drill
# whirring]", "[phone buzzing in the background]", "[шум дрели]"; doubled as in Jefferson's
# transcriber comments: "((coughs))", "[[0.5]]". Square, curly and angle brackets hold only
# what is no speech, so a note there may be a clause of up to ten words ("[the vacuum running
# in the flue]", "[a truck reversing outside the window]"); round ones hold asides too.
_TAG = codecache.compile(r"(?:[\[{<]{1,2}\s*+(?:[^\s\[\](){}<>]++\s*+){0,10}[\]}>]{1,2}"
                         r"|\({1,2}\s*+(?:[^\s\[\](){}<>]++\s*+){0,5}\){1,2})")
# "four, I mean, eight", "four / ммм / eight", "four | uh | eight", "four ~ uh ~ eight"
_ASIDE = codecache.compile(r"\s*[,.;:…–—/|~*•·-].*[,.;:…–—/|~*•·-]\s*", regex.DOTALL)
# an aside set off by pause marks on both sides: "(.)" (a tag is ";" by then), "/", "|",
# "...", "~", "*", "•", a spaced dash or two ("восемь -- вот -- сорок")
_MARK = r"(?:[;/|…~*•·]|\.{2,}|\s[–—-]{1,2}\s)"
_MARKED = codecache.compile(rf"\s*{_MARK}.*{_MARK}\s*", regex.DOTALL)
# a subtitle cue's line wrapped between groups: one line break, nothing else but a pause
# mark before it (a chat's next line starts with its time or its sender)
_WRAP = codecache.compile(r"[ \t,.;…–—-]*\n[ \t]*")
# the dashes that set off what is said between the groups of a number: "seven -- ee -- two"
_DASHED = codecache.compile(r"\s*(?:-{2,}|[–—]{1,2})\s*")
_LINK_SEEN = 2  # a word said between groups this often links them: "-- ярай --"
_LINK_WORDS = 2  # the most words of a link: "-- ano ne --"
_DASHED_ASIDE = 4  # the most words of an aside set off by dashes between links
_GAP_LONGEST, _ASIDE_LONGEST = 10, 16  # the longest other word in a gap, and set off as an aside


@dataclass
class SpokenWords:
    """The vocabulary of both languages, compiled once per engine."""

    numbers: frozenset[str]  # number words of both languages, "oh", "double", "plus"
    zero: frozenset[str]
    repeat: dict[str, int]
    plus: frozenset[str]
    fillers: frozenset[str]  # each word of a filler phrase, its letters drawn out once
    hesitations: frozenset[str]  # "um", "эм": fillers that count for no word of a gap
    dictation: regex.Pattern  # "ring", "the number": a weak phone cue
    filler_numbers: regex.Pattern  # filler phrases holding a number word: "one sec", "oh wait"
    joins: frozenset[str]  # "and", "or": alone between groups, they join a list
    counts: frozenset[str]
    gap_words: int
    gap_others: int
    aside_others: int
    token: re.Pattern  # re's alternation is several times faster than regex's here
    emails: SpokenEmails
    dates: SpokenDates

    @classmethod
    def build(cls, spoken: dict[str, Any], compile: Compiler = regex.compile) -> "SpokenWords":  # noqa: A002
        """The words of ``spoken``; its large grammars made by ``compile`` when first used."""
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
        # a number word, "oh", "double", "plus": as a whole word, hyphen parts included, or
        # number words joined by hyphens ("twenty-one", "nine-one-seven")
        words = alternation(numbers)
        token = re.compile(rf"(?<![\w-])(?:{words})(?:-(?:{words}))*(?!\w)", re.IGNORECASE)

        dictation = regex.compile(r"(?i)(?<![\w-])(?:" + alternation(both("dictation")) + r")(?![\w-])")
        return cls(frozenset(numbers), zero, repeat, plus,
                   frozenset(undrawn(w) for f in fillers for w in f.split()),
                   frozenset(undrawn(w) for w in both("hesitations")), dictation, filler_numbers,
                   frozenset(both("joins")),
                   frozenset(both("counts")), int(spoken.get("gap_words", 3)),
                   int(spoken.get("gap_others", 1)), int(spoken.get("aside_others", 1)),
                   token, SpokenEmails.build(spoken, compile), SpokenDates.build(spoken, compile))


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
        emails = self.words.emails
        said_text = folded(text)  # the email grammar reads "э" as "е"
        said = emails.spans(said_text) if wanted(emails, folded(low)) else []
        words = low.translate(_SPACES).split()
        said = _merged(said, open_emails(emails, said_text, set(words)))
        out += [(start, end, "EMAIL_ADDRESS", 0.8) for start, end in said]
        out += [(start, end, kind, 0.6) for start, end, kind in emails.spelled(said_text, said)]
        if self.birth_words.search(low) or self.dates and any(
                m in low for m in self.words.dates.months):
            out += self._dates(text)
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
        such as "[pause]", a subtitle's line wrap) or a few filler words. Another line, a
        question or an exclamation ends a run, unless it is put in filler words by the one
        reading out ("ready?", "записал?")."""
        scan = self.words.filler_numbers.sub(self._blank, text.translate(_YO))
        runs: list[list[list[tuple[int, int]]]] = []
        last_end = -1
        tokens = list(self.words.token.finditer(scan))
        links = _links(scan, tokens) if "--" in scan or "–" in scan or "—" in scan else set()
        for m in tokens:
            span = (m.start(), m.end())
            gap = scan[last_end:span[0]] if runs else ""
            gap = ";" if _WRAP.fullmatch(gap) else _TAG.sub(";", gap)  # a wrap or a tag: a pause
            if not runs or "\n" in gap or regex.search(r"[?!]", gap) and not (
                    regex.search(r"[^\W\d_]", gap) and self._filler_gap(gap, lone=True)):
                runs.append([[span]])
            elif not gap.strip(" ,-–—:/|~*•·") and not _PAUSE.search(gap):
                runs[-1][-1].append(span)
            elif self._filler_gap(gap, lone=self._lone(scan, span)) or links and _linked(gap, links):
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
        words (``aside_others`` when punctuation sets them off as an aside; a word said
        again counts once, a filler of any language repeated), none when a
        lone word follows unless pause marks set them off ("восемь / ... / так-с /
        двенадцать")."""
        words = [w.strip(_GAP_PUNCT).lower() for w in gap.split()]
        words = [w for w in words if w]  # a dash between groups: "восемь - вот - сорок"
        if words and all(w in self.words.joins for w in words):
            return False  # "four one two, four one four and four one six": a list
        others = [w for w in words if undrawn(w) not in self.words.fillers and not all(
            undrawn(p) in self.words.fillers for p in w.split("-"))]
        aside = _ASIDE.fullmatch(gap) is not None
        allowed = self.words.aside_others if aside and (not lone or _MARKED.fullmatch(gap)) \
            else 0 if lone else self.words.gap_others
        said = [w for w in words if undrawn(w) not in self.words.hesitations]
        # a word said again is the one aside ("hao hao", "-- чэ -- ано, ано -- чэ --")
        # a long word only set off as an aside ("; тхьауегъэпсэу ;", a thanks in Adyghe)
        longest = _ASIDE_LONGEST if aside else _GAP_LONGEST
        return len(said) <= self.words.gap_words and len(set(others)) <= allowed and all(
                regex.fullmatch(_WORD, w) and len(w) <= longest for w in others)

    def _best(self, text: str, run: list[list[tuple[int, int]]]
              ) -> list[tuple[int, int, str, float]]:
        """The longest stretches of pieces whose digits make a valid phone or card: no
        counting aloud across pauses ("one. two. three. four. five"), and in English half
        the groups at least read digit by digit ("five five five", "two oh four") unless a
        cue names a phone: "forty two. I mean forty three. sixty six" is a list, "nine
        thirty. then ten fifteen" are times."""
        pieces = [p for i, p in enumerate(run) if not self._count_word(text, run, i)]
        words = [self._words(text, p) for p in pieces]
        digits = [self._digits(tuple(w)) or "?" for w in words]
        by_digit = [any(a in UNITS and b in UNITS for a, b in zip(ws, ws[1:])) for ws in words]
        english = [not regex.search(r"\p{Cyrillic}", "".join(ws)) for ws in words]
        found, i = [], 0
        while i < len(pieces):
            # the cues before a stretch depend on where it starts only: read once per start
            start = pieces[i][0][0]
            cued = self._cued(text, start, "PHONE")
            dictated = cued or bool(self.words.dictation.search(text, max(0, start - _CUE_WINDOW), start))
            # no stretch longer than a card ("+" and 19 digits) validates: none is read
            last, length = i, 0
            while last < len(pieces) and length + len(digits[last]) <= _LONGEST:
                length += len(digits[last])
                last += 1
            for j in range(last, i, -1):
                end = pieces[j - 1][-1][1]
                local = len(pieces) == 2 and local_number(
                    text, pieces, [digits[k] for k in range(i, j) if by_digit[k]])
                said = "".join(digits[i:j])
                told = local or _read_out(text, pieces[i:j], by_digit[i:j], said)
                entity = self._validate(said, cued or told, dictated or told)
                if entity and not counting([ws[0] if len(ws) == 1 else "" for ws in words[i:j]]) \
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
    @lru_cache(maxsize=4096)  # a transcript says the same groups again
    def _digits(words: tuple[str, ...]) -> str | None:
        if counted(list(words)):
            return None
        lang = "ru" if any("а" <= c <= "я" for w in words for c in w) else "en"
        try:
            parsed = parse_numbers(" ".join(words), lang)
        except (ValueError, KeyError, IndexError):
            return None
        digits = "".join(regex.findall(r"\+|\d", parsed))
        return digits if regex.fullmatch(r"\+?\d+", digits) else None

    @staticmethod
    def _validate(digits: str, cued: bool, dictated: bool) -> str | None:
        """A card, or a phone: valid, or only possible after a cue; seven digits at least
        after a cue or a word of dictating, nine without."""
        if "?" in digits or "+" in digits[1:]:
            return None
        count = len(digits.lstrip("+"))
        if 13 <= count <= 19 and luhn(digits):
            return "CREDIT_CARD"
        if count < (_MIN_CUED_DIGITS if dictated else _MIN_DIGITS) or count > 15:
            return None
        return "PHONE_NUMBER" if _phone(digits, cued) else None


def _read_out(text: str, pieces: list[list[tuple[int, int]]], by_digit: list[bool], digits: str) -> bool:
    """Groups each read digit by digit, with a word or a sound note between two of them
    ("nine oh five seven [kids shouting] two nine seven oh", "one seven -- wait, okay --
    triple oh"): a number dictated, as after a cue, eight digits at least, no counting aloud
    ("one two three four [laughter] five six"); a bare pause ("[0.5]", "[pause]") is no aside."""
    counted_aloud = digits in "01234567890" or digits in "09876543210"
    return len(pieces) >= 2 and all(by_digit) and len(digits) >= _READ_OUT_DIGITS and not counted_aloud and any(
        _SAID_BETWEEN.search(text, a[-1][1], b[0][0]) for a, b in zip(pieces, pieces[1:]))


def _segments(gap: str) -> list[str] | None:
    """What dashes set off in a gap between two groups, when dashes open and close it."""
    parts = _DASHED.split(gap)
    if len(parts) < 3 or parts[0].strip() or parts[-1].strip():
        return None
    return [" ".join(p.split()).lower() for p in parts[1:-1]]


def _links(scan: str, tokens: list[regex.Match]) -> set[str]:
    """The word or two set off by dashes that are said again and again between the groups
    of a number, whatever they are: a particle of the speaker's own language ("-- ee --",
    "-- ярай --", "-- ano ne --")."""
    seen: dict[str, int] = {}
    for a, b in zip(tokens, tokens[1:]):
        for part in _segments(scan[a.end():b.start()]) or ():
            if part and len(part.split()) <= _LINK_WORDS:
                seen[part] = seen.get(part, 0) + 1
    return {w for w, n in seen.items() if n >= _LINK_SEEN}


def _linked(gap: str, links: set[str]) -> bool:
    """A gap of links between dashes, with at most one aside between them of a few short
    words, whatever they are ("-- ee -- go siame, go siame -- ee --")."""
    parts = _segments(gap)
    if not parts or not links.intersection(parts):
        return False
    others = [p for p in parts if p not in links]
    return len(others) <= 1 and all(
        len(p.split()) <= _DASHED_ASIDE and all(regex.fullmatch(_WORD, w.strip(",.")) and len(w) <= 12
                                                for w in p.split()) for p in others)


def _merged(said: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of both grammars, those that overlap as one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(said + more):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _fewest(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases none of the others is part of: "birth" stands for "date of birth"."""
    low = {p.lower() for p in phrases}
    return tuple(sorted(p for p in low if not any(q != p and q in p for q in low)))


@lru_cache(maxsize=4096)  # a long run tries the same digits from many starts
def _phone(digits: str, cued: bool) -> bool:
    for region in _REGIONS:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or cued and phonenumbers.is_possible_number(number):
            return True
    return False
