"""Spoken forms (redact.detect.spoken): numbers, emails and birth dates said aloud are one
finding each, checked as their written forms are; counting, prices, times and dates said
without a birth cue are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

from redact import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize(("text", "scrubbed"), [
    # phones read digit by digit, with "oh", "double", "triple" and fillers between groups
    ("so my mobile is oh seven seven double zero, uh, nine double eight, four three two one",
     "so my mobile is [PHONE_1]"),
    ("call me on four one five, triple five, um, two nine three eight anytime",
     "call me on [PHONE_1] anytime"),
    ("you can reach her at five five five, oh one six three", "you can reach her at [PHONE_1]"),
    ("звоните: восемь девятьсот двенадцать, триста сорок пять, шестьдесят семь, восемьдесят девять",
     "звоните: [PHONE_1]"),
    ("мой номер восемь, э-э, девятьсот шестнадцать, так, ноль семьдесят восемь, сорок семь, "
     "восемьдесят семь, запиши", "мой номер [PHONE_1], запиши"),
    # groups apart by pauses and dashes, with fillers between them
    ("the desk line is four one six... uh... two two nine... oh five five one, ok",
     "the desk line is [PHONE_1], ok"),
    ("номер восемь - девятьсот шестнадцать - так - двести сорок - ну это - тридцать один - ноль два",
     "номер [PHONE_1]"),
    # emails said aloud or spelled
    ("it's tom dot reyes at outlook dot com", "it's [EMAIL_1]"),
    ("it is m–i–r–a dot lund AT outlook dot com", "it is [EMAIL_1]"),
    ("напиши на p, e, t, y, a собака yandex точка, ru или kolya дот orlov эт bk дот ru",
     "напиши на [EMAIL_1] или [EMAIL_2]"),
    ("ivan точка petrov собака mail точка ru", "[EMAIL_1]"),
    ("send it to m-a-r-t-a underscore k at gmail dot com please", "send it to [EMAIL_1] please"),
    ("my email is tom dot reyes at outlook dot com, that's t-o-m",
     "my email is [EMAIL_1], that's [EMAIL_2]"),
    ("my name is tom, that is t-o-m", "my name is [PERSON_1], that is [OTHER_1]"),
    ("write to tom (at) gmail (dot) com, or ivan [at] yandex [dot] ru",
     "write to [EMAIL_1], or [EMAIL_2]"),
    ("it's t o m dot reyes at outlook point com", "it's [EMAIL_1]"),
    # dates said aloud after a birth cue
    ("I was born on the fifth of March seventy-nine", "I was born on [DATE_OF_BIRTH_1]"),
    ("date of birth is January the third, nineteen ninety-four, okay",
     "date of birth is [DATE_OF_BIRTH_1], okay"),
    ("родилась четырнадцатого марта восемьдесят третьего", "родилась [DATE_OF_BIRTH_1]"),
    ("дата рождения: второго апреля тысяча девятьсот девяносто седьмого года",
     "дата рождения: [DATE_OF_BIRTH_1]"),
])
def test_a_spoken_value_is_one_finding(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "the meeting moved to the fifth of March seventy-nine",  # a date without a birth cue
    "встречу перенесли на четырнадцатое марта",
    "one two three four five six seven eight nine ten, okay everyone's here",
    "we need two or three people, maybe four or five, by nine thirty",
    "it costs nine ninety-nine, or twelve fifty with shipping",
    "room four one two, then flight two seven five",
    "version three point one two point one",
    "look at this dot, it's the one at the top",
    "I post clips at instagram.com/someone",
    "we spent two hundred million, then two two two million last year",
    "there is no support at this point in time",
    "at that point in the agenda we stopped, the value at this point is key",
    "it's a b a pattern, that's a s a rhyme",
    "eighty-six, one hundred, and forty-three and seventy-five. Forty-six and five, fifty-one",
])
def test_spoken_look_alikes_are_left_alone(redactor, text):
    assert redactor.scrub_text(text).text == text


def test_a_vtt_transcript_is_scrubbed_in_place(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "call.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>my number is oh seven seven double "
        "zero, uh, nine double eight, four three two one</v>\n\n00:00:04.500 --> 00:00:06.000\n"
        "<v Sam>and the email is sam dot ortiz at gmail dot com</v>\n")
    result = run_cli("scrub", "in", "-o", "out", "--report", "r.json", "--quiet", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "call.vtt").read_text() == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v [PERSON_1]>my number is [PHONE_1]</v>\n\n"
        "00:00:04.500 --> 00:00:06.000\n<v [PERSON_2]>and the email is [EMAIL_1]</v>\n")
    assert "ortiz" not in (tmp_path / "r.json").read_text()


def test_a_bracketed_word_in_a_vtt_cue_is_speech_not_a_tag(tmp_path: Path):
    """WebVTT's own tags (<v>, <i>, <c.x>, a timestamp) are markup; "<at>" and "<dot>" are
    what was said."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "call.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSpeaker 1: mail <i>me</i> at nora <dot> vance "
        "<at> gmail <dot> com\n\n00:00:04.500 --> 00:00:06.000\n<v Sam><c.loud>got it</c> "
        "<00:00:05.000>thanks</v>\n")
    result = run_cli("scrub", "in", "-o", "out", "--quiet", cwd=tmp_path)
    assert result.exit_code == 0
    assert (tmp_path / "out" / "call.vtt").read_text() == (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSpeaker 1: mail <i>me</i> at [EMAIL_1]\n\n"
        "00:00:04.500 --> 00:00:06.000\n<v [PERSON_1]><c.loud>got it</c> <00:00:05.000>thanks</v>\n")


