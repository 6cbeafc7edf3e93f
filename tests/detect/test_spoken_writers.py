"""Spoken forms as other writers put them (redact.detect.spoken): every pause mark a
transcriber writes between digit groups, with a few words of aside between the marks;
every decoration a writer puts around a said "at" or "dot"; every mark between spelled
letters. Each is checked by what the value must be (a valid phone, an email with a TLD),
so prose with the same marks is left alone."""

from __future__ import annotations

import pytest


_PAUSES = (" (.) ", " (..) ", " (...) ", " (-) ", " [.] ", " (pause) ", " [pause] ", " {pause} ",
           " <pause> ", "... ", " … ", " — ", " – ", " / ", " | ", " // ", "; ", " ~ ", " * ",
           " • ", " · ", " [0.5] ", " (2s) ", " ((pause)) ", " [[0.5]] ", " ((coughs)) ")


def test_every_pause_mark_between_digit_groups_joins_them(spoken):
    """Each pause mark, alone between groups and around a word of aside on both sides."""
    missed = []
    for mark in _PAUSES:
        for head, aside, tail in (
                ("oh seven nine one one", "honestly", "four eight two seven three six"),
                ("восемь", "ёлки", "девятьсот шестнадцать, сто двадцать три, сорок пять, "
                               "шестьдесят семь")):
            for said in (f"{head}{mark}{tail}", f"{head}{mark}{aside}{mark}{tail}"):
                if spoken(f"call {said} today") != [("PHONE_NUMBER", said)]:
                    missed.append(said)
    assert missed == []


