"""The Markdown summary of a report, short enough for a pull-request comment: counts per
category and per file, errors and warnings, the fields left unscanned by design, the top
detectors. It never holds a value, revealed or not: only counts, names of categories,
detectors and fields, and file paths."""

from __future__ import annotations

from collections import Counter
from typing import Any

from redact.wording import count

__all__ = ["render_markdown"]

MAX_FILES = 50  # files listed; a comment stays readable for a large run
MAX_PROBLEMS = 30
TOP_DETECTORS = 10


def _cell(text: str) -> str:
    """Text safe inside a table cell and inline code."""
    return text.replace("|", "\\|").replace("`", "'").replace("\n", " ")


def render_markdown(report: dict[str, Any]) -> str:
    summary = report["summary"]
    by_category = summary["changes_by_category"]
    total = sum(by_category.values())
    lines = [
        "### redact report",
        "",
        f"**{count(summary['files'], 'file')}**: {summary['redacted']} redacted, "
        f"{summary['clean']} clean, {summary['skipped']} skipped, "
        f"{count(summary['errors'], 'error')}; **{count(total, 'change')}**; "
        f"{count(summary['warnings'], 'warning')}.",
    ]
    if by_category:
        lines += ["", "| category | changes |", "|---|---:|"]
        lines += [f"| {cat} | {n} |" for cat, n in sorted(by_category.items(), key=lambda x: (-x[1], x[0]))]
    changed = [f for f in report["files"] if f["changes"]]
    if changed:
        lines += ["", "| file | changes | by category |", "|---|---:|---|"]
        for f in changed[:MAX_FILES]:
            counts = Counter(c["category"] for c in f["changes"])
            cats = ", ".join(f"{cat} {n}" for cat, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
            lines.append(f"| `{_cell(f['path'])}` | {len(f['changes'])} | {cats} |")
        if len(changed) > MAX_FILES:
            lines.append(f"| {count(len(changed) - MAX_FILES, 'more file')} | "
                         f"{sum(len(f['changes']) for f in changed[MAX_FILES:])} | |")
    problems = []
    for f in report["files"]:
        if f["status"] in ("error", "skipped"):
            problems.append(f"- **{f['status']}** `{_cell(f['path'])}`: {_cell(f['error'] or '')}")
        problems += [f"- warning `{_cell(f['path'])}`: {_cell(w)}" for w in f["warnings"]]
    if problems:
        lines += ["", "**Errors and warnings**", ""] + problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            lines.append(f"- and {len(problems) - MAX_PROBLEMS} more (see the JSON report)")
    skipped = [f for f in report["files"] if f.get("skipped_fields")]  # none before /3
    if skipped:
        lines += ["", "**Left unscanned by design** (ids, times, types, roles, model names)", ""]
        lines += [f"- `{_cell(f['path'])}`: " + ", ".join(f"`{_cell(n)}`" for n in f["skipped_fields"])
                  for f in skipped[:MAX_FILES]]
        if len(skipped) > MAX_FILES:
            lines.append(f"- and {count(len(skipped) - MAX_FILES, 'more file')}")
    detectors = Counter(c["detector"] for f in report["files"] for c in f["changes"])
    if detectors:
        lines += ["", "**Top detectors**: " + ", ".join(
            f"{_cell(d)} {n}" for d, n in detectors.most_common(TOP_DETECTORS))]
    return "\n".join(lines) + "\n"
