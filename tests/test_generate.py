"""The generated recall sets (``bench/generate.py``): what ``bench/quality.py`` and ``redact
eval`` read must be right before any figure measured on them means anything."""

from __future__ import annotations

import codecs
import email.header
import hashlib
import json
import os
import quopri
import re
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import faker
import phonenumbers
import pytest

from bench.gen.banks import BANKS, LOOKALIKE_BANKS, leaves
from bench.gen.families import (CONTEXT, CONTEXT_LABELS, ESCAPES, FAMILIES, LOOKALIKE_KINDS, MARK_CHARS,
                                NO_OWN, _shape, address, cued, lookalike, marked, render, strip)
from bench.gen.layouts import FORMATS
from bench.gen.values import Part, Values
from bench.generate import PER_FAMILY, REPLIES, SEEDS, SETS, build, generate
from redact.formats import choose_format
from redact.gold import load_ours
from redact.text_io import decode

REPO = Path(__file__).resolve().parent.parent

# the manifest's format names and the format redact must read each file as
READ_AS = {
    "webvtt-teams": "webvtt", "webvtt-zoom": "webvtt", "srt": "srt", "otter-txt": "otter",
    "chatlog-irc": "chatlog", "chatlog-stamped": "chatlog", "chatlog-plain": "chatlog",
    "plain-txt": "text", "nexus-md-new": "nexus", "openai-jsonl": "openai-jsonl",
    "sharegpt-json": "sharegpt",
}


def _rows(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]


# instances per family and language: the first and third pairs as quality.py writes them,
# the second pair smaller (its checks need no more, and the time is the suite's)
SIZES = {"tune": PER_FAMILY, "check": PER_FAMILY, "tune2": 16, "check2": 16, "tune3": PER_FAMILY,
         "check3": PER_FAMILY, "tune4": PER_FAMILY, "check4": PER_FAMILY, "tune5": PER_FAMILY,
         "check5": PER_FAMILY, "tune6": PER_FAMILY, "check6": PER_FAMILY, "tune7": PER_FAMILY,
         "check7": PER_FAMILY, "tune8": PER_FAMILY, "check8": PER_FAMILY, "tune9": PER_FAMILY,
         "check9": PER_FAMILY, "tune10": PER_FAMILY, "check10": PER_FAMILY, "tune11": PER_FAMILY,
         "check11": PER_FAMILY, "tune12": PER_FAMILY, "check12": PER_FAMILY, "tune13": PER_FAMILY,
         "check13": PER_FAMILY, "tune14": PER_FAMILY, "check14": PER_FAMILY, "tune15": PER_FAMILY,
         "check15": PER_FAMILY, "tune16": PER_FAMILY, "check16": PER_FAMILY,
         "tune17": PER_FAMILY, "check17": PER_FAMILY,
         "tune18": PER_FAMILY, "check18": PER_FAMILY,
         "tune19": PER_FAMILY, "check19": PER_FAMILY,
         "tune20": PER_FAMILY, "check20": PER_FAMILY}
THIRD = ["tune3", "check3"]
FOURTH = [name for name in SETS if name in ("tune4", "check4")]  # their banks in modules of their own
FIFTH = [name for name in SETS if name in ("tune5", "check5")]
SIXTH = [name for name in SETS if name in ("tune6", "check6")]
SEVENTH = [name for name in SETS if name in ("tune7", "check7")]
EIGHTH = [name for name in SETS if name in ("tune8", "check8")]
NINTH = [name for name in SETS if name in ("tune9", "check9")]
TENTH = [name for name in SETS if name.endswith("10")]
ELEVENTH = [name for name in SETS if name.endswith("11")]
TWELFTH = [name for name in SETS if name.endswith("12")]
THIRTEENTH = [name for name in SETS if name.endswith("13")]
FOURTEENTH = [name for name in SETS if name.endswith("14")]
FIFTEENTH = [name for name in SETS if name.endswith("15")]
SIXTEENTH = [name for name in SETS if name.endswith("16")]
SEVENTEENTH = [name for name in SETS if name.endswith("17")]
EIGHTEENTH = [name for name in SETS if name.endswith("18")]
NINETEENTH = [name for name in SETS if name.endswith("19")]
TWENTIETH = [name for name in SETS if name.endswith("20")]
OWN_MODULE = (FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH + TENTH + ELEVENTH
              + TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH
              + EIGHTEENTH + NINETEENTH + TWENTIETH)  # the sets whose own code is in their bank's module


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> dict[str, Path]:
    """Every set at its default seed, the first pair at its default size."""
    out = {}
    for name in SETS:
        out[name] = tmp_path_factory.mktemp(name)
        generate(name, out[name], per_family=SIZES[name], per_lookalike=max(2, SIZES[name] // 4))
    return out


@pytest.mark.parametrize("name", SETS)
def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_values(tmp_path, name):
    for run in ("a", "b"):
        generate(name, tmp_path / run, seed=7, per_family=6, per_lookalike=2)
    generate(name, tmp_path / "c", seed=8, per_family=6, per_lookalike=2)
    a, b, c = (sorted((tmp_path / r).iterdir()) for r in "abc")
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))
    assert (tmp_path / "a" / "gold.jsonl").read_bytes() != (tmp_path / "c" / "gold.jsonl").read_bytes()


