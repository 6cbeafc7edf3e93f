"""The decoded view detection reads: each escaped or encoded writing decoded, each view
character traced to whole original characters, plain text its own view; and, through
``redact.Redactor`` with the real models, the exact output for each writing."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli
from hypothesis import example, given, settings
from hypothesis import strategies as st
from viewed import decoded

import redact
from redact.detect.codepoints import code_points
from redact.detect.homoglyphs import homoglyphs
from redact.detect.mojibake import mojibake
from redact.detect.view import _FULLWIDTH, _INVISIBLE, view

# -- the view ------------------------------------------------------------------------------

def test_percent_escaped_query_string_reads_as_its_fields():
    text = "https://forms.example.net/rsvp?name=Lena%20Fischer&mail=lena.f%40web.de&ok=1"
    v = view(text)
    assert v.text == ("https://forms.example.net/rsvp?\nname: Lena Fischer\n"
                      "mail: lena.f@web.de\nok: 1")
    assert decoded(text, "Lena Fischer") == "Lena%20Fischer"
    assert decoded(text, "lena.f@web.de") == "lena.f%40web.de"
    assert decoded(text, "Fischer") == "Fischer"


def test_plus_is_a_space_only_in_form_data():
    assert view("name=Lena+Fischer&consent=yes").text == "name: Lena Fischer\nconsent: yes"
    assert view("?q=Lena+Fischer").text == "?\nq: Lena Fischer"
    # a value's leading plus is a plus sign; outside form data "+" is itself
    assert view("?phone=+44+20+7946+0958&x=1").text == "?\nphone: +44 20 7946 0958\nx: 1"
    assert view("curl -d name=Lena+Fischer").text == "curl -d name: Lena Fischer"
    for plain in ("call +44 20 7946 0958", "x=a+1", "c++ and a+b=c", "total=3+4 today",
                  "KEY=wJalr+XUtnFEMI/K7MDENG==", "?sig=ab+c==&x=1"):
        assert view(plain).text == plain and not view(plain).decoded


def test_percent_escapes_of_several_bytes_map_to_their_character():
    text = "/users/%D0%9B%D0%B5%D0%BD%D0%B0/"
    assert view(text).text == "/users/Лена/"
    assert decoded(text, "е") == "%D0%B5"
    # not UTF-8: a percentage followed by letters
    assert not view("up 100%AB today").decoded


def test_html_references_named_and_numeric():
    text = "lena&#46;fischer&commat;web&period;de, Lena&nbsp;Fischer &amp; co"
    assert view(text).text == "lena.fischer@web.de, Lena Fischer & co"
    assert decoded(text, "@") == "&commat;"
    assert decoded(text, "fischer@web") == "fischer&commat;web"
    for prose in ("Q&A and R&D at AT&T", "&unknown; stays", "a & b;"):
        assert not view(prose).decoded


def test_tags_stand_apart_from_words_in_html_source():
    """A tag of running text with attributes by a space, a cell's or a block's by a line
    break; a bare tag of running text is read as nothing, its words as running text."""
    text = '<span class="who">Rosie&#32;Cox</span>'
    assert view(text).text == '<span class= "who"> Rosie Cox'
    assert decoded(text, "Rosie Cox") == "Rosie&#32;Cox"
    assert view("<b>Rosie Cox</b>").text == "Rosie Cox"
    assert view("the card reads <em>Ines Duarte</em>, signed").text == "the card reads Ines Duarte, signed"
    assert decoded("the card reads <em>Ines Duarte</em>, signed", "Ines Duarte") == "Ines Duarte"
    assert view("<p>Hi <b>T</b>omasz</p>").text == "<p>\nHi Tomasz\n</p>"
    assert view('<td class="name">Елена Журавлева</td>').text == (
        '<td class= "name">\nЕлена Журавлева\n</td>')
    # without a closing tag or a quoted attribute the text is not known to be source
    for kept in ("if a<b>c then", "mail Lena<lena@example.org>", "<Lena Fischer>wrote"):
        assert not view(kept).decoded


def test_a_quoted_value_stands_apart_from_its_equals_sign():
    text = 'value="Javier&#32;Taylor" and name=\'Макар Павлов\''
    assert view(text).text == "value= \"Javier Taylor\" and name= 'Макар Павлов'"
    assert decoded(text, "Javier Taylor") == "Javier&#32;Taylor"
    for kept in ('x="42"', 'href="/rsvp"', "a == 'b'"):
        assert not view(kept).decoded


def test_html_references_then_the_query_string_inside_them():
    text = '<a href="/rsvp?name=Lena%20Fischer&amp;ok=1">'
    assert view(text).text == '<a href="/rsvp?\nname: Lena Fischer\nok: 1">'


def test_fullwidth_invisible_and_nfd_characters():
    assert view("Ｌｅｎａ　Ｆｉｓｃｈｅｒ").text == "Lena Fischer"
    text = "Le\u200bna Fis\u00adcher"
    assert view(text).text == "Lena Fischer"
    assert decoded(text, "Lena") == "Le\u200bna"
    nfd = "Ze\u0301lie Mu\u0308ller, Си\u0306"
    assert view(nfd).text == "Zélie Müller, Сй"
    assert decoded(nfd, "é") == "e\u0301"
    # the spaces of typesetting between a name's words; direction marks, in a word or beside it
    assert view("Aurore\u00a0Vasseur, Aurore\u202fVasseur, Aurore\u2009Vasseur").text == (
        "Aurore Vasseur, Aurore Vasseur, Aurore Vasseur")
    text = "\u200fAu\u200erore Vas\u2067seur\u2069"
    assert view(text).text == "Aurore Vasseur"
    assert decoded(text, "Aurore") == "Au\u200erore"


def test_fancy_text_letters_read_as_the_letters_they_dress():
    text = "bio: 𝐌𝐚𝐫𝐢𝐚 𝓛𝓸𝓹𝓮𝔃, Ⓜⓐⓡⓘⓐ, 🄼🄰🅁🄸🄰"
    assert view(text).text == "bio: Maria Lopez, Maria, MARIA"
    assert decoded(text, "L") == "𝓛"
    kept = "sum ∑ and ᴍᴀʀɪᴀ in small capitals"  # no letter NFKC gives
    assert view(kept).text == kept and not view(kept).decoded


def test_a_mark_opening_every_line_of_a_block_is_read_through():
    quoted = "> Rosalind Okafor\n> Quillfern Analytics\n>\n> > 41 Marlow Road"
    assert view(quoted).text == "Rosalind Okafor\nQuillfern Analytics\n\n41 Marlow Road"
    assert decoded(quoted, "Okafor\nQuillfern") == "Okafor\n> Quillfern"
    assert view("??? Tomasz Wierzba\n??? 2210 Brennevegen 9").text == \
        "Tomasz Wierzba\n2210 Brennevegen 9"
    assert view("| Greta Lindqvist\n  | Norrsken Labs").text == "Greta Lindqvist\nNorrsken Labs"
    # one marked line, a mark that changes from line to line, bullets (the items of a list)
    # and marks inside a line stay
    for kept in ("> one quoted line\nand the reply", "> quoted\n| barred", "• Anna Berg\n• Olaf Kin",
                 "Why?\nBecause 7 > 5 | 6", "x\n?"):
        assert view(kept).text == kept and not view(kept).decoded


def test_plain_text_is_its_own_view():
    for plain in ("", "Lena Fischer, +44 20 7946 0958", "Лена Фишер", "Zélie Müller",
                  "50% off", "emoji 👍 and ½"):
        v = view(plain)
        assert v.text == plain and not v.decoded and v.span(0, len(plain)) == (0, len(plain))


_PIECES = st.sampled_from([
    "a", "Z", " ", "=", "&", "?", "+", "%", "%20", "%40", "%D0%9B", "%ZZ", "&#64;", "&amp;",
    "&nbsp;", "&bogus;", "Ｌ", "\u3000", "\u200b", "\u00ad", "e\u0301", "\u0308", "é", "Й",
    "name=", "\n", ";", "#", "> ", "|", "=?UTF-8?Q?", "=?koi8-r?B?", "?=", "_", "=C3", "=A9",
    "=D0=97", "=\n", "+s/R", "\\", "\\u00e4", "\\ud83d", "\\ude00", "\\xd0", "\\x98",
    "\\320", "\\230", "u0412"])


# what opens a line before its text, as written or escaped: spaces, quote marks, invisibles
_LINE_OPENING = re.compile(r"(?:[ \t?>|\u200b\u00ad\u3000]|%20|&nbsp;)*")


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
@example("\u200b=\na=D0=97")  # a soft line break after an invisible takes the letter after it
@example("=D0=97\u200b=\n")  # or, with none after it, stays as written
@example("=\na=\na=D0=97")  # two soft line breaks beside one letter: the second takes the next
@example("?=\na=D0=97\n?=")  # a soft line break goes with the bullet mark it follows
def test_every_view_character_maps_to_whole_original_characters(text):
    """Each view character comes from a non-empty range of original characters; the ranges
    run in order without overlapping; an original character outside every range is one
    that is not there for a reader (an invisible, a soft line break, the quote mark opening
    its line); and a span maps to a span of the original."""
    v = view(text)
    if not v.decoded:
        assert v.text == text
        return
    assert v.lo is not None and v.hi is not None and len(v.lo) == len(v.hi) == len(v.text)
    covered = set()
    for j, (lo, hi) in enumerate(zip(v.lo, v.hi)):
        assert 0 <= lo < hi <= len(text)
        if j:
            same = (lo, hi) == (v.lo[j - 1], v.hi[j - 1])
            assert same or lo >= v.hi[j - 1]
        covered.update(range(lo, hi))
    soft_breaks = {i for m in re.finditer(r"=\r?\n", text) for i in range(m.start(), m.end())}
    assert all(text[i] in "\u200b\u00ad" or i in soft_breaks or _LINE_OPENING.match(
        text, text.rfind("\n", 0, i) + 1).end() > i for i in set(range(len(text))) - covered)
    for start in range(len(v.text)):
        for end in range(start + 1, len(v.text) + 1):
            lo, hi = v.span(start, end)
            assert 0 <= lo < hi <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="%&+=\\\u200b\u200c\u200d\u2060\ufeff"
                                      "\u00ad\u3000>|?", blacklist_categories=("Mn", "Cs")).filter(
    lambda t: not _FULLWIDTH.search(t) and not _INVISIBLE.search(t))).filter(  # fullwidth and
    # styled letters ("Ⓐ") and typeset spaces read as ASCII; direction marks are invisibles
    lambda t: not list(mojibake(t))  # UTF-8 shown as Windows-1252 is read as what it was
    and not list(homoglyphs(t)) and not list(code_points(t))))  # "Mаria", "<U+00E9>"
def test_text_without_escapes_is_unchanged(text):
    assert view(text).text == text and not view(text).decoded


# -- what a user sees ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key="view-test-key-0123456789")


@pytest.mark.parametrize("text, scrubbed", [
    ("the link was https://forms.example.net/rsvp?name=Lena%20Fischer&mail=lena.f%40web.de&ok=1",
     "the link was https://forms.example.net/rsvp?name=[PERSON_1]&mail=[EMAIL_1]&ok=1"),
    ("search history shows ?q=Lena+Fischer&lang=en",
     "search history shows ?q=[PERSON_1]&lang=en"),
    ("the form body: phone=%2B44%2020%207946%200958&consent=yes",
     "the form body: phone=[PHONE_1]&consent=yes"),
    ('the page source shows <span class="who">lena&#46;fischer&commat;web&period;de</span>',
     'the page source shows <span class="who">[EMAIL_1]</span>'),
    ('the page source shows <td>Rosie&nbsp;Cox</td>', "the page source shows <td>[PERSON_1]</td>"),
    ('the export has <td data-field="holder">Marcus&nbsp;Oyelaran</td> in it',
     'the export has <td data-field="holder">[PERSON_1]</td> in it'),
    ('"text": "the card template reads <b>Marcus Oyelaran</b>"',
     '"text": "the card template reads <b>[PERSON_1]</b>"'),
    ("the form says Ｌｅｎａ　Ｆｉｓｃｈｅｒ", "the form says [PERSON_1]"),
    ("her insta bio says 𝓛𝓮𝓷𝓪 𝓕𝓲𝓼𝓬𝓱𝓮𝓻", "her insta bio says [PERSON_1]"),
    ("copied from the pdf: Le\u200bna Fis\u00adcher wrote",
     "copied from the pdf: [PERSON_1] wrote"),
    ("the form says Ze\u0301lie Mu\u0308ller", "the form says [PERSON_1]"),
    ("mail me at lena.fischer＠web．de", "mail me at [EMAIL_1]"),
    # a signature quoted in a reply, or with the bullets an encoding lost
    ("> Rosalind Okafor\n> Quillfern Analytics\n> 41 Marlow Road\n> Leeds LS6 2QT",
     "> [PERSON_1]\n> [ORGANIZATION_1]\n> [ADDRESS_1]"),
    ("??? Tomasz Wierzba\n??? Brightwater Logistics\n??? 2210 Brennevegen 9\n??? Suite 14\n"
     "??? Lillehammer\n??? Norway 2609", "??? [PERSON_1]\n??? [ORGANIZATION_1]\n??? [ADDRESS_1]"),
    (">Ingrid Solheim\n>Fjordlys AS\n>Storgata 12\n>0155 Oslo\n>Norway",
     ">[PERSON_1]\n>[ORGANIZATION_1]\n>[ADDRESS_1]"),
])
def test_each_writing_is_scrubbed_whole(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


def test_escapes_outside_a_value_stay_as_written(redactor):
    text = "see https://example.net/a%20b?x=1&y=2+3 &amp; Q&A, 50%25 off\u200b today"
    assert redactor.scrub_text(text).text == text


def test_json_literal_escapes_and_report_offsets(tmp_path):
    """A zero-width space written as a JSON escape is one character of the loaded text; the
    change covers the literal as written, and the report gives file offsets."""
    content = "from Le\\u200bna Fischer: see ?name=Lena%20Fischer&ok=1"
    line = json.dumps({"messages": [{"role": "user", "content": "x"}]}).replace('"x"',
                                                                               f'"{content}"')
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chat.jsonl").write_text(line + "\n", encoding="utf-8")
    result = run_cli("scrub", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                     "--report", str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 0, result.stderr
    out = (tmp_path / "out" / "chat.jsonl").read_text(encoding="utf-8")
    assert out == line.replace("Le\\u200bna Fischer", "[PERSON_1]").replace(
        "Lena%20Fischer", "[PERSON_1]") + "\n"
    changes = json.loads((tmp_path / "r.json").read_text())["files"][0]["changes"]
    assert [line[c["start"]:c["end"]] for c in changes] == ["Le\\u200bna Fischer",
                                                            "Lena%20Fischer"]
