"""Context menus on events, in the timeline and the table, act on the highlighted events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.test_timeline_drag import grab_point
from timeline_app.ui import context_menu, editing, safe_text
from timeline_app.ui.models.events import EVENT_ID_ROLE


@pytest.fixture
def menus(monkeypatch):
    shown: list[QMenu] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, where: shown.append(menu))
    return shown


def right_click(widget, pos: QPoint) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def kursk(w):
    return next(e for e in w.document.timeline.events if "Kursk" in e.title)


def test_table_row_menu_on_a_sorted_table(seeded, menus, monkeypatch) -> None:
    w = seeded
    w.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    w.table.selectRow(0)
    row = 4
    event_id = w.table.model().index(row, 0).data(EVENT_ID_ROLE)
    rect = w.table.visualRect(w.table.model().index(row, 1))
    right_click(w.table.viewport(), rect.center())
    assert menus, "no menu"
    menu = menus[-1]
    assert texts(menu)[:3] == ["Edit Event…", "Duplicate Event", "Delete"]
    assert {"Show Only Its Sources", "Copy as Citation"} <= set(texts(menu))
    assert any(t.startswith("Open Source Link") for t in texts(menu))
    assert w.table.selected_ids() == [event_id] == w.timeline.selected_ids()
    edited: list[str] = []
    monkeypatch.setattr(editing, "edit_event", lambda win, i: edited.append(i))
    action(menu, "Edit Event…").trigger()
    assert edited == [event_id]
    action(menu, "Delete").trigger()
    assert w.document.event_by_id(event_id) is None


def test_timeline_menu_copy_and_show_only(seeded, menus) -> None:
    w = seeded
    event = kursk(w)
    x, y = grab_point(w.timeline, event.id)
    right_click(w.timeline, QPoint(int(x), int(y)))
    menu = menus[-1]
    assert w.timeline.selected_ids() == [event.id]
    action(menu, "Copy as Citation").trigger()
    text = QApplication.clipboard().text()
    assert text.startswith(f"{event.title} (2025-04~). Sources: ")
    assert "Valery Gerasimov" in text and "Ukraine's General Staff" in text
    action(menu, "Show Only Its Sources").trigger()
    hidden = w.document.filter.hidden_sources
    assert not hidden & set(event.source_ids())
    assert hidden == set(w.sources_model.source_ids()) - set(event.source_ids())


def test_open_source_link_opens_only_http_links(seeded, menus, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(safe_text, "open_url", lambda url: opened.append(url) or True)
    w = seeded
    event = kursk(w)
    event.claims[0].url = "javascript:alert(1)"
    event.claims[1].url = "https://example.org/kursk"
    w.timeline.select_ids([event.id])
    menu = context_menu.event_menu(w)
    links = context_menu.source_links(w.document.timeline, [event])
    assert [u for _, u in links] == ["https://example.org/kursk"]
    found = next(a for a in menu.actions() if a.text().replace("&", "") == "Open Source Link")
    if found.menu() is not None:
        found.menu().actions()[0].trigger()
    else:
        found.trigger()
    assert opened == [links[0][1]]


def test_empty_space_gives_no_event_menu(seeded, menus) -> None:
    right_click(seeded.timeline, QPoint(seeded.timeline.width() - 5, seeded.timeline.height() - 5))
    assert menus == []


def test_ctrl_c_copies_citations_in_the_table_but_text_boxes_keep_their_copy(seeded) -> None:
    w = seeded
    w.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    rect = w.table.visualRect(w.table.model().index(2, 1))
    QTest.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    event = w.document.event_by_id(w.table.current_id())
    QTest.keyClick(w.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith(f"{event.title} (")
    search = w.filter_bar.search
    search.setFocus()
    QTest.keyClicks(search, "kursk")
    search.selectAll()
    QTest.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "kursk"
    assert "Copy as Citation" in [a.text().replace("&", "") for a in w.edit_menu.actions()]


@pytest.mark.parametrize("key,mods", [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                                      (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)])
def test_the_menu_key_opens_the_current_events_menu(seeded, menus, key, mods) -> None:
    """What a right-click does, the keyboard does: Menu or Shift+F10 on the current event."""
    w = seeded
    event = kursk(w)
    w.timeline.setFocus()
    QTest.keyClick(w.timeline, key, mods)
    assert menus == []  # nothing current yet: a hint, not a menu for nothing
    w.timeline.select_ids([event.id], current=event.id)
    QTest.keyClick(w.timeline, key, mods)
    assert len(menus) == 1
    assert "Show Only Its Sources" in texts(menus[0])
    assert w.timeline.selected_ids() == [event.id]
