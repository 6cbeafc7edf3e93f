"""Russian streets and what is written around them, as the former Soviet Union writes them:
the town, region and index before the street (Moldova's "MD-2022, мун. Кишинёв, сектор
Центр", Belarus's "Брестская обл., Пинский р-н\nаг. Альбрехтово", Ukraine's "01001, м. Київ,
вул. Хрещатик", Uzbekistan's "Ташкент, Чиланзарский р-н, махалля «Олмазор»"); the house with
its korpus, building and litera, glued or apart ("д. 5к2", "5 стр. 1", "лит. А"), and after it
the entrance, floor, flat, office or room ("кв. 5", "ап. 54", "18 этаж", Israel's entrance "кн.
Б"); a flat after the house with a dash, as chats write it ("пр. Минина 5-40"). Streets named by an ordinal
("8-й мкр.", "2-я Тверская-Ямская ул."), in lowercase after their town ("избербаш, пр.
минина 5-40"), Tashkent's quarters by their number ("1-квартал, д. 20"), German streets
written in Cyrillic ("Шиллерштрассе 59"), and garden partnerships with their line and plot."""

from __future__ import annotations

from functools import lru_cache


from redact.detect import codecache
from redact.detect.address_words import DE_CYRILLIC, RU_PLACES, RU_TYPES, alternation
from redact.morph import analyzer

# a house number: "5", "5А", "5/2", glued korpus or building ("5к2", "12с1"); a flat after
# a dash ("5-40")
_NUMBER = (r"\d{1,4}(?:(?:к|корп\.?|с|стр\.?)\d{1,3}(?![\w-])|[а-яА-Я](?![а-яА-Я]))?"
           r"(?:/\d{1,4}[а-яА-Я]?)?(?:-\d{1,4}(?![\w-]))?")
# a floor or an entrance with its number first ("18 этаж", "3-й подъезд", "5 поверх")
# (with the flat's side on the floor: "5 этаж лево", as Portugal's "5º Esq")
FLOOR_FIRST = (r"\d{1,2}(?:-?(?:й|ий|ый))?[ \t]+(?:этаж|эт\.|подъезд|под\.|поверх|під'їзд)(?![\w-])"
               r"(?:[ \t]+(?:лево|право|слева|справа)(?![\w-]))?")
_AFTER_HOUSE = (r"ап\.|к\.|кн\.|корп\.?|корпус|стр\.|строение|лит\.|литера|подъезд|под\.|п\.|этаж|эт\."
                r"|кв\.?|квартира|оф\.|офис|пом\.|помещение|комн\.|комната|ком\.")
# (the house as the federal address register names it too: "зд. 5", "влд. 12", "соор. 3")
RU_HOUSE = (rf",?[ \t]*(?:(?:д\.?|дом|буд\.|будинок|зд\.|здание|влд\.|вл\.|владение|соор\.|сооружение)[ \t]*)?{_NUMBER}"
            rf"(?:,?[ \t]*(?:(?:{_AFTER_HOUSE})[ \t]*№?[ \t]*(?:\d{{1,5}}(?:-?[а-яА-Я](?![а-яА-Я]))?"
            rf"(?:/\d{{1,4}})?|[А-Я](?![а-яА-Я])|[IVX]{{1,4}}(?![\w-]))"  # "пом. II"
            rf"|{FLOOR_FIRST}))*")
# an index: Russia's, Belarus's, Kazakhstan's 6 digits, Ukraine's 5, or with the letters of a
# former Soviet country ("MD-2001", "LV-1050", "LT-01100", "AZ1000", "BY 220030"), named: a
# pattern that opens with any two capitals makes the street's search three times slower
_INDEX = r"(?:(?:MD|LV|LT|EE|AZ|AM|GE|BY|UA|RU|KZ|KG|UZ|TJ|TM)[ -]?\d{4,6}|\d{5,6})(?![\w-])"
# (and the districts of the republics: Yakutia's улус and наслег, Altai's and Buryatia's
# аймак, Tuva's кожуун; a rural council or settlement: "Ленинский с/с", "Ивановское с/п")
_REGION = (r"обл\.|область|край|р-н|район|г\.о\.|городской[ \t]округ|округ|АО|автономный[ \t]округ"
           r"|улус|наслег|аймак|кожуун|сельсовет|с/с|с/п|сельское[ \t]поселение|муниципальный[ \t]район|м\.р-н")
