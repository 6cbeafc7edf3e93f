"""Handles of chat and game networks after their name (Discord and Battle.net tags, Skype's
"live:" ids, WeChat's "wxid_", mixed-case gamertags), Matrix ids, Reddit's "u/NAME", the
users of the GitHub CLI's and registry tools' repo arguments and of URLs written as a
person's names; IPv6 with its zone and IPv4-mapped in hex, IBANs grouped any way after the
word, MACs with no separator after theirs; and what only looks like them left alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("add me: rook#4412", "add me: [USERNAME_1]"),
    ("my discord is rook#4412", "my discord is [USERNAME_1]"),
    ("battle.net: Frost#21547", "battle.net: [USERNAME_1]"),
    ("skype: live:maya.w_1", "skype: [USERNAME_1]"),
    ("WeChat ID: wxid_a1b2c3d4e5", "WeChat ID: [USERNAME_1]"),
    ("my wechat is zhang_wei88", "my wechat is [USERNAME_1]"),
    ("steam: DarkMoth77 add me", "steam: [USERNAME_1] add me"),
    ("my PSN is frost_bite-9", "my PSN is [USERNAME_1]"),
    ("snapchat: sunny_day22", "snapchat: [USERNAME_1]"),
    ("ping me at @kat:matrix.org", "ping me at [USERNAME_1]"),
    ("as u/throwaway_4471 said on reddit", "as [USERNAME_1] said on reddit"),
    ("got this error running gh repo clone swebb/budget-app", "got this error running gh repo clone [USERNAME_1]/budget-app"),
    ("mate, what does crane ls rgalvan/recipes give you", "mate, what does crane ls [USERNAME_1]/recipes give you"),
    ("mongodb://maria.lopez@10.0.0.5/admin", "mongodb://[USERNAME_1]@[IP_ADDRESS_1]/admin"),
])
def test_handles_are_replaced(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize(("text", "scrubbed"), [
    ("global 2a00:1450:4001:82a::200e%en0 right", "global [IP_ADDRESS_1] right"),
    ("my ip is ::ffff:5102:45a0", "my ip is [IP_ADDRESS_1]"),
    ("IBAN: DE 89 3704 0044 0532 0130 00", "IBAN: [IBAN_1]"),
    ("iban de89.3704.0044.0532.0130.00", "iban [IBAN_1]"),
    ("IBAN GB29 NWBK 601613 31926819", "IBAN [IBAN_1]"),
    ("IBAN: NL91 ABNA 041 716 4300", "IBAN: [IBAN_1]"),
    ("MAC 001a2b3c4d5e", "MAC [MAC_ADDRESS_1]"),
    ("the mac is 3C22FB9A01C4", "the mac is [MAC_ADDRESS_1]"),
])
def test_direct_ids_are_replaced(redactor, text, scrubbed):
    assert redactor.scrub_text(text).text == scrubbed


@pytest.mark.parametrize("text", [
    "link local fe80::1ff:fe23:4567:890a%eth0",
    "postgres://app_ro:pw@db.internal/x",
    "redis://default:pw@cache:6379",
    "amqp://guest:guest@rabbit:5672/",
    "see PR#1234 on discord",
    "cd /u/data and run it",
    "the speed is 5 u/s",
    "my discord status is idle",
    "my signal is weak today",
    "the steam sale starts",
    "the IBAN field is 34 chars max",
    "hash abcdef123456 of the commit",
    "my Xbox shows up as offline",
])
def test_look_alikes_stay(redactor, text):
    assert redactor.scrub_text(text).text == text