@pytest.mark.parametrize(("text", "phone"), [
    # asides between pause marks: fillers, or up to three other short words
    ("ring oh seven nine one one (.) no wait (.) four eight two (.) seven three six, ta",
     "oh seven nine one one (.) no wait (.) four eight two (.) seven three six"),
    ("it's six five zero (..) uh sorry (..) two five three (..) zero zero zero zero",
     "six five zero (..) uh sorry (..) two five three (..) zero zero zero zero"),
    ("call oh seven nine one one — seriously — four eight two seven three six tomorrow",
     "oh seven nine one one — seriously — four eight two seven three six"),
    ("the number's oh seven nine one one | erm, hang on | four eight two seven three six",
     "oh seven nine one one | erm, hang on | four eight two seven three six"),
    ("desk line six five zero [pause] where did it go [pause] two five three zero zero zero zero",
     "six five zero [pause] where did it go [pause] two five three zero zero zero zero"),
    # Russian: any hesitation word between the marks, the last group a lone word
    ("номер восемь (пауза) девятьсот шестнадцать (пауза) сто двадцать три (пауза) сорок пять "
     "(пауза) шестьдесят семь",
     "восемь (пауза) девятьсот шестнадцать (пауза) сто двадцать три (пауза) сорок пять (пауза) "
     "шестьдесят семь"),
    ("звони восемь / девятьсот шестнадцать / ммм / сто двадцать три / сорок пять / так-с / "
     "шестьдесят семь",
     "восемь / девятьсот шестнадцать / ммм / сто двадцать три / сорок пять / так-с / "
     "шестьдесят семь"),
    # any tag in brackets: SSML breaks, timed pauses, timestamps
    ("call oh seven nine one one <pause/> four eight two <break time=\"1s\"/> seven three six",
     "oh seven nine one one <pause/> four eight two <break time=\"1s\"/> seven three six"),
    ("call oh seven nine one one [silence 2s] four eight two (long pause) seven three six",
     "oh seven nine one one [silence 2s] four eight two (long pause) seven three six"),
    ("мобильный восемь [пауза 2 сек] девятьсот шестнадцать [00:12] сто двадцать три сорок пять "
     "шестьдесят семь",
     "восемь [пауза 2 сек] девятьсот шестнадцать [00:12] сто двадцать три сорок пять шестьдесят семь"),
    ("мобильный восемь | короче | девятьсот шестнадцать | сто двадцать три | блин горелый | "
     "сорок пять | шестьдесят семь",
     "восемь | короче | девятьсот шестнадцать | сто двадцать три | блин горелый | сорок пять | "
     "шестьдесят семь"),
])
def test_asides_between_pause_marks_stay_inside_the_phone(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


def test_a_subtitle_line_wrapped_between_groups_keeps_the_phone_whole(spoken):
    """A cue's text wrapped onto a second line; a chat's next line (its time, its sender)
    and the next cue end the run."""
    cue = "Speaker 1: my mobile is oh seven nine one one\nfour eight two seven three six, ta"
    assert spoken(cue) == [("PHONE_NUMBER", "oh seven nine one one\nfour eight two seven three six")]
    assert spoken("[20:00] <a> it's oh seven nine one one\n[20:01] <b> four eight two seven "
                  "three six") == []
    assert spoken("Speaker 2: oh seven nine one one\n\n2\n00:00:04,000 --> 00:00:06,000\n"
                  "four eight two seven three six") == []


@pytest.mark.parametrize("text", [
    "one (.) two (.) three (.) four (.) five (.) six (.) seven",  # counting
    "page four (.) line nine (.) item twelve (.) row eight",
    "the score was three one two (.) honestly (.) four five six",  # too few digits
    "it costs nine ninety-nine | or twelve fifty | with shipping",
    "the vote was seven to two (.) no wait (.) eight to one (.) in the end two hundred",
    "flight two seven five (..) gate eleven (..) seat fourteen (..) row three",
    "dial nine (pause) then zero (pause) then one",
    # more than three words of aside, or words too long, are no aside
    "oh seven nine one one (.) and then we went to the pub (.) four eight two seven three six",
])
def test_pause_marks_in_lists_and_counts_make_no_phone(spoken, text):
    assert spoken(text) == []


_DECORATIONS = (("(", ")"), ("[", "]"), ("{", "}"), ("<", ">"), ("'", "'"), ('"', '"'),
                ("‘", "’"), ("“", "”"), ("«", "»"), ("*", "*"), ("**", "**"), ("_", "_"),
                ("~", "~"), ("|", "|"), ("-", "-"), ("–", "–"), ("--", "--"))


def test_every_decoration_around_a_said_at_and_dot_makes_an_email(spoken):
    """Each decoration around each name of at and dot of the language table, glued to the
    word or spaced from it, with spaces outside; glued to the labels too, but for dashes.
    Each at is said with one of the dots and each dot with one of the ats, in turn: every
    word meets every decoration, without the table's every pair of an at and a dot."""
    from redact.detect.packs import load_rules
    words = load_rules().spoken
    ats = [str(w) for ws in words["at"].values() for w in ws]
    dots = [str(w) for ws in words["dot"].values() for w in ws]
    pairs = dict.fromkeys([(at, dots[i % len(dots)]) for i, at in enumerate(ats)]
                          + [(ats[i % len(ats)], dot) for i, dot in enumerate(dots)])
    missed = []
    for o, c in _DECORATIONS:
        for at, dot in pairs:
            tld = "com" if dot in ("point", "period", "full stop", "full-stop", "fullstop") \
                else "ru"
            forms = [f"anna {o}{dot}{c} berg {o}{at}{c} mail {o}{dot}{c} {tld}",
                     f"anna {o} {dot} {c} berg {o} {at} {c} mail {o} {dot} {c} {tld}"]
            if o[0] not in "-–":
                forms.append(f"anna{o}{dot}{c}berg{o}{at}{c}mail{o}{dot}{c}{tld}")
            for said in forms:
                if spoken(f"write to {said} please") != [("EMAIL_ADDRESS", said)]:
                    missed.append(said)
    assert missed == []


@pytest.mark.parametrize(("text", "email"), [
    ("send a calendar invite to lena *dot* vogt -at- web *dot* de",
     "lena *dot* vogt -at- web *dot* de"),
    ("write to anna ~dot~ berg ~at~ gmail ~dot~ com please", "anna ~dot~ berg ~at~ gmail ~dot~ com"),
    ("write to anna – dot – berg – at – gmail – dot – com please",
     "anna – dot – berg – at – gmail – dot – com"),
    ("write to anna dot berg commercial at gmail dot com please",
     "anna dot berg commercial at gmail dot com"),
    ("write to karl-heinz 'dot' otto \"at\" gmx “dot” net", "karl-heinz 'dot' otto \"at\" gmx “dot” net"),
    ("пиши на anna «точка» berg «собака» mail «точка» ru", "anna «точка» berg «собака» mail «точка» ru"),
    ("пиши на anna пойнт berg собакой yandex пойнт ru, ок", "anna пойнт berg собакой yandex пойнт ru"),
    ("почта oleg поинт ivanov [собачку] bk поинт ru", "oleg поинт ivanov [собачку] bk поинт ru"),
    ("ящик ivan пойнт li коммерческое эт list пойнт ru", "ivan пойнт li коммерческое эт list пойнт ru"),
    # letters spelled with any repeated mark
    ("send it to j · o · h · n dot smith at gmail dot com", "j · o · h · n dot smith at gmail dot com"),
    ("send it to j , o , h , n dot smith at gmail dot com", "j , o , h , n dot smith at gmail dot com"),
    ("send it to j–o–h–n 'dot' smith 'at' gmail 'dot' com", "j–o–h–n 'dot' smith 'at' gmail 'dot' com"),
    ("send it to j .. o .. h .. n *dot* smith *at* gmail *dot* com",
     "j .. o .. h .. n *dot* smith *at* gmail *dot* com"),
    ("мыло e – v – a пойнт roy [собака] mail пойнт ru", "e – v – a пойнт roy [собака] mail пойнт ru"),
    ("mail b/r/a/n/d/y «at» yahoo «dot» com", "b/r/a/n/d/y «at» yahoo «dot» com"),
    ("пиши j точка… evans «эт» hotmail точка… com", "j точка… evans «эт» hotmail точка… com"),
    ("write a full-stop giraud at, orange full-stop fr", "a full-stop giraud at, orange full-stop fr"),
    # digits of the local part said as words
    ("write to anna eighty-five at gmail dot com please", "anna eighty-five at gmail dot com"),
    ("it is tom double seven at yahoo dot co dot uk", "tom double seven at yahoo dot co dot uk"),
    ("mail j dot smith twenty three at outlook dot com", "j dot smith twenty three at outlook dot com"),
    ("пиши ivan восемьдесят пять собака mail точка ru", "ivan восемьдесят пять собака mail точка ru"),
    # the provider said in Russian, as speech-to-text writes it
    ("пиши на ivan собака яндекс точка ру", "ivan собака яндекс точка ру"),
    ("кидай на petrov [собака] гмейл [точка] ком", "petrov [собака] гмейл [точка] ком"),
])
def test_an_email_said_by_another_writer_is_one_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "look at the 'dot' notation, it's *at* the core, period. Then com ports.",
    "he said 'at' and 'dot' are prepositions -at- least one of them -dot- com style",
    "I was at 'home' dot com was down",  # the quotes around a word, not the separator
    "we were at *Google* dot. Com",
    "she types tom [at] home all day",
    "at that point (.) um (.) we were at home (.) dot dot dot",
    "the ratio is three to one, period, at most four to one",
    "in the a – b – c order",
    "это точка ру или собака яндекс",
    "the path is a/b/c at build dot log",
])
def test_decorated_at_and_dot_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