@pytest.mark.parametrize("name", OWN_MODULE)
def test_a_set_writes_the_same_bytes_whatever_the_interpreters_hash_seed(tmp_path, name):
    """Faker's lists of some locales come out in an order that changes with the hash seed;
    a set's own layouts must not draw from them."""
    script = ("import sys; from pathlib import Path; from bench.generate import generate; "
              f"generate({name!r}, Path(sys.argv[1]), per_family=12, per_lookalike=2)")
    for run, seed in (("a", "1"), ("b", "2")):
        env = os.environ | {"PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-c", script, str(tmp_path / run)], env=env, check=True)
    a, b = (sorted((tmp_path / r).iterdir()) for r in "ab")
    assert [p.name for p in a] == [p.name for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b))


def test_every_span_holds_its_text_in_the_decoded_file(full):
    for folder in full.values():
        dataset = load_ours(folder)
        assert dataset.warnings == []
        texts = {doc.name: doc.text for doc in dataset.docs}
        for kind in ("gold.jsonl", "notpii.jsonl"):
            for row in _rows(folder, kind):
                assert texts[row["file"]][row["start"]:row["end"]] == row["text"], row
        assert sum(len(d.gold) for d in dataset.docs) == len(_rows(folder, "gold.jsonl"))


def test_every_format_is_written_and_read_by_redact_as_that_format(full):
    for folder in full.values():
        files = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
        assert {f["format"] for f in files} == set(FORMATS)
        for f in files:
            data = (folder / f["file"]).read_bytes()
            fmt, warning = choose_format(decode(data).text, f["file"])
            assert (fmt.name, warning) == (READ_AS[f["format"]], None), f["file"]
            if f["format"].endswith("json"):
                json.loads(data)
            elif f["format"] == "openai-jsonl":
                assert all(json.loads(line)["messages"] for line in data.decode().splitlines())


def test_no_two_sets_share_a_template_or_a_seed():
    for a, b in combinations(SETS, 2):
        for bank in (BANKS, LOOKALIKE_BANKS, REPLIES):
            assert leaves(bank[a]) & leaves(bank[b]) == set(), (a, b)
    assert all(set(BANKS[name]) == set(FAMILIES) for name in SETS)
    assert len(set(SEEDS.values())) == len(SETS) == len(SEEDS)


def _slots(bank: dict) -> dict[tuple, list | dict]:
    """Each family's slots per language (or "any") by (family, slot, language); a set's own
    code (``"own"``) is no slot."""
    return {(family, slot, lang): leaf for family, slots in bank.items()
            for slot, langs in slots.items() if slot != "own" for lang, leaf in langs.items()}


@pytest.mark.parametrize("name", ["tune2", "check2"])
def test_the_second_pair_has_at_least_twice_the_first_pairs_writings_per_slot(name):
    size = lambda leaf: len(leaves({"": leaf}))  # noqa: E731
    first = [_slots(BANKS["tune"]), _slots(BANKS["check"])]
    for path, leaf in _slots(BANKS[name]).items():
        if path in first[0]:
            assert size(leaf) >= 2 * max(size(f[path]) for f in first), path
    for kind, langs in LOOKALIKE_BANKS[name].items():
        for lang, items in langs.items():
            assert len(items) >= 2 * len(LOOKALIKE_BANKS["tune"][kind][lang]), (kind, lang)
    assert all(len(REPLIES[name][lang]) >= 2 * len(REPLIES["tune"][lang]) for lang in REPLIES[name])


