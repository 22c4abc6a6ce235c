"""The store seam: the few questions the view, the table, the source panel and the filter
bar ask of the events, so that a document in memory and a table of tens of millions of
rows on disk can answer them alike.

Events are named by a `key`: a document index in memory, a row number in a table. Times are
seconds on the axis (earliest, latest). A lane is a `LaneSpec`: the events of some sources,
or of every source but some ("other"). Answers are numpy arrays and plain lists, never
Python objects per event, except `event`, which builds the one event asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

import numpy as np

from timeline_app.core.model.timeline import Event
from timeline_app.core.query.filtering import Filter


class Order(StrEnum):
    """Row orders of the events table. Ties are broken by key, so pages never overlap."""

    DATE = "date"  # earliest, then latest instant
    TITLE = "title"
    SOURCE = "source"


class CountBy(StrEnum):
    SOURCE = "source"
    TAG = "tag"
    STATUS = "status"


@dataclass(frozen=True)
class LaneSpec:
    """The events of `sources`, or with `other` of every source not among them. The
    empty spec (no sources, not other) is no restriction at all: the whole filter."""

    sources: frozenset[str] = frozenset()
    other: bool = False

    @property
    def everything(self) -> bool:
        return not self.sources and not self.other


ALL = LaneSpec()


@dataclass
class Rows:
    """Some events as columns (the order asked for). `source` is each row's first source,
    `sources` all of them; `undated` rows have infinite bounds."""

    key: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    lo: np.ndarray = field(default_factory=lambda: np.zeros(0))
    hi: np.ndarray = field(default_factory=lambda: np.zeros(0))
    title: list[str] = field(default_factory=list)
    sources: list[tuple[str, ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.key)


class EventStore(Protocol):
    """What is asked of a source of events; both answers must agree (a property test
    holds the table's answers equal to the document's)."""

    def count(self, f: Filter) -> int:
        """Events passing the filter, dated or not."""
        ...

    def bounds(self, f: Filter) -> tuple[float, float] | None:
        """Earliest start and latest end of the dated events passing the filter."""
        ...

    def in_range(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL,
                 limit: int | None = None) -> Rows:
        """Dated events overlapping [start, end) (one of zero length at `start` counts),
        by earliest instant then key; at most `limit` of them."""
        ...

    def count_in(self, start: float, end: float, f: Filter, lane: LaneSpec = ALL) -> int:
        """How many `in_range` would give without a limit."""
        ...

    def density(self, start: float, end: float, bins: int, f: Filter,
                lane: LaneSpec = ALL) -> np.ndarray:
        """Per equal slice of [start, end), the events overlapping it (int64)."""
        ...

    def counts(self, f: Filter, by: CountBy = CountBy.SOURCE) -> dict[str, int]:
        """Events passing the filter per source (or tag, or status); none left out."""
        ...

    def rows(self, f: Filter, order: Order = Order.DATE, descending: bool = False,
             offset: int = 0, limit: int = 100) -> Rows:
        """One page of the events passing the filter, in an order."""
        ...

    def event(self, key: int) -> Event | None:
        """The event itself, for Details and for copying into a document."""
        ...


def overlapping(lo: np.ndarray, hi: np.ndarray, start: float, end: float) -> np.ndarray:
    """Which of these extents overlap [start, end) as the view counts them (the rule both
    stores share): begun before the end, not ended by the start, or of zero length at it."""
    return (lo < end) & ((hi > start) | ((hi == start) & (lo == start)))


def coverage(lo: np.ndarray, hi: np.ndarray, start: float, end: float,
             bins: int) -> np.ndarray:
    """Per slice of [start, end), how many extents overlap it (as `Lane.density`)."""
    bins = max(1, int(bins))
    edges = np.linspace(start, end, bins + 1)
    lo_sorted, hi_sorted = np.sort(lo), np.sort(hi)
    begun = np.searchsorted(lo_sorted, edges[1:], side="left")
    ended = np.searchsorted(hi_sorted, edges[:-1], side="right")
    return (begun - ended).astype(np.int64)
