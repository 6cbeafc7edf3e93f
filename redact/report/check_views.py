"""Text, JSON and GitHub-annotation views of a `check` run. Values are never shown: the
text view masks them, the others carry only positions and fingerprints."""

from __future__ import annotations

import json

from redact.report.check_model import CheckFinding, CheckResult
from redact.report.sarif import to_sarif
from redact.wording import count

__all__ = ["render", "summary_line", "FORMATS"]

FORMATS = ("text", "json", "sarif", "github")


def _text(result: CheckResult) -> str:
    """One line per new finding: ``path:line:col CATEGORY entity (detector, score) ****``,
    ``path: ... **** in the path`` for one in the file's path, then for a history check
    ``in COMMIT (AUTHOR-DATE)``."""
    return "".join(
        f"{f.path}{_at(x)} {x.category} {x.entity} ({x.detector}, {x.score:.2f}) "
        f"{'*' * min(x.end - x.start, 12)}{'' if x.position else ' in the path'}"
        f"{_in_commit(x)}\n"
        for f, x in result.findings if x.state == "new")


def _at(x: CheckFinding) -> str:
    return f":{x.position.line}:{x.position.column}" if x.position else ":"


def _in_commit(x: CheckFinding) -> str:
    return f" in {x.commit} ({x.author_date})" if x.commit else ""


def _escape(value: str, *, prop: bool) -> str:
    """GitHub workflow-command escaping (properties also escape ``:`` and ``,``)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def _github(result: CheckResult) -> str:
    lines = []
    for f, x in result.findings:
        if x.state != "new":
            continue
        level, at = "error" if x.fails else "warning", x.position
        region = (f"line={at.line},col={at.column},endLine={at.end_line},"
                  f"endColumn={at.end_column}," if at else "")
        props = (f"file={_escape(f.path, prop=True)},{region}"
                 f"title={_escape('redact ' + x.category, prop=True)}")
        lines.append(f"::{level} {props}::"
                     + _escape(f"{x.category} {x.entity} ({x.detector}, {x.score:.2f})"
                               f"{'' if at else ' in the path'}{_in_commit(x)}", prop=False))
    for f in result.files:
        if f.status == "error":
            lines.append(f"::error file={_escape(f.path, prop=True)}::" + _escape(f.error or "", prop=False))
    return "".join(line + "\n" for line in lines)


def render(result: CheckResult, fmt: str) -> str:
    if fmt == "text":
        return _text(result)
    if fmt == "github":
        return _github(result)
    data = to_sarif(result) if fmt == "sarif" else result.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def summary_line(result: CheckResult) -> str:
    s = result.summary
    commits = (f"{count(s['commits'], 'commit')}, {s['blobs_scanned']} of "
               f"{count(s['blobs'], 'blob')} scanned; " if result.history else "")
    return (f"{commits}{count(s['files'], 'file')} ({s['scanned']} scanned, "
            f"{s['skipped']} skipped, {count(s['errors'], 'error')}): "
            f"{count(s['new'], 'new finding')} ({s['failing']} failing), "
            f"{s['baselined']} baselined, {s['allowed']} allowed")
