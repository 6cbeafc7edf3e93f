"""Postal address finders side by side: redact's address blocks, the rule patterns they
replaced, pyap, usaddress and natasha's AddrExtractor, on Faker-made addresses in six
locales and on look-alikes (prices, order numbers, times, versions, rooms, flights).

    .venv/bin/python bench/addresses.py [--per-layout 40] [--seed 18] [--before-pack PATH]

pyap and usaddress are not dependencies of redact: install them to measure them
(`pip install pyap==0.3.1 usaddress==0.5.16`); a finder whose package is missing is left
out. natasha's extractor needs a morphological analyzer: pymorphy3, which redact has,
stands in for the pymorphy2 natasha names.

A sample is protected when every letter and digit of its address is inside a span the
finder returned; a look-alike is touched when any span overlaps it. Speed is characters
per second over all texts, after each finder's set-up.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml
from faker import Faker

from redact.detect.addresses import address_spans
from redact.detect.packs import load_rules

Spans = list[tuple[int, int]]
LOCALES = ("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "ru_RU")
# where an address stands, per language: {a} the address as Faker writes it (one line
# or several), {s} a street line alone, {n} a person's name
CARRIERS = {
    "en": ["{n}\n{a}\n\nDear {n},", "Please ship the order to {a1}. Thanks!",
           "Invoice to:\n{a}", "I live at {s} since May.", "Best,\n{n}\n{a}"],
    "de": ["{n}\n{a}\n\nSehr geehrte Damen und Herren,", "Bitte liefern Sie an {a1}. Danke!",
           "Rechnungsadresse:\n{a}", "Ich wohne in der {s} seit Mai.", "Viele Grüße\n{n}\n{a}"],
    "fr": ["{n}\n{a}\n\nMadame, Monsieur,", "Merci de livrer au {a1}. Merci !",
           "Adresse de facturation :\n{a}", "J'habite au {s} depuis mai.", "Cordialement,\n{n}\n{a}"],
    "ru": ["{n}\n{a}\n\nУважаемые коллеги,", "Прошу доставить по адресу: {a1}. Спасибо!",
           "Счёт на имя {n}, {a}", "Я живу: {s}, с мая.", "С уважением,\n{n}\n{a}"],
}
LOOKALIKES = [
    "It costs ${d3}.{d2} with {d1} Free Shipping Days.", "Order #{d5} shipped at {h}:{m}.",
    "Version {d1}.{d2}.{d1} Release Notes are out.", "Meet in Room {d3}, Building {d1}.",
    "Flight BA {d4} leaves from Gate {d2} at {h}:{m}.", "We had {d1} Big Macs and {d1} Cokes.",
    "ISBN 978-{d1}-{d2}-{d5}-{d1} is the {d1}rd Edition.", "Spring {y} was busy; Windows {d2} Pro.",
    "Top {d2} Places to Visit, Chapter {d2} Park Rules.", "Заказ № {d5} от {d2}.{d2}.{y}, {d3} руб.",
    "Рейс SU {d4}, выход {d2}, в {h}:{m}.", "Версия {d1}.{d2}, сборка {d5}.",
    "Bestellung {d5} vom {d2}.{d2}.{y} für {d2} Euro.", "Commande n° {d5}, {d2} € TTC, salle {d3}.",
]


@dataclass
class Sample:
    locale: str
    text: str
    gold: tuple[int, int] | None  # None: a look-alike


def samples(per_layout: int, seed: int) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(seed)
        for carrier in CARRIERS[locale[:2]]:
            for _ in range(per_layout):
                address = fake.address()
                value = fake.street_address() if "{s}" in carrier else \
                    address.replace("\n", ", ") if "{a1}" in carrier else address
                head, _, tail = carrier.replace("{a1}", "{a}").replace("{s}", "{a}").partition("{a}")
                head = head.replace("{n}", fake.name())
                text = head + value + tail.replace("{n}", fake.name())
                out.append(Sample(locale, text, (len(head), len(head) + len(value))))
    for _ in range(per_layout * 6):
        template = rng.choice(LOOKALIKES)
        text = regex.sub(r"\{(\w+)\}", lambda m: {
            "d1": str(rng.randint(1, 9)), "d2": str(rng.randint(10, 99)),
            "d3": str(rng.randint(100, 999)), "d4": str(rng.randint(1000, 9999)),
            "d5": str(rng.randint(10000, 99999)), "y": str(rng.randint(1990, 2030)),
            "h": f"{rng.randint(0, 23):02d}", "m": f"{rng.randint(0, 59):02d}"}[m[1]], template)
        out.append(Sample("look-alike", text, None))
    return out


def rules_before(pack: Path) -> Callable[[str], Spans]:
    """The address patterns of an earlier rule pack, run as plain regexes."""
    specs = yaml.safe_load(pack.read_text())["recognizers"]
    patterns = [regex.compile(p["regex"], regex.M | regex.S) for s in specs
                if s["name"] in ("en_street_address", "ru_street_address", "address_in_context")
                for p in s["patterns"]]
    return lambda text: [m.span() for p in patterns for m in p.finditer(text)]


def finders(before: Path | None) -> dict[str, Callable[[str], Spans]]:
    countries = frozenset(load_rules([]).public_places)
    out: dict[str, Callable[[str], Spans]] = {"redact blocks": lambda t: address_spans(t, countries)}
    if before:
        out["rules before"] = rules_before(before)
    try:
        import pyap

        def by_pyap(text: str) -> Spans:
            return [(a.match_start, a.match_end) for country in ("US", "GB", "CA")
                    for a in pyap.parse(text, country=country)]
        out["pyap"] = by_pyap
    except ImportError:
        pass
    try:
        import usaddress

        def by_usaddress(text: str) -> Spans:
            spans, pos = [], 0
            for token, label in usaddress.parse(text):
                start = text.index(token, pos)
                pos = start + len(token)
                if label not in ("Recipient", "NotAddress", "CountryName") or spans and \
                        label == "CountryName" and spans[-1][1] >= start - 2:
                    spans.append((start, pos))
            return spans
        out["usaddress"] = by_usaddress
    except ImportError:
        pass
    import pymorphy3
    from natasha import AddrExtractor

    extractor = AddrExtractor(pymorphy3.MorphAnalyzer())
    out["natasha AddrExtractor"] = lambda t: [(m.start, m.stop) for m in extractor(t)]
    return out


def protected(text: str, gold: tuple[int, int], spans: Spans) -> bool:
    covered = set().union(*(range(a, b) for a, b in spans)) if spans else set()
    return all(i in covered for i in range(*gold) if text[i].isalnum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-layout", type=int, default=40, help="samples per locale and layout")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--before-pack", type=Path, help="an earlier rules/addresses.yaml")
    args = ap.parse_args()
    data = samples(args.per_layout, args.seed)
    chars = sum(len(s.text) for s in data)
    print(f"{len(data)} texts, {chars} characters; protected recall per locale, look-alikes "
          "touched, precision (spans overlapping an address / all spans), speed")
    print(f"{'finder':22} " + " ".join(f"{loc:>6}" for loc in LOCALES)
          + "    all  touched  precision  kchar/s")
    for name, find in finders(args.before_pack).items():
        started = time.perf_counter()
        found = [find(s.text) for s in data]
        seconds = time.perf_counter() - started
        by_locale = {loc: [protected(s.text, s.gold, f) for s, f in zip(data, found)
                           if s.locale == loc] for loc in LOCALES}
        every = [x for xs in by_locale.values() for x in xs]
        touched = sum(bool(f) for s, f in zip(data, found) if s.gold is None)
        looks = sum(s.gold is None for s in data)
        spans = [(s, a, b) for s, f in zip(data, found) for a, b in f]
        right = sum(s.gold is not None and a < s.gold[1] and s.gold[0] < b for s, a, b in spans)
        print(f"{name:22} " + " ".join(f"{sum(v) / len(v):6.3f}" for v in by_locale.values())
              + f" {sum(every) / len(every):6.3f} {touched:4d}/{looks:<4d}"
              f" {right / max(1, len(spans)):9.3f} {chars / seconds / 1000:8.0f}")


if __name__ == "__main__":
    main()
