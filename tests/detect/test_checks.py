"""The refiner's named checks, one test each: what a check keeps and what it drops."""

from __future__ import annotations

from redact.detect import checks as c
from redact.records import Finding, Piece, Segment

from found import cut, span


def segments(*texts: str) -> list[Segment]:
    return [Segment(t, (Piece(0, 0, len(t)),)) for t in texts]


# -- NER output ---------------------------------------------------------------------------

def test_trim_to_first_line():
    label = "Contact: Ilse\nPhone: 0"
    assert cut(label, c.trim_to_first_line(label, span(label, "Ilse\nPhone"))) == "Ilse"
    three = "Ilse\nBrandt\nNotes"
    assert cut(three, c.trim_to_first_line(three, span(three, three))) == "Ilse"
    lower = "macOS\ngh"
    assert cut(lower, c.trim_to_first_line(lower, span(lower, lower))) == "macOS"
    broken = "Ilse\nBrandt wrote"
    assert cut(broken, c.trim_to_first_line(broken, span(broken, "Ilse\nBrandt"))) == "Ilse\nBrandt"
    one_line = "Ilse Brandt wrote"
    f = span(one_line, "Ilse Brandt")
    assert c.trim_to_first_line(one_line, f) is f
    quoted = "> letter from Dr. Naomi\n> Feld says"  # a quoted note's lines
    assert cut(quoted, c.trim_to_first_line(quoted, span(quoted, "Naomi\n> Feld"))) == "Naomi\n> Feld"


def test_trim_before_bracket():
    text = "шеф концерна Бернд Пишетсридер (Bernd Pischetsrieder) сказал"
    whole = span(text, "Бернд Пишетсридер (Bernd Pischetsrieder)")
    assert cut(text, c.trim_before_bracket(text, whole)) == "Бернд Пишетсридер"
    plain = span(text, "Бернд Пишетсридер")
    assert c.trim_before_bracket(text, plain) is plain


def test_trim_trailing_lowercase():
    text = ("chairs of Welsh university bodies; our Mill Woods community; Dan Roe 's model; "
            "ask maria; the Aurora - two system")
    for read, name in (("Welsh university", "Welsh"), ("Mill Woods community", "Mill Woods")):
        assert cut(text, c.trim_trailing_lowercase(text, span(text, read))) == name
    # a possessive, a name to its end and an all-lowercase span are left as they are
    for kept in ("Dan Roe 's", "Mill Woods", "ask maria", "Aurora - two"):
        f = span(text, kept)
        assert c.trim_trailing_lowercase(text, f) is f


def test_is_wordless_or_code():
    assert c.is_wordless_or_code("2031")
    assert c.is_wordless_or_code("--")
    assert c.is_wordless_or_code("order_id")
    assert c.is_wordless_or_code("{owner}")
    assert not c.is_wordless_or_code("Ilse Brandt")
    assert not c.is_wordless_or_code("O'Neill-Vance")


def test_is_cyrillic_read_by_english_model():
    text = "Спасибо, Ilse"
    assert c.is_cyrillic_read_by_english_model(span(text, "Спасибо"), "Спасибо")
    assert not c.is_cyrillic_read_by_english_model(
        span(text, "Спасибо", detector="natasha"), "Спасибо")
    assert not c.is_cyrillic_read_by_english_model(span(text, "Ilse"), "Ilse")


def test_is_russian_non_name():
    def natasha(value: str, category: str = "PERSON") -> Finding:
        return Finding(0, len(value), category, category, 0.85, "natasha")

    assert c.is_russian_non_name(natasha("Вот"), "Вот")
    assert c.is_russian_non_name(natasha("сервере"), "сервере")
    assert not c.is_russian_non_name(natasha("Дарья"), "Дарья")
    assert not c.is_russian_non_name(natasha("дарья"), "дарья")
    assert not c.is_russian_non_name(natasha("Вот", "LOCATION"), "Вот")
    assert not c.is_russian_non_name(Finding(0, 3, "PERSON", "PERSON", 0.85, "spacy"), "Вот")


def test_is_product_spelling():
    assert c.is_product_spelling("macOS")
    assert c.is_product_spelling("iPad")
    assert not c.is_product_spelling("Ilse")
    assert not c.is_product_spelling("ilse")
    assert not c.is_product_spelling("van Brandt")