@pytest.fixture(scope="module")
def dates():
    """The spoken date grammar alone: the dates it reads in a text."""
    from redact.detect.packs import load_rules
    from redact.detect.spoken_dates import SpokenDates

    grammar = SpokenDates.build(load_rules().spoken)
    return lambda text: [text[s:e] for s, e in grammar.spans(text)]


@pytest.mark.parametrize(("text", "said"), [
    # Russian: the day first or the month first
    ("дата рождения марта пятого восемьдесят девятого", "марта пятого восемьдесят девятого"),
    ("родилась пятого марта восемьдесят девятого", "пятого марта восемьдесят девятого"),
    ("родился декабря двадцать пятого тысяча девятьсот девяностого года",
     "декабря двадцать пятого тысяча девятьсот девяностого года"),
    # the year written with its ending, as chats write it
    ("родился 5 марта 79-го, в Туле", "5 марта 79-го"),
    ("день рождения пятого марта 1979-го года", "пятого марта 1979-го года"),
    # English: both orders
    ("born March fifth, eighty-nine", "March fifth, eighty-nine"),
    ("born the fifth of March, eighty-nine", "the fifth of March, eighty-nine"),
])
def test_a_date_said_in_either_order_is_read(dates, text, said):
    assert dates(text) == [said]


@pytest.mark.parametrize("text", [
    "марта пятого числа мы встретились",  # no year
    "марта тридцатого февраля",  # no day of a month
])
def test_a_month_and_an_ordinal_without_a_year_are_no_date(dates, text):
    assert dates(text) == []


