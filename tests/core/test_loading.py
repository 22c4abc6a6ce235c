"""Loading: the shapes we accept, the lenient aliases, and a clear message for every bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_DATA, needs_shared
from timeline_app.core.formats.files import MAX_FILE_BYTES, UnreadableError
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.model.dates import Precision
from timeline_app.core.model.timeline import Stance, Status


def problems(data: str | bytes) -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(LoadError) as info:
        load_bytes(raw, "f.json")
    return info.value.lines()


def one_problem(data: str | bytes) -> str:
    lines = problems(data)
    assert len(lines) == 1, lines
    return lines[0]


def native(*events: dict, sources: list | None = None) -> bytes:
    return json.dumps({"format": "timeline-app", "version": 1,
                       "sources": sources if sources is not None else
                       [{"id": "nis", "name": "NIS"}, {"id": "kcna", "name": "KCNA"}],
                       "events": list(events)}).encode()


# -- good input ---------------------------------------------------------------------------

def test_seed_example_loads_with_its_story() -> None:
    t = load_path(SEED).timeline
    titles = " ".join(e.title for e in t.events)
    assert "treaty" in titles and "Kursk" in titles and "monument" in titles
    kursk = next(e for e in t.events if "Kursk" in e.title)
    assert kursk.status is Status.DISPUTED
    assert {c.stance for c in kursk.claims} == {Stance.AFFIRMS, Stance.DENIES}
    casualties = next(e for e in t.events if "casualt" in e.title.lower())
    assert casualties.status is Status.DISPUTED
    assert {c.unit for c in casualties.claims} == {"killed or wounded", "casualties"}
    nis = next(e for e in t.events if e.id == "nis-report-2025-01")  # its own event (issue 13)
    assert nis.start.text == "2025-01" and {c.value for c in nis.claims} == {300, 2700}
    treaty = next(e for e in t.events if "treaty" in e.title)
    assert treaty.start.text == "2024-06" and treaty.start.precision is Precision.MONTH


def test_bare_list_with_aliases_and_source_names() -> None:
    data = json.dumps([
        {"date": "2025-01", "title": "NIS casualty report", "source": "NIS", "url": "https://x"},
        {"when": "2024-10", "headline": "Deployment", "sources": ["NIS", "KCNA"]},
        {"start_date": "2024-06~", "label": "Treaty", "tags": "diplomacy"},
        {"date": "2024-06-19/2024-07", "name": "Interval in one field", "id": 7},
    ])
    result = load_bytes(data.encode(), "list.json")
    t = result.timeline
    assert result.kind == "event list"
    assert [e.title for e in t.events] == ["NIS casualty report", "Deployment", "Treaty",
                                           "Interval in one field"]
    assert sorted(s.name for s in t.sources.values()) == ["KCNA", "NIS"]
    nis = next(s for s in t.sources.values() if s.name == "NIS")
    assert t.events[0].claims[0].source == nis.id
    assert t.events[0].claims[0].url == "https://x"
    assert len(t.events[1].claims) == 2
    assert t.events[2].tags == ("diplomacy",) and t.events[2].start.approximate
    ev = t.events[3]
    assert ev.id == "7" and ev.start.text == "2024-06-19" and ev.end.text == "2024-07"
    assert all(e.id for e in t.events) and len({e.id for e in t.events}) == 4


def test_generated_ids_are_stable() -> None:
    data = b'[{"title": "A", "start": "2024"}, {"title": "A", "start": "2024"}]'
    first = [e.id for e in load_bytes(data).timeline.events]
    second = [e.id for e in load_bytes(data).timeline.events]
    assert first == second and len(set(first)) == 2


@needs_shared
def test_vis_timeline_example_loads() -> None:
    path = SHARED_DATA / "vis-timeline" / "basic.json"
    t = load_path(path).timeline
    assert len(t.events) == 6
    assert t.events[3].end is not None and t.events[3].end.text == "2014-04-19"
    assert t.events[5].extra == {"type": "point"}


def test_alias_next_to_canonical_key_is_kept_as_unknown() -> None:
    t = load_bytes(native({"title": "T", "name": "other tool's name", "start": "2024"})).timeline
    assert t.events[0].title == "T" and t.events[0].extra == {"name": "other tool's name"}


def test_utf8_bom_and_utf16_bom_accepted() -> None:
    doc = native({"title": "김정은", "start": "2024"})
    assert load_bytes(b"\xef\xbb\xbf" + doc).timeline.events[0].title == "김정은"
    assert load_bytes(doc.decode().encode("utf-16")).timeline.events[0].title == "김정은"


def test_explicit_status_wins_and_derived_status() -> None:
    denial = [{"source": "nis", "text": "yes"}, {"source": "kcna", "stance": "denies"}]
    figures = [{"source": "nis", "value": 300, "unit": "killed"},
               {"source": "kcna", "value": 100, "unit": "Killed"}]
    same = [{"source": "nis", "value": 300, "unit": "killed"},
            {"source": "kcna", "value": 300, "unit": "killed"}]
    t = load_bytes(native(
        {"title": "a", "start": "2024", "claims": denial},
        {"title": "b", "start": "2024", "claims": figures},
        {"title": "c", "start": "2024", "claims": same},
        {"title": "d", "start": "2024", "claims": denial, "status": "confirmed"},
    )).timeline
    assert [e.status for e in t.events] == [Status.DISPUTED, Status.DISPUTED, Status.REPORTED,
                                            Status.CONFIRMED]


def test_newer_version_loads_with_warning() -> None:
    doc = json.loads(native({"title": "a", "start": "2024"}))
    doc["version"] = 2
    result = load_bytes(json.dumps(doc).encode(), "f.json")
    assert result.warnings and "newer version" in result.warnings[0]


# -- bad input: each names the place and says what is wrong ---------------------------------

@pytest.mark.parametrize(("data", "fragment"), [
    ("", "f.json: the file is empty"),
    ("   \n\t ", "the file is empty"),
    ('{"events": [', "f.json:1:13: JSON syntax"),
    ('{"events": []}\n{', "f.json:2:1: JSON syntax: unexpected text after the end"),
    ('{"events": [\n  {"title": "x",}\n]}', "f.json:2:17: JSON syntax"),
    ('{"events": [{"title": "x", "start": NaN}]}', "f.json:1:37: JSON: NaN is not valid JSON"),
    ('{"events": [{"title": "x", "start": "2024", "v": 1e400}]}', "1e400 is too large"),
    ('[' * 100_000 + ']' * 100_000, "JSON nested too deeply"),
    ("42", "expected a timeline document"),
    ('"text"', "got text"),
    ('{"title": {"text": {"headline": "x"}}, "events2": []}', "TimelineJS"),
    ('{"events": "none"}', "events: expected a list"),
    ('{"events": [], "version": "one"}', "version: expected a whole number"),
    ('{"events": [], "format": "other"}', "format: expected one of 'timeline-app'"),
    ('[{"title": "x", "start": "2024-13"}]', 'events[0] ("x"): start: month 13 does not exist'),
    ('[{"title": "x", "start": "2023-02-29"}]', "start: day 29 is not in February 2023"),
    ('[{"title": "x", "start": "2024-04-31"}]', "start: day 31 is not in April"),
    ('[{"title": "x", "start": "2024-06", "end": "2024-05"}]', "end: 2024-05 is before the start"),
    # (a bare list of records gets an undated event or a derived title: see test_real_shapes)
    ('{"events": [{"title": "x"}]}', 'events[0] ("x"): start: missing (required)'),
    ('{"events": [{"id": "a", "start": "2024"}]}', 'events[0] (id "a"): title: missing'),
    ('[{"title": 5, "start": "2024"}]', "events[0]: title: expected text, got a number"),
    ('[{"title": "x", "start": "2024", "tags": [1]}]', "tags[0]: expected text"),
    ('[{"title": "x", "start": "2024", "status": "maybe"}]', "status: expected one of"),
    ('[{"title": "x", "start": "2024", "claims": [{"text": "q"}]}]', "claims[0].source: missing"),
    ('[{"title": "x", "start": "2024", "claims": [{"source": "a", "value": true}]}]',
     "claims[0].value: expected"),
    ('[{"title": "x", "start": "2024", "claims": [{"source": "a", "published": "2024-00"}]}]',
     "claims[0].published: month 00 does not exist"),
    ('[{"title": "x", "start": "2024", "source": {"n": 1}}]', "source: expected a source name"),
    ("[1, null]", "events[0]: expected an event object, got a number"),
])
def test_bad_input_names_place_and_reason(data: str, fragment: str) -> None:
    lines = problems(data)
    assert any(fragment in line for line in lines), lines


def test_unknown_claim_source_in_native_document() -> None:
    line = one_problem(native({"id": "k", "title": "Kursk", "start": "2025-04",
                               "claims": [{"source": "gerasimov", "text": "retaken"}]}))
    assert line == ('f.json: events[0] (id "k", "Kursk"): claims[0].source: unknown source '
                    '"gerasimov" (not in the document\'s sources)')


def test_claim_may_name_source_by_name() -> None:
    t = load_bytes(native({"title": "a", "start": "2024",
                           "claims": [{"source": "KCNA"}]})).timeline
    assert t.events[0].claims[0].source == "kcna"


def test_duplicate_ids_name_both_places() -> None:
    line = one_problem(native({"id": "a", "title": "One", "start": "2024"},
                              {"id": "b", "title": "Two", "start": "2024"},
                              {"id": "a", "title": "Three", "start": "2024"}))
    assert 'events[2] (id "a", "Three"): id: duplicate id "a" (also events[0] (id "a", "One"))' \
        in line


def test_all_problems_reported_at_once_but_capped() -> None:
    data = json.dumps([{"title": "x", "start": "2024-13"}] * 1000)
    lines = problems(data)
    assert 10 < len(lines) <= 60
    assert "more problems" in lines[-1]


def test_invalid_utf8_names_line_and_column() -> None:
    line = one_problem(b'{"events": [\n {"title": "caf\xe9", "start": "2024"}]}')
    assert line.startswith("f.json:2:") and "not valid UTF-8" in line


def test_utf16_without_bom_gets_a_hint() -> None:
    line = one_problem('[{"title": "x", "start": "2024"}]'.encode("utf-16-le"))
    assert "UTF-16 without a byte order mark" in line


def test_nul_bytes() -> None:
    assert "JSON syntax" in one_problem(b'[{"title": "x",\x00 "start": "2024"}]')


def test_huge_string_is_refused_with_its_size() -> None:
    big = "x" * 100_000_000
    line = one_problem(f'[{{"title": "{big}", "start": "2024"}}]')
    assert "title: too long: 100,000,000 characters (at most 10,000)" in line


def test_huge_string_in_unknown_field_loads() -> None:
    big = "y" * 20_000_000
    t = load_bytes(f'[{{"title": "t", "start": "2024", "blob": "{big}"}}]'.encode()).timeline
    assert len(t.events[0].extra["blob"]) == 20_000_000


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path: Path,
                                                             monkeypatch) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as fh:  # sparse: no disk space used
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert "Timeline App opens files of up to" in info.value.lines()[0]


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(UnreadableError, match="no such file"):
        load_path(tmp_path / "missing.json")
    with pytest.raises(UnreadableError, match="folder"):
        load_path(tmp_path)


def test_fast_path_checks_every_claim_field() -> None:
    # Canonical-looking claims take the fast path; it must reject what pydantic rejects.
    for claim, fragment in [({"source": "nis", "value": True}, "claims[0].value: expected a"),
                            ({"source": "nis", "unit": 3}, "claims[0].unit: expected text"),
                            ({"source": "nis", "stance": "maybe"}, "claims[0].stance"),
                            ({"source": "nis", "value": "300"}, "expected a number, got")]:
        line = one_problem(native({"title": "t", "start": "2024", "claims": [claim]}))
        assert fragment in line, line


def test_utf32_big_endian_bom() -> None:
    doc = native({"title": "Зеленський", "start": "2024"}).decode()
    data = b"\x00\x00\xfe\xff" + doc.encode("utf-32-be")
    assert load_bytes(data).timeline.events[0].title == "Зеленський"


def test_bare_list_title_and_duplicate_source_names() -> None:
    data = b'[{"title": "x", "start": "2024", "sources": ["NIS", "nis", " NIS ", ""]}]'
    result = load_bytes(data, "/tmp/war.timeline.json")
    assert result.timeline.title == "war"
    assert len(result.timeline.events[0].claims) == 1


def test_version_must_be_positive() -> None:
    assert "version" in one_problem(b'{"version": 0, "events": []}')


def test_equal_tag_sets_are_shared_and_stay_equal() -> None:
    """A large file repeats a few tag sets: each is kept once (memory), never merged wrongly."""
    events = [{"id": f"e{i}", "title": "T", "start": "2024",
               "tags": ["troops", "kursk"] if i % 2 else ["treaty"]} for i in range(6)]
    doc = {"format": "timeline-app", "version": 1, "sources": [], "events": events}
    timeline = load_bytes(json.dumps(doc).encode()).timeline
    got = timeline.events
    assert [e.tags for e in got] == [tuple(e["tags"]) for e in events]
    assert got[1].tags is got[3].tags and got[0].tags is got[2].tags
    assert got[1].tags[0] is got[5].tags[0]
