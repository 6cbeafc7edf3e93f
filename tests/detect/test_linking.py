"""Precision on meetings written as chat logs: roles are roles, fillers and common words are
nobody, and linking repeats only what a finding has evidence for, recording where it came
from."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import TEST_KEY, run_cli
from redact.keys import Key
from redact.report.json_report import schema
from redact.run.select import fingerprint_of

KEY = Key(TEST_KEY.encode(), "env")


def _scrub(tmp_path: Path, name: str, text: str) -> tuple[str, list[dict]]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_text(text, encoding="utf-8")
    result = run_cli("scrub", str(src / name), "-o", str(tmp_path / "out"), "--report",
                     str(tmp_path / "r.json"), "-q")
    assert result.exit_code == 0, result.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    jsonschema.validate(report, schema())
    [file] = report["files"]
    return (tmp_path / "out" / name).read_text(encoding="utf-8"), file["changes"]


MEETING = """\
Grad C: Right . Yeah , I 've never handled them .
Professor B: Hmm . OK , so the endpoint is halfway there . Mm - hmm .
Grad_A: Uh , the deadline and the budget . Grad A said so .
Project Manager: Okay . Marketing and User Interface , anyway .
Industrial Designer: Alright . Right .
Speaker 2: Yeah .
"""


def test_role_labels_fillers_and_common_words_are_left_as_written(tmp_path):
    out, changes = _scrub(tmp_path, "meeting.txt", MEETING)
    assert (out, changes) == (MEETING, [])


def test_a_name_inside_a_role_label_and_a_name_that_is_a_trade_are_replaced(tmp_path):
    text = ("The Chair (Ms. Iris Vane): Welcome . Mary Baker , go ahead .\n"
            "Mary Baker: Thank you , Chair .\n")
    out, changes = _scrub(tmp_path, "committee.txt", text)
    assert out == ("The Chair (Ms. [PERSON_1]): Welcome . [PERSON_2] , go ahead .\n"
                   "[PERSON_2]: Thank you , Chair .\n")


def test_tools_named_like_people_and_a_party_in_a_label_are_left_as_written(tmp_path):
    text = ("Mr. Kody Blois (KingsHants, Lib.): Thank you , Chair .\n"
            "Grad B: Aurora gives better numbers than the Aurora baseline .\n"
            "PhD A: A Bayes net , and Bayes again . Then the menu ; Menu is fine .\n"
            "Grad B: I think Sarah said she would come .\n")
    out, changes = _scrub(tmp_path, "meeting.txt", text)
    # the corpus takes an article, the Bayes net too, the menu is written in lowercase:
    # things, wherever they stand; a party abbreviated in a speaker's label is no one
    assert out == ("Mr. [PERSON_1] (KingsHants, Lib.): Thank you , Chair .\n"
                   "Grad B: Aurora gives better numbers than the Aurora baseline .\n"
                   "PhD A: A Bayes net , and Bayes again . Then the menu ; Menu is fine .\n"
                   "Grad B: I think [PERSON_2] said she would come .\n")


def test_things_named_by_their_noun_and_words_cut_off_are_left_as_written(tmp_path):
    text = ("PhD C: We use the Mel scale and our Broadcast News system , not the Zorblat telephone .\n"
            "Professor D: Yeah . Th - Bec\n"
            "Grad F: Alrigh\n"
            "Grad A: In accordance with Standing Order 17.42 , Carlos and Yu - Ching agreed .\n")
    out, _ = _scrub(tmp_path, "meeting.txt", text)
    # a name before a noun for a made thing names the thing; a stub before a dash and a word
    # short of its last letters were cut off; a standing order is a rule: none is anyone
    assert out == text.replace("Carlos", "[PERSON_1]").replace("Yu - Ching", "[PERSON_2]")


def test_a_name_one_file_writes_as_a_thing_is_a_thing_in_every_file_of_the_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Grad B: our Broadcast News system is good .\n", encoding="utf-8")
    meeting = ("Grad C: and with Broadcast News , that is five more meetings .\n"
               "Grad C: Broadcast News again . I asked Nelson Morgan too .\n")
    (src / "b.txt").write_text(meeting, encoding="utf-8")
    for scope, named in (("run", False), ("file", True)):
        out = tmp_path / scope
        result = run_cli("scrub", str(src), "-o", str(out), "--link-scope", scope, "-q")
        assert result.exit_code == 0, result.stderr
        # the corpus is a thing wherever the run writes it, under the run's link scope only
        b = (out / "b.txt").read_text(encoding="utf-8")
        assert ("Broadcast News" not in b) is named, scope
        assert "[PERSON_" in b and "Nelson Morgan" not in b


def test_a_one_word_name_is_replaced_where_the_document_never_writes_it_as_a_thing(tmp_path):
    text = "I think Aurora said she would come . Aurora is late again .\n"
    out, _ = _scrub(tmp_path, "note.txt", text)
    assert out == "I think [PERSON_1] said she would come . [PERSON_1] is late again .\n"


def test_russian_roles_and_fillers_are_left_as_written(tmp_path):
    text = ("Ведущий: Ну , коллеги , короче , начнём .\n"
            "Участник 3: Ага . Угу . Спасибо .\n")
    assert _scrub(tmp_path, "встреча.txt", text) == (text, [])


def test_a_one_word_guess_is_not_linked_but_a_handle_and_a_name_are(tmp_path):
    text = ("<mossy_bee> Endpoint is done. the endpoint was slow and the endpoint timed out\n"
            "<kestrel> ask mossy_bee about it. @wren agreed, Ilse Brandt too.\n"
            "<mossy_bee> wren agreed. Ilse said so.\n")
    out, changes = _scrub(tmp_path, "chat.log", text)
    assert out == ("<[USERNAME_1]> Endpoint is done. the endpoint was slow and the endpoint "
                   "timed out\n<[USERNAME_2]> ask [USERNAME_1] about it. [USERNAME_3] agreed, "
                   "[PERSON_1] too.\n<[USERNAME_1]> [USERNAME_4] agreed. [PERSON_1] said so.\n")
    linked = [c for c in changes if c["detector"] == "linked"]
    # each linked change names what it was linked from: the handle, or the full name
    fp = {v: fingerprint_of(KEY, cat, v, "en")
          for v, cat in (("mossy_bee", "USERNAME"), ("@wren", "USERNAME"),
                         ("Ilse Brandt", "PERSON"))}
    assert sorted((c["label"], c["seed"]) for c in linked) == sorted([
        ("[USERNAME_1]", fp["mossy_bee"]), ("[USERNAME_4]", fp["@wren"]),
        ("[PERSON_1]", fp["Ilse Brandt"])])
    assert all("seed" not in c for c in changes if c["detector"] != "linked")


def test_a_first_name_after_a_kinship_word_stays_a_name(tmp_path):
    text = "I spoke to my sister Rose yesterday, and Rose agreed. Prices rose again.\n"
    out, _ = _scrub(tmp_path, "note.txt", text)
    assert out == ("I spoke to my sister [PERSON_1] yesterday, and [PERSON_1] agreed. "
                   "Prices rose again.\n")


@pytest.mark.parametrize("name", ["Frodo Baggins", "Hermione Granger", "Фёдор Достоевский",
                                  "Гарри Поттер"])
def test_fiction_and_authors_in_full_form_are_topics(tmp_path, name):
    text = f"We discussed {name} in the book club, then Olwen Tarrant read.\n"
    out, _ = _scrub(tmp_path, "club.txt", text)
    assert out == f"We discussed {name} in the book club, then [PERSON_1] read.\n"


def test_allowing_a_seed_undoes_the_changes_linked_from_it(tmp_path):
    text = "<kestrel> we met Ilse Brandt today.\n<mossy_bee> wren agreed. Ilse said so.\n"
    _, changes = _scrub(tmp_path, "chat.log", text)
    seed = fingerprint_of(KEY, "PERSON", "Ilse Brandt", "en")
    assert [c["seed"] for c in changes if c["detector"] == "linked"] == [seed]
    policy = tmp_path / "redact.toml"
    policy.write_text(f'[allow]\nfingerprints = ["{seed}"]\nkey_id = "{KEY.key_id}"\n')
    result = run_cli("scrub", str(tmp_path / "in" / "chat.log"), "-o", str(tmp_path / "again"),
                     "--report", str(tmp_path / "again.json"), "--policy", str(policy), "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "again" / "chat.log").read_text() == (
        "<[USERNAME_1]> we met Ilse Brandt today.\n<[USERNAME_2]> wren agreed. Ilse said so.\n")


CHAT = """\
[09:00] <kate_w> the username I use is oskar.brandl
[09:01] <ivo_p> oskar.brandl, yes
[09:02] <kate_w> licence on the form: W5518220
[09:03] <ivo_p> W5518220
[09:04] <kate_w> back to W5518220, then
[09:05] <ivo_p> the name is Amber Quillfeather
[09:06] <kate_w> Amber Quillfeather, yes
[09:07] <ivo_p> my account is tvarnek
[09:08] <kate_w> tvarnek one more time
"""
CUES = """\
WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Speaker 1>the username I use is oskar.brandl</v>

