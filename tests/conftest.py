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
# Real files of other tools, next to the clone as ../shared/data (CI has them: .ci/run refuses to
# run without them). TIMELINE_SHARED_DATA points elsewhere, e.g. at a missing folder to check
# that a clone without them skips those tests instead of failing.
SHARED_DATA = Path(os.environ.get("TIMELINE_SHARED_DATA") or ROOT.parent / "shared" / "data")
needs_shared = pytest.mark.skipif(
    not SHARED_DATA.is_dir() and os.environ.get("CI") != "true",
    reason=f"shared data {SHARED_DATA} is missing (CI has it as ../shared/data)")
# The seed story (../shared/seed), read by the article tests; likewise skipped where missing.
SEED_STORIES = sorted((SHARED_DATA.parent / "seed").glob("*.txt"))
STORY = SEED_STORIES[0] if SEED_STORIES else SHARED_DATA.parent / "seed" / "missing.txt"
needs_story = pytest.mark.skipif(
    not SEED_STORIES and os.environ.get("CI") != "true",
    reason=f"the seed story {SHARED_DATA.parent / 'seed'} is missing (CI has ../shared/seed)")


@pytest.fixture(autouse=True)
def _open_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Large documents opened in a test are kept in its own folder, never the user's cache."""
    monkeypatch.setenv("TIMELINE_APP_CACHE_DIR", str(tmp_path / "open-cache"))


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


def grade(timeline, credibility: dict[str, int]):
    """The seed graded as the grade tests use it: KCNA E, NIS B, and each claim of the
    sources in `credibility` given that credibility."""
    timeline.sources["kcna"].reliability = "E"
    timeline.sources["nis"].reliability = "B"
    for event in timeline.events:
        for claim in event.claims:
            if claim.source in credibility:
                claim.credibility = credibility[claim.source]
    return timeline
