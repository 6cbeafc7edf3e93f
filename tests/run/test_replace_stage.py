"""The replace stage: findings in, output text and exact Change records out."""

from __future__ import annotations

import pytest

from redact.config import Policy
from redact.errors import FileError
from redact.formats import FORMATS
from redact.keys import Key
from redact.records import FileResult, Finding, Piece, Segment, SegmentKind, SegmentResult
from redact.run.load import name_segment
from redact.run.replace import FileReplacer, Scope, encode_span, redacted_name
from redact.spans import apply_changes

KEY = Key(b"k" * 32, "test")
TEXT = "Anna Berg wrote from anna@mail.test.\nLater Anna Berg called.\n"
NO_NAME = SegmentResult(None, [], False)


def _whole(text: str) -> Segment:
    return Segment(text, (Piece(0, 0, len(text)),))


def _found(*spans: tuple[int, int, str]) -> SegmentResult:
    return SegmentResult("en", [Finding(s, e, c, c, 0.9, "test") for s, e, c in spans], True)


def _replacer(policy: Policy = Policy(), rel: str = "notes.txt", name_result=NO_NAME,
              scope: Scope | None = None) -> FileReplacer:
    return FileReplacer(FileResult(rel), FORMATS["text"], name_segment(rel), policy, KEY,
                        scope or Scope.new(policy, KEY), name_result, reveal=False)


def test_a_batch_becomes_its_output_and_exact_changes():
    replacer = _replacer()
    found = _found((0, 9, "PERSON"), (21, 35, "EMAIL"), (43, 52, "PERSON"))
    out = replacer.batch(TEXT, [_whole(TEXT)], [found])
    assert out == "[PERSON_1] wrote from [EMAIL_1].\nLater [PERSON_1] called.\n"
    changes = [(c.start, c.end, c.line, c.column, c.category, c.replacement, c.context)
               for c in replacer.result.changes]
    assert changes == [
        (0, 9, 1, 1, "PERSON", "[PERSON_1]", out[:50]),
        (21, 35, 1, 22, "EMAIL", "[EMAIL_1]", out[:71]),
        (43, 52, 2, 7, "PERSON", "[PERSON_1]", out[:87]),
    ]
    assert apply_changes(TEXT, [(c.start, c.end, c.replacement)
                                for c in replacer.result.changes]) == out
    replacer.finish([])
    assert (replacer.result.status, replacer.result.languages) == ("redacted", ["en"])


def test_later_batches_continue_offsets_lines_and_numbering():
    replacer = _replacer()
    first, second = "Anna Berg wrote.\n", "Tom Reyes and Anna Berg replied.\n"
    replacer.batch(first, [_whole(first)], [_found((0, 9, "PERSON"))])
    out = replacer.batch(second, [_whole(second)], [_found((0, 9, "PERSON"), (14, 23, "PERSON"))])
    assert out == "[PERSON_2] and [PERSON_1] replied.\n"
    assert [(c.start, c.line, c.column) for c in replacer.result.changes] == [
        (0, 1, 1), (17, 2, 1), (31, 2, 15)]


def test_link_scope_record_numbers_each_batch_on_its_own():
    policy = Policy(link_scope="record")
    replacer = _replacer(policy)
    first, second = "Tom Reyes wrote.\n", "Anna Berg wrote.\n"
    replacer.batch(first, [_whole(first)], [_found((0, 9, "PERSON"))])
    assert replacer.batch(second, [_whole(second)], [_found((0, 9, "PERSON"))]) == \
        "[PERSON_1] wrote.\n"


def test_what_the_policy_keeps_is_not_replaced():
    policy = Policy(operators={"EMAIL": "keep", "DATE_TIME": "keep"})
    replacer = _replacer(policy)
    out = replacer.batch(TEXT, [_whole(TEXT)], [_found((0, 9, "PERSON"), (21, 35, "EMAIL"))])
    assert out.startswith("[PERSON_1] wrote from anna@mail.test.")
    assert [c.category for c in replacer.result.changes] == ["PERSON"]


