"""Words of speech that NER reads as names: hesitations ("Um", "Mm-hmm"), words cut off
("Th - One", "Alrigh"), restarted ("Mush Mushroom") or clipped ("'Kay"). A transcript
writes them as they were said; none of them is anyone.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Collection, Iterator
from functools import lru_cache
from string import ascii_lowercase

import wordfreq
from number_parser import parse_number
from number_parser.parser import LanguageData

from redact.detect.checks import WORD, without_article
from redact.detect.wordlike import is_first_name, is_given_name, zipf
from redact.records import Finding

__all__ = ["is_hesitation", "is_interjection", "is_greeting", "is_clipped_word", "is_cut_off",
           "is_restarted_word", "is_truncated_word", "is_number_word", "is_spaced_compound",
           "is_repeated_sound", "trim_leading_fillers"]

# Hesitation and backchannel sounds, by their shape: vowels drawn out into h, m or r
# ("um", "umm", "uh", "hmm", "mm-hmm", "uh-huh", "erm", "ehhh", "ah", "oh", "argh", "mhm",
# "pff", "shh"; "ммм", "эээ", "хм", "угу", "ага", "ну-у"): none of them is a name.
_HESITATION = re.compile(
    r"(?:u+[hm]*|e+h+m*|e+r+m*|e+m{2,}|a+h+m*|o+h+|h+m+|m+h*m*|a+r+g+h+|p+f+t*|s+h+|h+u+n*h+"
    # interjections: "Oops", "Yikes", "Blimey", "Ugh", "Phew", "Welp", "Упс", "Ой"
    r"|w?h?o+p+s+|y+i+k+e+s+|u+g+h+|p+h+e+w+|o+u+c+h+|y+a+y+|a+w+|e+e+k+|g+o+s+h+|j+e+e+z+e*"
    r"|g+e+e+z+|b+l+i+m+e+y+|c+r+i+k+e+y+|w+e+l+p+|o+o+f+|w+o+w+|d+u+h+|m+e+h+"
    r"|у+п+с+|о+й+|а+й+|ф+у+|б+л+и+н+"
    r"|э+[мх]*|а+[мх]*|о+х+|м+|х+м+|у+г+у+|а+г+а+|н+у+|у+)"
    r"(?:-(?:u+[hm]*|h+m+|m+h*m*|h+u+h+|у+г+у+|а+г+а+|м+|у+))*")
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACED_DASH = re.compile(r"\s+-\s+")
_CLIPPED = re.compile(r"(?:^|[\s(\"“])['’]$")  # "'Kay", "'Cause": the word lost its start
# the words parse_number reads as a number or skips ("and"), from the data it builds on
# every call: a value with another word is no number, and is not handed to it
_EN_NUMBER = LanguageData("en")
_NUMBER_WORDS = frozenset(_EN_NUMBER.all_numbers) | frozenset(_EN_NUMBER.skip_tokens)


def is_restarted_word(text: str, f: Finding) -> bool:
    """A word cut off and said again whole ("Wha what was it", "Mush Mushroom"): a
    disfluency, not a name ("Jo johnson" in lowercase is rare; "Jo Johnson" is a name)."""
    value = text[f.start:f.end]
    words = WORD.findall(value)
    if len(words) == 2:  # "Mush Mushroom": the restart inside the span
        return (len(words[1]) > len(words[0])
                and words[1].casefold().startswith(words[0].casefold())
                and not is_given_name(words[0]))  # not "Dan Daniels"
    after = re.match(r"\s+([^\W\d_]+)", text[f.end:f.end + 40])
    return (len(words) == 1 and after is not None and after.group(1).islower()
            and len(after.group(1)) > len(value)
            and after.group(1).casefold().startswith(value.casefold()))


def is_cut_off(text: str, f: Finding) -> bool:
    """A word broken off, as transcripts mark it ("Th - One took four", "Sk - It 's",
    "Tha - That 's", "Th - Bec"): a dash after it, then a word it begins, or a stub of
    one or two letters that is no given name."""
    value = text[f.start:f.end]
    words = WORD.findall(value)
    m = re.match(r" ?- +([^\W\d_]+)", text[f.end:f.end + 40]) if len(words) == 1 else None
    if m is None:
        m = re.fullmatch(r"([^\W\d_]{1,4}) ?- +([^\W\d_]+).*", value, re.S)
        return m is not None and (
            len(m.group(1)) <= 2 and not is_given_name(m.group(1))  # "Yu - Ching" is a name
            or m.group(2).casefold().startswith(m.group(1).casefold()))
    return len(value) <= 2 or m.group(1).casefold().startswith(value.casefold())


def is_truncated_word(value: str, first_names: Collection[str]) -> bool:
    """A word that lost its last letter or two when the speaker stopped or the transcriber
    cut it ("Alrigh", "Kineti"): no word itself, no given name, and one or two letters
    short of a word of ``wordfreq`` Zipf 3 or more."""
    word = value.casefold()
    if not (value.isalpha() and len(value) >= 4 and word.isascii()) or zipf(word, "en") >= 2.0:
        return False
    stems, key = _word_stems(), hash(word)
    at = bisect.bisect_left(stems, key)
    return at < len(stems) and stems[at] == key and not is_first_name(value, first_names) \
        and not is_given_name(value)


@lru_cache(maxsize=None)
def _word_stems() -> array[int]:
    """The hashes, sorted, of the words of ``wordfreq`` Zipf 3 or more without their last
    one or two ASCII lowercase letters: what a word cut short can be. Worked out once, not
    tried letter by letter for every word; kept as hashes, since the 37,000 stems as a set
    of strings took 4.6 MB, as an array 0.3 MB."""
    least = 10 ** (3.0 - 9)  # Zipf is log10 of the frequency per billion words
    letters = set(ascii_lowercase)

    def stems() -> Iterator[int]:
        # the arguments zipf_frequency passes: wordfreq caches the dict by them, not by meaning
        for word, frequency in wordfreq.get_frequency_dict("en", "best").items():
            if frequency >= least and word[-1:] in letters:
                yield hash(word[:-1])
                if word[-2:-1] in letters:
                    yield hash(word[:-2])
    return array("q", sorted(set(stems())))


def is_spaced_compound(value: str) -> bool:
    """A hyphenated word a transcript spaces out ("SUN - Blades", "Tcl - TK", "Tango - ing"),
    with a part in capitals or in lowercase: a machine, a tool or a coinage, not a name
    ("Yu - Ching", "Jean - Luc" stay)."""
    parts = _SPACED_DASH.split(without_article(value))
    return len(parts) > 1 and any(
        p[:1].islower() or len(p) > 1 and p.isupper() for p in parts)


def is_repeated_sound(value: str) -> bool:
    """One short sound said three times or more ("Che-che-che-che", "Tu tu tu tu"): a
    noise a speaker makes, not a name ("Bora Bora" is said twice)."""
    words = [w.casefold() for w in _LETTERS.findall(value)]
    return len(words) >= 3 and len(set(words)) == 1 and len(words[0]) <= 4


def is_number_word(value: str) -> bool:
    """A number said as a word ("Twelve", "Twenty-five", in number-parser's English): a
    count, not a name."""
    if not (value.isascii() and value.replace("-", "").isalpha()):
        return False
    low = value.lower()  # its words are parse_number's tokens: letters between hyphens
    return all(w in _NUMBER_WORDS for w in low.split("-") if w) \
        and parse_number(low, language="en") is not None


@lru_cache(maxsize=4096)  # asked of every capitalised word of a text: most words recur
def is_hesitation(value: str) -> bool:
    """Hesitation or backchannel sounds and interjections, by their shape ("Um", "Hmm",
    "Mm-hmm", "Ehhh", "Oops", "Эээ", "Угу", "s Mm - hmm" as a transcript spaces it), with at
    most a stray letter."""
    words = WORD.findall(value)
    return bool(words) and any(len(w) > 1 for w in words) and all(
        len(w) == 1 or not w.isupper()  # "ООО", "UM": capitals make an acronym
        and _HESITATION.fullmatch(w.casefold()) is not None for w in words)


# what closes an interjection's clause: "Vinaka, saved.", "Yalla!", "..., айде" at a line's end
_CLAUSE_END = re.compile(r"[ \t]*(?:[,!.?…;:)]|$)", re.MULTILINE)
_CLAUSE_START = re.compile(r"(?:^|[,(])[ \t\"«“'>*-]*\Z", re.MULTILINE)  # a line starts a clause


def is_interjection(text: str, f: Finding, interjections: Collection[str]) -> bool:
    """Thanks, a greeting, "okay" or "let's go" of some language (``interjections``, by
    language) set off as a clause of its own: opening a reply or a line before a comma
    ("Vinaka, the record is updated.", "Айде, готово."), or closing one after a comma
    ("..., yalla", "принято, айде"). A writer's word of their own language, no one's name."""
    if text[f.start:f.end].casefold() not in interjections:
        return False
    opens = _CLAUSE_START.search(text, max(0, f.start - 8), f.start) is not None
    return opens or _CLAUSE_END.match(text, f.end) is not None and text[
        max(0, f.start - 2):f.start].strip(" \t") in (",", "")


# what a reply says after its greeting or thanks: who writes ("Kushe, I'm Ana Reyes"), or
# that the thing is done, in the languages replies are written in ("Tenki, saved.", "Ke a
# leboga, noted.", "Тау, внесла в базу.", "Dzięki, записала.", "Danke, notiert.")
_DONE = (
    # English
    "I['’]m|I[ \t]+am|this[ \t]+is|it['’]s|my[ \t]+name|saved|noted|done|updated|booked|added"
    "|recorded|received|got[ \t]+it|sorted|logged|confirmed|changed|fixed|on[ \t]+it"
    # Russian and Ukrainian, in either gender
    "|записала|записал|записано|внесла|внёс|внес|внесено|сохранила|сохранил|сохранено|отметила"
    "|отметил|добавила|добавил|приняла|принял|принято|исправила|исправил|обновила|обновил"
    "|оформила|оформил|зафиксировала|зафиксировал|учла|учёл|готово|понятно|поняла|понял|ясно"
    "|хорошо|отлично|записав|внесла|зберегла|зберіг|додала|додав|зрозуміла|зрозумів|готово"
    # Polish, Czech, German, French, Spanish, Portuguese, Italian, Turkish, Indonesian
    "|zapisa[łn][aeo]?|zanotowa[łn][aeo]?|dodane|gotowe|zapsáno|zapsala|hotovo|notiert"
    "|gespeichert|erledigt|eingetragen|noté|enregistré|c['’]est[ \t]+noté|anotado|guardado"
    "|listo|hecho|registrado|salvo|feito|annotato|salvato|fatto|kaydettim|kaydedildi|not[ \t]+aldım"
    "|tamamdır|sudah[ \t]+dicatat|dicatat|tercatat|disimpan|sudah[ \t]+disimpan|siap|imehifadhiwa"
    "|nimeandika|nimeweka")
_GREETED = re.compile(rf"(?:[ \t]+[a-z]+){{0,3}},[ \t]*(?:{_DONE})\b")


def is_greeting(text: str, f: Finding) -> bool:
    """A word of some language opening a reply before who writes or what was done, no
    given name: "Kushe, I'm Ana Reyes", "Tenki, saved.", "Ke a leboga, noted." (its
    lowercase words make it a phrase, not a name; "Kofi, I'm Ama" addresses Kofi)."""
    value = text[f.start:f.end]
    after = _GREETED.match(text, f.end)
    if after is None or " " in value or not value[:1].isupper():
        return False
    if _CLAUSE_START.search(text, max(0, f.start - 8), f.start) is None:
        return False
    return text[f.end:after.end()].lstrip()[:1] != "," or not is_given_name(value)


def is_clipped_word(text: str, f: Finding) -> bool:
    """A word whose first letters the writer cut and marked with an apostrophe ("'Kay",
    "'Cause"): a spoken word, not a name (a name's apostrophe is inside it: "O'Neil"; a
    value a quote closes is quoted: 'name' => 'Ada Park')."""
    return (_CLIPPED.search(text[max(0, f.start - 2):f.start]) is not None
            and text[f.end:f.end + 1] != text[f.start - 1])


def trim_leading_fillers(text: str, f: Finding) -> Finding | None:
    """NER's name that starts with a list's bullet, a hesitation or a clipped word ("- Ann
    Roe", "Um Roo", "'Kay Dave") starts after it; None when nothing is left."""
    start = f.start
    while start < f.end and text[start] in "-*•>+ \t":
        start += 1
    for m in WORD.finditer(text, start, f.end):
        if m.start() != start or not (is_hesitation(m.group()) or start == f.start
                                      and is_clipped_word(text, f)):
            break
        start = m.end()
        while start < f.end and not (text[start].isalnum()):
            start += 1
    if start == f.start:
        return f
    return f.shifted(start, f.end) if start < f.end else None
