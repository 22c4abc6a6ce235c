"""Per-file state as the window restores it, and the status bar's choice of precision.

Kept apart from the main window so the window module holds wiring, not conversions.
"""

from __future__ import annotations

from timeline_app.core.model.dates import DateError, Precision, parse_date
from timeline_app.core.model.timeline import Status
from timeline_app.core.query.filtering import Filter
from timeline_app.ui.settings import FileState


def filter_from_state(state: FileState | None) -> Filter | None:
    if state is None:
        return None
    statuses = frozenset(Status(s) for s in state.statuses if s in Status._value2member_map_)
    return Filter(hidden_sources=frozenset(state.hidden_sources), tags=frozenset(state.tags),
                  statuses=statuses, text=state.text,
                  start=_instant(state.date_from, latest=False),
                  end=_instant(state.date_to, latest=True))


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