@pytest.mark.parametrize("name, earlier", [(name, ("tune2", "check2")) for name in THIRD]
                         + [(name, tuple(THIRD)) for name in FOURTH]
                         + [(name, tuple(FOURTH)) for name in FIFTH]
                         + [(name, tuple(FIFTH)) for name in SIXTH]
                         + [(name, tuple(SIXTH)) for name in SEVENTH]
                         + [(name, tuple(SEVENTH)) for name in EIGHTH]
                         + [(name, tuple(EIGHTH)) for name in NINTH]
                         + [(name, tuple(NINTH)) for name in TENTH]
                         + [(name, tuple(TENTH)) for name in ELEVENTH]
                         + [(name, tuple(ELEVENTH)) for name in TWELFTH]
                         + [(name, tuple(TWELFTH)) for name in THIRTEENTH]
                         + [(name, tuple(THIRTEENTH)) for name in FOURTEENTH]
                         + [(name, tuple(FOURTEENTH)) for name in FIFTEENTH]
                         + [(name, tuple(FIFTEENTH)) for name in SIXTEENTH]
                         + [(name, tuple(SIXTEENTH)) for name in SEVENTEENTH]
                         + [(name, tuple(SEVENTEENTH)) for name in EIGHTEENTH]
                         + [(name, tuple(EIGHTEENTH)) for name in NINETEENTH]
                         + [(name, tuple(NINETEENTH)) for name in TWENTIETH])
def test_a_later_pair_has_at_least_the_earlier_pairs_writings_per_slot(name, earlier):
    size = lambda leaf: len(leaves({"": leaf}))  # noqa: E731
    before = [_slots(BANKS[s]) for s in earlier]
    paths = _slots(BANKS[name])
    for path, leaf in before[0].items():
        if path[1] != "escapes":  # a set's own escapes, each with its carriers
            assert size(paths[path]) >= max(size(s[path]) for s in before), path
    for kind, langs in LOOKALIKE_BANKS[name].items():
        for lang, items in langs.items():
            assert len(items) >= max(len(LOOKALIKE_BANKS[s][kind][lang]) for s in earlier)
    assert all(len(REPLIES[name][lang]) >= len(REPLIES[earlier[0]][lang]) for lang in REPLIES[name])


# how a reader undoes each escape: a mail library, a JSON parser, a quoted-printable decoder,
# and the C-style unquoting of git's paths
UNESCAPE = {"q-header": lambda s: "".join(b.decode() for b, _ in email.header.decode_header(s)),
            "json-u": lambda s: json.loads(f'"{s}"'),
            "qp-body": lambda s: quopri.decodestring(s.encode()).decode(),
            "octal": lambda s: codecs.escape_decode(s)[0].decode()}


def test_each_set_writes_its_own_escapes_and_each_decodes_back_to_the_name():
    escapes = {name: set(BANKS[name][4].get("escapes", {})) for name in SETS}
    own = {name: BANKS[name][4].get("own", NO_OWN) for name in SETS}
    assert all(escapes[name] for name in THIRD + OWN_MODULE)
    assert set().union(*(escapes[name] for name in SETS if name not in OWN_MODULE)) == set(ESCAPES)
    assert all(escapes[name] == set(own[name].escapes) == set(own[name].unescapes) for name in OWN_MODULE)
    assert all(not escapes[a] & escapes[b] for a, b in combinations(SETS, 2))
    writers = [(escape, write, UNESCAPE[escape]) for escape, write in ESCAPES.items()]
    writers += [(escape, write, own[name].unescapes[escape]) for name in OWN_MODULE
                for escape, write in own[name].escapes.items()]
    v = Values(13)
    for locale in ("en_GB", "de_DE", "fr_FR", "ru_RU"):
        for _ in range(10):
            name = " ".join(v.person(locale))
            for escape, write, read in writers:
                assert read(write(name)) == name, (escape, name)
                assert write(name) != name or (escape != "q-header" and name.isascii()), (escape, name)


def test_each_set_writes_its_own_address_layouts():
    layouts = {name: set(BANKS[name][5]["layouts"]["en"] + BANKS[name][5]["layouts"]["ru"])
               for name in SETS}
    assert all(not layouts[a] & layouts[b] for a, b in combinations(SETS, 2))


