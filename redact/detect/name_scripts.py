"""Names in a script no model here reads, inside Latin or Cyrillic text: "звонил Գարրի
Ազիրյան насчёт кредита", "Держатель карты: ლუიზა კაზარიანი", "[x] ნინელი მღებრიშვილი",
"обращение принял сотрудник რუსუდან\\n> შათირიშვილი", "cc: Γιώργος Παπαδόπουλος".

The English and Russian models read Latin and Cyrillic letters only; a person written in
Georgian, Armenian, Greek, Hebrew, Arabic, Devanagari, Thai or Han inside such text is
nobody to them. Its place says what it is: two or three words of that script standing
alone in the other language's sentence are a given and a family name (a sentence of that
language has more words, a text in it has no other letters around), and a single word is
one where a cue or a kin word stands before it ("сотрудник რუსუდან", "my bibi ნანა").
Where the script has capitals (Greek, Armenian), each word of a name opens with one;
Georgian and the scripts without case have none to ask for.

A Latin name with letters English lacks, inside Cyrillic text, is nobody to either model
as well ("звонила Öryürek Manço насчёт записи", "> Bedi İnönü - boarded"): two or three
capitalised Latin words there, one of them with such a letter, are a name where English
barely has any of them and has one not at all (not "Crédit Agricole", "Crème Brûlée").
"""

from __future__ import annotations

from collections.abc import Collection


from redact.detect import codecache
from redact.detect.name_fields import person_before
from redact.detect.wordlike import COMMON_ZIPF, is_given_name, zipf
from redact.morph import lemma

__all__ = ["accented_latin_names", "script_names"]

# a word of letters of any script but Latin and Cyrillic, with its combining marks
# (Devanagari's and Thai's vowel signs), hyphenated or with an apostrophe inside, or
# initials, each closed by a dot (Nepal's "के.सी.", the family name K.C. written short)
_LETTER = r"[^\W\d_\p{Latin}\p{Cyrillic}\p{Common}]"
_WORD = rf"{_LETTER}+(?:['’-]{_LETTER}+)*(?:(?:\.{_LETTER}+)+\.?)?"
# between the words of a name: spaces, or a line break where a quote wraps a sentence
_APART = r"(?:[ \t\u200e\u200f]+|[ \t]*\n(?:[ \t]*>)*[ \t]*)"  # with right-to-left marks
_RUN = codecache.compile(rf"(?<![\w'’-]){_WORD}(?:{_APART}{_WORD})*(?![\w'’-])")
_WORDS = codecache.compile(_WORD)
# a name's family or tribe in brackets after it, in its script: "سلسبيل عجرمة (العجارمة)"
_BRACKETED = codecache.compile(rf"[ \t]*\({_WORD}(?:[ \t]+{_WORD})?\)")
_OTHER_LETTER = codecache.compile(r"[\p{Latin}\p{Cyrillic}]")
_MAX_WORDS = 3  # "Nguyen Thi Minh Khai" aside, more words of a script are its own sentence
# the small words inside an Arabic or Hebrew name, which count as none of its words: son and
# daughter of, family of, servant of, father and mother of ("خالد عامر بن صعصعة", "عبد الحكيم
# آل حسين", "משה בן דוד")
_PARTICLES = {"بن", "ابن", "بنت", "آل", "ال", "عبد", "أبو", "ابو", "أم", "ام", "بنو", "בן", "בת"}
_REACH = 60  # the characters before a single word its cue is read in
# a kin word or a role right before a single word: "my bibi ნანა", "сотрудник ოლია"
_WHO = codecache.compile(r"(?<![\w-])([\p{Latin}\p{Cyrillic}]+)[ \t]+$")
_SCORE = 0.5
_CYRILLIC = codecache.compile(r"\p{Cyrillic}")
# a capitalised Latin word, its letters those of any Latin alphabet ("Öryürek", "İnönü")
_LATIN_WORD = r"(?=\p{Latin})\p{Lu}(?:(?=\p{Latin}|\p{M})[\p{Ll}\p{M}])+"
_LATIN_RUN = codecache.compile(rf"(?<![\w'’@./-]){_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{1,2}}(?![\w'’@/-])")
_RARE_ZIPF = 2.5  # each word one English barely has: "Bedi" (2.2), not "Octavia" (3.0)
_UNKNOWN_ZIPF = 1.0  # and one it has not: "İnönü", not "Crédit Agricole" (2.3, 2.4)


def script_names(text: str, person_words: Collection[str]) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names in ``text`` written in a script the models do not
    read; ``person_words`` are kin words and roles (lowercase) said before a name."""
    if not _OTHER_LETTER.search(text):
        return []  # a text all in that script: its words are its own language, not names
    out: list[tuple[int, int, float]] = []
    for m in _RUN.finditer(text):
        words = list(_WORDS.finditer(text, m.start(), m.end()))
        if (sum(w.group() not in _PARTICLES for w in words) > _MAX_WORDS
                or not all(_opens_as_name(w.group()) for w in words)):
            continue
        if len(words) == 1 and not _cued(text, m.start(), person_words):
            continue
        # a name wrapped inside a quote is its words: the quote's marks stay
        tail = _BRACKETED.match(text, m.end())
        out += [(m.start(), tail.end() if tail else m.end(), _SCORE)] if ">" not in m.group() else [
            (w.start(), w.end(), _SCORE) for w in words]
    return out


def _given_first(words: list[str], rarity: list[float]) -> bool:
    """Whether a run of capitalised Latin words opens with a given name written with letters
    English lacks, the rest given names or words English seldom uses: "Émile Henry", "José
    Almeida"; not "Crédit Agricole" (no given name), "Société Générale"."""
    return (not words[0].isascii() and is_given_name(words[0])
            and all(is_given_name(w) or z < COMMON_ZIPF for w, z in zip(words[1:], rarity[1:])))


def accented_latin_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the Latin names with letters English lacks in Cyrillic text:
    each word rare in English, or a given name first (``_given_first``)."""
    if not _CYRILLIC.search(text):
        return []
    out = []
    for m in _LATIN_RUN.finditer(text):
        if m.group().isascii():
            continue
        words = m.group().split()
        rarity = [zipf(w.casefold(), "en") for w in words]
        if max(rarity) < _RARE_ZIPF and min(rarity) < _UNKNOWN_ZIPF or _given_first(words, rarity):
            out.append((m.start(), m.end(), _SCORE))
    return out


def _opens_as_name(word: str) -> bool:
    """A name's word opens with a capital where its script has them (Greek, Armenian);
    Georgian's letters and the caseless scripts' have no capital to ask for."""
    first = word[0]
    return first.isupper() or first.lower() == first.upper() or _georgian(first)


def _georgian(letter: str) -> bool:
    return "\u10d0" <= letter <= "\u10ff"  # Mkhedruli: written without capitals


def _cued(text: str, start: int, person_words: Collection[str]) -> bool:
    """A cue or a kin word or role said right before ``start``."""
    if person_before(text, start):
        return True
    m = _WHO.search(text, max(0, start - _REACH), start)
    return m is not None and lemma(m.group(1)) in person_words
