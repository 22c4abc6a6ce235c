"""Following an edit of a few events in the view's time index and lanes (issue 14).

Sorting a million extents again costs a tenth of a second, and lanes by source walk every
claim; an edit of one event takes its entries out and puts them back in at their sorted
places (a binary search each), and renumbers the rest in one vectorised step when events
were added or removed. Ties keep document order, as the stable sorts that made the arrays
do, so a followed index is the index made again. Only when open ends are clipped to bounds
the edit moved (every open event would move) is the index made again instead.
"""

from __future__ import annotations

import numpy as np

from timeline_app.core.geometry.lanes import NO_SOURCE, NO_TAG, LaneIndex, LaneMode, _Membership
from timeline_app.core.model.timeline import Event, Status
from timeline_app.core.query.delta import Delta
from timeline_app.core.query.index import TimeIndex, undated_mask
from timeline_app.core.text import tr

_STATUS_LANE = {s: i for i, s in enumerate(Status)}


def _clip_of(lo: np.ndarray, hi: np.ndarray) -> tuple[tuple[float, float], bool]:
    """The bounds open ends are clipped to (as TimeIndex works them out) and whether any
    extent is infinite (only then do the bounds matter)."""
    if not len(lo):
        return (0.0, 0.0), False
    a, b = float(lo.min()), float(hi.max())
    infinite = not (np.isfinite(a) and np.isfinite(b) and np.isfinite(lo.max())
                    and np.isfinite(hi.min()))
    if infinite:
        finite_lo, finite_hi = lo[np.isfinite(lo)], hi[np.isfinite(hi)]
        a = float(finite_lo.min()) if len(finite_lo) else 0.0
        b = float(finite_hi.max()) if len(finite_hi) else a
    return (a, b), infinite


def follow_time_index(index: TimeIndex, delta: Delta, lo: np.ndarray, hi: np.ndarray
                      ) -> tuple[np.ndarray, np.ndarray] | None:
    """Bring `index` up to date in place from the extents after the edit (`lo`, `hi`: the
    filter index's, document order, same clock). Gives the touched events' clipped
    extents (NaN for undated ones), or None, changing nothing, when it cannot."""
    if index.n_events != delta.n_before or len(lo) != delta.n_after:
        return None
    clip, infinite = _clip_of(lo, hi)
    if infinite and clip != index.clip:
        return None
    index.clip = clip
    lo_min, hi_max = clip
    touched = delta.touched
    t_lo, t_hi = lo[touched].copy(), hi[touched].copy()
    no_date = undated_mask(t_lo, t_hi)
    np.nan_to_num(t_lo, copy=False, neginf=lo_min, posinf=hi_max)
    np.nan_to_num(t_hi, copy=False, neginf=lo_min, posinf=max(hi_max, lo_min))
    np.maximum(t_hi, t_lo, out=t_hi)
    t_lo[no_date], t_hi[no_date] = np.nan, np.nan
    is_touched = np.zeros(delta.n_after + 1, dtype=bool)  # the last: removed (-1)
    is_touched[touched] = True
    is_touched[-1] = True
    order = delta.new_of_old(index.order) if delta.structural else index.order
    keep = ~is_touched[order]
    order, s_lo, s_hi = order[keep], index.lo[keep], index.hi[keep]
    dated = np.flatnonzero(~no_date)
    new_docs = touched[dated]
    new_lo, new_hi = t_lo[dated], t_hi[dated]
    by_key = np.lexsort((new_docs, new_lo))
    new_docs, new_lo, new_hi = new_docs[by_key], new_lo[by_key], new_hi[by_key]
    at = np.empty(len(new_docs), dtype=np.int64)
    for k, (x, d) in enumerate(zip(new_lo.tolist(), new_docs.tolist(), strict=True)):
        a = int(np.searchsorted(s_lo, x, side="left"))
        b = int(np.searchsorted(s_lo, x, side="right"))
        at[k] = a + int(np.searchsorted(order[a:b], np.asarray(d, dtype=order.dtype)))
    index.order = np.insert(order, at, new_docs).astype(index.order.dtype, copy=False)
    index.lo, index.hi = np.insert(s_lo, at, new_lo), np.insert(s_hi, at, new_hi)
    undated = delta.new_of_old(index.undated) if delta.structural else index.undated
    undated = undated[~is_touched[undated]]
    index.undated = np.union1d(undated, touched[no_date]).astype(np.int64)
    index.n_events = delta.n_after
    index._max_len = float((index.hi - index.lo).max()) if len(index.lo) else 0.0
    return t_lo, t_hi


