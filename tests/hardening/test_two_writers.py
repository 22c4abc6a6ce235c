"""Two windows on one file: the second to save is warned that the file changed on disk, and
whatever it answers, nobody's edits are lost without being asked.

Both windows run in this process (as two app instances would, with the same settings); the
questions are recorded and answered by the `questions` fixture.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app.core.formats.registry import load_path
from timeline_app.core.model.edits import SetEventFields
from timeline_app.ui import file_ops

B = QMessageBox.StandardButton
CHANGED = "was changed by another program since you opened or saved it"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    path = tmp_path / "shared.timeline.json"
    shutil.copy(SEED, path)
    return path


@pytest.fixture
def pair(qtbot, window, work: Path, questions):
    """Windows A and B with the same file open, A's edit saved, B's edit not yet."""
    from timeline_app.ui.main_window import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    for w in (window, other):
        open_and_wait(qtbot, w, work)
    a, b = window, other
    a.document.push(SetEventFields(a.document.timeline.events[0], title="A's edit"))
    b.document.push(SetEventFields(b.document.timeline.events[1], title="B's edit"))
    assert file_ops.save(a)  # first to save: no question
    yield a, b
    for w in (a, b):  # checked: let the windows close without questions
        w.document.undo_stack.setClean()
        w.autosaver.discard()
    other.loader.wait(10_000)


def _titles(path: Path) -> tuple[str, str]:
    events = load_path(path).timeline.events
    return events[0].title, events[1].title


def test_first_saver_is_not_asked(pair, questions, work: Path) -> None:
    assert questions.asked == [] and _titles(work)[0] == "A's edit"


def test_second_saver_is_warned_and_cancel_keeps_both(pair, questions, work: Path) -> None:
    _a, b = pair
    questions.replies[:] = [B.Cancel]
    assert not file_ops.save(b)
    (title, text, informative), = questions.asked
    assert title == "File changed on disk" and CHANGED in text
    assert "your unsaved edits are lost" in informative  # the reload choice says so
    assert _titles(work)[0] == "A's edit"  # A's saved work is on disk …
    assert b.document.modified and b.document.timeline.events[1].title == "B's edit"  # … B's
    assert b.isWindowModified()  # edits are still in B, marked unsaved


def test_save_elsewhere_keeps_both_files(pair, questions, work: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _a, b = pair
    elsewhere = tmp_path / "b-copy.timeline.json"
    monkeypatch.setattr(file_ops, "choose_save_path", lambda w: elsewhere)
    questions.replies[:] = [B.SaveAll]
    assert file_ops.save(b)
    assert _titles(work) == ("A's edit", load_path(SEED).timeline.events[1].title)
    assert _titles(elsewhere)[1] == "B's edit"
    assert b.document.path == elsewhere.resolve() and not b.document.modified


def test_overwrite_is_a_choice_and_the_other_window_is_warned_next(pair, questions,
                                                                    work: Path) -> None:
    a, b = pair
    questions.replies[:] = [B.Save]
    assert file_ops.save(b)  # B chose to overwrite: B's version is on disk
    assert _titles(work)[1] == "B's edit"
    a.document.push(SetEventFields(a.document.timeline.events[2], title="A again"))
    questions.replies[:] = [B.Cancel]
    assert not file_ops.save(a)  # A is not allowed to overwrite B's save unasked
    assert CHANGED in questions.asked[-1][1]
    assert a.document.modified and _titles(work)[1] == "B's edit"


def test_reload_asks_before_dropping_edits(qtbot, pair, questions, work: Path) -> None:
    _a, b = pair
    questions.replies[:] = [B.Reset, B.Cancel]  # reload? then: really lose the edits? no
    assert not file_ops.save(b)
    assert questions.asked[-1][0] == "Reload from disk"
    assert b.document.timeline.events[1].title == "B's edit" and b.document.modified
    questions.replies[:] = [B.Reset, B.Discard]  # this time yes: B shows A's version
    with qtbot.waitSignal(b.loader.finished, timeout=20_000):
        assert not file_ops.save(b)
    assert b.document.timeline.events[0].title == "A's edit" and not b.document.modified


def test_closing_the_second_window_cannot_drop_its_edits(pair, questions, work: Path) -> None:
    _a, b = pair
    questions.replies[:] = [B.Save, B.Cancel]  # save the changes? yes; file changed: cancel
    assert not b.close()
    assert [q[0] for q in questions.asked] == ["Unsaved changes", "File changed on disk"]
    assert b.document.modified and b.document.timeline.events[1].title == "B's edit"


def test_a_write_in_place_by_another_program_is_noticed(qtbot, window, questions,
                                                        work: Path) -> None:
    """Not only a save by this app (a new file renamed over the old): an editor that
    rewrites the same file in place, keeping its size, is noticed too."""
    open_and_wait(qtbot, window, work)
    window.document.push(SetEventFields(window.document.timeline.events[0], title="Mine"))
    data = work.read_bytes()
    with work.open("r+b") as fh:  # same inode, same size, new content
        fh.write(data.replace(b"Russia", b"RUSSIA", 1)[:64])
    questions.replies[:] = [B.Cancel]
    assert not file_ops.save(window)
    assert CHANGED in questions.asked[-1][1]
    window.document.undo_stack.setClean()