@pytest.mark.parametrize("name", ["tune2", "check2", *THIRD, *OWN_MODULE])
def test_every_new_address_layout_writes_gold_lines_with_no_line_break_inside(name):
    v = Values(11)
    for lang in ("en", "ru"):
        for layout in BANKS[name][5]["layouts"][lang]:
            bank = BANKS[name][5] | {"layouts": {lang: [layout]}}
            for _ in range(20):
                gold = [p for p in address(v, bank, lang).parts if p.label]
                assert gold and all(p.label == "ADDRESS" and p.text.strip() == p.text and
                                    "\n" not in p.text and "{" not in p.text for p in gold), layout


def test_at_least_the_instances_per_family_per_language_and_every_lookalike_kind(full):
    for name, folder in full.items():
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        lang = {f["file"]: f["lang"] for f in manifest["files"]}
        counts = Counter((r["family"], lang[r["file"]]) for r in _rows(folder, "gold.jsonl"))
        assert min(counts[(family, la)] for family in FAMILIES for la in ("en", "ru")) >= min(40, SIZES[name])
        assert set(manifest["lookalikes"]) == set(LOOKALIKE_KINDS)
        kinds = Counter(r["kind"] for r in _rows(folder, "notpii.jsonl"))
        assert kinds == Counter(manifest["lookalikes"])


def test_lookalikes_never_overlap_gold_and_gold_spans_never_overlap(full):
    for folder in full.values():
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for kind in ("gold.jsonl", "notpii.jsonl"):
            for r in _rows(folder, kind):
                spans.setdefault(r["file"], []).append((r["start"], r["end"], r["label"]))
        for file, found in spans.items():
            found.sort()
            for (_, end, _), (start, _, _) in zip(found, found[1:]):
                assert end <= start, file


def test_every_gold_span_lies_in_a_turn_of_its_family_or_is_a_chat_speaker(full):
    for folder in full.values():
        turns: dict[str, list[dict]] = {}
        for t in _rows(folder, "turns.jsonl"):
            turns.setdefault(t["file"], []).append(t)
        for r in _rows(folder, "gold.jsonl"):
            inside = [t for t in turns[r["file"]] if t["start"] <= r["start"] and r["end"] <= t["end"]]
            if r["family"] == CONTEXT:  # a place or organisation a bank string names, in any turn
                assert len(inside) == 1, r
            elif inside:
                assert [t["family"] for t in inside] == [r["family"]], r
            else:  # a chat log's speaker: a handle at the start of its line
                assert "chatlog" in r["file"] and r["label"] == "USERNAME", r


@pytest.mark.parametrize("name", THIRD + OWN_MODULE)
def test_the_third_and_later_pairs_have_40_instances_per_family_and_language_and_lookalikes_in_both(full, name):
    folder = full[name]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    lang = {f["file"]: f["lang"] for f in manifest["files"]}
    turns = Counter((t["family"], lang[t["file"]]) for t in _rows(folder, "turns.jsonl"))
    gold = Counter((r["family"], lang[r["file"]]) for r in _rows(folder, "gold.jsonl"))
    for family in FAMILIES:
        for la in ("en", "ru"):
            assert turns[(family, la)] >= 40 and gold[(family, la)] >= 40, (family, la)
    looks = Counter((r["kind"], lang[r["file"]]) for r in _rows(folder, "notpii.jsonl"))
    for kind in LOOKALIKE_KINDS:
        for la in ("en", "ru"):
            assert looks[(kind, la)] > 0 or not LOOKALIKE_BANKS[name][kind][la], (kind, la)



def _valid(shape: str, text: str) -> bool:
    """The checks a reader of each of the third pair's checksummed shapes runs."""
    d = [int(c) for c in text if c.isdigit()]
    if shape == "aadhaar":  # Verhoeff: multiplication in D5, the permutation (0 1 5 8 9 4 2 7)(3 6)
        mul = [[((j + k) if j < 5 else (j - k)) % 5 + 5 * ((j >= 5) ^ (k >= 5)) for k in range(10)]
               for j in range(10)]
        perm, c = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), 0
        for i, digit in enumerate(reversed(d)):
            for _ in range(i % 8):
                digit = perm[digit]
            c = mul[c][digit]
        return c == 0 and len(d) == 12 and d[0] >= 2
    if shape == "tfn":
        return len(d) == 9 and sum(x * w for x, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0
    if shape == "medicare_au":
        return len(d) == 10 and sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == d[8]
    if shape == "chi":
        return len(d) == 10 and sum(x * (10 - i) for i, x in enumerate(d)) % 11 == 0
    if shape == "nino":
        return re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?"
                            r"\d\d ?\d\d ?\d\d ?[A-D]", text) is not None
    if shape == "pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", text) is not None
    raise ValueError(shape)