# a region line ends with its comma or its line ("Ямало-Ненецкий АО, Калининский р-н\n", a
# town and its index "г. Кириши 076756\n"); a town, a metro station ("м. Спортивная") or a
# housing estate ("ЖК «Солнечный»") with a comma
_TOWN = r"\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?"
_REGION_PART = rf"(?:г\.|город)[ \t]*{_TOWN},?[ \t]+\d{{5,6}}|{_INDEX}(?:,?[ \t]+(?:(?:г\.|город)[ \t]*)?{_TOWN})?|Россия|РФ|\p{{Lu}}[\p{{L}}-]+[ \t](?:{_REGION})|(?:Республика|[Рр]есп\.)[ \t]\p{{Lu}}[\p{{L}}-]+"
RU_BEFORE = (
    rf"(?:(?:{_REGION_PART}),?[ \t]*\r?\n[ \t]*(?:>[ \t]*)*|(?:{_REGION_PART}"
    # a hostel and its room, or the flat and house written first, before the street
    # ("общежитие № 6, ком. 328, наб. Дарвина, д. 56", "кв. 12, д. 5, ул. Ленина")
    rf"|(?:общежитие|общ\.|ком\.|комн\.|комната|к\.|кв\.|квартира|корп\.|корпус|д\.|дом)[ \t]*№?[ \t]*\d{{1,5}}[а-яА-Я]?"
    rf"|(?:ЖК|ЖМ|КП|ТСЖ|МФЙ|махалл[яа])[ \t]*(?:«[^»\n]{{1,40}}»|\"[^\"\n]{{1,40}}\"|\p{{Lu}}[\p{{L}}-]+)"
    # (a closed town's status before its mark: "ЗАТО г. Североморск")
    rf"|(?:(?<![\w-])(?:ЗАТО[ \t]+)?(?:{alternation([*RU_PLACES, 'м.', 'метро', 'ст. м.'])})[ \t]*)?\p{{Lu}}[\p{{L}}-]+(?:[ -]\p{{Lu}}[\p{{L}}-]+)?"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?),[ \t]*(?:\r?\n[ \t]*(?:>[ \t]*)*)?"  # ">" quotes a reply
    # a settlement on a line of its own, by its mark ("аг. Ждановичи\n")
    rf"|(?<![\w-])(?:{alternation(RU_PLACES)})[ \t]*\p{{Lu}}[\p{{L}}-]+(?:[ -]\p{{Lu}}[\p{{L}}-]+)?[ \t]*\r?\n[ \t]*(?:>[ \t]*)*"
    rf"){{0,4}}")
_SETTLEMENTS = ("с\\.|село|пос\\.|посёлок|поселок|п\\.|пгт\\.?|рп|р\\.п\\.|дер\\.|д\\.|деревня|х\\.|хутор"
                "|ст-ца|станица|аул|мкр\\.?|мкр-н|микрорайон|квартал|кв-л|массив|ж/м"
                "|улус|аал|наслег|кишлак|слобода|сл\\.|выселок|выселки|починок|заимка|кордон|разъезд")
