"""Words NER reads as names and are not: one test per check of ``redact.detect.wordlike``."""

from __future__ import annotations

import redact
from redact.detect import wordlike as c
from redact.records import Finding

from found import span


ROLE_WORDS = {"grad", "phd", "professor", "postdoc", "project", "manager", "marketing", "user",
              "interface", "industrial", "designer", "interviewer", "moderator", "speaker",
              "participant", "chair", "acting", "участник", "ведущий", "baker"}
TITLES = {"madam", "mr", "ms", "dr"}


def test_is_role_label():
    for label in ("Grad A", "Grad_A", "PhD B", "Professor C", "Postdoc", "Project Manager",
                  "Marketing", "User Interface", "Industrial Designer", "Interviewer",
                  "Moderator", "Speaker 2", "The Acting Chair", "Участник 3", "Ведущий",
                  "Ведущего"):
        assert c.is_role_label(label, ROLE_WORDS), label
    # a name with a trade in it, a name, a letter or a number alone: not a role
    # a role word before a number of four digits or more is a reference: "Speaker 2338"
    for label in ("Mary Baker", "Grad Okafor", "Iris", "A", "2", "the", "Анна Ведущая",
                  "Speaker 2338", "Участник 54513"):
        assert not c.is_role_label(label, ROLE_WORDS), label
    # a title before a role addresses whoever holds it; before a name it is that name's
    assert c.is_role_label("Madam Chair", ROLE_WORDS, TITLES)
    assert c.is_role_label("Mr. Speaker", ROLE_WORDS, TITLES)
    assert not c.is_role_label("Madam Chair", ROLE_WORDS)
    assert not c.is_role_label("Mr. Okafor", ROLE_WORDS, TITLES)
    assert not c.is_role_label("Madam", ROLE_WORDS, TITLES)


def test_is_office():
    roles = ROLE_WORDS | {"minister", "auditor", "general", "secretary"}
    for office in ("the Minister of Finance", "the Auditor General's",
                   "Minister for Health and Social Services", "Secretary of State"):
        assert c.is_office(office, roles), office
    for body in ("the Bank of Canada", "the Office of the Auditor General", "Ann Roe",
                 "the Minister"):
        assert not c.is_office(body, roles), body


def test_is_office_complement():
    text = "Vaughan Gething AM, the Minister for Health and Social Services; Bank of Wales"
    assert c.is_office_complement(text, span(text, "Health and Social Services", "ORGANIZATION"))
    assert not c.is_office_complement(text, span(text, "Wales", "LOCATION"))
    ceo = "Ann Roe, president of Industrial and Commercial Bank of China"
    assert not c.is_office_complement(ceo, span(ceo, "Industrial and Commercial Bank", "ORGANIZATION"))
    chain = "Hon. Mary Ng (Minister of Small Business, Export Promotion and International Trade)"
    assert c.is_office_complement(chain, span(chain, "Export Promotion", "PERSON"))
    assert c.is_office_complement(chain, span(chain, "International Trade", "ORGANIZATION"))


def test_is_note():
    text = "not the word. [Laughter.] We have {Vocalsound} and then (Ann)"
    assert c.is_note(text, span(text, "Laughter"))
    assert c.is_note(text, span(text, "Vocalsound"))
    assert not c.is_note(text, Finding(len(text) - 4, len(text) - 1, "PERSON", "PERSON", 0.85,
                                       "spacy"))
    # names in brackets stay names: links, wiki links, bracketed speakers, a name alone
    for linked in ("see [Okafor](https://example.org/o)", "met [[Okafor]] today",
                   "[Okafor]: hello", "with [Ann] today", "[Ann Roe] said"):
        name = "Ann Roe" if "Ann Roe" in linked else "Ann" if "Ann" in linked else "Okafor"
        assert not c.is_note(linked, span(linked, name)), linked


def test_is_role_read_with_its_title():
    roles = {"secretary", "minister"}
    text = "Good morning, Cabinet Secretary; Finance Minister; Cabinet met; Ann Secretary"
    assert c.is_role_read_with_its_title(text, span(text, "Cabinet", "ORGANIZATION"), roles)
    assert c.is_role_read_with_its_title(text, span(text, "Finance", "ORGANIZATION"), roles)
    assert not c.is_role_read_with_its_title(text, span(text, "Ann"), roles)  # a person's name
    met = "the Cabinet met"
    assert not c.is_role_read_with_its_title(met, span(met, "Cabinet", "ORGANIZATION"), roles)


def test_is_law():
    for law in ("the Canada Health Act", "the PCET Bill", "Paris Agreement Treaty",
                "Standing Order"):
        assert c.is_law(law), law
    for other in ("Bill", "Bill Blair", "the Acton Group"):
        assert not c.is_law(other), other


