"""Every question's buttons say what they do, never Qt's generic role names
("Reset", "Save All", "Close without Saving") where those mean something else."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops

Button = QMessageBox.StandardButton


@pytest.fixture
def shown(monkeypatch):
    """Record each question's button texts and answer from a queue (default Cancel)."""
    boxes: list[dict[Button, str]] = []
    queue: list[Button] = []

    def fake_ask(box: QMessageBox) -> Button:
        boxes.append({box.standardButton(b): b.text().replace("&", "") for b in box.buttons()})
        return queue.pop(0) if queue else Button.Cancel

    monkeypatch.setattr(file_ops, "ask", fake_ask)
    return boxes, queue


@pytest.fixture
def edited(qtbot, window, tmp_path: Path):
    path = tmp_path / "seed.timeline.json"
    shutil.copy(SEED, path)
    open_and_wait(qtbot, window, path)
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Mine"))
    return window, path


def test_file_changed_on_disk_offers_overwrite_save_as_reload_cancel(edited, shown) -> None:
    w, path = edited
    path.write_text(path.read_text().replace("Putin and Kim", "THEIRS"))
    os.utime(path, ns=(1, 1))
    boxes, queue = shown
    queue.extend([Button.Reset, Button.Cancel])
    assert not file_ops.save(w)
    assert boxes[0] == {Button.Save: "Overwrite", Button.SaveAll: "Save As…",
                        Button.Reset: "Reload from disk", Button.Cancel: "Cancel"}
    assert boxes[1] == {Button.Discard: "Reload and lose edits", Button.Cancel: "Cancel"}


def test_unsaved_changes_says_save_dont_save_cancel(edited, shown) -> None:
    w, _ = edited
    boxes, _ = shown
    assert not w.close()
    assert boxes[-1] == {Button.Save: "Save", Button.Discard: "Don't Save",
                         Button.Cancel: "Cancel"}


def test_recovery_question_names_its_choices(window) -> None:
    class Found:
        label = "seed.timeline.json"

    box = window._recovery_question(Found())
    texts = {box.standardButton(b): b.text().replace("&", "") for b in box.buttons()}
    assert texts == {Button.Yes: "Recover", Button.Discard: "Discard Them",
                     Button.Ignore: "Keep for Later"}
    assert "Ignore" not in box.informativeText()


GENERIC = {"Reset", "Save All", "Apply", "Yes", "No", "Ignore", "Close without Saving",
           "Discard", "Restore Defaults", "Retry", "Abort"}


def test_no_window_question_uses_a_generic_role_name(edited, shown) -> None:
    w, path = edited
    boxes, queue = shown
    path.write_text(path.read_text().replace("Putin and Kim", "THEIRS"))
    os.utime(path, ns=(1, 1))
    queue.extend([Button.Reset, Button.Cancel])
    file_ops.save(w)
    w.close()
    assert len(boxes) == 3
    assert all(not set(box.values()) & GENERIC for box in boxes)