def test_the_third_pairs_checksummed_shapes_are_valid_and_its_phones_dial():
    v = Values(17)
    for shape in ("aadhaar", "tfn", "medicare_au", "chi", "nino", "pan"):
        for _ in range(50):
            text = _shape(v, shape, "en")
            assert _valid(shape, text), (shape, text)
    for lang, regions in (("en", ("US", "GB", "IE")), ("ru", ("RU",))):
        for _ in range(50):
            text = _shape(v, "phone_sep", lang)
            assert any(phonenumbers.is_valid_number(phonenumbers.parse(text, r)) for r in regions), text


@pytest.mark.parametrize("name", OWN_MODULE)
def test_the_later_pairs_own_shapes_pass_their_checks_and_every_cue_is_written(name):
    """Each checksummed shape of the set's own passes the check a reader runs on it, and every
    cue of the bank writes a value (no shape is missing from the shared or the set's own)."""
    own = BANKS[name][2]["own"]
    assert set(own.checks) <= set(own.shapes) and own.checks
    v = Values(19)
    for shape, check in own.checks.items():
        for lang in ("en", "ru"):
            for _ in range(50):
                text = own.shapes[shape](v, lang)
                assert check(text), (shape, text)
    for lang in ("en", "ru"):
        for cue in BANKS[name][2]["cues"][lang]:
            bank = BANKS[name][2] | {"cues": {lang: [cue]}}
            parts = cued(v, bank, lang).parts
            gold = [p for p in parts if p.label and p.family != CONTEXT]
            assert [p.label for p in gold] == [cue[1]] and gold[0].text.strip() == gold[0].text, cue
            assert _names(parts) == _marks(cue[0]), cue



# -- named places and organisations ------------------------------------------------------------

def _strings(bank) -> list[str]:
    """Every string of a bank as a bank writes it, markup and all (the cue of a cue entry,
    the word of a kin entry); a set's own code is none."""
    if isinstance(bank, dict):
        return [s for key, value in bank.items() if key != "own" for s in _strings(value)]
    if isinstance(bank, tuple):
        return [bank[0]]
    if isinstance(bank, list):
        return [s for item in bank for s in _strings(item)]
    return [bank] if isinstance(bank, str) else []


def _set_strings(name: str) -> list[str]:
    return _strings(BANKS[name]) + _strings(LOOKALIKE_BANKS[name]) + _strings(REPLIES[name])


def _marks(text: str) -> list[tuple[str, str]]:
    """The places and organisations a bank string marks, ``⟦name|LABEL⟧``, in order."""
    return re.findall(r"⟦([^⟦⟧|]+)\|(\w+)⟧", text)


def _names(parts: list[Part]) -> list[tuple[str, str]]:
    return [(p.text, p.label) for p in parts if p.family == CONTEXT]


def _digest(texts) -> str:
    h = hashlib.sha256()
    for text in texts:
        h.update(text.encode("utf-8") + b"\0")
    return h.hexdigest()


