"""Russian streets and what is written around them: the town, region and index before the
street, the house, its korpus and building, the flat after it."""

from __future__ import annotations

from redact.detect.address_words import RU_PLACES, RU_TYPES, alternation

RU_HOUSE = (r",?[ \t]*(?:(?:д\.|дом)[ \t]*)?\d{1,4}[а-яА-Я]?(?:/\d{1,4}[а-яА-Я]?)?"
            r"(?:,?[ \t]*(?:к\.|корп\.|корпус|стр\.|строение|лит\.)[ \t]*\d{1,4}[а-яА-Я]?"
            r"(?:/\d{1,4})?)*"
            r"(?:,?[ \t]*(?:кв\.|квартира|оф\.|офис|пом\.)[ \t]*\d{1,5})?")
RU_BEFORE = (
    rf"(?:(?:\d{{6}}|Россия|РФ|\p{{Lu}}[\p{{L}}-]+[ \t](?:обл\.|область|край|р-н|район)"
    rf"|(?:Республика|респ\.)[ \t]\p{{Lu}}[\p{{L}}-]+"
    rf"|(?:(?:{alternation(RU_PLACES)})[ \t]*)?\p{{Lu}}[\p{{L}}-]+(?:[ -]\p{{Lu}}[\p{{L}}-]+)?"
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?),[ \t]*){{0,4}}")
RU_STREET = (
    rf"{RU_BEFORE}(?:(?<![\w-])(?:{alternation(RU_TYPES)})[ \t]*(?:им\.[ \t]*)?"
    rf"[\p{{Lu}}\d][\p{{L}}\d.-]*(?:[ \t][\p{{L}}\d.-]+){{0,2}}"
    rf"|\p{{Lu}}[\p{{L}}-]+(?:[ \t]\p{{Lu}}[\p{{L}}-]+)?[ \t]"
    rf"(?:улица|ул\.|проспект|пр-т|переулок|пер\.|шоссе|бульвар|набережная|площадь|проезд|тупик))"
    rf"{RU_HOUSE}")
