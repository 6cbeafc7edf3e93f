"""The bank of ``tune4``, the fourth pair's tune set, and the code that is its own.

Its writers: American English from the South and New York, Canadian English and Quebec
French addresses, customer-support chats, dictated voice notes, Discord servers, GitHub issues
and HR intake forms; in Russian, formal letters and applications (госуслуги, заявления),
classified-ad chats, Telegram voice-message transcripts and older speakers. Its own shapes
(each with the check a reader runs where the id has one), address layouts, two escapes of
family 4 and the locales of its writers' names are in :data:`OWN`; ``bench/gen/banks.py``
takes :data:`BANK`, :data:`LOOKALIKES` and :data:`REPLIES` from here.
"""

from __future__ import annotations

import base64
import email.header
import re

import phonenumbers

from bench.gen.families import Own
from bench.gen.values import Values, luhn_digit, luhn_ok

__all__ = ["BANK", "LOOKALIKES", "REPLIES", "OWN"]

# North American numbering plans the writers read out: Toronto, Montreal, Vancouver; the
# South (Atlanta, Houston, Nashville, New Orleans, Birmingham); New York City
MOBILES = (("CA", ("416", "647", "437", "514", "438", "604", "778"), 7, (3, 3, 4)),
           ("US", ("404", "713", "615", "504", "205"), 7, (3, 3, 4)),
           ("US", ("718", "917", "347", "929", "646"), 7, (3, 3, 4)))
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # the letters a Medicare Beneficiary Identifier uses
CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# -- family 2: shapes -----------------------------------------------------------------------

def _sin(v: Values, lang: str) -> str:
    """A Canadian Social Insurance Number: nine digits, Luhn, never starting with 0 or 8."""
    body = v.rng.choice("1234579") + v.digits(7, False)
    d = body + luhn_digit(body)
    return f"{d[:3]}{(sep := v.rng.choice((' ', '-')))}{d[3:6]}{sep}{d[6:]}"


def _ohip(v: Values, lang: str) -> str:
    """An Ontario health card number: ten digits, Luhn, and often its two-letter version code."""
    body = v.digits(9)
    d = body + luhn_digit(body)
    version = "".join(v.rng.choice(LETTERS) for _ in range(2))
    return v.rng.choice((f"{d[:4]}-{d[4:7]}-{d[7:]}-{version}", f"{d[:4]} {d[4:7]} {d[7:]} {version}",
                         f"{d[:4]} {d[4:7]} {d[7:]}", d))


def _us_passport(v: Values, lang: str) -> str:
    """A US passport number: nine digits, or a letter and eight (the newer books)."""
    return v.digits(9) if v.rng.random() < 0.5 else v.rng.choice(LETTERS) + v.digits(8, False)


def _mbi(v: Values, lang: str) -> str:
    """A Medicare Beneficiary Identifier (1EG4-TE5-MK73), by its position rules."""
    r = v.rng
    alnum = MBI_LETTERS + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(MBI_LETTERS), r.choice(alnum), str(r.randint(0, 9)),
         r.choice(MBI_LETTERS), r.choice(alnum), str(r.randint(0, 9)), r.choice(MBI_LETTERS),
         r.choice(MBI_LETTERS), str(r.randint(0, 9)), str(r.randint(0, 9))]
    text = "".join(c)
    return f"{text[:4]}-{text[4:7]}-{text[7:]}" if r.random() < 0.5 else text


def _phone_plus1(v: Values, lang: str) -> str:
    d, _ = v.mobile(v.rng.choice(MOBILES))
    return v.rng.choice((f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"+1-{d[:3]}-{d[3:6]}-{d[6:]}",
                         f"+1 {d[:3]} {d[3:6]} {d[6:]}"))


def _dob_abbr(v: Values, lang: str) -> str:
    """A birth date as HR and hospital systems print it: 14-Mar-1983, 14-MAR-1983."""
    y, m, d = v.birth()
    month = MONTHS[m - 1]
    return f"{d:02d}-{month.upper() if v.rng.random() < 0.5 else month}-{y}"


def _ogrnip(v: Values, lang: str) -> str:
    """An individual entrepreneur's ОГРНИП: 3, year, region, nine digits, and the remainder of
    the first fourteen by 13 (its last digit)."""
    body = "3" + f"{v.rng.randint(4, 24):02d}" + f"{v.rng.randint(1, 89):02d}" + v.digits(9, False)
    return body + str(int(body) % 13 % 10)


