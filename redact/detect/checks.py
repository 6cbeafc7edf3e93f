"""Precision checks: each names one kind of span a recognizer finds that is not personal
data, or not as found, and says why.

``Refiner`` runs them in a fixed order. The NER checks take what spaCy or natasha found
and trim it to the name it can be (``trim_to_first_line``, ``strip_honorifics``,
``trim_lowercase_to_first_names``) or drop it (the ``is_*`` ones before them); the
finding checks then drop whatever the packs' lists or the text around a span say is no
one's data. A check only reads: the span, the text around it and the lists it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence

from redact.morph import function_word, lemma, name_parse, normal_forms, verb_form
from redact.records import Finding, Segment

__all__ = [
    "OWN_TOKEN", "NER_DETECTORS", "NAME_CATEGORIES", "WORD", "norm", "is_country",
    "trim_to_first_line", "trim_before_bracket", "trim_to_latin", "trim_trailing_lowercase",
    "is_wordless_or_code", "is_cyrillic_read_by_english_model",
    "is_russian_non_name", "is_product_spelling", "is_id_or_camel_case_word",
    "strip_honorifics", "trim_lowercase_to_first_names",
    "is_weak_or_blank", "is_own_token_or_its_neighbour", "is_allow_listed",
    "is_public_figure", "is_allow_listed_after_the", "is_allow_listed_lemma", "is_named_by_relation",
    "is_lowercase_tech_word", "is_acronym_or_constant", "is_inside_public_figure",
    "is_assistant_operator", "is_event_or_programme", "is_job_title_read_as_company", "is_country_named_as_fact",
    "is_pet_name", "is_made_of_allowed_words", "is_bot_handle", "is_placeholder_phone",
    "in_example_context", "word_before", "is_kin_word_after_possessive", "NAME_PARTICLES", "without_article",
]

NER_DETECTORS = {"spacy", "natasha"}
NAME_CATEGORIES = ("PERSON", "ORGANIZATION", "LOCATION")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What redact itself writes: [PERSON_1], [EMAIL_3f2a9c1b], [EMAIL#3f2a9c1b0d4e5f6a].
OWN_TOKEN = re.compile(r"\[[A-Z][A-Z_]*(?:_(?:\d+|[0-9a-f]{8})|#[0-9a-f]{16})\]")
_EXAMPLE = re.compile(
    r"e\.g\.|for example|for instance|such as|placeholder|example|dummy|fake|sample|fiction"
    r"|например|пример|заглушк|вымышлен|условн|фиктивн", re.I)
_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)[.!?\n]\s")  # "e.g. " ends no sentence
# Numbers set aside for fiction and documentation: US 555-01xx, Ofcom drama ranges.
_FICTION_PHONE = re.compile(
    r"555[\s.-]?01\d\d$|^(?:\+?44\s?|0)(?:20\s?7946\s?0|1[1-9]1\s?496\s?0|7700\s?900|"
    r"1632\s?960|808\s?157\s?0|909\s?879\s?0|3069\s?990|28\s?9649\s?6|29\s?2018\s?0)\d{2,3}$")
# Digits people type as a stand-in: "+46 70 123 45 67", "999 99 99 999".
_PLACEHOLDER_DIGITS = re.compile(r"0123456|1234567|2345678|3456789|9876543|(\d)\1{6}")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_ID_LIKE = re.compile(r"[A-Za-z]-?\d|\d{3,}")  # "INC-20931", "IPv4"; not "школа № 57"
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")
_CODE_CHARS = re.compile(r"[\"\[\]{}=<>()/\\_|#@$%^*+~`]")
_WHERE = {"в", "во", "на", "из", "in", "to", "from", "at", "near"}


def norm(value: str) -> str:
    """A value as the packs' lists hold it: NFKC, casefolded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _bare(value: str) -> str:
    """``norm`` without the punctuation a sentence puts around a word ("Docker," is
    "docker")."""
    return norm(value).strip(" .,;:!?\"'«»()[]`*")


def is_country(words: list[str], places: Collection[str]) -> bool:
    """Whether the words name a listed place, as written, after "the" ("the United
    Kingdom") or by their lemmas ("Германии")."""
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return bool(places) and (" ".join(words).casefold() in places or not all(
        w.isascii() for w in words) and " ".join(lemma(w.casefold()) for w in words) in places)


