"""From raw recognizer results to the spans that get replaced, one document at a time.

Drops what is not personal data (allow lists, public figures, bots, the tool's own
tokens, placeholders in an example context), completes names (initials), links the
other occurrences of a found name in the same document, and resolves overlaps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from redact.detect.findings import Finding
from redact.detect.rules import RuleSet
from redact.formats.base import Segment
from redact.morph import function_word, lemma, name_parse, normal_forms

__all__ = ["Refiner", "OWN_TOKEN"]

# What redact itself writes: [PERSON_1], [EMAIL_3f2a9c1b], [EMAIL#3f2a9c1b0d4e5f6a].
OWN_TOKEN = re.compile(r"\[[A-Z][A-Z_]*(?:_(?:\d+|[0-9a-f]{8})|#[0-9a-f]{16})\]")
_EXAMPLE = re.compile(
    r"e\.g\.|for example|for instance|such as|placeholder|example|dummy|fake|sample|fiction"
    r"|например|пример|заглушк|вымышлен|условн|фиктивн", re.I)
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)[.!?\n]\s")  # "e.g. " ends no sentence
_INITIALS_AFTER = re.compile(r"\s[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?")
_INITIALS_BEFORE = re.compile(r"[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.\s?)?$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Numbers set aside for fiction and documentation: US 555-01xx, Ofcom drama ranges.
_FICTION_PHONE = re.compile(
    r"555[\s.-]?01\d\d$|^(?:\+?44\s?|0)(?:20\s?7946\s?0|1[1-9]1\s?496\s?0|7700\s?900|"
    r"1632\s?960|808\s?157\s?0|909\s?879\s?0|3069\s?990|28\s?9649\s?6|29\s?2018\s?0)\d{2,3}$")
# Digits people type as a stand-in: "+46 70 123 45 67", "999 99 99 999".
_PLACEHOLDER_DIGITS = re.compile(r"0123456|1234567|2345678|3456789|9876543|(\d)\1{6}")
_URL = re.compile(r"https?://(?P<host>[A-Za-z0-9.-]+)(?::\d+)?(?:[/?#][^\s<>\"'`)\]]*)?")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_ID_LIKE = re.compile(r"[A-Za-z]-?\d|\d{3,}")  # "INC-20931", "IPv4"; not "школа № 57"
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")
_NAME_KINDS = {"filename", "attachment"}  # lowercase as a rule: "maria_lopez_cv.pdf"
_PROPAGATE = {"PERSON", "USERNAME", "ORGANIZATION", "LOCATION"}
_CODE_CHARS = re.compile(r"[\"\[\]{}=<>()/\\_|#@$%^*+~`]")
NER_DETECTORS = {"spacy", "natasha"}
# Who runs the assistant, as its instructions name it: "You are Parcelly's support assistant",
# "Ты — помощник службы доставки «БыстроВез»". The company behind a bot is not someone the
# conversation is about.
_OPERATOR = re.compile(
    r"\b(?i:you are|you're|this is)\s+(?:the\s+)?(?P<en>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:assistant|bot|chatbot|agent|helper|concierge)\b"
    r"|(?i:помощник|ассистент|чат-бот|бот|консультант)\w*\s+(?:[\w-]+\s+){0,3}?«(?P<ru>[^»\n]{1,40})»")
_HOMOGLYPHS = str.maketrans("аеорсухіАВЕКМНОРСТХ", "aeopcyxiABEKMHOPCTX")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def _norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def word_keys(word: str) -> set[str]:
    """How two spellings of one name meet: Latin look-alikes folded, Cyrillic taken as
    written and as its lemma, both transliterated, so "Соколовой", "Соколова",
    "Sokolova" and "SOKOLOVA" share a key."""
    folded = word.translate(_HOMOGLYPHS)
    if folded.isascii():
        return {folded.casefold()}
    low = word.casefold()
    return {low.translate(_TRANSLIT), lemma(low).translate(_TRANSLIT)}


def word_key(word: str) -> str:
    """The lookup key of a word: its lemma's (Cyrillic) or its folded form (Latin)."""
    folded = word.translate(_HOMOGLYPHS)
    if folded.isascii():
        return folded.casefold()
    return lemma(word.casefold()).translate(_TRANSLIT)


