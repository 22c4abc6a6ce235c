"""Filtering events by source, tag, status, date range and free text, a million at a time.

`FilterIndex` turns a document into flat numpy arrays once (event→source and event→tag
pairs, status codes, time bounds), so applying a `Filter` is a handful of vectorised
operations: re-filtering a million events takes tens of milliseconds, not seconds. Text
search folds case and accents ("zelenskyy" finds "Zelenskyy", "kim jong" finds "Kim Jong");
its index (`text_search.TextIndex`) is built in steps after loading, or on the first search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core.model.grades import RELIABILITY, is_graded
from timeline_app.core.model.timeline import Status, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.query.index import event_bounds, unique_pairs
from timeline_app.core.query.text_search import TextIndex

STATUS_CODES = {s: i for i, s in enumerate(Status)}
NO_SOURCE = ""  # pseudo source id for events without claims, so they can be hidden too
_RANK = {grade: i for i, grade in enumerate(RELIABILITY, 1)}  # A 1 … F 6; 0 ungraded


@dataclass(frozen=True)
class Filter:
    """What the user asked to see. Empty or None fields mean "no restriction"."""

    hidden_sources: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()          # show events with any of these tags
    statuses: frozenset[Status] = frozenset()   # show events with any of these statuses
    start: float | None = None                  # show events overlapping [start, end)
    end: float | None = None
    text: str = ""
    # Admiralty grades: an event passes with one claim graded at least this well (its
    # source's reliability, the claim's credibility; the same claim for both). Ungraded
    # never passes a minimum.
    min_reliability: str | None = None          # "B": sources graded A or B
    min_credibility: int | None = None          # 3: claims graded 1, 2 or 3

    def is_empty(self) -> bool:
        return self == Filter()

    def describe(self, source_name: dict[str, str] | None = None) -> str:
        """The filter in words for the status bar: "sources: 2 hidden; tag: kursk; text "x"."""
        names = source_name or {}
        parts = []
        if self.hidden_sources:
            hidden = sorted(names.get(s, s) or "no source" for s in self.hidden_sources)
            # Name what is shown when that is the shorter list ("showing only X").
            kept = [n for s, n in names.items() if s not in self.hidden_sources]
            if kept and len(kept) < len(hidden):
                parts.append("showing only " + _some(sorted(kept)))
            else:
                parts.append(f"hiding {_some(hidden)}")
        if self.tags:
            parts.append("tag " + " or ".join(sorted(self.tags)))
        if self.statuses:
            parts.append(" or ".join(s.value for s in Status if s in self.statuses))
        if self.start is not None or self.end is not None:
            parts.append("date range")
        if self.min_reliability is not None:
            parts.append(f"reliability {self.min_reliability}"
                         + (" or better" if self.min_reliability != "A" else ""))
        if self.min_credibility is not None:
            parts.append(f"credibility {self.min_credibility}"
                         + (" or better" if self.min_credibility != 1 else ""))
        if self.text.strip():
            parts.append(f'matching "{self.text.strip()}"')
        return "; ".join(parts)


def _some(names: list[str]) -> str:
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


