"""Precision on real meetings: what a scrub replaces in the 70 QMSum meetings and the ShareGPT
samples, and a hand-judged sample of it.

Not a test: never collected by pytest. Run from the repo root::

    .venv/bin/python bench/precision.py                 # scrub, print, check, score verdicts
    .venv/bin/python bench/precision.py --draw          # draw the 200-change sample anew
    .venv/bin/python bench/precision.py --show          # print each sampled change in context

Each QMSum meeting is written as a chat log, one ``speaker: content`` line per turn with the
speaker exactly as QMSum gives it ("Grad C: Right . Yeah , I 've never handled them ."); the
ShareGPT file is scrubbed as it is. Prints the 50 most frequent replaced strings per category
(public data: the values are in this output, never in the project's files) and checks:

- no change is a role label of the meetings or a word of one ("Grad", "Project Manager");
- no one-word change is a word of ``wordfreq`` Zipf frequency >= 4.5 in its language unless it
  is capitalised and a known first name or follows a title or a role word ("Ms. Jones",
  "Premier Ford"); a first name that is also a word ("Will", "Mark": the lexicon's ambiguous
  list) opening a sentence counts only when addressed ("Mark, you may be right"). A first
  name that is no word opens sentences as a name ("Adam 's not here"): replacing it is
  right;
- the names inside the meetings' role labels ("The Chair (Mr. Ann Roe)") are replaced.

It exits 1 when a check fails. The sample (``--draw``: 200 changes, ``random.Random(SEED)``,
``--seed`` 20261204 by default) goes to ``bench/precision-verdicts.jsonl`` (another seed:
``bench/precision-verdicts-SEED.jsonl``) as ``{file, start, end, category, sha256, verdict}``,
never the text. A drawn change judged before, in any verdict file of ``bench/`` (the same
file, span, category and value; ``precision-verdicts-judged.jsonl`` keeps every verdict of
earlier draws), keeps its verdict; the others are filled in by hand, judged by what the
default policy replaces (every category but DATE_TIME, DESIGN.md):

- "correct": the text is what its category names: a person's name or handle, a named place
  (a city, a province, a riding, a country said as where someone is), a named organisation
  (a company, a government body or department, a party, a university, a newspaper);
- "mislabelled": a person, place or organisation given another of those three categories
  ("Sunil" as LOCATION): replaced as it should be, with the wrong tag; counted as correct;
- "wrong": nothing the policy replaces: a role or an office, a filler, a common word, a
  nationality or a language, a product, tool, corpus, algorithm or programme name, a
  disease, a bill, a currency, an event.

Every run re-reads the text from the shared data, checks each judged value's sha256, and
prints the judged precision of the sampled changes the code still makes (a sample judged on
an earlier run says how many of its changes are gone).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # before presidio imports: offline

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_DATA = REPO.parent / "shared" / "data"
QMSUM = "qmsum/data/ALL"
SHAREGPT = "sharegpt/dummy_conversation.json"
SEED = 20261204  # the sample's seed; the verdicts of another seed go to a file of their own
SAMPLE = 200
ZIPF = 4.5  # the acceptance threshold
# The role labels the meetings use (AMI, ICSI, committees), before any bracketed name.
ROLE_LABEL = re.compile(r"(?:Grad|PhD|Professor|Postdoc) [A-Z]|Project Manager|Industrial Designer"
                        r"|Marketing|User Interface|The (?:Acting )?Chair")
ROLE_WORDS = {"grad", "phd", "professor", "postdoc", "project", "manager", "industrial",
              "designer", "marketing", "user", "interface", "chair", "acting"}
TITLE = re.compile(r"^(?:(?:Right )?Hon\.|Mr\.|Mrs\.|Ms\.|Dr\.?)\s+")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def meeting_text(path: Path) -> str:
    """A meeting as a chat log, speakers as written: the bench's input and its judge's."""
    turns = json.loads(path.read_text(encoding="utf-8"))["meeting_transcripts"]
    return "".join(f"{t['speaker']}: {t['content']}\n" for t in turns if t.get("content"))


def meetings(data: Path) -> list[str]:
    return sorted(str(p.relative_to(data)) for split in ("val", "test")
                  for p in (data / QMSUM / split).glob("*.json"))


def source_text(data: Path, name: str) -> str:
    """The text a change's offsets point into, read again from the shared data."""
    path = data / name
    return meeting_text(path) if name.startswith(QMSUM) else path.read_text(encoding="utf-8")


