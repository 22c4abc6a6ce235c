"""What every reader returns, and what every reader may be asked: progress and cancelling.

Below every format module, so that readers share these without importing each other or the
registry that chooses between them.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.model.timeline import Timeline

__all__ = ["PARSE_SHARE", "LoadCancelled", "LoadResult", "Progress", "paused_gc",
           "title_from_name"]

Progress = Callable[[float], None]  # fraction of the load done; may raise to cancel
PARSE_SHARE = 0.5  # of the progress bar: parsing, then building the events


@dataclass
class LoadResult:
    timeline: Timeline
    kind: str                      # "timeline-app", "event list", "TimelineJS", "CSV" …
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0               # items of a foreign format that could not be read (warned)


class LoadCancelled(Exception):
    """Raised by a progress callback to abandon a load."""


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic GC: building a million acyclic objects otherwise triggers it often."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def title_from_name(name: str) -> str:
    """"war.timeline.json" -> "war": a file without a title has its name as the next best."""
    if name == "<data>":
        return ""
    base = Path(name).name
    for suffix in (".timeline.json", ".json"):
        if base.lower().endswith(suffix):
            return base[: -len(suffix)]
    return Path(base).stem
