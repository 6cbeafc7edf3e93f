"""Labelled transcripts for the recall families, in the project's own gold format.

    .venv/bin/python bench/generate.py --set tune|check|tune2|check2|tune3|check3|tune4|check4|tune5|check5|tune6|check6|
                                       tune7|check7|tune8|check8|tune9|check9|tune10|check10|
                                       tune11|check11|tune12|check12|tune13|check13|tune14|check14|
                                       tune15|check15|tune16|check16|tune17|check17|
                                       tune18|check18|tune19|check19|
                                       tune20|check20
                                       --out DIR [--seed N] [--per-family N]

Writes DIR/<files>, ``gold.jsonl`` ({file, start, end, label, text, family}: a recall family
1-8, or "context" for a named place or organisation that a bank string marks, LOCATION or
ORGANIZATION as ``../shared/data/transcripts-dev`` labels them), ``notpii.jsonl``
({file, start, end, label: NOT_PII, text, kind}: look-alikes that must be left alone),
``turns.jsonl`` ({file, start, end, family}: where each turn's text lies, for precision per
family) and ``manifest.json`` (each file's format and language), read unchanged by ``redact eval`` and
``bench/quality.py`` (``redact.gold.load_ours``). Offsets are Python string indices into the
file's text decoded as UTF-8 with no newline translation.

The sets ``tune`` and ``check``, the second pair ``tune2`` and ``check2`` and the third pair
``tune3`` and ``check3`` are written from disjoint template banks (``bench/gen/banks.py``)
and different seeds; the same set, seed and size give the same bytes. From the fourth pair on
(``tune4`` and ``check4`` up to ``tune20`` and ``check20``) each set's bank is a module of its
own (``bench/gen/tune4.py`` ...), written by writers of its own and registered in
``banks.SET_MODULES``. A pair's held-out sets (``check4`` to ``check9``; both sets of each
pair from the tenth on) are run once, when the code is final; rules were tuned on them after
that first run, so only the newest pair still measures generalisation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script
    sys.path.insert(0, str(REPO))

from bench.gen import banks  # noqa: E402
from bench.gen.families import (CONTEXT, FAMILIES, LOOKALIKE_KINDS, MAKERS,  # noqa: E402
                                Utterance, lookalike, marked, mention)
from bench.gen.layouts import CHATLOGS, EXTENSIONS, FORMATS, Turn, write  # noqa: E402
from bench.gen.values import Values  # noqa: E402

__all__ = ["SETS", "SEEDS", "LANGS", "Generated", "build", "generate"]

SETS = tuple(banks.BANKS)
SEEDS = {"tune": 1801, "check": 2903, "tune2": 4127, "check2": 5381,  # the sets' values differ too
         "tune3": 6473, "check3": 7919, "tune4": 8311, "check4": 9277, "tune5": 10631, "check5": 11887,
         "tune6": 13063, "check6": 14221, "tune7": 15373, "check7": 16547,
         "tune8": 17729, "check8": 18917, "tune9": 20107, "check9": 21313, "tune10": 22543, "check10": 23767,
         "tune11": 24989, "check11": 26183, "tune12": 27431, "check12": 28661,
         "tune13": 29873, "check13": 31079, "tune14": 32299, "check14": 33533,
         "tune15": 34757, "check15": 35977, "tune16": 37199, "check16": 38431,
         "tune17": 39659, "check17": 40883,
         "tune18": 42101, "check18": 43331,
         "tune19": 44017, "check19": 45233,
         "tune20": 46027, "check20": 47017}
LANGS = ("en", "ru")
PER_FAMILY = 48  # instances per family per language
PER_LOOKALIKE = 12  # look-alikes per kind per language
TURNS_PER_FILE = 10
REPLIES = {
    "tune": {"en": ["Thanks, noted.", "Got it, I'll update the draft.", "Understood."],
             "ru": ["Спасибо, записал.", "Понял, обновлю черновик.", "Принято."]},
    "check": {"en": ["Sure, added that.", "Okay, here's the revised version.", "Done."],
              "ru": ["Хорошо, добавил.", "Готово, вот исправленный вариант.", "Сделано."]},
    "tune2": {"en": ["Noted, thanks!", "Okay, I've changed that in the list.", "Makes sense.",
                     "Got it. Anything else to add?", "Updated the summary.", "All right, saved."],
              "ru": ["Отметил, спасибо!", "Хорошо, поменял в списке.", "Логично.",
                     "Понял. Что-то ещё добавить?", "Обновил сводку.", "Ладно, сохранил."]},
    "check2": {"en": ["Thanks, that's in now.", "Sure - the draft is updated.", "Okay.",
                      "I've added it to the notes.", "Perfect, thank you.", "Right, fixed."],
               "ru": ["Спасибо, внёс.", "Конечно, черновик обновлён.", "Ок.",
                      "Добавил в заметки.", "Отлично, спасибо.", "Так, исправил."]},
    "tune3": {"en": ["Cheers, got it.", "No worries, updated.", "Done and dusted.",
                     "Noted with thanks.", "Sweet, saved that.", "Aye, that's in."],
              "ru": ["Ок, принял.", "Без проблем, обновил.", "Готово-готово.",
                     "Принято, благодарю.", "Супер, сохранил.", "Ага, внёс."]},
    "check3": {"en": ["Ta, that's updated.", "No dramas, saved.", "All sorted.",
                      "Thanks, have noted the same.", "Grand, that's in.", "Lovely, done."],
               "ru": ["Пасиб, обновил.", "Без вопросов, сохранил.", "Всё, готово.",
                      "Спасибо, взял на заметку.", "Норм, внёс.", "Отлично, сделал."]},
    **{name: module.REPLIES for name, module in banks.SET_MODULES.items()},
}


@dataclass
class Generated:
    """One file of a set: its name, format, language, text and spans."""

    name: str
    fmt: str
    lang: str
    text: str
    spans: list
    turns: list


def _files_of(v: Values, set_name: str, lang: str, per_family: int,
              per_lookalike: int) -> list[tuple[str, list[Turn]]]:
    bank = banks.BANKS[set_name]
    looks = banks.LOOKALIKE_BANKS[set_name]
    rng = v.rng
    utterances: list[Utterance] = []
    for family, maker in MAKERS.items():
        utterances += [maker(v, bank[family], lang) for _ in range(per_family)]
    for kind in LOOKALIKE_KINDS:
        if looks[kind][lang]:
            utterances += [lookalike(v, looks, lang, kind) for _ in range(per_lookalike)]
    rng.shuffle(utterances)
    fixed = [u for u in utterances if u.fmt]
    free = [u for u in utterances if not u.fmt]
    count = max(len(FORMATS), len(free) // TURNS_PER_FILE)
    formats = [FORMATS[i % len(FORMATS)] for i in range(count)]
    rng.shuffle(formats)
    files: list[list[Utterance]] = [free[i::count] for i in range(count)]
    nexus = [i for i, f in enumerate(formats) if f == "nexus-md-new"]
    for u in fixed:
        files[rng.choice(nexus)].insert(rng.randint(0, TURNS_PER_FILE), u)
    for i, body in enumerate(files):  # family 8: the value again, bare, here or in another file
        for u in [u for u in body if u.later]:
            for later in u.later:
                if rng.random() < 0.5:
                    body.insert(rng.randint(body.index(u) + 1, len(body)), later)
                else:
                    files[rng.choice([j for j in range(count) if j != i])].append(later)
    return [(fmt, _turns(v, set_name, bank, fmt, lang, body)) for fmt, body in zip(formats, files)]


def _turns(v: Values, set_name: str, bank: dict, fmt: str, lang: str,
           body: list[Utterance]) -> list[Turn]:
    rng = v.rng
    if fmt in CHATLOGS:
        handles = [v.handle() for _ in range(rng.randint(2, 3))]
        slots: list[Utterance | None] = body + [None, None]  # None: a speaker names another
        rng.shuffle(slots)
        n = len(handles)
        return [Turn(handles[i % n], u or mention(v, bank[3], lang, handles[(i + 1) % n]))
                for i, u in enumerate(slots)]
    if fmt in ("nexus-md-new", "openai-jsonl", "sharegpt-json"):
        turns = []
        for u in body:
            turns.append(Turn("User", u))
            reply = rng.choice(REPLIES[set_name][lang])
            turns.append(Turn("Assistant", Utterance(marked(reply), None), reply=True))
        return turns
    return [Turn(f"Speaker {1 + i % 2}", u) for i, u in enumerate(body)]


def build(set_name: str, seed: int | None = None, per_family: int = PER_FAMILY,
          per_lookalike: int = PER_LOOKALIKE) -> list[Generated]:
    """The files of one set, in memory."""
    if set_name not in SETS:
        raise ValueError(f"unknown set {set_name!r} (known: {', '.join(SETS)})")
    v = Values(SEEDS[set_name] if seed is None else seed)
    out = []
    for lang in LANGS:
        for fmt, turns in _files_of(v, set_name, lang, per_family, per_lookalike):
            name = f"gen-{set_name}-{len(out) + 1:03d}-{lang}-{fmt}.{EXTENSIONS[fmt]}"
            out.append(Generated(name, fmt, lang, *write(fmt, turns, lang, v.rng)))
    return out


def generate(set_name: str, out: Path, seed: int | None = None, per_family: int = PER_FAMILY,
             per_lookalike: int = PER_LOOKALIKE) -> list[Generated]:
    """Write one set into ``out`` (created; files of the same names are overwritten)."""
    files = build(set_name, seed, per_family, per_lookalike)
    out.mkdir(parents=True, exist_ok=True)
    gold, notpii, turns = [], [], []
    for f in files:
        (out / f.name).write_bytes(f.text.encode("utf-8"))
        turns += [{"file": f.name, "start": a, "end": b, "family": fam} for a, b, fam in f.turns]
        for s in f.spans:
            row = {"file": f.name, "start": s.start, "end": s.end}
            if s.label:
                gold.append(row | {"label": s.label, "text": s.text, "family": s.family})
            else:
                notpii.append(row | {"label": "NOT_PII", "text": s.text, "kind": s.kind})
    for name, rows in (("gold.jsonl", gold), ("notpii.jsonl", notpii), ("turns.jsonl", turns)):
        (out / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                encoding="utf-8")
    manifest = {
        "set": f"gen-{set_name}", "seed": SEEDS[set_name] if seed is None else seed,
        "offsets": "Python str indices (code points, end exclusive) into the file decoded as "
                   "UTF-8 with newline='' (no newline translation)",
        "families": {str(k): name for k, name in FAMILIES.items()}
                    | {CONTEXT: "named places and organisations in the writing around the values"},
        "labels": sorted({r["label"] for r in gold}),
        "lookalikes": dict(sorted(Counter(r["kind"] for r in notpii).items())),
        "files": [{"file": f.name, "format": f.fmt, "lang": f.lang, "chars": len(f.text),
                   "spans": sum(1 for s in f.spans if s.label)} for f in files],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", required=True, choices=SETS, dest="set_name")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, help="default: the set's own ("
                    + ", ".join(f"{name} {seed}" for name, seed in SEEDS.items()) + ")")
    ap.add_argument("--per-family", type=int, default=PER_FAMILY,
                    help="instances per family per language (default: %(default)s)")
    args = ap.parse_args()
    files = generate(args.set_name, args.out, args.seed, args.per_family)
    spans = sum(1 for f in files for s in f.spans if s.label)
    print(f"{args.out}: {len(files)} files, {spans} gold spans", file=sys.stderr)


if __name__ == "__main__":
    main()