2
00:00:04.000 --> 00:00:08.000
<v Speaker 2>oskar.brandl</v>

3
00:00:08.000 --> 00:00:12.000
<v Speaker 1>licence on the form: W5518220</v>

4
00:00:12.000 --> 00:00:16.000
<v Speaker 2>W5518220, yes</v>
"""
CONVERSATION = ('[{"conversations": [{"from": "human", "value": "the name is Amber Quillfeather"}, '
                '{"from": "gpt", "value": "Noted."}, '
                '{"from": "human", "value": "Amber Quillfeather one more time"}, '
                '{"from": "human", "value": "my account is tvarnek"}, '
                '{"from": "human", "value": "back to tvarnek"}]}]\n')


@pytest.mark.parametrize(("name", "text", "scrubbed"), [
    ("chat.log", CHAT, """\
[09:00] <[USERNAME_1]> the username I use is [USERNAME_2]
[09:01] <[USERNAME_3]> [USERNAME_2], yes
[09:02] <[USERNAME_1]> licence on the form: [GOV_ID_1]
[09:03] <[USERNAME_3]> [GOV_ID_1]
[09:04] <[USERNAME_1]> back to [GOV_ID_1], then
[09:05] <[USERNAME_3]> the name is [PERSON_1]
[09:06] <[USERNAME_1]> [PERSON_1], yes
[09:07] <[USERNAME_3]> my account is [USERNAME_4]
[09:08] <[USERNAME_1]> [USERNAME_4] one more time
"""),
    ("call.vtt", CUES, CUES.replace("oskar.brandl", "[USERNAME_1]").replace("W5518220", "[GOV_ID_1]")),
    ("conv.json", CONVERSATION, CONVERSATION.replace("Amber Quillfeather", "[PERSON_1]")
     .replace("tvarnek", "[USERNAME_1]")),
])
def test_what_a_cue_names_once_is_replaced_wherever_the_file_says_it_again(
        tmp_path, name, text, scrubbed):
    # alone on a line, opening it, before a comma: ids, handles of one word or two, full
    # names; the first name inside the name and NER's reading of it as a company give way
    out, changes = _scrub(tmp_path, name, text)
    assert out == scrubbed
    assert {c["detector"] for c in changes} >= {"linked"}
