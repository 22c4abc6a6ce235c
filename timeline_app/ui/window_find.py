"""Find as you type in the window: the matches of the search field, highlighted on the
timeline in time order and stepped through like a browser's find (F3, Shift+F3)."""

from __future__ import annotations

import numpy as np

from timeline_app.ui.document import Document
from timeline_app.ui.filter_bar import FilterBar
from timeline_app.ui.timeline.widget import TimelineWidget


class FindInWindow:
    """A mixin of MainWindow, which makes the attributes below."""

    document: Document
    timeline: TimelineWidget
    filter_bar: FilterBar
    _matches: list[str]  # ids of the matching shown events, in time order
    _match_pos: int | None  # the one last stepped to

    def _search_changed(self, text: str) -> None:
        index = self.document.index
        if index is None or not text.strip():
            self._matches = []
        else:
            hits = np.flatnonzero(index.text_matches(text) & self.document.mask)
            order = hits[np.lexsort((index.hi[hits], index.lo[hits]))]
            events = self.document.timeline.events if self.document.timeline else []
            self._matches = [events[i].id for i in order.tolist()]
        self._match_pos = None
        self.timeline.set_highlight(self._matches)
        self.filter_bar.set_match_count(None, len(self._matches))

    def find_next(self, backwards: bool = False) -> None:
        """Select the next match and centre it on the timeline, like a browser's find."""
        if not self._matches:
            return
        step = -1 if backwards else 1
        if self._match_pos is None:
            self._match_pos = len(self._matches) - 1 if backwards else 0
        else:
            self._match_pos = (self._match_pos + step) % len(self._matches)
        event_id = self._matches[self._match_pos]
        self.timeline.select_ids([event_id])
        self.timeline.center_on_event(event_id)
        self.filter_bar.set_match_count(self._match_pos + 1, len(self._matches))
