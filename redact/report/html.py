"""The HTML report: one self-contained page (inline CSS, JS and SVG, no network) where a
person reviews a run and exports decisions for ``redact review apply``.

The page is built from the JSON report and the redacted outputs only, so a replaced value
is in it nowhere unless the report was made with ``--reveal`` (then under a banner).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from redact import text_io
from redact.archives import read_member, split_member_path
from redact.records import CATEGORIES
from redact.errors import FileError
from redact.report.model import SCHEMA
from redact.run.replace import CONTEXT_CHARS
from redact.spans import output_offsets

__all__ = ["render_html", "write_html", "OutputText", "read_outputs"]


@dataclass
class OutputText:
    """A file's redacted output for the per-file view, or why the page cannot show it."""

    text: str | None
    note: str | None = None


def read_outputs(report: dict[str, Any], outdir: Path | None) -> list[OutputText]:
    """Each file's output text: ``OUTDIR/<path>`` when ``outdir`` is given, else the
    ``output`` path the report records (relative to the folder the scrub ran in).

    A report is a file anyone can edit, so the page shows only what the run wrote: an
    output whose path lies under the OUTDIR (``outdir``, else the report's ``run.outdir``)
    and whose bytes have the SHA-256 the report records. Older reports record no hashes:
    their pages show the changes without output text."""
    if report.get("schema") != SCHEMA:
        note = (f"this report ({report.get('schema')}) records no output hashes, so the page "
                "shows the changes without the output text")
        return [_not_written(entry) or OutputText(None, note) for entry in report["files"]]
    recorded = report["run"].get("outdir")
    base = outdir if outdir is not None else Path(recorded) if recorded else None
    return [_not_written(entry) or _read_output(entry, base, outdir is not None)
            for entry in report["files"]]


def _not_written(entry: dict[str, Any]) -> OutputText | None:
    if entry["status"] not in ("redacted", "clean") or entry.get("output") in (None, "-"):
        return OutputText(None, "no output was written for this file")
    return None


def _read_output(entry: dict[str, Any], base: Path | None, by_path: bool) -> OutputText:
    """The output at ``base/<path>`` (``by_path``) or at its recorded ``output``, read only
    when it lies under ``base`` and its hash is the report's."""
    if base is None:
        return OutputText(None, "the run wrote no OUTDIR (--in-place), so the page shows the "
                                "changes without the output text")
    rel = entry["path"] if by_path else entry["output"]
    member = split_member_path(rel)
    path = (base if by_path else Path()) / (member[0] if member else rel)
    real = os.path.realpath(path)
    if not real.startswith(os.path.join(os.path.realpath(base), "")):
        return OutputText(None, "its output path lies outside the report's OUTDIR: not read")
    if not os.path.isfile(real):
        return OutputText(None, "the output is not a regular file: not read")
    try:
        data = read_member(path, member[1]) if member else path.read_bytes()
    except (OSError, FileError) as err:
        reason = getattr(err, "strerror", None) or type(err).__name__
        return OutputText(None, f"the output could not be read ({reason})")
    if hashlib.sha256(data).hexdigest() != entry.get("output_sha256"):
        return OutputText(None, "the output on disk is not the one this report records "
                                "(SHA-256 differs): not shown")
    try:
        return OutputText(data.decode(entry.get("encoding") or "utf-8"))
    except (UnicodeDecodeError, LookupError) as err:
        return OutputText(None, f"the output could not be read ({type(err).__name__})")


def _context_start(context: str, replacement: str, out_start: int) -> int:
    """Where the replacement stands in its context: CONTEXT_CHARS in, or less near the
    start of the output (or of a streamed batch), so the occurrence closest to that."""
    expected = min(CONTEXT_CHARS, out_start)
    if not replacement:
        return -1
    found = [i for i in range(len(context)) if context.startswith(replacement, i)]
    return min(found, key=lambda i: abs(i - expected), default=-1)


