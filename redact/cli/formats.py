"""``redact formats``: the input formats, in the order they are sniffed."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from redact.formats import FORMATS


def formats_command() -> None:
    """List the input formats: name (for --format), file extensions, whether large files are streamed, and what the format reads. Content is sniffed first, in this order; the extension decides when no content signature matches."""
    table = Table(show_header=True, header_style="bold", box=None)
    for column in ("format", "extensions", "streamed", "reads"):
        table.add_column(column)
    for fmt in FORMATS.values():
        table.add_row(fmt.name, " ".join(fmt.extensions) or "-", "yes" if fmt.streamable else "-",
                      fmt.summary)
    Console().print(table)
