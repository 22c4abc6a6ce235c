"""CSV in and out: column detection, encodings, line ends, bad rows, caps, round trips."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_DATA, needs_shared
from timeline_app.core.formats.csv_export import STANDARD, to_csv
from timeline_app.core.formats.csv_import import (
    detect_mapping,
    dry_run,
    import_csv,
    is_template,
    preview,
    read_table,
    resolve_mapping,
)
from timeline_app.core.formats.html_safe import Sanitiser
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.saving import timeline_to_dict
from timeline_app.core.formats.timelinejs import CLAIMS_CLASS

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
WOMEN_CSV = SHARED_DATA / "timelinejs3" / "contrib_women_in_computing.csv"


def load(text: str | bytes, name: str = "f.csv", **options: object):
    data = text.encode() if isinstance(text, str) else text
    return import_csv(data, name, **options)


def rows(result) -> list[tuple[str, str, str | None]]:
    return [(e.title, e.start.text, e.end.text if e.end else None)
            for e in result.timeline.events]


# -- columns ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    (["date", "title"], {"start": "date", "title": "title"}),
    (["Event Date", "Headline", "Notes", "Link", "Category"],
     {"start": "Event Date", "title": "Headline", "description": "Notes", "url": "Link",
      "tags": "Category"}),
    (["date_start", "date_end", "event", "source", "media"],
     {"start": "date_start", "end": "date_end", "title": "event", "sources": "source",
      "url": "media"}),
    (["START DATE (UTC)", "End-Date", "Name", "Description", "Status", "Place"],
     {"start": "START DATE (UTC)", "end": "End-Date", "title": "Name",
      "description": "Description", "status": "Status", "location": "Place"}),
    (["Year", "Title"], {"year": "Year", "title": "Title"}),
    (["Date", "Year", "Title"], {"start": "Date", "title": "Title"}),
])
def test_detect_mapping_by_name_and_synonym(header: list[str], expected: dict[str, str]) -> None:
    assert detect_mapping(header) == expected


@needs_shared
def test_timelinejs_template_is_recognised() -> None:
    header = read_table(WOMEN_CSV.read_bytes(), str(WOMEN_CSV)).header
    assert is_template(header)
    mapping = detect_mapping(header)
    assert mapping["title"] == "Headline" and mapping["description"] == "Text"
    assert mapping["sources"] == "Media Credit" and mapping["claim"] == "Media Caption"
    assert mapping["url"] == "Media" and mapping["tags"] == "Group"
    assert (mapping["year"], mapping["end_time"], mapping["type"]) == ("Year", "End Time",
                                                                      "Type")
    assert "start" not in mapping and "end" not in mapping


def test_resolve_mapping_overrides_unmaps_and_checks() -> None:
    header = ["date_start", "headline", "summary", "notes"]
    mapping = resolve_mapping(header, {"description": "NOTES", "title": ""})
    assert mapping == {"start": "date_start", "description": "notes"}
    assert resolve_mapping(header, {"title": "summary"})["title"] == "summary"
    with pytest.raises(ValueError, match='no column "nope"'):
        resolve_mapping(header, {"title": "nope"})
    with pytest.raises(ValueError, match='unknown field "colour"'):
        resolve_mapping(header, {"colour": "notes"})


def test_map_option_picks_columns() -> None:
    text = "when,label,other\n2024-10,A,B\n"
    assert load(text).timeline.events[0].title == "A"
    result = load(text, mapping={"title": "other"})
    assert result.timeline.events[0].title == "B"
    assert result.timeline.events[0].extra == {"label": "A"}  # "label" is safe: title is set


def test_missing_date_or_title_column_is_an_error_with_a_hint() -> None:
    with pytest.raises(LoadError, match=r"no date column: .*--map start=COLUMN \(columns: "
                                        r"a, title\)"):
        load("a,title\n1,x\n")
    with pytest.raises(LoadError, match="no title column"):
        load("date,a\n2024,x\n")


# -- hand-written fixtures --------------------------------------------------------------------

def test_quoted_newlines_and_a_bad_row_reported_by_line() -> None:
    result = load_path(DATA / "quoted_newlines.csv")
    assert rows(result) == [("Treaty signed", "2024-06", None),
                            ("Troops, thousands of them", "2024-10", None),
                            ("Kursk retaken?", "2025-04~", None)]
    treaty, troops, kursk = result.timeline.events
    assert treaty.description == ('Putin and Kim sign a treaty.\n'
                                  'They agree to "assist each other", militarily.')
    assert kursk.description == "Claimed,\nthen denied"
    t = result.timeline
    assert [(t.source_name(c.source), c.url) for c in troops.claims] == [
        ("Yonhap", "https://example.org/yonhap"), ("KCNA", "https://example.org/kcna")]
    assert result.skipped == 1
    assert result.warnings == [f'{DATA / "quoted_newlines.csv"}:5: column "date": month 13 '
                               f'does not exist (row not loaded)']
    assert "nis" not in t.sources  # made only for the row that was not loaded


def test_bom_semicolons_and_several_sources_in_one_cell() -> None:
    result = load_path(DATA / "bom_semicolon.csv")
    t = result.timeline
    first, second = t.events
    assert (first.title, first.start.text, first.description) == (
        "Zelenskyy: 10,000 troops", "2024-10-18", "Said in Kyiv")
    assert [t.source_name(c.source) for c in first.claims] == ["Ukrainian officials", "NIS"]
    assert second.tags == ("combat", "deployment")
    assert first.extra == {"Analyst": "kim"}  # an unmapped column is kept
    assert t.extra["csv"]["delimiter"] == ";" and t.extra["csv"]["bom"] is True


def test_mac_roman_with_cr_line_ends_is_detected_and_reported() -> None:
    result = load_path(DATA / "mac_roman_cr.csv")
    assert [e.title for e in result.timeline.events] == [
        "Rózsa Péter writes recursion", "Spärck Jones: inverse document frequency"]
    assert [s.name for s in result.timeline.sources.values()] == ["Wikipédia", "Café Müller"]
    (warning,) = result.warnings
    assert "read as Mac Roman" in warning and '"Rózsa"' in warning
    assert "--encoding cp1252" in warning


def test_windows_1252_is_detected_and_the_encoding_can_be_chosen() -> None:
    data = (DATA / "cp1252.csv").read_bytes()
    result = load(data)
    assert [e.title for e in result.timeline.events] == ["Treaty – “mutual defence”",
                                                         "Troupes envoyées en Corée"]
    assert "Windows-1252" in result.warnings[0]
    forced = load(data, encoding="mac_roman")
    assert forced.warnings == [] and "Troupes envoy" in forced.timeline.events[1].title
    assert forced.timeline.events[1].title != "Troupes envoyées en Corée"
    with pytest.raises(LoadError, match="not valid utf-8"):
        load(data, encoding="utf-8")
    with pytest.raises(LoadError, match='unknown encoding "klingon"'):
        load(data, encoding="klingon")


def test_utf16_with_bom_and_tabs_is_sniffed_without_a_csv_suffix() -> None:
    result = load_path(DATA / "utf16_tab.txt")
    (event,) = result.timeline.events
    assert (event.title, event.start.text, event.end.text) == ("Зеленський: війська КНДР",
                                                              "2024-10", "2025-04~")
    assert result.timeline.source_name(event.claims[0].source) == "Укрінформ"


def test_missing_columns_and_short_rows() -> None:
    result = load_path(DATA / "missing_columns.csv")
    assert rows(result) == [("Untitled", "2024", None), ("Only two cells", "2025-03", None),
                            ("Three cells", "2026", None)]
    assert result.timeline.events[2].extra == {"column 3": "extra"}
    assert not result.warnings


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends(newline: str) -> None:
    text = newline.join(["date,title,notes", '2024,A,"two', 'lines"', "2025,B,", "2026-13,C,"])
    result = load(text + newline)
    assert rows(result) == [("A", "2024", None), ("B", "2025", None)]
    assert result.timeline.events[0].description == "two\nlines"
    assert result.warnings == ['f.csv:5: column "date": month 13 does not exist '
                               '(row not loaded)']


def test_lenient_spreadsheet_dates_and_parts() -> None:
    result = load("date,end,title\n2024/10/18,2024-10-19 09:30,A\n2024/10,,B\n")
    assert rows(result) == [("A", "2024-10-18", "2024-10-19T09:30"), ("B", "2024-10", None)]
    parts = load("year,month,day,time,title\n-44,3,15,,Ides\n2024,10,18,2:30 PM,Afternoon\n")
    assert rows(parts) == [("Ides", "-0043-03-15", None), ("Afternoon", "2024-10-18T14:30",
                                                          None)]


def test_every_row_bad_is_an_error_listing_rows() -> None:
    with pytest.raises(LoadError) as err:
        load("date,title\n2024-13,x\nsoon,y\n")
    lines = err.value.lines()
    assert lines[0] == 'f.csv:2: column "date": month 13 does not exist'
    assert lines[1].startswith("f.csv:3: column \"date\": not a date: 'soon'")


def test_other_row_problems_name_their_column() -> None:
    result = load("date,title,status,end\n2024,A,rumoured,\n2024-06,B,,2024-05\n2024,C,,\n")
    assert [e.title for e in result.timeline.events] == ["C"]
    assert result.warnings[0].startswith('f.csv:2: column "status": expected one of')
    assert result.warnings[1] == ('f.csv:3: column "end": 2024-05 is before the start 2024-06 '
                                  '(row not loaded)')


def test_reserved_extra_names_do_not_turn_into_fields() -> None:
    result = load("date,title,link,claims,source\n2024,A,https://x.example,c,NIS\n",
                  mapping={"url": "", "sources": ""})
    (event,) = result.timeline.events
    assert event.claims == []
    assert event.extra == {"link (csv)": "https://x.example", "claims (csv)": "c",
                           "source (csv)": "NIS"}
    native = load_bytes(__import__("timeline_app.core.formats.saving", fromlist=["x"]).to_bytes(
        result.timeline)).timeline
    assert native.events[0].claims == [] and native.events[0].extra == event.extra


# -- caps: fail cleanly and fast --------------------------------------------------------------

def test_a_50_mb_cell_fails_cleanly() -> None:
    data = b"date,title\n2024,\"" + b"x" * 50_000_000 + b"\"\n"
    start = time.perf_counter()
    with pytest.raises(LoadError, match="a cell is longer than 1,000,000 characters"):
        load(data)
    assert time.perf_counter() - start < 10


def test_a_million_columns_fail_cleanly() -> None:
    start = time.perf_counter()
    with pytest.raises(LoadError, match="the header has 1,000,000 columns; Timeline App "
                                        "reads at most 1,000"):
        load(b",".join([b"c"] * 1_000_000) + b"\n")
    result = load(b"date,title\n" + b",".join([b"2024"] * 1_000_000) + b"\n2025,ok\n")
    assert result.warnings[0] == "f.csv:2: 1,000,000 cells (at most 1,000) (row not loaded)"
    assert time.perf_counter() - start < 10


def test_unterminated_quote_and_empty_files() -> None:
    with pytest.raises(LoadError, match=r"f\.csv:2:1: a quoted cell is never closed"):
        load('date,title\n2024,"abc\n2025,x\n')
    with pytest.raises(LoadError, match="the file is empty"):
        load(b"\xef\xbb\xbf \n")
    assert load("date,title\n").timeline.events == []


# -- the dialog's API ---------------------------------------------------------------------------

def test_preview_and_dry_run() -> None:
    data = (DATA / "quoted_newlines.csv").read_bytes()
    shown = preview(data, rows=2)
    assert [r.line for r in shown] == [2, 4]
    assert shown[0].values["title"] == "Treaty signed" and shown[0].event is not None
    run = dry_run(data)
    assert (run.rows, run.ok) == (4, 3)
    assert run.failed == [(5, 'column "date": month 13 does not exist')]
    assert run.reasons == {'column "date": month … does not exist': 1}
    remapped = dry_run(read_table(data, "q.csv"), {"start": "title"})
    assert remapped.ok == 0 and len(remapped.failed) == 4


# -- round trips ---------------------------------------------------------------------------------

@needs_shared
def test_timelinejs_template_reads_like_the_json_and_writes_back_the_same_bytes() -> None:
    data = WOMEN_CSV.read_bytes()
    result = load_path(WOMEN_CSV)
    assert result.kind == "CSV, TimelineJS template" and not result.warnings
    from_json = load_path(WOMEN_CSV.with_suffix(".json")).timeline
    t = result.timeline
    assert t.title == from_json.title == "Women in Computing"
    assert [(e.id, e.title, e.start.text, e.end and e.end.text) for e in t.events] == [
        (e.id, e.title, e.start.text, e.end and e.end.text) for e in from_json.events]
    out, warnings = to_csv(t)
    # The same bytes but for what the TimelineJS export sanitises too: classes, and the
    # <blockquote> embed in Media, which is no http(s) link and so is not published.
    assert [w.split(":")[0] for w in warnings] == ["sanitised for publishing"]
    before = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    after = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    assert len(before) == len(after) and before[0] == after[0]
    clean = Sanitiser()
    for old, new in zip(before, after, strict=True):
        for column, a, b in zip(before[0], old, new, strict=True):
            if column == "Media" and a.startswith("<blockquote>"):
                assert b == ""
            elif column != "Text" or CLAIMS_CLASS not in b:
                assert b == clean.html(a), column


def test_csv_to_app_to_csv_is_stable() -> None:
    for name in ("bom_semicolon.csv", "quoted_newlines.csv", "missing_columns.csv",
                 "mac_roman_cr.csv"):
        first = load_path(DATA / name).timeline
        out, _ = to_csv(first)
        again = load(out, name).timeline
        assert [timeline_to_dict(again)["events"]] == [timeline_to_dict(first)["events"]]
        assert to_csv(again)[0] == out
        header = out.decode("utf-8-sig").splitlines()[0]
        assert header.split(first.extra["csv"].get("delimiter", ","))[:2] == (
            first.extra["csv"]["columns"][:2])
    semi = to_csv(load_path(DATA / "bom_semicolon.csv").timeline)[0]
    assert semi == (DATA / "bom_semicolon.csv").read_bytes()


def test_native_to_csv_to_native_keeps_what_a_row_can_hold() -> None:
    seed = load_path(SEED).timeline
    out, warnings = to_csv(seed)
    assert out.startswith(b"\xef\xbb\xbf" + ",".join(STANDARD).encode() + b"\r\n")
    assert warnings and "cannot hold" in warnings[0]
    back = load(out, "seed.csv").timeline
    assert len(back.events) == len(seed.events)
    for a, b in zip(seed.events, back.events, strict=True):
        assert (a.id, a.title, a.start, a.end, a.description, a.tags, a.location) == (
            b.id, b.title, b.start, b.end, b.description, b.tags, b.location)
        assert a.status == b.status
        assert [seed.source_name(s) for s in a.source_ids()] == [
            back.source_name(s) for s in b.source_ids()]
    assert to_csv(back)[0] == out


def test_large_csv_loads_fast() -> None:
    body = "".join(f"2024-{1 + i % 12:02d},Event {i},Note {i},S{i % 20}; T{i % 7},t{i % 9}\n"
                   for i in range(50_000))
    start = time.perf_counter()
    result = load("date,title,notes,sources,tags\n" + body)
    assert len(result.timeline.events) == 50_000
    assert time.perf_counter() - start < 30


def test_rows_read_through_the_fast_path_equal_the_slow_path(monkeypatch) -> None:
    """Claims naming known sources are given their ids so rows take the native reader's
    fast path: the document read is the same as when every row takes the slow path."""
    from pydantic_core import to_json

    from timeline_app import synth
    from timeline_app.core.formats import csv_rows, events_in

    doc = synth.document(400, seed=3)
    doc["events"][5]["claims"].append({"source": "s1", "text": "a\r\nb"})
    doc["events"][7]["status"] = "confirmed"
    data, _ = to_csv(load_bytes(to_json(doc)).timeline, raw=True)
    data = data.replace(b"Source 3;", b"  source 3 ;").replace(b"\n", b"\r\n", 50)
    direct = load_bytes(data, "x.csv")  # plain rows built straight into events (csv_fast)
    monkeypatch.setattr(csv_rows, "PLAIN_FIELDS", frozenset())
    fast = load_bytes(data, "x.csv")
    slow_rows: list[dict] = []

    def never(d, registry):
        slow_rows.append(d)
        return None

    monkeypatch.setattr(events_in, "fast_event", never)
    slow = load_bytes(data, "x.csv")
    assert len(slow_rows) == 400, "every row took the slow path"
    assert timeline_to_dict(fast.timeline) == timeline_to_dict(slow.timeline)
    assert timeline_to_dict(direct.timeline) == timeline_to_dict(slow.timeline)
    assert fast.warnings == slow.warnings == direct.warnings