def test_with_dates_redacted_a_spoken_date_is_a_date_unless_a_birth_cue_names_it():
    redactor = Redactor(operators={"DATE_TIME": "tag"})
    assert redactor.scrub_text("the meeting moved to the fifth of March seventy-nine").text == \
        "the meeting moved to [DATE_TIME_1]"
    assert redactor.scrub_text("I was born on the fifth of March seventy-nine").text == \
        "I was born on [DATE_OF_BIRTH_1]"


@pytest.fixture(scope="module")
def spoken():
    """The spoken recognizer alone, with dates asked for: its findings as (kind, text)."""
    from redact.detect.packs import load_rules
    from redact.detect.spoken import SpokenRecognizer, SpokenWords

    rules = load_rules()
    cues = {c: rules.cues.phrases(c, "en") + rules.cues.phrases(c, "ru")
            for c in ("PHONE", "DATE_OF_BIRTH")}
    recognizer = SpokenRecognizer("en", SpokenWords.build(rules.spoken), cues, dates=True)

    def found(text: str) -> list[tuple[str, str]]:
        return sorted((r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, []))
    return found


@pytest.mark.parametrize(("text", "phone"), [
    # groups apart by pauses as transcripts and chats write them
    ("ring me on oh seven eight one one. four eight two. nine oh three tonight",
     "oh seven eight one one. four eight two. nine oh three"),
    ("it's two oh six; five five five; oh one four seven", "two oh six; five five five; oh one four seven"),
    ("the desk is three one two... four eight eight... oh two nine six",
     "three one two... four eight eight... oh two nine six"),
    ("it's four one five [pause] five five five {vocalsound} oh one three two, thanks",
     "four one five [pause] five five five {vocalsound} oh one three two"),
    # hesitations, asides and self-corrections between groups
    ("so six one seven, hang on a second, five five five, oh one nine eight",
     "six one seven, hang on a second, five five five, oh one nine eight"),
    ("call oh two oh. where was I. seven nine four six. uh huh. oh nine five eight",
     "oh two oh. where was I. seven nine four six. uh huh. oh nine five eight"),
    ("my cell, four one five — I mean — five five five — oh one three two",
     "four one five — I mean — five five five — oh one three two"),
    # a number word inside a filler phrase is no digit: "one sec", "oh wait"
    ("number's two one two, one sec, three nine four, oh wait, seven seven eight eight",
     "two one two, one sec, three nine four, oh wait, seven seven eight eight"),
    ("запиши: восемь. щас посмотрю. девятьсот шестнадцать. четыреста двадцать. тридцать один. ноль семь",
     "восемь. щас посмотрю. девятьсот шестнадцать. четыреста двадцать. тридцать один. ноль семь"),
    ("номер восемь; ой, нет; девятьсот три; как его; сто двадцать; сорок; ноль один",
     "восемь; ой, нет; девятьсот три; как его; сто двадцать; сорок; ноль один"),
    ("телефон плюс семь... одну секунду... девятьсот двадцать пять... четыреста сорок... "
     "восемнадцать... ноль три",
     "плюс семь... одну секунду... девятьсот двадцать пять... четыреста сорок... восемнадцать... "
     "ноль три"),
    ("мой восемь, это самое, девятьсот восемьдесят пять, так-так, семьсот семьдесят три, "
     "четырнадцать, пятьдесят два",
     "восемь, это самое, девятьсот восемьдесят пять, так-так, семьсот семьдесят три, четырнадцать, "
     "пятьдесят два"),
])
def test_digit_groups_apart_by_pauses_and_fillers_are_one_phone(spoken, text, phone):
    assert spoken(text) == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "rooms four one two, four one four and four one six are booked",  # a list: "and" alone
    "one. two. three. four. five. six. seven. eight. nine. ten.",  # counting across pauses
    "we need forty two. I mean forty three. No wait, forty five. sixty six. seventy seven.",
    "chapter six hundred, um and it goes from one hundred up to three hundred",
    "two hundred and fifty people came, then three hundred and twenty, then four hundred and ten",
    "five five-star reviews and two two-star reviews, plus one more",
    "at nine thirty. then ten fifteen. then eleven forty five, room two oh four",
    "it's nine ninety-nine. Or twenty four ninety-nine with shipping. Or thirty.",
    "version two point four point one; build nine one one",
    "flight BA two seven five, gate one four, seat twelve",
    # questions between numbers end a run, unless put in filler words
    "is it room four one two? or four one four? maybe four one six?",
    "was it two two nine? five five one? oh wait, eight eight two three?",
    # two words no filler, not set off as an aside
    "seven eight one one purple elephant four eight two nine oh three",
])
def test_lists_counts_times_and_prices_said_with_pauses_are_no_phone(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "email"), [
    ("reach me at priya at the rate gmail dot com", "priya at the rate gmail dot com"),
    ("mail j dot doe {at} proton {dot} me", "j dot doe {at} proton {dot} me"),
    ("it's raj dot k at-sign yahoo dot co dot in", "raj dot k at-sign yahoo dot co dot in"),
    ("write to l — u — c — a — s at outlook full stop com", "l — u — c — a — s at outlook full stop com"),
    ("my mail is m. a. r. k. o <at> gmail (dot) com", "m. a. r. k. o <at> gmail (dot) com"),
    ("send to t-o-m at sign web period de", "t-o-m at sign web period de"),
    ("пишите на ivan тчк petrov знак собаки yandex тчк ру", "ivan тчк petrov знак собаки yandex тчк ру"),
    ("адрес n-i-k-o-l-a-y собачку gmail точку com", "n-i-k-o-l-a-y собачку gmail точку com"),
    ("почта olga [at] mail [dot] ru, пишите", "olga [at] mail [dot] ru"),
    # "dot" as an accent or a speech-to-text says it, "точка" cut short
    ("borrower email: donna dat williams19 at yahoo dat com", "donna dat williams19 at yahoo dat com"),
    ("перешли на d точ. khan собака yandex точ. ru", "d точ. khan собака yandex точ. ru"),
    # dots as a separator's decoration, a word cut short inside brackets
    ("the email gerard .dot. sharpe36 at the rate of, hotmail .dot. co.uk",
     "gerard .dot. sharpe36 at the rate of, hotmail .dot. co.uk"),
    ("перешли на d (точ.) khan эт-знак yandex (точ.) ru", "d (точ.) khan эт-знак yandex (точ.) ru"),
    # "me at ann dot lee" reads as an address too, with no TLD
    ("you can reach me at ann dot lee at the rate gmail full stop com",
     "ann dot lee at the rate gmail full stop com"),
])
def test_an_email_said_with_any_common_at_and_dot_is_one_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize(("text", "email"), [
    # the symbols bracketed or spaced out, as chats and transcripts write them
    ("reply to nina[.]holt @ outlook[.]com, thanks", "nina[.]holt @ outlook[.]com"),
    ("mail omar (.) diaz (@) proton (.) me today", "omar (.) diaz (@) proton (.) me"),
    ("write to lena {.} berg <@> web {.} de", "lena {.} berg <@> web {.} de"),
    ("send it to paul . kemp at the rate of yahoo . co . uk please",
     "paul . kemp at the rate of yahoo . co . uk"),
    ("it's rosa <dot> lind @ mail <dot> com", "rosa <dot> lind @ mail <dot> com"),
    ("the address is ben . ames @ gmx . net", "ben . ames @ gmx . net"),
    # letters spelled with any mark between them, a separator after them
    ("email d…a…n…a[.]roy55 <at> icloud[.]com", "d…a…n…a[.]roy55 <at> icloud[.]com"),
    ("email d...a...n...a dot roy at icloud dot com", "d...a...n...a dot roy at icloud dot com"),
    ("best one is m.i.l.a . stone8 at the rate of hotmail . com",
     "m.i.l.a . stone8 at the rate of hotmail . com"),
    # Russian: the noun in any case, a diminutive, after a word for a sign or not
    ("пиши на oleg точкой sokolov собакой mail точкой ru", "oleg точкой sokolov собакой mail точкой ru"),
    ("почта vera (точка) nikolaeva знак эт yandex (точка) ru",
     "vera (точка) nikolaeva знак эт yandex (точка) ru"),
    ("ящик ira точечка k собачка bk точечка ru, всё маленькими", "ira точечка k собачка bk точечка ru"),
    ("кидай на s.e.r.g.e.y <точка> li символ собаки gmail <точка> com",
     "s.e.r.g.e.y <точка> li символ собаки gmail <точка> com"),
    ("адрес anton точки pavlov собаки rambler точки ru", "anton точки pavlov собаки rambler точки ru"),
    ("пиши на ivan коммерческое эт mail точка ru", "ivan коммерческое эт mail точка ru"),
    # as written against spam
    ("write to john -at- yahoo -dot- com please", "john -at- yahoo -dot- com"),
    ("write to john_at_yahoo_dot_com please", "john_at_yahoo_dot_com"),
])
def test_an_email_with_its_symbols_bracketed_or_spaced_is_one_email(spoken, text, email):
    assert spoken(text) == [("EMAIL_ADDRESS", email)]


