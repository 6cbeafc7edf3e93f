"""Full names after the words that introduce one, whatever their origin: a form's field
("Requester: Ololade Oloyede", "Автор обращения: Akifə Şirvanzadə"), thanks and sign-offs
("огромное спасибо, Emer Wallace!", "Regards, Josephine\\n> Potter"), who did something
("Заявку принял(а) Seyran Axundzadə", "reported by Zahro Abdullohov"), a speaker saying
who they are ("я Olivie Martins"), or, after the name, what a chat says people do ("Chidi
Okeke joined the room").

No lexicon holds every country's names, so the cue decides: two or three capitalised words
of any Latin or Cyrillic letters after one are a name when none of them is a common word of
English (wordfreq), unless the common one is a given name ("Emer Wallace", "Grace Moyo"),
and no Cyrillic word the Russian dictionary reads as anything but a name. "Thanks, Project Manager" and "Requester: Finance Team" stay words.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from redact.detect.name_ends import wraps
from redact.detect.wordlike import COMMON_ZIPF, is_given_name, zipf
from redact.morph import family_name, name_parse, unknown_word

__all__ = ["ANY_NAME_WORD", "cued_names", "name_word"]

# a capitalised word of a name in any Latin or Cyrillic letters, diacritics and the
# Azerbaijani schwa included ("Əhməd", "Şirvanzadə", "Njoku", "Галактион"), hyphenated or
# with an apostrophe ("Oyelaran-Kuti", "O'Neill")
ANY_NAME_WORD = r"(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{L}[\p{Ll}\p{M}]+)?"
# between the words of a name: spaces, or a line break where a quote wraps ("Josephine\n> Potter")
_APART = r"(?:[ \t]+|[ \t]*\n(?:[ \t]*>)*[ \t]*)"
_NAME = rf"({ANY_NAME_WORD}{_APART}{ANY_NAME_WORD}(?:[ \t]+{ANY_NAME_WORD})?)(?![\w'’@-])"
# a field of a form or a ticket: its label, then ":" or a dash ("Requester: ", "Исполнитель — ")
_FIELDS = (
    "requester|requested by|reporter|reported by|assignee|assigned to|owner|author|applicant|"
    "patient|patient name|full name|name|client|customer|seller|buyer|tenant|landlord|employee|"
    "name of employee|contact|contact person|emergency contact|next of kin|witness|guardian|"
    "signed|signed by|submitted by|approved by|reviewed by|created by|opened by|closed by|"
    "handled by|prepared by|attn|attention|agent|operator|doctor|nurse|member|participant|"
    "attendee|cc|bcc|from|to|"
    "автор|автор обращения|заявитель|исполнитель|ответственный|ответственная|пациент|пациентка|"
    "контактное лицо|продавец|продаёт|продает|покупатель|представитель|законный представитель|"
    "фио|ф\\.и\\.о\\.|ф\\.и\\.о\\. полностью|врач|оператор|менеджер|участник|от|кому|копия|"
    "отправитель|получатель|подписал|подписала|подписано|клиент|сотрудник|арендатор")
# said right before a name, with a comma or nothing after: thanks, a sign-off, who did what
_BEFORE = (
    "thanks|thank you|many thanks|cheers|regards|best regards|kind regards|warm regards|"
    "sincerely|respectfully|shout out to|shoutout to|kudos to|congrats to|congratulations to|"
    "reported by|requested by|signed by|submitted by|approved by|closed by|assigned to|"
    "on behalf of|handed over to|i am|i'm|i’m|my name is|hi|hello|hey|dear|welcome|cc|"
    "спасибо|благодарю|благодарим|с уважением|с благодарностью|"
    "принял|приняла|принял\\(а\\)|принято|подписал|подписала|подписал\\(а\\)|выписал|выписала|"
    "выписал\\(а\\)|закрыл|закрыла|закрыл\\(а\\)|я|меня зовут|привет|шлю привет|"
    "здравствуйте|здравствуй|добрый день|добрый вечер|доброе утро|уважаемый|уважаемая")
_CUED = regex.compile(
    rf"(?<![\w-])(?:(?i:{_FIELDS})[ \t]*(?::|[ \t][—–-])|(?i:{_BEFORE})(?:[ \t]*,)?)[ \t]*{_NAME}")
# what a chat says a person did, after their name: "Chidi Okeke joined the room"
_AFTER = regex.compile(
    rf"(?<![\w'’@.-]){_NAME}(?=[ \t]+(?:has[ \t]+)?(?:joined|left|is taking over|took over|"
    r"вступил|вступила|вступил\(а\)|покинул|покинула|покинул\(а\)|присоединил))")
_SPLIT = regex.compile(r"[^\s>]+")
_CYRILLIC = regex.compile(r"[а-яёА-ЯЁ]")
_GIVEN_ZIPF = 5.0  # a given name as frequent as "Will" or "John" is left to NER


def cued_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the full names a cue introduces in ``text``."""
    out = []
    for pattern in (_CUED, _AFTER):
        for m in pattern.finditer(text):
            words = list(_SPLIT.finditer(text, m.start(1), m.end(1)))
            if "\n" in m.group(1) and not wraps(text, m.start(1), m.end(1)):
                continue
            if all(name_word(w.group()) for w in words):
                # a name wrapped by a quote is its words: the quote's marks stay
                out += [(m.start(1), m.end(1), 0.5)] if "\n" not in m.group(1) else [
                    (w.start(), w.end(), 0.5) for w in words]
    return out


@lru_cache(maxsize=16384)
def name_word(word: str) -> bool:
    """A word that may be part of a name: no common English word, unless a given name
    ("Grace", "Wallace"); in Cyrillic a name the dictionary knows or a word it lacks
    ("Надежда", "Галактион"; not "Нижний")."""
    low = word.casefold()
    if _CYRILLIC.search(word):  # a name the dictionary knows, or a word it lacks
        return name_parse(word)[0] is not None or family_name(word) or unknown_word(word)
    return zipf(low, "en") < COMMON_ZIPF or is_given_name(word) and zipf(low, "en") < _GIVEN_ZIPF
