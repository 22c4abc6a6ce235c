"""Settings load leniently (never fail), save atomically, and keep recent files and views."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.ui import settings as settings_mod
from timeline_app.ui.settings import (
    MAX_BYTES,
    MAX_FILES,
    MAX_RECENT,
    AppSettings,
    FileState,
    SettingsStore,
    add_recent,
    config_dir,
    existing_recent,
    file_state,
    from_b64,
    set_file_state,
    state_dir,
    to_b64,
)


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "config" / "settings.json")


def test_missing_file_gives_defaults_quietly(store: SettingsStore, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        loaded = store.load()
    assert loaded == AppSettings()
    assert loaded.autosave_seconds == 30 and loaded.recent_files == [] and loaded.files == {}
    assert caplog.records == []


def test_default_locations(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TIMELINE_APP_CONFIG_DIR", raising=False)
    monkeypatch.delenv("TIMELINE_APP_STATE_DIR", raising=False)
    assert SettingsStore().path == config_dir() / "settings.json"
    assert config_dir().name == "TimelineApp"
    assert state_dir().name == "TimelineApp"
    monkeypatch.setenv("TIMELINE_APP_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("TIMELINE_APP_STATE_DIR", str(tmp_path / "s"))
    assert SettingsStore().path == tmp_path / "c" / "settings.json"
    assert state_dir() == tmp_path / "s"


BAD_FILES = {
    "garbage bytes": b"\xff\xfe\x00garbage\x80\x81",
    "truncated": b'{"recent_files": ["/a", ',
    "a list": b"[1, 2, 3]",
    "null": b"null",
    "wrong types": b'{"recent_files": 5, "autosave_seconds": "soon"}',
    "out of range": b'{"autosave_seconds": -5}',
    "deeply nested": b'{"recent_files": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "NaN constant": b'{"autosave_seconds": NaN}',
    "empty": b"",
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_damaged_file_gives_defaults_and_is_kept(store: SettingsStore, caplog,
                                                 content: bytes) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="timeline_app.ui.settings"):
        loaded = store.load()
    assert loaded == AppSettings()
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert str(store.path) in message and "damaged (" in message
    assert str(store.backup_path) in message
    assert store.backup_path.read_bytes() == content
    assert not store.path.exists()
    assert store.load() == AppSettings()  # the damaged file is not read (or warned about) again
    assert len(caplog.records) == 1


def test_huge_file_is_not_read(store: SettingsStore, caplog) -> None:
    store.path.parent.mkdir(parents=True)
    with store.path.open("wb") as fh:
        fh.write(b'{"recent_files": ["')
        fh.write(b"x" * MAX_BYTES)
        fh.write(b'"]}')
    with caplog.at_level(logging.WARNING):
        assert store.load() == AppSettings()
    assert "too large" in caplog.text and str(store.path) in caplog.text
    assert store.backup_path.stat().st_size > MAX_BYTES


def test_unreadable_path_gives_defaults(tmp_path: Path, caplog) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()  # a folder where the file should be
    with caplog.at_level(logging.WARNING):
        assert SettingsStore(folder).load() == AppSettings()
    assert "Cannot read" in caplog.text
    assert folder.is_dir()


def test_round_trip(store: SettingsStore) -> None:
    settings = AppSettings(autosave_seconds=90, window_geometry=to_b64(b"\x01\xd9\xd0\xcb"),
                           window_state=to_b64(bytes(range(256))))
    add_recent(settings, "/data/a.timeline.json")
    set_file_state(settings, "/data/a.timeline.json", FileState(
        view_start=1.7e9, view_span=86400.0, lanes="country", hidden_sources=["kcna"],
        tags=["kursk"], statuses=["disputed"], text="Kursk «retaken»", date_from="2024-10",
        date_to="2025"))
    assert store.save(settings)
    assert json.loads(store.path.read_text("utf-8"))["autosave_seconds"] == 90
    loaded = store.load()
    assert loaded == settings
    assert from_b64(loaded.window_state) == bytes(range(256))
    assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]  # no temp files


def test_unknown_keys_survive_a_round_trip(store: SettingsStore) -> None:
    """Settings written by a newer version must not lose that version's keys."""
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({"theme": "dark", "files": {"/a": {"zoom_mode": 2}}}))
    loaded = store.load()
    assert store.save(loaded)
    saved = json.loads(store.path.read_text("utf-8"))
    assert saved["theme"] == "dark" and saved["files"]["/a"]["zoom_mode"] == 2


