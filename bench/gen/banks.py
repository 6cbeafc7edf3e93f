"""The template banks of the generated sets, split once and for all into ``tune`` and
``check``: carrier sentences, fillers, cue words and layouts. Rules are tuned on ``tune``;
``check`` is kept apart to show whether they generalise. No string is in both (a test checks).

What a family *is* stays in both sets (the sites of profile URLs, the encodings, the postcode
countries, the value shapes, the file formats): the split is of the ways of writing around it.
Carriers hold ``{v}`` for the value (``{h}`` for a chat handle) and no personal data of
their own. Leaves are lists of strings, or of ``(cue, category, shape)`` for family 2.
"""

from __future__ import annotations

__all__ = ["BANKS", "LOOKALIKE_BANKS", "leaves"]

TUNE: dict = {
    1: {
        "phone": {"en": ["yeah so my mobile is {v}, that's the best one to use",
                         "you can call me on {v} anytime after five",
                         "okay the number is {v}", "it's {v}, got that?"],
                  "ru": ["мой номер {v}, запиши", "звоните на {v} после обеда",
                         "сотовый {v}", "так, записывайте: {v}"]},
        "email": {"en": ["my email is {v}", "send it over to {v} please",
                         "the work one is {v}"],
                  "ru": ["почта {v}", "скиньте на почту {v}", "мой имейл {v}"]},
        "dob": {"en": ["I was born on {v}", "date of birth, {v}", "he was born {v}"],
                "ru": ["я родилась {v}", "родился {v}", "дата рождения {v}"]},
        "fillers": {"en": ["uh", "um", "then", "sorry"], "ru": ["э-э", "так", "короче"]},
        "email_at": {"en": [" at "], "ru": [" собака "]},
        "email_dot": {"en": [" dot "], "ru": [" точка "]},
        "spell": {"en": ["-"], "ru": ["-"]},
    },
    2: {
        "cues": {"en": [("phone:", "PHONE", "phone"), ("licence number", "GOV_ID", "licence"),
                        ("patient ID", "OTHER", "digits7"), ("tax id", "GOV_ID", "tax_de"),
                        ("DOB", "DATE_OF_BIRTH", "dob_slash"), ("password:", "SECRET", "password"),
                        ("the alarm code is", "SECRET", "pin4"), ("tel:", "PHONE", "tel_glued")],
                 "ru": [("тел.", "PHONE", "phone"), ("налоговый номер", "GOV_ID", "inn"),
                        ("паспорт", "GOV_ID", "passport_ru"), ("дата рождения —", "DATE_OF_BIRTH", "dob_dots"),
                        ("пароль:", "SECRET", "password"), ("СНИЛС", "GOV_ID", "snils"),
                        ("полис ОМС", "OTHER", "digits16"), ("код домофона", "SECRET", "pin4")]},
        "carriers": {"en": ["{v}", "ok, {v}", "for the form: {v}.", "here you go - {v}"],
                     "ru": ["{v}", "записала: {v}", "для анкеты: {v}.", "вот - {v}"]},
    },
    3: {
        "at": {"en": ["find me on threads {v}", "my insta is {v}", "follow {v} for updates"],
               "ru": ["мой телеграм {v}", "пишите в {v}", "ник в инсте {v}"]},
        "url": {"en": ["my profile: {v}", "the code is on {v}", "I post clips at {v}"],
                "ru": ["мой профиль: {v}", "код лежит тут {v}", "вот страница {v}"]},
        "url_layouts": {"any": ["https://{site}", "{site}"]},
        "ssh": {"any": ["ssh {v}", "ssh -i ~/.ssh/id_ed25519 {v}"]},
        "remote": {"any": ["git clone git@github.com:{v}.git", "git remote add origin git@gitlab.com:{v}.git"]},
        "registry": {"any": ["docker pull ghcr.io/{v}:latest", "FROM docker.io/{v}:3.2"]},
        "home": {"any": ["/home/{v}/projects/", "~{v}/.config/"]},
        "tool": {"en": ["run {v} and send me the output", "the error is in {v}"],
                 "ru": ["запусти {v} и пришли вывод", "ошибка в {v}"]},
        "mention": {"en": ["{h} you there?", "ok {h} will bring it", "{h}: same here"],
                    "ru": ["{h} ты тут?", "ок, {h} принесёт", "{h}, как дела?"]},
    },
    4: {
        "url": {"en": ["the link was https://forms.acme-events.net/rsvp?{k}={v}&ok=1",
                       "search history shows ?q={v}&lang=en"],
                "ru": ["ссылка была https://forms.acme-events.net/rsvp?{k}={v}&ok=1",
                       "в истории поиска ?q={v}&lang=ru"]},
        "markup": {"en": ["the page source shows <span class=\"who\">{v}</span>"],
                   "ru": ["в исходнике страницы <span class=\"who\">{v}</span>"]},
        "prose": {"en": ["copied from the pdf: {v}", "the form says {v}"],
                  "ru": ["скопировала из pdf: {v}", "в анкете написано {v}"]},
    },
    5: {
        "line": {"en": ["send it to {v}", "our address is {v}", "the parcel goes to {v}."],
                 "ru": ["отправьте по адресу {v}", "наш адрес: {v}", "посылку на {v}."]},
        "block": {"en": ["Delivery address:\n{v}", "please post the forms to\n{v}\nthanks"],
                  "ru": ["Адрес доставки:\n{v}", "документы отправьте сюда:\n{v}\nспасибо"]},
        "layouts": {"en": ["commas", "block"], "ru": ["ru_full", "ru_index_first"]},
    },
    6: {
        "full": {"en": ["I spoke with {v} yesterday", "cc {v} on that", "{v} sent the slides"],
                 "ru": ["я говорила с {v} вчера", "поставь в копию {v}", "{v} прислал слайды"]},
        "kin": {"en": ["my sister", "her husband,", "coach", "my aunt"],
                "ru": ["моя сестра", "мой муж", "тренер", "моя тётя"]},
        "kin_carriers": {"en": ["{v} is coming on Sunday", "{v} says hi", "talk to {v} first"],
                         "ru": ["{v} приедет в воскресенье", "{v} передаёт привет",
                                "сначала поговори: {v}"]},
        "wordnames": {"en": ["Rose", "Will", "Grace", "Hope", "Iris", "Jack"],
                      "ru": ["Роза", "Вера", "Лев"]},
        "list": {"en": ["attendees:\n{v}", "on the rota this week:\n{v}"],
                 "ru": ["участники:\n{v}", "дежурят на неделе:\n{v}"]},
        "list_layouts": {"any": ["- {v}", "* {v}"]},
        "broken": {"en": ["the referral letter from Dr. {v} says it is fine"],
                   "ru": ["в направлении от врача {v} всё в порядке"]},
    },
    7: {
        "ip": {"en": ["my home box is {v}", "I ssh in via {v}", "the VPN gave me {v}"],
               "ru": ["мой домашний сервер {v}", "захожу по ssh на {v}", "VPN выдал {v}"]},
        "iban": {"en": ["pay it into {v}", "IBAN {v}"], "ru": ["переведите на {v}", "IBAN {v}"]},
        "mac": {"en": ["my laptop's MAC is {v}", "add {v} to the allow list"],
                "ru": ["MAC ноутбука {v}", "добавьте {v} в белый список"]},
        "card": {"en": ["charge it to {v}", "card number {v}"],
                 "ru": ["спишите с карты {v}", "номер карты {v}"]},
    },
    8: {
        "first": {"en": {"PERSON": "my name is {v}", "GOV_ID": "my passport number is {v}",
                         "USERNAME": "my username is {v}"},
                  "ru": {"PERSON": "меня зовут {v}", "GOV_ID": "номер паспорта {v}",
                         "USERNAME": "мой логин {v}"}},
        "later": {"en": ["{v} again, just to be sure", "did {v} come through?"],
                  "ru": ["{v} ещё раз, на всякий случай", "{v} дошло?"]},
    },
}