# the types before a street's name that abbreviate nothing else ("пр." is also "прочие")
_SAFE_TYPES = r"ул\.|улица|пер\.|переулок|просп\.|проспект|наб\.|набережная|ш\.|шоссе|б-р|бул\.|бульвар"
# what a number with a unit after it counts: prices, amounts, durations
_MEASURE = r"(?:руб|р\.|₽|%|шт|мин|тыс|кг|км|м\b|сек|ч\b|час|раз|лет|год)"
# the types written after the street's name ("Невский пр.", "Садовая улица")
_TYPES_AFTER = ("улица|ул\\.|проспект|пр-т|пр\\.|переулок|пер\\.|шоссе|ш\\.|бульвар|б-р|бул\\."
                "|набережная|наб\\.|площадь|пл\\.|проезд|тупик|аллея|мкр\\.|микрорайон")
RU_STREET = (
    rf"{RU_BEFORE}(?:(?<![\w-])(?:а/я|п/я|абонентский[ \t]ящик)(?=[ \t]*№?[ \t]*\d)"
    # a name in lowercase after a type no other word abbreviates, the house right after it
    # ("ул. железнодорожная 37", "ш. полевое 52к2")
    rf"|(?<![\w-])(?:{_SAFE_TYPES})[ \t]*\p{{Ll}}[\p{{Ll}}-]{{2,}}(?:[ \t]\p{{Ll}}[\p{{Ll}}-]{{2,}})?"
    rf"(?=,?[ \t]+\d{{1,4}}(?:к\d{{1,2}}|[а-я])?(?![\w.,]|[ \t]*{_MEASURE}))"
    rf"|(?<![\w-])(?:{alternation(RU_TYPES)})[ \t]*(?:(?:им\.|реки|р\.|канала)[ \t]*)?"
    # a name, or a number that is one's first word ("ул. 8 Марта", "пр. 60-летия Октября"), or
    # an ordinal alone, as Bishkek's massifs number their streets ("ул. 26-я, д. 60")
    rf"(?:\p{{Lu}}[\p{{L}}\d.-]*|\d{{1,4}}(?:-[а-я]{{1,6}})?[ \t]+\p{{L}}[\p{{L}}.-]*"
    rf"|\d{{1,3}}-(?:я|й|ая|ий|ый|ой)(?=,?[ \t]*(?:д\.|дом)[ \t]*\d))(?:[ \t][\p{{L}}\d.-]+){{0,2}}"
    rf"|\p{{Lu}}[\p{{L}}-]+(?:[ \t]\p{{Lu}}[\p{{L}}-]+)?[ \t](?:{_TYPES_AFTER})"
    # an ordinal before the type, or before the name and the type
    rf"|(?<![\w-])\d{{1,3}}-?(?:й|я|е|ый|ий|ой|ая|ое|ья)[ \t]+(?:\p{{Lu}}[\p{{L}}-]+[ \t]+){{0,2}}"
    rf"(?:{alternation(RU_TYPES)})"
    # a settlement or microdistrict with a house and no street ("с. Ивановка, д. 12", "мкр.
    # 5, д. 3"): the house named "д." or "дом"
    rf"|(?<![\w-])(?:(?:{_SETTLEMENTS})[ \t]*(?:\p{{Lu}}[\p{{L}}-]+(?:[ -]\p{{Lu}}[\p{{L}}-]+)?|\d{{1,3}})"
    # or a quarter by its number first, as Tashkent numbers them ("1-квартал, д. 20")
    rf"|\d{{1,3}}(?:-?(?:й|ий|ый))?(?:[ \t]+|-)(?:квартал|кв-л|мкр\.?|мкрн\.?|микрорайон|массив))"
    rf"(?=,?[ \t]*(?:д\.|дом)[ \t]*\d))"
    rf"{RU_HOUSE}")
# a German street written in Cyrillic with its house ("Германия, 90469 Нюрнберг, Шиллерштрассе
# 59"), apart: the words that end its name are rare, and its cue finds them
DE_CYRILLIC_STREET = (rf"{RU_BEFORE}(?<![\w-])\p{{Lu}}\p{{Ll}}*(?:{alternation(DE_CYRILLIC)})(?=,?[ \t]+\d){RU_HOUSE}")
de_cyrillic_in = codecache.compile(rf"(?:{alternation(DE_CYRILLIC)}),?[ \t]+\d").search


