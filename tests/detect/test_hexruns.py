"""Text written out as hex, read through the decoded view: an SMS body's UTF-16 code units
(big- and little-endian, back to back or in groups), UTF-8 bytes as a hex dump, a
``bytes.hex()`` or a C array writes them, a bytea column as PostgreSQL prints it ("\\x" and
the bytes), code points as U+XXXX, UTF-8 in binary; each character traced to
its own digits; hex that spells no words (hashes, MACs, UUIDs, colours, addresses, numbers)
left as written; and, with the real models, the exact output and spans found."""

from __future__ import annotations

import pytest
from viewed import decoded

import redact
from redact.detect.hexruns import bytea_runs, hex_runs
from redact.detect.view import view


@pytest.mark.parametrize(("text", "read"), [
    # UCS-2 as an SMS PDU or a bulk SMS report writes it, upper or lower case
    ("the report shows 004F006300E90061006E00650020004D006100630065",
     "the report shows Océane Mace"),
    ("body=04120430043b0435043d04420438043d", "body=Валентин"),
    ("units 0418 0432 0430 043D", "units Иван"),
    ("le 1804320430043D04 end", "le Иван end"),  # little-endian, as Windows writes UTF-16
    # UTF-8 bytes: a hex dump (two spaces between its halves), bytes.hex(), xxd, a C array
    ("dump: d0 98 d0 b2 d0 b0 d0 bd  20 d0 9f d0 b5 d1 82 d1 80 d0 be d0 b2", "dump: Иван Петров"),
    ("hex d098d0b2d0b0d0bd.", "hex Иван."),
    ("xxd: 4ac3 a46e 7473 6368", "xxd: Jäntsch"),
    ("{0xd0, 0x98, 0xd0, 0xb2, 0xd0, 0xb0, 0xd0, 0xbd}", "{Иван}"),
    ("hex 4a6f686e20536d697468 ok", "hex John Smith ok"),
    # code points as Unicode writes them
    ("U+0416 U+0435 U+043D U+044F", "Женя"),
    # a bytea column as psql prints it, its backslash doubled in a JSON or SQL string
    ("fio = \\xd098d0b2d0b0d0bd20d09fd0b5d182d180d0bed0b2 |", "fio = Иван Петров |"),
    ('"owner": "\\\\x5a6fc3ab20486172746c6579"', '"owner": "Zoë Hartley"'),
    ("row \\x4E676F7A692041646579656D69", "row Ngozi Adeyemi"),
    # SQL Server's binary value behind its "0x": the UTF-16LE of an nvarchar column, read
    # with the call that converts it (redact.detect.sql_hex)
    ("CAST(name AS varbinary(200)) gave 0x4100720069006100200042006C0061006E006300, ok",
     "CAST(name AS varbinary(200)) gave Aria Blanc, ok"),
    ("CONVERT(nvarchar(50), 0x41006E006E006100200053006D00690074006800)", "Anna Smith"),
    ("FIO = 0x1D0430043404350436043404300420001A043004370430043A043E0432043004", "FIO = Надежда Казакова"),
    # bytes apart by dashes (.NET's BitConverter.ToString) or colons (Wireshark, OpenSSL)
    ("BitConverter gave 4A-00-6F-00-68-00-6E-00-20-00-4C-00-65-00-65-00 ok", "BitConverter gave John Lee ok"),
    ("bytes d0:98:d0:b2:d0:b0:d0:bd:20:d0:9f:d0:b5:d1:82:d1:80:d0:be:d0:b2", "bytes Иван Петров"),
    # UTF-8 in binary, eight bits a byte, apart or back to back
    ("bin: 01001110 01100111 01101111 01111010 01101001 00100000 01001111 01101011 01100101", "bin: Ngozi Oke"),
    ("bits 1101000010011000110100001011001011010000101100001101000010111101", "bits Иван"),
])
def test_hex_that_spells_words_is_read_as_them(text, read):
    assert view(text).text == read


def test_each_character_maps_back_to_its_own_digits():
    text = "sms 0418044F0020041E0440043B043E04320430!"
    assert view(text).text == "sms Ия Орлова!"
    assert decoded(text, "Ия") == "0418044F"
    assert decoded(text, "Орлова") == "041E0440043B043E04320430"
    dump = "d0 98 d0 b2 d0 b0 d0 bd"
    assert decoded(dump, "в") == "d0 b2 "  # its bytes, and the space after them
    assert decoded(dump, "Иван") == dump


