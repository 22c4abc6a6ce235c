"""Every way of saving says when it fails and keeps the work unsaved: Ctrl+S, Save As,
autosave (in the status bar, not only the log) and `export -o x.json`; and the window
refuses to read a FIFO instead of hanging on it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.conftest import ROOT, SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.nesting import MAX_NESTING
from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    path = tmp_path / "work.timeline.json"
    shutil.copy(SEED, path)
    return path


def _edited_beyond_saving(qtbot, window, work: Path) -> None:
    """An unsaved edit, and a field too deep to write (as a plug-in or a future edit could
    make; files that deep are refused when loading)."""
    open_and_wait(qtbot, window, work)
    doc = window.document
    doc.push(SetEventFields(doc.timeline.events[0], title="Edited, not yet saved"))
    doc.timeline.extra["deep"] = json.loads("[" * MAX_NESTING + "]" * MAX_NESTING)


def test_ctrl_s_shows_why_and_keeps_the_document_modified(qtbot, window, questions,
                                                          work: Path) -> None:
    _edited_beyond_saving(qtbot, window, work)
    old = work.read_bytes()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(questions.asked), timeout=5_000)
    (title, text, informative), = questions.asked
    assert title == "Could not save" and "nested too deeply" in text
    assert "Your changes are still here" in informative
    assert window.document.modified and window.isWindowModified()
    assert work.read_bytes() == old


@needs_fifo
def test_save_as_onto_a_fifo_is_refused_without_blocking(qtbot, window, questions,
                                                         work: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    open_and_wait(qtbot, window, work)
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Draft"))
    fifo = tmp_path / "pipe.timeline.json"
    os.mkfifo(fifo)
    monkeypatch.setattr(file_ops, "choose_save_path", lambda w: fifo)
    assert not file_ops.save_as(window)
    (title, text, _), = questions.asked
    assert title == "Could not save" and "is a FIFO (named pipe), not a regular file" in text
    assert window.document.path == work.resolve() and window.document.modified


def test_failed_autosave_is_shown_in_the_status_bar_until_one_works(qtbot, window,
                                                                    work: Path) -> None:
    _edited_beyond_saving(qtbot, window, work)
    assert not window.autosaver.write_now()
    message = window.statusBar().currentMessage()
    assert message.startswith("Autosave failed: Could not save: ") and "nested" in message
    assert window.document.modified
    del window.document.timeline.extra["deep"]
    assert window.autosaver.write_now()
    assert window.statusBar().currentMessage() == ""


def test_failed_autosave_tries_again(qtbot, window, work: Path) -> None:
    open_and_wait(qtbot, window, work)
    window.autosaver.interval_s = 0.05
    failures: list[str] = []
    window.autosaver.failed.connect(failures.append)
    doc = window.document
    doc.timeline.extra["deep"] = json.loads("[" * MAX_NESTING + "]" * MAX_NESTING)
    doc.push(SetEventFields(doc.timeline.events[0], title="Edited, not yet saved"))
    qtbot.waitUntil(lambda: len(failures) >= 2, timeout=5_000)  # again, with no new edit
    del doc.timeline.extra["deep"]
    qtbot.waitUntil(window.autosaver.data_path.exists, timeout=5_000)
    assert window.statusBar().currentMessage() == ""


def test_export_to_json_prints_the_failure(tmp_path: Path) -> None:
    """`export -o x.json` of a file that loads: an unwritable output is a message and
    exit 1, never a traceback (the serializer's own failures are SaveErrors too, see
    test_safe_input)."""
    target = tmp_path / "missing-folder" / "x.json"
    proc = subprocess.run([sys.executable, "-m", "timeline_app.cli", "export", str(SEED),
                           "-o", str(target)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "Could not save" in proc.stderr and "the folder does not exist" in proc.stderr


@needs_fifo
def test_window_refuses_a_fifo(qtbot, window, tmp_path: Path) -> None:
    for name in ("pipe.timeline.json", "pipe.csv", "pipe.txt"):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        with qtbot.waitSignal(window.loader.failed, timeout=10_000):
            window.open_path(fifo)  # used to block the loader thread for ever
        box = window._error_box
        assert box.windowTitle() == "Could not open file"
        assert "is a FIFO (named pipe), not a regular file" in box.informativeText()
        box.close()
