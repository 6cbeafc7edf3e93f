"""``redact eval``: metric arithmetic, the three gold loaders, the public-figure switch, and
one end-to-end run on transcripts-dev."""

from __future__ import annotations

import json

import pytest

from conftest import DEV, needs_shared, run_cli
from redact.evaluate import Counts, EvalResult, run_redact, score
from redact.gold import (Dataset, Doc, Span, guess_gold_format, load_dataset, load_ours,
                         load_spans_jsonl)
from redact.errors import UsageError

# -- metrics ---------------------------------------------------------------------------------

GOLD = [Span(0, 5, "PERSON"), Span(10, 20, "EMAIL"), Span(40, 50, "LOCATION")]
FINDINGS = [
    Span(0, 5, "PERSON"),  # exact
    Span(12, 20, "EMAIL"),  # overlap only
    Span(40, 45, "ORGANIZATION"),  # overlaps the LOCATION: right for precision, not a recall
    Span(30, 35, "PERSON"),  # false positive
    Span(60, 70, "DATE_TIME"),  # never counted in precision
    Span(80, 85, "PERSON"),  # overlaps only a left-out span: not counted
]
IGNORED = [Span(80, 90, "TITLE")]
CHANGES = [(0, 5), (10, 12), (12, 20), (40, 45), (30, 35), (80, 85)]  # two touching parts cover EMAIL


def test_counts_per_category():
    counts = score(GOLD, FINDINGS, CHANGES, IGNORED)
    assert counts["PERSON"] == Counts(gold=1, gold_exact=1, gold_overlap=1, gold_protected=1,
                                      found=2, found_exact=1, found_overlap=1, not_counted=1)
    assert counts["EMAIL"] == Counts(gold=1, gold_exact=0, gold_overlap=1, gold_protected=1,
                                     found=1, found_exact=0, found_overlap=1)
    assert counts["LOCATION"] == Counts(gold=1)
    assert counts["ORGANIZATION"] == Counts(found=1, found_overlap=1)
    assert counts["DATE_TIME"] == Counts(not_counted=1)
    person = counts["PERSON"].metrics()
    assert person["precision_exact"] == 0.5 and person["recall_exact"] == 1.0
    assert person["f1_exact"] == pytest.approx(2 / 3)
    org = counts["ORGANIZATION"].metrics()
    assert org["precision_overlap"] == 1.0 and org["recall_overlap"] is None and org["f1_overlap"] is None
    assert counts["LOCATION"].metrics()["protected_recall"] == 0.0


def test_overall_is_all_labels_together():
    doc = Doc("1", "0001.txt", "x" * 100, gold=GOLD, ignored=IGNORED)
    result = EvalResult("d", "spans-jsonl", "redact")
    result.add_document(doc, FINDINGS, CHANGES)
    o = result.overall
    assert (o.gold, o.gold_exact, o.gold_overlap, o.gold_protected) == (3, 1, 2, 2)
    assert (o.found, o.found_exact, o.found_overlap, o.not_counted) == (4, 1, 3, 2)
    m = o.metrics()
    assert m["precision_overlap"] == 0.75
    assert m["recall_overlap"] == pytest.approx(2 / 3)
    assert m["f1_overlap"] == pytest.approx(12 / 17)
    assert m["precision_exact"] == 0.25 and m["recall_exact"] == pytest.approx(1 / 3)
    assert m["f1_exact"] == pytest.approx(2 / 7)
    assert m["protected_recall"] == pytest.approx(2 / 3)
    data = result.to_dict()
    assert data["overall"]["gold"] == 3 and data["categories"]["PERSON"]["found"] == 2
    assert list(data["categories"])[:3] == ["PERSON", "EMAIL", "LOCATION"]  # category order


def test_empty_and_zero_metrics():
    assert set(Counts().metrics().values()) == {None}
    m = score([Span(0, 4, "EMAIL")], [Span(10, 12, "PHONE")])
    assert m["EMAIL"].metrics()["recall_overlap"] == 0.0
    assert m["PHONE"].metrics()["precision_overlap"] == 0.0
    total = Counts()
    for c in m.values():
        total.add(c)
    assert total.metrics()["f1_overlap"] == 0.0  # p = r = 0


