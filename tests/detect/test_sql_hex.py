"""SQL's hex literals read with the calls that decode them (redact.detect.sql_hex): the view
reads the whole expression as the text it spells, a name found there covers the call, and a
hash, a key or a pointer written the same way stays as written."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.view import view

ROSINA = "526F73696E612044C3B6686E"  # "Rosina Döhn" in UTF-8


@pytest.mark.parametrize(("text", "read", "call"), [
    (f"name = CONVERT(X'{ROSINA}' USING utf8mb4)", "name = Rosina Döhn",
     f"CONVERT(X'{ROSINA}' USING utf8mb4)"),
    (f"SELECT CAST(x'{ROSINA}' AS CHAR(50) CHARACTER SET utf8mb4);", "SELECT Rosina Döhn;",
     f"CAST(x'{ROSINA}' AS CHAR(50) CHARACTER SET utf8mb4)"),
    (f"SELECT UNHEX('{ROSINA}'), id", "SELECT Rosina Döhn, id", f"UNHEX('{ROSINA}')"),
    (f"SELECT convert_from(decode('{ROSINA.lower()}', 'hex'), 'UTF8');", "SELECT Rosina Döhn;",
     f"convert_from(decode('{ROSINA.lower()}', 'hex'), 'UTF8')"),
    (f"SELECT convert_from('\\x{ROSINA.lower()}'::bytea, 'UTF8');", "SELECT Rosina Döhn;",
     f"convert_from('\\x{ROSINA.lower()}'::bytea, 'UTF8')"),
    (f"SELECT UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('{ROSINA}')) FROM dual", "SELECT Rosina Döhn FROM dual",
     f"UTL_RAW.CAST_TO_VARCHAR2(HEXTORAW('{ROSINA}'))"),
    ("SELECT CONVERT(NVARCHAR(100), 0x41006E006E00610020004C006900);", "SELECT Anna Li;",
     "CONVERT(NVARCHAR(100), 0x41006E006E00610020004C006900)"),
    (f"WHERE name = _utf8mb4 X'{ROSINA}' AND", "WHERE name = Rosina Döhn AND", f"_utf8mb4 X'{ROSINA}'"),
    (f"WHERE name = X'{ROSINA}';", "WHERE name = Rosina Döhn;", f"X'{ROSINA}'"),
])
def test_a_hex_literal_reads_as_its_text_with_its_call(text, read, call):
    assert view(text).text == read
    assert decoded(text, "Rosina Döhn" if "Rosina" in read else "Anna Li") == call


@pytest.mark.parametrize("kept", [
    "WHERE sha = X'd41d8cd98f00b204e9800998ecf8427e'",
    "SELECT CAST(0xDEADBEEF AS CHAR), UNHEX('DEADBEEF')",
    "SELECT CONVERT(X'0a0b0c0d0e' USING utf8mb4)",
    "colour #FFAA00 and the id X'550e8400e29b41d4a716446655440000'",
    "it's '526F7361' in a plain string, no decoder",
])
def test_a_hex_literal_of_no_text_stays(kept):
    assert view(kept).text == kept


@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key="sql-hex-test-key-0123456789")


@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    (f"the shop's MySQL log had name = CONVERT(X'{ROSINA}' USING utf8mb4)",
     "the shop's MySQL log had name = [PERSON_1]",
     [(f"CONVERT(X'{ROSINA}' USING utf8mb4)", "PERSON")]),
    ("в логе MySQL было aluno = CONVERT(X'D09AD0B8D180D0B020D0A0D0BED0B6D0BAD0BED0B2D0B0' USING utf8mb4)",
     "в логе MySQL было aluno = [PERSON_1]",
     [("CONVERT(X'D09AD0B8D180D0B020D0A0D0BED0B6D0BAD0BED0B2D0B0' USING utf8mb4)", "PERSON")]),
])
def test_a_name_in_a_sql_call_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(text[f.start:f.end], f.category) for f in redactor.find(text)] == found


def test_hex_of_no_one_in_sql_stays_as_written(redactor):
    text = ("UPDATE t SET token = X'd41d8cd98f00b204e9800998ecf8427e', flags = 0xDEADBEEF, "
            "colour = '#FFAA00' WHERE id = UNHEX('0a0b0c0d0e0f')")
    assert redactor.scrub_text(text).text == text
