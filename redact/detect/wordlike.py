"""Words that NER reads as names and are not: roles, offices, hesitation sounds, clipped
and spelled-out words, nationalities, units after a number, and words too common in their
language to be anyone's name without a name's evidence.

Each check names one family of writing, not the examples it was seen in; ``Refiner``
calls them with the lists of the rule packs. A check only reads the span, the text around
it and the lists it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from importlib.resources import files

import wordfreq

from redact.detect.checks import NER_DETECTORS, WORD, word_before
from redact.morph import lemma, name_parse, proper_noun, word_key
from redact.records import Finding

__all__ = [
    "COMMON_ZIPF", "OPENING_ZIPF", "zipf", "is_first_name", "opens_sentence",
    "is_role_label", "is_office", "is_office_complement", "is_note",
    "is_role_read_with_its_title", "is_month_date", "is_month_among_months", "is_given_name", "is_spelled_letters",
    "is_nationality", "is_given_name_abroad", "is_russian_word_opening_a_reply", "is_unit_after_number", "is_thing_after_article", "is_law",
    "is_common_word", "is_word_a_sentence_opens_with",
    "written_as_things", "is_abbreviation", "is_numbered_thing", "is_phrase_of_words",
    "is_named_by_its_thing", "unaccented",
]

# A word this frequent in its language is a word before it is anyone's name: "right" 5.96,
# "okay" 5.06, "rose" 4.82, "john" 5.38; "deadline" 4.12 and "hmm" 4.11 are under it. Names
# that frequent need a name's evidence: a first name capitalised mid-sentence or after a cue.
COMMON_ZIPF = 4.5
# A capitalised word opening a sentence that is at least this frequent ("Invoice" 3.27,
# "Tenant" 3.78, "Коллеги" 4.23) needs evidence beyond NER: a sentence capitalises every
# word it opens with. Rarer words there are more often names than not ("Halden", "Okafor").
OPENING_ZIPF = 3.0
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_COMMON_CATEGORIES = {"PERSON", "ORGANIZATION", "LOCATION", "USERNAME"}
_HANDLE_MARK = re.compile(r"[_.@\d]")
_LABEL_WORD = re.compile(r"[^\s_]+")
_ARTICLES = {"the", "a", "an"}
# a dot that ends a title or an initial, not a sentence: "Mr. Patel", "J. Doe", "г. Пермь"
_ABBREVIATION = re.compile(r"(?<![^\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Hon|Rev|St|Mt|Jr|Sr|[A-ZА-ЯЁ]"
                           r"|г|ул|им|пр|д|тов|гр)\.$")
# A transcript's note of what was not speech: "{vocalsound}", "[laughter]". It closes before
# the next word as a sentence does ("{vocalsound} Um", "(inaudible) Right"), and it stands
# between a number and its unit ("five {vocalsound} Euro").
_NOTE = r"\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,40}\]"
_NOTES = re.compile(rf"[ \t]*(?:{_NOTE})")
_ANNOTATION = re.compile(rf"(?:{_NOTE}|\([a-z ]{{1,30}}\))$")
# After a name someone is addressed by, or a line's speaker: "Will, can you", "John: hi".
_ADDRESSED = re.compile(r"[ \t]?(?:,|:(?=[ \t]))")
# Offices held for a portfolio: "Minister for Health", "Secretary of State for Wales".
_PORTFOLIO_HOLDERS = {"minister", "secretary", "commissioner"}
_LAWS = {"act", "acts", "bill", "code", "regulation", "regulations", "directive", "treaty",
         "convention", "accord", "charter", "amendment", "order", "orders"}
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}
# a word joined to the one at hand as the other end of a pair or range: "March and", "to May"
_WORD_JOINED_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]+(?:and|or|to|through|until|of)|[ \t]*[–-])[ \t]*$")
_JOINED_WORD_AFTER = re.compile(r"(?:[ \t]+(?:and|or|to|through|until)|[ \t]*[–-])[ \t]*([^\W\d_]+)")
_SPELLED = re.compile(r"(?:(?:the|The)\s+)?(?:[A-Z]\s+)+[A-Z]s?")  # "S N Rs", "the T V"; not "Li Na"
# Who says who they are: "hi it's bill again", "this is tom", "my name is ann", "call me jo".
_INTRODUCED = re.compile(
    r"(?i:\bit['’]?s|\bit is|\bthis is|\bi['’]?m|\bi am|\bname is|\bcall me)\s+$")
# before a noun, not a clause: "that Carlos filters the mail" has a verb after the name
_DETERMINER = re.compile(r"\b(?i:the|our|a|an|this|these|those)[ \t]+$")
_THING_AFTER = re.compile(r"[ \t]+(?:-[ \t]+)?([a-z]+)\b")  # "scale", "- net": lowercase, next
# Numbers before a word make it a unit or a count: "twenty five Euros", "30 Teslas"; not a
# year ("in 1977 Bonifacy") or a house number ("41086 Kiannonkatu": more than three digits).
_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\d.,:/-])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|few))[ \t]+$")
# An article or a demonstrative right before a word ("the Aurora", "a Bayes").
_ARTICLE_BEFORE = re.compile(r"(?<![^\s(])(?i:the|a|an|this|these|those)\s+$")
_WORD_CHAR = re.compile(r"[\w'’-]")
# What follows a thing named after an article, not a person's name used as a modifier ("the
# Bill in Wales", "the Bill." but "the Jensen novel", "the Smith family").
_AFTER_THING = re.compile(
    r"\s*(?:[.,;:!?)\]}\n—–-]|$|(?:in|on|at|of|for|to|from|with|by|and|or|but|is|was|are|were"
    r"|will|would|has|had|have|itself|as|that|which)\b)")


def opens_sentence(text: str, start: int) -> bool:
    """Nothing but punctuation that ends a sentence, quotes, a line break or a note of
    what was not speech before ``start``: a word there is capitalised because a sentence
    starts with it."""
    before = text[max(0, start - 40):start].rstrip(" \t\"'«“‘(*-—–")
    if _ANNOTATION.search(before):
        return True
    return not before or before[-1] in ".!?:;…\n\r>" and not _ABBREVIATION.search(before)


def is_role_label(value: str, role_words: Collection[str],
                  titles: Collection[str] = ()) -> bool:
    """Every word a role, job or department noun (Russian by its lemma), with at most an
    article, a title, a letter or a number beside them ("Grad A", "Grad_A", "Project
    Manager", "The Chair", "Madam Chair", "Участник 3"): a part someone plays, not who plays
    it. "Mary Baker" is not: "Mary" is no role word, nor is a number of four digits or more
    after one: "Member 33383" is a club's reference for one member."""
    words = [w.strip(".,:;!?()[]\"'«»").casefold() for w in _LABEL_WORD.findall(value)]
    words = [w for w in words if w]
    roles = 0
    for w in words:
        if w in role_words or not w.isascii() and lemma(w) in role_words:
            roles += 1
        elif not (w in _ARTICLES or w in titles or w.isdigit() and len(w) < 4
                  or len(w) == 1 and w.isalpha() or w.startswith("#") and w[1:].isdigit()):
            return False
    return roles > 0


def is_office(value: str, role_words: Collection[str]) -> bool:
    """A role of something, as NER reads an office ("the Minister of Finance", "the
    Auditor General's", "Secretary for Health"): what holds the office is a role label, and
    it is of or for a body, not a body."""
    head = re.split(r"\s+(?:of|for)\s+", value.removesuffix("'s").removesuffix("’s"), maxsplit=1)
    return len(head) == 2 and is_role_label(head[0], role_words) or (
        value.endswith(("'s", "’s")) and is_role_label(value[:-2], role_words))


def is_office_complement(text: str, f: Finding) -> bool:
    """What an office is of or for, NER read apart from it ("Minister for ⟦Health and
    Social Services⟧", "Minister of Small Business, ⟦Export Promotion⟧ and International
    Trade"): a portfolio, not a body of its own; but "president of ⟦Acme⟧" is a company."""
    before = re.search(r"([^\W\d_]+)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and\s+)?"
                       r"[A-Z][\w'’-]*)*(?:,\s+|\s+and\s+))*$", text[max(0, f.start - 120):f.start])
    return (before is not None and before.group(1)[:1].isupper()
            and before.group(1).casefold() in _PORTFOLIO_HOLDERS)


def is_month_date(text: str, f: Finding) -> bool:
    """A month with its day ("May 22", "June 3rd", "March12"): a date, not "May" or "June"."""
    m = re.fullmatch(r"(\D*?)\s*(\d{0,2})", text[f.start:f.end])
    return m is not None and m.group(1).casefold() in _MONTH_NAMES and (bool(m.group(2)) or re.match(
        r"\s*\d{1,2}(?:st|nd|rd|th)?\b", text[f.end:f.end + 8]) is not None)


def is_note(text: str, f: Finding) -> bool:
    """One word that is the whole of a transcript's bracketed note ("[Laughter.]",
    "{Vocalsound}"): what was heard, not who. Not a link's text ("[Ann](...)", "[[Ann]]"),
    a bracketed speaker ("[Ann]:") or a given name ("[Ann]")."""
    value = text[f.start:f.end]
    after = re.match(r"[.!?]?\s*[\]}](.?)", text[f.end:f.end + 4])
    return (len(WORD.findall(value)) == 1 and after is not None
            and after.group(1) not in ("(", ":", "]", "[")
            and re.search(r"(?<!\[)[\[{]\s*$", text[max(0, f.start - 3):f.start]) is not None
            and not is_given_name(value))


def is_named_by_its_thing(text: str, f: Finding, heads: Collection[str],
                          first_names: Collection[str]) -> bool:
    """A name right before a noun for a made thing ("the Mel scale", "our Broadcast News
    system", "the PaCE scheme", "Bayes - net"): the thing's name. Not a possessive
    ("Dan Jurafsky 's model"), nor a first name without a determiner ("Carlos filters")."""
    value = text[f.start:f.end]
    after = _THING_AFTER.match(text, f.end)
    if after is None or after.group(1).casefold() not in heads or value.endswith(("'s", "’s")):
        return False
    words = WORD.findall(value)
    return bool(words) and (not is_first_name(words[0], first_names)
                            or _DETERMINER.search(text, max(0, f.start - 8), f.start) is not None)


def is_role_read_with_its_title(text: str, f: Finding, role_words: Collection[str]) -> bool:
    """One word NER read as a company or person right before a role word ("⟦Cabinet⟧
    Secretary", "⟦Finance⟧ Minister"): part of a title, not a body or a name."""
    after = re.match(r"\s+([^\W\d_]+)", text[f.end:f.end + 30])
    return (f.category != "PERSON" and len(WORD.findall(text[f.start:f.end])) == 1
            and after is not None and after.group(1)[:1].isupper()
            and after.group(1).casefold() in role_words)


def is_law(value: str) -> bool:
    """The name of a law or a treaty ("the Canada Health Act", "the PCET Bill", "Paris
    Agreement"): public text, not a body or a person."""
    words = WORD.findall(value)
    return len(words) > 1 and words[-1].casefold() in _LAWS


def is_month_among_months(text: str, f: Finding) -> bool:
    """A month's name next to another month's or after "months" ("March and April", "in
    April or May", "the months of March and April"): the month, not someone of that name."""
    value = text[f.start:f.end]
    if value.casefold() not in _MONTH_NAMES:
        return False
    before = _WORD_JOINED_BEFORE.search(text, max(0, f.start - 30), f.start)
    after = _JOINED_WORD_AFTER.match(text, f.end, f.end + 30)
    return any(m is not None and (m.group(1).casefold() in _MONTH_NAMES
                                  or m.group(1).casefold() == "months")
               for m in (before, after))


def is_abbreviation(text: str, f: Finding) -> bool:
    """A short capitalised word cut at a dot that closes a bracket or a list item: a party
    or a word abbreviated ("(Nipissing, Lib.)", "Con.,", "Dem.)"), or that opens a bracket
    before a number, a grade's or a volume's ("(Gr. 9)", "(Std. 4)"), not a name."""
    value = text[f.start:f.end]
    return (len(value) <= 4 and value.isalpha() and value[:1].isupper()
            and (re.match(r"\.[),;:]", text[f.end:f.end + 2]) is not None
                 or text[f.start - 1:f.start] == "(" and re.match(r"\.[ \t]?\d", text[f.end:f.end + 3])
                 is not None))


def is_numbered_thing(value: str) -> bool:
    """Frequent words before a number: an item, a bill or a room ("Item 2", "Bill C-7",
    "Room 12"), not a name; names carry no numbers."""
    head, _, number = value.rpartition(" ")
    words = WORD.findall(head)
    return (bool(words) and any(ch.isdigit() for ch in number) and len(number) <= 8
            and all(zipf(w.casefold(), "en") >= COMMON_ZIPF for w in words))


def is_phrase_of_words(value: str, first_names: Collection[str]) -> bool:
    """A name of several words, each of them frequent and none a first name ("Career
    Ready", "Standing Order"): a programme or a rule written with capitals."""
    words = WORD.findall(value)
    return len(words) > 1 and value.isascii() and all(
        zipf(w.casefold(), "en") >= COMMON_ZIPF and not is_first_name(w, first_names)
        for w in words)


def is_spelled_letters(value: str) -> bool:
    """Capital letters said one by one ("S N Rs", "the P Z Ms"): an acronym spelled out, not a
    name ("J. R. Hale" has its dots and a name, "Li Na" and "Ли Со Ён" are names)."""
    return _SPELLED.fullmatch(value) is not None


def is_nationality(value: str, nationalities: Collection[str]) -> bool:
    """A people or its language in one word ("Welsh", "Canadians", "Welsh-medium",
    "русские"): what a text is about, not someone in it."""
    word = value.casefold()
    head, dash, rest = word.partition("-")
    if dash and value.partition("-")[2].islower() and zipf(
            rest, "ru" if _CYRILLIC.search(rest) else "en") >= OPENING_ZIPF:  # "Welsh-medium"
        word = head
    return word in nationalities or word.removesuffix("s") in nationalities or (
        not word.isascii() and lemma(word) in nationalities)


def is_unit_after_number(text: str, f: Finding) -> bool:
    """One capitalised word right after a number ("twenty five Euros", "3 Teslas"): a
    unit or a count of things, not a name."""
    before = _NOTES.sub("", text[max(0, f.start - 60):f.start])
    return (len(WORD.findall(text[f.start:f.end])) == 1
            and _NUMBER_BEFORE.search(before[-30:]) is not None)


def is_thing_after_article(text: str, f: Finding) -> bool:
    """A one-word person after an article or "this", ending a phrase ("the Bill.", "this
    Bill goes", "the Bill in Wales"), or after "a" ("a Morse code", "a Bayes net"): a thing
    named with a capital, not someone; a person's name takes no article but as a modifier
    ("the Jensen novel")."""
    if f.category != "PERSON" or len(WORD.findall(text[f.start:f.end])) != 1:
        return False
    article = re.search(r"(?<![^\s(])(?i:(the|a|an|this))\s+$", text[max(0, f.start - 6):f.start])
    return article is not None and (article.group(1).lower() in ("a", "an")
                                    or _AFTER_THING.match(text, f.end) is not None)


def written_as_things(text: str, words: Collection[str], lowercase: Collection[str]) -> set[str]:
    """The capitalised ``words`` a document (``text``: its segments joined) writes the way
    things are written: more than once and after an article or a demonstrative at least
    once ("the Aurora baseline ... Aurora gives", "a Bayes net ... Bayes"), and those of
    ``lowercase`` also in lowercase somewhere ("the menu button"). A person's name takes
    neither; said once after an article it is as often a name used as a modifier ("the
    Jensen novel", "the Seattle office")."""
    things = set()
    for word in words:
        seen = _occurrences(text, word)
        if len(seen) > 1 and any(_ARTICLE_BEFORE.search(text, max(0, i - 7), i) for i in seen) or (
                word in lowercase and _occurrences(text, word.lower())):
            things.add(word)
    return things


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands as a whole word (``str.find``: many words, one long text)."""
    out, i = [], text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (i and _WORD_CHAR.match(text, i - 1) or _WORD_CHAR.match(text, end)):
            out.append(i)
        i = text.find(word, end)
    return out


_PLACE_BEFORE = {"in", "to", "from", "at", "near"}
_RARE_ZIPF = 2.5  # "Stavanger" 2.37, "Espoo" 1.9; "Matlab" 2.79, "JSON" 2.75, "HTML" 3.65


def is_town_in_capitals(text: str, f: Finding) -> bool:
    """NER's place or organisation of one rare all-capital word of six letters or more
    after "in", "to", "from", "at" or "near" ("flew to HORTEN"): a town as forms and
    addresses write them, not an acronym (those are short: "HEFCW", or words: "MATLAB")."""
    value = text[f.start:f.end]
    return (f.detector in NER_DETECTORS and f.category in ("LOCATION", "ORGANIZATION")
            and value.isalpha() and value.isupper() and len(value) >= 6
            and word_before(text, f.start) in _PLACE_BEFORE
            and zipf(value.casefold(), "en") < _RARE_ZIPF)


@lru_cache(maxsize=1 << 16)
def zipf(word: str, lang: str) -> float:
    """``wordfreq``'s Zipf frequency of a lowercase word: 7 is "the", 3 a word a
    million words hold once."""
    return wordfreq.zipf_frequency(word, lang)


@lru_cache(maxsize=1 << 14)
def small_zipf(word: str, lang: str) -> float:
    """``zipf`` in wordfreq's small list of ``lang`` (the words a million words hold at
    least once): the large lists of several languages take seconds and 300 MB to load."""
    return wordfreq.zipf_frequency(word, lang, wordlist="small")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The given names of gender-guesser's dictionary, of about 50 countries ("Antonio",
    "Johanna", "Zuzana", "Hynek"), lowercase, read once (0.05 s) when a name is first
    looked up. A name written with "+" is listed joined, spaced and hyphenated."""
    names: set[str] = set()
    with files("gender_guesser").joinpath("data/nam_dict.txt").open(encoding="utf-8") as f:
        for line in f:
            if line[:1] in ("#", "=", "") or not line.strip():
                continue
            name = line.split(None, 2)[1].lower()
            names.update((name.replace("+", r) for r in ("", " ", "-")) if "+" in name else (name,))
    return frozenset(names)


