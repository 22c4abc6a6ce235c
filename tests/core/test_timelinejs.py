"""TimelineJS in and out: the real files in ../shared/data, dates, HTML, and round trips."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, SHARED_DATA, needs_shared
from timeline_app.core.formats.html_safe import Sanitiser
from timeline_app.core.formats.html_text import html_to_text, one_line, plain_text, text_to_html
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.saving import timeline_to_dict, to_bytes
from timeline_app.core.formats.timelinejs import (
    APP_KEY,
    CLAIMS_CLASS,
    EXTRA_KEY,
    date_parts,
    date_text,
    eras_of,
    looks_like_timelinejs,
)
from timeline_app.core.formats.timelinejs_out import to_timelinejs
from timeline_app.core.model.dates import DateError, Precision, parse_date
from timeline_app.core.model.timeline import Status

TLJS = SHARED_DATA / "timelinejs3"
TAG = re.compile(r"<[a-zA-Z/!?]")


def load_doc(doc: object, name: str = "t.json"):
    return load_bytes(json.dumps(doc).encode(), name)


def slide(headline: str = "H", **fields: object) -> dict[str, object]:
    return {"start_date": {"year": "2024"}, "text": {"headline": headline, "text": ""},
            **fields}


# -- every real file --------------------------------------------------------------------------

# file: (events, first start, last date as written, finest precision seen)
EXPECTED = {
    "compiled_examples_milliseconds.json": (5, "2015-01-01T01:01:01.001",
                                            "2015-01-01T01:01:01.060", Precision.SECOND),
    "contrib_women_in_computing.json": (10, "1815-12-10", "1985", Precision.DAY),
    "src_template_all-media-types.json": (41, "1901", "1940", Precision.MONTH),
    "src_template_cosmo.json": (7, "Y-13800000000", "-3499", Precision.YEAR),
    "src_template_eras.json": (20, "0602", "0698", Precision.DAY),
}


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_shared_timelinejs_files_open_with_sensible_dates(name: str) -> None:
    count, first, last, finest = EXPECTED[name]
    result = load_path(TLJS / name)
    t = result.timeline
    assert result.kind == "TimelineJS" and result.skipped == 0 and not result.warnings
    assert len(t.events) == count
    events = sorted(t.events, key=lambda e: e.earliest)
    assert events[0].start.text == first
    latest = max(t.events, key=lambda e: e.latest)
    assert (latest.end or latest.start).text == last
    assert max(e.start.precision for e in t.events) == finest
    for e in t.events:
        assert e.title and not TAG.search(e.title), e.title
        assert "\n" not in e.title
        assert not TAG.search(e.description), e.description[:80]
        assert e.end is None or e.end.latest > e.start.earliest
    assert t.title and not TAG.search(t.title)
    assert len({e.id for e in t.events}) == count


@needs_shared
def test_shared_files_details() -> None:
    women = load_path(TLJS / "contrib_women_in_computing.json").timeline
    ada = women.events[0]
    assert (ada.title, ada.start.text, ada.end.text) == ("Ada Lovelace", "1815-12-10",
                                                         "1852-11-27")
    assert ada.description.startswith("Women have been programming since before")
    assert "Ada Lovelace" in ada.description and "<" not in ada.description
    media = ada.extra["media"]  # the picture's credit is the picture's, not a source's
    assert media["credit"] == "Wikimedia Commons"
    assert media["caption"].endswith('title="">Portrait by Alfred Edward Chalon</a>')  # as is
    assert media["url"].startswith("https://upload.wikimedia.org/")
    links = ada.claims
    assert [c.url for c in links] == ["https://en.wikipedia.org/wiki/Ada_Lovelace",
                                      "https://en.wikipedia.org/wiki/Analytical_Engine"]
    assert {women.source_name(c.source) for c in links} == {"wikipedia.org"}
    assert "wikimedia-commons" not in women.sources
    eniac = next(e for e in women.events if e.title.startswith("...And the women"))
    assert (eniac.start.text, eniac.end.text) == ("1943-07", "1946")
    media_types = load_path(TLJS / "src_template_all-media-types.json").timeline
    assert next(e for e in media_types.events if e.title == "YouTube Videos").tags == ("Video",)
    wistia = next(e for e in media_types.events if e.title == "Wistia")
    assert wistia.id == "wistia"  # unique_id
    assert wistia.extra["timelinejs"]["group"] == "Video"
    cosmo = load_path(TLJS / "src_template_cosmo.json").timeline
    assert cosmo.events[0].start.describe() == "13.8 billion years ago"
    assert cosmo.events[0].extra["timelinejs"]["background"] == {"color": "#F45B69"}
    eras = load_path(TLJS / "src_template_eras.json").timeline
    assert [(e.title, e.start.text, e.end.text) for e in eras_of(eras)] == [
        ("Era Test 650-700", "0650", "0700"), ("Era Test 600-650", "0600", "0650"),
        ("Era Test 700-720", "0700", "0720")]
    ms = load_path(TLJS / "compiled_examples_milliseconds.json").timeline
    assert [e.start.text[-3:] for e in ms.events] == ["001", "010", "030", "050", "060"]


@needs_shared
def test_vis_timeline_list_opens() -> None:
    result = load_path(SHARED_DATA / "vis-timeline" / "basic.json")
    t = result.timeline
    assert result.kind == "event list" and len(t.events) == 6
    assert [e.title for e in t.events][:2] == ["item 1", "item 2"]
    assert t.events[3].start.text == "2014-04-16" and t.events[3].end.text == "2014-04-19"


@needs_shared
def test_every_shared_file_opens() -> None:
    files = sorted(p for p in SHARED_DATA.rglob("*") if p.suffix in (".json", ".csv"))
    assert len(files) == 7
    for path in files:
        result = load_path(path)
        assert result.timeline.events and not result.skipped, path


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("parts", "text"), [
    ({"year": "2024"}, "2024"),
    ({"year": 2024, "month": 10}, "2024-10"),
    ({"year": "2024", "month": "", "day": ""}, "2024"),
    ({"year": "2024", "month": "3", "day": "5"}, "2024-03-05"),
    ({"year": "2015", "month": "01", "day": "01", "hour": "01", "minute": "01",
      "second": "01", "millisecond": "01"}, "2015-01-01T01:01:01.001"),
    ({"year": "2024", "month": "10", "day": "18", "hour": "9"}, "2024-10-18T09"),
    ({"year": 2024, "day": 5}, "2024-01-05"),  # TimelineJS's defaults fill the gap
    ({"year": "-44", "month": "3", "day": "15"}, "-0043-03-15"),  # shown as 44 BCE
    ({"year": "-1"}, "0000"),
    ({"year": "0"}, "0000"),
    ({"year": " 602 "}, "0602"),
    ({"year": "-13800000000"}, "Y-13800000000"),
    ({"year": -66000000, "month": "3"}, "Y-66000000"),  # deep time keeps the year only
    ({"year": 12345}, "Y12345"),
    ({"year": 2024.0}, "2024"),
])
def test_date_text(parts: dict[str, object], text: str) -> None:
    assert date_text(parts) == text
    parse_date(text)


@pytest.mark.parametrize(("parts", "message"), [
    ({"year": "2024", "month": "13"}, "month 13 does not exist"),
    ({"year": "2023", "month": "2", "day": "29"}, "day 29 is not in February 2023"),
    ({"year": "2024", "month": "4", "day": "31"}, "day 31 is not in April"),
    ({"year": "2024", "hour": "24"}, "hour 24 does not exist"),
    ({"month": "1"}, "year: missing"),
    ({"year": ""}, "year: missing"),
    ({"year": "abc"}, 'year "abc" is not a whole number'),
    ({"year": True}, "year: expected a whole number, got true"),
    ({"year": "1e5"}, "is not a whole number"),
    ("2024", "expected an object"),
])
def test_bad_dates_say_why(parts: object, message: str) -> None:
    with pytest.raises(DateError, match=re.escape(message)):
        date_text(parts)


@pytest.mark.parametrize(("text", "parts"), [
    ("2024", {"year": "2024"}),
    ("2024-10~", {"year": "2024", "month": "10"}),
    ("2024-10-18", {"year": "2024", "month": "10", "day": "18"}),
    ("2024-10-18T09:30", {"year": "2024", "month": "10", "day": "18", "hour": "9",
                          "minute": "30"}),
    ("2024-10-18T09:30+02:00", {"year": "2024", "month": "10", "day": "18", "hour": "7",
                                "minute": "30"}),
    ("2015-01-01T01:01:01.001", {"year": "2015", "month": "1", "day": "1", "hour": "1",
                                 "minute": "1", "second": "1", "millisecond": "1"}),
    ("-0043-03-15", {"year": "-44", "month": "3", "day": "15"}),
    ("0000", {"year": "-1"}),
    ("Y-44", {"year": "-45"}),
    ("Y-13800000000", {"year": "-13800000000"}),
    ("2024-21", {"year": "2024", "month": "3"}),  # spring: its first month
    ("202X", {"year": "2020"}),
    ("..", None),
])
def test_date_parts(text: str, parts: dict[str, str] | None) -> None:
    assert date_parts(parse_date(text)) == parts
    if parts and not any(q in text for q in "~X+") and text[-2:] != "21":
        assert parse_date(date_text(parts)).earliest == parse_date(text).earliest


# -- slides ---------------------------------------------------------------------------------

def test_html_is_reduced_to_text_and_safe_links() -> None:
    doc = {"events": [slide(
        '<b>Big</b> <img src=x onerror="alert(1)">news &amp; more<script>alert(2)</script>',
        text={"headline": '<b>Big</b> <img src=x onerror="alert(1)">news &amp; more'
                          '<script>alert(2)</script>',
              "text": '<p>One <a href="https://a.example/x">link</a></p><p>Two '
                      '<a href="javascript:alert(3)">bad</a> <a href="file:///etc/passwd">'
                      'local</a> <a href=" HTTP://b.example ">b</a></p><style>p{}</style>'})]}
    event = load_doc(doc).timeline.events[0]
    assert event.title == "Big news & more"
    assert event.description == "One link\n\nTwo bad local b"
    assert [(c.url, c.text) for c in event.claims] == [("https://a.example/x", "link"),
                                                       ("HTTP://b.example", "b")]


def test_media_is_kept_as_media_and_its_credit_is_no_source() -> None:
    media = [{"url": "https://img.example/a.jpg", "credit": "<i>AP</i> Photo",
              "caption": "A <b>c</b>", "thumbnail": "t.jpg"},
             {"url": "https://www.youtube.com/x"},
             {"url": "<blockquote>Quoted words</blockquote>"},
             {"url": "img/local.png", "credit": "flickr/Amanda Benham", "caption": ""},
             {"url": "//cdn.example/b.jpg", "credit": "youtu.be"}]
    t = load_doc({"events": [slide(f"S{i}", media=m) for i, m in enumerate(media)]}).timeline
    assert [e.extra["media"] for e in t.events] == media
    assert not t.sources and not any(e.claims for e in t.events)
    native = load_bytes(to_bytes(t)).timeline
    out, _ = to_timelinejs(native, app_data=False)
    published = [Sanitiser().tree(m) or None for m in media]
    assert published[2] is None  # an embed's markup is no link: it is not published
    assert [s.get("media") for s in out["events"]] == published  # the rest exactly as written
    assert published[:2] + published[3:] == media[:2] + media[3:]


def test_group_is_a_tag_and_unique_id_the_id() -> None:
    t = load_doc({"events": [slide("A", group=" Politics ", unique_id="a"),
                             slide("B", unique_id="a"), slide("C", unique_id=7)]}).timeline
    assert [e.tags for e in t.events] == [("Politics",), (), ()]
    assert [e.id for e in t.events] == ["a", "a-2", "7"]


def test_unknown_fields_are_kept_and_written_back() -> None:
    s = slide("A", background={"color": "#123"}, autolink=False, display_date="Long ago",
              custom={"x": [1]})
    s["start_date"] = {"year": "1900", "display_date": "c. 1900"}
    doc = {"title": {"text": {"headline": "T", "text": "<p>About</p>"},
                     "background": {"url": "https://bg.example/a.jpg"}},
           "events": [s], "scale": "human", "options": {"zoom": 2}}
    t = load_doc(doc).timeline
    native = load_bytes(to_bytes(t)).timeline  # through the native format
    out, _ = to_timelinejs(native, app_data=False)
    (back,) = out["events"]
    for key in ("background", "autolink", "display_date", "custom"):
        assert back[key] == s[key]
    assert back["start_date"]["display_date"] == "c. 1900"
    assert out["title"]["background"] == doc["title"]["background"]
    assert out["title"]["text"] == {"headline": "T", "text": "<p>About</p>"}
    assert out["options"] == {"zoom": 2}
    assert "scale" not in out  # worked out from the years on export, as TimelineJS does


def test_older_wrapped_shapes() -> None:
    v2 = {"timeline": {
        "headline": "Civil rights", "type": "default", "text": "<p>1963</p>",
        "date": [{"startDate": "1963,8,28", "endDate": "1963,8,28,17,30", "headline": "March",
                  "text": "<p>On Washington</p>", "tag": "Protest", "classname": "big",
                  "asset": {"media": "https://p.example/m.jpg", "credit": "AP",
                            "caption": "Crowds"}},
                 {"startDate": "1963", "headline": "Year"},
                 {"startDate": "-500,1", "headline": "BCE"}],
        "era": [{"startDate": "1963,1,1", "endDate": "1963,12,31", "headline": "1963"}]}}
    t = load_doc(v2).timeline
    assert (t.title, t.description) == ("Civil rights", "1963")
    march, year, bce = t.events
    assert (march.start.text, march.end.text, march.tags) == ("1963-08-28", "1963-08-28T17:30",
                                                              ("Protest",))
    assert march.extra["media"] == {"url": "https://p.example/m.jpg", "credit": "AP",
                                    "caption": "Crowds"}
    assert march.extra["timelinejs"]["classname"] == "big"
    assert (year.start.text, bce.start.text) == ("1963", "-0499-01")
    assert [e.title for e in eras_of(t)] == ["1963"]
    slides = {"timeline": {"slides": [slide("New shape"), {"startDate": "2001",
                                                            "headline": "Old shape"}]}}
    assert [e.title for e in load_doc(slides).timeline.events] == ["New shape", "Old shape"]


def test_a_bad_slide_is_skipped_with_a_warning_the_rest_load() -> None:
    bad = slide("Bad month")
    bad["start_date"] = {"year": "2024", "month": "13"}
    result = load_doc({"events": [slide("Good"), bad, slide("No date", start_date=None)]})
    assert [e.title for e in result.timeline.events] == ["Good"]
    assert result.skipped == 2
    assert result.warnings == [
        't.json: events[1] ("Bad month"): start_date: month 13 does not exist (not loaded)',
        't.json: events[2] ("No date"): start_date: missing (required) (not loaded)']


def test_a_file_where_nothing_loads_is_an_error() -> None:
    with pytest.raises(LoadError) as err:
        load_doc({"events": [slide(start_date={"year": "x"})]})
    assert err.value.lines() == ['t.json: events[0] ("H"): start_date: year "x" is not a '
                                 'whole number']
    with pytest.raises(LoadError, match='needs an "events" list'):
        load_doc({"title": {"text": {"headline": "x"}}})
    with pytest.raises(LoadError, match="events: expected a list"):
        load_doc({"title": {"text": {}}, "events": 3})


def test_detection_does_not_take_native_documents() -> None:
    assert not looks_like_timelinejs({"events": [{"title": "x", "start_date": "2024"}]})
    assert not looks_like_timelinejs({"format": "timeline-app", "events": [],
                                      "title": {"x": 1}})
    assert not looks_like_timelinejs({"events": [], "eras": [{"title": "e", "start": "2024"}]})
    assert looks_like_timelinejs({"events": [slide()]})
    assert looks_like_timelinejs({"timeline": {"date": []}})


# -- export ---------------------------------------------------------------------------------

def test_seed_export_has_timelinejs_published_shape() -> None:
    t = load_path(SEED).timeline
    doc, warnings = to_timelinejs(t)
    assert not warnings
    assert set(doc) == {"title", "events", APP_KEY}
    assert doc["title"]["text"]["headline"] == t.title
    assert len(doc["events"]) == len(t.events)
    allowed = {"start_date", "end_date", "text", "media", "group", "display_date",
               "background", "autolink", "unique_id", APP_KEY}
    for s, event in zip(doc["events"], t.events, strict=True):
        assert set(s) <= allowed
        assert set(s["start_date"]) <= {"year", "month", "day", "hour", "minute", "second",
                                        "millisecond", "display_date"}
        assert all(isinstance(v, str) for v in s["start_date"].values())
        assert int(s["start_date"]["year"]) in (2024, 2025)
        assert set(s["text"]) == {"headline", "text"} and s["unique_id"] == event.id
        assert s["group"] == t.source_name(event.claims[0].source)  # lane = first source
    kursk = next(s for s in doc["events"] if s["unique_id"] == "kursk-retaken-claim")
    assert kursk["start_date"] == {"year": "2025", "month": "4",
                                   "display_date": "Apr 2025, approximate"}
    text = kursk["text"]["text"]
    assert "<li><em>Disputed</em></li>" in text
    assert "<strong>Ukraine's General Staff</strong> denies:" in text
    treaty = next(s for s in doc["events"] if s["unique_id"] == "treaty-2024-06")
    assert treaty["start_date"] == {"year": "2024", "month": "6"} and "end_date" not in treaty


def test_export_escapes_text_and_drops_unsafe_links() -> None:
    t = load_doc([{"title": "<script>x</script> & co", "start": "-0043-03-15",
                   "description": "Line 1\nLine 2\n\nPara <b>", "claims": [
                       {"source": "Livy", "text": "ides", "url": "javascript:alert(1)"},
                       {"source": "Plutarch", "url": "https://p.example/?a=1&b=2"}]},
                  {"title": "Big bang", "start": "Y-13800000000"}]).timeline
    doc, _ = to_timelinejs(t, app_data=False)
    caesar, bang = doc["events"]
    assert caesar["text"]["headline"] == "&lt;script&gt;x&lt;/script&gt; &amp; co"
    assert caesar["text"]["text"].startswith("<p>Line 1<br>Line 2</p><p>Para &lt;b&gt;</p>")
    assert "javascript" not in caesar["text"]["text"]
    assert '<a href="https://p.example/?a=1&amp;b=2">p.example</a>' in caesar["text"]["text"]
    assert caesar["start_date"] == {"year": "-44", "month": "3", "day": "15"}
    assert bang["start_date"] == {"year": "-13800000000"}
    assert doc["scale"] == "cosmological"
    assert plain_text(caesar["text"]["text"]).startswith("Line 1\nLine 2\n\nPara <b>")


def test_events_without_a_date_are_left_out_with_a_warning() -> None:
    t = load_doc([{"id": "x", "title": "Unknown", "start": ".."}]).timeline
    doc, warnings = to_timelinejs(t, app_data=False)
    assert doc["events"] == [] and warnings == ['event "x" has no date TimelineJS can place; '
                                                'left out']


def test_undated_events_are_kept_in_the_app_data_and_read_back_in_place() -> None:
    t = load_doc([{"id": "a", "title": "First", "start": "2024-01"},
                  {"id": "x", "title": "Unknown", "start": "..",
                   "claims": [{"source": "s", "text": "500 dead"}]},
                  {"id": "b", "title": "Last", "start": "2024-05"}]).timeline
    doc, warnings = to_timelinejs(t)
    assert [s["unique_id"] for s in doc["events"]] == ["a", "b"]  # TimelineJS needs a date
    assert warnings == ['event "x" has no date TimelineJS can place: not shown on the '
                        "published page, kept in the file's timeline_app data"]
    assert doc["timeline_app"]["unplaced"][0]["at"] == 1
    back = load_bytes(json.dumps(doc).encode(), "t.timelinejs.json")
    assert [e.id for e in back.timeline.events] == ["a", "x", "b"]
    x = back.timeline.events[1]
    assert (x.title, x.start.text, x.end) == ("Unknown", "..", None)
    assert [(c.source, c.text) for c in x.claims] == [("s", "500 dead")]
    assert timeline_to_dict(back.timeline)["events"] == timeline_to_dict(t)["events"]
    doc["timeline_app"]["unplaced"] = [{"at": "x"}, {"at": 0, "event": {"title": 5}}]
    bad = load_bytes(json.dumps(doc).encode(), "t.timelinejs.json")
    assert [e.id for e in bad.timeline.events] == ["a", "b"] and bad.skipped == 2
    assert any("timeline_app.unplaced[0]" in w for w in bad.warnings)


# -- round trips ----------------------------------------------------------------------------

def test_native_to_timelinejs_to_native_is_lossless() -> None:
    t = load_path(SEED).timeline
    doc, _ = to_timelinejs(t)
    back = load_doc(doc, "seed.timelinejs.json")
    assert back.kind == "TimelineJS"
    assert to_bytes(back.timeline) == SEED.read_bytes()


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_timelinejs_to_native_to_timelinejs_keeps_the_slides(name: str) -> None:
    original = json.loads((TLJS / name).read_text())
    t = load_path(TLJS / name).timeline
    native = load_bytes(to_bytes(t)).timeline
    assert timeline_to_dict(native) == timeline_to_dict(t)
    doc, warnings = to_timelinejs(native, app_data=False)
    assert all(w.startswith("sanitised for publishing:") for w in warnings), warnings
    clean = Sanitiser()  # what the export may publish of the original: its sanitised form
    for before, after in zip(original["events"], doc["events"], strict=True):
        headline = before["text"].get("headline")
        assert after["text"].get("headline") == (  # none made up
            clean.html(headline) if headline is not None else None)
        body = after["text"].get("text", "").split(f'<ul class="{CLAIMS_CLASS}">')[0]
        assert body == clean.html(before["text"].get("text", ""))
        assert after.get("group", "") == clean.html(before.get("group", ""))
        media = clean.tree(before["media"]) if "media" in before else None
        assert after.get("media") == media  # every media field as written, made safe
        assert json.dumps(after.get("media")) == json.dumps(media)  # key order too
        for key in ("background",):
            for k, v in clean.tree(before.get(key, {})).items():
                assert after[key][k] == v, (key, k)
        for key in ("start_date", "end_date"):
            if key in before:
                assert {k: int(v) for k, v in after[key].items() if v != ""} == {
                    k: int(v) for k, v in before[key].items() if v != ""}
    again = load_doc(to_timelinejs(native)[0]).timeline  # with the app block
    assert timeline_to_dict(again) == _published(timeline_to_dict(t))


def _published(value: Any) -> Any:
    """A native document with its TimelineJS leftovers as an export publishes them."""
    if isinstance(value, dict):
        return {k: Sanitiser().tree(v) if k in (EXTRA_KEY, "media") else _published(v)
                for k, v in value.items()}
    return [_published(v) for v in value] if isinstance(value, list) else value


def test_claims_listed_in_a_published_file_stay_claims() -> None:
    seed = load_path(SEED).timeline
    doc, _ = to_timelinejs(seed, app_data=False)  # no app block: only what TimelineJS shows
    back = load_doc(json.loads(json.dumps(doc))).timeline
    for a, b in zip(seed.events, back.events, strict=True):
        assert [(seed.source_name(c.source), c.stance, c.text, c.value, c.unit, c.url)
                for c in a.claims] == [(back.source_name(c.source), c.stance, c.text, c.value,
                                        c.unit, c.url) for c in b.claims], a.id
        assert a.status == b.status
    assert to_timelinejs(back, app_data=False)[0]["events"] == doc["events"]


def test_edits_in_the_timelinejs_file_win_over_the_app_block() -> None:
    doc, _ = to_timelinejs(load_path(SEED).timeline)
    edited = copy.deepcopy(doc)
    kursk = next(s for s in edited["events"] if s["unique_id"] == "kursk-retaken-claim")
    kursk["text"]["headline"] = "Kursk: Russia says retaken"
    kursk["start_date"] = {"year": "2025", "month": "4", "day": "26"}
    kursk["background"] = {"color": "red"}
    t = load_doc(edited).timeline
    event = next(e for e in t.events if e.id == "kursk-retaken-claim")
    assert event.title == "Kursk: Russia says retaken"
    assert event.start.text == "2025-04-26"
    assert event.status is Status.DISPUTED and len(event.claims) == 3  # from the block
    assert event.extra["timelinejs"]["background"] == {"color": "red"}
    treaty = next(e for e in t.events if e.id == "treaty-2024-06")
    assert treaty.start.text == "2024-06" and treaty.tags == ("diplomacy",)


def test_large_file_loads_in_linear_time() -> None:
    def doc(n: int) -> bytes:
        return json.dumps({"events": [
            {"start_date": {"year": str(1900 + i % 100), "month": str(1 + i % 12)},
             "text": {"headline": f"<b>Event</b> {i}",
                      "text": f"<p>Text <a href='https://s{i % 40}.example/{i}'>l</a></p>"},
             "media": {"url": f"https://m.example/{i}.jpg", "credit": f"Credit {i % 30}"},
             "group": f"G{i % 5}"} for i in range(n)]}).encode()

    small, big = doc(1000), doc(6646)
    t0 = time.perf_counter()
    load_bytes(small, "s.json")
    t1 = time.perf_counter()
    result = load_bytes(big, "b.json")
    t2 = time.perf_counter()
    assert len(result.timeline.events) == 6646
    assert t2 - t1 < 20 * max(t1 - t0, 0.01) and t2 - t1 < 30


# -- HTML to text -----------------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "text"), [
    ("a<br>b<br/>c", "a\nb\nc"),
    ("<p>one</p>\n\n<p>two</p>", "one\n\ntwo"),
    ("x < y and y > z", "x < y and y > z"),
    ("<!-- hidden --> shown", "shown"),
    ("text &lt;b&gt; &nbsp;&eacute;&#233;&#x41;", "text <b> ééA"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("<iframe src='x'>fallback</iframe>after", "after"),
    ("unclosed <a href='x", "unclosed"),
    ("  spaced \n  out  ", "spaced out"),
])
def test_html_to_text(markup: str, text: str) -> None:
    assert plain_text(markup) == text


def test_bare_urls_become_links_when_autolinking() -> None:
    found = html_to_text("see https://a.example/x. and http://b.example", autolink=True)
    assert [link.url for link in found.links] == ["https://a.example/x", "http://b.example"]
    assert html_to_text("see https://a.example/x").links == ()


@pytest.mark.parametrize("hostile", ["<" * 400_000, "<a " * 200_000, "<!--" * 200_000,
                                     "<?" * 300_000, "</" * 300_000, "<x" * 300_000,
                                     '<a b="' * 200_000, "<script>" * 100_000 + ">",
                                     "&" * 500_000])
def test_hostile_markup_takes_bounded_time(hostile: str) -> None:
    start = time.perf_counter()
    html_to_text(hostile, autolink=True)
    assert time.perf_counter() - start < 2


def test_text_to_html_round_trips() -> None:
    for text in ["plain", "a & b < c", "line 1\nline 2", "p1\n\np2\nmore", "", "  x  "]:
        assert plain_text(text_to_html(text)) == text.strip()
    assert one_line("<b>a</b>\n<i>b</i>") == "a b"


def test_an_era_whose_dates_are_not_text_is_skipped_not_a_crash() -> None:
    # A document's eras are an unknown field, kept as the file had them: a list or an object
    # where a date belongs once raised TypeError (unhashable) in the painter and the export.
    eras = [{"title": "ok", "start": "1963", "end": "1964"}, {"title": "list", "start": [1963],
             "end": "1964"}, {"title": "object", "start": "1963", "end": {"y": 1964}},
            {"title": "none", "end": "1964"}, {"title": "bad", "start": "June", "end": "1964"}]
    doc = {"title": "Eras", "events": [{"title": "E", "start": "1963"}], "eras": eras}
    timeline = load_doc(doc).timeline
    assert timeline.extra["eras"] == eras  # kept as the file had them
    assert [(e.title, e.start.text, e.end.text) for e in eras_of(timeline)] == [
        ("ok", "1963", "1964")]
    exported = to_timelinejs(timeline)[0]["eras"]  # the export skips the same ones
    assert [e["text"]["headline"] for e in exported] == ["ok"]


def test_core_modules_stay_small() -> None:
    root = Path(__file__).resolve().parents[2] / "timeline_app" / "core"
    for path in root.rglob("*.py"):
        assert len(path.read_text().splitlines()) < 450, path.relative_to(root)


# -- properties -------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_MARKUP = st.lists(st.sampled_from(["<", ">", "<a href='https://x.example'>", "</a>", "<p>",
                                    "<script>", "</script>", "<!--", "-->", "&amp;", "&lt;",
                                    "<img src=x onerror=alert(1)>", '"', "'", " ", "\n", "x",
                                    "é", "<b", "</", "<br>"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_MARKUP)
def test_converted_html_has_no_tags_and_only_http_links(markup: str) -> None:
    result = html_to_text(markup, autolink=True)
    assert "onerror" not in result.text and "<script" not in result.text
    assert all(link.url.lower().startswith(("http://", "https://")) for link in result.links)
    assert plain_text(text_to_html(result.text)) == result.text


@settings(max_examples=300, deadline=None)
@given(st.integers(-9998, 9999).filter(bool), st.integers(1, 12), st.integers(1, 28),
       st.integers(0, 23), st.integers(0, 59), st.integers(0, 4))
def test_date_parts_invert_date_text(year: int, month: int, day: int, hour: int,
                                     minute: int, depth: int) -> None:
    """Year 0 is the exception: TimelineJS's "0" is read as 1 BC, written back as -1."""
    parts = {"year": str(year), "month": str(month), "day": str(day), "hour": str(hour),
             "minute": str(minute)}
    given_parts = dict(list(parts.items())[:depth + 1])
    assert date_parts(parse_date(date_text(given_parts))) == given_parts