# Each set's strings as written (markup taken off), and its files' names and texts at the
# default seed and size, as they were before the banks marked places and organisations: the
# markup changes no byte a set writes. A change of a bank on purpose changes these.
STRINGS = {
    "tune": "38a146ab887362522852f0f204e4afd2f5c1a101fc41dde8f636c9b3f09f83a1",
    "check": "2df9e45796bc437fc9d4a10d0c52959fd68d440f877d9aba84a8120ec214634a",
    "tune2": "717bf0b7bd6b4cfbbeb5c293c9513c6152682fdbfef8cf400a145b704f650c48",
    "check2": "71d2e1be7f95971a1319f9b4dadfc11d2a1dbf8e2ca8e9f479e53222ddaaef74",
    "tune3": "c2308c150a1ad97f2aeb56dcd883bc61353aa1fca4aed632298acaee54b7bd65",
    "check3": "4ed8a7df09831fcd8af5303d3c03966f2d804c79477526dffb2b09fc02bb0ac2",
    "tune4": "bfa1f05b69baf90356ab2d750fd20a49a4bdc5b73ecc20aa51d456bfec6c40c7",
    "check4": "a5dc34657321ada05539eb008031b0337755b1d9c56e5c8b1b12eb4e74c7f89a",
    "tune5": "5f3c06cdb7ea8c0e83da7b6f335dbe4227f714e7bce5f346042103c3bcdab36f",
    "check5": "d065906f5bdedaf1524df7b0eafc5534c1f215424afff40835439d0c4aa5321b",
    "tune6": "9ca2018f07748a442638d2e3f14ab0767e883858021faaf254c218b3f5334524",
    "check6": "0b92b12eb8b44261dafdce48c3ad997385470d03ae0e0943d81efe04e4c9894f",
    "tune7": "c458e1ea7538572d9cd30f921a2bc59a1f252d90c3ff4f5e85de9810afda00a8",
    "check7": "82b446da3d00aff31b2a36d9c6d639f7e7c4d9e94d1b592e34eb6f43e6c5e910",
    "tune8": "33adf4ff8321527733aa76a421c236cf7d36899bfdcc27ee2c0945636eabde89",
    "check8": "f589e9a451eeba8c408a091fc841b49e560f76528dacabfac348b4c788980486",
    "tune9": "43e29e465a8b8150f9885c92cbdb3db59b3aa58daa83af924ca3f8817e04ac1b",
    "check9": "6bcdc77deb0f0ef478053fc45f2ffc4a547c00d867f77cfa5900a0d5dab15e17",
    "tune10": "8cd4be31e360dd2af2f5fbb812142562e17e34d3dcef3c1f19f5edde4a0cbeeb",
    "check10": "20bb1662ab0f5f86fcfabcd0f1949409b5cbfc4b968d5b534e72c3e37d7d2b3a",
    "tune11": "b5d0ccd7477817e0477110822a8fa72170587c54d88937c08529db33c4808780",
    "check11": "3f88d19db906d777e87471b8be4e3c99b2203a4b6c233baf5f598fef12bf001a",
    "tune12": "5b58a6ec98942ada174d9f475f31b974648f7d536cb8e36cb033476d6e4c3ed9",
    "check12": "774d76d81c0152d965ecc433bfe7b4b5464145b0786ac6d819d5c421d38b2996",
    "tune13": "b51bdc73ce8bed13cdd6b37c5c27fa6b0e2d0983f4cd5d15c6fcb9bc7e84d5b6",
    "check13": "8949cf8586bd2eeaac9e22d0c10a08aceb0d3f7c140daf7751da68f11a40ffde",
    "tune14": "4266071cf27d8b6cd6eb906a3a42f895636c64c5d388ef366afc64112f6b10a3",
    "check14": "a1d3c0833338617b56fedac5d06ef3c2c98d8bef26d5fca821c5ccbe649a117b",
    "tune15": "15691fb2f14c99e21feb3542be6feab51600d7656af687c59df4c67fb6656048",
    "check15": "d4a3a4397a03e7e14818587a791e223c69f7367ecf3c5cacadf787acffa2e080",
    "tune16": "61050837b6f727f013e46065e50d3c5fa5e891b0727e1583fc5901b2a1da7691",

    "check16": "560e2174c5f746b834b602556775218c0a0b23233c06716049a957af46374f9d",

    "tune17": "7060f421e05f3bc2a8553828c9e1071cfccaad05360df0f93cc55401fa6d25d4",

    "check17": "ea5ae49b9be83749a33003e600db821b0c0d2be1c188fc70632bf428ecd6ef19",

    "tune18": "1b0ac36f7f14dbd900c3dbc93880bafcdec178b9afffc7762ef0059ba36bc865",

    "check18": "3e98c1100e82002ce90dd4fdd0f9f417086f486b097838962eca43484c2c0ccb",

    "tune19": "d1670444c7e5ccb210b310ce3a90c8f2ed1c9b1e2c91fc79800184eae20bd2d1",

    "check19": "edcf452d5b414db92492920d52b0c2128779df65441517ebaf93bd363e8c06bf",

    "tune20": "0b6a1dce621bb409afe2c654ee3f7524aafd50304b79c1a073d12aa307ccf038",

    "check20": "f33e3b88805090e16cbcb766aa43d037fd85e9a5076d43f09b10e9bf4726c134",

}
TEXTS = {  # the values are those of the Faker that pyproject.toml pins
    "tune": "5e54c74939a3a7a9258c93fb400759b5e27d8c0609ad4c23a7f8a15ae6d7c40e",
    "check": "b5479ed1b5266febd1666a1dc2e838a45f1ab7b4eb4e080e36d5b9abd7131b9d",
    "tune2": "2fa5187969a40e3b0c10c8071e181bd3b551133180d70dfe024c65fc61076510",
    "check2": "0c031aaea54d693f7bf01f6c0cda11ff1cf7c7ec664875ac398dbe4e03d6f8c1",
    "tune3": "693dd6ef281f05fc82dd4bc1d6ceac6e39828d492f944ba470e84a3aa0b99616",
    "check3": "656243abb697d845cbedeff3d5a3017cbbdd01bfda6cbd2953b31d12a50a37a6",
    "tune4": "88578d4ce18c8ac2a3bac241a2a72c9f0379f0ff49084544cf6db6c078e46b83",
    "check4": "0b2bc43fd5c407abfd0285a82a15b83e617968013e31c404c6d5948ef4ffe944",
    "tune5": "64ba27c32f42bcd2c14111b5ea693e60dc3869c863101f163bc18cbf46002aa6",
    "check5": "74de0ef8d80d744f6451900aec0ffaea8f04a28565561864b8f2df6e84bd18ce",
    "tune6": "4e1cd191446460178a7441c4ff17da9c659be5ebcf92da9be43af1d8052cb36b",
    "check6": "04dbb310a67ac40cd90381d610a7861f1fcafbb0982abd2a4a04bda0cf600bc3",
    "tune7": "40ef04f39a99dab909d3566d928a4601dfc292050e1bcefd4f307c27ce964e43",
    "check7": "7bc44a32e63a63fc93f511cdae6b0bbafe8c514fb5d54cedca36cad8f93cc895",
    "tune8": "d12ddd0c81fbb34ff04e6dd7a00542efc354746460a82fb31fea52896998bfb5",
    "check8": "32a5ad3b6f9854f11e59d3173bdb6c9e5bd5953f9cbfb11e316093f0c2ee25b9",
    "tune9": "7e271c60269a2245a5f810e43df750aa989d87ce332e0755777d22771dc13c11",
    "check9": "48235b4ec339e441fea86ae1b0badcac97a731472cd7680045379c228c730910",
    "tune10": "f2a12857c05124ef3d45bca6a277e3b6bc54061d963b8a4dc10435958c3a57b7",
    "check10": "5f85b5268bd35b5364461b2a5ffddb9da2e4a2b9a4c4d68083409107f13bf96b",
    "tune11": "da01cd8660cecc2f1f2605b3dcf3ab20f3e9eb9fedd3236000c0fefe78274b0e",
    "check11": "63db56f487020d467863e4806a99f4008f56fcc3022e941532b04d88df0f6a2b",
    "tune12": "b780061b21ee1c3fd9dba0ef539051d55087465b3a52151a316cb3faa8a08906",
    "check12": "a57a0e3bd4b468a71c426856a46dd7ecaefa6005d91156bfc3bc3a8c0f3e2f3e",
    "tune13": "f7b7d81a228a82c75409ec1fd4867c5550078d01302394f7fb721157be32a3d9",
    "check13": "070215f1279e92b1f9e14cb0defaeb821c98e513bca81369790891b84ca7a27a",
    "tune14": "55d04f78505a8ec798dba83774bb5f8b8584d33e0e19521a2cb8850ee3fdff4d",
    "check14": "e035b1c15cdd27b4573f7e9deb929ef72b60010107745a9772f6d07a7a4faa0d",
    "tune15": "b13ad5ffd2fa9f99d7929c5481ebe719ad712646f66d54a81c716e7cc94d307b",
    "check15": "105cf1888cec4d232bd00f48402d32f36efca7e4d39c23136788d3ffc3791369",
    "tune16": "7d6b830e9c0553f09dc89b02d1a9ebf89049c350ae8c53080c005cc8f2d0e376",

    "check16": "9e5c015a840afd8491bfa7502327aed66eca4109401fd992995bc08ce835f01d",

    "tune17": "84f4601dbc1453879862ed1911611d08b3061f1f51af8f1f0f9472938da96827",

    "check17": "ec95f208029e1a734086fb3732e2969359dac786f5464c2c4f94568b2d8a22c7",

    "tune18": "98b6ac7b1a04a8a55bd0706863ecf12afe194651bb27ca9228d822b30ab80653",

    "check18": "f4f2ca4e1c87a6c99e4d4c5e812d6c64e9089f13b3a1dee311e774b2ea5c23ce",

    "tune19": "b143dc98b50fa006805eaa4b8c9095e34b03a38dfb29e6a4f31f0798bda49ebb",

    "check19": "d47af9d7a2b8d18b635eb9105bdfde23e1482f8611f510d86ac488aedd99fa7d",

    "tune20": "7fd9174f3e641d4eb5a73b104a51b3fce976e6bd5dd70c55ebb48d801957e024",

    "check20": "89ba699a574ca8a56ff562e1a9b4e3c5bde1b558cb9f9599e093841eb42b4fd2",

}
PINNED_FAKER = re.search(r'"Faker==([^"]+)"', (REPO / "pyproject.toml").read_text(encoding="utf-8"))[1]


