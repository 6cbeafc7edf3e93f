"""The words that introduce a name: a form's field of people ("Requester:", "Автор
обращения:", "Mother's maiden name:"), thanks and sign-offs ("Regards,", "огромное
спасибо,"), greetings, a self-introduction ("I am", "я") and who did something ("closed by",
"Заявку принял(а)"), and in Russian any field or noun of a person the dictionary reads as
animate ("Наниматель:", "Держатель карты:", "сотрудник"). ``name_cues`` and ``name_scripts``
read names after them; the refiner drops NER's reading of a field's label as a name
("Requester" of "Requester: Vusumuzi Nxasana").
"""

from __future__ import annotations

import regex

from redact.detect import codecache
from redact.morph import participle_person, person_noun, unknown_word

__all__ = ["CUE", "is_field_label", "person_before", "role_label_before"]

# a field of a form or a ticket: its label, then ":" or a dash ("Requester: ", "Исполнитель — "):
# who someone is to the matter, with the words that say of what ("Автор обращения:"), or any
# label of a name but a thing's ("Mother's maiden name:", not "Product name:")
_PEOPLE = (
    "requester|reporter|assignee|owner|author|applicant|patient|client|customer|seller|buyer|"
    "tenant|landlord|landlady|employee|contact|contact person|emergency contact|next of kin|"
    "witness|guardian|agent|operator|doctor|nurse|member|participant|attendee|caller|driver|"
    "recipient|addressee|sender|beneficiary|account holder|cardholder|card holder|guest|"
    "tutor|teacher|student|pupil|parent|mother|father|spouse|partner|referee|nominee|"
    "payee|payer|courier|mentor|sponsor|claimant|defendant|respondent|plaintiff|petitioner|"
    "appellant|complainant|consignee|consignor|insured|policyholder|policy holder|lessee|lessor|"
    "borrower|co-borrower|lender|debtor|creditor|heir|executor|employer|deceased|subscriber|"
    "occupant|householder|rider|dependant|dependent|victim|suspect|accused|adjuster|solicitor|"
    "person|individual|"
    "bride|groom|bridesmaid|best man|maid of honour|maid of honor|officiant|celebrant|dj|mc|"
    "host|hostess|nanny|babysitter|housekeeper|cleaner|gardener|handyman|plumber|electrician|"
    "guarantor|signatory|carer|caregiver|volunteer|resident|passenger|traveller|traveler|"
    "attn|attention|cc|bcc|from|to|signed|"
    "автор|заявитель|исполнитель|ответственный|ответственная|пациент|пациентка|контактное лицо|"
    "продавец|продаёт|продает|покупатель|представитель|законный представитель|фио|ф\\.и\\.о\\.|"
    "врач|оператор|менеджер|участник|участница|от|кому|копия|отправитель|получатель|клиент|"
    "клиентка|сотрудник|сотрудница|арендатор|арендодатель|водитель|курьер|мастер|куратор|"
    "наставник|руководитель|директор|плательщик|владелец|владелица|собственник|заказчик|"
    "адресат|гость|ученик|ученица|студент|студентка|родитель|мать|отец|супруг|супруга|опекун|"
    "свидетель|имя|фамилия|контакт|подписал|подписала|подписано")
_THINGS = (
    "product|company|file|project|brand|business|trading|organisation|organization|host|domain|"
    "server|device|network|app|team|shop|store|street|place|city|town|model|field|variable|"
    "package|repo|branch|user|display|screen|event|course|book|song|game|pet|ship|vessel")
_FIELD = (rf"(?:(?:[\w'’]+[ \t]+){{0,2}}(?i:{_PEOPLE})(?:[ \t]+(?i:name|full name)|(?:[ \t]+[а-яё]+){{1,2}})?"
          rf"|(?:[\w'’]+[ \t]+){{0,2}}(?<!(?i:{_THINGS})[ \t]+)(?i:name|full name)"
          # "Name of insured:", "Full name of the deceased:"; not "Name of product:"
          rf"(?:[ \t]+(?i:of)(?:[ \t]+(?i:the))?[ \t]+(?!(?i:{_THINGS})\b)[\w'’]+)?)"
          r"(?:[ \t]*\((?i:фио|ф\.и\.о\.|full name|in full)\)|[ \t]+(?i:полностью|in full))?")
