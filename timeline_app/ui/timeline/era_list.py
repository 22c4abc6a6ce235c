"""The eras in one frame, as arrays: with 50,000 eras a list of tuples made on every pan cost
tens of milliseconds, while selecting the visible ones from arrays costs a few numpy calls."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from timeline_app.ui.timeline.packing import _FAR  # the one pixel clamp


@dataclass(slots=True)
class EraList:
    titles: list[str]  # every era's title, the view's own list (shared, not copied)
    index: np.ndarray  # positions in `titles` of the eras in sight, in document order
    x0: np.ndarray  # their extents in canvas pixels, clipped to +-_FAR
    x1: np.ndarray

    @classmethod
    def empty(cls) -> EraList:
        none = np.zeros(0)
        return cls([], np.zeros(0, dtype=np.int64), none, none)

    @classmethod
    def in_view(cls, titles: list[str], lo: np.ndarray, hi: np.ndarray, start: float,
                end: float, scale: float) -> EraList:
        """The eras meeting [start, end), placed at `scale` pixels a second."""
        index = np.flatnonzero((hi > start) & (lo < end))
        x0 = np.maximum(-_FAR, (lo[index] - start) * scale)
        x1 = np.minimum(_FAR, (hi[index] - start) * scale)
        return cls(titles, index, x0, x1)

    def __len__(self) -> int:
        return len(self.index)

    def __iter__(self) -> Iterator[tuple[str, float, float]]:
        """(title, x0, x1) of each era in sight (for the few painted one by one)."""
        for i, a, b in zip(self.index.tolist(), self.x0.tolist(), self.x1.tolist(),
                           strict=True):
            yield self.titles[i], a, b

    def title(self, k: int) -> str:
        return self.titles[int(self.index[k])]