def test_is_month_date():
    text = "received the report until May 22, and May said June 3rd"
    assert c.is_month_date(text, span(text, "May"))
    assert not c.is_month_date(text, Finding(text.index("May said"), text.index("May said") + 3,
                                             "PERSON", "PERSON", 0.85, "spacy"))
    assert c.is_month_date(text, span(text, "June"))
    glued = "on March12, Room 4B, April"
    assert c.is_month_date(glued, span(glued, "March12"))
    assert not c.is_month_date(glued, span(glued, "Room 4B"))
    assert not c.is_month_date(glued, span(glued, "April"))


def test_is_spelled_letters():
    assert c.is_spelled_letters("S N Rs")
    assert c.is_spelled_letters("T V")
    assert c.is_spelled_letters("the P Z Ms")
    assert not c.is_spelled_letters("the Ann")
    assert not c.is_spelled_letters("Mary Ng")
    assert not c.is_spelled_letters("J. R. Hale")
    assert not c.is_spelled_letters("Al")
    assert not c.is_spelled_letters("Li Na")
    assert not c.is_spelled_letters("Ли Со Ён")


def test_is_nationality():
    peoples = {"welsh", "canadian", "русский"}
    assert c.is_nationality("Welsh", peoples)
    assert c.is_nationality("Canadians", peoples)
    assert c.is_nationality("русские", peoples)
    assert not c.is_nationality("Welsh Government", peoples)
    assert not c.is_nationality("Walsh", peoples)
    assert c.is_nationality("Welsh-medium", peoples)
    assert not c.is_nationality("Welsh-Jones", peoples)
    assert not c.is_nationality("Туркмен-баши", {"туркмен"})  # a title, not a language


def test_is_unit_after_number():
    noted = "Twenty five {vocalsound} Euro ."
    assert c.is_unit_after_number(noted, span(noted, "Euro", "ORGANIZATION"))
    text = "twenty five Euros and 3 Teslas, then Euros again with Ann"
    assert c.is_unit_after_number(text, span(text, "Euros"))
    assert c.is_unit_after_number(text, span(text, "Teslas"))
    assert not c.is_unit_after_number(text, span(text, "Ann"))
    for text, name in (("in 2019 Ann Roe left", "Ann Roe"), ("During 1971, Mayo left", "Mayo"),
                       ("Suite 838\n   Tujetsch", "Tujetsch"), ("41086 Kiannonkatu 98", "Kiannonkatu"),
                       ("1:1 — 03:54 Бернс (Рой)", "Бернс")):
        assert not c.is_unit_after_number(text, span(text, name)), name


def test_is_thing_after_article():
    text = "views on the Bill. If this Bill is passed, Bill Roe and Jane and the Jensen novel"
    dash = "not on the face of the Bill—the mental health aspect"
    assert c.is_thing_after_article(dash, span(dash, "Bill"))
    assert c.is_thing_after_article(text, span(text, "Bill"))
    assert c.is_thing_after_article(text, Finding(27, 31, "PERSON", "PERSON", 0.85, "linked"))
    assert not c.is_thing_after_article(text, span(text, "Jane"))
    assert not c.is_thing_after_article(text, span(text, "Bill Roe"))
    assert not c.is_thing_after_article(text, span(text, "Bill", "ORGANIZATION"))
    assert not c.is_thing_after_article(text, span(text, "Jensen"))  # a name as a modifier
    that = "glad to hear that Greta is moving"  # a conjunction, not a demonstrative
    assert not c.is_thing_after_article(that, span(that, "Greta"))
    code = "Like a Morse code. A Bayes net, then Greta"  # after "a": whatever follows
    assert c.is_thing_after_article(code, span(code, "Morse"))
    assert c.is_thing_after_article(code, span(code, "Bayes"))


def test_is_first_name_reads_given_names_of_other_countries():
    for name in ("Antonio", "Johanna", "Zuzana", "Hynek", "Тимофей"):
        assert c.is_first_name(name, NAMES), name
    for word in ("The", "Okay", "So", "Invoice", "Vista", "London"):  # frequent or no name
        assert not c.is_first_name(word, NAMES), word
    assert not c.is_first_name("Antonio", NAMES, abroad=False)


def test_zipf_reads_wordfreq_in_each_language():
    assert c.zipf("right", "en") >= c.COMMON_ZIPF > c.zipf("okafor", "en")
    assert c.zipf("спасибо", "ru") >= c.COMMON_ZIPF
    assert c.OPENING_ZIPF <= c.zipf("invoice", "en") < c.COMMON_ZIPF


NAMES = {"rose", "tom", "will", "sam", "iris", "mary", "mike", "david", "john", "bill"}
AMBIGUOUS = {"rose", "will", "sam", "iris", "mike", "bill"}  # first names that are words too
CUES = {"sister", "manager"}


