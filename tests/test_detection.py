"""Detection: batched equals per-segment, names link across forms, placeholders stay."""

from __future__ import annotations

import json
import subprocess
import sys

from presidio_analyzer.nlp_engine import NlpArtifacts

import redact
from conftest import DEV, dev_text_files, needs_shared, run_cli
from redact.detect.engine import Engine, EngineConfig
from redact.detect.language import identify
from redact.detect.names import NameLexiconRecognizer
from redact.detect.nlp import may_name
from redact.detect.packs import load_rules
from redact.detect.triggers import RuleIndex, _word_test
from redact.formats import choose_format
from redact.formats.base import Piece, Segment, split_code
from redact.text_io import decode


def _engine() -> Engine:
    return Engine(EngineConfig(), load_rules())


def _segments(text: str) -> list[Segment]:
    return [Segment(text, (Piece(0, 0, len(text)),))]


@needs_shared
def test_batched_detection_equals_per_segment_detection():
    engine = _engine()
    documents = []
    for name in dev_text_files():
        text = decode((DEV / name).read_bytes()).text
        documents.append(choose_format(text, name)[0].parse(text).segments)
    batched = engine.detect(documents)
    one_by_one = [[engine.detect([[seg]])[0][0] for seg in doc] for doc in documents]
    for doc, together, alone in zip(documents, batched, one_by_one):
        # linking inside a document needs the whole document; compare detector findings.
        # The document can also be the evidence a common word needs to be a name (written
        # capitalised mid-sentence elsewhere, names in lowercase where people go by handles):
        # it adds findings, never drops one.
        strip = lambda rs: [[f for f in r.findings if f.detector != "linked"] for r in rs]  # noqa: E731
        for whole, single in zip(strip(together), strip(alone)):
            assert set(single) <= set(whole)


def test_phones_in_many_writings_and_placeholders_in_example_context():
    engine = _engine()
    text = ("Мой мобильный 8 912 581 04 77, рабочий +7 (495) 123-45-67. "
            "UK: 07911 123456. In docs use +1 555-0100 as a placeholder.")
    [[result]] = engine.detect([_segments(text)])
    phones = [text[f.start:f.end] for f in result.findings if f.category == "PHONE"]
    assert phones == ["8 912 581 04 77", "+7 (495) 123-45-67", "07911 123456"]
    [[given]] = engine.detect([_segments("Her phone is +1 555-0100, call her tonight.")])
    assert [f.category for f in given.findings] == ["PHONE"]


def test_written_groups_with_a_transcribers_note_between_them_are_one_phone():
    from redact.detect.phones import PhoneNumberRecognizer

    recognizer = PhoneNumberRecognizer("en")

    def phones(text: str) -> list[str]:
        return [text[r.start:r.end] for r in recognizer.analyze(text, [])]

    assert phones("the number is 07403 [drill whirring] 076543, boy") == [
        "07403 [drill whirring] 076543"]
    assert phones("номер 8 916 ... (неразборчиво) ... 123 45 67") == [
        "8 916 ... (неразборчиво) ... 123 45 67"]
    assert phones("it's 07403 <laughs> 076543") == ["07403 <laughs> 076543"]
    # the area code's brackets are the number's own; nine digits are an order's as often
    assert phones("call (020) 7946 0958 now") == ["(020) 7946 0958"]
    assert phones("order 12345 [see attached] 6789, room 1204 (laughs) 12, v2 (beta) 3") == []


def test_documentation_addresses_and_loopback_are_not_personal():
    [[result]] = _engine().detect([_segments(
        "Use user@example.com on 127.0.0.1 and 192.0.2.10, but the server is 185.44.12.9.")])
    assert [f.category for f in result.findings] == ["IP_ADDRESS"]


def test_russian_inflected_names_are_found():
    text = "Передайте Ивану Петрову, что Иван Петров приглашён."
    [[result]] = _engine().detect([_segments(text)])
    assert [text[f.start:f.end] for f in result.findings if f.category == "PERSON"] == [
        "Ивану Петрову", "Иван Петров"]


def test_the_kind_of_a_russian_settlement_belongs_to_its_name():
    text = "Место рождения: г. Пермь. Переехали в г. Самару, а не в Москву."
    [[result]] = _engine().detect([_segments(text)])
    assert [text[f.start:f.end] for f in result.findings if f.category == "LOCATION"] == [
        "г. Пермь", "г. Самару", "Москву"]