def test_is_id_or_camel_case_word():
    text = "Ticket QRX-40412 for BlueHarbor in IPv6 land, says R2D2"
    assert c.is_id_or_camel_case_word(span(text, "QRX-40412", "ORGANIZATION"), "QRX-40412")
    assert c.is_id_or_camel_case_word(span(text, "IPv6", "LOCATION"), "IPv6")
    assert c.is_id_or_camel_case_word(span(text, "BlueHarbor", "ORGANIZATION"), "BlueHarbor")
    assert not c.is_id_or_camel_case_word(span(text, "BlueHarbor", "LOCATION"), "BlueHarbor")
    assert not c.is_id_or_camel_case_word(span(text, "R2D2"), "R2D2")
    assert not c.is_id_or_camel_case_word(span(text, "Ticket", "ORGANIZATION"), "Ticket")


def test_strip_honorifics():
    titles = {"grandma", "dr"}
    text = "Grandma Ilse and Dr. Tomas Varga called Grandma"
    assert cut(text, c.strip_honorifics(text, span(text, "Grandma Ilse"), titles)) == "Ilse"
    assert cut(text, c.strip_honorifics(text, span(text, "Dr. Tomas Varga"), titles)) == "Tomas Varga"
    alone = Finding(text.rindex("Grandma"), len(text), "PERSON", "PERSON", 0.85, "spacy")
    assert c.strip_honorifics(text, alone, titles) is None
    org = span(text, "Dr. Tomas", "ORGANIZATION")
    assert c.strip_honorifics(text, org, titles) is org


def test_trim_lowercase_to_first_names():
    names = {"ilse", "tomas"}
    text = "ask ilse and tomas today, not docker"
    person = span(text, "ask ilse and tomas today")
    assert cut(text, c.trim_lowercase_to_first_names(text, person, names)) == "ilse and tomas"
    assert c.trim_lowercase_to_first_names(text, span(text, "docker"), names) is None
    assert c.trim_lowercase_to_first_names(text, span(text, "ilse", "LOCATION"), names) is None
    capital = "Ask Ilse"
    f = span(capital, "Ask Ilse")
    assert c.trim_lowercase_to_first_names(capital, f, names) is f


# -- findings -------------------------------------------------------------------------------

def test_is_weak_or_blank():
    text = "Ilse  wrote"
    assert c.is_weak_or_blank(span(text, "Ilse", score=0.3), "Ilse", 0.5)
    assert c.is_weak_or_blank(span(text, "  "), "  ", 0.5)
    assert not c.is_weak_or_blank(span(text, "Ilse", score=0.5), "Ilse", 0.5)


def test_is_own_token_or_its_neighbour():
    text = "Рекрутер — [PERSON_1] and Ilse, not [EMAIL_3f2a9c1b]"
    assert c.is_own_token_or_its_neighbour(text, span(text, "[PERSON_1]", detector="rule"))
    assert c.is_own_token_or_its_neighbour(text, span(text, "Рекрутер", detector="natasha"))
    assert not c.is_own_token_or_its_neighbour(text, span(text, "Рекрутер", detector="rule"))
    assert not c.is_own_token_or_its_neighbour(text, span(text, "Ilse"))
    plain = "[not a token] Ilse"
    assert not c.is_own_token_or_its_neighbour(plain, span(plain, "Ilse"))


def test_is_allow_listed():
    assert c.is_allow_listed("Kubectl,", {"kubectl"})
    assert c.is_allow_listed("«Kubectl»", {"kubectl"})
    assert not c.is_allow_listed("Ilse", {"kubectl"})


def test_is_public_figure():
    assert c.is_public_figure("Ada  Lovelace.", {"ada lovelace"})
    assert not c.is_public_figure("Ada Brandt", {"ada lovelace"})


def test_is_allow_listed_after_the():
    assert c.is_allow_listed_after_the("the Kremlin", {"kremlin"})
    assert not c.is_allow_listed_after_the("the Brandts", {"kremlin"})
    assert not c.is_allow_listed_after_the("then Kremlin", {"kremlin"})


