"""UI fixtures: a main window with its settings in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("TIMELINE_APP_CONFIG_DIR", str(folder))
    monkeypatch.setenv("TIMELINE_APP_STATE_DIR", str(tmp_path / "state"))
    return folder


@pytest.fixture
def window(qtbot, config_dir: Path):
    from timeline_app.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.loader.wait(10_000)


@pytest.fixture
def seeded(qtbot, window):
    """The main window with the seed example open."""
    open_and_wait(qtbot, window, SEED)
    return window


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed example copied where a test may save over it."""
    copy = tmp_path / "seed.timeline.json"
    copy.write_bytes(SEED.read_bytes())
    return copy


def open_and_wait(qtbot, window, path: Path) -> None:
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        window.open_path(path)


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question would block a test forever: answer "Discard" unless a test says
    otherwise (tests/ui/test_editing.py's `answers` fixture replaces this)."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui import file_ops

    monkeypatch.setattr(file_ops, "ask", lambda box: QMessageBox.StandardButton.Discard)


def shown_widget(qtbot, doc: dict):
    """A TimelineWidget at 800x400, shown, holding the JSON document `doc`."""
    import json

    from timeline_app.core.formats.registry import load_bytes
    from timeline_app.ui.timeline.widget import TimelineWidget

    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(800, 400)
    w.set_document(load_bytes(json.dumps(doc).encode(), "a.json").timeline)
    w.show()
    return w


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The window in English, as a user with an English system sees it: the English
    catalogue gives the plurals ("1 event", "2 events")."""
    from timeline_app.ui import i18n

    assert i18n.install("en", qapp) == "en"
