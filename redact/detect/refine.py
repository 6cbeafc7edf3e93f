"""From raw recognizer results to the spans that get replaced, one document at a time.

Drops what is not personal data (allow lists, public figures, bots, the tool's own
tokens, placeholders in an example context: the named checks of
``redact.detect.checks``, in order), completes names (initials), links the other
occurrences of a found name in the same document, and resolves overlaps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from redact.detect.checks import (
    NAME_CATEGORIES, NER_DETECTORS, WORD, in_example_context, is_acronym_or_constant,
    is_allow_listed, is_allow_listed_after_the, is_allow_listed_lemma, is_assistant_operator,
    is_bot_handle, is_country, is_country_named_as_fact, is_cyrillic_read_by_english_model,
    is_event_or_programme, is_id_or_camel_case_word, is_inside_public_figure,
    is_job_title_read_as_company, is_lowercase_tech_word, is_made_of_allowed_words,
    is_kin_word_after_possessive, is_named_by_relation, is_own_token_or_its_neighbour,
    is_pet_name, is_placeholder_phone, is_product_spelling, is_public_figure,
    is_russian_non_name, is_weak_or_blank, is_wordless_or_code, strip_honorifics,
    trim_before_bracket, trim_lowercase_to_first_names, trim_to_first_line, trim_to_latin,
    trim_trailing_lowercase)
from redact.detect.docwords import (
    capitalised_elsewhere, named_things, things_named_by_their_noun, without_things)
from redact.detect.foreign_words import is_foreign_words
from redact.detect.groups import listed_names, name_lists, names_outside_blocks, signature_companies
from redact.detect.name_case import nouns_by_case
from redact.detect.name_fields import is_field_label
from redact.detect.operators import operator_names
from redact.detect.overlaps import merge_names, resolve
from redact.detect.packs import RuleSet
from redact.detect.runlinks import NAMES as _PROPAGATE
from redact.detect.runlinks import link_phrases, link_run
from redact.detect.speech import (
    is_clipped_word, is_cut_off, is_greeting, is_hesitation, is_interjection, is_number_word,
    is_repeated_sound, is_restarted_word, is_spaced_compound, is_truncated_word,
    trim_leading_fillers)
from redact.detect.wordlike import (
    OPENING_ZIPF, is_abbreviation, is_common_word, is_first_name, is_law, is_month_among_months, is_month_date,
    is_named_by_its_thing, is_nationality, is_note, is_numbered_thing, is_office,
    is_office_complement, is_phrase_of_words, is_role_label, is_role_read_with_its_title,
    is_russian_word_opening_a_reply, is_spelled_letters, is_thing_after_article, is_town_in_capitals,
    is_unit_after_number, opens_sentence, zipf)
from redact.morph import proper_noun, word_key, word_keys
from redact.records import Finding, Segment, SegmentKind, SegmentResult

__all__ = ["Refiner"]

_INITIALS_AFTER = re.compile(r"\s[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?")
_INITIALS_BEFORE = re.compile(r"[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.\s?)?$")
# a surname a line's wrap carried over, its particle opening the next line, a quote's
# marks before it: "the technician Ana Laura⏎> da Cunha", "Ludwig⏎van Beethoven"
_WRAPPED_SURNAME = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:>[ \t]*)*(?:(?:da|de|do|dos|das|di|del|della|du|des|van|von|der|den|"
    r"ter|ten|la|le|bin|ibn|ben|al|el|y|e)[ \t]+){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+")
# the kind of a Russian settlement written before its name belongs to it ("г. Пермь")
_SETTLEMENT = re.compile(r"(?<![\w.])(?:г|гор|пос|пгт|с|д|дер)\.[ \t]?$")
_URL = re.compile(r"https?://(?P<host>[A-Za-z0-9.-]+)(?::\d+)?(?:[/?#][^\s<>\"'`)\]]*)?")
_HANDLE_MARK = re.compile(r"[\d._-]")  # what a handle has and a word has not
_WORD_ZIPF = 2.0  # a word read once in ten million: "overdrawn", "unverified", "ubuntu"
# no candidate: what the many texts with none share in a memo of a document's texts
_NONE: list[Finding] = []
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")  # "Dr. ", "Mrs ", "сестра "
_READINGS = NER_DETECTORS | {"name_lexicon"}  # readings of words, not of what is said of them
# from a cue's last word to its value: punctuation and up to six short words (". ", " no. ",
# " (mm/dd/yyyy) ", " per verification: ", whose it is: " of the farmer (NIR card) ")
_CUE_HANDOVER = re.compile(r"[^\w\n]{0,3}(?:[^\W\d_]{1,12}[^\w\n]{1,3}){0,6}")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")  # "NHI", "ЕНП": what the open acronym cue reads
# the acronym an open acronym cue read right before its value, and its companion ("MR no. ",
# "IDNP: ", "ЕНП № ")
_ACRONYM_CUE = re.compile(r"(?<![^\W\d_])([A-ZА-ЯЁ]{3,6})[^\w\n]{0,3}"
                          r"(?:(?i:number|no|nr|num|номер)[^\w\n]{0,3})?$")
_CAPITALS_ZIPF = 3.5  # "ORDER", "DATE", "TOTAL" are words in capitals; "UPN", "IDNP", "NHI" are not


class Refiner:
    def __init__(self, rules: RuleSet, *, min_score: float) -> None:
        self.rules = rules
        self.min_score = min_score
        self.role_words = rules.role_words | rules.job_titles
        self.titles = rules.honorifics  # "Madam Chair" is a role, "Madam Roe" a name
        # "my sister Rose", "manager Rose", "his grandad rich"
        self.cues = rules.honorifics | self.role_words | rules.relations
        self.first_names = rules.first_names.get("en", set())
        self.ambiguous = rules.first_names.get("en_ambiguous", set())  # "will", "rose"
        self.cued_handles = rules.cues.names("USERNAME")  # "my account is csanchez"
        self.cued = rules.cues.names()
        self.open_acronyms = rules.cues.acronym_names()
        self.cue_words = rules.cues.words()

    def link_run(self, documents: Sequence[Sequence[Segment]],
                 results: list[list[SegmentResult]]) -> list[list[SegmentResult]]:
        """What the documents of one run say of each other: a name one of them writes as a
        thing ("our Broadcast News system") is no one's in any of them, NER's readings and
        what linking made of them; then strong values link across them (``link_run``)."""
        things = self._things(documents)
        if things:
            results = [[replace(sr, findings=without_things([seg], [sr.findings], things,
                                                            NER_DETECTORS | {"linked"})[0])
                        for seg, sr in zip(segs, found)] for segs, found in zip(documents, results)]
        return link_run(documents, results)

    def _things(self, documents: Sequence[Sequence[Segment]]) -> set[str]:
        return things_named_by_their_noun(
            dict.fromkeys(seg.text for segs in documents for seg in segs
                          if seg.kind != SegmentKind.SPEAKER),
            self.rules.thing_heads, self.first_names)

    def refine(self, segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
        # most segments hold no finding: they pass each step as they are
        found = [[g for f in fs if (g := self._clean_ner(seg.text, f)) is not None] if fs else fs
                 for seg, fs in zip(segments, found)]
        operators = operator_names(segments)
        # people who go by lowercase handles write names in lowercase: "anna is sam coming?"
        lowercase = any(f.detector == "name_lexicon" and seg.text[f.start:f.end].islower()
                        for seg, fs in zip(segments, found) for f in fs) and any(
            f.category == "USERNAME" for seg, fs in zip(segments, found)
            if seg.kind == SegmentKind.SPEAKER for f in fs)
        kept = [[f for f in fs if self._keep(seg, f, segments, i, operators, lowercase)]
                if fs else fs for i, (seg, fs) in enumerate(zip(segments, found))]
        kept = [self._without_cues(seg.text, fs) if len(fs) > 1 else fs
                for seg, fs in zip(segments, kept)]
        kept = capitalised_elsewhere(segments, kept, self.first_names)
        kept = named_things(segments, kept, self.first_names, self.ambiguous,
                            self.rules.public_places, lowercase=lowercase)
        kept = without_things(segments, kept, self._things([segments]), NER_DETECTORS)
        kept = [[self._complete(seg.text, f) for f in fs] if fs else fs
                for seg, fs in zip(segments, kept)]
        kept = _speakers_are_people(segments, kept)
        kept = self._propagate(segments, kept)
        kept = nouns_by_case(segments, kept, self.cues)
        kept = [[f for f in fs if f.detector != "linked" or not (is_common_word(
                    seg.text, f, self.first_names, self.cues, ambiguous=self.ambiguous,
                    named=f.category == "PERSON") or _is_said_not_named(seg.text, f))]
                if fs else fs
                for seg, fs in zip(segments, kept)]
        kept = self._personal_urls(segments, kept)
        return [self._settled(seg.text, fs) if fs else fs for seg, fs in zip(segments, kept)]

    def _without_cues(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` without names NER or the name lexicon read in cue words right before
        the value their cue names ("Aadhaar no. 3001 ...", "Birth Dt. 08-02-1953", "patient
        reg no"), or in an acronym a cue reads as an id's ("ЕНП № 7788..."): the label, not
        a name."""
        values = [f.start for f in found if f.detector in self.cued]
        if not values:
            return found
        return [f for f in found if not (
            f.detector in _READINGS and any(_CUE_HANDOVER.fullmatch(text, f.end, v)
                                                for v in values)
            and all(w.casefold() in self.cue_words or _ACRONYM.fullmatch(w)
                    for w in WORD.findall(text[f.start:f.end])))]

    def _settled(self, text: str, found: list[Finding]) -> list[Finding]:
        """The groups names stand in (addresses, lists, firms, signatures), then one
        finding per place."""
        found = listed_names(text, name_lists(text, names_outside_blocks(text, found)))
        return merge_names(text, resolve(signature_companies(text, found, self.role_words)))

    def _clean_ner(self, text: str, f: Finding) -> Finding | None:
        """What NER found, trimmed to the name it can be, or None: the first check that
        says it cannot be one drops it."""
        if f.detector not in NER_DETECTORS:
            return f
        f = trim_leading_fillers(text, trim_trailing_lowercase(text, trim_before_bracket(
            text, trim_to_latin(text, trim_to_first_line(text, f)))))
        if f is None:
            return None
        value = text[f.start:f.end]
        if (is_wordless_or_code(value) or is_role_label(value, self.role_words, self.titles)
                or is_office(value, self.role_words) or is_spelled_letters(value) or is_law(value)
                or is_abbreviation(text, f) or is_numbered_thing(value)
                or f.category == "PERSON" and is_phrase_of_words(value, self.first_names)
                or is_office_complement(text, f)
                or is_role_read_with_its_title(text, f, self.role_words)
                or is_cyrillic_read_by_english_model(f, value)
                or is_russian_non_name(f, value) or is_product_spelling(value)
                or is_russian_word_opening_a_reply(text, f, self.rules.first_names.get("ru_diminutive", ()))
                or is_id_or_camel_case_word(f, value) or is_unit_after_number(text, f)
                or is_nationality(value, self.rules.nationalities)
                or is_truncated_word(value, self.first_names) or is_number_word(value)
                or is_spaced_compound(value) or is_repeated_sound(value)
                or is_named_by_its_thing(text, f, self.rules.thing_heads, self.first_names)
                or is_field_label(text, f.start, f.end)):
            return None
        f = strip_honorifics(text, f, self.rules.honorifics)
        if f is None:
            return None
        return trim_lowercase_to_first_names(text, f, self.rules.first_names.get("en", set()))

    def _keep(self, seg: Segment, f: Finding, segments: list[Segment], index: int,
              operators: frozenset[str], lowercase: bool) -> bool:
        """Whether a finding is personal data: the first check that says it is not drops
        it. ``lowercase``: the document writes names in lowercase (its speakers are handles,
        and the first-name lexicon read a lowercase name by its context)."""
        text, rules = seg.text, self.rules
        value = text[f.start:f.end]
        if is_weak_or_blank(f, value, self.min_score) or is_own_token_or_its_neighbour(text, f):
            return False
        # a hesitation, a word clipped of its start ("'Kay"; a quoted "'ann_k@pi" is a handle),
        # thanks or a greeting set off as a clause ("Vinaka, noted."), a kin word ("мой ами")
        spoken = f.category in _PROPAGATE and (is_hesitation(value) or is_clipped_word(text, f)
                                               and not _HANDLE_MARK.search(value)
                                               or is_interjection(text, f, rules.interjections)
                                               or is_greeting(text, f)
                                               or is_kin_word_after_possessive(text, f, rules.relations))
        # after whose kin someone is, a role word is their name: "my ñaño Senator is"
        named = is_named_by_relation(text, f, rules.relations)
        if (is_role_label(value, self.role_words, self.titles) and not named or spoken
                or is_common_word(text, f, self.first_names, self.cues, ambiguous=self.ambiguous,
                                  named=lowercase, label=seg.kind == SegmentKind.SPEAKER)):
            return False
        if seg.kind == SegmentKind.SPEAKER:
            return True  # classified as a whole label: roles and bots are already left out
        if f.detector in NER_DETECTORS and not lowercase and value.islower() and all(
                w in self.ambiguous or not is_first_name(w, self.first_names)
                for w in WORD.findall(value)):
            return False  # "the mel energies": where names are capitalised, NER's lowercase words
        if is_foreign_words(text, f, self.first_names):
            return False  # "bună ziua", "mirá": a word of the writer's other language
        if not named and is_allow_listed(value, rules.allow_list) or _is_said_not_named(text, f):
            return False
        if f.detector in self.cued_handles and _is_a_word(value):
            return False  # "my account is locked": the sentence goes on
        if f.detector in self.open_acronyms and _named_by_a_word(text, f.start):
            return False  # "ORDER NO. 123456", "DATE 20240101": a word in capitals
        if f.category in NAME_CATEGORIES and not named and (
                is_public_figure(value, rules.public_figures)
                or is_allow_listed_after_the(value, rules.allow_list)
                or is_allow_listed_lemma(value, rules.allow_list, rules.public_figures)
                or is_lowercase_tech_word(value, rules.allow_list)
                or is_acronym_or_constant(f, value, self.first_names)
                and not is_town_in_capitals(text, f)
                or is_inside_public_figure(text, f, rules.public_figures)
                or is_assistant_operator(value, operators)
                or is_job_title_read_as_company(text, f, rules.job_titles)
                or is_event_or_programme(text, f, rules.event_heads)
                or is_country_named_as_fact(text, f, rules.public_places)
                or is_pet_name(text, f, rules.pets)
                or is_made_of_allowed_words(value, rules.allow_list)):
            return False
        return not (is_bot_handle(f, value, rules.bots)
                    or is_placeholder_phone(f, value) and in_example_context(segments, index, f))

    # -- completing and linking names ---------------------------------------------------
    @staticmethod
    def _complete(text: str, f: Finding) -> Finding:
        """Initials next to a name belong to it, as "г." to a town, and a surname its
        particle carries over a line's wrap; a name in quotes ends at its quote (natasha
        stops "ООО «Северный ветер»" before the closing »)."""
        value = text[f.start:f.end]
        if value.count("«") > value.count("»") and text[f.end:f.end + 1] == "»":
            return f.shifted(f.start, f.end + 1)
        if f.category == "LOCATION" and (kind := _SETTLEMENT.search(text, max(0, f.start - 8),
                                                                     f.start)) is not None:
            return f.shifted(kind.start(), f.end)
        if f.category != "PERSON":
            return f
        start, end = f.start, f.end
        after = _INITIALS_AFTER.match(text, end) or _WRAPPED_SURNAME.match(text, end)
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
        for i, (seg, fs) in enumerate(zip(segments, found)):
            for f in fs:
                if f.category not in _PROPAGATE:
                    continue
                value = seg.text[f.start:f.end]
                if (f.category, value) in read:  # its keys are set: the first finding keeps them
                    continue
                read.add((f.category, value))
                words = WORD.findall(value)
                if not words or f.category == "LOCATION" and is_country(words, self.rules.public_places):
                    continue  # where one person is, not what every mention of the country means
                lower = value.islower()
                seed = replace(f, seed=(i, f.start, f.end))
                if len(words) == 1 and self._is_evidence(seg.text, f, words[0]):
                    for key in word_keys(words[0]):
                        wanted.setdefault(key, (seed, lower))
                if f.category == "PERSON" and len(words) > 1:
                    for w in words:
                        if (len(w) > 1 and w[0].isupper() and w.casefold() not in ambiguous
                                and not is_nationality(w, self.rules.nationalities)
                                and not is_hesitation(w)):  # "Welsh-medium"
                            for key in word_keys(w):
                                wanted.setdefault(key, (seed, lower))
        if not wanted:
            return link_phrases(segments, found)
        # a system prompt repeats: each text is read once (per kind of segment)
        links: dict[bool, dict[str, list[Finding]]] = {False: {}, True: {}}
        out = []
        for seg, fs in zip(segments, found):
            name_kind = SegmentKind(seg.kind).names_a_file
            candidates = links[name_kind].get(seg.text)
            if candidates is None:
                candidates = links[name_kind][seg.text] = self._links(
                    seg.text, name_kind, wanted, ambiguous)
            out.append(_with_outside(fs, candidates))
        return link_phrases(segments, out)

    def _is_evidence(self, text: str, f: Finding, word: str) -> bool:
        """Whether a one-word finding says enough to stand for its other occurrences: a
        handle (a speaker slot, an @-mention, a rule's), a speaker label that is a name, a
        first name, a name after a title, a name or place in the Russian dictionary, a place
        or company capitalised mid-sentence, a rare word (``OPENING_ZIPF``) capitalised
        mid-sentence. What NER alone read in one word is one guess, and linking it would
        repeat the guess through the document."""
        if f.detector not in NER_DETECTORS or not word.isascii() and proper_noun(word):
            return True
        if f.category != "PERSON":  # a capitalised place or company mid-sentence
            return word[:1].isupper() and not opens_sentence(text, f.start)
        title = _TITLE_BEFORE.search(text, max(0, f.start - 20), f.start)
        return (is_first_name(word, self.first_names)
                or bool(title) and title.group(1).casefold() in self.rules.honorifics
                or word[:1].isupper() and not opens_sentence(text, f.start)
                and zipf(word.casefold(), "en") < OPENING_ZIPF)  # "Zuzana": no word but a name

    def _links(self, text: str, name_kind: bool, wanted: dict[str, tuple[Finding, bool]],
               ambiguous: set[str]) -> list[Finding]:
        """The words of ``text`` that are a wanted name, as linked findings."""
        if text.isascii() and wanted.keys().isdisjoint(WORD.findall(text.lower())):
            return _NONE  # a Latin word's key is its lowercase form: nothing to look at
        out = []
        for m in WORD.finditer(text):
            word = m.group()
            hit = None
            if len(word) > 1:
                hit = wanted.get(word_key(word)) or next(
                    (wanted[k] for k in word_keys(word) if k in wanted), None)
            if hit is None:
                continue
            source, source_lower = hit
            if word.islower() and not name_kind and (not source_lower or (
                    source.category == "PERSON" and word in ambiguous)):
                continue  # "Will" the name does not make every "will" a name
            linked = _linked(source, m.start(), m.end())
            # "Александр" linked from another mention, but not in "Александр Пушкин"
            if not is_inside_public_figure(text, linked, self.rules.public_figures):
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
            out.append(fs + extra if extra else fs)
        return out