def test_is_allow_listed_lemma():
    assert c.is_allow_listed_lemma("токены", {"токен"}, set())
    assert c.is_allow_listed_lemma("Евгения Онегина", set(), {"евгений онегин"})
    assert not c.is_allow_listed_lemma("Дарью Серову", {"токен"}, {"евгений онегин"})
    assert not c.is_allow_listed_lemma("tokens", {"token"}, set())


def test_is_lowercase_tech_word():
    assert c.is_lowercase_tech_word("сервере", {"сервер"})
    assert not c.is_lowercase_tech_word("Сервере", {"сервер"})
    assert not c.is_lowercase_tech_word("на сервере", {"сервер"})
    assert not c.is_lowercase_tech_word("дарье", {"сервер"})


def test_is_acronym_or_constant():
    text = "NULL or NIL POINTER, said NULL"
    names = {"anna"}
    assert c.is_acronym_or_constant(span(text, "NULL", "ORGANIZATION"), "NULL", names)
    assert c.is_acronym_or_constant(span(text, "NULL", "LOCATION", "natasha"), "NULL", names)
    assert c.is_acronym_or_constant(span(text, "NULL"), "NULL", names)
    assert not c.is_acronym_or_constant(span(text, "NULL", "ORGANIZATION", "rule"), "NULL", names)
    assert not c.is_acronym_or_constant(span(text, "NIL POINTER", "ORGANIZATION"), "NIL POINTER",
                                        names)
    covid = "the COVID-19 crisis, said ANNA"
    assert c.is_acronym_or_constant(span(covid, "COVID-19"), "COVID-19", names)
    assert not c.is_acronym_or_constant(span(covid, "ANNA"), "ANNA", names)  # a first name
    uk = "a trade deal with the U.K. in place"
    assert c.is_acronym_or_constant(span(uk, "U.K.", "LOCATION"), "U.K.", names)
    town = "69 Farnell Street, LOOMBAH"  # an address in capitals: a place NER calls a person
    assert not c.is_acronym_or_constant(span(town, "LOOMBAH"), "LOOMBAH", names)
    assert c.is_acronym_or_constant(span(town, "LOOMBAH", "LOCATION"), "LOOMBAH", names)


def test_is_inside_public_figure():
    figures = {"ada lovelace", "фёдор достоевский"}
    text = "Ada Lovelace, and Ada Brandt"
    assert c.is_inside_public_figure(text, span(text, "Lovelace"), figures)
    assert c.is_inside_public_figure(text, span(text, "Ada"), figures)
    assert not c.is_inside_public_figure(text, span(text, "Brandt"), figures)
    assert not c.is_inside_public_figure(text, span(text, "Ada Lovelace"), figures)
    ru = "Фёдор Михайлович Достоевский писал"
    assert c.is_inside_public_figure(ru, span(ru, "Фёдор", detector="natasha"), figures)


def test_is_assistant_operator():
    assert c.is_assistant_operator("Parcelwise", frozenset({"parcelwise"}))
    assert not c.is_assistant_operator("Quillbox", frozenset({"parcelwise"}))


def test_is_job_title_read_as_company():
    titles = {"coordinator"}
    text = "Freight Coordinator at Coordinator Brightwater"
    assert c.is_job_title_read_as_company(text, span(text, "Freight Coordinator", "ORGANIZATION"),
                                          titles)
    assert not c.is_job_title_read_as_company(text, span(text, "Coordinator Brightwater",
                                                         "ORGANIZATION"), titles)
    assert not c.is_job_title_read_as_company(text, span(text, "Coordinator", "ORGANIZATION"),
                                              titles)
    assert not c.is_job_title_read_as_company(
        text, span(text, "Freight Coordinator", "ORGANIZATION", "rule"), titles)


def test_is_event_or_programme():
    heads = {"month", "programme"}
    text = "Portuguese Heritage Month and the Healthy Child Wales Programme, said Month Harris"
    assert c.is_event_or_programme(text, span(text, "Portuguese Heritage Month", "LOCATION"), heads)
    assert c.is_event_or_programme(text, span(text, "Healthy Child Wales Programme", "ORGANIZATION"),
                                   heads)
    assert not c.is_event_or_programme(text, span(text, "Month Harris", "PERSON"), heads)
    assert not c.is_event_or_programme(text, span(text, "Programme", "ORGANIZATION"), heads)
    assert not c.is_event_or_programme(
        text, span(text, "Portuguese Heritage Month", "LOCATION", "rule"), heads)