def test_ner_noise_is_not_personal_data_and_quoted_names_end_at_their_quote():
    engine = _engine()
    en = "Thanks, Jenna. Ticket INC-20931 created. The button colour is DodgerBlue."
    ru = "Поставщик: ООО «Северный ветер», договор подписан вчера."
    [[found_en], [found_ru]] = engine.detect([_segments(en), _segments(ru)])
    found = {(en[f.start:f.end], f.category) for f in found_en.findings}
    assert ("Jenna", "PERSON") in found
    assert not [v for v, _ in found if "INC-20931" in v or v == "DodgerBlue"]
    assert ("ООО «Северный ветер»", "ORGANIZATION") in {
        (ru[f.start:f.end], f.category) for f in found_ru.findings}


def test_names_in_sign_offs_capitals_and_lowercase_surnames():
    engine = _engine()
    texts = ["see you then. best, tom", "с уважением, ирина петрова", "Name on file: MARIA LOPEZ",
             "I WILL CALL YOU TOMORROW", "the bill is due on friday"]
    results = engine.detect([_segments(t) for t in texts])
    found = [[t[f.start:f.end] for f in r.findings if f.category == "PERSON"]
             for t, [r] in zip(texts, results)]
    assert found == [["tom"], ["ирина петрова"], ["MARIA LOPEZ"], [], []]


def _persons_places_orgs(texts: list[str]) -> list[list[tuple[str, str]]]:
    results = _engine().detect([_segments(t) for t in texts])
    return [[(t[f.start:f.end], f.category) for f in r.findings
             if f.category in ("PERSON", "LOCATION", "ORGANIZATION")] for t, [r] in zip(texts, results)]


def test_countries_as_facts_and_as_where_someone_is():
    found = _persons_places_orgs([
        "Он гражданин Германии, а сын сейчас в Испании.",
        "Portugal doesn't require an arrival card. My mum moved to Portugal last year.",
    ])
    assert found == [[("Испании", "LOCATION")], [("Portugal", "LOCATION")]]


def test_titles_pets_bot_operators_and_function_words_are_nobody():
    texts = [
        "I am applying for the Logistics Coordinator role at Halden Freight.",
        "А вот это наш кот Бублик, он переезд пережил лучше всех.",
        "You are Parcelly's support assistant. Be brief. Parcelly ships parcels.",
        "Ты — помощник службы доставки «БыстроВез». Отвечай коротко.",
        "Сделаю маскирование в логгере, это полдня.",
        "«Евгения Онегина» написал Александр Сергеевич Пушкин, а Александр Ковалёв прочёл.",
    ]
    found = _persons_places_orgs(texts)
    assert ("Logistics Coordinator", "ORGANIZATION") not in found[0]
    assert found[1:5] == [[], [], [], []]
    assert found[5] == [("Александр Ковалёв", "PERSON")]


def test_names_between_delimiters_of_a_pasted_data_row():
    text = "it has lines like `2025-05-02;Ewa Nowak;DE89370400440532013000;-42,10;REWE Markt`"
    [[result]] = _engine().detect([_segments(text)])
    found = {(text[f.start:f.end], f.category) for f in result.findings}
    assert ("Ewa Nowak", "PERSON") in found and ("DE89370400440532013000", "IBAN") in found


@needs_shared
def test_rules_shortcut_returns_what_presidio_analyze_returns():
    """Engine.results skips recognizers by their triggers and Presidio's per-text set-up;
    on every dev text, with and without NER, it gives AnalyzerEngine.analyze's results."""
    engine = _engine()
    texts = set()
    for name in dev_text_files():
        text = decode((DEV / name).read_bytes()).text
        texts.update(seg.text for seg in choose_format(text, name)[0].parse(text).segments)
    compared = 0
    for ner in (True, False):
        for lang in ("en", "ru"):
            batch = sorted(t for t in texts if identify(t) == lang)
            for text, art in zip(batch, engine.nlp.artifacts(batch, lang, ner=ner)):
                ours = engine.results(text, lang, art)
                theirs = engine.analyzer.analyze(text, language=lang, nlp_artifacts=art,
                                                 score_threshold=engine.config.min_score)
                assert _keyed(ours) == _keyed(theirs), text[:60]
                compared += len(theirs)
    assert compared > 200


def _keyed(results) -> list[tuple]:
    return sorted((r.start, r.end, r.entity_type, round(r.score, 6),
                   r.recognition_metadata["recognizer_name"]) for r in results)


