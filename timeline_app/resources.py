"""Where bundled files (example timelines, icons) live: the source tree or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

SEED_EXAMPLE = "examples/north-korean-troops-russia.timeline.json"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def seed_example() -> Path:
    return resources_dir() / SEED_EXAMPLE
