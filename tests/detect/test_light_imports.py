"""Loading packs and refining findings import none of the models."""

from __future__ import annotations

import subprocess
import sys

PROBE = ("import redact.detect.refine, redact.detect.checks, redact.detect.packs, "
         "redact.detect.triggers, redact.morph; import sys; "
         "print(sorted(m for m in ('spacy', 'presidio_analyzer', 'natasha') if m in sys.modules))")


def test_refine_and_packs_load_without_spacy_presidio_or_natasha():
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True,
                         text=True)
    assert out.stdout.strip() == "[]"
