"""SARIF 2.1.0 view of a `check` run, for code scanning (GitHub upload-sarif and others).

Columns are Unicode code points (``columnKind``), lines split at "\\n". A repaired
(mojibake) file is located in its repaired text, which the result's properties say.
``partialFingerprints`` carry the baseline id, which ignores offsets, so moved lines stay
the same alert. A history check names the repository and the commit it ends at
(``versionControlProvenance``) and each result's commit in its properties.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from redact import __version__
from redact.report.check_model import CheckResult

__all__ = ["to_sarif", "SARIF_SCHEMA_URI"]

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """A repository path as a relative URI: the bytes of a name that is not UTF-8 are
    percent-encoded as they are."""
    return quote(path, safe="/!", errors="surrogateescape")


def to_sarif(result: CheckResult) -> dict[str, Any]:
    rule_ids = sorted({x.entity for _, x in result.findings})
    categories = {x.entity: x.category for _, x in result.findings}
    rules = [{
        "id": entity, "name": entity,
        "shortDescription": {"text": f"{categories[entity]}: {entity} found"},
        "fullDescription": {"text": f"Personal data of category {categories[entity]} "
                                    f"({entity}) is present in the file."},
        "defaultConfiguration": {"level": "error"},
        "properties": {"category": categories[entity], "tags": ["privacy", "pii"]},
    } for entity in rule_ids]
    index = {r: i for i, r in enumerate(rule_ids)}
    results = []
    for f, x in result.findings:
        location: dict[str, Any] = {"physicalLocation": {
            "artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"}}}
        if x.position:  # else in the file's path: a result on the file, without a region
            location["physicalLocation"]["region"] = {
                "startLine": x.position.line, "startColumn": x.position.column,
                "endLine": x.position.end_line, "endColumn": x.position.end_column,
                "charOffset": x.start, "charLength": x.end - x.start}
        if x.field_path:
            location["logicalLocations"] = [{"fullyQualifiedName": x.field_path, "kind": "member"}]
        entry: dict[str, Any] = {
            "ruleId": x.entity, "ruleIndex": index[x.entity],
            "level": "error" if x.fails else "warning" if x.state == "new" else "note",
            "message": {"text": f"{x.category} ({x.entity}) found by {x.detector}, "
                                f"score {x.score:.2f}{'' if x.position else ', in the path'}"},
            "locations": [location],
            "partialFingerprints": {"redactBaselineId/v1": x.baseline_id},
            "baselineState": "unchanged" if x.state == "baselined" else "new",
            "properties": {"category": x.category, "score": x.score, "detector": x.detector,
                           "state": x.state, "fingerprint": x.fingerprint},
        }
        if not result.stable_key:  # ids under a key of this run only would name nothing
            del entry["partialFingerprints"], entry["properties"]["fingerprint"]
        if x.commit:
            entry["properties"] |= {"commit": x.commit, "author_date": x.author_date}
        if f.repair:
            entry["properties"]["offsetsIn"] = f"repaired text (was {f.repair['encoding']} mojibake)"
        if x.state == "allowed":
            entry["suppressions"] = [{"kind": "inSource", "justification": "redact:allow"}]
        elif x.state == "baselined":
            entry["suppressions"] = [{"kind": "external", "justification": "in the baseline"}]
        results.append(entry)
    notifications = [{
        "level": "error", "message": {"text": f"{f.path}: {f.error}"},
        "locations": [{"physicalLocation": {"artifactLocation": {
            "uri": _uri(f.path), "uriBaseId": "%SRCROOT%"}}}],
    } for f in result.files if f.status == "error"]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "redact", "version": __version__, "rules": rules}},
    }
    if result.history:
        provenance = {"repositoryUri": result.history.repository}
        if result.history.revision:
            provenance["revisionId"] = result.history.revision
        run["versionControlProvenance"] = [provenance]
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": [run | {
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications,
                             "exitCode": result.exit_code}],
            "results": results,
            "properties": {"summary": result.summary,
                           "key_id": result.key_id if result.stable_key else None},
        }],
    }
