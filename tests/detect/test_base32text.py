"""Text written out as base32, read through the decoded view (redact.detect.base32text): upper
or lower case, with or without padding, each character traced to its group of eight; words,
ids, order numbers and random secrets left as written; and, with the real models, the exact
output."""

from __future__ import annotations

import pytest
from viewed import decoded

from redact.detect.base32text import base32_runs
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    ("the sync field holds KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE===", "the sync field holds Stanislaw Jüttner"),
    ("backup has name=2CMNBM6QX3IYBUMMEDIK5UFU2C4NBPI=", "backup has name=Игорь Юдин"),
    ("поле гостя JJSWC3TONFXGKICIMVZHNQ5J.", "поле гостя Jeannine Hervé."),  # no padding
    ("label mfxgcltmnfagk6dbnvygyzjoojxq", "label ana.li@example.ro"),  # lower case, an address
])
def test_base32_that_spells_a_name_or_an_address_is_read_as_it(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_its_group_of_eight_and_the_padding_to_the_last():
    text = "holds KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE=== now"
    assert decoded(text, "Stani") == "KN2GC3TJ"
    assert decoded(text, "Stanislaw Jüttner") == "KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE==="


@pytest.mark.parametrize("kept", [
    "ABCDEFGHIJKLMNOP and ORDER2024051722 and THEQUICKBROWNFOX",  # words and ids
    "totp secret JBSWY3DPEHPK3PXP and 7QKRZ4MVXL3YT2AB",           # random bytes
    "MFRGGZDFMZTWQ2LK",                                            # lowercase letters, no name
    "internationalization and responsibilities",                   # words of prose
    "NBSWY3DPEB3W64TMMQ======",                                    # "hello world": no name
    "KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE=",                              # padding of no length
    "Ab2KN2GC3TJONWGC5ZAJLB3Y5DUNZSXE",                           # glued to other letters
])
def test_base32_that_spells_no_name_stays(kept):
    assert view(kept).text == kept and not list(base32_runs(kept))


def test_a_name_in_base32_is_scrubbed_whole(redactor):
    text = "the QR export on the laundry tag has name=2CMNBM6QX3IYBUMMEDIK5UFU2C4NBPI= today"
    assert redactor.scrub_text(text).text == "the QR export on the laundry tag has name=[PERSON_1] today"
