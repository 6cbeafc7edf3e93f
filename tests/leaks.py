"""What a leak check looks for: the values a run replaced, taken from its inputs, in every
form a page, a JSON file or a log could write them."""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path

from redact import text_io


def input_texts(inputs: Path) -> dict[str, bytes]:
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p.read_bytes()
            for p in inputs.rglob("*") if p.is_file()}


def replaced_values(report: dict, inputs: Path) -> list[tuple[dict, str]]:
    """(change, value taken from the input at the change's offsets) for every change."""
    by_hash = input_texts(inputs)
    out = []
    for entry in report["files"]:
        if not entry["changes"]:
            continue
        text = text_io.decode(by_hash[entry["input_sha256"]], repair=entry["repair"] is not None).text
        out += [(c, text[c["start"]:c["end"]]) for c in entry["changes"]]
    return out


def forms(value: str) -> set[str]:
    """How a value could be written: as is, escaped for HTML, inside JSON (both escapings)."""
    in_json = json.dumps(value, ensure_ascii=False)[1:-1]
    return {value, html.escape(value), in_json, json.dumps(value)[1:-1],
            in_json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")}


def hidden_values(report: dict, inputs: Path, outputs: Path) -> set[str]:
    """Replaced values that stand nowhere in the output files (a value like "will" that is
    also a word of the output is visible there anyway)."""
    written = "\0".join(p.read_text(encoding="utf-8", errors="replace")
                        for p in outputs.rglob("*") if p.is_file())
    values = {v for _, v in replaced_values(report, inputs)}
    return {v for v in values if v.strip() and not any(f in written for f in forms(v))}
