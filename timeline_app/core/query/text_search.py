"""Free-text search over every event's words, fast at a million events.

The index is each event's searchable text (title, description, location, tags, claim texts
and source names), folded for case and accents, plus the same texts joined into one string.
Building it costs about a second per million events, so it is built in steps (`build` with
a budget) that the window runs while idle after a file opens, instead of on the first key
typed. A query word that few events hold is found by scanning the joined text with
`str.find`, one step per matching event; a common one by testing each event's text at C
speed. Which is which is estimated by counting the word in a sample of the joined text,
so a common word never first pays for thousands of `find` steps.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from itertools import repeat

import numpy as np

from timeline_app.core.model.timeline import Timeline

FIELD, END = "\x1f", "\x1e"  # between an event's fields / after each event: words never join
SAMPLE_CHARS = 1 << 20  # the commonness of a word is estimated on this much joined text
COMMON_SHARE = 1 / 32  # a word in more events than this share is tested event by event


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for searching."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class TextIndex:
    """The folded text of one document's events; rebuilt (not updated) when it changes."""

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self.n = len(timeline.events)
        self._names = {sid: s.name for sid, s in timeline.sources.items()}
        self._texts: list[str] = []
        self._hay = ""
        self._starts: list[int] = []
        self._offsets = np.zeros(1, dtype=np.int64)

    @property
    def ready(self) -> bool:
        return len(self._texts) == self.n and len(self._starts) == self.n + 1

    def build(self, budget: int | None = None) -> bool:
        """Fold the next `budget` events (all that remain when None); True once complete."""
        if self.ready:
            return True
        events = self._timeline.events
        start = len(self._texts)
        stop = self.n if budget is None else min(self.n, start + max(1, budget))
        names = self._names
        raw = [FIELD.join([e.title, e.description, e.location, *e.tags,
                           *[part for c in e.claims
                             for part in (c.text, names.get(c.source, c.source))]]) + END
               for e in events[start:stop]]
        self._texts.extend([t.lower() if t.isascii() else fold(t) for t in raw])
        if len(self._texts) < self.n:
            return False
        lengths = np.fromiter(map(len, self._texts), dtype=np.int64, count=self.n)
        self._offsets = np.zeros(self.n + 1, dtype=np.int64)
        np.cumsum(lengths, out=self._offsets[1:])
        self._hay = "".join(self._texts)
        self._starts = self._offsets.tolist()
        return True

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
        ordered = sorted(words, key=lambda w: (self._estimate(w), -len(w)))  # rarest first
        keep = self._word(ordered[0])
        texts = self._texts
        for word in ordered[1:]:
            candidates = np.flatnonzero(keep)
            if len(candidates) * 8 < self.n:  # few left: test just those
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
        if self._estimate(word) > self.n * COMMON_SHARE:
            return self._each(word)
        hits = np.zeros(self.n, dtype=bool)
        find, starts = self._hay.find, self._starts
        budget = int(self.n * COMMON_SHARE) + 16  # the estimate was wrong: test each event
        pos = find(word)
        while pos >= 0:
            budget -= 1
            if budget < 0:
                return self._each(word)
            i = bisect_right(starts, pos) - 1
            hits[i] = True
            pos = find(word, starts[i + 1])  # next event: one hit per event is enough
        return hits

    def _each(self, word: str) -> np.ndarray:
        return np.fromiter(map(str.__contains__, self._texts, repeat(word)), dtype=bool,
                           count=self.n)
