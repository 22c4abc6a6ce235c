"""Settings and per-file view state, kept in one JSON file under the user's config folder.

Pure Python (pydantic and platformdirs, no Qt) so it can be tested and used before a
QApplication exists. Loading never fails: a missing file gives defaults, and a damaged one
gives defaults too, with a warning and the damaged file kept as `settings.json.bak`, so a
bad settings file can never stop the app from starting. Saving is atomic and never raises.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from timeline_app.core.formats.saving import write_atomic

log = logging.getLogger(__name__)

APP_NAME = "TimelineApp"
CONFIG_ENV = "TIMELINE_APP_CONFIG_DIR"
STATE_ENV = "TIMELINE_APP_STATE_DIR"
CACHE_ENV = "TIMELINE_APP_CACHE_DIR"
FILE_NAME = "settings.json"
MAX_RECENT = 10
MAX_FILES = 200  # per-file states kept; the least recently used go first
MAX_BYTES = 8 * 1024 * 1024  # a settings file is a few kB; anything this big is damage


Finite = Annotated[float, Field(allow_inf_nan=False)]


class FileState(BaseModel):
    """How one document was last viewed: visible time range, lanes and filter."""

    model_config = ConfigDict(extra="allow")  # keys from newer versions survive a round trip

    view_start: Finite | None = None  # seconds since the epoch at the left edge
    view_span: Annotated[Finite, Field(gt=0)] | None = None  # seconds across the view
    lanes: str = "source"
    hidden_sources: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    statuses: list[str] = Field(default_factory=list)
    text: str = ""
    date_from: str = ""
    date_to: str = ""
    locked: bool = False  # View > Lock editing: the canvas is read-only for this file
    min_reliability: str | None = None  # the grade filters (checked when read back)
    min_credibility: int | None = None
    lanes_by_reliability: bool = False  # View > Lanes > Order by Reliability
    time_zone: str | None = None  # View > Time Zone (an IANA name); None: UTC


class AppSettings(BaseModel):
    """Everything remembered between runs. Over-long lists are trimmed, not rejected."""

    model_config = ConfigDict(extra="allow")

    recent_files: list[str] = Field(default_factory=list)  # most recent first
    recent_zones: list[str] = Field(default_factory=list)  # View > Time Zone, most recent first
    language: str = ""  # View > Language: "en", "uk", "ko"; "" follows the system
    high_contrast: bool | None = None  # View > High Contrast; None follows the system
    autosave_seconds: int = Field(default=30, ge=0, le=24 * 3600)  # 0: autosave off
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    # A CSV file larger than this many MB is offered as a read-only table (issue 15).
    table_csv_mb: int = Field(default=200, ge=1, le=1_000_000)
    files: dict[str, FileState] = Field(default_factory=dict)  # least recently used first

    @field_validator("recent_files", "recent_zones")
    @classmethod
    def _cap_recent(cls, value: list[str]) -> list[str]:
        return value[:MAX_RECENT]

    @field_validator("files", mode="before")
    @classmethod
    def _lenient_files(cls, value: Any) -> Any:
        """Drop a damaged entry rather than every setting; keep the newest `MAX_FILES`."""
        if not isinstance(value, dict):
            return value  # the normal validation reports it
        kept: dict[str, FileState] = {}
        for key, item in list(value.items())[-MAX_FILES:]:
            try:
                kept[key] = FileState.model_validate(item)
            except ValidationError as err:
                log.warning("Forgetting the saved view of %s: %s", key, _summary(err))
        return kept


def config_dir() -> Path:
    """Where settings live: $TIMELINE_APP_CONFIG_DIR, else the platform's config folder."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """Where autosaves and crash-recovery files go: $TIMELINE_APP_STATE_DIR, else the
    platform's state folder (not the cache folder, which users and cleaners wipe)."""
    override = os.environ.get(STATE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where large files are kept as loaded, to reopen fast: $TIMELINE_APP_CACHE_DIR, else
    the platform's cache folder (safe to delete: see core.formats.open_cache)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "opened"


def tables_dir() -> Path:
    """Where tables opened read-only are kept prepared (beside the open cache; safe to
    delete: see core.store.table_cache)."""
    return cache_dir().with_name("tables")


class SettingsStore:
    """Reads and writes one settings file; `path` defaults to `config_dir()/settings.json`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else config_dir() / FILE_NAME

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def load(self) -> AppSettings:
        """The saved settings, or defaults if there are none or they cannot be used."""
        try:
            size = self.path.stat().st_size
            if size > MAX_BYTES:
                self._reject(f"it is too large ({size:,} bytes)")
                return AppSettings()
            data = self.path.read_bytes()
        except FileNotFoundError:
            return AppSettings()
        except OSError as err:
            log.warning("Cannot read the settings file %s (%s); using defaults.",
                        self.path, err.strerror or err)
            return AppSettings()
        try:
            return AppSettings.model_validate_json(data)
        except ValidationError as err:
            self._reject(_summary(err))
        except (ValueError, RecursionError) as err:  # pragma: no cover - pydantic wraps these
            self._reject(str(err)[:300])
        return AppSettings()

    def _reject(self, problem: str) -> None:
        """Warn and move the unusable file aside, so it is neither lost nor read again."""
        try:
            os.replace(self.path, self.backup_path)
            kept = f"it was kept as {self.backup_path}"
        except OSError as err:
            kept = f"it could not be kept as {self.backup_path}: {err.strerror or err}"
        log.warning("The settings file %s is damaged (%s); using defaults, and %s.",
                    self.path, problem, kept)

    def save(self, settings: AppSettings) -> bool:
        """Write atomically; on failure log why and return False (the app carries on)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, settings.model_dump_json(indent=2).encode("utf-8"))
        except Exception as err:  # SaveError, OSError or worse: settings must never crash
            log.warning("Cannot save the settings file %s: %s", self.path, err)
            return False
        return True


