"""The shapes a batch of records comes in, read as rows and given back with columns
replaced: a mapping of column to values (``datasets.map(batched=True)``, Ray's numpy
batches), a list of dicts, a pandas DataFrame or a pyarrow Table. Neither pandas nor
pyarrow is imported unless the batch is one of theirs."""

from __future__ import annotations

from typing import Any

from redact.errors import UsageError

__all__ = ["column_names", "rows", "with_columns", "plain"]


def _is_table(batch: Any) -> bool:
    return hasattr(batch, "set_column")  # pyarrow.Table


def _is_frame(batch: Any) -> bool:
    return hasattr(batch, "iloc")  # pandas.DataFrame


def column_names(batch: Any) -> list[str]:
    if _is_table(batch):
        return list(batch.column_names)
    if _is_frame(batch):
        return [str(c) for c in batch.columns]
    if isinstance(batch, list):
        return list(dict.fromkeys(name for row in batch for name in row))
    return [str(c) for c in batch.keys()]


def rows(batch: Any, columns: list[str]) -> list[dict[str, Any]]:
    """Each record's values of ``columns``; a column the batch lacks is a usage error."""
    names = column_names(batch)
    missing = [c for c in columns if c not in names]
    if missing and not (isinstance(batch, list) and not batch):
        raise UsageError(f"the batch has no column {missing[0]!r} (it has {', '.join(names)})")
    if _is_table(batch):
        return batch.select(columns).to_pylist()
    if _is_frame(batch):
        return batch[columns].to_dict("records")
    if isinstance(batch, list):
        return [{c: row.get(c) for c in columns} for row in batch]
    n = len(batch[columns[0]]) if columns else 0
    return [{c: batch[c][i] for c in columns} for i in range(n)]


def with_columns(batch: Any, values: dict[str, list]) -> Any:
    """The batch, of the same kind, with ``values`` as its columns (replaced or added)."""
    if _is_table(batch):
        import pyarrow as pa

        for name, column in values.items():
            if name in batch.column_names:
                i = batch.column_names.index(name)
                batch = batch.set_column(i, name, pa.array(column, type=batch.schema.field(i).type))
            else:
                batch = batch.append_column(name, pa.array(column))
        return batch
    if _is_frame(batch):
        batch = batch.copy()
        for name, column in values.items():
            batch[name] = column
        return batch
    if isinstance(batch, list):
        return [dict(row, **{name: column[i] for name, column in values.items()})
                for i, row in enumerate(batch)]
    out = dict(batch)
    for name, column in values.items():
        original = batch.get(name)
        if hasattr(original, "dtype"):  # numpy in, numpy out (one object per record)
            import numpy as np

            array = np.empty(len(column), dtype=object)
            for i, value in enumerate(column):
                array[i] = value
            column = array
        out[name] = column
    return out


def plain(value: Any) -> Any:
    """Numpy arrays and scalars (Ray's numpy and pandas batches) as plain Python for JSON."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
