"""SIGKILL the window at random moments while the user edits and saves (10 runs): after a
restart, recovery offers the work up to the last autosave, and what was saved is intact.

The window (tests/hardening/gui_child.py) edits every 20 ms, saves every 25th edit and
autosaves every 0.15 s, printing each step once done; it is killed 0.05-0.55 s after its
first save. A new window in this process is then asked to recover. The figures (edits
made, saved, recovered, lost) are printed for the report; lost edits are those made after
the last autosave, at most an interval's worth."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ROOT, SEED
from timeline_app.core.formats.registry import load_path
from timeline_app.ui.autosave import pending_recoveries

RUNS = 10
SEED_TITLE = load_path(SEED).timeline.events[0].title


@dataclass
class Session:
    """What the killed window said it had done."""

    lines: list[str] = field(default_factory=list)

    def numbers(self, word: str) -> list[int]:
        return [int(line.split()[1]) for line in self.lines if line.startswith(word + " ")]


def _edit_number(title: str) -> int:
    return 0 if title == SEED_TITLE else int(title.removeprefix("edit "))


class Child:
    """A window process, its printed lines collected by a thread as they come."""

    def __init__(self, folder: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
               "TIMELINE_APP_AUTOSAVE_SECONDS": "0.15",
               "TIMELINE_APP_CONFIG_DIR": str(folder / "config"),
               "TIMELINE_APP_STATE_DIR": str(folder / "state")}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.hardening.gui_child",
                                      str(folder / "work.timeline.json")], env=env, cwd=ROOT,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)
        self.session = Session()
        self.loaded = threading.Event()
        self.saved = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:  # type: ignore[union-attr]
            self.session.lines.append(line.strip())
            if line.startswith("loaded"):
                self.loaded.set()
            elif line.startswith("saved"):
                self.saved.set()

    def kill_after(self, delay: float) -> Session:
        """Let it edit until its first save and `delay` seconds more, then SIGKILL it: so
        every run has saved work to keep and, most of the time, unsaved work to recover."""
        try:
            assert self.loaded.wait(30), "the window did not open the file"
            assert self.saved.wait(30), "the window did not save"
            time.sleep(delay)
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
        self._reader.join(10)
        return self.session


def _folder(tmp_path: Path, run: int) -> Path:
    folder = tmp_path / f"run{run}"
    folder.mkdir()
    shutil.copy(SEED, folder / "work.timeline.json")
    return folder


@pytest.mark.slow
def test_killed_window_offers_its_work_back(qtbot, tmp_path: Path, questions,
                                            monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from timeline_app.ui.main_window import MainWindow

    rng = random.Random(11)
    totals = {"edits": 0, "saved": 0, "recovered": 0, "lost": 0, "offered": 0}
    coming = Child(_folder(tmp_path, 1))
    for run in range(1, RUNS + 1):
        folder = tmp_path / f"run{run}"
        work = folder / "work.timeline.json"
        session = coming.kill_after(rng.uniform(0.05, 0.55))
        if run < RUNS:  # the next window starts while this run is checked
            coming = Child(_folder(tmp_path, run + 1))
        assert not [line for line in session.lines if line.startswith("asked")], session.lines
        edits = max(session.numbers("edit"), default=0)
        saved = max(session.numbers("saved"), default=0)
        autosaved = max(session.numbers("autosaved"), default=0)

        # What the user saved is on disk, whole: the last save, or one the kill interrupted
        # after its rename.
        on_disk = _edit_number(load_path(work).timeline.events[0].title)
        assert 0 < saved <= on_disk <= edits

        monkeypatch.setenv("TIMELINE_APP_STATE_DIR", str(folder / "state"))
        monkeypatch.setenv("TIMELINE_APP_CONFIG_DIR", str(folder / "config"))
        found = pending_recoveries()
        assert len(found) <= 1
        if autosaved > on_disk:  # work beyond the saved file was autosaved: it is offered
            assert found, f"run {run}: nothing offered after autosave {autosaved}"
        recovered = on_disk
        if found:
            window = MainWindow()
            qtbot.addWidget(window)
            questions.replies[:] = [QMessageBox.StandardButton.Yes]
            with qtbot.waitSignal(window.loader.finished, timeout=20_000):
                window.offer_recoveries()
            assert "closed unexpectedly with unsaved changes" in questions.asked[-1][1]
            recovered = _edit_number(window.document.timeline.events[0].title)
            assert autosaved <= recovered <= edits
            assert window.document.path == work.resolve() and window.document.modified
            totals["offered"] += 1
            window.document.undo_stack.setClean()  # done checking: close without questions
            window.autosaver.discard()
            window.close()
        totals["edits"] += edits
        totals["saved"] += on_disk
        totals["recovered"] += max(0, recovered - on_disk)
        totals["lost"] += edits - max(recovered, on_disk)
    with capsys.disabled():
        print(f"\ncrash recovery: {RUNS} windows killed after {totals['edits']} edits; "
              f"{totals['saved']} edits were in saved files, {totals['recovered']} more were "
              f"recovered from autosaves ({totals['offered']} recoveries offered), "
              f"{totals['lost']} lost (made after the last autosave)")
