"""One edit's effect on a document's positions, for indexes that follow it in place.

An edit of one event in a million-event document must not rebuild every index (issue 14):
each index is told which positions were removed, inserted and changed, and shifts the rest
in one vectorised step. A removal happens first, then the insertions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# More events touched than this and the indexes are made again: one pass is then cheaper.
MAX_TOUCHED = 64
_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Delta:
    """What changed, by position: `removed` (before the edit), `inserted` and `changed`
    (after it; `changed` excludes the inserted), all ascending int64 arrays."""

    n_before: int
    n_after: int
    removed: np.ndarray = field(default_factory=lambda: _EMPTY)
    inserted: np.ndarray = field(default_factory=lambda: _EMPTY)
    changed: np.ndarray = field(default_factory=lambda: _EMPTY)
    fields: frozenset[str] | None = None  # the event fields changed (None: any)

    @property
    def structural(self) -> bool:
        return bool(len(self.removed) or len(self.inserted))

    @property
    def touched(self) -> np.ndarray:
        """Positions after the edit whose events are new or changed (to read again)."""
        if not len(self.inserted):
            return self.changed
        return np.union1d(self.changed, self.inserted)

    def touches(self, *fields: str) -> bool:
        """Whether any of these fields of an event may have changed (always, when events
        were added or removed)."""
        return (self.fields is None or self.structural
                or any(f in self.fields for f in fields))

    def new_of_old(self, old: np.ndarray) -> np.ndarray:
        """Positions after the edit of events at `old` (before it); -1 for removed ones,
        and negative inputs stay -1."""
        old = np.asarray(old, dtype=np.int64)
        if not self.structural:
            return old.copy()
        if len(self.removed) + len(self.inserted) <= 4:
            return self._shifted(old)
        out = old.copy()
        live = old >= 0
        if len(self.removed):
            pos = np.searchsorted(self.removed, old[live], side="left")
            hit = pos < len(self.removed)
            gone = np.zeros(len(pos), dtype=bool)
            gone[hit] = self.removed[pos[hit]] == old[live][hit]
            mid = old[live] - pos
            mid[gone] = -1
            out[live] = mid
            live = out >= 0
        if len(self.inserted):
            shift = self.inserted - np.arange(len(self.inserted))
            out[live] += np.searchsorted(shift, out[live], side="right")
        return out

    def _shifted(self, old: np.ndarray) -> np.ndarray:
        """`new_of_old` for a few events added or removed: a comparison each, which costs a
        fraction of a search per entry (arrays of a million, ten of them an edit)."""
        out = old.copy()
        gone = old < 0
        for r in self.removed.tolist():
            out -= old > r
            gone |= old == r
        mid = out.copy()
        for j, q in enumerate(self.inserted.tolist()):
            out += mid >= q - j
        out[gone] = -1
        return out

    def resized(self, values: np.ndarray, fill: object = 0) -> np.ndarray:
        """A per-event array (before the edit) as long as the document after it: removed
        events' entries gone, `fill` at inserted ones (their values are read again)."""
        if not self.structural:
            return values.copy()
        out = np.delete(values, self.removed) if len(self.removed) else values
        if len(self.inserted):
            at = self.inserted - np.arange(len(self.inserted))
            out = np.insert(out, at, np.full(len(at), fill, dtype=values.dtype))
        return out if out is not values else values.copy()


def delta_of(n_before: int, n_after: int, removed: tuple[int, ...] | None,
             inserted: tuple[int, ...] | None, changed: list[int],
             fields: frozenset[str] | None) -> Delta | None:
    """The delta of an edit, or None when it touched too many events to follow."""
    rem = np.asarray(sorted(removed or ()), dtype=np.int64)
    ins = np.asarray(sorted(inserted or ()), dtype=np.int64)
    ins_set = set(ins.tolist())
    chg = np.asarray(sorted(p for p in set(changed) if p not in ins_set), dtype=np.int64)
    if len(rem) + len(ins) + len(chg) > MAX_TOUCHED:
        return None
    if n_before - len(rem) + len(ins) != n_after:
        return None
    return Delta(n_before, n_after, rem, ins, chg, fields)