@pytest.mark.parametrize("name", SETS)
def test_the_marked_strings_write_the_same_bytes_as_before(name):
    """Taking the markup off gives the strings the set wrote before it was added, and the set
    writes, at its default seed and size, the texts it wrote then."""
    strings = sorted(leaves(BANKS[name]) | leaves(LOOKALIKE_BANKS[name]) | leaves({"": REPLIES[name]}))
    assert hashlib.sha256("\n".join(strings).encode()).hexdigest() == STRINGS[name]
    if faker.VERSION != PINNED_FAKER:
        pytest.skip(f"Faker {faker.VERSION} writes other values than the pinned {PINNED_FAKER}")
    assert _digest(x for f in build(name) for x in (f.name, f.text)) == TEXTS[name]


@pytest.mark.parametrize("name", SETS)
def test_every_marked_string_writes_its_names_as_context_gold_and_no_markup(name):
    """A string's markup is well formed and of the two labels; a carrier rendered with values
    writes each marked name as a gold part of the family "context", its text the string's
    with the markup taken off; a look-alike stays a look-alike beside them."""
    v = Values(23)
    for text in _set_strings(name):
        parts = marked(text)
        assert _names(parts) == _marks(text) and all(label in CONTEXT_LABELS for _, label in _marks(text))
        assert "".join(p.text for p in parts) == strip(text) and not set(strip(text)) & set(MARK_CHARS), text
        assert all(p.label is None and p.family is None for p in parts if p.family != CONTEXT)
        slots = {key: [Part("VALUE", "PERSON")] for key in ("v", "h")} | {"k": "name", "site": "x.org"}
        rendered = render(text, **slots)
        assert _names(rendered) == _marks(text), text
        assert "".join(p.text for p in rendered) == "".join(p.text for p in render(strip(text), **slots)), text
    for kind, langs in LOOKALIKE_BANKS[name].items():
        for lang, carriers in langs.items():
            for carrier in carriers:
                parts = lookalike(v, {kind: {lang: [carrier]}}, lang, kind).parts
                assert [p.kind for p in parts if p.kind] == [kind] and _names(parts) == _marks(carrier)