def word_before(text: str, start: int) -> str:
    """The word just before ``start`` (within 30 characters), casefolded, or ""; of an
    in-law, its kin word ("mother" of "my mother-in-law Princess"); with the "a-" or "ah-"
    Hokkien and Cantonese put before a kin word ("a-gong" of "my a-gong Rock")."""
    before = re.search(r"((?:(?<![^\W\d_])(?i:ah?)-)?[^\W\d_]+)(?:-in-law)?\.?\s+$",
                       text[max(0, start - 30):start])
    return before.group(1).casefold() if before else ""


def is_named_by_relation(text: str, f: Finding, relations: Collection[str]) -> bool:
    """A capitalised name right after who the person is to someone ("моя мама Мира", "my
    friend Paris", "с братом Миром"): a person, whatever else its word can be read as."""
    if f.category != "PERSON" or not text[f.start:f.start + 1].isupper():
        return False
    before = word_before(text, f.start)
    return before in relations or lemma(before) in relations


# whose: the word before a kin word ("my", "мой", "mi", "me")
_POSSESSIVES = {"my", "his", "her", "our", "their", "your", "mi", "me", "мой", "моя", "моё",
                "мое", "мои", "твой", "твоя", "его", "её", "ее", "наш", "наша", "ваш", "ваша", "их"}


# a word closing its line or sentence after a comma: "..., ами", "thanks, mama!"
_HYPHEN_HEAD = re.compile(r"(?<![\w-])[^\W\d_]{1,12}-$")  # "кырган-" before a word
_HYPHEN_TAIL = re.compile(r"-[^\W\d_]{1,12}(?![\w-])")  # "-ma" after one
_CLOSING = re.compile(r"[ \t]*(?:[.!?…]|$)", re.MULTILINE)


def is_kin_word_after_possessive(text: str, f: Finding, relations: Collection[str]) -> bool:
    """A kin word of any language after whose it is ("мой ами из Гянджи", "my gedo"), or
    alone after a comma closing its sentence, whom the writer addresses ("всё повисло,
    ами"), or a part of a kin word written with a hyphen ("кырган-авам": grandmother): who
    the person is to the writer, not their name, which follows it if anything does."""
    value = text[f.start:f.end]
    if WORD.fullmatch(value) is None:
        return False
    head, tail = _HYPHEN_HEAD.search(text, max(0, f.start - 13), f.start), _HYPHEN_TAIL.match(text, f.end)
    if (head or tail) and (text[head.start() if head else f.start:tail.end() if tail else f.end]
                           .casefold() in relations):
        return True  # a part of a kin word written with a hyphen: "кырган-авам", "ah-ma"
    if value.casefold() not in relations:
        return False
    return word_before(text, f.start) in _POSSESSIVES or (
        text[max(0, f.start - 2):f.start].strip(" \t") == ","
        and _CLOSING.match(text, f.end) is not None)


def _without_patronymic(value: str) -> str:
    """"Александр Сергеевич Пушкин" is listed as "Александр Пушкин"."""
    words = value.split()
    if value.isascii() or len(words) < 3:
        return norm(value)
    return norm(" ".join(w for w in words if name_parse(w)[0] != "Patr"))


# The small words inside names: "Bank of England", "Ludwig van Beethoven", "Ana de la Rosa".
NAME_PARTICLES = ("of", "the", "for", "and", "&", "de", "del", "da", "di", "du", "des", "la",
                  "le", "von", "van", "der", "den")
_ARTICLE = re.compile(r"^(?:the|The|a|A|an|An)\s+")


def without_article(value: str) -> str:
    """What NER read with its article ("the Nexus"), without it."""
    return _ARTICLE.sub("", value, count=1)


# -- NER output that cannot be a name as written ------------------------------------------

_TRAILING_LOWERCASE = re.compile(r"(?<=[^\W\d_])(?:[ \t]+[a-z]{2,})+$")  # not "Aurora - two"
_UPPER = re.compile(r"[A-Z]")