def _named_by_a_word(text: str, start: int) -> bool:
    """Whether what an open acronym cue read before ``start`` is a word of three letters or
    more written in capitals ("ORDER", "DATE"; not "UPN", nor "MR")."""
    cue = _ACRONYM_CUE.search(text, max(0, start - 24), start)
    if cue is None:
        return False
    word = cue.group(1).casefold()
    return zipf(word, "en" if word.isascii() else "ru") >= _CAPITALS_ZIPF


def _is_a_word(value: str) -> bool:
    """A plain word the language uses ("locked", "verified", "overdue"), not a handle
    ("csanchez", "jbell"): after a user name's cue it goes on with the sentence."""
    return (WORD.fullmatch(value) is not None and not _HANDLE_MARK.search(value)
            and zipf(value.casefold(), "en") >= _WORD_ZIPF)


def _is_said_not_named(text: str, f: Finding) -> bool:
    """Where the words around a found name make it something else, whoever found it: a
    thing after an article ("the Bill."), a month with its day ("May 19", but a handle
    written as one word, "gitlab.com/may19", is a handle) or among months ("March and
    April"), a word cut off ("Mush mushroom",
    "Th - One"), a transcript's note ("[Laughter.]")."""
    handle = f.category == "USERNAME" and not any(c.isspace() for c in text[f.start:f.end])
    return f.category in _PROPAGATE and (
        is_thing_after_article(text, f) or is_month_date(text, f) and not handle
        or f.category == "PERSON" and is_month_among_months(text, f)
        or is_restarted_word(text, f) or is_cut_off(text, f) or is_note(text, f))


