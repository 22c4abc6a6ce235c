"""Per-file state as the window restores it, and the status bar's choice of precision.

Kept apart from the main window so the window module holds wiring, not conversions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.dates import DateError, Precision, parse_date
from timeline_app.core.model.grades import parse_credibility, parse_reliability
from timeline_app.core.model.timeline import Status
from timeline_app.core.query.filtering import Filter
from timeline_app.ui.settings import FileState

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

T = TypeVar("T")
log = logging.getLogger(__name__)


def apply_view_state(window: MainWindow, state: FileState | None) -> None:
    """A file's remembered lanes, lock and visible range back on the window."""
    window.menu.lock.setChecked(state.locked if state is not None else False)
    window.menu.by_reliability.setChecked(state.lanes_by_reliability if state else False)
    if state is None:
        return
    try:
        window.timeline.set_lane_mode(LaneMode(state.lanes))
    except ValueError:
        log.warning("unknown lane mode %r in settings", state.lanes)
    if state.view_start is not None and state.view_span:
        window.timeline.set_viewport(state.view_start, state.view_start + state.view_span)


def view_state(window: MainWindow) -> FileState:
    """How the window shows its file now: what `apply_view_state` puts back."""
    f = window.document.filter
    vp = window.timeline.viewport()
    bar = window.filter_bar
    return FileState(
        view_start=vp.start, view_span=vp.span, lanes=str(window.timeline.lane_mode()),
        hidden_sources=sorted(f.hidden_sources), tags=sorted(f.tags),
        statuses=sorted(s.value for s in f.statuses), text=f.text,
        date_from=bar.date_from.text(), date_to=bar.date_to.text(),
        min_reliability=f.min_reliability, min_credibility=f.min_credibility,
        lanes_by_reliability=window.timeline.lanes_by_reliability(),
        time_zone=None if window.document.clock.is_utc else window.document.clock.name,
        locked=window.timeline.editing_locked())


def filter_from_state(state: FileState | None) -> Filter | None:
    if state is None:
        return None
    statuses = frozenset(Status(s) for s in state.statuses if s in Status._value2member_map_)
    return Filter(hidden_sources=frozenset(state.hidden_sources), tags=frozenset(state.tags),
                  statuses=statuses, text=state.text,
                  start=_instant(state.date_from, latest=False),
                  end=_instant(state.date_to, latest=True),
                  min_reliability=_grade(parse_reliability, state.min_reliability),
                  min_credibility=_grade(parse_credibility, state.min_credibility))


def _grade(parse: Callable[[object], T], value: object) -> T | None:
    """A remembered grade filter; a damaged one is simply dropped."""
    try:
        return parse(value) if value is not None else None
    except ValueError:
        return None


def _instant(text: str, latest: bool) -> float | None:
    """A remembered date box as an instant; a damaged one is simply dropped."""
    try:
        date = parse_date(text) if text.strip() else None
    except DateError:
        return None
    if date is None or date.is_open:
        return None
    return date.latest if latest else date.earliest


def precision_for_span(span: float) -> Precision:
    day = 86400.0
    if span < 2 * day:
        return Precision.MINUTE
    if span < 120 * day:
        return Precision.DAY
    if span < 6 * 365 * day:
        return Precision.MONTH
    return Precision.YEAR


def default_dock_widths(width: int, names_px: int | None = None) -> tuple[int, int]:
    """Sources and Details widths for a window `width` pixels wide. Sources gets what its
    longest name needs (`names_px`, when known) within 200 px and ~24 % of the window;
    Details, empty until something is selected, ~14 %; the timeline keeps the rest (over
    60 % at 1280 px and up)."""
    cap = max(200, min(380, round(width * 0.24)))
    sources = max(200, min(cap, names_px if names_px else round(width * 0.2)))
    details = max(170, min(360, round(width * 0.14)))
    return sources, details


DEFAULT_SIZE = (1400, 860)


def default_size(available: tuple[int, int] | None) -> tuple[int, int]:
    """The first window's size: 1400×860, or what the screen's free area holds when it is
    smaller (a 1280×720 laptop), so no part of the window opens off the screen. `None`
    (no screen worth asking, as offscreen in tests) keeps the default."""
    if available is None:
        return DEFAULT_SIZE
    w, h = available
    return min(DEFAULT_SIZE[0], w), min(DEFAULT_SIZE[1], h)