def test_some_sets_mark_places_and_organisations_in_every_kind_of_string():
    """The banks mark names in carriers, cue words and look-alike carriers, in both languages
    and both labels."""
    marks = {name: [m for text in _set_strings(name) for m in _marks(text)] for name in SETS}
    assert {label for found in marks.values() for _, label in found} == set(CONTEXT_LABELS)
    for lang in ("en", "ru"):
        cues = [cue for name in SETS for cue, *_ in BANKS[name][2]["cues"][lang]]
        looks = [c for name in SETS for langs in LOOKALIKE_BANKS[name].values() for c in langs[lang]]
        carriers = [c for name in SETS for family in (1, 7) for slot in BANKS[name][family].values()
                    if isinstance(slot, dict) and lang in slot for c in slot[lang]]
        assert all(any(_marks(s) for s in strings) for strings in (cues, looks, carriers)), lang


def test_no_markup_is_written_and_each_marked_name_is_gold_at_its_offsets(full):
    for name, folder in full.items():
        marks = {m for text in _set_strings(name) for m in _marks(text)}
        dataset = load_ours(folder)
        texts = {doc.name: doc.text for doc in dataset.docs}
        assert not any(c in text for text in texts.values() for c in MARK_CHARS), name
        context = [r for r in _rows(folder, "gold.jsonl") if r["family"] == CONTEXT]
        assert bool(context) == bool(marks), name
        for r in context:
            assert (r["text"], r["label"]) in marks, r
            assert texts[r["file"]][r["start"]:r["end"]] == r["text"], r
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        assert CONTEXT in manifest["families"]