def _lanes_of(m: _Membership, mode: LaneMode, event: Event) -> list[int] | None:
    """The lane numbers of one event in a mode's membership; None when it needs a lane the
    membership does not have (it is made again). "(no source)" is added at the end."""
    if mode is LaneMode.NONE:
        return [0]
    if mode is LaneMode.STATUS:
        return [_STATUS_LANE[event.status]]
    if m.number is None:
        m.number = {k: i for i, k in enumerate(m.keys)}
    number = m.number
    if mode is LaneMode.TAG:
        keys = list(dict.fromkeys(event.tags)) or [NO_TAG]
    else:
        keys = event.source_ids() or [NO_SOURCE]
        if not event.claims and NO_SOURCE not in number:
            number[NO_SOURCE] = len(m.keys)
            m.keys.append(NO_SOURCE)
            m.titles.append(tr("(no source)"))
            m.colors.append(None)
    if any(k not in number for k in keys):
        return None
    return [number[k] for k in keys]


def _where(docs: np.ndarray, is_touched: np.ndarray, delta: Delta) -> np.ndarray:
    """Positions in `docs` of the touched (or removed: -1) events: a few comparisons, which
    read the million entries once each, when only a few events changed in place."""
    if delta.structural or len(delta.touched) > 4:
        return np.flatnonzero(is_touched[docs])
    hit = np.zeros(len(docs), dtype=bool)
    for d in delta.touched.tolist():
        hit |= docs == d
    return np.flatnonzero(hit)


def _place(docs: np.ndarray, key: np.ndarray, a: int, b: int, x: float, d: int) -> int:
    """Where (x, d) goes among docs[a:b], sorted by (key[doc], doc): a binary search that
    reads only the entries it visits (a lane may hold every event)."""
    while a < b:
        mid = (a + b) // 2
        doc = int(docs[mid])
        v = float(key[doc])
        if v < x or (v == x and doc < d):
            a = mid + 1
        else:
            b = mid
    return a


def follow_lanes(lanes: LaneIndex, delta: Delta, mode: LaneMode, t_lo: np.ndarray,
                 t_hi: np.ndarray,
                 source_pairs: tuple[np.ndarray, np.ndarray] | None) -> None:
    """Bring the lane index up to date in place (`t_lo`, `t_hi`: the touched events' clipped
    extents from `follow_time_index`). Only `mode`'s lanes are followed; other modes' are
    made again when asked, and so are this mode's when an event needs a lane not there."""
    touched = delta.touched
    lanes.lo = delta.resized(lanes.lo, np.nan)
    lanes.hi = delta.resized(lanes.hi, np.nan)
    lanes.undated = delta.resized(lanes.undated, False)
    lanes.lo[touched], lanes.hi[touched] = t_lo, t_hi
    lanes.undated[touched] = np.isnan(t_lo)
    lanes._source_pairs = source_pairs
    m = lanes._members.get(mode)
    lanes._members = {}
    lanes.affected = None
    if m is not None and _follow_membership(lanes, m, delta, mode):
        lanes._members[mode] = m