@pytest.mark.parametrize(("text", "phone"), [
    # a transcriber's note of a sound between the groups, of up to five words, pauses beside it
    ("the number is zero seven four oh three ... [drill whirring] ... oh seven six five four "
     "three, boy",
     "zero seven four oh three ... [drill whirring] ... oh seven six five four three"),
    ("my number is oh seven seven double oh [phone buzzing in the background] nine three one "
     "two eight four",
     "oh seven seven double oh [phone buzzing in the background] nine three one two eight four"),
    ("номер восемь девятьсот шестнадцать [шум дрели] сто двадцать три сорок пять шестьдесят семь",
     "восемь девятьсот шестнадцать [шум дрели] сто двадцать три сорок пять шестьдесят семь"),
])
def test_a_note_of_a_sound_between_groups_is_skipped_like_a_pause(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize(("text", "email"), [
    # a phrase said again between every two letters, a word that calls attention beside a dot
    ("her email, m, I spelling it, a, I spelling it, r, I spelling it, i, I spelling it, a dot, "
     "look, thomas [at-sign, ya] yahoo dot, look, com, yes man",
     "m, I spelling it, a, I spelling it, r, I spelling it, i, I spelling it, a dot, look, "
     "thomas [at-sign, ya] yahoo dot, look, com"),
    ("почта masha точка, слушай, petrova собака yandex точка, смотри, ru, всё",
     "masha точка, слушай, petrova собака yandex точка, смотри, ru"),
])
def test_a_word_that_calls_attention_beside_a_separator_stays_inside_the_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "phone"), [
    # a local number of three and four digits, a transcript's note of a sound between them
    ("the rice mill office, six five oh ... [the huller roaring] ... seven three oh five, they close",
     "six five oh ... [the huller roaring] ... seven three oh five"),
    ("the man with the excavator, seven oh two [the scale clicks] wah dis [the scale clicks] nine four six three",
     "seven oh two [the scale clicks] wah dis [the scale clicks] nine four six three"),
    ("my cousin is on six oh two [the scale clicks] man, look [the scale clicks] five seven one oh",
     "six oh two [the scale clicks] man, look [the scale clicks] five seven one oh"),
])
def test_a_local_number_of_three_and_four_digits_set_off_as_one_is_a_phone(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "we were in room four one two, then gate five five one eight",
    "flight two one seven ... [engine noise] ... seat four four one two",
    "version three two one, build four four five six",
    "we sold one two three, then four five six seven",         # a count in two breaths
    "was it five five one? oh wait, eight eight two three?",    # asked
])
def test_three_and_four_digits_of_two_things_or_a_count_are_no_phone(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "email"), [
    # a word said aside between commas, a provider's name too ("ya")
    ("the farmers want the list at tatjanas the at sign, ya, hotmail dot, da so, de",
     "tatjanas the at sign, ya, hotmail dot, da so, de"),
    # a weak dot made plain by a strong one set off by commas
    ("write to charlene full stop, dot, ahmed at hotmail full stop, dot, com",
     "charlene full stop, dot, ahmed at hotmail full stop, dot, com"),
    # a long phrase said after every letter spelled
    ("почта хора s ... каждую букву отдельно, тиим ... t ... каждую букву отдельно, тиим ... e "
     "... каждую букву отдельно, тиим ... p ... каждую букву отдельно, тиим ... h ... каждую "
     "букву отдельно, тиим ... a ... каждую букву отдельно, тиим ... n ... каждую букву "
     "отдельно, тиим ... i ... каждую букву отдельно, тиим ... e (dot, ханжанав) burns4 эт, "
     "бон, mail (dot, ханжанав) ru",
     "s ... каждую букву отдельно, тиим ... t ... каждую букву отдельно, тиим ... e ... каждую "
     "букву отдельно, тиим ... p ... каждую букву отдельно, тиим ... h ... каждую букву "
     "отдельно, тиим ... a ... каждую букву отдельно, тиим ... n ... каждую букву отдельно, "
     "тиим ... i ... каждую букву отдельно, тиим ... e (dot, ханжанав) burns4 эт, бон, mail "
     "(dot, ханжанав) ru"),
])
def test_asides_and_phrases_between_the_parts_of_an_email_stay_inside_it(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    "that was the point, dot com companies failed in 2001",
    "we get to the point, dot, com era stuff is over",
])
def test_a_weak_dot_in_prose_is_no_email(spoken, text):
    assert spoken(text) == []