def trim_to_latin(text: str, f: Finding) -> Finding:
    """What spaCy's English model read up to a Russian word is the Latin words before it
    ("Jacqueline Langlois прислал": "Jacqueline Langlois"); the rest it cannot read."""
    if f.detector != "spacy" or not _CYRILLIC.search(text[f.start:f.end]):
        return f
    head = _CYRILLIC.split(text[f.start:f.end], maxsplit=1)[0]
    head = head[:len(head) - len(head.split()[-1])] if head and not head[-1].isspace() else head
    head = head.rstrip(" \t,;:-")
    return f.shifted(f.start, f.start + len(head)) if head else f


def trim_before_bracket(text: str, f: Finding) -> Finding:
    """A name NER read with what a bracket after it adds ("Бернд Пишетсридер (Bernd
    Pischetsrieder)", "Ann Roe (Lib.)") ends before the bracket; what the bracket holds
    is read on its own."""
    value = text[f.start:f.end]
    head = value.split(" (", 1)[0].rstrip()
    return f.shifted(f.start, f.start + len(head)) if head and head != value else f


def trim_trailing_lowercase(text: str, f: Finding) -> Finding:
    """A capitalised name NER read on into the lowercase words after it ("Welsh
    university", "Mill Woods community") ends at its last capitalised word: a name is
    capitalised to its end. All-lowercase spans are ``trim_lowercase_to_first_names``'."""
    value = text[f.start:f.end]
    head = _TRAILING_LOWERCASE.sub("", value)
    return f.shifted(f.start, f.start + len(head)) if head != value and _UPPER.search(head) else f


def trim_to_first_line(text: str, f: Finding) -> Finding:
    """An NER span across a line break ends where its first line does, unless it is one
    name broken over two capitalised lines ("Maria\\nLopez", three words at most): NER runs
    on into the next line's field label ("Name: X\\nPhone:"), text ("macOS\\ngh") or the
    next name of a list ("Orla Devaney\\nKeir Hallam")."""
    value = text[f.start:f.end]
    if "\n" not in value and "\r" not in value:
        return f
    first = re.split(r"[\r\n]", value, maxsplit=1)[0].rstrip()
    # a quoted note's lines open with "> ": "Dr. Naomi\n> Feld" is one name
    lines = [part.lstrip("> \t") for part in re.split(r"[\r\n]+", value) if part.lstrip("> \t")]
    if text[f.end:f.end + 1] == ":" or not first or len(lines) > 2 or not all(
            part[:1].isupper() for part in lines) or sum(len(p.split()) for p in lines) > 3:
        value = first
    return f.shifted(f.start, f.start + len(value))


def is_wordless_or_code(value: str) -> bool:
    """No letters ("2024", "--") or code punctuation ("user_id", "{name}", "a=b"): NER
    reading numbers or code, where no name is written that way."""
    return not WORD.search(value) or bool(_CODE_CHARS.search(value))


def is_cyrillic_read_by_english_model(f: Finding, value: str) -> bool:
    """spaCy's English model labelling a Russian word ("Спасибо", "Логи"): it cannot read
    the language, and natasha reads it instead."""
    return f.detector == "spacy" and bool(_CYRILLIC.search(value))


def is_russian_non_name(f: Finding, value: str) -> bool:
    """natasha's PERSON that is one function word ("Не", "Вот" opening a sentence) or verb
    ("Поправила в журнале"), or a lowercase word no name in the dictionary reads as
    ("логгере")."""
    return f.detector == "natasha" and f.category == "PERSON" and (
        " " not in value and (function_word(value.casefold()) or verb_form(value))
        or value.islower() and not all(name_parse(w)[0] for w in WORD.findall(value)))


def is_product_spelling(value: str) -> bool:
    """One word starting lowercase but not all lowercase ("macOS", "iPhone", "eBay"): how
    products are spelled, not people."""
    return " " not in value and value[:1].islower() and not value.islower()


def is_id_or_camel_case_word(f: Finding, value: str) -> bool:
    """An organisation or place holding an id ("Ticket INC-20931", "IPv4"), or an
    organisation in CamelCase ("DodgerBlue", "SegWit"): ids and product words. A person
    is never dropped for the shape of the name."""
    return f.category != "PERSON" and bool(_ID_LIKE.search(value) or (
        f.category == "ORGANIZATION" and _CAMEL.fullmatch(value)))


