"""View > Lock Editing holds for the whole window (issue 10, §1): with the lock on, no key,
menu or context-menu command changes the document; the status bar says why; unlocking
gives every command back. Every step is a real key press or mouse click."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from tests.ui.test_context_menu import right_click
from tests.ui.test_timeline_drag import grab_point
from timeline_app.core.model.edits import EditError, RemoveEvents
from timeline_app.ui import article_import, context_menu, csv_dialog, editing
from timeline_app.ui.edit_lock import locked_text
from timeline_app.ui.models.events import EVENT_ID_ROLE

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def win(qtbot, window, tmp_path: Path):
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    open_and_wait(qtbot, window, path)
    return window


def snapshot(w) -> list[tuple]:
    """Everything an edit could change: the events' fields, claims and the sources."""
    t = w.document.timeline
    events = [(e.id, e.title, e.start.text, e.end.text if e.end else None,
               tuple((c.source, c.stance) for c in e.claims)) for e in t.events]
    return [events, sorted((s.id, s.name) for s in t.sources.values()),
            w.document.undo_stack.index(), w.document.undo_stack.count()]


def click_row(w, row: int) -> str:
    rect = w.table.visualRect(w.table.model().index(row, 1))
    QTest.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())
    return w.table.model().index(row, 0).data(EVENT_ID_ROLE)


def lock(w, on: bool = True) -> None:
    """View > Lock Editing, through the menu as a user would reach it."""
    assert w.menu.lock.isChecked() != on
    w.menu.lock.trigger()
    assert w.timeline.editing_locked() is on


def test_locked_keys_on_the_table_and_the_timeline_change_nothing(win) -> None:
    deleted = click_row(win, 2)
    QTest.keyClick(win.table, Qt.Key.Key_Delete)  # something for Ctrl+Z to take back
    assert win.document.event_by_id(deleted) is None
    lock(win)
    before = snapshot(win)
    click_row(win, 3)
    for widget in (win.table, win.timeline):
        widget.setFocus()
        for key, mods in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_D, Ctrl), (Qt.Key.Key_Z, Ctrl),
                          (Qt.Key.Key_Y, Ctrl), (Qt.Key.Key_E, Ctrl)):
            win.statusBar().clearMessage()
            QTest.keyClick(widget, key, mods)
            assert snapshot(win) == before, (widget, key, mods)
            assert win.statusBar().currentMessage() == locked_text(), (widget, key, mods)
    assert win.document.event_by_id(deleted) is None  # the undo did not happen
    assert win.edit_lock.badge.isVisibleTo(win)
    # Unlocked, the same keys work again.
    lock(win, False)
    assert not win.edit_lock.badge.isVisibleTo(win)
    win.table.setFocus()
    QTest.keyClick(win.table, Qt.Key.Key_Z, Ctrl)
    assert win.document.event_by_id(deleted) is not None
    current = click_row(win, 0)
    QTest.keyClick(win.table, Qt.Key.Key_Delete)
    assert win.document.event_by_id(current) is None


def test_every_document_changing_action_is_disabled_and_says_why(win) -> None:
    click_row(win, 1)
    QTest.keyClick(win.table, Qt.Key.Key_Delete)
    changing = win.edit_lock.actions()
    assert {win.undo_action, win.delete_action, win.duplicate_action, win.new_event_action,
            win.sources_action, win.import_article_action, win.reopen_action} <= set(changing)
    lock(win)
    for action in changing:
        assert not action.isEnabled(), action.text()
        assert action.statusTip() == locked_text() and action.toolTip() == locked_text()
    assert not win.history_dock.widget().isEnabled()  # no clicking back through History
    assert win.edit_event_action.isEnabled()  # it views the event, read-only
    assert win.edit_event_action.text().replace("&", "") == "View Event…"
    saving = [a for a in win.menu.file.actions() if a.text().replace("&", "").startswith("Save")]
    assert saving and all(a.isEnabled() for a in saving)
    lock(win, False)
    assert all(a.isEnabled() for a in changing if a is not win.redo_action)
    assert not win.redo_action.isEnabled()  # nothing to redo: the stack's own state is back
    assert win.edit_event_action.text().replace("&", "") == "Edit Event…"
    assert win.history_dock.widget().isEnabled()


def _click_menu_item(qtbot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    menu.popup(QPoint(10, 10))
    qtbot.waitExposed(menu)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     menu.actionGeometry(action).center())
    menu.close()


@pytest.mark.parametrize("where", ["table", "timeline"])
def test_the_context_menu_changes_nothing_while_locked(win, qtbot, monkeypatch, where) -> None:
    shown: list[QMenu] = []
    monkeypatch.setattr(context_menu, "popup", lambda menu, pos: shown.append(menu))
    opened: list[bool] = []
    monkeypatch.setattr(editing, "edit_event", lambda w, i: opened.append(
        w.timeline.editing_locked()))
    lock(win)
    before = snapshot(win)
    if where == "table":
        rect = win.table.visualRect(win.table.model().index(4, 1))
        right_click(win.table.viewport(), rect.center())
    else:
        event_id = win.document.timeline.events[0].id
        x, y = grab_point(win.timeline, event_id)
        right_click(win.timeline, QPoint(int(x), int(y)))
    menu = shown[-1]
    for text in ("Duplicate Event", "Delete"):
        _click_menu_item(qtbot, menu, text)
        assert snapshot(win) == before, text
    _click_menu_item(qtbot, menu, "View Event…")
    assert opened == [True]  # the editor opens, read-only (tests/ui/test_timeline_canvas.py)


def test_imports_into_the_open_document_are_refused_while_locked(win, monkeypatch,
                                                                 tmp_path) -> None:
    article = tmp_path / "story.md"
    article.write_text("# Troops\n\nOn 4 November 2024 Kursk officials said ...\n")
    lock(win)
    before = snapshot(win)
    assert article_import.import_article(win, article) is None
    assert win.statusBar().currentMessage() == locked_text()
    opened: list[Path] = []
    monkeypatch.setattr(win, "open_path", lambda path, **kw: opened.append(path))
    win.document.path = tmp_path / "events.csv"  # a spreadsheet the Reopen button re-reads
    csv_dialog.reopen_with_encoding(win)
    assert opened == [] and snapshot(win) == before
    lock(win, False)
    csv_dialog.reopen_with_encoding(win)
    assert opened == [tmp_path / "events.csv"]


def test_the_document_refuses_an_edit_from_any_other_path(win) -> None:
    lock(win)
    before = snapshot(win)
    with pytest.raises(EditError, match="Editing is locked"):
        win.document.push(RemoveEvents(win.document.timeline,
                                       [win.document.timeline.events[0].id]))
    assert snapshot(win) == before


def test_a_file_remembered_as_locked_opens_locked(win, qtbot) -> None:
    lock(win)
    path = win.document.path
    win._remember_file_state()
    open_and_wait(qtbot, win, path)
    assert win.timeline.editing_locked() and not win.delete_action.isEnabled()
    assert not win.undo_action.isEnabled()
