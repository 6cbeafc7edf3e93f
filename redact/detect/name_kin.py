"""A name after a kin word: "my cousin Alfie", "my granny tiegan", "my kuia mercy saw the ad
first", "my lola Lovely is in the hospital", "my mum's brother prince will sign", and after
a kin word no list holds ("my shosho jemma will receive it"). After whose relation someone
is, a capitalised word is their name however common a word it is (Lovely, Princess), and a
lowercase word is one where it is a given name or the subject of a verb, unless it is a word
that stands there in English anyway ("my sister really is", "my kid sister is", "my son
will be late", "my tita will call you")."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.lang.en.stop_words import STOP_WORDS

from redact.detect.address_words import EN_TYPES
from redact.detect.speech import is_hesitation
from redact.detect.wordlike import COMMON_ZIPF, is_given_name, zipf

__all__ = ["KIN_AFTER", "MAKES_A_VERB", "NOT_NAMES", "PLACE_TYPES", "kin_name", "placed_kin_names",
           "unknown_kin_names", "word_name_before_verb"]

# the words that say which kin after a kin word, where a language puts them after its noun
# (Swahili, Malay and Indonesian, Javanese, Arabic, Persian said in English): "my dada mkubwa
# Furaha", "my kakak perempuan Sari", "my khala kabira Huda"; the name comes after them,
# never the word itself
KIN_AFTER = (r"(?:[ \t]+(?i:mkubwa|mdogo|mkuu|perempuan|laki-laki|lelaki|sulung|bungsu|tua|muda"
             r"|wadon|lanang|kabir|kabira|kabeer|saghir|saghira|kuchak|bozorg)(?![\w'’-]))?+")
# What follows a word that makes it a verb, not a name: "my son will be late", "my sister
# hopes to", "my friend may not".
MAKES_A_VERB = {"be", "have", "not", "to", "that", "you", "we", "they", "it", "he", "she", "i",
                "me", "us", "them", "him", "her", "the", "a", "an", "this", "so", "too", "also",
                "never", "always", "just", "up", "down", "by", "in", "on", "at", "do", "get"}
# verbs a person is the subject of, right after their name
_VERBS = {"is", "was", "will", "would", "can", "could", "has", "had", "says", "said", "saw",
          "sent", "sends", "called", "came", "comes", "wants", "told", "asked", "might", "likes",
          "liked", "loves", "lives", "works", "needs", "knows", "gets", "got", "went", "goes",
          "shall",
          # an errand someone runs: "my apprentice archer flies in", "my tete rudo signs"
          "flies", "flew", "arrives", "leaves", "left", "signs", "books", "pays", "paid",
          "drives", "drove", "picks", "takes", "took", "brings", "brought", "collects",
          "handles", "runs", "ran", "helps", "starts", "returns", "visits", "stays", "joins",
          "checks", "rang"}
_TIMES = {"today", "tonight", "yesterday", "tomorrow", "recently", "finally", "eventually", "later"}
_AUXILIARIES = {"will", "may", "can", "might", "must", "shall", "would", "should", "could"}
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "christmas", "easter"}
NOT_NAMES = _DATE_WORDS | STOP_WORDS  # the given-name dictionary holds "The" and "So" too
_NAME_ZIPF = 5.0  # words as frequent as "people" are no names: "my mum people say"
_CAPITAL_ZIPF = 5.5  # capitalised after kin, words as frequent as "Boy" (5.17) are names too
_UNKNOWN_ZIPF = 1.5  # one English has not, which no typo of a common word is either: "tiegan"
_RARE_ZIPF = 2.5  # a kin word no list holds is a word English barely has: "shosho", "ninang"
# the people one works with, whose name after them is asked more of: "our client Apple"
_AT_WORK = {"assistant", "boss", "client", "coach", "colleague", "coworker", "intern", "manager",
            "mentor", "partner", "patient", "supervisor", "teacher", "teammate", "tenant",
            "therapist", "tutor", "landlord", "landlady", "classmate", "apprentice", "trainee",
            "foreman", "forewoman", "mentee", "housekeeper", "handyman", "gardener", "labourer",
            "laborer", "journeyman", "understudy", "pro", "skipper", "dispatcher", "steward",
            "headman", "induna"}
# a role word a lowercase noun follows as often as a name: "my chief complaint was", "my pro
# subscription will"; only a capitalised name counts after it ("my crew chief Judge")
_CAPITALISED_ONLY = {"chief", "pro", "steward", "skipper"}
# whose someone is, with a word between at most: "my ", "her older ", "me wee ", "my mum's ",
# "my half-", "mi " (Jamaican, Spanish), "my smɔl " (Krio); or a noun's or a name's: "the
# miner's ", "Ama's " (not "it's", "that's": a verb follows those)
_POSSESSOR = re.compile(r"\b(?:(?i:my|his|her|our|their|your|me|mi)[ \t]+"
                        r"(?:[^\W\d_]+(?:['’]s)?[ \t]+|[^\W\d_]+-)?"
                        r"|(?!(?i:it|that|what|he|she|there|here|who|let|where|how)['’])"
                        r"[^\W\d_]{2,}['’]s[ \t]+)$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
# a kin word no list holds, between a possessor and a name a verb follows, in the letters of
# any Latin alphabet ("my dědeček józef said", "my bestefar søren is"); ``unknown_kin_names``
# checks their case
_UNKNOWN_KIN = re.compile(r"\b(?i:my|his|her|our|their|me|mi)[ \t]+([^\W\d_]+)[ \t]+"
                          r"([^\W\d_]{2,})(?=[ \t]+([^\W\d_]+)\b)")

# where someone is from or lives, between their kin word and a name a verb follows: one to
# three capitalised words, then a lowercase name ("my mudda from Long Island loveliness comes
# in", "mi granny from Dangriga heavenly will take"), whose case ends the place; or a
# capitalised one after a place that ends in its type ("my big sista in Fox Hill Jamie-Leigh
# comes in")
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
_PLACED = re.compile(rf"(?<![\w'’-])(?:in|from)[ \t]+(?:{_CAP},?[ \t]+){{1,3}}+"
                     r"([a-zß-öø-ÿā-ž]{3,})[ \t]+([a-z]+)(?![\w'’-])")
_TYPED_PLACE = re.compile(rf"(?<![\w'’-])(?:in|from)[ \t]+(?:{_CAP}[ \t]+){{0,2}}({_CAP}),?[ \t]+"
                          rf"({_CAP}(?:-{_CAP})?)[ \t]+([a-z]+)(?![\w'’-])")
_FROM = re.compile(r"[ \t](?:in|from)[ \t]")
PLACE_TYPES = frozenset(EN_TYPES)  # "Island", "Beach", "Point": a place's, not a name
_KIN_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
# the endings of an adverb made of an adjective ("probably", "seriously", "definitely"),
# unlike an adjective made of a noun, which names people too ("Heavenly", "Lovely", "Godly")
_ADVERB_ENDINGS = ("ably", "ibly", "ally", "ously", "ively", "edly", "ately", "itely", "fully",
                   "lessly", "ently", "antly", "ily", "ingly", "ularly", "arly", "inely")
_ADJECTIVE_LY_ZIPF = 4.0  # "lovely" (4.7) stands before a verb as an adjective seldom, but
# "surely" (4.5), "clearly", "honestly" as adverbs often


def placed_kin_names(text: str, relations: Collection[str],
                     kin_words: Collection[str]) -> list[tuple[int, int, float]]:
    """Names after a kin word and where the person is from: "my granny from Dangriga
    heavenly will take", "my sista in Fox Hill Jamie-Leigh comes"; not "my sister from
    Andros really is", "my mum from Long Island is" nor "my mum from work"."""
    out = []
    for m in _PLACED.finditer(text):
        word = m.group(1)
        if word.endswith("ly"):  # an adjective made of a noun, not an adverb
            named = not word.endswith(_ADVERB_ENDINGS) and zipf(word, "en") < _ADJECTIVE_LY_ZIPF
        else:
            named = word_name_before_verb(word, m.group(2), kin_words)
        if named and word not in MAKES_A_VERB and _after_kin(text, m, relations, m.group(2)):
            out.append((m.start(1), m.end(1), 0.86))
    for m in _TYPED_PLACE.finditer(text):
        low = m.group(2).casefold()
        if (m.group(1) in PLACE_TYPES and m.group(2) not in PLACE_TYPES and low not in NOT_NAMES
                and zipf(low, "en") < _CAPITAL_ZIPF and _after_kin(text, m, relations, m.group(3))):
            out.append((m.start(2), m.end(2), 0.86))
    return out


