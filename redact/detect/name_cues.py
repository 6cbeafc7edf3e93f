"""Full names after the words that introduce one, whatever their origin: a form's field
("Requester: Ololade Oloyede", "Автор обращения: Akifə Şirvanzadə"), thanks and sign-offs
("огромное спасибо, Emer Wallace!", "Regards, Josephine\\n> Potter"), who did something
("Заявку принял(а) Seyran Axundzadə", "reported by Zahro Abdullohov"), a speaker saying
who they are ("я Olivie Martins"), a Russian field or noun of a person before a Latin name
("Наниматель: Inocențiu Marin", "менеджер Ioana Popescu"), or, after the name, what a chat
says people do ("Chidi Okeke joined the room").

No lexicon holds every country's names, so the cue decides: two or three capitalised words
of any Latin or Cyrillic letters after one are a name when none of them is a frequent
English word (wordfreq), a number or a hesitation, unless the frequent one is a given name
("Emer Wallace", "Grace Moyo") or follows a given name English barely has ("Cailin Early"),
and no Cyrillic one is a word the Russian dictionary reads
as anything but a name. "Thanks, Project Manager", "Requester: Finance Team" and "Project
Manager: Uh Ruud" stay as written.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.detect import codecache
from redact.detect.name_ends import wraps
from redact.detect.name_fields import CUE, person_before, role_label_before
from redact.detect.speech import is_hesitation, is_number_word
from redact.detect.wordlike import COMMON_ZIPF, is_given_name, zipf
from redact.morph import family_name, name_parse, unknown_word

__all__ = ["ANY_NAME_WORD", "cued_names", "name_word"]

# a capitalised word of a name in any Latin or Cyrillic letters, diacritics and the
# Azerbaijani schwa included ("Əhməd", "Şirvanzadə", "Njoku", "Галактион"), hyphenated or
# with an apostrophe of any kind ("Oyelaran-Kuti", "O'Neill", "Бабʼюк")
ANY_NAME_WORD = r"(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’ʼ-]\p{L}[\p{Ll}\p{M}]+)?"
# between the words of a name: spaces, or a line break where a quote wraps ("Josephine\n> Potter")
_APART = r"(?:[ \t]+|[ \t]*\n(?:[ \t]*>)*[ \t]*)"
# the small words of Dutch, German, French, Spanish, Italian, Portuguese and Arabic names
# between a given name and a family name, in lowercase: "Quinn van Beeck", "Ana de Sousa"
_PARTICLE = r"(?:van|von|de|der|den|ter|ten|la|le|da|di|du|dos|das|del|della|bin|binti|ibn|al|el)"
_NAME = (rf"({ANY_NAME_WORD}(?:{_APART}{_PARTICLE}){{0,2}}{_APART}{ANY_NAME_WORD}"
         rf"(?:[ \t]+{ANY_NAME_WORD})?)(?![\w'’@-])")
# the cue says person whatever NER reads ("Автор обращения: Joyce Jones" read as a firm)
_SCORE = 0.86
# the small words inside a name: "Ana de Sousa", "Lucy De Sousa", "Rutger van der Berg"
_PARTICLES = {"de", "del", "della", "da", "di", "du", "des", "dos", "das", "la", "le", "van", "von",
              "der", "den", "ter", "bin", "ibn", "al", "el", "ní", "nic", "mac", "ó", "te"}
_REACH = 60  # the characters before a name its cue is read in
_CANDIDATE = codecache.compile(rf"(?<![\w'’ʼ@.-]){_NAME}")
# what a chat says a person did, or their pronouns, after their name: "Chidi Okeke joined
# the room", "Ada Obi (she/her)"
_AFTER = codecache.compile(
    r"[ \t]+(?:(?:has|was)[ \t]+)?(?:joined|left|is taking over|took over|"
    r"is typing|added|\((?:she|he|they|ze|xe)/\w+\)|"
    r"вступил|вступила|вступил\(а\)|покинул|покинула|покинул\(а\)|присоединил|вышел|вышла|"
    r"вышел\(а\)|добавил|добавила|добавил\(а\))")
_SPLIT = codecache.compile(r"[^\s>]+")
_LINE_END = codecache.compile(r"[ \t]*[.!]?[ \t]*(?:$|</|\")", regex.MULTILINE)  # "…</v>", a JSON string's
_CYRILLIC = codecache.compile(r"[а-яёА-ЯЁ]")
_WORD_ZIPF = 4.0  # as frequent as "alright" (4.4) or "fifteen" is a word, "Mokoena" (0) is not
_GIVEN_ZIPF = 5.0  # a given name as frequent as "Will" or "John" is left to NER
_RARE_RU_ZIPF = 2.0  # a word Russian barely has: "Селиверст" (1.38), not "Техпаспорт" (2.34)
_RARE_ZIPF = 2.5  # a word English barely has: "Cailin" (1.96), not "Acme" (2.89) or "Zephyr"


def cued_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the full names a cue introduces in ``text``: each run of two
    or three capitalised words is asked whether a cue stands before or after it (the runs
    are far fewer than the places a cue could start)."""
    out: list[tuple[int, int, float]] = []
    taken = -1
    for m in _CANDIDATE.finditer(text, overlapped=True):
        if m.start() < taken or not (CUE.search(text, max(0, m.start() - _REACH), m.start())
                                     or _AFTER.match(text, m.end())
                                     # a Latin name after a Russian person, which no model reads
                                     or not _CYRILLIC.search(m.group(1)) and person_before(text, m.start())
                                     # a role's label before a name that ends its line
                                     or _LINE_END.match(text, m.end()) and role_label_before(text, m.start())):
            continue
        words = list(_SPLIT.finditer(text, m.start(1), m.end(1)))
        if "\n" in m.group(1) and not wraps(text, m.start(1), m.end(1)):
            continue
        if _name(tuple(w.group() for w in words)):
            # a name wrapped inside a quote is its words on each line: the quote's marks stay
            out += [(m.start(1), m.end(1), _SCORE)] if ">" not in m.group(1) else [
                (line[0].start(), line[-1].end(), _SCORE) for line in _lines(text, words)]
            taken = m.end()
    return out