def test_the_file_name_links_with_the_text_and_is_replaced_in_the_path():
    name = SegmentResult("en", [Finding(0, 9, "PERSON", "PERSON", 0.9, "test")], False)
    replacer = _replacer(rel="anna_berg-notes.txt", name_result=name)
    out = replacer.batch(TEXT, [_whole(TEXT)], [_found((43, 52, "PERSON"))])
    assert out == "Anna Berg wrote from anna@mail.test.\nLater [PERSON_1] called.\n"
    replacer.finish([])
    assert (replacer.path("anna_berg-notes.txt"), replacer.result.name_changes) == (
        "[PERSON_1]-notes.txt", 1)


def test_text_ner_did_not_read_is_counted_by_reason():
    replacer = _replacer()
    german, english = "Guten Tag zusammen.\n", "Hello there.\n"
    replacer.batch(german + english, [_whole(german), Segment(english, (Piece(0, 20, 13),))],
                   [SegmentResult("de", [], False), SegmentResult("en", [], False)])
    replacer.finish(["a format warning"])
    assert replacer.result.warnings == [
        "a format warning",
        "20 characters in language 'de' scanned by rules only (no NER model)",
        "13 characters scanned by rules only (NER disabled)"]
    assert (replacer.result.unscanned_ner_chars, replacer.result.status) == (33, "clean")


def test_a_rule_timeout_is_the_files_error_with_its_line():
    replacer = _replacer()
    text = "one\ntwo\nthree\n"
    segments = [Segment("three", (Piece(0, 8, 5),))]
    with pytest.raises(FileError, match="^line 3: rule 'x' timed out$"):
        replacer.batch(text, segments, [SegmentResult("en", [], True, "rule 'x' timed out")])


def test_a_span_across_a_quote_prefix_is_one_change_per_line():
    text = "> Maria\n> Lopez said hi\n"
    seg = Segment("Maria Lopez said hi", (Piece(0, 2, 5), Piece(5, 7, 1), Piece(6, 10, 13)))
    parts = encode_span(FORMATS["text"], text, seg, Finding(0, 11, "PERSON", "PERSON", 1, "t"),
                        "[PERSON_1]")
    assert parts == [(2, 7, "[PERSON_1]"), (10, 15, "")]
    assert apply_changes(text, parts) == "> [PERSON_1]\n>  said hi\n"


def test_a_name_that_is_all_replaced_becomes_redacted():
    assert redacted_name("a/Anna Berg.txt", [(2, 11, "")]) == "a/redacted.txt"
    assert redacted_name("Anna Berg/x.txt", [(0, 9, "")]) == "redacted/x.txt"


def test_a_name_across_folders_is_replaced_in_each():
    assert redacted_name("x/Anna/Berg.txt", [(2, 11, "[P]")]) == "x/[P]/[P].txt"
    assert redacted_name("Anna Berg.zip!/Anna Berg/a.txt", [(0, 9, "[P]"), (15, 24, "[P]")]) \
        == "[P].zip!/[P]/a.txt"
    assert redacted_name("-", [(0, 1, "x")]) == "-"
    assert redacted_name("notes.txt", []) == "notes.txt"


def test_segment_kinds_say_who_reads_them():
    assert SegmentKind.CODE.rules_only and not SegmentKind.PROSE.rules_only
    assert SegmentKind.FILENAME.names_a_file and SegmentKind.ATTACHMENT.names_a_file
    assert not SegmentKind.SPEAKER.ner_expected and SegmentKind.TITLE.ner_expected
    assert SegmentKind("speaker") is SegmentKind.SPEAKER


def test_a_scope_forgets_fingerprints_past_its_memo_and_makes_the_same_again(monkeypatch):
    monkeypatch.setattr("redact.run.replace._FINGERPRINTS", 2)
    scope = Scope.new(Policy(), KEY)
    first = [scope.fingerprint(KEY, "EMAIL", f"a{i}@mail.test", "en") for i in range(5)]
    assert len(scope.fingerprints) <= 2
    assert [scope.fingerprint(KEY, "EMAIL", f"a{i}@mail.test", "en") for i in range(5)] == first
    assert len(set(first)) == 5
