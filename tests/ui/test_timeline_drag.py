"""Dragging events on the timeline: move and resize snapped to precision, a live preview
that leaves the document alone, one undo step per release, Escape cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.test_timeline_helpers import make_timeline, mouse
from timeline_app.core.model.calendar import SECONDS_PER_YEAR
from timeline_app.ui.timeline.widget import TimelineWidget

MONTH = SECONDS_PER_YEAR / 12
Press, Move, Release = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.MouseButtonRelease)


def item(view, event_id):
    doc = view.doc_view().doc_of(event_id)
    return next(it for lane in view.scene().lanes for it in lane.items if it.doc == doc)


def grab_point(view, event_id, where="middle"):
    """Widget point on an event's mark: its middle, or 2 px inside its end or start."""
    it = item(view, event_id)
    hw = view.header_width()
    x = {"middle": (max(it.x0, 0) + it.x1) / 2, "end": it.x1 - 2, "start": it.x0 + 2}[where]
    return hw + x, view.scene().bar_y(it)


def px_of(view, seconds: float) -> float:
    vp = view.viewport()
    return seconds / vp.span * vp.width


def drag(view, x, y, dx, release=True, steps=4, select=True):
    """Drag from (x, y) by dx; with `select`, a click selects the event first (only a
    selected event moves: a drag on any other pans)."""
    if select:
        mouse(view, Press, x, y)
        mouse(view, Release, x, y, buttons=Qt.MouseButton.NoButton)
    mouse(view, Press, x, y)
    for k in range(1, steps + 1):
        mouse(view, Move, x + dx * k / steps, y, button=Qt.MouseButton.NoButton)
    if release:
        mouse(view, Release, x + dx, y, buttons=Qt.MouseButton.NoButton)


def texts(window, event_id):
    e = window.document.event_by_id(event_id)
    return e.start.text, e.end.text if e.end is not None else None


def test_dragging_the_treaty_two_months_right_moves_it_and_undoes_in_one_step(seeded) -> None:
    w = seeded.timeline
    stack = seeded.document.undo_stack
    before = stack.count()
    x, y = grab_point(w, "treaty-2024-06")
    drag(w, x, y, px_of(w, 2 * MONTH) + 3)
    assert texts(seeded, "treaty-2024-06") == ("2024-08", None)
    assert stack.count() == before + 1
    stack.undo()
    assert texts(seeded, "treaty-2024-06") == ("2024-06", None)


def test_two_drags_of_one_event_are_two_undo_steps(seeded) -> None:
    w = seeded.timeline
    stack = seeded.document.undo_stack
    before = stack.count()
    x, y = grab_point(w, "treaty-2024-06")
    drag(w, x, y, px_of(w, 2 * MONTH) + 3)
    x, y = grab_point(w, "treaty-2024-06")
    drag(w, x, y, px_of(w, 2 * MONTH) + 3)
    assert texts(seeded, "treaty-2024-06") == ("2024-10", None)
    assert stack.count() == before + 2
    stack.undo()
    assert texts(seeded, "treaty-2024-06") == ("2024-08", None)


def test_the_preview_leaves_the_document_alone_and_escape_cancels(seeded) -> None:
    w = seeded.timeline
    stack = seeded.document.undo_stack
    before = stack.count()
    moved = []
    w.eventMoved.connect(lambda *args: moved.append(args))
    x, y = grab_point(w, "treaty-2024-06")
    drag(w, x, y, 0)  # a click: selected, so the picture below differs only by the ghost
    plain = w.grab().toImage()
    drag(w, x, y, px_of(w, 3 * MONTH), release=False)
    assert texts(seeded, "treaty-2024-06") == ("2024-06", None)  # only previewed
    assert w.grab().toImage() != plain  # the ghost is drawn
    QTest.keyClick(w, Qt.Key.Key_Escape)
    mouse(w, Release, x + px_of(w, 3 * MONTH), y, buttons=Qt.MouseButton.NoButton)
    assert moved == [] and stack.count() == before
    assert texts(seeded, "treaty-2024-06") == ("2024-06", None)
    assert w.selected_ids() == ["treaty-2024-06"]  # Escape cancelled the drag, not the pick


def test_a_drag_back_to_where_it_started_and_a_click_emit_nothing(seeded) -> None:
    w = seeded.timeline
    moved = []
    w.eventMoved.connect(lambda *args: moved.append(args))
    x, y = grab_point(w, "treaty-2024-06")
    mouse(w, Press, x, y)
    mouse(w, Move, x + px_of(w, 2 * MONTH), y, button=Qt.MouseButton.NoButton)
    mouse(w, Move, x + 1, y, button=Qt.MouseButton.NoButton)
    mouse(w, Release, x + 1, y, buttons=Qt.MouseButton.NoButton)
    drag(w, x, y, 2)  # below the drag threshold: a click
    assert moved == []
    assert w.selected_ids() == ["treaty-2024-06"]


@pytest.fixture
def ranged(qtbot):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1000, 400)
    w.show()
    qtbot.waitExposed(w)
    w.set_document(make_timeline([("r", "2024-03/2024-09~", "Range"),
                                  ("d", "2024-02-10/2024-04-20", "Days"),
                                  ("p", "2025-04~", "Approximate")]))
    return w


def test_resizing_a_ranges_end_snaps_to_its_precision_and_keeps_the_qualifier(ranged) -> None:
    moved = []
    ranged.eventMoved.connect(lambda *args: moved.append(args))
    x, y = grab_point(ranged, "r", "end")
    QTest.mouseMove(ranged, QPoint(round(x), round(y)))
    assert ranged.cursor().shape() != Qt.CursorShape.SizeHorCursor  # not selected: no handle
    ranged.select_ids(["r"])
    QTest.mouseMove(ranged, QPoint(round(x) + 1, round(y)))
    QTest.mouseMove(ranged, QPoint(round(x), round(y)))
    assert ranged.cursor().shape() == Qt.CursorShape.SizeHorCursor
    drag(ranged, x, y, px_of(ranged, 1.8 * MONTH))
    assert moved == [("r", "2024-03", "2024-11~", "")]
    # Dragged far before the start, the end stops at the start's month.
    moved.clear()
    drag(ranged, x, y, -px_of(ranged, 40 * MONTH))
    assert moved == [("r", "2024-03", "2024-03~", "")]


def test_resizing_the_start_and_moving_a_day_range(ranged) -> None:
    moved = []
    ranged.eventMoved.connect(lambda *args: moved.append(args))
    x, y = grab_point(ranged, "r", "start")
    drag(ranged, x, y, -px_of(ranged, 1.1 * MONTH))
    assert moved == [("r", "2024-02", "2024-09~", "")]
    moved.clear()
    x, y = grab_point(ranged, "d")
    drag(ranged, x, y, px_of(ranged, 10 * 86400))
    assert moved == [("d", "2024-02-20", "2024-04-30", "")]


def test_an_approximate_date_keeps_its_tilde(ranged) -> None:
    moved = []
    ranged.eventMoved.connect(lambda *args: moved.append(args))
    x, y = grab_point(ranged, "p")
    drag(ranged, x, y, -px_of(ranged, 2 * MONTH))
    assert moved == [("p", "2025-02~", None, "")]