CHECK: dict = {
    1: {
        "phone": {"en": ["right, best number for me would be {v} okay", "write this down, {v}, and ask for me",
                         "mm my cell, {v}", "if anything comes up just ring {v}"],
                  "ru": ["телефон у меня такой: {v}", "набери {v}, если что", "мобильный {v}",
                         "по номеру {v} меня всегда найдёте"]},
        "email": {"en": ["drop me a line at {v}", "the address is {v}, all lowercase",
                         "forward the invoice to {v}"],
                  "ru": ["пишите на {v}", "электронка {v}", "ящик {v}, всё маленькими"]},
        "dob": {"en": ["my birthday is {v}, so I'm a Pisces", "she was born on {v}",
                       "born {v}, if that helps"],
                "ru": ["он родился {v}", "день рождения у меня {v}", "она родилась {v}"]},
        "fillers": {"en": ["er", "you know", "and the last bit is", "hang on"],
                    "ru": ["ну", "значит", "и последние"]},
        "email_at": {"en": [" at sign "], "ru": [" собачка "]},
        "email_dot": {"en": [" period "], "ru": [" точечка "]},
        "spell": {"en": [" "], "ru": [" "]},
    },
    2: {
        "cues": {"en": [("you can reach her at", "PHONE", "phone"), ("driver's license no.", "GOV_ID", "licence"),
                        ("MRN", "OTHER", "digits7"), ("policy no.", "OTHER", "policy"),
                        ("date of birth:", "DATE_OF_BIRTH", "dob_slash"), ("passcode", "SECRET", "password"),
                        ("door code", "SECRET", "pin4"), ("mob.", "PHONE", "tel_glued")],
                 "ru": [("ИНН", "GOV_ID", "inn_glued"), ("г. р.", "DATE_OF_BIRTH", "year_gr"),
                        ("серия и номер", "GOV_ID", "passport_ru"), ("мобильный:", "PHONE", "phone"),
                        ("код от сейфа", "SECRET", "pin4"), ("страховой номер", "GOV_ID", "snils"),
                        ("номер полиса", "OTHER", "digits16"), ("PIN-код", "SECRET", "pin4")]},
        "carriers": {"en": ["and {v}, if they ask", "noted - {v}", "{v} (on file)"],
                     "ru": ["и ещё {v}, если спросят", "отметила - {v}", "{v} (в деле)"]},
    },
    3: {
        "at": {"en": ["my tiktok is {v}", "DM {v} for the invite", "ping {v} about it"],
               "ru": ["пиши в личку {v}", "мой ник {v}", "мой канал {v}"]},
        "url": {"en": ["here's my page {v}", "see {v} for the rest", "portfolio at {v}"],
                "ru": ["моя страница {v}", "смотри {v}", "портфолио тут {v}"]},
        "url_layouts": {"any": ["https://www.{site}/", "http://{site}?utm_source=share"]},
        "ssh": {"any": ["ssh -p 2222 {v}", "scp backup.tar.gz {v}:/tmp/"]},
        "remote": {"any": ["url = https://gitlab.com/{v}.git", "git push git@github.com:{v}.git main"]},
        "registry": {"any": ["image: registry.gitlab.com/{v}", "docker push quay.io/{v}:v2"]},
        "home": {"any": ["C:\\Users\\{v}\\Documents\\", "/Users/{v}/Downloads/"]},
        "tool": {"en": ["it's under {v}", "open {v} in the editor"],
                 "ru": ["лежит в {v}", "открой {v} в редакторе"]},
        "mention": {"en": ["lol {h} is right", "thanks {h}!", "wait for {h}"],
                    "ru": ["{h}, спасибо!", "ждём {h}", "{h} прав"]},
    },
    4: {
        "url": {"en": ["POST body was {k}={v}&consent=yes", "redirected to /thanks?{k}={v}"],
                "ru": ["в теле запроса {k}={v}&consent=yes", "редирект на /thanks?{k}={v}"]},
        "markup": {"en": ["the alt text is \"{v}\" in the html"],
                   "ru": ["в html стоит alt=\"{v}\""]},
        "prose": {"en": ["it came through as {v} in the export", "the badge reads {v}"],
                  "ru": ["в выгрузке оно выглядит как {v}", "на бейдже {v}"]},
    },
    5: {
        "line": {"en": ["ship to: {v}", "I live at {v}", "we moved to {v} last month"],
                 "ru": ["проживаю по адресу: {v}", "живу на {v}", "мы переехали: {v}"]},
        "block": {"en": ["Regards,\n{v}", "Invoice to:\n{v}\nDue in 30 days"],
                  "ru": ["С уважением,\n{v}", "Счёт выставить:\n{v}\nоплата в течение 30 дней"]},
        "layouts": {"en": ["no_commas", "street_only"], "ru": ["ru_short", "ru_block"]},
    },
    6: {
        "full": {"en": ["{v} signed the form", "meeting with {v} at noon", "thanks to {v} for the notes"],
                 "ru": ["{v} подписал форму", "встреча с {v} в полдень", "спасибо {v} за заметки"]},
        "kin": {"en": ["my brother", "our nanny", "my wife,", "his daughter"],
                "ru": ["мой брат", "наша няня", "моя жена", "его дочь"]},
        "kin_carriers": {"en": ["{v} will pick us up", "{v} made the cake", "text {v} the address"],
                         "ru": ["{v} нас заберёт", "{v} испекла торт", "напиши {v}"]},
        "wordnames": {"en": ["Mark", "Faith", "Amber", "Summer", "Joy", "Bill"],
                      "ru": ["Надежда", "Любовь", "Лилия"]},
        "list": {"en": ["| name | team |\n|---|---|\n{v}", "Invited: {v}"],
                 "ru": ["| имя | отдел |\n|---|---|\n{v}", "Приглашены: {v}"]},
        "list_layouts": {"any": ["| {v} | ops |", "{v};"]},
        "broken": {"en": ["as Prof. {v} wrote in the summary"],
                   "ru": ["как написала профессор {v} в заключении"]},
    },
    7: {
        "ip": {"en": ["the log shows {v} hitting the login", "whitelist {v} for me", "my IP today is {v}"],
               "ru": ["в логе {v} долбится в логин", "добавь {v} в исключения", "мой айпи сегодня {v}"]},
        "iban": {"en": ["my account: {v}", "refund to {v} please"],
                 "ru": ["мой счёт: {v}", "верните на {v}"]},
        "mac": {"en": ["device {v} keeps dropping", "the router lists {v}"],
                "ru": ["устройство {v} отваливается", "роутер видит {v}"]},
        "card": {"en": ["the full number is {v}", "I paid with {v}"],
                 "ru": ["полный номер {v}", "платила картой {v}"]},
    },
    8: {
        "first": {"en": {"PERSON": "this is {v} speaking", "GOV_ID": "licence no. {v}",
                         "USERNAME": "I'm {v} on the forum"},
                  "ru": {"PERSON": "с вами {v}", "GOV_ID": "паспорт серия и номер {v}",
                         "USERNAME": "на форуме я {v}"}},
        "later": {"en": ["forwarding to {v}", "{v} - see above"],
                  "ru": ["пересылаю {v}", "{v} - см. выше"]},
    },
}