def test_protected_needs_every_character_and_any_category_counts():
    gold = [Span(0, 10, "PERSON")]
    assert score(gold, [Span(0, 10, "ORGANIZATION")])["PERSON"].gold_protected == 1
    assert score(gold, [], [(0, 4), (5, 10)])["PERSON"].gold_protected == 0  # a gap
    assert score(gold, [], [(0, 4), (4, 10)])["PERSON"].gold_protected == 1  # touching


# -- loaders ---------------------------------------------------------------------------------

def test_ours_loader(tmp_path):
    (tmp_path / "a.txt").write_text("Hi Anna Lopez, mail anna@x.org\n", encoding="utf-8")
    (tmp_path / "b.md").write_bytes("Звони Ивану\r\n".encode())
    rows = [
        {"file": "a.txt", "start": 3, "end": 13, "label": "PERSON", "text": "Anna Lopez"},
        {"file": "a.txt", "start": 3, "end": 13, "label": "PERSON", "text": "Anna Lopez"},  # twice
        {"file": "a.txt", "start": 20, "end": 30, "label": "EMAIL", "text": "anna@x.org"},
        {"file": "b.md", "start": 6, "end": 11, "label": "PERSON", "text": "Ивану"},
        {"file": "b.md", "start": 0, "end": 5, "label": "MOOD", "text": "Звони"},
        {"file": "a.txt", "start": 0, "end": 2, "label": "PERSON", "text": "Yo"},  # wrong text
    ]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    (tmp_path / "notpii.jsonl").write_text(json.dumps(
        {"file": "a.txt", "start": 0, "end": 2, "label": "NOT_PII", "text": "Hi"}))
    ds = load_ours(tmp_path)
    assert ds.gold_format == "ours" and ds.format is None and ds.has_notpii
    assert [d.name for d in ds.docs] == ["a.txt", "b.md"]  # gold and notpii are not documents
    a, b = ds.docs
    assert a.gold == [Span(0, 2, "PERSON"), Span(3, 13, "PERSON"), Span(20, 30, "EMAIL")]
    assert a.notpii == [Span(0, 2, "NOT_PII")] and a.path == tmp_path / "a.txt"
    assert b.text == "Звони Ивану\r\n" and b.gold == [Span(6, 11, "PERSON")]
    assert b.ignored == [Span(0, 5, "MOOD")] and ds.left_out == {"MOOD": 1}
    assert any("unknown label 'MOOD'" in w for w in ds.warnings)
    assert any("does not hold its gold text" in w for w in ds.warnings)


def test_presidio_research_loader(tmp_path):
    text = "Dr. Jane Roe lives at 12 Elm St, Springfield 62704. Call 555-0100."
    samples = [{"full_text": text, "masked": "...", "template_id": 1, "spans": [
        {"entity_type": "TITLE", "entity_value": "Dr.", "start_position": 0, "end_position": 3},
        {"entity_type": "PERSON", "entity_value": "Jane Roe", "start_position": 4, "end_position": 12},
        {"entity_type": "STREET_ADDRESS", "entity_value": "12 Elm St", "start_position": 22, "end_position": 31},
        {"entity_type": "GPE", "entity_value": "Springfield", "start_position": 33, "end_position": 44},
        {"entity_type": "ZIP_CODE", "entity_value": "62704", "start_position": 45, "end_position": 50},
        {"entity_type": "PHONE_NUMBER", "entity_value": "555-0100", "start_position": 57, "end_position": 65},
    ]}, {"full_text": "nothing here", "spans": []}]
    path = tmp_path / "synth.json"
    path.write_text(json.dumps(samples))
    ds = load_dataset(path)  # .json: presidio-research
    assert ds.gold_format == "presidio-research" and ds.format == "text"
    assert [d.name for d in ds.docs] == ["0001.txt", "0002.txt"]  # neutral file names
    doc = ds.docs[0]
    assert doc.gold == [Span(4, 12, "PERSON"), Span(22, 31, "ADDRESS"), Span(33, 44, "LOCATION"),
                        Span(45, 50, "ADDRESS"), Span(57, 65, "PHONE")]
    assert doc.ignored == [Span(0, 3, "TITLE")] and ds.left_out == {"TITLE": 1}
    assert ds.warnings == []


