"""Autosave and crash recovery, including a real crash: a session is killed with SIGKILL
after an autosave, and the next start offers its edit back."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ROOT, SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops
from timeline_app.ui.autosave import autosave_dir, pending_recoveries


@pytest.fixture
def copy_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.timeline.json"
    shutil.copy(SEED, path)
    return path


def test_autosave_writes_a_copy_never_the_file(qtbot, window, copy_path) -> None:
    open_and_wait(qtbot, window, copy_path)
    window.autosaver.interval_s = 0.05
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Draft"))
    qtbot.waitUntil(lambda: window.autosaver.data_path.exists(), timeout=5_000)
    assert copy_path.read_bytes() == SEED.read_bytes()  # the user's file is untouched
    assert load_path(window.autosaver.data_path).timeline.events[0].title == "Draft"
    assert pending_recoveries() == []  # this session is alive: nothing to recover
    file_ops.save(window)
    assert not window.autosaver.data_path.exists()  # saved: the copy is gone


def test_discard_removes_the_copy(qtbot, window, copy_path) -> None:
    open_and_wait(qtbot, window, copy_path)
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Draft"))
    assert window.autosaver.write_now()
    assert window.close()  # conftest answers "Discard"
    assert not window.autosaver.data_path.exists()


def test_killed_session_is_recovered(qtbot, config_dir, copy_path, monkeypatch) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIMELINE_APP_AUTOSAVE_SECONDS": "0.3",
           "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.autosave_child", str(copy_path),
                              "Edited before the crash"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "edited", child.stderr.read()
        deadline = time.monotonic() + 20
        while not list(autosave_dir().glob("*.meta.json")):
            assert time.monotonic() < deadline, "no autosave appeared"
            time.sleep(0.05)
        time.sleep(0.2)  # let the pair be complete
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert copy_path.read_bytes() == SEED.read_bytes()  # the crash changed no user file

    found = pending_recoveries()
    assert len(found) == 1
    assert found[0].original == copy_path.resolve()
    assert "last autosaved" in found[0].label

    from timeline_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(file_ops, "ask", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        window.offer_recoveries()
    assert "unsaved changes" in asked[0]
    assert window.document.timeline.events[0].title == "Edited before the crash"
    assert window.document.path == copy_path.resolve()
    assert window.document.modified and window.isWindowModified()
    file_ops.save(window)
    assert load_path(copy_path).timeline.events[0].title == "Edited before the crash"
    assert pending_recoveries() == [] and not list(autosave_dir().glob("*.json"))
