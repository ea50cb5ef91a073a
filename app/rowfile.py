"""Rows of a large ``.npy`` matrix read on demand with ``pread`` (no memory map).

A memory-mapped matrix is cheap to open, but every page fault maps its neighbours too
(the kernel's fault-around, 64 KB), so a server that reads a few scattered rows per
question slowly makes the whole file resident: 0.7 GB of sentence vectors at 100 k
passages, 7 GB at 1 M. ``RowFile`` reads exactly the rows asked for. It supports what
the query path does — ``m[i]``, ``m[rows]``, ``m[a:b]``, ``.shape``, ``.dtype``,
``len(m)`` — and ``np.asarray(m)`` reads the whole matrix (tests, rebuilds).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np


class RowFile:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with self.path.open("rb") as fh:
            version = np.lib.format.read_magic(fh)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
            self._offset = fh.tell()
        if fortran or len(shape) != 2 or dtype.hasobject:
            raise ValueError(f"{self.path.name}: expected a C-ordered 2-D numeric array")
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        self.dtype = np.dtype(dtype)
        self.ndim = 2
        self._row_bytes = self.shape[1] * self.dtype.itemsize
        self._fd = os.open(self.path, os.O_RDONLY)
        size = os.fstat(self._fd).st_size
        if size < self._offset + self.shape[0] * self._row_bytes:
            os.close(self._fd)
            raise ValueError(f"{self.path.name} is shorter than its header says")

    def __len__(self) -> int:
        return self.shape[0]

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    def _read(self, start: int, count: int) -> np.ndarray:
        data = os.pread(self._fd, count * self._row_bytes, self._offset + start * self._row_bytes)
        return np.frombuffer(data, dtype=self.dtype).reshape(count, self.shape[1])

    def __getitem__(self, key: Any) -> np.ndarray:
        n = self.shape[0]
        if isinstance(key, (int, np.integer)):
            i = int(key) + (n if key < 0 else 0)
            if not 0 <= i < n:
                raise IndexError(key)
            return self._read(i, 1)[0]
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step == 1:
                return self._read(start, max(0, stop - start)).copy()
            key = np.arange(start, stop, step)
        rows = np.asarray(key, dtype=np.int64).reshape(-1)
        if len(rows) == 0:
            return np.zeros((0, self.shape[1]), dtype=self.dtype)
        rows = np.where(rows < 0, rows + n, rows)
        if rows.min() < 0 or rows.max() >= n:
            raise IndexError("row out of range")
        out = np.empty((len(rows), self.shape[1]), dtype=self.dtype)
        # Contiguous runs (a passage's sentences) are read in one call each.
        order = np.argsort(rows, kind="stable")
        srt = rows[order]
        breaks = np.flatnonzero(np.diff(srt) != 1) + 1
        for run in np.split(np.arange(len(srt)), breaks):
            lo = int(srt[run[0]])
            block = self._read(lo, int(srt[run[-1]]) - lo + 1)
            out[order[run]] = block
        return out

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        whole = self._read(0, self.shape[0])
        return whole.astype(dtype) if dtype is not None else whole.copy()