def test_save_failure_is_logged_not_raised(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING):
        assert SettingsStore(blocker / "settings.json").save(AppSettings()) is False
    assert "Cannot save the settings file" in caplog.text


def test_save_creates_the_folder(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "a" / "b" / "settings.json")
    assert store.save(AppSettings())
    assert store.load() == AppSettings()


def test_recent_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = AppSettings()
    for i in range(15):
        add_recent(settings, tmp_path / f"f{i}.json")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[0] == str(tmp_path / "f14.json")
    assert settings.recent_files[-1] == str(tmp_path / "f5.json")
    add_recent(settings, "f7.json")  # relative, and already in the list
    assert settings.recent_files[0] == str(tmp_path / "f7.json")
    assert settings.recent_files.count(str(tmp_path / "f7.json")) == 1
    assert len(settings.recent_files) == MAX_RECENT
    add_recent(settings, tmp_path / "sub" / ".." / "f9.json")
    assert settings.recent_files[0] == str(tmp_path / "f9.json")
    assert len(set(settings.recent_files)) == MAX_RECENT


def test_existing_recent_drops_missing_files(tmp_path: Path) -> None:
    settings = AppSettings()
    kept = tmp_path / "kept.json"
    kept.write_text("{}")
    (tmp_path / "folder.json").mkdir()
    for path in (tmp_path / "gone.json", tmp_path / "folder.json", kept):
        add_recent(settings, path)
    assert existing_recent(settings) == [str(kept)]
    assert settings.recent_files == [str(kept)]


def test_overlong_lists_are_trimmed_not_rejected(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    files = {f"/f{i}": {"lanes": "tag"} for i in range(MAX_FILES + 50)}
    store.path.write_text(json.dumps({
        "recent_files": [f"/r{i}" for i in range(40)], "files": files, "autosave_seconds": 60}))
    loaded = store.load()
    assert loaded.autosave_seconds == 60
    assert loaded.recent_files == [f"/r{i}" for i in range(MAX_RECENT)]
    assert len(loaded.files) == MAX_FILES
    assert next(iter(loaded.files)) == "/f50"  # the least recently used went first


def test_a_damaged_file_state_is_forgotten_alone(store: SettingsStore, caplog) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text(json.dumps({
        "recent_files": ["/a"],
        "files": {"/a": {"view_start": "yesterday"}, "/b": {"view_span": -1},
                  "/c": {"lanes": "source", "view_span": 10}, "/d": 7}}))
    with caplog.at_level(logging.WARNING):
        loaded = store.load()
    assert loaded.recent_files == ["/a"]
    assert list(loaded.files) == ["/c"]
    assert caplog.text.count("Forgetting the saved view") == 3
    assert not store.backup_path.exists()


def test_file_state_by_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = AppSettings()
    assert file_state(settings, "doc.json") == FileState()
    set_file_state(settings, "doc.json", FileState(lanes="tag", tags=["kursk"]))
    state = file_state(settings, tmp_path / "doc.json")
    assert state.lanes == "tag" and state.tags == ["kursk"]
    assert list(settings.files) == [str(tmp_path / "doc.json")]
    state.tags.append("changed")  # a copy: the caller's edits do not leak into the settings
    assert file_state(settings, "doc.json").tags == ["kursk"]


def test_file_states_keep_the_most_recently_used() -> None:
    settings = AppSettings()
    for i in range(MAX_FILES):
        set_file_state(settings, f"/f{i}", FileState(view_start=float(i)))
    set_file_state(settings, "/f0", FileState(view_start=-1.0))  # used again: now newest
    set_file_state(settings, "/new", FileState())
    assert len(settings.files) == MAX_FILES
    assert "/f1" not in settings.files
    assert file_state(settings, "/f0").view_start == -1.0
    assert list(settings.files)[-2:] == [os.path.abspath("/f0"), os.path.abspath("/new")]


def test_file_state_rejects_impossible_views() -> None:
    with pytest.raises(ValueError):
        FileState(view_span=0)
    with pytest.raises(ValueError):
        FileState(view_start=float("inf"))


def test_base64_helpers() -> None:
    assert from_b64(to_b64(b"\x00\x01\xff")) == b"\x00\x01\xff"
    assert from_b64("not base64!") == b""
    assert from_b64("ünïcode") == b""
    assert from_b64("") == b""


def test_module_does_not_import_qt() -> None:
    """Settings are read before any window exists and must work without Qt."""
    code = ("import sys, timeline_app.ui.settings; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(settings_mod.__file__).parents[2])
    assert out.stdout.strip() == "[]"
