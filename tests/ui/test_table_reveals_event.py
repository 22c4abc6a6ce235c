"""One selection, one current event (issue 10, §3): picking a row in the Events table, by
mouse or keyboard, brings its event into the timeline's view in time and vertically, its
lane scrolled into view when the lanes are taller than the canvas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import open_and_wait
from tests.ui.test_timeline_helpers import make_timeline
from timeline_app.core.formats.saving import save
from timeline_app.ui.models.events import EVENT_ID_ROLE

N_SOURCES = 40


@pytest.fixture
def many_lanes(qtbot, window, tmp_path: Path):
    """40 sources, one event each, a month apart: 40 lanes, far taller than the canvas."""
    sources = tuple(f"s{i:02d}" for i in range(N_SOURCES))
    specs = [(f"e{i:02d}", f"{2000 + i // 12}-{1 + i % 12:02d}", f"Event {i}", (s,))
             for i, s in enumerate(sources)]
    path = tmp_path / "many.timeline.json"
    save(make_timeline(specs, sources=sources), path)
    window.resize(1280, 720)
    open_and_wait(qtbot, window, path)
    QTest.qWait(50)
    w = window.timeline
    # Zoomed in on the first events, scrolled to the top: the last lanes are out of view.
    w.set_viewport(*_year(2000))
    w._scrollbar.setValue(0)
    scene = w.scene()
    assert scene.content_h > w.height() - scene.axis_h, "lanes must be taller than the canvas"
    return window


def _year(year: int) -> tuple[float, float]:
    from timeline_app.core.model.dates import parse_date
    return parse_date(str(year)).earliest, parse_date(str(year)).latest


def _row_of(w, event_id: str) -> int:
    model = w.table.model()
    return next(r for r in range(model.rowCount())
                if model.index(r, 0).data(EVENT_ID_ROLE) == event_id)


def _item_rect_in_canvas(w, event_id: str) -> bool:
    """The event's drawn item lies inside the visible canvas, in x and in y."""
    tl = w.timeline
    scene = tl.scene()
    doc = tl.doc_view().doc_of(event_id)
    items = [it for g in scene.lanes for it in g.items if it.doc == doc]
    if not items:
        return False  # not drawn at all: outside the time range
    it = items[0]
    x = tl.header_width() + max(it.x0, 0.0)
    inside_y = scene.axis_h <= it.y and it.y + scene.row_h <= tl.height()
    inside_x = tl.header_width() <= x <= tl.width()
    return inside_x and inside_y


def test_clicking_a_row_below_the_fold_scrolls_its_lane_into_view(many_lanes) -> None:
    w = many_lanes
    target = "e37"  # lane 37 of 40, in 2003: neither in the time range nor scrolled to
    assert not _item_rect_in_canvas(w, target)
    assert w.timeline._scroll_y == 0
    table = w.table
    table.scrollTo(table.model().index(_row_of(w, target), 1))
    rect = table.visualRect(table.model().index(_row_of(w, target), 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    assert w.timeline.current_id() == target
    assert w.timeline._scroll_y > 0
    assert _item_rect_in_canvas(w, target)


def test_keyboard_moves_in_the_table_keep_the_current_event_in_view(many_lanes) -> None:
    w = many_lanes
    table = w.table
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by title: order unlike the lanes
    first = table.model().index(0, 1)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, table.visualRect(first).center())
    table.setFocus()
    seen_scroll = set()
    for _ in range(N_SOURCES - 1):
        QTest.keyClick(table, Qt.Key.Key_Down)
        current = w.timeline.current_id()
        assert current == table.current_id()
        assert _item_rect_in_canvas(w, current), current
        seen_scroll.add(w.timeline._scroll_y)
    assert len(seen_scroll) > 2  # it really scrolled, both ways along the walk
    QTest.keyClick(table, Qt.Key.Key_End)
    assert _item_rect_in_canvas(w, w.timeline.current_id())
    QTest.keyClick(table, Qt.Key.Key_Home)
    assert _item_rect_in_canvas(w, w.timeline.current_id())


def test_the_picked_event_is_painted_in_the_visible_canvas(many_lanes) -> None:
    """Rendered pixels, not only geometry: the selected item's colour appears in its rect."""
    w = many_lanes
    table = w.table
    target = "e39"
    index = table.model().index(_row_of(w, target), 1)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, table.visualRect(index).center())
    tl = w.timeline
    image = tl.grab().toImage()
    scene = tl.scene()
    doc = tl.doc_view().doc_of(target)
    it = next(it for g in scene.lanes for it in g.items if it.doc == doc)
    lane = next(g for g in scene.lanes if any(i.doc == doc for i in g.items))
    assert lane.title.endswith("S39")
    y0, y1 = int(it.y), int(it.y + scene.row_h)
    x0 = int(tl.header_width() + max(it.x0, 0.0)) - 4
    background = image.pixelColor(tl.width() // 2, tl.height() - 2)
    differs = [image.pixelColor(x, y) != background
               for y in range(max(y0, 0), min(y1, image.height()))
               for x in range(x0, min(x0 + 40, image.width()))]
    assert y0 > 0 and y1 <= image.height()
    assert sum(differs) > 20  # the marker and its label are drawn there
