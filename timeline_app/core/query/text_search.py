"""Free-text search over every event's words, fast at a million events.

The index is each event's searchable text (title, description, location, tags, claim texts
and source names), folded for case and accents, plus the same texts joined into one string.
Building it costs about a second per million events, so it is built in steps (`build` with
a budget) that the window runs while idle after a file opens, instead of on the first key
typed. A query word is found by scanning the joined text with `str.find` and mapping the
occurrences to events with one `searchsorted`; a word so common that the scan would cost
more is tested against each event's text instead (both at C speed).
Which is which is estimated by counting the word in a sample of the joined text, so a
common word never first pays for a long `find` loop.
"""

from __future__ import annotations

import operator
import unicodedata
from itertools import repeat

import numpy as np

from timeline_app.core.model.timeline import Event, Source, Timeline
from timeline_app.core.query.delta import Delta

FIELD, END = "\x1f", "\x1e"  # between an event's fields / after each event: words never join
SAMPLE_CHARS = 1 << 20  # the commonness of a word is estimated on this much joined text
# Scanning costs about half a per-event test for the whole text plus ~0.4 µs an occurrence:
# beyond about one occurrence in nine events, testing each event's text is cheaper.
SCAN_SHARE = 1 / 9
_CLAIMS = operator.attrgetter("claims")
_TEXT_FIELDS = ("title", "description", "location", "tags", "claims")
# Events edited since the joined text was made are tested one by one; past this many the
# joined text is made again (on the next search).
MAX_DIRTY = 256


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for searching."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _step_end(events: list[Event], start: int, budget: int) -> int:
    """Where a step of `budget` from `start` ends, an event counting once per claim (at
    least once): ten events of 10k claims each took 60 ms as one step."""
    window = events[start:start + budget]
    claims = np.fromiter(map(len, map(_CLAIMS, window)), dtype=np.int64, count=len(window))
    taken = int(np.searchsorted(np.cumsum(np.maximum(claims, 1)), budget, side="right"))
    return start + max(1, taken)


def _entry(event: Event, names: dict[str, str]) -> str:
    """One event's searchable text, folded."""
    raw = FIELD.join([event.title, event.description, event.location, *event.tags,
                      *[part for c in event.claims
                        for part in (c.text, names.get(c.source, c.source))]]) + END
    return raw.lower() if raw.isascii() else fold(raw)


