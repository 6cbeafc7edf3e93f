"""A JSON string's own escapes where no parser read them (a JSON line pasted into a chat):
its quotes, line breaks and tabs read as themselves, once or twice escaped; backslashes in
text that shows no JSON member, TeX's umlauts and escaped backslashes left as written."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.json_escapes import json_escapes
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ('{"msg": "logs \\"Lena Fischer\\" as the caller\\nBerlin\\tok"}',
     '{"msg": "logs "Lena Fischer" as the caller\nBerlin\tok"}'),
    ('payload {\\"name\\": \\"Lena Fischer\\"}', 'payload {"name": "Lena Fischer"}'),
    # with the other stages: a Lua string's decimal bytes inside the JSON string
    ('{"msg": "logs \\"\\\\195\\\\137mile Paul\\" here"}', '{"msg": "logs "Émile Paul" here"}'),
    # an escaped backslash stays one; TeX's umlauts in a JSON string are TeX's
    ('{"path": "C:\\\\new", "bib": "J{\\"a}ntsch and \\"{O}zil"}',
     '{"path": "C:\\\\new", "bib": "Jäntsch and Özil"}'),
])
def test_a_json_strings_escapes_read_as_what_they_escape(text, read):
    assert view(text).text == read


def test_an_escape_maps_back_to_its_backslashes():
    text = '{"msg": "said \\\\\\"Lena\\\\\\" twice"}'
    assert view(text).text == '{"msg": "said "Lena" twice"}'
    assert decoded(text, '"Lena"') == '\\\\\\"Lena\\\\\\"'


@pytest.mark.parametrize("kept", [
    'no member here: \\n and \\"x\\"',            # no JSON member
    'say \\"a thing\\" and C:\\new\\table',
    '{"re": "\\\\d+\\\\n"}',                      # escaped backslashes
])
def test_backslashes_outside_json_strings_stay(kept):
    assert not list(json_escapes(kept))