def _page_data(report: dict[str, Any], outputs: list[OutputText]) -> dict[str, Any]:
    """What the page's script reads: files with their output text, and one flat list of
    changes with their places in the output."""
    files, changes = [], []
    for index, (entry, output) in enumerate(zip(report["files"], outputs)):
        spans = output_offsets((c["start"], c["end"], c["replacement"]) for c in entry["changes"])
        text, note = output.text, output.note
        if text is not None and any(text[a:b] != c["replacement"]
                                    for (a, b), c in zip(spans, entry["changes"])):
            text, note = None, "the output on disk no longer matches the report"
        files.append({"path": entry["path"], "status": entry["status"],
                      "format": entry.get("format"), "count": len(entry["changes"]),
                      "text": text, "note": note})
        for (a, b), c in zip(spans, entry["changes"]):
            change = {"i": len(changes), "f": index, "l": c["line"], "col": c["column"],
                      "cat": c["category"], "ent": c["entity"], "det": c["detector"],
                      "s": c["score"], "lab": c["label"], "rep": c["replacement"],
                      "fp": c["fingerprint"], "ctx": c["context"],
                      "cs": _context_start(c["context"], c["replacement"], a), "os": a, "oe": b}
            if "original" in c:
                change["orig"] = c["original"]
            changes.append(change)
    run = report["run"]
    return {"revealed": any("orig" in c for c in changes), "files": files, "changes": changes,
            "categories": list(CATEGORIES),
            "run": {"started": run.get("started"), "policy_digest": run.get("policy_digest"),
                    "key": run.get("key")}}


def _problems(report: dict[str, Any]) -> list[dict[str, str]]:
    """Errors, skipped files and warnings, one sentence each."""
    out = []
    for f in report["files"]:
        if f["status"] == "error":
            out.append({"kind": "error", "path": f["path"],
                        "text": f"could not be scrubbed: {f['error']}. Nothing was written for it."})
        elif f["status"] == "skipped":
            out.append({"kind": "skipped", "path": f["path"],
                        "text": f"skipped: {f['error']}. It is not in the output."})
        for warning in f["warnings"]:
            out.append({"kind": "warning", "path": f["path"], "text": warning})
    return out


def _chart(by_category: dict[str, int]) -> list[dict[str, Any]]:
    """Bars of the changes-per-category chart, longest first."""
    top = max(by_category.values(), default=0)
    return [{"category": cat, "count": n, "width": round(300 * n / top, 1) if top else 0}
            for cat, n in sorted(by_category.items(), key=lambda x: (-x[1], x[0]))]


def _asset(name: str) -> str:
    return resources.files("redact.report").joinpath("html", name).read_text(encoding="utf-8")


def _script_json(data: dict[str, Any]) -> str:
    """JSON that cannot end its <script> element or open a comment, whatever the text."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(report: dict[str, Any], outputs: list[OutputText]) -> str:
    data = _page_data(report, outputs)
    summary = report["summary"]
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    template = env.from_string(_asset("template.html"))
    unscanned = sum(f["unscanned_ner_chars"] for f in report["files"])
    repaired = sum(1 for f in report["files"] if f.get("repair"))
    return template.render(
        summary=summary, total=sum(summary["changes_by_category"].values()),
        chart=_chart(summary["changes_by_category"]), problems=_problems(report),
        skipped_fields=[{"path": f["path"], "fields": f["skipped_fields"]}
                        for f in report["files"] if f.get("skipped_fields")],
        unscanned=unscanned, repaired=repaired, revealed=data["revealed"], run=report["run"],
        tool=report["tool"], css=Markup(_asset("report.css")),
        script=Markup(_asset("report.js")),
        data=Markup(_script_json(data)))


def write_html(report: dict[str, Any], path: Path, *, outdir: Path | None = None) -> None:
    """A page of a revealed report holds originals: it is created with mode 0600."""
    page = render_html(report, read_outputs(report, outdir))
    revealed = any("original" in c for f in report["files"] for c in f["changes"])
    text_io.write_atomic(path, text_io.report_bytes(page), mode=0o600 if revealed else 0o644)
