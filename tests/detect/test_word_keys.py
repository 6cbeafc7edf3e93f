"""How spellings of one name meet: the keys detection links mentions by and
anonymization groups one person's names by."""

from __future__ import annotations

from redact.morph import phrase_forms, word_key, word_keys


def test_cyrillic_forms_and_their_transliteration_share_a_key():
    assert word_keys("Журавлевой") & word_keys("Журавлева") == {"zhuravlev"}  # by the lemma
    assert word_keys("Журавлева") & word_keys("ZHURAVLEVA") == {"zhuravleva"}  # as written
    assert word_key("Журавлевой") == word_key("Журавлева") == "zhuravlev"


def test_latin_look_alikes_are_folded():
    assert word_key("Ilsе") == word_key("ILSE") == "ilse"  # the "е" is Cyrillic
    assert word_keys("Ilsе") == {"ilse"}


def test_different_names_do_not_meet():
    assert word_keys("Журавлева").isdisjoint(word_keys("Комарова"))
    assert word_keys("Ilse").isdisjoint(word_keys("Else"))


def test_a_russian_phrase_is_declined_by_its_head_and_keeps_its_complements():
    assert phrase_forms("дата рождения") == {
        "дата рождения", "даты рождения", "дате рождения", "дату рождения", "датой рождения"}
    assert "паролю от вайфая" in phrase_forms("пароль от вайфая")
    assert phrase_forms("паспортные данные") == {  # a plural head stays plural
        "паспортные данные", "паспортных данных", "паспортным данным", "паспортными данными"}
    assert phrase_forms("под ником") == {"под ником"}  # governed by its preposition
    assert phrase_forms("в/у") == {"в/у"}
