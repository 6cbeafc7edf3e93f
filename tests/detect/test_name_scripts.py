"""Names in a script no model reads (Georgian, Armenian, Greek, Han) inside Russian or
English text, taken from their place: two or three words standing alone, or one after a cue
or a kin word; a text all in that script, a lowercase Greek or Armenian phrase and a longer
run of words are left as written."""

from __future__ import annotations


from redact.detect.name_scripts import script_names

KIN = frozenset({"бабушка", "сотрудник", "my"})


def test_a_name_in_another_script_is_taken_from_its_place(redactor):
    text = ("звонил Գարրի Ազիրյան насчёт кредита\n"
            "Держатель карты: ლუიზა კაზარიანი\n"
            "обращение принял сотрудник რუსუდან\n> შათირიშვილი\n"
            "cc: Γιώργος Παπαδόπουλος, and ask 王 秀英 about it\n")
    assert redactor.scrub_text(text).text == (
        "звонил [PERSON_1] насчёт кредита\n"
        "Держатель карты: [PERSON_2]\n"
        "обращение принял сотрудник [PERSON_3]\n> [PERSON_4]\n"
        "cc: [PERSON_5], and ask [PERSON_6] about it\n")


def test_the_rows_of_a_list_in_another_script_are_names(redactor):
    text = "Созаёмщики:\nროლანდ მჭედლიშვილი - delivered\nԳոռ Ղայլունջյան - delivered\n"
    assert redactor.scrub_text(text).text == "Созаёмщики:\n[PERSON_1] - delivered\n[PERSON_2] - delivered\n"


def test_one_word_needs_a_cue_or_a_kin_word_before_it():
    text = "моя бабушка ნანა приедет, а слово ნანა само по себе ничего не значит"
    assert [(text[a:b], s) for a, b, s in script_names(text, KIN)] == [("ნანა", 0.5)]


def test_a_sentence_a_text_or_a_lowercase_phrase_of_that_script_is_no_name():
    sentence = "он написал: ეს არის ძალიან კარგი ამბავი და ყველას მოგვწონს"
    alone = "ლუიზა კაზარიანი"
    lowercase = "Greek for thanks is ευχαριστώ πολύ, and hello is γεια σου"
    assert script_names(sentence, KIN) == []
    assert script_names(alone, KIN) == []
    assert script_names(lowercase, KIN) == []


def test_a_family_name_written_as_initials_is_part_of_the_name(redactor):
    text = "the driver हरि बि.के. picked us up, and the guide was सीता के.सी."
    assert redactor.scrub_text(text).text == (
        "the driver [PERSON_1] picked us up, and the guide was [PERSON_2]")
    # a sentence's full stop before a space ends its word: four words are a sentence
    sentence = "she wrote: कृपया नाम लेखेर पठाउनुहोस्. धन्यवाद"
    assert [sentence[a:b] for a, b, _ in script_names(sentence, KIN)] == []