def _linked(source: Finding, start: int, end: int) -> Finding:
    """Another occurrence of what ``source`` found, with its seed: where ``source`` is."""
    return Finding(start, end, source.entity, source.category, source.score, "linked",
                   source.seed)


def _outside(found: list[Finding], candidates: list[Finding]) -> list[Finding]:
    """The candidates that overlap nothing already found."""
    return [c for c in candidates if not any(f.start < c.end and c.start < f.end for f in found)]


def _with_outside(found: list[Finding], candidates: list[Finding]) -> list[Finding]:
    """``found`` and the candidates that overlap none of it: ``found`` itself when none
    is added (a document's many segments with nothing share their empty list)."""
    extra = _outside(found, candidates) if candidates else None
    return found + extra if extra else found


def _speakers_are_people(segments: list[Segment], found: list[list[Finding]]) -> list[list[Finding]]:
    """A word of a speaker's name that NER read as a place or an organisation ("Omar
    has a call" as LOCATION) is that person."""
    def keys(seg: Segment, f: Finding) -> set[str]:
        return {word_key(w) for w in WORD.findall(seg.text[f.start:f.end])}

    said = {seg.text[f.start:f.end] for seg, fs in zip(segments, found)
            if seg.kind == SegmentKind.SPEAKER
            for f in fs if f.category == "PERSON"}  # each speaker's name once
    names = {word_key(w) for value in said for w in WORD.findall(value)}
    if not names:
        return found
    return [[replace(f, entity="PERSON", category="PERSON")
             if f.category in ("LOCATION", "ORGANIZATION") and f.detector in NER_DETECTORS
             and set() < keys(seg, f) <= names else f
             for f in fs] if fs else fs for seg, fs in zip(segments, found)]