@pytest.mark.parametrize("text", [
    # a transcript that spaces its full stops, with "at" in its prose
    "we looked at it . it was fine",
    "Right . Yeah , we met at home . It was nice .",
    "meet at the station . it was late , sorry",
    "version 2 . 1 at build 3 . 4",
    "the score at half time . de facto it was over",
    "look at [.] and [@] in the table",
    "we met at noon . Net result was fine",  # a spaced full stop before a capital
    "ask @olga on discord, not @acme dot com",  # mentions
    "the man-at-arms and the state-at-large dot com",  # words with "-at-" inside
])
def test_spaced_full_stops_and_at_in_prose_are_no_email(spoken, text):
    assert spoken(text) == []


def test_every_at_and_dot_symbol_bracketed_or_spaced_makes_an_email(spoken):
    """"@" and "." in each bracket pair or with spaces around, and each Russian word for a
    sign before each word for "at": an email."""
    missed = []
    for at in (" @ ", "(@)", "[@]", "{@}", "<@>"):
        for dot in (" . ", "(.)", "[.]", "{.}", "<.>"):
            said = f"anna{dot}berg{at}outlook{dot}com"
            if spoken(f"write to {said} please") != [("EMAIL_ADDRESS", said)]:
                missed.append(said)
    for sign in _spoken_list("sign"):
        for word in _spoken_list("at"):
            said = f"anna точка berg {sign} {word} mail точка ru"
            if spoken(f"пиши на {said} пожалуйста") != [("EMAIL_ADDRESS", said)]:
                missed.append(said)
    assert missed == []


