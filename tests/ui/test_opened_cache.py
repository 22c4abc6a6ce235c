"""The window keeps a large file it opened, reopens it from the cache, and never keeps an
edited document as the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED
from tests.ui.conftest import open_and_wait
from timeline_app import synth
from timeline_app.core.formats import open_cache
from timeline_app.core.formats.registry import export_bytes
from timeline_app.ui import editing, opened_cache
from timeline_app.ui.settings import cache_dir


@pytest.fixture(autouse=True)
def small_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(open_cache, "MIN_EVENTS", 100)
    monkeypatch.setattr(opened_cache, "START_AFTER_MS", 0)


@pytest.fixture
def big(tmp_path: Path) -> Path:
    path = tmp_path / "big.timeline.json"
    path.write_text(json.dumps(synth.document(600, seed=3)))
    return path


def entries() -> list[Path]:
    return sorted(cache_dir().glob("*" + open_cache.SUFFIX))


def test_a_large_file_is_kept_and_reopened_from_the_cache(qtbot, window, big: Path) -> None:
    open_and_wait(qtbot, window, big)
    keeper = window.keeper
    assert keeper is not None
    keeper.wait(30)
    assert keeper.written and len(entries()) == 1
    first = export_bytes(window.document.timeline, "json")[0]
    rows = window.table.model().rowCount()
    open_and_wait(qtbot, window, SEED)
    open_and_wait(qtbot, window, big)
    assert window.keeper is None  # read from the entry: nothing to keep
    assert export_bytes(window.document.timeline, "json")[0] == first
    assert window.table.model().rowCount() == rows
    qtbot.waitUntil(lambda: window.timeline.grab().width() > 0)


def test_an_edit_before_the_entry_is_written_voids_it(qtbot, window, big: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opened_cache, "START_AFTER_MS", 60_000)  # still waiting to start
    open_and_wait(qtbot, window, big)
    keeper = window.keeper
    assert keeper is not None
    event = window.document.timeline.events[5]
    written = event.start.text
    editing.move_event(window, event.id, "1950-06-01", None, "")
    assert event.start.text == "1950-06-01"
    keeper.wait(30)
    assert not keeper.written and entries() == []
    open_and_wait(qtbot, window, SEED)  # (discarding the edit)
    open_and_wait(qtbot, window, big)
    assert window.keeper is not None  # read afresh: the edit was never kept as the file
    assert window.document.timeline.events[5].start.text == written


def test_a_recovery_is_never_kept(qtbot, window, big: Path) -> None:
    from timeline_app.ui.loader import Loaded

    loaded = Loaded(big, window.document.timeline, None, None, [], recovered_from=big,  # type: ignore[arg-type]
                    cache_key=open_cache.Key(str(big), 1, 1, "x", "y"))
    assert opened_cache.keep(window.document, loaded) is None