BANKS = {"tune": TUNE, "check": CHECK}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKE_BANKS: dict = {
    "tune": {
        "order": {"en": ["order {v} shipped today"], "ru": ["заказ {v} отправлен"]},
        "price": {"en": ["it costs {v} now"], "ru": ["стоит {v}"]},
        "timestamp": {"en": ["logged at {v}"], "ru": ["записано в {v}"]},
        "version": {"en": ["upgrade to {v} first"], "ru": ["обновись до {v}"]},
        "room": {"en": ["we're in room {v}"], "ru": ["мы в аудитории {v}"]},
        "flight": {"en": ["my flight {v} is delayed"], "ru": ["мой рейс {v} задерживается"]},
        "isbn": {"en": ["the book is ISBN {v}"], "ru": ["книга ISBN {v}"]},
        "doc-ip": {"en": ["the docs use {v} as the example"], "ru": ["в документации пример {v}"]},
        "spoken-date": {"en": ["the meeting moved to {v}"], "ru": ["встречу перенесли на {v}"]},
        "kinship-verb": {"en": ["my son {v} be late"], "ru": []},
    },
    "check": {
        "order": {"en": ["where is my order #{v}?"], "ru": ["где мой заказ №{v}?"]},
        "price": {"en": ["the total came to {v}"], "ru": ["итого {v}"]},
        "timestamp": {"en": ["the crash was at {v}"], "ru": ["упало в {v}"]},
        "version": {"en": ["this broke in {v}"], "ru": ["сломалось в {v}"]},
        "room": {"en": ["the interview is in room {v}"], "ru": ["собеседование в кабинете {v}"]},
        "flight": {"en": ["I land on {v} at noon"], "ru": ["прилетаю рейсом {v}"]},
        "isbn": {"en": ["cite it as ISBN {v}"], "ru": ["ссылка: ISBN {v}"]},
        "doc-ip": {"en": ["replace {v} with your own address"], "ru": ["замените {v} на свой адрес"]},
        "spoken-date": {"en": ["the deadline is {v}"], "ru": ["дедлайн {v}"]},
        "kinship-verb": {"en": ["my daughter {v} call you"], "ru": []},
    },
}


def leaves(bank: dict) -> set[str]:
    """Every string of a bank (cue words of ``(cue, category, shape)`` entries), for the test
    that tune and check share none."""
    out: set[str] = set()
    for value in bank.values():
        if isinstance(value, dict):
            out |= leaves(value)
        elif isinstance(value, list):
            out |= {item[0] if isinstance(item, tuple) else item for item in value}
        else:
            out.add(value)
    return out
