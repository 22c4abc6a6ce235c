"""The direct reader of plain CSV rows (csv_fast) gives what the general path gives.

Each case is imported twice, once with plain rows built directly and once with every row
read the general way; the documents (events, sources, the `csv` write-back layout), the
warnings, the dry run and the CSV written back must be the same.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SHARED_DATA
from timeline_app.core.formats import csv_rows
from timeline_app.core.formats.csv_cells import event_cells
from timeline_app.core.formats.csv_export import to_csv
from timeline_app.core.formats.csv_fast import CELL_MAKERS, PLAIN_FIELDS
from timeline_app.core.formats.csv_import import dry_run, import_csv
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.saving import timeline_to_dict

DATES = ["", "  ", "2024", "2024-06", "2024-06-19", "2024/10/18", "2024/10", "20241018",
         "2024-10-18 09:30", "2024-13-01", "..", "2024-06/2024-07", "2025-01-12T09:00Z",
         "2024-06-19T00:00:00Z", "2024~", "2024-06?", "x", "2023", "-0044-03-15"]
POOLS: dict[str, list[str]] = {
    "id": ["", "", "e1", "e1", " e2 ", "x" * 10_001],
    "start": DATES,
    "end": DATES,
    "title": ["", "", "Treaty", "  spaced \t title ", "a\r\nb", "x" * 10_001, "Kursk"],
    "description": ["", " ", "\nline one\nline two\n", "Desc", "a\r\nb\rc", " \n "],
    "sources": ["", "KCNA", "kcna; NIS", "NIS|NIS", "https://example.com/a", "www.bbc.co.uk",
                " ; ", "Reuters; https://x.org/p", "South Korea's NIS", "s" * 10_001,
                "NIS; KCNA; Reuters"],
    "url": ["", "", "https://a.example/1", "-", "not a link", "https://a.example/1 -"],
    "source_url": ["", "", "https://b.example/2"],
    "claim": ["", "said so", "a; b", "a;", ";b", "a; b; c", " x "],
    "claim_date": ["", "2024-06-20", "2024-06-20; 2024-07", "bad", "2024/06/20", "; 2024",
                   "20240620", "2024-06/2024-07"],
    "tags": ["", "war", "a; A; a", "x|y", " ; ", "t" * 10_001],
    "status": ["", "confirmed", "Disputed", "DENIED ", "reported", "bogus", "disputed"],
    "location": ["", " Kursk ", "Pyongyang"],
    "note": ["", "hello", "=1+1", " "],
    "grade": ["", "B2", "e5; b2", "Z9", "B", "3"],  # rows with grades go the general way
    "reliability": ["", "a", "G"],
    "credibility": ["", "3", "9"],
    "title (csv)": ["", "x"],
}
DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
HEADERS = {f: f for f in POOLS}  # field -> column: detection maps the standard names
HEADERS.update({"start": "date", "description": "notes", "note": "note",
                "title (csv)": "sources"})
OPTIONAL = [f for f in POOLS if f not in ("start", "title", "title (csv)")]


@st.composite
def tables(draw: st.DrawFn) -> bytes:
    more = draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=len(OPTIONAL)))
    fields = ["start", "title", *more]
    if "sources" not in fields and draw(st.booleans()):
        fields.append("title (csv)")  # a column the general reader calls "sources"
    rows = draw(st.lists(st.fixed_dictionaries(
        {f: st.sampled_from(POOLS[f]) for f in fields}), min_size=1, max_size=12))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow([HEADERS[f] for f in fields])
    for row in rows:
        writer.writerow([row[f] for f in fields])
    return out.getvalue().encode()


def _both(data: bytes, monkeypatch) -> tuple[object, object]:
    def load():
        try:
            return import_csv(data, "t.csv")
        except Exception as err:  # a LoadError: both paths must fail alike
            return str(err)

    fast = load()
    with monkeypatch.context() as m:
        m.setattr(csv_rows, "PLAIN_FIELDS", frozenset())
        general = load()
    return fast, general


@settings(max_examples=400, deadline=None)
@given(tables())
def test_plain_rows_read_as_the_general_path_reads_them(data: bytes) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, general = _both(data, monkeypatch)
        if isinstance(general, str):
            assert fast == general
            return
        assert timeline_to_dict(fast.timeline) == timeline_to_dict(general.timeline)
        assert fast.warnings == general.warnings
        assert fast.skipped == general.skipped
        assert to_csv(fast.timeline, raw=True) == to_csv(general.timeline, raw=True)
        quick = dry_run(data, name="t.csv")
        monkeypatch.setattr(csv_rows, "PLAIN_FIELDS", frozenset())
        slow = dry_run(data, name="t.csv")
        assert (quick.ok, quick.failed, quick.sources, quick.undated) == (
            slow.ok, slow.failed, slow.sources, slow.undated)


def test_plain_rows_take_the_direct_path(monkeypatch) -> None:
    """The property above would hold trivially if no row went the direct way."""
    built: list[object] = []
    original = csv_rows.PlainRows.read

    def spy(self, values, extra):
        event = original(self, values, extra)
        built.append(event)
        return event

    monkeypatch.setattr(csv_rows.PlainRows, "read", spy)
    result = import_csv(b"date,title,sources,claim,tags,status\n"
                        b"2024-06-19,Treaty,KCNA; NIS,a; b,war,Disputed\n"
                        b"2024/10/18,Deployment,NIS,,,\n"
                        b"2024-13,Bad,NIS,,,\n", "t.csv")
    assert len(built) == 3 and built[0] is not None and built[1] is not None
    assert built[2] is None  # month 13: the general path reads it and says why
    assert len(result.timeline.events) == 2
    assert any("month 13" in w for w in result.warnings)


@given(tables())
@settings(max_examples=100, deadline=None)
def test_cell_makers_are_event_cells_field_by_field(data: bytes) -> None:
    try:
        result = import_csv(data, "t.csv")
    except Exception:
        return
    registry = result.timeline.sources
    for event in result.timeline.events:
        cells = event_cells(event, registry, parts=False)
        assert {f: make(event, registry) for f, make in CELL_MAKERS.items()} == cells
    assert CELL_MAKERS.keys() | {"source_url"} >= PLAIN_FIELDS


def _files() -> list[Path]:
    """Our CSV samples and the other projects' files (records lists are read as tables)."""
    shared = [p for p in SHARED_DATA.rglob("*") if p.suffix in (".csv", ".json")]
    return sorted([*DATA.iterdir(), *shared])


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_real_files_read_alike_on_both_paths(path: Path, monkeypatch) -> None:
    def load():
        try:
            return load_bytes(path.read_bytes(), path.name)
        except LoadError as err:
            return str(err)

    fast = load()
    monkeypatch.setattr(csv_rows, "PLAIN_FIELDS", frozenset())
    general = load()
    if isinstance(general, str):
        assert fast == general
        return
    assert timeline_to_dict(fast.timeline) == timeline_to_dict(general.timeline)
    assert fast.warnings == general.warnings
