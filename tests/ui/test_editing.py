"""Editing in the window: undo/redo, the modified marker, saving and its failures,
the external-change prompt, the unsaved-changes prompt, and the keyboard-only journey."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.saving import SaveError
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops

Button = QMessageBox.StandardButton


@pytest.fixture
def copy_path(tmp_path: Path) -> Path:
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    return path


@pytest.fixture
def answers(monkeypatch):
    """Answer the window's questions from a list, recording what was asked."""
    asked: list[str] = []
    queue: list[Button] = []

    def fake_ask(box: QMessageBox) -> Button:
        asked.append(box.text())
        return queue.pop(0) if queue else Button.Cancel

    monkeypatch.setattr(file_ops, "ask", fake_ask)
    return asked, queue


@pytest.fixture
def editing(qtbot, window, copy_path):
    open_and_wait(qtbot, window, copy_path)
    return window


def monument_id(w) -> str:
    return next(e.id for e in w.document.timeline.events if "monument" in e.title.lower())


def titles_in(path: Path) -> list[str]:
    return [e["title"] for e in json.loads(path.read_text())["events"]]


def test_undo_redo_names_and_clean_state(editing) -> None:
    w = editing
    event = w.document.timeline.events[0]
    w.document.push(SetEventFields(event, title="Retitled"))
    assert w.isWindowModified() and w.document.modified
    assert w.undo_action.text() == "&Undo Edit Event"
    assert w.table.model().index(0, 1).data() == "Retitled" or any(
        w.table.model().index(r, 1).data() == "Retitled" for r in range(9))
    w.undo_action.trigger()
    assert event.title != "Retitled" and not w.isWindowModified()
    w.redo_action.trigger()
    assert event.title == "Retitled" and w.isWindowModified()


def test_delete_key_undo_and_history(editing, qtbot) -> None:
    w = editing
    target = monument_id(w)
    w.timeline.select_ids([target])
    w.timeline.setFocus()
    QTest.keyClick(w.timeline, Qt.Key.Key_Delete)
    assert w.document.event_by_id(target) is None
    assert w.status_count.text() == "Showing 8 of 8 events"
    assert w.undo_action.text() == "&Undo Delete Event"
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.document.event_by_id(target) is not None
    QTest.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.document.event_by_id(target) is None
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(w, Qt.Key.Key_Z, ctrl_shift)
    assert w.document.event_by_id(target) is None  # nothing left to redo: unchanged
    assert w.history_dock.widget().stack() is w.document.undo_stack


def test_keyboard_journey_delete_and_bring_back(editing, copy_path) -> None:
    """Ctrl+F, monument, Enter, Escape, Delete, Ctrl+S: gone; Ctrl+Z, Ctrl+S: back."""
    w = editing
    QTest.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(w.filter_bar.search, "monument")
    QTest.keyClick(w.filter_bar.search, Qt.Key.Key_Return)
    QTest.keyClick(w.filter_bar.search, Qt.Key.Key_Escape)
    assert w.timeline.hasFocus()
    QTest.keyClick(w.timeline, Qt.Key.Key_Delete)
    QTest.keyClick(w.timeline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not any("monument" in t.lower() for t in titles_in(copy_path))
    assert not w.isWindowModified()
    QTest.keyClick(w.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(w.timeline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert any("monument" in t.lower() for t in titles_in(copy_path))
    assert copy_path.read_bytes() == SEED.read_bytes()  # canonical: byte for byte again


def test_failed_save_keeps_document_modified_and_file_intact(editing, copy_path, answers,
                                                             monkeypatch) -> None:
    w = editing
    asked, _ = answers
    before = copy_path.read_bytes()
    w.document.push(SetEventFields(w.document.timeline.events[0], title="Unsaved"))

    def full_disk(path: Path, data: bytes) -> None:
        raise SaveError(f"Could not save {path}: the disk is full. The file on disk was not "
                        "changed.")

    monkeypatch.setattr(file_ops, "write_atomic", full_disk)
    assert not file_ops.save(w)
    assert "the disk is full" in asked[-1]
    assert w.document.modified and w.isWindowModified()
    assert copy_path.read_bytes() == before


def test_read_only_folder_save_fails_cleanly(editing, copy_path, answers) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders; the monkeypatched test covers it")
    w = editing
    copy_path.parent.chmod(0o500)
    try:
        w.document.push(SetEventFields(w.document.timeline.events[0], title="Unsaved"))
        assert not file_ops.save(w)
        assert w.document.modified
    finally:
        copy_path.parent.chmod(0o700)


def test_external_change_prompt(editing, copy_path, answers) -> None:
    w = editing
    asked, queue = answers
    w.document.push(SetEventFields(w.document.timeline.events[0], title="Mine"))
    theirs = copy_path.read_text().replace("Putin and Kim", "THEIRS Putin and Kim")
    copy_path.write_text(theirs)
    os.utime(copy_path, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    queue.append(Button.Cancel)
    assert not file_ops.save(w)
    assert "changed by another program" in asked[-1]
    assert copy_path.read_text() == theirs and w.document.modified
    queue.append(Button.Save)  # overwrite
    assert file_ops.save(w)
    assert "Mine" in titles_in(copy_path)
    assert file_ops.save(w)  # a second save: no prompt, the file is as we left it
    assert len(asked) == 2


def test_external_change_then_reload(editing, qtbot, copy_path, answers) -> None:
    w = editing
    _asked, queue = answers
    w.document.push(SetEventFields(w.document.timeline.events[0], title="Mine"))
    copy_path.write_text(copy_path.read_text().replace("Putin and Kim", "THEIRS"))
    os.utime(copy_path, ns=(1, 1))
    queue.extend([Button.Reset, Button.Discard])
    with qtbot.waitSignal(w.loader.finished, timeout=10_000):
        file_ops.save(w)
    assert "THEIRS" in " ".join(e.title for e in w.document.timeline.events)
    assert not w.document.modified


def test_close_with_unsaved_changes_asks(editing, answers) -> None:
    w = editing
    asked, queue = answers
    w.document.push(SetEventFields(w.document.timeline.events[0], title="Unsaved"))
    queue.append(Button.Cancel)
    assert not w.close()
    assert "Save the changes" in asked[-1]
    queue.append(Button.Discard)
    assert w.close()


def test_save_as_for_an_imported_list(qtbot, window, tmp_path, answers, monkeypatch) -> None:
    bare = tmp_path / "list.json"
    bare.write_text('[{"title": "A", "date": "2024-10", "source": "NIS"}]')
    open_and_wait(qtbot, window, bare)
    target = tmp_path / "list.timeline.json"
    monkeypatch.setattr(file_ops, "choose_save_path", lambda w: target)
    window.document.push(SetEventFields(window.document.timeline.events[0],
                                        start=parse_date("2024-11")))
    assert file_ops.save(window)  # a bare list is not overwritten: Save As instead
    assert bare.read_text().startswith("[")
    assert json.loads(target.read_text())["format"] == "timeline-app"
    assert window.document.path == target.resolve() and not window.document.modified


def test_new_document_asks_for_a_title_and_starts_empty(editing, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    w = editing
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Sahel coups 2020–2023", True)))
    QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert w.document.timeline.title == "Sahel coups 2020–2023"
    assert w.document.timeline.events == [] and w.document.path is None
    assert "Sahel coups" in w.windowTitle()
    assert w.status_count.text() == "Showing 0 of 0 events"
