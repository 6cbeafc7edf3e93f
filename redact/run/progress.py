"""Progress of a run, in input bytes and files, for ``ScrubOptions.progress``."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from redact.inputs import InputFile
from redact.run.options import ScrubOptions

__all__ = ["Meter"]


class Meter:
    """Whole files advance as their text is scanned, streamed ones as they are read, and a
    file counts as done once written (or found in error or skipped). Files are known by
    their place in the run's file list."""

    def __init__(self, options: ScrubOptions, files: list[InputFile]) -> None:
        self.report = options.progress
        self.sizes = _sizes(files)
        self.total = sum(self.sizes)
        self.bytes = self.files = 0
        self.counted = [0] * len(files)  # bytes already shown per file
        if options.progress_total:
            options.progress_total(self.total, len(files))

    def _show(self) -> None:
        if self.report:
            self.report(self.bytes, self.files)

    def _count(self, index: int, nbytes: int) -> None:
        nbytes = min(nbytes, self.sizes[index])
        self.bytes += nbytes - self.counted[index]
        self.counted[index] = nbytes

    def detecting(self, indices: list[int]) -> Callable[[float], None]:
        """For detection across files: the share of their text scanned so far."""
        def scanned(fraction: float) -> None:
            for index in indices:
                self._count(index, int(self.sizes[index] * fraction))
            self._show()
        return scanned

    def streaming(self, index: int) -> Callable[[int], None]:
        """For a streamed file: the bytes of it read so far."""
        def read(nbytes: int) -> None:
            self._count(index, nbytes)
            self._show()
        return read

    def done(self, index: int) -> None:
        self._count(index, self.sizes[index])
        self.files += 1
        self._show()


def _sizes(files: list[InputFile]) -> list[int]:
    """Input bytes per file, zip members by their uncompressed size; 0 when unknown
    (standard input, an unreadable file)."""
    sizes: list[int] = []
    archives: dict[Path, dict[str, int]] = {}
    for item in files:
        try:
            if item.path is None or item.error:
                sizes.append(0)
            elif item.member is None:
                sizes.append(item.path.stat().st_size)
            else:
                if item.path not in archives:
                    with zipfile.ZipFile(item.path) as zf:
                        archives[item.path] = {i.filename: i.file_size for i in zf.infolist()}
                sizes.append(archives[item.path].get(item.member, 0))
        except (OSError, zipfile.BadZipFile):
            sizes.append(0)
    return sizes