def _after_kin(text: str, m: re.Match[str], relations: Collection[str], verb: str) -> bool:
    """Whether a place phrase follows whose kin someone is ("my mudda from") and a verb the
    name after it ("comes", "will", "picked")."""
    kin = _KIN_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return (kin is not None and kin.group(1).casefold() in relations
            and _POSSESSOR.search(text, max(0, kin.start() - 24), kin.start()) is not None
            and (verb in _VERBS or verb in _AUXILIARIES or len(verb) > 4 and verb.endswith("ed")))


def kin_name(text: str, cue: re.Match[str], relations: Collection[str],
             kin_words: Collection[str]) -> bool:
    """Whether the word after a kin word (``cue``'s groups 1 and 2) is a name: a capitalised
    word ("my cousin Alfie", "my lola Lovely"; after one's client or boss, one English seldom
    uses), one English has not ("my granny tiegan"), a given name in lowercase unless what
    follows makes it a verb ("my son river is"; not "my dad mark the date"), or a word a
    verb follows ("my kuia mercy saw", ``word_name_before_verb``)."""
    kin, word = cue.group(1).casefold(), cue.group(2)
    if (kin not in relations
            or "." in text[cue.end(1):cue.start(2)]  # "their boss. The boss is here"
            or _POSSESSOR.search(text, max(0, cue.start(1) - 24), cue.start(1)) is None):
        return False
    low = word.casefold()
    if (kin in _CAPITALISED_ONLY and not word[0].isupper()
            or word in PLACE_TYPES and _FROM.search(text, cue.end(1), cue.start(2))):
        return False  # "my crew chief will", the end of a place: "my mum from Long Island is"
    given = is_given_name(word) and low not in NOT_NAMES and zipf(low, "en") < COMMON_ZIPF  # not "said"
    after = _NEXT_WORD.match(text, cue.end(2))
    capital_zipf = COMMON_ZIPF if kin in _AT_WORK else _CAPITAL_ZIPF
    return (word[0].isupper() and low not in NOT_NAMES and zipf(low, "en") < capital_zipf
            or zipf(word, "en") < _UNKNOWN_ZIPF
            or given and (after is None or after.group(1).casefold() not in MAKES_A_VERB)
            or after is not None and word_name_before_verb(word, after.group(1), kin_words,
                                                           _foreign_kin(kin)))