@pytest.mark.parametrize("text", [
    "we grew at the rate of five point two percent",
    "I'll be at home full stop it was fine",
    "the project came to a full stop at noon period",
    "это точка ру или нет",
])
def test_prose_with_at_and_dot_words_is_no_email(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize(("text", "kind", "date"), [
    ("my son was born on June the eleventh, two thousand and six",
     "DATE_OF_BIRTH", "June the eleventh, two thousand and six"),
    ("DOB: Sept 3rd '91", "DATE_OF_BIRTH", "Sept 3rd '91"),
    ("born the 7th of May ’85, in Leeds", "DATE_OF_BIRTH", "the 7th of May ’85"),
    ("birthday is third April oh nine", "DATE_OF_BIRTH", "third April oh nine"),
    ("born 12th of Jan nineteen oh two", "DATE_OF_BIRTH", "12th of Jan nineteen oh two"),
    ("родился первого января две тысячи восьмого", "DATE_OF_BIRTH",
     "первого января две тысячи восьмого"),
    ("родилась девятого июля две тысячи два года", "DATE_OF_BIRTH",
     "девятого июля две тысячи два года"),
    ("день рождения пятого мая 1990 года", "DATE_OF_BIRTH", "пятого мая 1990 года"),
    # the month said as its number
    ("родился пятого третьего восемьдесят девятого", "DATE_OF_BIRTH",
     "пятого третьего восемьдесят девятого"),
    # without a birth cue, a date
    ("the launch is June the eleventh, two thousand and six", "DATE_TIME",
     "June the eleventh, two thousand and six"),
    ("сдача шестого марта две тысячи двадцать пятого года", "DATE_TIME",
     "шестого марта две тысячи двадцать пятого года"),
])
def test_a_date_said_aloud_is_a_birth_date_after_a_birth_cue(spoken, text, kind, date):
    assert spoken(text) == [(kind, date)]


@pytest.mark.parametrize(("text", "date"), [
    # any birth cue, the day and month in either order, the year said any way
    ("I came into the world on June the twenty-fourth, nineteen seventy-two, at midnight",
     "June the twenty-fourth, nineteen seventy-two"),
    ("he came into this world on the ninth of April, two thousand and ten",
     "the ninth of April, two thousand and ten"),
    ("my b'day is July the seventh, oh four", "July the seventh, oh four"),
    ("born on March twelve nineteen ninety", "March twelve nineteen ninety"),
    ("DOB twelve March nineteen ninety", "twelve March nineteen ninety"),
    ("I was born on the 24th of June in nineteen seventy-two",
     "the 24th of June in nineteen seventy-two"),
    ("born on the 29th of February, oh four", "the 29th of February, oh four"),
    ("у меня днюха девятнадцатого мая тысяча девятьсот сорок девятого года",
     "девятнадцатого мая тысяча девятьсот сорок девятого года"),
    ("мы с братом родились пятнадцатого сентября нулевого", "пятнадцатого сентября нулевого"),
    ("родилась тридцатого декабря двухтысячного года", "тридцатого декабря двухтысячного года"),
    ("родился 5 марта восемьдесят третьего года", "5 марта восемьдесят третьего года"),
    ("мой день рожденья четвёртого июля две тысячи четвёртого",
     "четвёртого июля две тысячи четвёртого"),
    ("днюху отмечаю двадцать первого июня девяносто девятого", "двадцать первого июня девяносто девятого"),
    # slang and diminutives, West African "born day"
    ("днюшка у меня пятого февраля восемьдесят второго, не забудь", "пятого февраля восемьдесят второго"),
    ("на днюшечку, двенадцатого августа тысяча девятьсот девяносто седьмого года",
     "двенадцатого августа тысяча девятьсот девяносто седьмого года"),
    ("my born day is the fifth of March seventy-nine", "the fifth of March seventy-nine"),
    ("b/day: June the third, ninety-one", "June the third, ninety-one"),
])
def test_a_date_said_after_any_birth_cue_is_one_birth_date(spoken, text, date):
    assert spoken(text) == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize("text", [
    "born on the thirtieth of February, nineteen ninety",  # no day of that month
    "DOB the 31st of April 1990",
    "born on the 29th of February, oh three",  # no leap year
    "родилась тридцать первого февраля девяностого",
    "родился тридцать первого июня нулевого",
])
def test_a_spoken_date_that_is_no_real_date_is_none(spoken, text):
    assert spoken(text) == []


@pytest.mark.parametrize("text", [
    "it was sent on May 9, two days later",  # a lone digit word is no year
    "see you on the fourth of July",
    "родился в пятого шестого седьмого классах",  # ordinals in a row, no year among them
])
def test_a_day_and_month_without_a_year_are_no_spoken_date(spoken, text):
    assert spoken(text) == []


def _spoken_list(key: str) -> list[str]:
    from redact.detect.packs import load_rules
    return [str(w) for words in load_rules().spoken[key].values() for w in words]


def test_every_filler_between_digit_groups_joins_them(spoken):
    """Each filler of the vocabulary, said between two groups bare or set off by commas or
    full stops: the groups are one phone."""
    missed = []
    for filler in _spoken_list("fillers"):
        russian = any("а" <= c <= "я" for c in filler)
        head, tail = (("восемь девятьсот шестнадцать", "четыреста двадцать, тридцать один, ноль семь")
                      if russian else ("oh seven eight one one", "four eight two, nine oh three"))
        for sep in (" ", ", ", ". "):
            said = f"{head}{sep}{filler}{sep}{tail}"
            if spoken(f"call {said} today") != [("PHONE_NUMBER", said)]:
                missed.append(said)
    assert missed == []


def test_every_at_and_dot_word_bare_or_bracketed_makes_an_email(spoken):
    missed = []
    for key, other in (("at", " dot "), ("dot", " at ")):
        for word in _spoken_list(key):
            for form in (f" {word} ", f" ({word}) ", f" [{word}] ", f" {{{word}}} ", f" <{word}> "):
                said = (f"anna{other}berg{form}outlook{form}com" if key == "dot"
                        else f"anna{other}berg{form}outlook{other}com")
                if spoken(f"write to {said} please") != [("EMAIL_ADDRESS", said)]:
                    missed.append(said)
    assert missed == []


@pytest.mark.parametrize(("text", "found"), [
    ("it's treble five, two nine three eight, four one six",
     ("PHONE_NUMBER", "treble five, two nine three eight, four one six")),
    ("write to tom@gmail dot com", ("EMAIL_ADDRESS", "tom@gmail dot com")),
    ("mail anna at-the-rate gmail dot com", ("EMAIL_ADDRESS", "anna at-the-rate gmail dot com")),
    ("дата рождения 17-го ноября 1999 г.", ("DATE_OF_BIRTH", "17-го ноября 1999 г.")),
    ("born August, the twelfth, two thousand and nine",
     ("DATE_OF_BIRTH", "August, the twelfth, two thousand and nine")),
    # a hesitation drawn out is the hesitation; a slash between groups is a pause
    ("call oh seven eight one one ummm four eight two uhhh nine oh three",
     ("PHONE_NUMBER", "oh seven eight one one ummm four eight two uhhh nine oh three")),
    ("номер восемь эээээ девятьсот шестнадцать ммм четыреста двадцать тридцать один ноль семь",
     ("PHONE_NUMBER", "восемь эээээ девятьсот шестнадцать ммм четыреста двадцать тридцать один ноль семь")),
    ("it's four one five / five five five / oh one three two",
     ("PHONE_NUMBER", "four one five / five five five / oh one three two")),
    # "and the last bit is" between the groups of a phone
    ("ring five one two eight six nine and the last bit is five eight five four",
     ("PHONE_NUMBER", "five one two eight six nine and the last bit is five eight five four")),
    ("my cell, zero eight nine, and the last bit is, five two oh, eight nine two five",
     ("PHONE_NUMBER", "zero eight nine, and the last bit is, five two oh, eight nine two five")),
    # a question put in filler words between the groups
    ("call oh seven eight one one, ready? four eight two, nine oh three",
     ("PHONE_NUMBER", "oh seven eight one one, ready? four eight two, nine oh three")),
    ("номер восемь девятьсот шестнадцать, записал? четыреста двадцать, тридцать один, ноль семь",
     ("PHONE_NUMBER", "восемь девятьсот шестнадцать, записал? четыреста двадцать, тридцать один, "
                      "ноль семь")),

    ("my mail is c . a . m . i . l . l . e at gmail dot com",
     ("EMAIL_ADDRESS", "c . a . m . i . l . l . e at gmail dot com")),
    # a birth cue just after the date
    ("клиентка, девятого мая семьдесят четвёртого года рождения, паспорт",
     ("DATE_OF_BIRTH", "девятого мая семьдесят четвёртого года")),
    ("the ninth of November oh seven, that's her birthday",
     ("DATE_OF_BIRTH", "the ninth of November oh seven")),
])
def test_more_ways_of_saying_a_value(spoken, text, found):
    assert spoken(text) == [found]


def test_a_written_email_is_left_to_the_email_recognizer(spoken):
    assert spoken("write to tom@gmail.com, it's the point") == []
