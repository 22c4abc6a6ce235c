"""The view's options for `TimelineWidget`, as a mixin: the filter's mask, the lane mode and
order, collapsed lanes, claim marks, the legend and the editing lock. Split out of the
widget so what can be switched on the canvas lives in one place; the mixin relies on the
widget's state (`_doc`, `_vp`, `_collapsed`, `_expanded`, ...) and its relayout methods.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from timeline_app.core.geometry.lanes import LaneMode


class ViewOptionsMixin:
    """What the View menu and the filter switch on the canvas."""

    _doc: Any
    _vp: Any
    _collapsed: set[str]
    _expanded: set[str]
    _header_need: Any
    _scene_key: Any
    _by_reliability: bool
    _said: bool
    _locked: bool
    _legend: bool

    def set_filter_mask(self, mask: np.ndarray | None,
                        hidden_sources: frozenset[str] = frozenset()) -> None:
        """Show the events `mask` (over document indices) keeps; no lane for `hidden_sources`."""
        doc = self._doc
        if doc is None:
            return
        # Opening a file shows it unfiltered, as the view was laned: no second relane.
        same = mask is doc.mask or (mask is None and doc.mask is None)  # laned by an edit
        if not (same and frozenset(hidden_sources) == doc.hidden):
            doc.relane(mask=mask, keep_mask=False, hidden=hidden_sources)
        self._changed_content()
        if not doc.any_in(self._vp.start, self._vp.end):
            self.fit_all()  # the view stays where it is unless it would show nothing

    def set_lane_mode(self, mode: LaneMode | str) -> None:
        if self._doc is None:
            return
        self._doc.relane(mode=LaneMode(mode))
        self._collapsed.clear()
        self._header_need = None
        self._changed_content()
        self._header_changed()

    def set_lanes_by_reliability(self, on: bool) -> None:
        """Order lanes by source reliability (A first, ungraded last), or as the file does."""
        self._by_reliability = bool(on)
        if self._doc is None or self._doc.by_reliability == self._by_reliability:
            return
        self._doc.relane(by_reliability=self._by_reliability)
        self._changed_content()
        self._header_changed()

    def lanes_by_reliability(self) -> bool:
        return self._by_reliability

    def set_said_marks(self, on: bool) -> None:
        """Show or hide each claim at the date its source said it."""
        self._said = bool(on)
        self._scene_key = None  # the rows get room for the marks, or give it back
        self.update()

    def said_marks_shown(self) -> bool:
        return self._said

    def lane_mode(self) -> LaneMode:
        return self._doc.mode if self._doc is not None else LaneMode.SOURCE

    def set_lane_collapsed(self, key: str, collapsed: bool) -> None:
        (self._collapsed.add if collapsed else self._collapsed.discard)(key)
        self._expanded.discard(key)  # collapsing and opening again: back to normal height
        self.update()

    def set_editing_locked(self, locked: bool) -> None:
        """Read-only canvas for reviewers: events cannot be dragged or created here."""
        self._locked = bool(locked)
        self.cancel_drag()

    def editing_locked(self) -> bool:
        return self._locked

    def set_legend_visible(self, shown: bool) -> None:
        self._legend = bool(shown)
        self.update()
