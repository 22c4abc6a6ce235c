"""Following an edit of a few events in a `FilterIndex` without making it again (issue 14).

Making the index walks every claim and tag of the document (a quarter of a second at 100k
events); an edit of one event changes one entry of each per-event array and the few rows of
the (event, source) and (event, tag) pairs that are its own. Those are replaced here, the
rest renumbered in one vectorised step when events were added or removed. What cannot be
followed (a claim citing a source the index has no code for) says so, and the caller makes
a new index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from timeline_app.core.model.timeline import Event, Status
from timeline_app.core.query.delta import Delta
from timeline_app.core.query.index import event_bounds

if TYPE_CHECKING:
    from timeline_app.core.query.filtering import FilterIndex

_REPORTED = list(Status).index(Status.REPORTED)
_CODES = {s: i for i, s in enumerate(Status)}


def status_code(event: Event) -> int:
    """The status filter's code of one event (as FilterIndex makes them)."""
    if event.status_set is None and len(event.claims) < 2:
        return _REPORTED
    return _CODES[event.status]


def splice_rows(delta: Delta, touched: np.ndarray, event_col: np.ndarray,
                columns: list[np.ndarray], new_event: np.ndarray,
                new_columns: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Rows sorted by event (`event_col` and `columns`, before the edit): the rows of
    removed and touched events go, the rest are renumbered, and the touched events' new
    rows (`new_event` ascending, `new_columns`) go in at their event's place."""
    ev = event_col
    if delta.structural:
        ev = delta.new_of_old(event_col)
        live = ev >= 0
        if not live.all():
            ev, columns = ev[live], [c[live] for c in columns]
    touched = touched.astype(ev.dtype)  # the haystack's dtype: it is not copied to match
    starts = np.searchsorted(ev, touched, side="left")
    ends = np.searchsorted(ev, touched, side="right")
    if (ends > starts).any():
        keep = np.ones(len(ev), dtype=bool)
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
            keep[a:b] = False
        ev, columns = ev[keep], [c[keep] for c in columns]
    at = np.searchsorted(ev, new_event.astype(ev.dtype), side="left")
    out = np.insert(ev, at, new_event).astype(event_col.dtype, copy=False)
    cols = [np.insert(c, at, n.astype(c.dtype, copy=False))
            for c, n in zip(columns, new_columns, strict=True)]
    return out, cols


def update_filter_index(index: FilterIndex, delta: Delta) -> bool:
    """Bring `index` up to date with its timeline after the edit `delta` describes, in
    place; False (nothing changed) when it cannot, and a new index must be made."""
    events = index.timeline.events
    if index.n != delta.n_before or len(events) != delta.n_after:
        return False
    touched = delta.touched
    docs = touched.tolist()
    new = [events[d] for d in docs]
    claims, tags = delta.touches("claims"), delta.touches("tags")
    code = index._source_code
    if claims and any(c.source not in code for e in new for c in e.claims):
        return False  # a source without a code: the registry's order would change
    lo, hi = event_bounds(new, index.clock)
    index.lo, index.hi = delta.resized(index.lo), delta.resized(index.hi)
    index.lo[touched], index.hi[touched] = lo, hi
    if delta.touches("claims", "status_set"):
        index.status = delta.resized(index.status)
        index.status[touched] = [status_code(e) for e in new]
    if claims:
        _claims(index, delta, touched, new)
    if tags:
        _tags(index, delta, touched, new)
    index.text.follow(delta)
    index.n = delta.n_after
    return True


def _claims(index: FilterIndex, delta: Delta, touched: np.ndarray, new: list[Event]) -> None:
    """The claim rows (claim order) and the (event, source) pairs of the touched events."""
    code = index._source_code
    per = np.array([len(e.claims) for e in new], dtype=np.int64)
    claim_ev = np.repeat(touched, per)
    claim_src = np.array([code[c.source] for e in new for c in e.claims], dtype=np.int64)
    columns = [index._claim_source]
    new_columns = [claim_src]
    if index._credibility is not None:
        columns.append(index._credibility)
        new_columns.append(np.array([c.credibility or 0 for e in new for c in e.claims],
                                    dtype=np.int64))
    index._claim_event, cols = splice_rows(delta, touched, index._claim_event, columns,
                                           claim_ev, new_columns)
    index._claim_source = cols[0]
    if index._credibility is not None:
        index._credibility = cols[1]
    pair_ev, pair_src = [], []
    for d, e in zip(touched.tolist(), new, strict=True):
        codes = sorted({code[c.source] for c in e.claims}) or [0]
        pair_ev.extend([d] * len(codes))
        pair_src.extend(codes)
    index.pair_event, (index.pair_source,) = splice_rows(
        delta, touched, index.pair_event, [index.pair_source],
        np.array(pair_ev, dtype=np.int64), [np.array(pair_src, dtype=np.int64)])
    if any(c.credibility is not None for e in new for c in e.claims):
        index._any_graded = True
    elif index._any_graded is not False:
        index._any_graded = None  # the graded claim may have gone: asked again if needed


def _tags(index: FilterIndex, delta: Delta, touched: np.ndarray, new: list[Event]) -> None:
    """The (event, tag) pairs of the touched events; a tag no event has any more goes."""
    tag_code = index._tag_code
    names = index.tag_names
    ev, of = [], []
    for d, e in zip(touched.tolist(), new, strict=True):
        codes = set()
        for tag in e.tags:
            if tag not in tag_code:
                tag_code[tag] = len(names)
                names.append(tag)
            codes.add(tag_code[tag])
        ev.extend([d] * len(codes))
        of.extend(sorted(codes))
    index.tag_event, (index.tag_of,) = splice_rows(
        delta, touched, index.tag_event, [index.tag_of], np.array(ev, dtype=np.int64),
        [np.array(of, dtype=np.int64)])
    used = np.zeros(len(names), dtype=bool)
    used[index.tag_of] = True
    if not used.all():  # renumber the tags left, in their order
        kept = np.flatnonzero(used)
        renumber = np.full(len(names), -1, dtype=np.int64)
        renumber[kept] = np.arange(len(kept))
        index.tag_of = renumber[index.tag_of].astype(index.tag_of.dtype)
        index.tag_names = [names[i] for i in kept.tolist()]
        index._tag_code = {t: i for i, t in enumerate(index.tag_names)}