def strip_honorifics(text: str, f: Finding, honorifics: Collection[str]) -> Finding | None:
    """A PERSON span without the titles and kinship words it opens with ("Grandma June" is
    June); None when it holds nothing else ("Grandma" names nobody), or no word at all."""
    words = list(WORD.finditer(text[f.start:f.end]))
    titles = 0
    while f.category == "PERSON" and titles < len(words) and (
            words[titles].group().casefold() in honorifics):
        titles += 1
    if titles == len(words):
        return None
    return f.shifted(f.start + words[titles].start(), f.end) if titles else f


def trim_lowercase_to_first_names(text: str, f: Finding,
                                  first_names: Collection[str]) -> Finding | None:
    """An all-lowercase ASCII span is a person only where the English first-name lexicon
    knows its words, and then from the first known word to the last ("ask maria" is
    "maria"); other lowercase NER output ("docker", "the api") is dropped, as is a
    lowercase organisation or place. Other spans pass as they are."""
    value = text[f.start:f.end]
    if not (value.islower() and value.isascii()):
        return f
    if f.category != "PERSON":
        return None
    words = [m for m in WORD.finditer(value) if m.group().casefold() in first_names]
    if not words:
        return None
    return f.shifted(f.start + words[0].start(), f.start + words[-1].end())


# -- findings that are not personal data ---------------------------------------------------

def is_weak_or_blank(f: Finding, value: str, min_score: float) -> bool:
    """Scored below the policy's threshold, or nothing but white space."""
    return f.score < min_score or not norm(value)


def is_own_token_or_its_neighbour(text: str, f: Finding) -> bool:
    """Overlaps a token redact wrote ("[PERSON_1]" in a file scanned again), or is what NER
    read as part of that name across a dash or a space ("Рекрутер — [PERSON_1]"): it was
    not part of the name while the name was there, so it is not now."""
    for m in OWN_TOKEN.finditer(text) if "[" in text else ():
        if m.start() < f.end and f.start < m.end():
            return True
        gap = text[f.end:m.start()] if f.end <= m.start() else text[m.end():f.start]
        if f.detector in NER_DETECTORS and 0 < len(gap) <= 3 and all(
                c in " \u00a0—–-" for c in gap):
            return True
    return False


def is_allow_listed(value: str, allow_list: Collection[str]) -> bool:
    """On a pack's allow list, punctuation around it aside: tools, brands, roles."""
    return _bare(value) in allow_list


def is_public_figure(value: str, public_figures: Collection[str]) -> bool:
    """A name (person, organisation, place) on the public figures list: talked about, not
    someone the conversation's data belongs to."""
    return _bare(value) in public_figures


def is_allow_listed_after_the(value: str, allow_list: Collection[str]) -> bool:
    """A name that is allow-listed once its "the" is dropped ("the Kremlin")."""
    return _bare(value).removeprefix("the ") in allow_list


def is_allow_listed_lemma(value: str, allow_list: Collection[str],
                          public_figures: Collection[str]) -> bool:
    """A non-Latin name whose lemmas are allow-listed or a public figure ("токены",
    "Евгения Онегина"): lists hold Russian words in their dictionary form."""
    words = WORD.findall(value)
    if _bare(value).isascii() or not words:
        return False
    lemmas = " ".join(lemma(w.casefold()) for w in words)
    return lemmas in allow_list or lemmas in public_figures


def is_lowercase_tech_word(value: str, allow_list: Collection[str]) -> bool:
    """One lowercase non-Latin word that some dictionary reading makes allow-listed ("в
    логгере"): a tech word first, whatever else it can be read as."""
    words = WORD.findall(value)
    return (not _bare(value).isascii() and len(words) == 1 and value.islower()
            and bool(normal_forms(value.casefold()) & allow_list))


def is_acronym_or_constant(f: Finding, value: str, first_names: Collection[str]) -> bool:
    """NER's one all-capital ASCII word ("US", "MAC", "NULL"): acronyms and constants, not
    someone's. As a person only when short or with digits ("VAD", "COVID") and no first
    name ("ANNA"): addresses write longer names in capitals ("LOOMBAH")."""
    if not (f.detector in NER_DETECTORS and len(WORD.findall(value.replace(".", ""))) == 1
            and value.isascii() and value.isupper()):  # "U.K.", "B.C." too
        return False
    return f.category != "PERSON" or value.casefold() not in first_names and (
        sum(ch.isalpha() for ch in value) <= 5 or any(ch.isdigit() for ch in value))