def test_fenced_code_in_a_message_is_a_rules_only_part():
    # a fence opens at the start of a line only; one left open runs to the end
    text = "See this:\n```python\nsend('ops@example.org')\n```\nand ~~~\nx\n~~~ then\n```\nopen"
    seg = Segment(text, (Piece(0, 10, len(text)),))
    parts = split_code(seg)
    assert [(p.text, p.kind) for p in parts] == [
        ("See this:\n```python\n", "prose"), ("send('ops@example.org')\n", "code"),
        ("```\nand ~~~\nx\n~~~ then\n", "prose"), ("```\nopen", "code")]
    assert [p.file_offset(0) for p in parts] == [10, 30, 54, 77]
    plain = Segment("no fences here", (Piece(0, 0, 14),))
    assert [p is plain for p in split_code(plain)] == [True]


def test_plain_english_needs_no_language_model_and_other_languages_get_it():
    """Long English text is told by its stop words, so the n-gram model is not even
    loaded; a German or Polish text still goes to the model."""
    script = (
        "import sys\n"
        "from redact.detect.language import identify\n"
        "en = identify('Um, I think we should talk about the budget before the end of the week.')\n"
        "assert en == 'en' and 'py3langid' not in sys.modules, en\n"
        "de = identify('Ich habe gestern mit meinem Bruder telefoniert und er hat gesagt, "
        "dass er am Wochenende nach Berlin kommt.')\n"
        "pl = identify('Wczoraj rozmawiałem z bratem i powiedział, że w weekend przyjedzie "
        "do Warszawy, ale tylko jeśli pogoda będzie dobra.')\n"
        "print(de, pl, 'py3langid' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["de", "pl", "True"]


def test_ner_reads_only_texts_where_it_can_find_a_name():
    names = load_rules().first_names["en"]
    read = ["talk to Morgan about it", "Mark, what do you think?", "We moved it to AWS.",
            "lol. anna is sam coming?", "her husband, Will says hi", "ask Dr White",
            "they flew to New York", "a letter from the Ministry of Justice"]
    skipped = ["Yeah, I think so.", "Right.", "OK, what did he say?",
               "Mm-hmm. I'm gonna run the tests again.", "Yeah , OK . Interesting .",
               "So Mmm , the S , right ?", "it will be late, may I ask"]
    assert [may_name(t, names) for t in read] == [True] * len(read)
    assert [may_name(t, names) for t in skipped] == [False] * len(skipped)
    # a text NER has nothing to read in is not reported as left to rules only
    [[result]] = _engine().detect([_segments("Yeah, I think so. I'll send the draft tomorrow.")])
    assert (result.language, result.ner, result.findings) == ("en", True, [])


def test_code_in_a_chat_message_gets_rules_and_person_keys_not_ner(tmp_path):
    message = ("My colleague Dana Whitfield set this up:\n```ini\n[user]\n    name = Dana Whitfield\n"
               "    email = dana.whitfield@proton.me\n[remote]\n    owner = Globex Shipping Ltd\n```\n"
               "and Acme Logistics Corp hosts it. Why does git reject it?")
    src = tmp_path / "chat.jsonl"
    src.write_text(json.dumps({"messages": [{"role": "user", "content": message}]}) + "\n")
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.stderr
    out = json.loads((tmp_path / "out" / "chat.jsonl").read_text())["messages"][0]["content"]
    assert out == ("My colleague [PERSON_1] set this up:\n```ini\n[user]\n    name = [PERSON_1]\n"
                   "    email = [EMAIL_1]\n[remote]\n    owner = Globex Shipping Ltd\n```\n"
                   "and [ORGANIZATION_1] hosts it. Why does git reject it?")


def test_a_full_name_given_to_a_person_key_of_a_perl_php_or_ruby_hash():
    """``=>`` joins a key to its value in Perl, PHP and Ruby; a value in single quotes is
    quoted, not a word clipped of its start; other keys and values that are no names stay."""
    r = redact.Redactor(key="person-keys-test-0123456789")
    text = ("$user = array('name' => 'Jörg Austermühle', 'role' => 'Site Admin');\n"
            "my %h = (name => \"Agnès Lefèvre\", class => \"MyClassName\", name => \"value\");\n")
    assert r.scrub_text(text).text == (
        "$user = array('name' => '[PERSON_1]', 'role' => 'Site Admin');\n"
        "my %h = (name => \"[PERSON_2]\", class => \"MyClassName\", name => \"value\");\n")


def test_rule_index_passes_the_patterns_a_text_can_match_and_no_other():
    """Triggers are derived from each pattern: the classes (a digit, a capital) and the
    words (a key prefix, a keyword, case-insensitive where the pattern is) every match
    holds. test_rules_shortcut_returns_what_presidio_analyze_returns shows on the dev set
    that no match is lost; here, that texts without them skip the patterns."""
    recognizers = load_rules().recognizers(["en"])
    index = RuleIndex(recognizers)

    def passed(text: str) -> dict[str, list[str]]:
        return {recognizers[r].name: [p.name for p in ps]
                for r, ps in index.patterns(text).items()}

    assert all(all(triggers) for r in recognizers for triggers in r.triggers)
    assert passed("Yeah, I think so. See you tomorrow.") == {}
    found = passed("My USERNAME is alex_99")
    assert "username_in_context" in found and "email" not in found
    assert "provider_api_key" not in passed("a sketchy skill set, 12 of them")
    assert passed("use sk-proj-abc for it")["provider_api_key"] == ["openai key"]
    # digits in a row: a 6-digit order number cannot be a 10- or 12-digit INN
    assert "ru_inn" not in passed("Order 100001: where is my refund?")
    assert "ru_inn" in passed("ИНН 500100732259")
    # key words are found whatever their case, in Latin text and in Cyrillic
    assert "person_in_config" in passed("My USER.NAME is Alex Kim")
    assert "username_in_context" in passed("Мой ЛОГИН: alex_99")
    assert "person_in_config" not in passed("Alex Kim: see you")
    # a letter matching ASCII letters unlike its lowercase is looked for as theirs: "ſ"
    # matches "s", Turkish "ı" matches "I"; so the cue's word is found in ASCII text as
    # the regex finds it, and a text without it is skipped
    anywhere = frozenset()
    assert _word_test(frozenset(["uſer"]), anywhere, True) == (("user",), True, ())
    assert _word_test(frozenset(["numarası", "cep"]), anywhere, True) == (("cep", "numarasi"), True, ())
    assert "cue_phone_en" in passed("CEP NUMARASI: 0532 123 45 67")
    assert "cue_phone_en" not in passed("Yeah, I think so. See you tomorrow.")
    assert _word_test(frozenset(["User", "Логин"]), anywhere, True)[1] is True
    # a word holding another is not looked for: the text holds that one too
    assert sorted(_word_test(frozenset(["Contact number", "contact", "Phone"]), anywhere, True)[0]) == [
        "contact", "phone"]
    assert sorted(_word_test(frozenset(["Contact", "contact number"]), anywhere, False)[0]) == [
        "Contact", "contact number"]
    # but not where the other holds only where a word starts: "said" holds no such "id"
    assert _word_test(frozenset(["said", "id", "idno"]), frozenset(["id", "idno"]), True) == (
        ("id", "said"), True, ("id",))


@needs_shared
def test_name_lexicon_reads_the_parts_around_names_as_it_reads_the_whole_text():
    """Without NER only the parts of a text around known first names are tokenized; the
    names found are those of the whole text tokenized (Presidio's plain artifacts)."""
    engine = _engine()
    lexicon = next(r for r in engine.by_language["en"] if isinstance(r, NameLexiconRecognizer))
    texts = []
    for name in dev_text_files():
        text = decode((DEV / name).read_bytes()).text
        texts += [s.text for s in choose_format(text, name)[0].parse(text).segments]
    texts += ["tell rob he owes me, and MARIA SOKOLOVA too", "x " * 40 + "best, tom",
              "Happy 30th, Will! " + "word " * 10 + "it's bill again"]
    found = 0
    for text, art in zip(texts, engine.nlp.artifacts(texts, "en", ner=False)):
        whole = NlpArtifacts([], art.tokens, [], [], engine.nlp, "en")
        fresh = next(engine.nlp.artifacts([text], "en", ner=False))  # no doc made yet
        assert _keyed(lexicon.analyze(text, [], fresh)) == _keyed(lexicon.analyze(text, [], whole))
        found += len(lexicon.analyze(text, [], whole))
    assert found > 20


def test_rules_only_text_is_tokenized_as_the_default_model_tokenizes_it():
    from redact.config import DEFAULT_MODELS
    from redact.detect.nlp import PipelineNlpEngine

    engine = PipelineNlpEngine(dict(DEFAULT_MODELS))
    blank = engine.tokenizer("en")
    assert "en" not in engine.nlp  # rules only: no model loaded for it
    model = engine.pipeline("en")
    assert blank is not model
    assert blank.tokenizer.rules == model.tokenizer.rules  # the special cases
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "token_match",
                      "url_match"):
        ours, theirs = (getattr(getattr(nlp.tokenizer, attribute), "__self__", None)
                        for nlp in (blank, model))
        assert getattr(ours, "pattern", ours) == getattr(theirs, "pattern", theirs), attribute
    text = "Mail ann.roe@posteo.de; Ewa Nowak|DE89 3704 (cc: O'Neil, dr. Smith-Jones) — it's 5pm!"
    assert [t.text for t in blank(text)] == [t.text for t in model(text)]
