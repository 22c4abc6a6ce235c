"""One selection, one current event: the timeline, the Events table (sorted by any column,
filtered or not) and Details agree, and Enter, Delete and Ctrl+D act on the highlighted
rows. Every step is a real mouse click or key press."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.ui import editing
from timeline_app.ui.models.events import EVENT_ID_ROLE, HEADERS
from timeline_app.ui.models.sources import NAME

ORDERS = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
SORTS = [(col, order) for col in range(len(HEADERS)) for order in ORDERS]


@pytest.fixture
def win(qtbot, window, tmp_path: Path):
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    open_and_wait(qtbot, window, path)
    return window


def click_row(w, row: int, mods=Qt.KeyboardModifier.NoModifier) -> str:
    table = w.table
    rect = table.visualRect(table.model().index(row, 1))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, mods, rect.center())
    return table.model().index(row, 0).data(EVENT_ID_ROLE)


def highlighted(w) -> list[str]:
    return sorted(w.table.selected_ids())


def assert_one_current(w, event_id: str) -> None:
    assert w.table.current_id() == event_id
    assert w.timeline.current_id() == event_id
    assert w.details.current_event is not None and w.details.current_event.id == event_id


@pytest.mark.parametrize(("column", "order"), SORTS)
def test_clicked_row_is_current_everywhere_and_enter_edits_it(win, qtbot, monkeypatch,
                                                               column, order) -> None:
    edited: list[str] = []
    monkeypatch.setattr(editing, "edit_event", lambda w, event_id: edited.append(event_id))
    win.table.sortByColumn(column, order)
    for row in (0, 3, win.table.model().rowCount() - 1):
        event_id = click_row(win, row)
        assert highlighted(win) == [event_id] == sorted(win.timeline.selected_ids())
        assert_one_current(win, event_id)
        QTest.keyClick(win.table, Qt.Key.Key_Return)
        assert edited[-1] == event_id


@pytest.mark.parametrize(("column", "order"), SORTS)
def test_delete_key_deletes_exactly_the_highlighted_rows(win, column, order) -> None:
    win.table.sortByColumn(column, order)
    before = len(win.document.timeline.events)
    first = click_row(win, 1)
    second = click_row(win, 4, Qt.KeyboardModifier.ControlModifier)
    assert highlighted(win) == sorted([first, second]) == sorted(win.timeline.selected_ids())
    assert_one_current(win, second)
    QTest.keyClick(win.table, Qt.Key.Key_Delete)
    left = {e.id for e in win.document.timeline.events}
    assert first not in left and second not in left
    assert len(left) == before - 2


@pytest.mark.parametrize(("column", "order"), SORTS)
def test_ctrl_d_duplicates_the_highlighted_row(win, column, order) -> None:
    win.table.sortByColumn(column, order)
    before = len(win.document.timeline.events)
    event_id = click_row(win, 2)
    title = win.document.event_by_id(event_id).title
    QTest.keyClick(win.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    titles = [e.title for e in win.document.timeline.events]
    assert titles.count(f"{title} (copy)") == 1 and len(titles) == before + 1
    # the copy becomes the one current event, in the table too
    copy_id = win.timeline.current_id()
    assert win.document.event_by_id(copy_id).title == f"{title} (copy)"
    assert_one_current(win, copy_id)


@pytest.mark.parametrize("column", range(len(HEADERS)))
def test_sorting_keeps_the_highlighted_event(win, column) -> None:
    """Re-sorting moves rows; the highlight must follow the event, not stay on the row."""
    event_id = click_row(win, 5)
    for order in ORDERS:
        win.table.sortByColumn(column, order)
        assert highlighted(win) == [event_id]
        assert_one_current(win, event_id)
        QTest.keyClick(win.table, Qt.Key.Key_Delete)
        assert win.document.event_by_id(event_id) is None
        QTest.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert win.document.event_by_id(event_id) is not None
        win.timeline.select_ids([event_id])


def test_timeline_click_current_reaches_table_and_details(win, qtbot) -> None:
    win.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    ids = [e.id for e in win.document.timeline.events[:3]]
    win.timeline.select_ids(ids, current=ids[0])
    assert highlighted(win) == sorted(ids)
    assert_one_current(win, ids[0])


def test_filtered_and_sorted_table_acts_on_the_visible_row(win) -> None:
    model = win.sources_model
    model.setData(model.index(model.source_ids().index("report"), NAME),
                  Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    win.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    rows = win.table.model().rowCount()
    assert 0 < rows < 9
    event_id = click_row(win, rows - 1)
    assert_one_current(win, event_id)
    QTest.keyClick(win.table, Qt.Key.Key_Delete)
    assert win.document.event_by_id(event_id) is None