def common(text: str, value: str, category: str = "PERSON", detector: str = "spacy",
           named: bool = False, label: bool = False) -> bool:
    return c.is_common_word(text, span(text, value, category, detector), NAMES, CUES,
                            ambiguous=AMBIGUOUS, named=named, label=label)


def test_is_common_word_drops_fillers_and_frequent_words():
    assert common("Right . Yeah , I know .", "Right")
    assert common("Right . Yeah , I know .", "Yeah", "LOCATION")
    assert common("okay so the budget is done", "budget", "ORGANIZATION")
    assert common("Спасибо, коллеги.", "Спасибо")
    assert common("Ну вот.", "Ну")
    # a frequent first name opening a sentence, and a lowercase one linked from a place
    assert common("Will we ship it?", "Will")
    assert common("the price of rose", "rose", "LOCATION", "linked")


def test_is_common_word_keeps_names_rare_words_and_handles():
    assert not common("I talked to Okafor today.", "Okafor")
    assert not common("my sister Rose called", "Rose")  # a kinship cue
    assert not common("Then Mary called", "Mary")  # capitalised mid-sentence
    assert not common("Then Rose called", "Rose")  # capitalised mid-sentence
    assert common("Rose . Then we left", "Rose")  # opening a sentence, nothing else says
    # opening a sentence: a first name that is no word, addressed, or labelling a line
    assert not common("Tom , put the ticket in .", "Tom")
    assert not common("David is a very sympathetic person.", "David")
    assert not common("Will, can you ship it?", "Will")
    assert not common("Then manager White called", "White")  # a capitalised word after a cue
    assert not common("Ubul: hi\nJohn: You saved my life!", "John")
    assert common("Will we ship it? Will: maybe", "Will")
    assert not common("Rose: hi", "Rose", label=True)
    assert not common("tell sam hi", "sam", detector="name_lexicon", named=True)
    assert common("and will they come with joy", "will", detector="name_lexicon")
    assert not common("see you then. best, tom", "tom", detector="name_lexicon")
    assert not common("hi it's bill again, the drive", "bill", detector="name_lexicon")
    assert common("pay the bill again, the drive", "bill", detector="name_lexicon")
    assert not common("Will from finance asked", "Will", detector="name_lexicon")
    assert not common("anna is sam coming?", "sam", named=True)  # names in lowercase here
    assert common("the mike is on", "mike")  # NER alone, in lowercase: a microphone
    assert not common("Then Сергей, на тебе ревью.", "Сергей", detector="natasha")
    assert not common("сын сейчас в Испании.", "Испании", "LOCATION", "natasha")
    assert not common("Москва ждёт.", "Москва", "LOCATION", "natasha")
    assert common("Prices in the London office", "London", "LOCATION")  # a city everyone knows
    assert common("London . Right .", "Right", "LOCATION")
    assert not common("ping right_now today", "right_now", "USERNAME", "speaker")
    assert not common("Ada Byrne called", "Ada Byrne")  # more than one word


def test_is_word_a_sentence_opens_with():
    def opener(text: str, value: str, category: str = "ORGANIZATION",
               detector: str = "spacy") -> bool:
        return c.is_word_a_sentence_opens_with(text, span(text, value, category, detector), NAMES)

    assert opener("Invoice attached. Tenant signed.", "Invoice")
    assert opener("Invoice attached. Tenant signed.", "Tenant", "PERSON")
    assert opener("Коллеги, добрый день.", "Коллеги", "PERSON", "natasha")
    assert not opener("Please see the Invoice here.", "Invoice")  # mid-sentence
    assert not opener("Okafor called.", "Okafor", "PERSON")  # a rare word
    assert not opener("Казань ждёт.", "Казань", "LOCATION", "natasha")  # a place in the dictionary
    assert not opener("Mary called.", "Mary", "PERSON")  # a first name
    assert not opener("Invoice attached.", "Invoice", detector="invoice_rule")  # not NER alone


def test_opens_sentence():
    text = "Hi. Mr. Patel and Dr. Roe met J. Doe, then: Ann"
    assert c.opens_sentence(text, 0)
    assert c.opens_sentence(text, text.index("Mr."))
    assert not c.opens_sentence(text, text.index("Patel"))
    assert not c.opens_sentence(text, text.index("Roe"))
    assert not c.opens_sentence(text, text.index("Doe"))
    assert c.opens_sentence(text, text.index("Ann"))
    # a note of what was not speech ends what came before it
    notes = "so we {disfmarker} Um , and [laughter] Right and (inaudible) Okay but (Ann) Bo"
    for word in ("Um", "Right", "Okay"):
        assert c.opens_sentence(notes, notes.index(word)), word
    assert not c.opens_sentence(notes, notes.index("Bo"))