@dataclass
class FilterIndex:
    """Flat arrays describing a document, rebuilt when the document changes."""

    timeline: Timeline
    clock: Clock | None = None  # the date range is read on this zone's clocks
    source_ids: list[str] = field(init=False)
    tag_names: list[str] = field(init=False)

    def __post_init__(self) -> None:
        events = self.timeline.events
        self.n = n = len(events)
        self.source_ids = [NO_SOURCE, *self.timeline.sources]
        self._source_code = dict(zip(self.source_ids, range(len(self.source_ids)), strict=True))
        # Built with comprehensions and numpy rather than one loop with appends: this runs
        # over every claim of a million-event document.
        claim_sources = [c.source for e in events for c in e.claims]
        per_event = np.array([len(e.claims) for e in events], dtype=np.int64)
        codes = self._codes(claim_sources, self._source_code, self.source_ids)
        events_of_claims = np.repeat(np.arange(n, dtype=np.int64), per_event)
        no_claims = np.flatnonzero(per_event == 0)
        # Kept for the grade filter (claim -> event, claim -> source code); 8 bytes a claim.
        self._claim_event = events_of_claims.astype(np.int32)
        self._claim_source = codes.astype(np.int32)
        self.pair_event, self.pair_source = unique_pairs(
            np.concatenate([events_of_claims, no_claims]),
            np.concatenate([codes, np.zeros(len(no_claims), dtype=np.int64)]),
            len(self.source_ids))
        tags = [t for e in events for t in e.tags]
        self.tag_names: list[str] = list(dict.fromkeys(tags))
        self._tag_code = {t: i for i, t in enumerate(self.tag_names)}
        tag_codes = self._codes(tags, self._tag_code, self.tag_names)
        per_event_tags = np.array([len(e.tags) for e in events], dtype=np.int64)
        self.tag_event, self.tag_of = unique_pairs(
            np.repeat(np.arange(n, dtype=np.int64), per_event_tags), tag_codes,
            max(1, len(self.tag_names)))
        reported = STATUS_CODES[Status.REPORTED]
        self.status = np.array(
            [reported if e.status_set is None and len(e.claims) < 2 else STATUS_CODES[e.status]
             for e in events], dtype=np.int8)
        self.lo, self.hi = event_bounds(events, self.clock)
        self.text = TextIndex(self.timeline)  # built in steps, or on the first search
        self._credibility: np.ndarray | None = None  # per claim, made by _graded on first use
        self._any_graded: bool | None = None

    @property
    def graded(self) -> bool:
        """Whether the document grades a source or claim, asked once (the window asks on
        open, in several places; an edit makes a new index)."""
        if self._any_graded is None:
            self._any_graded = is_graded(self.timeline)
        return self._any_graded

    def source_pairs(self) -> tuple[np.ndarray, np.ndarray] | None:
        """(event, source code) without repeats, for lanes by source (LaneIndex), when the
        codes are the registry's order (code 0 no source); None when claims cite sources the
        registry lacks (their codes come after it, lanes put them in citation order)."""
        if len(self.source_ids) != len(self.timeline.sources) + 1:
            return None
        return self.pair_event, self.pair_source

    def source_codes_of(self) -> Mapping[str, int] | None:
        """Source id -> code (`source_ids`: code 0 no source, then the registry in order),
        as `source_pairs` gives them: None when claims cite sources the registry lacks."""
        return self._source_code if self.source_pairs() is not None else None

    def set_clock(self, clock: Clock | None) -> None:
        """Read date ranges in another zone: only the time bounds are made again."""
        if (clock or UTC_CLOCK) != (self.clock or UTC_CLOCK):
            self.clock = clock
            self.lo, self.hi = event_bounds(self.timeline.events, clock)

    @staticmethod
    def _codes(names: list[str], code: dict[str, int], registry: list[str]) -> np.ndarray:
        """Integer codes of names; names missing from `code` are added (claims may name a
        source the registry lacks after an edit)."""
        try:  # one C loop (no Python a name)
            return np.fromiter(map(code.__getitem__, names), dtype=np.int64, count=len(names))
        except KeyError:
            for name in names:
                if name not in code:
                    code[name] = len(registry)
                    registry.append(name)
            return np.fromiter(map(code.__getitem__, names), dtype=np.int64, count=len(names))

    # -- the filter ------------------------------------------------------------------------
    def mask(self, f: Filter) -> np.ndarray:
        """Boolean array over document indices: True where the event passes the filter."""
        keep = np.ones(self.n, dtype=bool)
        if f.hidden_sources:
            shown = np.ones(len(self.source_ids), dtype=bool)
            for sid in f.hidden_sources:
                if sid in self._source_code:
                    shown[self._source_code[sid]] = False
            visible_pairs = shown[self.pair_source]
            keep &= np.bincount(self.pair_event[visible_pairs], minlength=self.n) > 0
        if f.tags:
            codes = [self._tag_code[t] for t in f.tags if t in self._tag_code]
            hit = np.isin(self.tag_of, codes)
            keep &= np.bincount(self.tag_event[hit], minlength=self.n) > 0
        if f.statuses:
            keep &= np.isin(self.status, [STATUS_CODES[s] for s in f.statuses])
        if f.start is not None:
            keep &= self.hi > f.start
        if f.end is not None:
            keep &= self.lo < f.end
        if f.min_reliability is not None or f.min_credibility is not None:
            keep &= self._graded(f.min_reliability, f.min_credibility)
        if f.text.strip():
            keep &= self.text_matches(f.text)
        return keep

    def _graded(self, reliability: str | None, credibility: int | None) -> np.ndarray:
        """Events with a claim graded at least as well as both minimums."""
        if self._credibility is None:  # made on the first use: most documents never are
            self._credibility = np.array(
                [c.credibility or 0 for e in self.timeline.events for c in e.claims],
                dtype=np.int8)
        claim_event, claim_source = self._claim_event, self._claim_source
        claim_credibility = self._credibility
        ok = np.ones(len(claim_event), dtype=bool)
        if reliability is not None:
            # Asked each time: a source's grade is edited without rebuilding the index.
            sources = self.timeline.sources
            rank = np.array([_RANK.get(sources[s].reliability or "", 0) if s in sources else 0
                             for s in self.source_ids], dtype=np.int8)
            ranks = rank[claim_source]
            ok &= (ranks > 0) & (ranks <= _RANK[reliability])
        if credibility is not None:
            ok &= (claim_credibility > 0) & (claim_credibility <= credibility)
        return np.bincount(claim_event[ok], minlength=self.n) > 0

    def counts(self, mask: np.ndarray | None = None) -> dict[str, int]:
        """Events per source id among those the mask keeps (all events when None)."""
        return dict(zip(self.source_ids, self.count_array(mask).tolist(), strict=False))

    def count_array(self, mask: np.ndarray | None = None) -> np.ndarray:
        """`counts` by source code (the positions of `source_ids`): no dict of 100k sources."""
        pairs = self.pair_source if mask is None else self.pair_source[mask[self.pair_event]]
        return np.bincount(pairs, minlength=len(self.source_ids))

    def source_codes(self, ids: Sequence[str]) -> np.ndarray:
        """The codes of source ids (positions in `source_ids`), -1 for one not there."""
        code = self._source_code.get
        return np.fromiter((code(sid, -1) for sid in ids), dtype=np.int64, count=len(ids))

    def cites_no_source(self) -> bool:
        """Whether some event has no claim at all (it sits under the NO_SOURCE code 0)."""
        return bool((self.pair_source == 0).any())

    # -- text ------------------------------------------------------------------------------
    def text_matches(self, query: str) -> np.ndarray:
        """Events whose title, description, tags, location, claim texts or source names
        contain every word of the query, case- and accent-insensitively."""
        return self.text.matches(query)