class Refiner:
    def __init__(self, rules: RuleSet, *, min_score: float) -> None:
        self.rules = rules
        self.min_score = min_score

    def refine(self, segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
        # most segments hold no finding: they pass each step as they are
        found = [[g for f in fs if (g := self._clean_ner(seg.text, f)) is not None] if fs else fs
                 for seg, fs in zip(segments, found)]
        operators = _operator_names(segments)
        kept = [[f for f in fs if self._keep(seg, f, segments, i, operators)] if fs else fs
                for i, (seg, fs) in enumerate(zip(segments, found))]
        kept = [[self._complete(seg.text, f) for f in fs] if fs else fs
                for seg, fs in zip(segments, kept)]
        kept = _speakers_are_people(segments, kept)
        kept = self._propagate(segments, kept)
        kept = self._personal_urls(segments, kept)
        return [_merge_names(seg.text, _resolve(fs)) if fs else [] for seg, fs in zip(segments, kept)]

    # -- NER output that cannot be a name as written ------------------------------------
    def _clean_ner(self, text: str, f: Finding) -> Finding | None:
        """Trim NER spans that run into the next line's field label or start with a kinship
        word or title ("Grandma June" is June), drop spans with code punctuation, no letters
        or nothing but a title, and keep lowercase "names" only where the lexicon agrees."""
        if f.detector not in NER_DETECTORS:
            return f
        value = text[f.start:f.end]
        if "\n" in value or "\r" in value:
            first = re.split(r"[\r\n]", value, maxsplit=1)[0].rstrip()
            lines = [part.strip() for part in re.split(r"[\r\n]+", value) if part.strip()]
            if text[f.end:f.end + 1] == ":" or not first or len(lines) > 2 or not all(
                    part[:1].isupper() for part in lines):  # "Maria\nLopez" yes, "macOS\ngh" no
                value = first
            f = f.shifted(f.start, f.start + len(value))
        if not _WORD.search(value) or _CODE_CHARS.search(value):
            return None
        if f.detector == "spacy" and _CYRILLIC.search(value):
            return None  # the English model reading a Russian word ("Спасибо", "Логи")
        if f.detector == "natasha" and f.category == "PERSON" and (
                " " not in value and function_word(value.casefold())
                or value.islower() and not all(name_parse(w)[0] for w in _WORD.findall(value))):
            return None  # "Не" opening a sentence; "логгере" is no name the dictionary knows
        if " " not in value and value[:1].islower() and not value.islower():
            return None  # "macOS", "iPhone", "eBay": how products are spelled, not people
        if f.category != "PERSON" and (_ID_LIKE.search(value) or (
                f.category == "ORGANIZATION" and _CAMEL.fullmatch(value))):
            return None  # "Ticket INC-20931", "DodgerBlue", "SegWit": ids and product words
        words = list(_WORD.finditer(value))
        titles = 0
        while f.category == "PERSON" and titles < len(words) and (
                words[titles].group().casefold() in self.rules.honorifics):
            titles += 1
        if titles == len(words):
            return None  # "Yes Grandma, we can hear you" names nobody
        if titles:
            f = f.shifted(f.start + words[titles].start(), f.end)
            value = text[f.start:f.end]
        if value.islower() and value.isascii():
            if f.category != "PERSON":
                return None
            names = self.rules.first_names.get("en", set())
            words = [m for m in _WORD.finditer(value) if m.group().casefold() in names]
            if not words:
                return None
            return f.shifted(f.start + words[0].start(), f.start + words[-1].end())
        return f

    # -- what is not personal data ------------------------------------------------------
    def _keep(self, seg: Segment, f: Finding, segments: list[Segment], index: int,
              operators: frozenset[str]) -> bool:
        value = seg.text[f.start:f.end]
        norm = _norm(value)
        if f.score < self.min_score or not norm:
            return False
        for m in OWN_TOKEN.finditer(seg.text) if "[" in seg.text else ():
            if m.start() < f.end and f.start < m.end():
                return False
            # NER reads a neighbour of "[PERSON_1]" as part of that name: it was not one
            # when the name was still there, so it is not one now
            gap = seg.text[f.end:m.start()] if f.end <= m.start() else seg.text[m.end():f.start]
            if f.detector in NER_DETECTORS and 0 < len(gap) <= 3 and all(
                    c in " \u00a0—–-" for c in gap):  # "Рекрутер — [PERSON_1]"
                return False
        if seg.kind == "speaker":
            return True  # classified as a whole label: roles and bots are already left out
        stripped = norm.strip(" .,;:!?\"'«»()[]`*")
        if stripped in self.rules.allow_list:
            return False
        if f.category in ("PERSON", "ORGANIZATION", "LOCATION"):
            if stripped in self.rules.public_figures or stripped.removeprefix("the ") in self.rules.allow_list:
                return False
            words = _WORD.findall(value)
            if not stripped.isascii() and words:  # "токены", "Евгения Онегина": by their lemmas
                lemmas = " ".join(lemma(w.casefold()) for w in words)
                if lemmas in self.rules.allow_list or lemmas in self.rules.public_figures:
                    return False
                if len(words) == 1 and value.islower() and normal_forms(value.casefold()) & self.rules.allow_list:
                    return False  # "в логгере": a tech word first, whatever else it can be read as
            if f.category != "PERSON" and f.detector in NER_DETECTORS and len(words) == 1 and value.isascii() \
                    and value.isupper():
                return False  # "US", "MAC", "NULL": acronyms and constants, not someone's
            if self._in_public_figure(seg.text, f):
                return False
            if stripped in operators or f.detector in NER_DETECTORS and self._not_a_person_here(seg.text, f):
                return False
            if all(w.casefold() in self.rules.allow_list for w in _WORD.findall(value)) and _WORD.search(value):
                return False
        if f.category == "USERNAME" and (stripped in self.rules.bots or stripped.endswith("bot")):
            return False
        digits = re.sub(r"[^\d+]", "", value)
        if f.category == "PHONE" and (_FICTION_PHONE.search(digits) or _PLACEHOLDER_DIGITS.search(digits)):
            return not self._example_context(seg, f, segments, index)
        return True

    def _not_a_person_here(self, text: str, f: Finding) -> bool:
        """A country named as a fact, not as where someone is ("Portugal doesn't require",
        "гражданин Германии"), a job title read as a company ("Logistics
        Coordinator"), a pet's name ("кот Бублик")."""
        words = _WORD.findall(text[f.start:f.end])
        if not words:
            return False
        if f.category == "ORGANIZATION":
            return len(words) > 1 and words[-1].casefold() in self.rules.job_titles
        before = re.search(r"([^\W\d_]+)\s+$", text[max(0, f.start - 30):f.start])
        previous = before.group(1).casefold() if before else ""
        if f.category == "LOCATION":
            # "гражданин Германии" is a fact; "он в Испании" says where someone is
            return _is_country(words, self.rules.public_places) and previous not in _WHERE
        return f.category == "PERSON" and previous in self.rules.pets

    def _in_public_figure(self, text: str, f: Finding) -> bool:
        """"Holmes" found alone inside "Sherlock Holmes" is the character, not a person; so is
        "Александр" in "Александр Сергеевич Пушкин"."""
        before = re.search(r"([^\W\d_]+\.?\s+)$", text[max(0, f.start - 40):f.start])
        after = re.match(r"(?:\s+[^\W\d_]+){1,2}", text[f.end:f.end + 60])
        value = text[f.start:f.end]
        candidates = [(before.group(1) if before else "") + value, value + (after.group() if after else "")]
        return any(_without_patronymic(c) in self.rules.public_figures for c in candidates if c != value)

    @staticmethod
    def _example_context(seg: Segment, f: Finding, segments: list[Segment], index: int) -> bool:
        """The sentence says it is an example, or a neighbouring message does."""
        text = seg.text
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, f.start)), default=0)
        stop = _SENTENCE_END.search(text, f.end)
        if _EXAMPLE.search(text[begin:stop.start() if stop else len(text)]):
            return True
        value = text[f.start:f.end]
        for j in (index - 1, index + 1):
            if 0 <= j < len(segments) and _EXAMPLE.search(segments[j].text) and (
                    value in segments[j].text or j == index - 1):
                return True
        return False

    # -- completing and linking names ---------------------------------------------------
    @staticmethod
    def _complete(text: str, f: Finding) -> Finding:
        """Initials next to a name belong to it; a name in quotes ends at its quote
        (natasha stops "ООО «Северный ветер»" before the closing »)."""
        value = text[f.start:f.end]
        if value.count("«") > value.count("»") and text[f.end:f.end + 1] == "»":
            return f.shifted(f.start, f.end + 1)
        if f.category != "PERSON":
            return f
        start, end = f.start, f.end
        after = _INITIALS_AFTER.match(text, end)
        if after:
            end = after.end()
        before = _INITIALS_BEFORE.search(text, max(0, start - 6), start)  # 6: its longest
        if before:
            start = before.start()
        return f.shifted(start, end) if (start, end) != (f.start, f.end) else f

    def _propagate(self, segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
        """Every other whole-word occurrence of a found name in the document is that name."""
        wanted: dict[str, tuple[Finding, bool]] = {}
        ambiguous = self.rules.first_names.get("en_ambiguous", set())
        read: set[tuple[str, str]] = set()  # a speaker's name, said on every line, once
        for seg, fs in zip(segments, found):
            for f in fs:
                if f.category not in _PROPAGATE:
                    continue
                value = seg.text[f.start:f.end]
                if (f.category, value) in read:  # its keys are set: the first finding keeps them
                    continue
                read.add((f.category, value))
                words = _WORD.findall(value)
                if not words or f.category == "LOCATION" and _is_country(words, self.rules.public_places):
                    continue  # where one person is, not what every mention of the country means
                lower = value.islower()
                if len(words) == 1:
                    for key in word_keys(words[0]):
                        wanted.setdefault(key, (f, lower))
                if f.category == "PERSON" and len(words) > 1:
                    for w in words:
                        if len(w) > 1 and w[0].isupper() and w.casefold() not in ambiguous:
                            for key in word_keys(w):
                                wanted.setdefault(key, (f, lower))
        if not wanted:
            return found
        links: dict[tuple[str, bool], list[Finding]] = {}  # a system prompt repeats: read it once
        out = []
        for seg, fs in zip(segments, found):
            name_kind = seg.kind in _NAME_KINDS
            candidates = links.get((seg.text, name_kind))
            if candidates is None:
                candidates = links[seg.text, name_kind] = self._links(seg.text, name_kind, wanted, ambiguous)
            out.append(fs + _outside(fs, candidates))
        return self._propagate_phrases(segments, out)

    def _links(self, text: str, name_kind: bool, wanted: dict[str, tuple[Finding, bool]],
               ambiguous: set[str]) -> list[Finding]:
        """The words of ``text`` that are a wanted name, as linked findings."""
        if text.isascii() and wanted.keys().isdisjoint(_WORD.findall(text.lower())):
            return []  # a Latin word's key is its lowercase form: nothing to look at
        out = []
        for m in _WORD.finditer(text):
            word = m.group()
            hit = None
            if len(word) > 1:
                hit = wanted.get(word_key(word)) or next(
                    (wanted[k] for k in word_keys(word) if k in wanted), None)
            if hit is None:
                continue
            source, source_lower = hit
            if source.category == "PERSON" and word.islower() and (
                    not source_lower or word in ambiguous) and not name_kind:
                continue  # "Will" the name does not make every "will" a name
            linked = _linked(source, m.start(), m.end())
            if not self._in_public_figure(text, linked):  # Александр, but not Пушкин
                out.append(linked)
        return out

    def _personal_urls(self, segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
        """A URL on the domain of an email found in the document ("me@jane-roe.dev",
        "https://jane-roe.dev") is as personal as the email, unless the domain is a
        mail provider's."""
        domains = {seg.text[f.start:f.end].rsplit("@", 1)[-1].casefold()
                   for seg, fs in zip(segments, found) for f in fs if f.category == "EMAIL"}
        domains -= self.rules.mail_providers
        if not domains:
            return found
        out = []
        for seg, fs in zip(segments, found):
            extra = []
            for m in _URL.finditer(seg.text):
                host = m.group("host").casefold().removeprefix("www.")
                end = m.start() + len(m.group().rstrip(".,;:!?"))
                if host in domains and not any(f.start < end and m.start() < f.end for f in fs):
                    extra.append(Finding(m.start(), end, "URL", "URL", 0.6, "linked"))
            out.append(fs + extra)
        return out

    @staticmethod
    def _propagate_phrases(segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
        """Multi-word values ("Halden Freight") and secrets stand for themselves wherever
        written: a password found after "PASSWORD:" is the same password inside a URL."""
        phrases: dict[str, Finding] = {}
        for seg, fs in zip(segments, found):
            for f in fs:
                value = seg.text[f.start:f.end]
                if f.category in _PROPAGATE and " " in value.strip() and "\n" not in value or (
                        f.category == "SECRET" and len(value) >= 8):
                    phrases.setdefault(value, f)
        if not phrases:
            return found
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")
        matches: dict[str, list[Finding]] = {}
        out = []
        for seg, fs in zip(segments, found):
            candidates = matches.get(seg.text)
            if candidates is None:
                candidates = matches[seg.text] = [
                    _linked(phrases[m.group()], m.start(), m.end()) for m in pattern.finditer(seg.text)]
            out.append(fs + _outside(fs, candidates))
        return out


def _linked(source: Finding, start: int, end: int) -> Finding:
    """Another occurrence of what ``source`` found."""
    return Finding(start, end, source.entity, source.category, source.score, "linked")


def _outside(found: list[Finding], candidates: list[Finding]) -> list[Finding]:
    """The candidates that overlap nothing already found."""
    return [c for c in candidates if not any(f.start < c.end and c.start < f.end for f in found)]


def _operator_names(segments: list[Segment]) -> frozenset[str]:
    texts = {seg.text for seg in segments if _may_name_operator(seg.text)}
    return frozenset(_norm(m.group("en") or m.group("ru"))
                     for text in texts for m in _OPERATOR.finditer(text))


def _may_name_operator(text: str) -> bool:
    """What either form of _OPERATOR needs: "«", or "'s" and one of its English openings
    (looked for in lowercase on ASCII text, where that is what ignoring case means)."""
    if "«" in text:
        return True
    if "'s" not in text and "’s" not in text:
        return False
    if not text.isascii():
        return True
    low = text.lower()
    return "you are" in low or "you're" in low or "this is" in low


def _without_patronymic(value: str) -> str:
    """"Александр Сергеевич Пушкин" is listed as "Александр Пушкин"."""
    words = value.split()
    if value.isascii() or len(words) < 3:
        return _norm(value)
    return _norm(" ".join(w for w in words if name_parse(w)[0] != "Patr"))


def _is_country(words: list[str], places: set[str]) -> bool:
    return bool(places) and (" ".join(words).casefold() in places
                             or " ".join(lemma(w.casefold()) for w in words) in places)


_WHERE = {"в", "во", "на", "из", "in", "to", "from", "at", "near"}


def _speakers_are_people(segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
    """A word of a speaker's name that NER read as a place or an organisation ("Omar
    has a call" as LOCATION) is that person."""
    def keys(seg: Segment, f: Finding) -> set[str]:
        return {word_key(w) for w in _WORD.findall(seg.text[f.start:f.end])}

    said = {seg.text[f.start:f.end] for seg, fs in zip(segments, found) if seg.kind == "speaker"
            for f in fs if f.category == "PERSON"}  # each speaker's name once
    names = {word_key(w) for value in said for w in _WORD.findall(value)}
    if not names:
        return found
    return [[replace(f, entity="PERSON", category="PERSON")
             if f.category in ("LOCATION", "ORGANIZATION") and f.detector in NER_DETECTORS
             and set() < keys(seg, f) <= names else f
             for f in fs] for seg, fs in zip(segments, found)]


# A checksum or a context word says more than "phonenumbers can parse it": an ИНН or a
# passport number read as a phone is labelled by what it is.
_SPECIFIC = {"GOV_ID", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CRYPTO_WALLET", "SECRET"}


def _resolve(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings become one span: the one containing the others when there is
    one, else the union labelled by the most specific category, then the highest score."""
    if len(findings) < 2:
        return list(findings)
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    group: list[Finding] = []
    for f in ordered + [None]:
        if f is not None and group and f.start < max(g.end for g in group):
            group.append(f)
            continue
        if group:
            start = min(g.start for g in group)
            end = max(g.end for g in group)
            outer = [g for g in group if g.start == start and g.end == end]
            best = max(outer or group, key=lambda g: (
                g.category in _SPECIFIC, g.score, g.end - g.start))
            out.append(best.shifted(start, end))
        group = [f] if f is not None else []
    return out


def _merge_names(text: str, findings: list[Finding]) -> list[Finding]:
    """"Priya" and "Raman" found apart but written together are one name."""
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if (prev is not None and prev.category == f.category == "PERSON"
                and text[prev.end:f.start].isspace() and f.start - prev.end <= 2):
            out[-1] = max(prev, f, key=lambda g: g.score).shifted(prev.start, f.end)
        else:
            out.append(f)
    return out
