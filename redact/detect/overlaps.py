"""One finding per place: overlapping findings resolved into one span, a name found in
parts written as one. The refiner's last step, after every check has had its say."""

from __future__ import annotations

from redact.detect.cues import CUE_PREFIX
from redact.records import Finding

__all__ = ["SPECIFIC", "merge_names", "resolve"]

# A checksum or a context word says more than "phonenumbers can parse it": an ИНН or a
# passport number read as a phone is labelled by what it is.
SPECIFIC = {"GOV_ID", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CRYPTO_WALLET", "SECRET"}


def resolve(findings: list[Finding]) -> list[Finding]:
    """Overlapping findings become one span: the one containing the others when there is
    one, else the union labelled by the most specific category, then by what a cue named
    ("IRD number is 123-456-789" is no phone), then the highest score."""
    if len(findings) < 2:
        return list(findings)
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    group: list[Finding] = []
    for f in ordered + [None]:
        if f is not None and group and f.start < max(g.end for g in group):
            group.append(f)
            continue
        if group:
            start = min(g.start for g in group)
            end = max(g.end for g in group)
            outer = [g for g in group if g.start == start and g.end == end]
            best = max(outer or group, key=lambda g: (
                g.category in SPECIFIC, g.detector.startswith(CUE_PREFIX), g.score,
                g.end - g.start))
            out.append(best.shifted(start, end))
        group = [f] if f is not None else []
    return out


def merge_names(text: str, findings: list[Finding]) -> list[Finding]:
    """"Priya" and "Raman" found apart but written together on a line are one name, and so
    are the halves of a double name NER splits ("Sarah" and "Louise Kenny" of
    "Sarah-Louise Kenny"); the lines of a list are one name each."""
    out: list[Finding] = []
    for f in findings:
        prev = out[-1] if out else None
        if (prev is not None and prev.category == f.category == "PERSON"
                and text[prev.end:f.start] in (" ", "  ", "\t", "-")):
            out[-1] = max(prev, f, key=lambda g: g.score).shifted(prev.start, f.end)
        else:
            out.append(f)
    return out