def test_written_as_things():
    text = "We ran the Aurora baseline.\nThen a Bayes net.\nOpen the menu.\nAurora said hi."
    words = {"Aurora", "Bayes", "Menu"}
    # twice, once after an article; once after "a" only, as "the Jensen novel" may be; in lowercase
    assert c.written_as_things(text, words, {"Menu"}) == {"Aurora", "Menu"}
    assert c.written_as_things(text, words, ()) == {"Aurora"}
    assert c.written_as_things(text + " Bayes again", words, ()) == {"Aurora", "Bayes"}
    # a name is written with neither; "that" before a name is a conjunction
    assert c.written_as_things("I said that Nerys called. Nerys did.", {"Nerys"}, {"Nerys"}) == set()
    assert c.written_as_things("Theaurora is one word, so is Aurorae", {"Aurora"}, {"Aurora"}) == set()


def test_is_abbreviation():
    text = "Mr. Kody Blois (KingsHants, Lib.): Thanks. Con., Dem.) and Li. Then Lib said."
    assert c.is_abbreviation(text, span(text, "Lib"))
    assert c.is_abbreviation(text, span(text, "Con"))
    assert c.is_abbreviation(text, span(text, "Dem"))
    assert not c.is_abbreviation(text, span(text, "Li"))  # a sentence ends with a name
    assert not c.is_abbreviation(text, span(text, "Blois"))
    assert not c.is_abbreviation(text, span(text, "Lib said", "PERSON"))


def test_is_numbered_thing():
    for thing in ("Item 2", "Bill C-7", "Room 12"):
        assert c.is_numbered_thing(thing), thing
    for name in ("Apollo 11", "Item", "Ann Roe", "Grad 2024-01-01-long"):
        assert not c.is_numbered_thing(name), name


def test_is_phrase_of_words():
    names = {"nick", "rose"}
    for phrase in ("Career Ready", "Standing Order", "Flying Start"):
        assert c.is_phrase_of_words(phrase, names), phrase
    # a first name, a rare word, one word: a name may be any of them
    for name in ("Nick Brazil", "Rose Hill", "Tom Okafor", "Ready", "Зелёная Роща"):
        assert not c.is_phrase_of_words(name, names), name


def test_is_named_by_its_thing():
    heads = {"scale", "system", "net", "filters", "model", "telephone"}
    text = ("the Mel scale ; our Broadcast News system ; the Bayes - net ; Carlos filters ; "
            "Dan Jurafsky 's model ; the Zorblat telephone ; Ann Roe called ; Ann system ; "
            "I heard that Mel filters the mail")

    def thing(value: str, category: str = "PERSON") -> bool:
        return c.is_named_by_its_thing(text, span(text, value, category), heads, {"mel", "carlos", "ann"})

    assert thing("Mel")  # a first name, but after a determiner
    assert thing("Broadcast News", "ORGANIZATION")
    assert thing("Bayes", "ORGANIZATION")
    assert thing("Zorblat")
    assert not thing("Carlos")  # a first name without one
    assert not thing("Dan Jurafsky 's")  # a possessive
    assert not thing("Ann Roe")  # no thing after it
    assert not thing("Ann")
    later = text.rindex("Mel")  # "that" opens a clause: "filters" is its verb
    assert not c.is_named_by_its_thing(text, Finding(later, later + 3, "PERSON", "PERSON", 0.85,
                                                     "spacy"), heads, {"mel"})


def test_is_town_in_capitals():
    text = "She flew to HORTEN on Monday, wrote it in MATLAB and works at NASA in OSLO."
    assert c.is_town_in_capitals(text, span(text, "HORTEN", "ORGANIZATION"))
    assert not c.is_town_in_capitals(text, span(text, "MATLAB", "ORGANIZATION"))  # a word
    assert not c.is_town_in_capitals(text, span(text, "NASA", "ORGANIZATION"))  # short
    assert not c.is_town_in_capitals(text, span(text, "OSLO", "LOCATION"))  # short
    assert not c.is_town_in_capitals(text, span(text, "HORTEN", "PERSON"))
    text = "HORTEN said no."
    assert not c.is_town_in_capitals(text, span(text, "HORTEN", "LOCATION"))  # no "in", "to"
    text = "funding from HEFCW and from CAMHS"
    assert not c.is_town_in_capitals(text, span(text, "HEFCW", "ORGANIZATION"))  # acronyms


def test_a_town_in_capitals_after_in_is_kept():
    text = "Dr. Lund grew up in VOSSEBERG."
    assert [(text[e.start:e.end], e.category) for e in redact.Redactor().find(text)] == [
        ("Lund", "PERSON"), ("VOSSEBERG", "LOCATION")]