def test_spans_jsonl_loader(tmp_path):
    text = "Мэр Москвы Сергей Собянин открыл проект «Моя улица»."
    rows = [{"id": "book_1", "text": text, "spans": [
        {"start": 0, "end": 10, "label": "Org", "text": "Мэр Москвы"},
        {"start": 4, "end": 10, "label": "LocOrg", "text": "Москвы"},
        {"start": 11, "end": 25, "label": "Person", "text": "Сергей Собянин"},
        {"start": 41, "end": 50, "label": "Project", "text": "Моя улица"},
    ]}, {"id": "book_2", "text": "В Казани тепло.", "spans": [
        {"start": 2, "end": 8, "label": "Location", "text": "Казани"}]}]
    path = tmp_path / "devset.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    ds = load_spans_jsonl(path)
    assert ds.format == "text" and [d.id for d in ds.docs] == ["book_1", "book_2"]
    assert ds.docs[0].gold == [Span(0, 10, "ORGANIZATION"), Span(4, 10, "LOCATION"),
                               Span(11, 25, "PERSON")]
    assert ds.docs[0].ignored == [Span(41, 50, "Project")]
    assert ds.docs[1].gold == [Span(2, 8, "LOCATION")]
    assert ds.left_out == {"Project": 1} and ds.warnings == []


def test_guess_gold_format(tmp_path):
    assert guess_gold_format(tmp_path) == "ours"
    assert guess_gold_format(tmp_path / "x.jsonl") == "spans-jsonl"
    assert guess_gold_format(tmp_path / "x.json") == "presidio-research"
    with pytest.raises(UsageError):
        guess_gold_format(tmp_path / "x.csv")
    with pytest.raises(UsageError):
        load_dataset(tmp_path, "conll")


# -- running redact --------------------------------------------------------------------------

def test_run_redact_with_and_without_public_figures():
    text = "Yesterday Albert Einstein wrote to Maria Kowalski about the results."
    doc = lambda: Doc("1", "0001.txt", text, gold=[Span(10, 25, "PERSON"), Span(35, 49, "PERSON")])  # noqa: E731
    on = run_redact(Dataset("t", "spans-jsonl", [doc()], format="text"))
    off = run_redact(Dataset("t", "spans-jsonl", [doc()], format="text"), public_figures=False)
    (_, found_on, _, err_on), (_, found_off, _, err_off) = on[0], off[0]
    assert err_on is None and err_off is None
    assert Span(35, 49, "PERSON") in found_on and Span(35, 49, "PERSON") in found_off
    assert Span(10, 25, "PERSON") not in found_on  # a public figure is kept
    assert Span(10, 25, "PERSON") in found_off


def test_eval_usage_errors(tmp_path):
    assert run_cli("eval", str(tmp_path), "--gold-format", "conll").exit_code == 2
    assert run_cli("eval", str(tmp_path / "missing.json")).exit_code == 2


@needs_shared
def test_eval_on_transcripts_dev(tmp_path):
    out = tmp_path / "eval.json"
    result = run_cli("eval", str(DEV), "--gold-format", "ours", "--json", str(out))
    assert result.exit_code == 0, result.stderr
    assert "all labels" in result.stdout and "EMAIL" in result.stdout
    data = json.loads(out.read_text())
    assert data["schema"] == "redact.eval/1" and data["gold_format"] == "ours"
    assert data["documents"] == len(json.loads((DEV / "manifest.json").read_text())["files"])
    gold = [json.loads(line) for line in (DEV / "gold.jsonl").read_text().splitlines() if line]
    assert data["overall"]["gold"] == len(gold)
    assert sum(c["gold"] for c in data["categories"].values()) == len(gold)
    for key in ("precision_exact", "recall_exact", "f1_exact", "precision_overlap",
                "recall_overlap", "f1_overlap", "protected_recall", "found", "not_counted"):
        assert key in data["overall"] and key in data["categories"]["PERSON"]
    assert data["categories"]["EMAIL"]["protected_recall"] == 1.0
    assert data["notpii"]["spans"] == len((DEV / "notpii.jsonl").read_text().splitlines())
    assert data["errors"] == [] and data["warnings"] == []
    text = out.read_text()
    assert all(g["text"] not in text for g in gold if len(g["text"]) > 6)  # counts only, no values
