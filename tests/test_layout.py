"""The shape of the package: modules small enough to read in one sitting, stages that never
reach for the orchestrator, and stage modules that load no model."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "redact"
MAX_LINES = 450
ORCHESTRATOR = "redact.run.scrub"
MAY_IMPORT_ORCHESTRATOR = ("cli/", "api.py")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    """Modules ``path`` imports, by absolute name (``from redact.run import scrub`` names
    ``redact.run.scrub``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_is_over_450_lines():
    long = {p.relative_to(ROOT).as_posix(): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_only_the_cli_and_the_api_import_the_orchestrator():
    users = sorted(p.relative_to(PACKAGE).as_posix() for p in _modules()
                   if ORCHESTRATOR in _imports(p) and p != PACKAGE / "run" / "scrub.py")
    assert users and all(u.startswith(MAY_IMPORT_ORCHESTRATOR) for u in users), users


def test_the_import_check_sees_every_way_of_writing_an_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("import redact.run.scrub\n")
    assert ORCHESTRATOR in _imports(module)
    module.write_text("from redact.run import scrub\n")
    assert ORCHESTRATOR in _imports(module)
    module.write_text("from redact.run.scrub import scrub as s\n")
    assert ORCHESTRATOR in _imports(module)


def test_records_spans_load_and_replace_load_no_model():
    probe = ("import sys\n"
             "import redact.records, redact.spans, redact.run.load, redact.run.replace\n"
             "import redact.run.write, redact.run.progress, redact.run.select\n"
             "print(sorted(m for m in ('spacy', 'presidio_analyzer', 'natasha')"
             " if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"