# said right before a name, with a comma, a dash or nothing after: thanks, a sign-off, a greeting,
# a self-introduction, who did what ("closed by", "Заявку принял(а)"; not "owned by" nor
# "surrounded by", which places and firms follow too)
_BEFORE = (
    "thanks|thank you|many thanks|thx|ta|cheers|regards|best regards|kind regards|warm regards|"
    "best wishes|all the best|take care|sincerely|respectfully|yours truly|yours|"
    "yours faithfully|yours sincerely|yours respectfully|faithfully|sincerely yours|"
    "warm wishes|warmest regards|kindest regards|with thanks|with gratitude|"
    "with love|lots of love|love|much love|peace|blessings|god bless|rgds|kr|br|best|all best|"
    "cordially|warmly|hugs|talk soon|speak soon|"
    "shout out to|shoutout to|kudos to|congrats to|congratulations to|props to|"
    "reported by|requested by|signed by|signed off by|submitted by|approved by|reviewed by|"
    "closed by|opened by|created by|raised by|logged by|handled by|authored by|posted by|"
    "prepared by|checked by|verified by|fixed by|escalated by|written by|taken by|done by|"
    "seen by|assigned to|on behalf of|handed over to|"
    "i am|i'm|i’m|my name is|hi|hello|hey|dear|welcome|cc|"
    "спасибо|благодарю|благодарим|с уважением|с благодарностью|с наилучшими пожеланиями|"
    "всего доброго|всего хорошего|искренне ваш|искренне ваша|с теплом|обнимаю|до связи|на связи|"
    "[а-яё]+л\\(а\\)|принял|приняла|принято|подписал|подписала|выписал|выписала|закрыл|закрыла|"
    "я|меня зовут|привет|шлю привет|здравствуйте|здравствуй|добрый день|добрый вечер|"
    "доброе утро|уважаемый|уважаемая")
# a cue right before where a name starts, read in the characters before it; searched from
# the end of them (REVERSE), where it is anchored, rather than tried at each of them: only
# whether one is there is asked, and without atomic groups the direction does not change that
# who did what may name their role before their name: "signed by the paramedic Clare Jones",
# "reported by the patrol officer Þjóstar Bárðsson", "handed over to our nurse Ada Obi"
_BY = "|".join(c for c in _BEFORE.split("|") if c.endswith((" by", " to", " of")))
_ROLE = r"[ \t]+(?i:the|our|my|their|his|her)(?:[ \t]+[a-z]{2,20}(?:-[a-z]{2,20})?){1,2}"
CUE = codecache.compile(
    rf"(?<![\w-])(?:{_FIELD}[ \t]*(?::|[ \t][—–-])|(?i:{_BEFORE})(?:[ \t]*,|[ \t]+[—–-])?"
    rf"|(?i:{_BY}){_ROLE})[ \t]*$",
    regex.REVERSE)
# a Russian field labelled with a person, or a person right before the name: "Наниматель: ",
# "Держатель карты: ", "Студент(ка): ", "обращение принял сотрудник ", "справку подписал декан "
_RU_FIELD = codecache.compile(r"(?<![\w-])([А-ЯЁа-яё]+)(?:\([а-яё]{1,3}\))?(?:[ \t]+[а-яё]+){0,2}"
                          r"[ \t]*(?::|[ \t][—–-])[ \t]*$")
_RU_PERSON = codecache.compile(r"(?<![\w-])([А-ЯЁа-яё]+)[ \t]+$")
# a Russian noun of who does a trade by its ending, where the dictionary lacks the word:
# "пасечница", "кондитерша" (not "больница", which it knows as a thing)
_RU_AGENT = codecache.compile(r"(?:[нчщ]иц[аы]|тельниц[аы]|[нчщ]ик|тель|истк[аи]|ист|ерш[аи])$")
_REACH = 60  # the characters before a name its cue is read in
# a label of a role that opens a line, a turn or a quote, of one to four words and a colon:
# its head a person's noun of the table above or by its ending ("Locksmith on call:", "Key
# holder:", "Second shooter:", "Presenter on air:", "Installer (lead):"), then what of
# ("on call", "of the day") and an aside ("(lead)"); a name on the rest of its line is
# who (``role_label_before``)
# or an office a club, a crew or a committee elects, of what ("Chair of the road runners:",
# "Captain of the relay team:", "Secretary of the residents' association:")
# (the West Slavic trades' endings too: "Účtovníčka:", "Technik:", "Ošetrovateľka:", "Kierowniczka:")
_AGENT = (r"(?:[A-Za-z]{2,20}(?:er|or|ist|ian|ess|smith|man|woman|person|holder|keeper|maker|wright|herd)"
          r"|\p{Lu}\p{Ll}{1,20}(?:ník|níčka|nička|nik|niczka|teľka|telka)"
          r"|(?i:chair|co-chair|captain|vice-captain|president|secretary|coach|warden|marshal))")