def _summary(err: ValidationError) -> str:
    """The first few problems, without the (possibly huge) offending input."""
    problems = err.errors(include_url=False, include_input=False)
    parts = []
    for problem in problems[:3]:
        where = ".".join(str(p) for p in problem["loc"])
        parts.append(f"{where}: {problem['msg']}" if where else problem["msg"])
    more = f"; and {len(problems) - 3} more problems" if len(problems) > 3 else ""
    return "; ".join(parts)[:500] + more


def _key(path: str | os.PathLike[str]) -> str:
    """Absolute and normalised, so one file is one entry however it was opened."""
    return os.path.normpath(os.path.abspath(os.fspath(path)))


def _same(a: str, b: str) -> bool:
    return os.path.normcase(a) == os.path.normcase(b)


def add_recent(settings: AppSettings, path: str | os.PathLike[str]) -> None:
    """Put `path` first in the recent files, once, keeping at most `MAX_RECENT`."""
    key = _key(path)
    rest = [p for p in settings.recent_files if not _same(_key(p), key)]
    settings.recent_files = [key, *rest][:MAX_RECENT]


def existing_recent(settings: AppSettings) -> list[str]:
    """The recent files that still exist (the rest are dropped from the settings too)."""
    settings.recent_files = [p for p in settings.recent_files if os.path.isfile(p)]
    return list(settings.recent_files)


def file_state(settings: AppSettings, path: str | os.PathLike[str]) -> FileState:
    """The remembered view of `path`, or a fresh default; a copy, safe to change."""
    state = settings.files.get(_key(path))
    return state.model_copy(deep=True) if state is not None else FileState()


def set_file_state(settings: AppSettings, path: str | os.PathLike[str], state: FileState) -> None:
    """Remember the view of `path` as the most recently used, forgetting the oldest
    beyond `MAX_FILES`."""
    key = _key(path)
    settings.files.pop(key, None)
    settings.files[key] = state.model_copy(deep=True)
    while len(settings.files) > MAX_FILES:
        del settings.files[next(iter(settings.files))]


def to_b64(data: bytes) -> str:
    """Qt's saveGeometry()/saveState() bytes as text for the JSON file."""
    return base64.b64encode(bytes(data)).decode("ascii")


def from_b64(text: str) -> bytes:
    """The bytes back, or b"" if the text is damaged (Qt then uses its default layout)."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return b""
