"""Where each event of a document is, by id, kept up to date across edits.

A dict of a million ids costs a tenth of a second to make, so it is made once and then
followed: each id keeps the *slot* it was given, and a numpy array maps slots to positions.
Adding or removing an event shifts the positions after it in one vectorised step instead of
rebuilding the dict. Every answer is checked against the list (the event at that position
has that id), so a list changed behind its back gives a slower answer, never a wrong one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.core.model.timeline import Event


class EventPositions:
    """Id -> position in `events` (the document's list, read, never changed here)."""

    def __init__(self, events: list[Event]) -> None:
        self._events = events
        self._slot: dict[str, int] = {e.id: i for i, e in enumerate(events)}
        self._at = np.arange(len(events), dtype=np.int64)  # slot -> position, -1: gone
        self._n = len(events)  # how long the list should be, if only edits changed it

    def get(self, event_id: str) -> int | None:
        """The position of the event with this id, or None when there is none."""
        slot = self._slot.get(event_id)
        events = self._events
        if slot is not None:
            p = int(self._at[slot])
            if 0 <= p < len(events) and events[p].id == event_id:
                return p
        elif self._n == len(events):
            return None  # the list is as followed: the id is not there
        self._rebuild()  # out of step with the list: made again
        slot = self._slot.get(event_id)
        return None if slot is None else int(self._at[slot])

    def _rebuild(self) -> None:
        self.__init__(self._events)  # type: ignore[misc]

    def moved(self, removed: Sequence[str], removed_at: Sequence[int],
              inserted_at: Sequence[int]) -> None:
        """Follow an edit that removed events (`removed`: ids that may be among them; those
        at `removed_at`, positions before the edit, ascending, go) and then inserted events
        at `inserted_at` (positions after it, ascending): the positions after them shift,
        the new ids get slots."""
        at = self._at
        self._n += len(inserted_at) - len(removed_at)
        if len(removed_at):
            gone = np.asarray(removed_at, dtype=np.int64)
            places = set(gone.tolist())
            for event_id in removed:  # those of them at a removed position
                slot = self._slot.get(event_id)
                if slot is not None and int(at[slot]) in places:
                    del self._slot[event_id]
                    at[slot] = -1
            live = at >= 0
            at[live] -= np.searchsorted(gone, at[live], side="left")
        if len(inserted_at):
            new = np.asarray(inserted_at, dtype=np.int64)
            live = at >= 0
            at[live] += np.searchsorted(new - np.arange(len(new)), at[live], side="right")
            base = len(at)
            if base > 2 * len(self._events) + 1024:  # mostly dead slots: start again
                self._rebuild()
                return
            self._at = at = np.concatenate([at, new])
            events = self._events
            for k, p in enumerate(new.tolist()):
                self._slot[events[p].id] = base + k
