"""CSV and TSV: cells found in the raw text; quoting, doubled quotes and breaks kept."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import run_cli

from redact.errors import FileError
from redact.formats.csv_table import CsvFormat

TABLE = (
    'id,speaker,message,ticket\r\n'
    '1,Jenna Morales,"Hi, I\'m Jenna. Error ""TLS failed""\r\nsince Monday",INC-1\r\n'
    '2,helpdesk-bot,Ticket created for Jenna,INC-1\r\n'
    '3,Kevin Doyle,"Call me on (415) 555-0132, ext. 214",INC-2\r\n'
)


def _scrub(tmp_path, name: str, text: str, *args: str):
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / name).write_bytes(text.encode())
    report = tmp_path / "report.json"
    result = run_cli("scrub", str(src), "-o", str(tmp_path / "out"), "--report", str(report), "-q", *args)
    return result, json.loads(report.read_text())["files"][0]


def test_cells_are_segments_with_their_quoting():
    doc = CsvFormat().parse(TABLE)
    assert [(s.kind, s.field_path, s.text) for s in doc.segments] == [
        ("speaker", "speaker", "Jenna Morales"),
        ("prose", "message", 'Hi, I\'m Jenna. Error "TLS failed"\r\nsince Monday'),
        ("speaker", "speaker", "helpdesk-bot"),
        ("prose", "message", "Ticket created for Jenna"),
        ("speaker", "speaker", "Kevin Doyle"),
        ("prose", "message", "Call me on (415) 555-0132, ext. 214"),
    ]
    quoted = doc.segments[1]
    assert quoted.style == "csv-quoted"
    tls = quoted.text.index('"TLS')
    assert TABLE[quoted.file_offset(tls):quoted.file_offset(tls + 1, end=True)] == '""'


def test_scrubbed_table_keeps_rows_columns_and_quoting(tmp_path):
    result, entry = _scrub(tmp_path, "helpdesk.csv", TABLE)
    assert result.exit_code == 0, result.stderr
    out = (tmp_path / "out" / "helpdesk.csv").read_bytes().decode()
    assert out == (
        'id,speaker,message,ticket\r\n'
        '1,[PERSON_1],"Hi, I\'m [PERSON_1]. Error ""TLS failed""\r\nsince Monday",INC-1\r\n'
        '2,helpdesk-bot,Ticket created for [PERSON_1],INC-1\r\n'
        '3,[PERSON_2],"Call me on [PHONE_1]",INC-2\r\n')
    rows = lambda t: list(csv.reader(io.StringIO(t, newline="")))  # noqa: E731
    assert [len(r) for r in rows(out)] == [len(r) for r in rows(TABLE)]
    assert entry["format"] == "csv"


def test_columns_option_and_tsv(tmp_path):
    text = "who\tnote\tcomment\nanna\tcall Maria Lopez\tMaria Lopez again\n"
    result, entry = _scrub(tmp_path, "log.tsv", text, "--columns", "comment")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "log.tsv").read_text() == (
        "who\tnote\tcomment\nanna\tcall Maria Lopez\t[PERSON_1] again\n")
    result, entry = _scrub(tmp_path, "log.tsv", text, "--columns", "missing")
    assert result.exit_code == 2
    assert entry["error"] == "no column named 'missing' (columns: who, note, comment)"


def test_without_a_known_header_every_column_is_scanned_with_a_warning(tmp_path):
    result, entry = _scrub(tmp_path, "x.csv", "a,b\n1,maria.lopez84@gmail.com\n")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "x.csv").read_text() == "a,b\n1,[EMAIL_1]\n"
    assert any("every column is scanned" in w for w in entry["warnings"])


@pytest.mark.parametrize(("text", "message"), [
    ('a,message\n1,"open\n', "invalid CSV at line 2: unterminated quoted cell"),
    ('a,message\n1,"x"y\n', "invalid CSV at line 2: stray quote in a cell"),
])
def test_bad_quoting_is_an_error_naming_the_line(text, message):
    with pytest.raises(FileError) as err:
        CsvFormat().parse(text)
    assert str(err.value) == message


def test_bare_cell_replacement_never_breaks_the_row():
    seg = CsvFormat().parse("message\nhello\n").segments[0]
    assert CsvFormat().encode('a,"b"\nc', seg) == "a__b__c"
