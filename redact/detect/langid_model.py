"""py3langid's identifier with its model memory-mapped instead of read into memory.

The model's two large tables (the byte n-gram automaton, about 40 MB, and the per-feature
language weights, about 28 MB) would otherwise stay in the process for the rest of the run,
even when a single text of a long transcript needed the model. A text touches only the rows
of the states and features it holds, so mapped, they cost the pages read: the same numbers,
the same decisions. The model ships compressed in py3langid's wheel; it is decompressed, as
py3langid itself does, into an unnamed temporary file, which the mapping keeps alive.

The kernel maps a file's cached pages in large runs around each one read (one short text
maps about 33 MB of the tables), and they would stay mapped while NER peaks: ``release``
unmaps them between batches (they stay in the page cache; a later text maps them again).
"""

from __future__ import annotations

import lzma
import mmap
import shutil
import struct
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

__all__ = ["mapped_identifier", "release"]

_TYPECODES = {2: "H", 4: "I", 8: "Q"}  # py3langid's automaton as Python-indexable integers
# (its output feature per state is signed: -1 for none)
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # a zip member's local header: lengths at 26, 28
_HEADERS = {(1, 0): np.lib.format.read_array_header_1_0,
            (2, 0): np.lib.format.read_array_header_2_0}
_MAPPINGS: list[mmap.mmap] = []  # every model mapping this process made, for ``release``


def mapped_identifier(path: Path | None = None) -> LanguageIdentifier:
    """The identifier of ``py3langid.classify`` with ``norm_probs``, its tables mapped.
    A model laid out otherwise (a future py3langid) is loaded by py3langid itself."""
    path = path or MODEL_DIR / MODEL_FILE
    tmp = tempfile.TemporaryFile(suffix=".npz")
    try:
        with lzma.open(path) as src:
            shutil.copyfileobj(src, tmp, length=1 << 20)
        tmp.flush()
        arrays = _mapped_arrays(tmp)
    finally:
        tmp.close()  # the mapping keeps the file's pages; its name is already gone
    if arrays is None or not {"ptc", "pc", "classes", "nextmove", "nextmove_row",
                              "out_feat"} <= arrays.keys():
        return LanguageIdentifier.from_model_file(path, norm_probs=True)
    identifier = LanguageIdentifier(
        arrays["ptc"], np.array(arrays["pc"]), np.array(arrays["classes"]).tolist(),
        _integers(arrays["nextmove"]), _integers(arrays["out_feat"]),
        norm_probs=True, tk_row=_integers(arrays["nextmove_row"]))
    # the row offsets it pre-shifts, as 4-byte integers rather than a list of 100,000 ints
    identifier._rowbase = memoryview(arrays["nextmove_row"].astype(np.uint32) << 8)
    return identifier


def _mapped_arrays(tmp: Any) -> dict[str, np.ndarray] | None:
    """Each ``.npy`` member of the (uncompressed) npz as an array over a read-only map of
    the file, or None when a member is compressed or not a plain array."""
    mapped = mmap.mmap(tmp.fileno(), 0, access=mmap.ACCESS_READ)
    arrays = {}
    if not zipfile.is_zipfile(tmp):
        return None
    with zipfile.ZipFile(tmp) as archive:
        for info in archive.infolist():
            if info.compress_type != zipfile.ZIP_STORED or not info.filename.endswith(".npy"):
                return None
            magic, name_len, extra_len = _LOCAL_HEADER.unpack_from(
                mapped, info.header_offset)
            if magic != b"PK\x03\x04":
                return None
            tmp.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
            read_header = _HEADERS.get(np.lib.format.read_magic(tmp))
            if read_header is None:
                return None
            shape, fortran, dtype = read_header(tmp)
            if fortran or dtype.hasobject or not dtype.isnative:
                return None
            count = int(np.prod(shape))
            array = np.frombuffer(mapped, dtype=dtype, count=count, offset=tmp.tell())
            arrays[info.filename.removesuffix(".npy")] = array.reshape(shape)
    _MAPPINGS.append(mapped)
    return arrays


def release() -> None:
    """The pages of the model's tables leave the process's memory; the mappings stay."""
    advice = getattr(mmap, "MADV_DONTNEED", None)
    if advice is None:  # a platform without madvise advice keeps them
        return
    for mapped in _MAPPINGS:
        mapped.madvise(advice)


def _integers(array: np.ndarray) -> memoryview:
    """An integer array as py3langid's automaton walks it (``table[i]`` gives a Python
    int), without a copy: a memoryview over the map (a list would hold 100,000 ints)."""
    code = _TYPECODES[array.dtype.itemsize]
    return memoryview(array).cast("B").cast(code.lower() if array.dtype.kind == "i" else code)