def test_is_country_named_as_fact():
    places = {"portugal", "германия"}
    fact = "Portugal doesn't need it"
    assert c.is_country_named_as_fact(fact, span(fact, "Portugal", "LOCATION"), places)
    ru = "гражданин Германии"
    assert c.is_country_named_as_fact(ru, span(ru, "Германии", "LOCATION", "natasha"), places)
    where = "she moved to Portugal"
    assert not c.is_country_named_as_fact(where, span(where, "Portugal", "LOCATION"), places)
    town = "Tallinn doesn't need it"
    assert not c.is_country_named_as_fact(town, span(town, "Tallinn", "LOCATION"), places)
    assert not c.is_country_named_as_fact(fact, span(fact, "Portugal", "LOCATION", "rule"), places)


def test_is_pet_name():
    pets = {"dog", "кот"}
    text = "my dog Pickle and my friend Ilse; кот Пончик"
    assert c.is_pet_name(text, span(text, "Pickle"), pets)
    assert c.is_pet_name(text, span(text, "Пончик", detector="natasha"), pets)
    assert not c.is_pet_name(text, span(text, "Ilse"), pets)
    assert not c.is_pet_name(text, span(text, "Pickle", "ORGANIZATION"), pets)


def test_is_made_of_allowed_words():
    allowed = {"kube", "proxy"}
    assert c.is_made_of_allowed_words("Kube Proxy", allowed)
    assert not c.is_made_of_allowed_words("Kube Brandt", allowed)
    assert not c.is_made_of_allowed_words("2031", allowed)


def test_is_bot_handle():
    def handle(value: str, category: str = "USERNAME") -> Finding:
        return Finding(0, len(value), category, category, 0.9, "rule")

    assert c.is_bot_handle(handle("lintbot"), "lintbot", set())
    assert c.is_bot_handle(handle("@renovate"), "@renovate", {"@renovate"})
    assert not c.is_bot_handle(handle("ilse_b"), "ilse_b", {"@renovate"})
    assert not c.is_bot_handle(handle("Talbot", "PERSON"), "Talbot", set())


def test_is_placeholder_phone():
    def phone(value: str, category: str = "PHONE") -> Finding:
        return Finding(0, len(value), category, category, 0.75, "phone")

    for value in ("555-0142", "+44 7700 900123", "+46 70 234 56 78", "999 99 99 999"):
        assert c.is_placeholder_phone(phone(value), value), value
    assert not c.is_placeholder_phone(phone("+46 70 482 19 03"), "+46 70 482 19 03")
    assert not c.is_placeholder_phone(phone("555-0142", "GOV_ID"), "555-0142")


def test_in_example_context():
    def at(segs: list[Segment], index: int, value: str) -> bool:
        return c.in_example_context(segs, index, span(segs[index].text, value, "PHONE"))

    assert at(segments("For example, call 555-0142."), 0, "555-0142")
    assert not at(segments("Call 555-0142. It is an example of nothing"), 0, "555-0142")
    assert at(segments("Here is a sample:", "Call 555-0142."), 1, "555-0142")
    assert at(segments("Call 555-0142.", "That 555-0142 was a dummy."), 0, "555-0142")
    assert not at(segments("Call 555-0142.", "That was a dummy."), 0, "555-0142")
    assert not at(segments("Call 555-0142.", "Thanks"), 0, "555-0142")


def test_is_country():
    places = {"германия", "new zealand"}
    assert c.is_country(["Германии"], places)
    assert c.is_country(["New", "Zealand"], places)
    assert not c.is_country(["Лиссабоне"], places)
    assert not c.is_country(["Германии"], set())


def test_a_month_among_months_is_the_month_not_a_person():
    from redact.detect.wordlike import is_month_among_months
    from redact.records import Finding

    def month(text: str, value: str) -> bool:
        start = text.index(value)
        return is_month_among_months(text, Finding(start, start + len(value), "PERSON", "PERSON",
                                                   0.85, "spacy"))

    assert month("during the months of March and April, yet", "April")
    assert month("April or May would work", "April")
    assert month("from June to August", "June")
    assert not month("Ask April, June and Bob", "April")
    assert not month("April and Tom came", "April")
    assert not month("Tom and Sarah came", "Sarah")
