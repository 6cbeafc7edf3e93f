"""What a scrub run is asked to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from redact.config import Policy
from redact.formats import FormatOptions
from redact.keys import Key

__all__ = ["ScrubOptions", "HEAD_BYTES", "BATCH_CHARS"]

# Files are read whole up to HEAD_BYTES; larger JSON Lines and CSV files are streamed in
# batches of about BATCH_CHARS characters of whole records, so memory does not grow with them.
HEAD_BYTES = 1 << 20
BATCH_CHARS = 1 << 20


@dataclass
class ScrubOptions:
    outdir: Path | None = None
    in_place: bool = False
    policy: Policy = field(default_factory=Policy)
    rule_files: list[Path] = field(default_factory=list)
    format: str | None = None
    fields: tuple[str, ...] = ()  # JSON string fields to scan (--fields)
    columns: tuple[str, ...] = ()  # CSV columns to scan (--columns)
    no_header: bool = False  # a CSV's first row is data (--no-header)
    binary_strings: bool = False  # detection only: scan the printable runs of binary files
    copy_unscanned: bool = False  # copy binary files and members byte for byte
    reveal: bool = False
    repair: bool = True
    key: Key | None = None
    progress: Callable[[int, int], None] | None = None  # (input bytes done, files done)
    progress_total: Callable[[int, int], None] | None = None  # (input bytes, files), once
    workers: int | str = 1  # detection processes, or "auto" (see redact.detect.pool)
    stdout: BinaryIO | None = None  # where "-" output goes
    to_stdout: bool = False  # -o -: the one input's output goes to standard output
    batch_chars: int = BATCH_CHARS
    head_bytes: int = HEAD_BYTES
    resume: bool = False  # continue the run whose journal is in OUTDIR
    # files the caller writes after the run (option -> path: --report, --html): none may be
    # an input or an output of the run
    reserved: dict[str, Path] = field(default_factory=dict)

    def format_options(self) -> FormatOptions:
        """The layout options, checked: an unknown format or a bad field spec is a usage
        error before anything is read."""
        options = FormatOptions(self.format, self.fields, self.columns, self.no_header)
        options.check()
        return options