def scrub(data: Path) -> list[dict]:
    """Every change of one run over the meetings and ShareGPT, as {file, start, end,
    category, detector, seed, value}."""
    from redact.api import ScrubOptions, scrub as run
    from redact.keys import Key

    names = meetings(data) + [SHAREGPT]
    by_digest = {}  # a file name with a name in it is replaced in the report: known by content
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "in"
        for name in names:
            target = inputs / (name + ".txt" if name.startswith(QMSUM) else name)
            target.parent.mkdir(parents=True, exist_ok=True)
            text = source_text(data, name)
            target.write_text(text, encoding="utf-8")
            by_digest[sha(text)] = name
        report = run([str(inputs)], ScrubOptions(outdir=Path(tmp) / "out",
                                                 key=Key(b"b" * 32, "random")))
    changes = []
    for f in report.files:
        if f.status == "error":
            sys.exit(f"{f.path}: {f.error}")
        name = by_digest[f.input_sha256]
        text = source_text(data, name)
        for c in f.changes:
            changes.append({"file": name, "start": c.start, "end": c.end, "category": c.category,
                            "detector": c.finding.detector, "seed": c.seed,
                            "value": text[c.start:c.end]})
    return changes


def opening(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].rstrip(" \t\"'«“‘(*-—–")
    return not before or before[-1] in ".!?:;…\n" and not re.search(
        r"(?<![^\s(])[A-Z][a-z]{0,2}\.$", before)


def acceptance(data: Path, changes: list[dict]) -> dict[str, list[dict]]:
    """The changes that break each check, per check."""
    from wordfreq import zipf_frequency

    from redact.detect.packs import load_rules
    from redact.detect.wordlike import is_first_name

    rules = load_rules()
    first = rules.first_names.get("en", set())
    ambiguous = rules.first_names.get("en_ambiguous", set())
    cues = rules.honorifics | rules.role_words | rules.job_titles
    texts: dict[str, str] = {}
    failed: dict[str, list[dict]] = {"role": [], "common": [], "label names": []}
    by_file: dict[str, list[dict]] = {}
    for c in changes:
        by_file.setdefault(c["file"], []).append(c)
        if not c["file"].startswith(QMSUM):
            continue
        value = c["value"].strip()
        if ROLE_LABEL.fullmatch(value) or value.casefold() in ROLE_WORDS:
            failed["role"].append(c)
        words = WORD.findall(value)
        if len(words) == 1 and not re.search(r"[_.@\d]", value):
            word = words[0]
            ru = bool(re.search("[а-яёА-ЯЁ]", word))
            if zipf_frequency(word.casefold(), "ru" if ru else "en") >= ZIPF:
                text = texts.setdefault(c["file"], source_text(data, c["file"]))
                named = is_first_name(word, first)
                before = re.search(r"([^\W\d_]+)\.?\s+$", text[max(0, c["start"] - 30):c["start"]])
                titled = before is not None and before.group(1).casefold() in cues
                word_too = word.casefold() in ambiguous and opening(text, c["start"]) and not \
                    re.match(r" ?[,:]", text[c["end"]:])
                if not (word[:1].isupper() and (named and not word_too or titled)):
                    failed["common"].append(c)
    for name in meetings(data):  # "The Chair (Mr. Ann Roe)": Ann Roe is replaced
        text, pos = source_text(data, name), 0
        spans = [(c["start"], c["end"]) for c in by_file.get(name, [])]
        for line in text.splitlines(keepends=True):
            label = line.split(": ", 1)[0]
            m = re.match(r"The (?:Acting )?Chair \((.+)\)$", label)
            if m:
                inner = TITLE.sub("", m.group(1).split(" (")[0]).strip()
                at = pos + line.index(inner)
                if not any(s <= at and at + len(inner) <= e for s, e in spans):
                    failed["label names"].append({"file": name, "start": at,
                                                  "end": at + len(inner), "value": inner})
            pos += len(line)
    return failed


