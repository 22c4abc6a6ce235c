"""The shape of a format as the registry sees it: how to recognise it, read it, write it.

Each format module defines one `Format`; `registry` lists them in one table that loading and
exporting consult. A format reads either raw bytes (CSV: `sniff` then `read_bytes`) or parsed
JSON (`recognise` then `read_json`), and writes if it can.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline_app.core.formats.result import LoadResult, Progress
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.model.zoned import Clock

Sniff = Callable[[bytes, str], bool]
ReadBytes = Callable[[bytes, str, "Progress | None"], LoadResult]
Recognise = Callable[[Any], bool]
ReadJson = Callable[[Any, str, "Progress | None"], LoadResult]


@dataclass(frozen=True)
class WriteOptions:
    """What the user chose for an export; each writer reads what applies to it."""

    app_data: bool = True   # TimelineJS: keep the timeline_app block (a lossless round trip)
    raw: bool = False       # CSV: cells as they are, without the formula-escaping '
    clock: Clock | None = None  # TimelineJS: times of day labelled in this zone


Write = Callable[[Timeline, WriteOptions], tuple[bytes, list[str]]]  # bytes and warnings


@dataclass(frozen=True)
class Format:
    name: str                         # short, for --format and messages: "json", "csv"
    label: str                        # for people: "native JSON", "TimelineJS JSON"
    suffixes: tuple[str, ...] = ()    # output file names it is chosen for (".timelinejs.json")
    sniff: Sniff | None = None
    read_bytes: ReadBytes | None = None
    recognise: Recognise | None = None
    read_json: ReadJson | None = None
    write: Write | None = None
