"""Words of speech NER reads as names and are not: one test per check of
``redact.detect.speech``."""

from __future__ import annotations

from redact.detect import speech as sp
from redact.records import Finding

from found import cut, span


def test_is_cut_off():
    text = "The SUN rack takes Th - One took four ; Tha - That 's what ; Ann - I mean Bo"
    th = text.index("Th -")
    assert sp.is_cut_off(text, Finding(th, th + 2, "PERSON", "PERSON", 0.85, "spacy"))
    assert sp.is_cut_off(text, span(text, "Tha - That"))
    assert not sp.is_cut_off(text, span(text, "Ann"))
    assert not sp.is_cut_off("Mary-Ann left", span("Mary-Ann left", "Mary"))
    # a stub of one or two letters, whatever follows it
    stub = "Yeah . Th - Bec ; Ann - Marie said ; Yu - Ching said"
    assert sp.is_cut_off(stub, span(stub, "Th - Bec"))
    assert not sp.is_cut_off(stub, span(stub, "Ann - Marie"))
    assert not sp.is_cut_off(stub, span(stub, "Yu - Ching"))  # a given name


def test_is_truncated_word():
    names = {"richar"}
    for cut_word in ("Alrigh", "Kineti", "Beautif"):
        assert sp.is_truncated_word(cut_word, names), cut_word
    # words, known and foreign given names, rare names: not cut words
    assert sp.is_truncated_word("Richar", set())
    for whole in ("Alright", "Richar", "Marti", "Okafor", "Zuzana", "Whitfield", "Abc", "Kineti-x"):
        assert not sp.is_truncated_word(whole, names), whole


def test_is_restarted_word():
    text = "Designer: Wha what was it again ; Jo johnson ; Dan Daniels"
    assert sp.is_restarted_word(text, span(text, "Wha"))
    assert sp.is_restarted_word(text, span(text, "Jo"))
    assert not sp.is_restarted_word(text, span(text, "Dan"))
    assert sp.is_restarted_word("Mush Mushroom design", span("Mush Mushroom design", "Mush Mushroom"))
    assert not sp.is_restarted_word("Dan Daniels", span("Dan Daniels", "Dan Daniels"))


def test_is_hesitation():
    for sound in ("Um", "umm", "Hmm", "Mm-hmm", "Uh-huh", "Ehhh", "Erm", "Argh", "Oh", "Mhm",
                  "Shh", "Эээ", "Угу", "Ага", "Хм", "Ммм", "Ох", "Hunh", "s Mm - hmm", "Uh , um",
                  "Oops", "Whoops", "Yikes", "Blimey", "Ugh", "Phew", "Welp", "Упс", "Ой", "Блин"):
        assert sp.is_hesitation(sound), sound
    for name in ("Em", "Emma", "Ann", "Orr", "Uma", "Ham", "Mo", "Ohm", "Анна", "Ума", "ООО", "UM",
                 "s", "Um Roo", "Ayo", "Oona", "Gosha", "Wowa", "Ойген"):
        assert not sp.is_hesitation(name), name


def test_is_clipped_word():
    text = "Project Manager: 'Kay , then O'Neil and 'Cause"
    assert sp.is_clipped_word(text, span(text, "Kay"))
    assert sp.is_clipped_word(text, span(text, "Cause"))
    assert not sp.is_clipped_word(text, span(text, "Neil"))  # an apostrophe inside a name
    assert not sp.is_clipped_word("Ask Kay", span("Ask Kay", "Kay"))


def test_trim_leading_fillers():
    text = "Um Roo , could you ; 'Kay Dave ; Um"
    assert cut(text, sp.trim_leading_fillers(text, span(text, "Um Roo"))) == "Roo"
    assert cut(text, sp.trim_leading_fillers(text, span(text, "Kay Dave"))) == "Dave"
    end = text.rindex("Um")
    assert sp.trim_leading_fillers(text, Finding(end, end + 2, "PERSON", "PERSON", 0.85, "spacy")) is None
    ann = "Ann Roe"
    assert cut(ann, sp.trim_leading_fillers(ann, span(ann, ann))) == ann


def test_is_number_word():
    for number in ("Twelve", "twenty-five", "One", "Hundred"):
        assert sp.is_number_word(number), number
    for other in ("Morgan", "Twelvetrees", "May", "Дюжина", "12"):
        assert not sp.is_number_word(other), other


def test_is_spaced_compound():
    for compound in ("SUN - Blades", "Tcl - TK", "Tango - ing", "the SUN - Blade - one - hundreds"):
        assert sp.is_spaced_compound(compound), compound
    for name in ("Yu - Ching", "Jean - Luc", "the Powder - Tower", "a Jean - Luc", "Mary-Ann",
                 "Ann Roe"):
        assert not sp.is_spaced_compound(name), name


def test_is_repeated_sound():
    for sound in ("Che-che-che-che", "Tu tu tu tu", "duh - duh - duh"):
        assert sp.is_repeated_sound(sound), sound
    for name in ("Bora Bora", "Walla Walla Walla Walla", "Ann Ann Roe", "Mike Mike"):
        assert not sp.is_repeated_sound(name), name