@pytest.mark.parametrize("kept", [
    "md5 d41d8cd98f00b204e9800998ecf8427e",                    # a hash
    "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "mac 00:1A:2B:3C:4D:5E and 00-1a-2b-3c-4d-5e",              # a MAC
    "id 550e8400-e29b-41d4-a716-446655440000",                # a UUID
    "colour #00FF00, rgba 00FF00FF",                          # colours
    "pointer 0x7ffd5e8c and 0x00007ffd5e8c0010",              # memory addresses
    "IBAN DE89 3704 0044 0532 0130 00",                       # an IBAN grouped by four
    "card 4111 1111 1111 1111, order 0041004200430044",       # numbers: digits alone
    "deadbeef cafe babe and dead beef face",                  # words of hex letters
    "commit 4f3c2a1b, build 0a1b2c3d4e5f",                    # short hashes
    "md5 0x5F4DCC3B5AA765D61D8327DEB882CF99, 0x0000000000000000",  # a hash and a zero behind "0x"
    "ssh fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8",  # a key's bytes by colons
    "eui 00:1a:2b:ff:fe:3c:4d:5e, 00-1A-2B-FF-FE-3C-4D-5E-00-11",  # addresses by colons, dashes
    "mixed 4A6f686E20536D697468",                             # no program mixes cases
    "path /srv/d098d0b2d0b0d0bd/x and key=ab:d098d0b2d0b0d0bd",  # part of a path or a value
    "U+0041 U+0000 and U+FFFF U+FFFE",                        # code points spelling no words
    "bytes e4 b8 ad e6 96 87 e5 90 8d",                       # words, but of no names' script
    "flags 00000001 00000010 00000011 and 11111111 00000000",  # bits of no words
])
def test_hex_that_spells_no_words_stays(kept):
    assert view(kept).text == kept and not list(hex_runs(kept))


@pytest.mark.parametrize("kept", [
    "png \\x89504e470d0a1a0a0000000d49484452",  # an image's bytes
    "md5 \\xd41d8cd98f00b204e9800998ecf8427e",  # a hash's
    "caf\\xe9 and \\xe9t\\xe9",  # escapes of one byte each
    "\\xd098d0b2d0b0d0bdz",  # glued to a letter no hex digit
])
def test_a_bytea_of_no_words_is_no_bytea_run(kept):
    assert not list(bytea_runs(kept))


@pytest.fixture(scope="module")
def redactor() -> redact.Redactor:
    return redact.Redactor(key="hexruns-test-key-0123456789")


@pytest.mark.parametrize(("text", "scrubbed", "found"), [
    ("the bulk SMS report shows 004F006300E90061006E00650020004D006100630065",
     "the bulk SMS report shows [PERSON_1]",
     [("004F006300E90061006E00650020004D006100630065", "PERSON")]),
    ("отчёт по рассылке показывает 04160430043D043D04300020041D043E0441043A043E04320430",
     "отчёт по рассылке показывает [PERSON_1]",
     [("04160430043D043D04300020041D043E0441043A043E04320430", "PERSON")]),
    ("the hexdump of the contact field: d0 98 d0 b2 d0 b0 d0 bd 20 d0 9f d0 b5 d1 82 d1 80 d0 be d0 b2",
     "the hexdump of the contact field: [PERSON_1]",
     [("d0 98 d0 b2 d0 b0 d0 bd 20 d0 9f d0 b5 d1 82 d1 80 d0 be d0 b2", "PERSON")]),
    ("SSMS showed the customer column as 0x4D006100740074006800E4007500730020004A0075006E0063006B0065006E00",
     "SSMS showed the customer column as [PERSON_1]",
     [("0x4D006100740074006800E4007500730020004A0075006E0063006B0065006E00", "PERSON")]),
    ("psql вывел колонку fio как \\xd098d0b2d0b0d0bd20d09fd0b5d182d180d0bed0b2",
     "psql вывел колонку fio как [PERSON_1]",
     [("\\xd098d0b2d0b0d0bd20d09fd0b5d182d180d0bed0b2", "PERSON")]),
])
def test_a_name_in_hex_is_scrubbed_whole(redactor, text, scrubbed, found):
    assert redactor.scrub_text(text).text == scrubbed
    assert [(text[f.start:f.end], f.category) for f in redactor.find(text)] == found


def test_hex_of_no_one_stays_as_written(redactor):
    text = ("the sha is d41d8cd98f00b204e9800998ecf8427e, the MAC 00:1A:2B:3C:4D:5E is known, "
            "colour #00FF00, pointer 0x7ffd5e8c, uuid 550e8400-e29b-41d4-a716-446655440000")
    assert redactor.scrub_text(text).text == text.replace("00:1A:2B:3C:4D:5E", "[MAC_ADDRESS_1]")