def _follow_membership(lanes: LaneIndex, m: _Membership, delta: Delta,
                       mode: LaneMode) -> bool:
    events = lanes.timeline.events
    touched = delta.touched.tolist()
    groups = [_lanes_of(m, mode, events[d]) for d in touched]
    if any(g is None for g in groups):
        return False
    assert m.by_hi is not None and m.undated_doc is not None and m.undated_lane is not None
    is_touched = np.zeros(delta.n_after + 1, dtype=bool)
    is_touched[delta.touched] = True
    is_touched[-1] = True
    doc, lane, by_hi = m.pair_doc, m.pair_lane, m.by_hi
    und_doc, und_lane = m.undated_doc, m.undated_lane
    if delta.structural:
        doc, by_hi, und_doc = (delta.new_of_old(doc), delta.new_of_old(by_hi),
                               delta.new_of_old(und_doc))
    gone = _where(doc, is_touched, delta)
    affected = set(lane[gone].tolist()) | {k for g in groups if g for k in g}
    doc, lane = np.delete(doc, gone), np.delete(lane, gone)
    by_hi = np.delete(by_hi, _where(by_hi, is_touched, delta))
    keep = ~is_touched[und_doc]
    affected |= set(und_lane[~keep].tolist())
    und_doc, und_lane = und_doc[keep], und_lane[keep]
    n_lanes = len(m.keys)
    bounds = np.searchsorted(lane, np.arange(n_lanes + 1, dtype=lane.dtype))  # no copy
    new_doc, new_lane, add_und_doc, add_und_lane = [], [], [], []
    for d, g in zip(touched, groups, strict=True):
        assert g is not None
        if lanes.undated[d]:
            add_und_doc.extend([d] * len(g))
            add_und_lane.extend(g)
        else:
            new_doc.extend([d] * len(g))
            new_lane.extend(g)
    at_lo, at_hi = [], []
    for d, k in zip(new_doc, new_lane, strict=True):
        a, b = int(bounds[k]), int(bounds[k + 1])
        at_lo.append((_place(doc, lanes.lo, a, b, float(lanes.lo[d]), d), k, lanes.lo[d], d))
        at_hi.append((_place(by_hi, lanes.hi, a, b, float(lanes.hi[d]), d), k, lanes.hi[d], d))
    at_lo.sort()
    at_hi.sort()
    lo_at, hi_at = [p for p, *_ in at_lo], [p for p, *_ in at_hi]
    m.pair_doc = np.insert(doc, lo_at, [d for *_, d in at_lo]).astype(np.int32, copy=False)
    m.pair_lane = np.insert(lane, lo_at, [k for _, k, _, _ in at_lo]).astype(np.int32,
                                                                             copy=False)
    m.by_hi = np.insert(by_hi, hi_at, [d for *_, d in at_hi]).astype(np.int32, copy=False)
    m.undated_doc = np.concatenate([und_doc, np.array(add_und_doc, dtype=np.int64)]
                                   ).astype(m.undated_doc.dtype, copy=False)
    m.undated_lane = np.concatenate([und_lane, np.array(add_und_lane, dtype=np.int64)]
                                    ).astype(m.undated_lane.dtype, copy=False)
    m.bounds = np.searchsorted(m.pair_lane, np.arange(n_lanes + 1, dtype=m.pair_lane.dtype))
    if mode is LaneMode.SOURCE and NO_SOURCE in m.keys[:-1]:
        k = m.keys.index(NO_SOURCE)  # cited sources after it (undeclared ones)
        if m.bounds[k] == m.bounds[k + 1] and not (m.undated_lane == k).any():
            return False
    if (mode is LaneMode.SOURCE and m.keys[-1] == NO_SOURCE and m.bounds[-1] == m.bounds[-2]
            and not (m.undated_lane == n_lanes - 1).any()):
        # no event without a claim any more: "(no source)" goes, as when made anew
        m.keys.pop()
        m.titles.pop()
        m.colors.pop()
        if m.number is not None:
            m.number.pop(NO_SOURCE, None)
        m.bounds = m.bounds[:-1]
    lanes.affected = affected
    return True