@lru_cache(maxsize=2)  # the street's cue and address_parts' share it
def de_cyrillic(text: str) -> bool:
    """The cue of DE_CYRILLIC_STREET: the end of its name, a space and the house's digit."""
    return de_cyrillic_in(text) is not None
# a garden partnership, its line or street and its plot or house ("СНТ «Ромашка», линия 5, уч.
# 12", "СНТ «Ромашка», 3-я линия, участок 17"), ending in a number
RU_GARDEN = (
    rf"{RU_BEFORE}(?<![\w-])(?:СНТСН|СНТ|ДНТ|ТСН|СПК|ДНП|ДПК|ДСК|с/т|СТ)[ \t]*"
    rf"(?:«[^»\n]{{1,40}}»|\"[^\"\n]{{1,40}}\"|“[^”\n]{{1,40}}”|\p{{Lu}}[\p{{L}}-]+)"
    rf"(?:,?[ \t]*(?:(?:линия|ул\.|улица|проезд|аллея|участок|уч\.|уч-к|д\.|дом)[ \t]*№?[ \t]*\d{{1,5}}"
    rf"[а-яА-Я]?(?:/\d{{1,4}})?|\d{{1,3}}-?[яй][ \t]+(?:линия|улица|аллея|проезд)"
    rf"|(?:ул\.|улица|аллея|проезд)[ \t]*\p{{Lu}}[\p{{L}}-]+)){{1,3}}(?<=\d[а-яА-Я]?|\d/\d{{1,4}})")
# a lowercase town, a street type and a lowercase name, then the house ("тавда, наб.
# поперечная 70-257"), or the name then "д." with its house; prices and durations are none
_LOWER = r"\p{Ll}[\p{Ll}-]+"
_RU_LOWERCASE = codecache.compile(
    rf"(?<![\w-])(?:(?P<town>(?:(?:г\.|с\.|пос\.)[ \t]*)?{_LOWER}(?:[ \t]{_LOWER})?),[ \t]*)?"
    rf"(?:{alternation(t for t in RU_TYPES if not t[0].isdigit())})[ \t]*{_LOWER}(?:[ \t]{_LOWER})?"
    rf"(?P<house>,?[ \t]+{_NUMBER}|,?[ \t]*(?:д\.|дом)[ \t]*{_NUMBER})"
    rf"(?:,?[ \t]*(?:{_AFTER_HOUSE})[ \t]*№?[ \t]*\d{{1,5}}[а-яА-Я]?)*"
    rf"(?![\w-]|[ \t]*{_MEASURE})")


def lowercase_streets(text: str) -> list[tuple[int, int]]:
    """Streets written in lowercase with their house, from their town when it is named before
    them: a town of two words opens with an adjective ("пушкинские горы"), so the word of a
    sentence before a town of one ("на", "адрес") stays out; a street needs its town or its
    "д." ("и пр. расходы 500" is none)."""
    spans = []
    for m in _RU_LOWERCASE.finditer(text):
        start, town = m.start(), m.group("town")
        if town is not None:
            first, _, rest = town.rpartition(" ")
            if first and not _adjective(first.split()[-1]):
                start = m.start("town") + len(first) + 1
            if _function_word(rest):
                continue
        elif "д" not in m.group("house"):
            continue
        spans.append((start, m.end()))
    return spans


def _adjective(word: str) -> bool:
    return any(p.tag.POS == "ADJF" for p in analyzer().parse(word))


def _function_word(word: str) -> bool:
    """A word no town is: a conjunction, particle, pronoun or preposition ("итак", "тут")."""
    return any(p.tag.POS in {"CONJ", "PRCL", "NPRO", "PREP", "ADVB", "PRED"} and p.score > 0.3
               for p in analyzer().parse(word))
