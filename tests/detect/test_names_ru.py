"""Russian given names the dictionary reads: a word whose capital says nothing (in lowercase
or opening a sentence) is a name only where the world's given names know it too, so words
of greeting and slang the dictionary also lists as names stay ("Рахмет, записал", "понял,
джан", "скинь домашку"), and lowercase names and diminutives are still found."""

from __future__ import annotations


def test_greetings_and_slang_the_dictionary_lists_as_names_are_no_names(redactor):
    text = ("adam.welch, рахмет!\nРахмет, записал.\nbeth_clearly, скинь домашку\nrali понял, джан\n"
            "ага-ага, ид. номер арендатора 6\n")
    assert redactor.scrub_text(text).text == text


def test_lowercase_names_diminutives_and_a_capitalised_name_mid_sentence_are_found(redactor):
    text = ("саша, ты за рулём?\nСергей пришёл, а ксюша нет\nайгуль, позвони\nпусть Рахмет позвонит\n"
            "позвони дима. он ждёт\n> Порфирий Соколов\n> Таисия Юдина\n")
    assert redactor.scrub_text(text).text == (
        "[PERSON_1], ты за рулём?\n[PERSON_2] пришёл, а [PERSON_3] нет\n[PERSON_4], позвони\n"
        "пусть [PERSON_5] позвонит\nпозвони [PERSON_6]. он ждёт\n> [PERSON_7]\n> [PERSON_8]\n")