def is_inside_public_figure(text: str, f: Finding, public_figures: Collection[str]) -> bool:
    """Part of a public figure's name written around it: "Holmes" inside "Sherlock
    Holmes" is the character, "Александр" in "Александр Сергеевич Пушкин" the poet."""
    before = re.search(r"([^\W\d_]+\.?\s+)$", text[max(0, f.start - 40):f.start])
    value = text[f.start:f.end]
    after = [m.group() for n in (1, 2)  # "Фёдор" of "Фёдор Достоевский", "Frodo" of "Frodo Baggins"
             if (m := re.match(rf"(?:\s+[^\W\d_]+){{{n}}}", text[f.end:f.end + 60]))]
    candidates = [(before.group(1) if before else "") + value, *(value + a for a in after)]
    return any(_without_patronymic(c) in public_figures for c in candidates if c != value)


def is_assistant_operator(value: str, operators: Collection[str]) -> bool:
    """The company an assistant's instructions say runs it ("You are Parcelly's support
    assistant"): not someone the conversation is about."""
    return _bare(value) in operators


def is_event_or_programme(text: str, f: Finding, event_heads: Collection[str]) -> bool:
    """NER's place or organisation of several words ending in an event's, a programme's or
    a law's word ("Portuguese Heritage Month", "the Healthy Child Wales Programme")."""
    words = WORD.findall(text[f.start:f.end])
    return (f.detector in NER_DETECTORS and f.category in ("ORGANIZATION", "LOCATION")
            and len(words) > 1 and words[-1].casefold() in event_heads)


def is_job_title_read_as_company(text: str, f: Finding, job_titles: Collection[str]) -> bool:
    """NER's organisation of several words ending in a job title ("Logistics
    Coordinator"): a role, not a company."""
    words = WORD.findall(text[f.start:f.end])
    return (f.detector in NER_DETECTORS and f.category == "ORGANIZATION" and len(words) > 1
            and words[-1].casefold() in job_titles)


def is_country_named_as_fact(text: str, f: Finding, places: Collection[str]) -> bool:
    """NER's place that is a listed country not said to be where someone is ("Portugal
    doesn't require", "гражданин Германии"; but "он в Испании" is kept)."""
    words = WORD.findall(text[f.start:f.end])
    return (f.detector in NER_DETECTORS and f.category == "LOCATION" and bool(words)
            and is_country(words, places) and word_before(text, f.start) not in _WHERE)


def is_pet_name(text: str, f: Finding, pets: Collection[str]) -> bool:
    """NER's person named right after a pet word ("кот Бублик", "dog Rex"): an animal."""
    return (f.detector in NER_DETECTORS and f.category == "PERSON"
            and bool(WORD.search(text[f.start:f.end])) and word_before(text, f.start) in pets)


def is_made_of_allowed_words(value: str, allow_list: Collection[str]) -> bool:
    """A name every word of which is allow-listed ("Docker Compose"), though the whole is
    not."""
    return all(w.casefold() in allow_list for w in WORD.findall(value)) and bool(WORD.search(value))


def is_bot_handle(f: Finding, value: str, bots: Collection[str]) -> bool:
    """A username that is a listed bot or ends in "bot" ("dependabot"): a program's."""
    bare = _bare(value)
    return f.category == "USERNAME" and (bare in bots or bare.endswith("bot"))


def is_placeholder_phone(f: Finding, value: str) -> bool:
    """A phone number from a range set aside for fiction (US 555-01xx, Ofcom's drama
    numbers) or typed as a stand-in ("123 45 67", seven equal digits). Dropped only in an
    example's context (``in_example_context``): such numbers are also real ones."""
    digits = re.sub(r"[^\d+]", "", value)
    return f.category == "PHONE" and bool(
        _FICTION_PHONE.search(digits) or _PLACEHOLDER_DIGITS.search(digits))


def in_example_context(segments: Sequence[Segment], index: int, f: Finding) -> bool:
    """The sentence around ``f`` in ``segments[index]`` says it is an example, or the
    message before does, or the one after does and repeats the value."""
    text = segments[index].text
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