def is_given_name(word: str, *, as_written: bool = False) -> bool:
    """On the dictionary as written, or (unless ``as_written``) without its accents: people
    write "Étienne" and "Etienne", "Zoë" and "Zoe", and the dictionary lists one of them;
    but "qué" is a word where "Que" is a name."""
    low = word.lower()
    return low in _given_names() or not (as_written or low.isascii()) \
        and unaccented(low) in _given_names()


def is_given_name_abroad(word: str) -> bool:
    """A Cyrillic given name the world's given names know, transliterated from its lemma as
    other countries spell it ("айгерим" is "aygerim", "рахим" "rahim"): the Russian dictionary
    lists words of greeting and slang as names too ("рахмет", "джан", "домашка")."""
    key = word_key(word)
    return any(is_given_name(k) for k in {key, key.replace("kh", "h"), key.replace("y", "i")})


def is_russian_word_opening_a_reply(text: str, f: Finding, diminutives: Collection[str]) -> bool:
    """natasha's one-word PERSON opening a sentence before a comma or "!", that the
    dictionary lists as a name and no given name of the world is: a greeting or thanks
    ("Рахмет, записал.", "Джан, запиши"), where a capital says nothing."""
    value = text[f.start:f.end]
    if f.detector != "natasha" or f.category != "PERSON" or not WORD.fullmatch(value):
        return False
    before = text[:f.start].rstrip(" \t\"«“'>")
    return ((not before or before[-1] in ".!?\n:") and text[f.end:f.end + 1] in (",", "!")
            and value.casefold() not in diminutives and not is_given_name_abroad(value.casefold()))