def _ogrnip_ok(text: str) -> bool:
    return len(text) == 15 and text[0] == "3" and int(text[:14]) % 13 % 10 == int(text[14])


def _birth_cert(v: Values, lang: str) -> str:
    """A Russian birth certificate: a Roman series, two Cyrillic letters, a six-digit number."""
    roman = v.rng.choice(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"))
    letters = "".join(v.rng.choice(CYRILLIC) for _ in range(2))
    return f"{roman}-{letters} {v.rng.choice(('№ ', '№', ''))}{v.digits(6, False)}"


def _phone_ru_paren(v: Values, lang: str) -> str:
    """A Russian mobile as classified ads write it, brackets and no spaces: 8(916)123-45-67."""
    d, _ = v.phone("ru_RU")
    return v.rng.choice((f"8({d[1:4]}){d[4:7]}-{d[7:9]}-{d[9:]}", f"+7({d[1:4]}){d[4:]}",
                         f"8-{d[1:4]}-{d[4:]}"))


def _dials(region: str | None):
    return lambda text: phonenumbers.is_valid_number(phonenumbers.parse(text, region))


# -- family 4: escapes ------------------------------------------------------------------------

def b_header(text: str) -> str:
    """An RFC 2047 encoded word in base64, as many mail clients write a display name."""
    return f"=?UTF-8?B?{base64.b64encode(text.encode('utf-8')).decode('ascii')}?="


def _from_header(text: str) -> str:
    return "".join(b.decode(c or "ascii") if isinstance(b, bytes) else b
                   for b, c in email.header.decode_header(text))


def rtf(text: str) -> str:
    """A name as an RTF document or a rich-text clipboard carries it: each non-ASCII character
    as ``\\uN?``, N its code as a signed 16-bit number, "?" the fallback for old readers."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?"
                   for c in text)


def _from_rtf(text: str) -> str:
    return re.sub(r"\\u(-?\d+)\?", lambda m: chr(int(m[1]) % 65536), text)


# -- family 5: address layouts ------------------------------------------------------------------

QC_CITIES = ("Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières", "Longueuil")
NYC_BOROUGHS = (("Brooklyn", "112"), ("Bronx", "104"), ("Astoria", "111"), ("Staten Island", "103"))
ES_FLOORS = ("1º", "2º", "3º", "4º", "5º", "bajo", "ático")


def _postal_ca(code: str) -> str:
    code = code.replace(" ", "")
    return f"{code[:3]} {code[3:]}"


def _ca_unit(v: Values) -> list[str]:
    """Canadian: the unit before the number with a dash, province and postal code last."""
    f, r = v.fake["en_CA"], v.rng
    province = f.province_abbr()
    return [f"{r.randint(1, 1800)}-{r.randint(1, 9999)} {f.street_name()}, {f.city()} {province} "
            f"{_postal_ca(f.postcode_in_province(province))}"]


def _ca_qc(v: Values) -> list[str]:
    """Quebec, the way Canada Post prints it: the number with a comma, the province in brackets."""
    f, r = v.fake["fr_CA"], v.rng
    flat = f"app. {r.randint(1, 40)}, " if r.random() < 0.5 else ""
    return [f"{flat}{r.randint(10, 9999)}, {f.street_name()}",
            f"{r.choice(QC_CITIES)} (Québec)  {_postal_ca(v.fake['en_CA'].postcode_in_province('QC'))}"]


def _nyc_apt(v: Values) -> list[str]:
    """New York: a numbered cross street, an apartment letter, a borough as the town."""
    r = v.rng
    n = r.randint(2, 120)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    borough, zip3 = r.choice((("New York", "100"),) + NYC_BOROUGHS)
    return [f"{r.randint(1, 640)} {r.choice('EW')} {n}{suffix} St, Apt {r.randint(1, 22)}{r.choice('ABCDEFGH')}",
            f"{borough}, NY {zip3}{r.randint(1, 99):02d}"]


def _us_county_road(v: Values) -> list[str]:
    """The rural South: a county road or highway and the state's town."""
    f, r = v.fake["en_US"], v.rng
    road = r.choice((f"County Road {r.randint(1, 480)}", f"Hwy {r.randint(1, 99)} {r.choice('NSEW')}",
                     f"FM {r.randint(100, 3200)}"))
    return [f"{r.randint(100, 99999)} {road}, {f.city()}, {r.choice(('AL', 'GA', 'MS', 'TN', 'TX', 'LA'))} "
            f"{f.zipcode()}"]


def _nl_line(v: Values) -> list[str]:
    """Dutch: street and number with a floor ("-II", "-hs"), the postcode's letters spaced or not."""
    f, r = v.fake["nl_NL"], v.rng
    code = f.postcode().replace(" ", "")
    code = f"{code[:4]} {code[4:]}" if r.random() < 0.7 else code
    floor = r.choice(("", "-II", "-hs", "-1", " A"))
    return [f"{f.street_name()} {r.randint(1, 300)}{floor}, {code} {f.city()}"]


def _es_line(v: Values) -> list[str]:
    """Spanish: "C/" and the street, number, floor and door, then postcode and town."""
    f, r = v.fake["es_ES"], v.rng
    return [f"C/ {f.last_name()}, {r.randint(1, 140)}, {r.choice(ES_FLOORS)} {r.choice('ABCD')}",
            f"{f.postcode()} {f.city()}"]


def _ru_formal_index_last(v: Values) -> list[str]:
    """An application's address: street, house and flat first, the town, region and index last."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"{f.street_name()}, д. {r.randint(1, 150)}, кв. {r.randint(1, 300)}, г. {f.city_name()}, "
            f"{f.region()}, {f.postcode()}"]


def _ru_abon_box(v: Values) -> list[str]:
    """A post-office box (абонентский ящик) with the index and town."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"{f.postcode()}, г. {f.city_name()}, а/я {r.randint(1, 999)}"]


def _ru_zhk(v: Values) -> list[str]:
    """A new housing estate by its name, building and flat, as sellers and buyers write it."""
    f, r = v.fake["ru_RU"], v.rng
    estate = r.choice(("Солнечный", "Северный парк", "Лесной квартал", "Новые горизонты", "Радужный"))
    return [f"ЖК «{estate}», {f.street_name()}, {r.randint(1, 60)}, корпус {r.randint(1, 9)}, "
            f"кв. {r.randint(1, 400)}, {f.city_name()}"]


def _ru_words(v: Values) -> list[str]:
    """Every part written out in full, as older people write: "город", "улица", "дом"."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"город {f.city_name()}, улица {r.choice(RU_STREET_NAMES)}, дом {r.randint(1, 120)}, "
            f"квартира {r.randint(1, 200)}"]


def _ru_rayon_village(v: Values) -> list[str]:
    """A village in a district of a region, over two lines."""
    f, r = v.fake["ru_RU"], v.rng
    return [f"{f.region()}, {r.choice(RU_DISTRICTS)} р-н",
            f"д. {f.city_name()}, ул. {r.choice(RU_STREET_NAMES)}, д. {r.randint(1, 90)}"]


RU_DISTRICTS = ("Калининский", "Заволжский", "Пригородный", "Октябрьский", "Первомайский", "Кировский")
RU_STREET_NAMES = ("Ленина", "Советская", "Мира", "Садовая", "Школьная", "Молодёжная", "Заречная",
                   "Гагарина", "Пушкина", "Набережная")


def _ru_metro(v: Values) -> list[str]:
    """The nearest metro station before the street, as classifieds' chats give it."""
    f, r = v.fake["ru_RU"], v.rng
    station = r.choice(("Динамо", "Пролетарская", "Чкаловская", "Площадь Ленина", "Спортивная"))
    return [f"м. {station}, {f.street_name().lower() if r.random() < 0.5 else f.street_name()} "
            f"{r.randint(1, 99)}{r.choice(('', 'а', 'к2'))}"]


OWN = Own(
    mobiles=MOBILES,
    shapes={"sin": _sin, "ohip": _ohip, "us_passport": _us_passport, "mbi": _mbi,
            "phone_plus1": _phone_plus1, "dob_abbr": _dob_abbr, "ogrnip": _ogrnip,
            "birth_cert": _birth_cert, "phone_ru_paren": _phone_ru_paren},
    checks={"sin": lambda s: luhn_ok(s) and len(s.replace(" ", "").replace("-", "")) == 9,
            "ohip": lambda s: luhn_ok(s[:12]) and sum(c.isdigit() for c in s) == 10,
            "ogrnip": _ogrnip_ok, "phone_plus1": _dials(None), "phone_ru_paren": _dials("RU")},
    escapes={"b-header": b_header, "rtf": rtf},
    unescapes={"b-header": _from_header, "rtf": _from_rtf},
    lines={"ca_unit": _ca_unit, "ca_qc": _ca_qc, "nyc_apt": _nyc_apt, "us_county_road": _us_county_road,
           "nl_line": _nl_line, "es_line": _es_line, "ru_formal_index_last": _ru_formal_index_last,
           "ru_abon_box": _ru_abon_box, "ru_zhk": _ru_zhk, "ru_words": _ru_words,
           "ru_rayon_village": _ru_rayon_village, "ru_metro": _ru_metro},
    people={"en": ("en_CA", "fr_CA", "es_ES", "nl_NL"), "ru": ("uk_UA",)},
)

BANK: dict = {
    1: {
        "phone": {"en": ["y'all can reach me at {v}, that's my cell",
                         "holler at me on {v} whenever",
                         "my cell's {v}, you got a pen?",
                         "it's {v}, eh, call after supper",
                         "Customer: my callback number is {v}",
                         "for the callback, {v}, that's the best number",
                         "hey it's me, call me back on {v} comma thanks",
                         "new number, save it: {v}",
                         "best number to reach me is {v} during business hours",
                         "you can text {v}, I don't check voicemail",
                         "ok so the number is like {v}"],
                  "ru": ["пишите в личку или звоните {v}, торг уместен",
                         "звоните по номеру {v}, чат не читаю",
                         "короче, мой номер {v}, перезвони как сможешь",
                         "запишите, пожалуйста, мой телефон: {v}",
                         "внучек, мой номер {v}, звони вечером",
                         "контактный телефон заявителя {v}",
                         "по телефону {v}, с девяти до шести",
                         "тел. для связи {v}, звонить до девяти",
                         "номер {v}, есть вотсап и телега",
                         "алло, записываешь? {v}"]},
        "email": {"en": ["shoot me an email at {v}",
                         "Customer: my account email is {v}",
                         "email is {v}, all lowercase",
                         "drop a line to {v}, y'all",
                         "send the invoice over to {v}, eh",
                         "dm me or email {v}",
                         "my personal email is {v}, not the work one",
                         "the email on the account should be {v}"],
                  "ru": ["электронная почта заявителя: {v}",
                         "мой электронный адрес {v}",
                         "пишите на {v}, сюда редко захожу",
                         "короче, почта {v}, кидай туда",
                         "внучка завела мне почту, {v}",
                         "скиньте договор на {v}",
                         "e-mail для ответа: {v}",
                         "почтовый ящик {v}, проверяю вечером"]},
        "dob": {"en": ["I was born {v}, if that helps",
                       "born on {v}, that's what the birth certificate says",
                       "Customer: DOB is {v}",
                       "the patient was born {v}",
                       "my little girl was born {v}",
                       "birth date, {v}",
                       "he was born on {v}, eh",
                       "Agent: and your date of birth? Customer: {v}"],
                "ru": ["родилась я {v}",
                       "дата рождения заявителя {v}",
                       "мамочка родилась {v}",
                       "родилась {v}, так в метрике записано",
                       "мой день рождения — {v}",
                       "внук родился {v}",
                       "я родился {v}, ещё при Брежневе",
                       "сын у нас родился {v}"]},
        "fillers": {"en": ["like, um", "y'know", "lemme see", "hang on a sec", "ummm", "errr", "so, yeah",
                           "lemme check", "one moment", "to be honest"],
                    "ru": ["ну-у", "значица", "вот это вот", "щас-щас", "так-так-так", "ага", "минуточку", "а, ну да"]},
        "digit_sep": {"en": [" ... ", " [pause 1s] ", " [PAUSE] "], "ru": [" ... ", " [pause 1s] ", " [PAUSE] "]},
        "email_at": {"en": [" at, ", " «at» ", " at the symbol "], "ru": [" «эт» ", " «собака» ", " (собачка) "]},
        "email_dot": {"en": [" dot, ", " «dot» ", " full-stop "], "ru": [" «точка» ", " -точка- ", " точка… "]},
        "spell": {"en": ["/", " … "], "ru": ["/", " … "]},
        "own": OWN,
    },
    2: {
        "cues": {"en": [("cell #", "PHONE", "phone_fmt"), ("callback number:", "PHONE", "phone_plus1"),
                        ("Home phone", "PHONE", "phone_sep"), ("Phone (daytime)", "PHONE", "phone"),
                        ("Tel.:", "PHONE", "tel_glued"), ("SIN", "GOV_ID", "sin"),
                        ("social insurance number", "GOV_ID", "sin"), ("OHIP #", "GOV_ID", "ohip"),
                        ("health card number", "GOV_ID", "ohip"), ("passport no:", "GOV_ID", "us_passport"),
                        ("Medicare ID (MBI)", "GOV_ID", "mbi"), ("social security #", "GOV_ID", "ssn"),
                        ("my social is", "GOV_ID", "ssn"), ("driver lic #", "GOV_ID", "licence"),
                        ("my driver's license number's", "GOV_ID", "licence"),
                        ("member ID", "OTHER", "digits7"), ("employee no.", "OTHER", "digits7"),
                        ("policy number (see card)", "OTHER", "policy"), ("claim #", "OTHER", "policy"),
                        ("D.O.B.", "DATE_OF_BIRTH", "dob_us"), ("Birthdate (Month D, YYYY):", "DATE_OF_BIRTH", "dob_month"),
                        ("Date of Birth (YYYY-MM-DD):", "DATE_OF_BIRTH", "dob_iso"),
                        ("b.", "DATE_OF_BIRTH", "dob_abbr"),
                        ("the wifi password is", "SECRET", "password"), ("temp password", "SECRET", "password"),
                        ("gate code is", "SECRET", "pin4"), ("my PIN's", "SECRET", "pin4")],
                 "ru": [("моб. тел.", "PHONE", "phone_fmt"), ("телефон заявителя:", "PHONE", "phone"),
                        ("звонить по", "PHONE", "phone_sep"), ("номер на ⟦авито|ORGANIZATION⟧", "PHONE", "phone_ru_paren"),
                        ("ватсап", "PHONE", "phone_ru_paren"), ("ИНН заявителя", "GOV_ID", "inn"),
                        ("ИНН ФЛ:", "GOV_ID", "inn_glued"), ("страховой номер (СНИЛС)", "GOV_ID", "snils"),
                        ("ОГРНИП", "GOV_ID", "ogrnip"), ("свидетельство о рождении", "GOV_ID", "birth_cert"),
                        ("паспорт гражданина РФ:", "GOV_ID", "passport_ru"),
                        ("паспорт серии", "GOV_ID", "passport_no"), ("в/у", "GOV_ID", "vu_ru"),
                        ("загранпаспорт №", "GOV_ID", "zagran"), ("полис ОМС №", "OTHER", "digits16"),
                        ("ЕНП", "OTHER", "digits16"), ("номер медкарты", "OTHER", "digits7"),
                        ("дата рождения (дд.мм.гггг)", "DATE_OF_BIRTH", "dob_dots"), ("родился(ась)", "DATE_OF_BIRTH", "dob_month"),
                        ("дата рожд-я", "DATE_OF_BIRTH", "dob_short"), ("года рожд.", "DATE_OF_BIRTH", "year_gr"),
                        ("пароль от госуслуг:", "SECRET", "password"), ("код подъезда", "SECRET", "pin4"),
                        ("пин-код карты", "SECRET", "pin4"), ("пароль от вайфая —", "SECRET", "password")]},
        "carriers": {"en": ["Agent: thanks! Customer: {v}", "Q7. {v}", "{v} (see attached)", "**{v}**",
                            "• {v} (verified)", "{v} -- lmk if you need anything else", "Re: verification — {v}",
                            "intake form: {v}", "sure thing, {v}"],
                     "ru": ["Оператор: спасибо. Клиент: {v}", "п. 7. {v}", "{v} (скан приложен)", "**{v}**",
                            "• {v} (проверено)", "{v}, если что — пишите", "Re: проверка данных — {v}", "в заявлении: {v}",
                            "пожалуйста, {v}"]},
        "own": OWN,
    },
    3: {
        "at": {"en": ["find me on Discord, {v}", "ping {v} in #general", "{v} on GitHub opened the issue",
                      "follow {v} for release updates", "cc {v}", "my handle's {v} pretty much everywhere"],
               "ru": ["в телеге {v}", "вк: {v}", "канал автора {v}", "спросите у {v} в чате",
                      "{v} — это я в дискорде", "пишите в личку {v}"]},
        "url": {"en": ["here's my GitHub: {v}", "portfolio's at {v}", "full repro in {v}",
                       "check out my stream at {v}", "my LinkedIn profile: {v}", "y'all can follow along at {v}"],
                "ru": ["вот моя страница: {v}", "профиль тут: {v}", "пример в репозитории {v}", "стримлю тут {v}",
                       "страничка вк {v}", "подписывайтесь на канал: {v}"]},
        "url_layouts": {"any": ["<https://{site}/>", "https://{site}?utm_source=share", "https://{site} (link)",
                                "http://{site}"]},
        "ssh": {"any": ["ssh -p 2200 -i ~/.ssh/id_ed25519 {v}", "mosh --ssh=\"ssh -p 2022\" {v}", "sftp -P 2222 {v}", "rsync -avz ./dist/ {v}:/var/www/"]},
        "remote": {"any": ["git clone https://gitlab.com/{v}.git", "gh repo clone {v}",
                           "pip install git+https://github.com/{v}", "\"url\": \"https://github.com/{v}/issues/17\""]},
        "registry": {"any": ["docker pull ghcr.io/{v}:main", "FROM docker.io/{v}:3.12-slim", "podman run {v}",
                             "kubectl set image deploy/web web=docker.io/{v}:v2"]},
        "home": {"any": ["/Users/{v}/Library/Application Support/", "/home/{v}/", "C:\\Documents and Settings\\{v}\\",
                         "/var/home/{v}/"]},
        "tool": {"en": ["got this error running {v}", "### Steps to reproduce\n1. {v}", "ran {v} and it hung",
                        "Discord won't embed it but {v} works"],
                 "ru": ["при запуске {v} вылетает ошибка", "шаги воспроизведения: {v}", "запустил {v}, висит",
                        "у меня работает {v}"]},
        "mention": {"en": ["{h} you around?", "thanks so much {h}!", "@{h} pls review", "{h}: agreed",
                           "what do you think {h}", "lol {h}"],
                    "ru": ["{h}, ты тут?", "спасибо, {h}!", "@{h} глянь ПР", "{h}: согласен",
                           "{h}, а ты что думаешь", "ахах {h}"]},
    },
    4: {
        "url": {"en": ["the support widget posted ?{k}={v}&ticket=new", "the booking link prefilled {k}={v}",
                       "the webhook body was {k}={v}&source=form", "GET /api/lookup?{k}={v} 200"],
                "ru": ["виджет поддержки отправил ?{k}={v}&ticket=new", "в ссылке на запись {k}={v}",
                       "тело вебхука {k}={v}&source=form", "в логах nginx GET /lookup?{k}={v}"]},
        "markup": {"en": ["the widget renders <span class=\"{k}\">{v}</span>",
                          "the page head has <meta name=\"author\" content=\"{v}\">",
                          "hovering shows <a href=\"#\" title=\"{v}\">"],
                   "ru": ["виджет рисует <span class=\"{k}\">{v}</span>",
                          "в шапке страницы <meta name=\"author\" content=\"{v}\">",
                          "при наведении <a href=\"#\" title=\"{v}\">"]},
        "prose": {"en": ["the Discord nickname shows as {v}", "the ticket's requester field says {v}",
                         "the voice-to-text wrote {v}", "the HR portal lists {v}"],
                  "ru": ["в никнейме отображается {v}", "в поле заявителя {v}", "расшифровка голосового: {v}",
                         "в личном кабинете указано {v}"]},
        "escapes": {"b-header": {"en": ["the bounce message quotes From: {v}",
                                        "the mail log shows sender {v}",
                                        "Reply-To in the raw source: {v}"],
                                 "ru": ["в отбойнике From: {v}",
                                        "в логе почты отправитель {v}",
                                        "в исходнике письма Reply-To: {v}"]},
                    "rtf": {"en": ["the .rtf cover letter has {v}",
                                   "pasting from WordPad gave {v}",
                                   "the RTF export of the intake form shows {v}"],
                            "ru": ["в .rtf заявлении {v}",
                                   "вставка из WordPad дала {v}",
                                   "в RTF-выгрузке анкеты {v}"]}},
        "own": OWN,
    },
    5: {
        "line": {"en": ["ship it to {v}, y'all", "mailing address: {v}", "I'm at {v}, buzz when you get here",
                        "Customer: the delivery address is {v}", "we moved to {v} last spring",
                        "pickup from {v}, it's on the porch"],
                 "ru": ["Зарегистрирован по адресу: {v}", "проживаю по адресу {v}", "самовывоз: {v}",
                        "доставка по адресу {v}, звонить заранее", "теперь живём тут: {v}",
                        "адрес для корреспонденции {v}"]},
        "block": {"en": ["Mailing address:\n{v}", "Shipping to:\n{v}\nThanks!", "Home address\n{v}\n(as on my license)",
                         "Send cheques to\n{v}"],
                  "ru": ["Адрес регистрации по месту жительства:\n{v}", "Почтовый адрес для ответа:\n{v}\nС уважением",
                         "Адрес самовывоза:\n{v}\nпосле шести", "Куда выслать\n{v}"]},
        "layouts": {"en": ["ca_unit", "ca_qc", "nyc_apt", "us_county_road", "nl_line", "es_line"],
                    "ru": ["ru_formal_index_last", "ru_abon_box", "ru_zhk", "ru_words", "ru_rayon_village",
                           "ru_metro"]},
        "own": OWN,
    },
    6: {
        "full": {"en": ["y'all remember {v} from church?", "{v} (she/her) joined the server", "Assignee: {v}",
                        "Name of employee: {v}", "Reported by {v} via chat", "Emergency contact: {v}",
                        "I'm calling on behalf of {v}"],
                 "ru": ["Заявитель: {v}", "Исполнитель — {v}", "Контактное лицо: {v}",
                        "Продавец: {v}, частное лицо", "Ответственный: {v}", "в голосовом {v} всё объяснил(а)",
                        "Ф.И.О. полностью: {v}"]},
        "kin": {"en": [("my mama", "f"), ("my pawpaw", "m"), ("my meemaw", "f"), ("my fiancé", "m"),
                       ("my grandson", "m"), ("my goddaughter", "f"), ("my ex-wife", "f"), ("my step-father", "m"),
                       ("my aunty", "f")],
                "ru": [("моя крестница", "f"), ("мой внучок", "m"), ("моя внучка", "f"), ("мой деверь", "m"),
                       ("моя золовка", "f"), ("мой сват", "m"), ("моя сноха", "f"), ("мой шурин", "m")]},
        "kin_carriers": {"en": ["{v} is fixin' to come by", "{v} can't make it Sunday", "I'll have {v} call y'all",
                                "{v} picked up the kids", "we're staying with {v} over Thanksgiving",
                                "{v} found it on ⟦Kijiji|ORGANIZATION⟧"],
                         "ru": ["{v} приедет на выходных", "{v} заберёт посылку с почты", "{v} сейчас в больнице",
                                "{v} всё купит", "{v} шлёт всем привет", "{v} не сможет прийти"]},
        "wordnames": {"en": {"f": ["Precious", "Melody", "Meadow", "Ginger", "Raven", "Clover"],
                             "m": ["Buddy", "Cash", "Gunner", "Forest", "Bishop", "Ace"]},
                      "ru": {"f": ["Весна", "Заря", "Отрада"], "m": ["Рубин", "Алмаз", "Булат"]}},
        "list": {"en": ["Attendees:\n{v}", "## Contributors\n{v}", "Emergency contacts\n{v}",
                        "| Employee | Status |\n|---|---|\n{v}"],
                 "ru": ["Участники:\n{v}", "## Авторы\n{v}", "Список на пропуск\n{v}",
                        "| ФИО | Статус |\n|---|---|\n{v}"]},
        "list_layouts": {"any": ["[✓] {v}", "→ {v}", "{v} ✔", "| {v} | pending |"]},
        "broken": {"en": ["the HR letter was signed Sincerely, {v}",
                          "the ticket was closed by agent {v} yesterday"],
                   "ru": ["заявление подписано: {v}", "обращение закрыл оператор {v}"]},
        "own": OWN,
    },
    7: {
        "ip": {"en": ["my home IP is {v}, I think", "Discord says login from {v}",
                      "y'all need to allow {v} on the firewall", "the ticket shows the request came from {v}",
                      "sshd: Accepted publickey for deploy from {v}", "the security group has {v}"],
               "ru": ["мой домашний айпи {v}", "вход с нового устройства, {v}", "добавьте {v} в разрешённые",
                      "в тикете запрос пришёл с {v}", "в логе nginx: {v} - - GET /", "пинг до {v} не проходит"]},
        "iban": {"en": ["wire it to {v}", "my IBAN for the refund: {v}", "e-transfer won't work, use {v}",
                        "deposit to {v}"],
                 "ru": ["переведите на IBAN {v}", "реквизиты для возврата: {v}", "счёт в евро {v}",
                        "на {v}, это мой счёт"]},
        "mac": {"en": ["the laptop's MAC is {v}", "static DHCP lease for {v}", "block {v} on the router",
                       "show mac address-table lists {v}"],
                "ru": ["MAC-адрес ноутбука {v}", "статическая аренда DHCP для {v}", "заблокируйте {v} на роутере",
                       "в таблице коммутатора {v}"]},
        "card": {"en": ["card number's {v}, expiry next year", "charge my visa {v}", "card on file: {v}",
                        "I paid with my card, {v}"],
                 "ru": ["оплатил картой {v}", "карта для перевода {v}", "вот карта {v}, ⟦сбер|ORGANIZATION⟧",
                        "списали с карты {v}"]},
    },
    8: {
        "first": {"en": {"PERSON": ["Hi, my name is {v} and I'm calling about my order", "Applicant name: {v}"],
                         "GOV_ID": ["my driver's license number is {v}", "DL # on file: {v}"],
                         "USERNAME": ["my Discord username is {v}", "login: {v}"]},
                  "ru": {"PERSON": ["Здравствуйте, меня зовут {v}", "Заявитель (ФИО): {v}"],
                         "GOV_ID": ["паспорт: {v}", "данные паспорта заявителя {v}"],
                         "USERNAME": ["мой ник в дискорде {v}", "логин: {v}"]}},
        "later": {"en": ["following up on {v}", "update for {v}", "{v} — any news?", "still waiting on {v}",
                         "(ref: {v})"],
                  "ru": ["по {v} есть новости?", "касательно {v}", "{v} — жду ответа", "(см. {v})"]},
    },
}

# look-alikes: carriers per kind and language, ``{v}`` is the value left alone
LOOKALIKES: dict = {
    "order": {"en": ["Customer: my order number is {v}", "order {v} was never delivered, y'all",
                     "RMA for order {v}"],
              "ru": ["номер заказа {v}, где он?", "заказ {v} так и не доставили", "возврат по заказу № {v}"]},
    "price": {"en": ["asking {v} OBO", "it rang up at {v}", "{v} plus tax"],
              "ru": ["прошу {v}, торг", "на кассе пробили {v}", "{v} за всё"]},
    "timestamp": {"en": ["the issue was opened {v}", "voice note recorded {v}", "ticket updated {v}"],
                  "ru": ["обращение создано {v}", "голосовое записано {v}", "тикет обновлён {v}"]},
    "version": {"en": ["regressed in {v}", "repro on {v} and main", "Discord client {v}"],
                "ru": ["регрессия в {v}", "воспроизводится на {v}", "версия приложения {v}"]},
    "room": {"en": ["orientation is in room {v}", "swing by suite {v}", "HR is in {v}"],
             "ru": ["приём в кабинете {v}", "заходите в {v}", "отдел кадров в {v}"]},
    "flight": {"en": ["my flight's {v} out of ⟦LaGuardia|LOCATION⟧", "{v} got delayed again", "rebooked me on {v}"],
               "ru": ["вылетаю рейсом {v}", "{v} опять задержали", "пересадили на {v}"]},
    "isbn": {"en": ["the handbook is ISBN {v}", "ISBN {v}, hardcover", "library hold for ISBN {v}"],
             "ru": ["методичка ISBN {v}", "ISBN {v}, твёрдый переплёт", "книга ISBN {v}, почти новая"]},
    "doc-ip": {"en": ["the issue template uses {v}", "the example .env has {v}", "docs say ping {v}"],
               "ru": ["в шаблоне тикета {v}", "в примере .env стоит {v}", "в доках пингуют {v}"]},
    "spoken-date": {"en": ["the potluck is {v}", "open enrollment closes {v}", "the yard sale's {v}"],
                    "ru": ["приём документов продлили на {v}", "собрание жильцов назначено на {v}", "приёмный день перенесли на {v}"]},
    "kinship-verb": {"en": ["my meemaw {v} call you back", "my nephew {v} swing by", "my fiancé {v} drive"],
                     "ru": []},
}

REPLIES: dict = {"en": ["Gotcha, updated.", "Perfect, I've got it down.", "Alrighty, saved.",
                        "Thank you, that's been added.", "Copy that.", "Great, all set."],
                 "ru": ["Ага, записала.", "Понятно, внесено.", "Хорошо, сохранено.",
                        "Спасибо, добавлено в заявку.", "Принял, спс.", "Отлично, всё готово."]}
