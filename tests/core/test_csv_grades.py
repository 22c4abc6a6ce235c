"""Admiralty grades in CSV: `grade` ("B2"), `reliability` and `credibility` columns, one
for all claims of a row or one per claim; written back as read; exported when graded."""

from __future__ import annotations

import pytest

from timeline_app.core.formats.csv_export import STANDARD, to_csv
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.model.dates import parse_date
from timeline_app.core.model.timeline import Claim, Event, Source, Timeline

SHEET = ("date,title,sources,grade,claim\n"
         "2024-06-19,Treaty,KCNA; NIS,E5; B2,a; b\n"
         "2024-10,Deployment,NIS,B,\n"
         "2025-01,Casualties,NIS; KCNA,b3; c,x\n")


def grades(t: Timeline) -> tuple[dict[str, str | None], list[list[int | None]]]:
    return ({s.name: s.reliability for s in t.sources.values()},
            [[c.credibility for c in e.claims] for e in t.events])


def test_grade_column_parallel_spread_and_halves() -> None:
    result = import_csv(SHEET.encode(), "g.csv")
    assert grades(result.timeline) == ({"KCNA": "E", "NIS": "B"}, [[5, 2], [None], [3, None]])
    assert any("KCNA (E, not C)" in w for w in result.warnings)  # row 4 grades KCNA C


def test_an_imported_sheet_is_written_back_as_read() -> None:
    result = import_csv(SHEET.encode(), "g.csv")
    assert to_csv(result.timeline, raw=True)[0].decode().replace("\r\n", "\n") == SHEET


def test_separate_columns_win_over_grade() -> None:
    t = import_csv(b"date,title,source,Reliability,Credibility,grade\n"
                   b"2024,A,KCNA,e,4,B2\n", "g.csv").timeline
    assert grades(t) == ({"KCNA": "E"}, [[4]])


@pytest.mark.parametrize(("cells", "message"), [
    ("Z9", 'g.csv:2: column "grade": "Z" is not one of A–F (row not loaded)'),
    ("B2; C3; D4", 'g.csv:2: column "grade": 3 grades for 2 claims (give one for all, or '
                   'one per source separated by ";") (row not loaded)'),
    ("BB2", "g.csv:2: column \"grade\": grade 'BB2' is not a letter A–F followed by a digit "
            '1–6, like "B2" (row not loaded)'),
])
def test_bad_grades_name_the_line_and_column(cells: str, message: str) -> None:
    data = f"date,title,sources,grade\n2024,A,KCNA; NIS,{cells}\n2024,B,NIS,\n".encode()
    result = import_csv(data, "g.csv")
    assert message in result.warnings and len(result.timeline.events) == 1


def test_a_sheet_of_only_bad_grades_is_refused() -> None:
    with pytest.raises(LoadError, match='column "credibility": "7" is not one of 1–6'):
        import_csv(b"date,title,sources,credibility\n2024,A,KCNA,7\n", "g.csv")


def graded_timeline() -> Timeline:
    t = Timeline(events=[
        Event("a", "A", parse_date("2024"), claims=[Claim("kcna", credibility=5),
                                                    Claim("nis")]),
        Event("b", "B", parse_date("2025"), claims=[Claim("nis", credibility=2)])])
    t.sources = {"kcna": Source("kcna", "KCNA", reliability="E"),
                 "nis": Source("nis", "NIS")}
    return t


def test_export_writes_grade_columns_only_when_graded() -> None:
    data, _ = to_csv(graded_timeline(), raw=True)
    header, a, b = data.decode("utf-8-sig").splitlines()
    assert header.split(",") == [*STANDARD, "reliability", "credibility"]
    assert a.endswith(",E; ,5; ") and b.endswith(",,2")
    back = import_csv(data, "g.csv").timeline
    assert grades(back) == ({"KCNA": "E", "NIS": None}, [[5, None], [2]])
    plain = graded_timeline()
    plain.sources["kcna"].reliability = None
    for e in plain.events:
        for c in e.claims:
            c.credibility = None
    assert to_csv(plain, raw=True)[0].decode("utf-8-sig").splitlines()[0].split(",") == [
        *STANDARD]


def test_timelinejs_keeps_grades_in_its_app_data() -> None:
    import json

    from timeline_app.core.formats.registry import load_bytes
    from timeline_app.core.formats.timelinejs_out import to_timelinejs

    t = graded_timeline()
    doc, _ = to_timelinejs(t, app_data=True)
    doc["timeline_app"]["sources"][1]["reliability"] = "Q"  # a bad one is left out
    back = load_bytes(json.dumps(doc).encode(), "g.timelinejs.json").timeline
    assert grades(back) == ({"KCNA": "E", "NIS": None}, [[5, None], [2]])
    assert not back.sources["nis"].extra