def unaccented(word: str) -> str:
    """A word without its accents: the lexicons write "edith" for "Édith"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_first_name(word: str, first_names: Collection[str], *, abroad: bool = True) -> bool:
    """A given name: on the English lexicon, a name in the Russian dictionary, or (with
    ``abroad``) a given name of another country written in Latin letters that is no
    frequent English word. A double name is one when both halves are ("Sarah-Louise",
    "Анна-Мария")."""
    if word.casefold() in first_names:
        return True
    if "-" in word.strip("-"):
        halves = word.split("-")
        return len(halves) == 2 and all(is_first_name(h, first_names, abroad=abroad) for h in halves)
    if _CYRILLIC.search(word):
        return name_parse(word)[0] == "Name"
    return (abroad and len(word) > 1 and zipf(word.casefold(), "en") < COMMON_ZIPF
            and is_given_name(word))  # its dictionary holds "The", "Okay" and "So" too


def _one_word(f: Finding, value: str) -> str | None:
    words = WORD.findall(value)
    if f.category not in _COMMON_CATEGORIES or len(words) != 1 or _HANDLE_MARK.search(value):
        return None
    return words[0]


def is_common_word(text: str, f: Finding, first_names: Collection[str], cues: Collection[str],
                   *, ambiguous: Collection[str] = (), named: bool = False,
                   label: bool = False) -> bool:
    """One word so common in its language (``wordfreq``, ``COMMON_ZIPF``) that it is a word
    before a name: "Right", "okay", "Hmm", "Budget", "Спасибо", "mike" (a microphone). A
    capitalised word after a title or a role word is a name ("Ms. Jones"). A known first
    name stays a name as a speaker ``label``, after a kinship word ("my sister rose"),
    capitalised where the first-name lexicon read it by its context or mid-sentence ("after
    that Bill offered"), opening a sentence when it is no word too (``ambiguous`` lists the
    first names that are: "David is", but "Will we"), addressed ("Will, can you") or
    labelling a line ("John: hi"); in lowercase only closing a message ("best, tom"),
    introducing the writer ("hi it's bill again") or where ``named`` says the document
    writes names so. A capitalised word the Russian dictionary reads as a name or a place
    is one, however common ("Москве")."""
    word = _one_word(f, text[f.start:f.end])
    if word is None:
        return False
    frequency = zipf(word.casefold(), "ru" if _CYRILLIC.search(word) else "en")
    if word[:1].isupper() and _CYRILLIC.search(word) and proper_noun(word):
        return False
    if frequency < COMMON_ZIPF:
        return False
    before = word_before(text, f.start)
    if word[:1].isupper() and before in cues:  # "Ms. Jones", "Dr White"
        return False
    if before in cues and f.detector == "name_lexicon":
        return False  # read after a kin word with what follows it: "my brother prince will sign"
    if not is_first_name(word, first_names, abroad=f.category == "PERSON"):  # "London"
        return True
    if label or before in cues:
        return False
    if not word[:1].isupper():  # "and will they come", "with joy"; but "best, tom"
        signed = f.detector == "name_lexicon" and (
            not text[f.end:].split("\n", 1)[0].strip(" .!")
            or _INTRODUCED.search(text, max(0, f.start - 20), f.start) is not None)
        return not (signed or named and f.detector in NER_DETECTORS | {"linked", "name_lexicon"})
    if f.detector == "name_lexicon" or not opens_sentence(text, f.start):
        return False
    return word.casefold() in ambiguous and not _ADDRESSED.match(text, f.end)


def is_word_a_sentence_opens_with(text: str, f: Finding, first_names: Collection[str]) -> bool:
    """NER's one capitalised word opening a sentence that is a common word ("Invoice",
    "Tenant", "Коллеги": ``OPENING_ZIPF``), not a first name, not a name or place in the
    Russian dictionary: the sentence capitalised it, and NER alone says it is a name. The
    refiner keeps it when the document writes it capitalised mid-sentence too."""
    word = _one_word(f, text[f.start:f.end])
    if word is None or f.detector not in NER_DETECTORS or not word[:1].isupper():
        return False
    cyrillic = bool(_CYRILLIC.search(word))
    return (opens_sentence(text, f.start) and zipf(word.casefold(), "ru" if cyrillic else "en")
            >= OPENING_ZIPF and not is_first_name(word, first_names)
            and not (cyrillic and proper_noun(word)))