def unknown_kin_names(text: str, first_names: Collection[str],
                      kin_words: Collection[str]) -> list[tuple[int, int, float]]:
    """Names after a kin word no list holds, a word English barely has between a possessor
    and a given name that a verb follows: "my shosho jemma will receive it", "my bibi Amina
    said"."""
    out = []
    for m in _UNKNOWN_KIN.finditer(text):
        kin, word, verb = m.group(1), m.group(2), m.group(3)
        if (not kin.islower() or not word[1:].islower() or not verb.islower()
                or zipf(kin, "en") >= _RARE_ZIPF or kin in kin_words or kin in STOP_WORDS
                or is_hesitation(kin) or not word_name_before_verb(word, verb, kin_words, True)):
            continue
        if word.casefold() in first_names or is_given_name(word):  # not "our codebook Features was"
            out.append((m.start(2), m.end(2), 0.5))
    return out


def _foreign_kin(kin: str) -> bool:
    """Whether a kin word is one English barely has ("bashi", "tavale", "gedo"): between it
    and a verb English words stand seldom, so a name there may be a frequent word too."""
    return zipf(kin, "en") < _RARE_ZIPF


def word_name_before_verb(word: str, after: str, kin_words: Collection[str],
                          foreign: bool = False) -> bool:
    """Whether ``word``, after a kin word and before ``after``, is a name: ``after`` is a
    verb ("is", "saw", one in the past: "picked") and ``word`` no stop word, adverb, word
    of time, auxiliary, kin word or interjection; after a ``foreign`` kin word, a name as
    frequent as "Given" or "Precious" too ("my bashi given collected it")."""
    low, verb = word.casefold(), after.casefold()
    ceiling = _CAPITAL_ZIPF if foreign else _NAME_ZIPF
    return ((verb in _VERBS or len(verb) > 4 and verb.endswith("ed")) and low not in STOP_WORDS
            and low not in _TIMES and low not in _AUXILIARIES
            and low not in kin_words and not low.endswith("ly") and zipf(low, "en") < ceiling
            and not is_hesitation(word))
