"""The events table following an edit of a few events row by row (issue 14).

A model reset after every edit sorted a million rows again and made the view forget its
place; here the sorted order (`ranking`) takes the edited events out and puts them back at
their places by binary search, and the view is told which rows went, came or moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QModelIndex, Qt

from timeline_app.core.query.delta import Delta

if TYPE_CHECKING:
    from timeline_app.ui.models.events import EventsModel

MAX_ROW_SIGNALS = 32  # more rows coming and going than this: a reset is as quick


def _touched_mask(delta: Delta) -> np.ndarray:
    """Over positions after the edit, and one more (for -1, a removed event): True where
    the event is new, changed or gone."""
    mark = np.zeros(delta.n_after + 1, dtype=bool)
    mark[delta.touched] = True
    mark[-1] = True
    return mark


def follow_ranking(ranking: np.ndarray, delta: Delta, key: Callable[[int], object]
                   ) -> np.ndarray:
    """Every document index sorted by (key, index), as before the edit, made the order
    after it: the touched events re-placed, the rest renumbered."""
    r = delta.new_of_old(ranking) if delta.structural else ranking
    r = r[~_touched_mask(delta)[r]]
    places = []
    for d in delta.touched.tolist():
        k = key(d)
        a, b = 0, len(r)
        while a < b:
            mid = (a + b) // 2
            other = int(r[mid])
            ko = key(other)
            if ko < k or (ko == k and other < d):  # type: ignore[operator]
                a = mid + 1
            else:
                b = mid
        places.append((a, k, d))
    places.sort()  # type: ignore[arg-type]  # one column: keys of one type
    return np.insert(r, [p for p, _, _ in places], [d for _, _, d in places]).astype(
        ranking.dtype, copy=False)


def follow_rows(model: EventsModel, delta: Delta, new_rows: np.ndarray) -> bool:
    """Tell the view how the rows became `new_rows` (document indices after the edit): one
    row changed in place or moved, or rows removed and inserted one by one. False (nothing
    done) when more changed than that is worth, or the rows do not add up."""
    old_rows = model._rows
    mapped = delta.new_of_old(old_rows) if delta.structural else old_rows
    mark = _touched_mask(delta)
    gone = np.flatnonzero(mark[mapped])  # old rows
    coming = np.flatnonzero(mark[new_rows])  # new rows
    if (len(gone) + len(coming) > MAX_ROW_SIGNALS
            or len(old_rows) - len(gone) + len(coming) != len(new_rows)):
        return False
    root = QModelIndex()
    if (len(gone) == 1 and len(coming) == 1
            and int(mapped[gone[0]]) == int(new_rows[coming[0]])):
        _moved(model, int(gone[0]), int(coming[0]), new_rows)
        return True
    rows = mapped
    for r in reversed(gone.tolist()):
        model.beginRemoveRows(root, r, r)
        rows = np.delete(rows, r)
        model.set_rows(rows)
        model.endRemoveRows()
    for r in coming.tolist():
        model.beginInsertRows(root, r, r)
        rows = np.insert(rows, r, new_rows[r])
        model.set_rows(rows)
        model.endInsertRows()
    model.set_rows(new_rows)
    model._update_row_of()
    return True


def _moved(model: EventsModel, r_old: int, r_new: int, new_rows: np.ndarray) -> None:
    """One event's row went from `r_old` to `r_new`: the rows between shift by one. Said as
    a change of their data, with the selection and current row moved along (what a row
    move does, without Qt renumbering a million header sections: 20 ms)."""
    a, b = min(r_old, r_new), max(r_old, r_new)
    model.set_rows(new_rows)
    model._row_of[new_rows[a:b + 1]] = np.arange(a, b + 1)
    if a != b:
        step = -1 if r_new > r_old else 1
        kept = [i for i in model.persistentIndexList() if a <= i.row() <= b]
        model.changePersistentIndexList(kept, [
            model.index(r_new if i.row() == r_old else i.row() + step, i.column())
            for i in kept])
    model.dataChanged.emit(model.index(a, 0), model.index(b, model.columnCount() - 1),
                           [Qt.ItemDataRole.DisplayRole])