class TextIndex:
    """The folded text of one document's events. An edit of a few events replaces their
    texts (`follow`); the joined text keeps the old ones until a search has too many edited
    events to test one by one, and is made again then."""

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self.n = len(timeline.events)
        # Source names by id, made in the first build steps (a dict of 100k names at once
        # held the window up for 20-40 ms); `_named` is what is left to put in it.
        self._names: dict[str, str] = {}
        self._named: tuple[list[str], list[Source]] | None = None
        self._texts: list[str] = []
        self._hay = ""
        self._offsets = np.zeros(1, dtype=np.int64)
        self._done = False
        # After edits: the event each entry of the joined text is now (-1: removed; None:
        # entry i is event i), and the events whose text is not (or no longer) in it.
        self._slot_doc: np.ndarray | None = None
        self._dirty: set[int] = set()

    @property
    def ready(self) -> bool:
        return self._done

    def build(self, budget: int | None = None) -> bool:
        """Fold the next `budget` events (all that remain when None); True once complete."""
        if self.ready:
            return True
        names = self._names
        if self._named is None:
            # Two flat lists: a list of 100k (id, source) tuples, tracked by the collector,
            # set off collections that walked them all, again and again (45 ms).
            sources = self._timeline.sources
            self._named = (list(sources), list(sources.values()))
        ids, values = self._named
        if len(names) < len(ids):
            start = len(names)
            stop = len(ids) if budget is None else start + max(1, budget) * 8
            names.update({sid: s.name for sid, s in
                          zip(ids[start:stop], values[start:stop], strict=True)})
            if len(names) < len(ids):
                return False
        events = self._timeline.events
        start = len(self._texts)
        stop = self.n if budget is None else _step_end(events, start, max(1, budget))
        self._texts.extend([_entry(e, names) for e in events[start:stop]])
        if len(self._texts) < self.n:
            return False
        self._join()
        return True

    def _join(self) -> None:
        lengths = np.fromiter(map(len, self._texts), dtype=np.int64, count=len(self._texts))
        self._offsets = np.zeros(len(self._texts) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self._offsets[1:])
        self._hay = "".join(self._texts)
        self._slot_doc, self._dirty = None, set()
        self._done = True

    def follow(self, delta: Delta) -> None:
        """Take in an edit of the timeline (see `Delta`): the edited events' texts are made
        again, the joined text stays until too many are (an index still being built
        starts again: the rest of it is made in steps, as after opening)."""
        if not self._done:
            self.__init__(self._timeline)  # type: ignore[misc]
            return
        texts = self._texts
        if delta.structural:
            for p in reversed(delta.removed.tolist()):
                del texts[p]
            for p in delta.inserted.tolist():
                texts.insert(p, "")
            slots = self._slot_doc if self._slot_doc is not None else \
                np.arange(len(self._offsets) - 1, dtype=np.int64)
            self._slot_doc = delta.new_of_old(slots)
            moved = delta.new_of_old(np.array(sorted(self._dirty), dtype=np.int64))
            self._dirty = {d for d in moved.tolist() if d >= 0}
        self.n = delta.n_after
        if delta.touches(*_TEXT_FIELDS):
            events = self._timeline.events
            for d in delta.touched.tolist():
                texts[d] = _entry(events[d], self._names)
                self._dirty.add(d)

    def texts(self) -> list[str]:
        """Each event's folded text (building what is left of the index first)."""
        self.build()
        return self._texts

    def matches(self, query: str) -> np.ndarray:
        """Events whose text contains every word of the query (as a substring), case- and
        accent-insensitively; every event for an empty query."""
        words = set(fold(query).split())
        if not words:
            return np.ones(self.n, dtype=bool)
        self.build()
        if len(self._dirty) > MAX_DIRTY:
            self._join()
        ordered = sorted(words, key=lambda w: (self._estimate(w), -len(w)))  # rarest first
        keep = self._word(ordered[0])
        texts = self._texts
        for word in ordered[1:]:
            candidates = np.flatnonzero(keep)
            if len(candidates) * 2 < self.n:  # fewer left than a scan costs: test those
                found = np.fromiter((word in texts[i] for i in candidates.tolist()),
                                    dtype=bool, count=len(candidates))
                keep[candidates[~found]] = False
            else:
                keep &= self._word(word)
        return keep

    def _estimate(self, word: str) -> float:
        """Events likely to hold `word`, from its count in a sample of the joined text."""
        hay = self._hay
        if len(hay) <= SAMPLE_CHARS:
            return float(hay.count(word))
        return hay.count(word, 0, SAMPLE_CHARS) * len(hay) / SAMPLE_CHARS

    def _word(self, word: str) -> np.ndarray:
        """Events holding `word`: every occurrence found in the joined text (about 0.1 µs
        each) and mapped to its event in one vectorised step; a word too common for that
        (more occurrences than SCAN_SHARE of the events) is tested event by event."""
        limit = int(self.n * SCAN_SHARE) + 64
        if self._estimate(word) > limit:
            return self._each(word)
        find = self._hay.find
        found: list[int] = []
        append = found.append
        pos = find(word)
        for _ in range(limit):
            if pos < 0:
                break
            append(pos)
            pos = find(word, pos + 1)
        if pos >= 0:  # the sample said rare, the text says common
            return self._each(word)
        hits = np.zeros(self.n, dtype=bool)
        if found:
            slots = np.searchsorted(self._offsets, found, side="right") - 1
            if self._slot_doc is not None:
                slots = self._slot_doc[slots]
                slots = slots[slots >= 0]
            hits[slots] = True
        texts = self._texts
        for d in self._dirty:  # their entries in the joined text are old, or none
            hits[d] = word in texts[d]
        return hits

    def _each(self, word: str) -> np.ndarray:
        return np.fromiter(map(operator.contains, self._texts, repeat(word)), dtype=bool,
                           count=self.n)