def _lines(text: str, words: list[regex.Match]) -> list[list[regex.Match]]:
    """The words, grouped by the line each stands on."""
    lines = [[words[0]]]
    for w in words[1:]:
        if "\n" in text[lines[-1][-1].end():w.start()]:
            lines.append([w])
        else:
            lines[-1].append(w)
    return lines


def _name(words: tuple[str, ...]) -> bool:
    """Whether the words after a cue are a name: each a name's word, or after a given name,
    no frequent word ("Josephine Potter"); no hesitation ("Um Roo")."""
    if any(is_hesitation(w) for w in words):
        return False
    words = words[:1] + tuple(w for w in words[1:-1] if w.casefold() not in _PARTICLES) + words[-1:]
    return all(name_word(w) for w in words) or is_given_name(words[0]) and name_word(words[0]) and all(
        zipf(w.casefold(), "en") < COMMON_ZIPF and not _CYRILLIC.search(w) for w in words[1:]) or (
        # a given name as frequent as a word, before a family name no word is: "Summer
        # Fitzgerald", "Grace Okonkwo"; not "Summer Camp"
        is_given_name(words[0]) and not _CYRILLIC.search(words[0])
        and all(name_word(w) and not is_given_name(w) for w in words[1:])) or (
        # a given name English barely has makes the family name after it one, however common a
        # word that is ("Cailin Early", "Tuere Wambui"); not "Finance Team", "Thanks, Project Manager"
        not _CYRILLIC.search(words[0]) and zipf(words[0].casefold(), "en") < _RARE_ZIPF
        and not any(is_number_word(w) or _CYRILLIC.search(w) for w in words)) or (
        # a Russian family name makes a word Russian barely has before it a given name the
        # dictionary lacks: "Селиверст Селиверстов"; not "Техпаспорт Гаврилов"
        len(words) == 2 and all(_CYRILLIC.search(w) for w in words) and family_name(words[1])
        and zipf(words[0].casefold(), "ru") < _RARE_RU_ZIPF)


@lru_cache(maxsize=16384)
def name_word(word: str) -> bool:
    """A word that may be part of a name: no common English word, unless a given name
    ("Grace", "Wallace"); in Cyrillic a name the dictionary knows or a word it lacks
    ("Надежда", "Галактион"; not "Нижний")."""
    low = word.casefold()
    if _CYRILLIC.search(word):  # a name the dictionary knows, or a word it lacks
        return name_parse(word)[0] is not None or family_name(word) or unknown_word(word)
    if is_number_word(word):  # "Project Manager: Fifteen Euros"
        return False
    return zipf(low, "en") < _WORD_ZIPF or is_given_name(word) and zipf(low, "en") < _GIVEN_ZIPF