def sha(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def context(data: Path, entry: dict, width: int = 120) -> str:
    text = source_text(data, entry["file"])
    s, e = entry["start"], entry["end"]
    return (text[max(0, s - width):s] + "⟦" + text[s:e] + "⟧" + text[e:e + width // 2]
            ).replace("\n", " ⏎ ")


POOL = REPO / "bench" / "precision-verdicts-judged.jsonl"  # every verdict given, for redraws
_KEY = ("file", "start", "end", "category", "sha256")


def verdict_file(seed: int) -> Path:
    return REPO / "bench" / ("precision-verdicts.jsonl" if seed == SEED
                             else f"precision-verdicts-{seed}.jsonl")


def judged_before() -> dict[tuple, str]:
    """Every verdict of the verdict files in ``bench/``, by (file, start, end, category,
    sha256)."""
    known = {}
    for path in sorted((REPO / "bench").glob("precision-verdicts*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            if e["verdict"]:
                known[tuple(e[k] for k in _KEY)] = e["verdict"]
    return known


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="the shared data folder (default: %(default)s)")
    ap.add_argument("--draw", action="store_true",
                    help=f"draw {SAMPLE} changes with --seed into its verdict file; a change "
                         "judged in any verdict file keeps its verdict, the others are unjudged")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="the sample's seed (default: %(default)s, whose verdicts are "
                         "precision-verdicts.jsonl; another's are precision-verdicts-SEED.jsonl)")
    ap.add_argument("--show", action="store_true",
                    help="print each sampled change in its context, with its verdict")
    ap.add_argument("--reuse", type=Path,
                    help="keep the run's changes in this file and read them from it when it "
                         "exists, instead of scrubbing again (it holds values: keep it out of "
                         "the repository)")
    ap.add_argument("--top", type=int, default=50, help="strings shown per category (default: 50)")
    args = ap.parse_args()

    if args.reuse and args.reuse.exists():
        changes = json.loads(args.reuse.read_text(encoding="utf-8"))
    else:
        changes = scrub(args.data)
        if args.reuse:
            args.reuse.write_text(json.dumps(changes), encoding="utf-8")
    chars = {"qmsum": sum(len(source_text(args.data, n)) for n in meetings(args.data)),
             "sharegpt": len(source_text(args.data, SHAREGPT))}
    print(f"{len(changes)} changes: "
          + ", ".join(f"{k} {sum(c['file'].startswith(QMSUM) == (k == 'qmsum') for c in changes)}"
                      f" in {v:,} characters" for k, v in chars.items()))
    for split in ("val", "test"):
        n = sum(c["file"].startswith(f"{QMSUM}/{split}/") for c in changes)
        print(f"  qmsum {split}: {n} changes")
    by_category: dict[str, Counter] = {}
    for c in changes:
        by_category.setdefault(c["category"], Counter())[c["value"]] += 1
    for category, counts in sorted(by_category.items(), key=lambda x: -sum(x[1].values())):
        print(f"\n== {category}: {sum(counts.values())} changes, {len(counts)} distinct; "
              f"the {min(args.top, len(counts))} most frequent ==")
        print("  " + "; ".join(f"{v!r} {n}" for v, n in counts.most_common(args.top)))

    failed = acceptance(args.data, changes)
    print("\nacceptance (QMSum, speakers as written):")
    for check, bad in failed.items():
        print(f"  {check}: {len(bad)} failing" + (
            " (" + "; ".join(f"{c['file'].rsplit('/', 1)[-1]}@{c['start']} {c['value']!r}"
                             for c in bad[:10]) + ")" if bad else ""))

    verdicts_file = verdict_file(args.seed)
    if args.draw:
        ordered = sorted(changes, key=lambda c: (c["file"], c["start"], c["end"]))
        sample = sorted(random.Random(args.seed).sample(ordered, SAMPLE),
                        key=lambda c: (c["file"], c["start"]))
        known = judged_before()
        # the verdicts about to be overwritten stay in the pool for later draws
        POOL.write_text("".join(json.dumps(dict(zip(_KEY, k), verdict=v)) + "\n"
                                for k, v in sorted(known.items())), encoding="utf-8")
        drawn = [{"file": c["file"], "start": c["start"], "end": c["end"],
                  "category": c["category"], "sha256": sha(c["value"])} for c in sample]
        for d in drawn:
            d["verdict"] = known.get(tuple(d.values()), "")
        verdicts_file.write_text("".join(json.dumps(d) + "\n" for d in drawn), encoding="utf-8")
        print(f"\ndrew {SAMPLE} changes into {verdicts_file.relative_to(REPO)}; "
              f"{sum(bool(d['verdict']) for d in drawn)} judged before")
    if verdicts_file.exists():
        entries = [json.loads(line)
                   for line in verdicts_file.read_text(encoding="utf-8").splitlines()]
        current = {(c["file"], c["start"], c["end"], c["category"]) for c in changes}
        verdicts: Counter = Counter()
        gone = gone_wrong = 0
        for i, e in enumerate(entries, 1):
            text = source_text(args.data, e["file"])
            if sha(text[e["start"]:e["end"]]) != e["sha256"]:
                sys.exit(f"{verdicts_file.name}:{i}: the text at {e['file']}@{e['start']} changed")
            live = (e["file"], e["start"], e["end"], e["category"]) in current
            if live:
                verdicts[e["verdict"] or "unjudged"] += 1
            else:
                gone += 1
                gone_wrong += e["verdict"] == "wrong"
            if args.show:
                live = "" if live else " (no longer replaced)"
                print(f"{i:3} {e['verdict'] or '?':8} {e['category']:<12} {e['file']}{live}\n"
                      f"      {context(args.data, e)}")
        right = verdicts["correct"] + verdicts["mislabelled"]
        judged = right + verdicts["wrong"]
        print(f"\njudged sample: {dict(verdicts)}; precision "
              + (f"{right / judged:.3f} of {judged} (target >= 0.95)" if judged
                 else "- (nothing judged)")
              + (f"; {gone} of the sample no longer replaced ({gone_wrong} judged wrong): "
                 "draw again" if gone else ""))
    sys.exit(1 if any(failed.values()) else 0)


if __name__ == "__main__":
    main()