_TAIL = (r"(?:[ \t]+(?i:on|in|at|of|for)(?:[ \t]+(?i:the))?(?:[ \t]+[a-z]{2,12}(?:['’]s?)?){1,3})?"
         r"(?:[ \t]*\([^()\n]{1,20}\))?")
_ROLE_LABEL = codecache.compile(
    rf"(?:^|(?<=[>:\]\"][ \t]*))[ \t]*(?:[A-Za-z]+[ \t]+){{0,2}}"
    rf"(?P<head>(?i:{_PEOPLE})|{_AGENT}){_TAIL}[ \t]*:[ \t]*$", regex.REVERSE | regex.MULTILINE)
# nouns of things that end as a person's do: "Number:", "Printer:", "Playlist:"
_THING_ENDS = frozenset(
    "number order folder printer router computer server monitor sensor motor center centre water "
    "paper filter register header footer trailer poster chapter letter cover corner border counter "
    "tower power layer timer charger adapter adaptor error colour color floor door interior sector "
    "factor vector weather summer winter october november september december answer dinner matter "
    "character parameter meter liter litre river container banner browser list playlist checklist "
    "wishlist shortlist waitlist twist median address access progress business mister".split())
_HEAD = codecache.compile(rf"(?i:{_PEOPLE})|{_AGENT}")
# a name the rest of a label's line is: two or three capitalised words, a line's or a tag's end
_NAME_LINE = codecache.compile(rf"{_TAIL}[ \t]*:[ \t]*(?P<name>\p{{Lu}}[\p{{Ll}}\p{{M}}]+"
                           r"(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,2})[ \t]*(?:$|</|\")", regex.MULTILINE)
_LABEL = codecache.compile(_FIELD)
_LABEL_END = codecache.compile(r"[ \t]*(?::|[ \t][—–-])")


def is_field_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the label of a field of people, before its colon or
    dash: NER reads "Requester" of "Requester: Vusumuzi Nxasana" as a name, and the head
    of a role's label before a name ("Locksmith" of "Locksmith on call: Dawn Schneider")."""
    # the cheap tests first: what follows, a colon or a dash (a role's label, a colon later
    # on its line), before the label's long alternations are tried on the value
    if _LABEL_END.match(text, end) is not None and _LABEL.fullmatch(text, start, end) is not None:
        return True
    line_end = text.find("\n", end)
    if text.find(":", end, len(text) if line_end < 0 else line_end) < 0:
        return False
    head = _HEAD.fullmatch(text, start, end)
    return (head is not None and text[start:end].casefold() not in _THING_ENDS
            and (m := _NAME_LINE.match(text, end)) is not None
            and (label := role_label_before(text, m.start("name"))) is not None
            and label.start("head") == start)


def person_before(text: str, start: int) -> bool:
    """Whether a cue stands right before ``start``: one of the words above, or a Russian
    field labelled with a person or a person's noun ("Наниматель: ", "сотрудник "), which the
    dictionary reads as animate, or with a participle standing for one ("Пропавший — ")."""
    left = max(0, start - _REACH)
    if CUE.search(text, left, start):
        return True
    if (m := _RU_FIELD.search(text, left, start)) is not None and (
            person_noun(m.group(1)) or participle_person(m.group(1))):  # "пропавший — ..."
        return True
    return (m := _RU_PERSON.search(text, left, start)) is not None and (
        person_noun(m.group(1)) or unknown_word(m.group(1)) and _RU_AGENT.search(m.group(1)) is not None)


def role_label_before(text: str, start: int) -> regex.Match | None:
    """The label of a role ending right before ``start`` ("Locksmith on call: "), whose head
    is a person's noun: of the table, or by its ending where it is no thing's ("Printer:")."""
    m = _ROLE_LABEL.search(text, max(0, start - _REACH), start)
    if m is None or m.group("head").casefold() in _THING_ENDS:
        return None
    return m
