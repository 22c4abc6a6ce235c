"""Shared fixtures. Tests run headless: Qt uses the offscreen platform at scale 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
SEED = EXAMPLES / "north-korean-troops-russia.timeline.json"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def write(tmp_path: Path):
    """Write text or bytes to a file in tmp_path and return its path."""

    def _write(content: str | bytes, name: str = "doc.json") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write


@pytest.fixture
def seed_timeline():
    """The seed example, loaded afresh (tests may mutate it)."""
    from timeline_app.core.formats.registry import load_path

    return load_path(SEED).timeline
