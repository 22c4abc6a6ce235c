"""Real data as others write it: sources from links and citations, dates as data sets mean
them, lists and wrappers, The Timeline Project's XML, and files that are not ours.

The small files in tests/data/shapes reproduce the shape of real tables (an incident monitor
citing a tweet or Telegram post per row, the North Korea provocations list, GDELT, UCDP GED,
ACLED, a Wikidata query, vis-timeline's wk2014.json, a wrapper object); the real files of
other tools in ../shared/data are tested where they are present.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_DATA
from timeline_app.core.formats import sources_from_urls
from timeline_app.core.formats.csv_claims import split_citations
from timeline_app.core.formats.csv_export import to_csv
from timeline_app.core.formats.csv_import import import_csv
from timeline_app.core.formats.date_hints import apply_precision, compact_date, is_undated
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import load_any, load_bytes, load_path
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.formats.sources_from_urls import link_claim, source_of_link
from timeline_app.core.model.dates import DateError, Precision, parse_date

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"
TTP = SHARED_DATA / "thetimelineproj"
needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(),
                                  reason="../shared/data (real files of other tools) is absent")


def claims_of(timeline, event):
    return [(timeline.source_name(c.source), c.url) for c in event.claims]


def problem(data: bytes, name: str) -> str:
    with pytest.raises(LoadError) as info:
        load_bytes(data, name)
    return "\n".join(info.value.lines())


# -- sources from links ---------------------------------------------------------------------

@pytest.mark.parametrize(("url", "source"), [
    ("https://twitter.com/Rybar/status/1496738", "twitter.com/Rybar"),
    ("https://mobile.twitter.com/rybar/status/99", "twitter.com/rybar"),
    ("https://x.com/OSINTtechnical/status/12345", "x.com/OSINTtechnical"),
    ("https://twitter.com/i/web/status/1", "twitter.com"),
    ("https://t.me/rybar/28901", "t.me/rybar"),
    ("https://t.me/s/milinfolive/100", "t.me/milinfolive"),
    ("https://telegram.me/rybar/1", "t.me/rybar"),
    ("https://t.me/+AbCdEf", "t.me"),
    ("https://www.facebook.com/GeneralStaff.ua/posts/1234", "facebook.com/GeneralStaff.ua"),
    ("https://m.facebook.com/groups/12345/permalink/6", "facebook.com/groups/12345"),
    ("https://www.facebook.com/watch/?v=1", "facebook.com"),
    ("https://www.youtube.com/@DefenceUA/videos", "youtube.com/@DefenceUA"),
    ("https://youtube.com/channel/UC123abc", "youtube.com/channel/UC123abc"),
    ("https://www.youtube.com/watch?v=dBwEQ3vqB_I", "youtube.com"),
    ("https://youtu.be/dBwEQ3vqB_I", "youtube.com"),
    ("https://www.instagram.com/zelenskiy_official/", "instagram.com/zelenskiy_official"),
    ("https://www.instagram.com/p/xyz/", "instagram.com"),
    ("https://vk.com/rt_russian?w=wall-1", "vk.com/rt_russian"),
    ("https://edition.cnn.com/2022/03/01/europe/story", "cnn.com"),
    ("http://news.bbc.co.uk/onthisday/hi/dates/stories", "bbc.co.uk"),
    ("https://www.reuters.com/article/x", "reuters.com"),
    ("https://user:pw@sub.example.com.au:8080/x", "example.com.au"),
    ("//cdn.example.org/a.jpg", "example.org"),
    ("www.yonhapnews.co.kr/view/1", "yonhapnews.co.kr"),
    ("http://192.168.1.4/report", "192.168.1.4"),
    ("http://localhost:8000/x", "localhost"),
    ("https://пример.рф/новость", "пример.рф"),
])
def test_a_link_names_its_publisher(url: str, source: str) -> None:
    assert source_of_link(url) == source


def test_the_suffix_list_is_read_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    sources_from_urls._psl.cache_clear()
    source_of_link.cache_clear()
    assert source_of_link("https://www.lemonde.fr/a") == "lemonde.fr"
    assert source_of_link("https://city.kawasaki.jp/x") == "city.kawasaki.jp"  # PSL exception


def test_a_citation_is_its_own_source() -> None:
    citation = "The US Military Experience in Korea 1871-1982, page 125."
    assert link_claim(citation) == (citation, "")
    assert link_claim(" https://a.example/x ") == ("a.example", "https://a.example/x")
    long = "A " * 300
    name, url = link_claim(long)
    assert len(name) == sources_from_urls.MAX_NAME and name.endswith("…") and url == ""


def test_incident_monitor_links_become_accounts_with_counts() -> None:
    t = load_path(SHAPES / "incident_monitor.csv").timeline
    assert len(t.events) == 13
    names = {s.name: n for s, n in ((t.sources[k], v) for k, v in t.event_counts().items())}
    assert names == {"twitter.com/Rybar": 2, "x.com/OSINTtechnical": 1, "t.me/rybar": 1,
                     "t.me/milinfolive": 1, "facebook.com/GeneralStaff.ua": 1,
                     "youtube.com/@DefenceUA": 1, "youtube.com/channel/UC123abc": 1,
                     "instagram.com/zelenskiy_official": 1, "vk.com/rt_russian": 1,
                     "cnn.com": 1, "theguardian.co.uk": 1}
    first = t.events[0]
    assert claims_of(t, first) == [("twitter.com/Rybar",
                                    "https://twitter.com/Rybar/status/1496738")]
    assert first.title == "Strike on Kyiv airport"  # from the description
    assert not t.events[-1].claims  # an empty cell cites nobody


def test_sources_named_from_links_say_what_they_are() -> None:
    t = load_path(SHAPES / "incident_monitor.csv").timeline
    described = {s.name: (s.kind, s.url) for s in t.sources.values()}
    assert described["t.me/rybar"] == ("Telegram channel", "https://t.me/rybar")
    assert described["twitter.com/Rybar"] == ("Twitter account", "https://twitter.com/Rybar")
    assert described["youtube.com/@DefenceUA"][0] == "YouTube channel"
    assert described["cnn.com"] == ("website", "https://cnn.com")
    named = import_csv(b"date,title,source,url\n2024,A,Reuters,https://reuters.com/x\n").timeline
    assert [(s.name, s.kind, s.url) for s in named.sources.values()] == [("Reuters", "", "")]


def test_citation_without_url_and_news_links() -> None:
    t = load_path(SHAPES / "nk_provocations.csv").timeline
    assert [claims_of(t, e) for e in t.events] == [
        [("nytimes.com", "https://www.nytimes.com/1968/01/24/archives/pueblo.html")],
        [("The US Military Experience in Korea 1871-1982, page 125.", "")],
        [("bbc.co.uk", "http://news.bbc.co.uk/onthisday/hi/dates/stories/august/18/"
                       "newsid_1234.stm")]]


def test_source_from_url_target_and_split_names() -> None:
    csv = ("date,title,outlet,link\n"
           "2024-01-02,A,Reuters | AP,https://reuters.com/1 https://apnews.com/2\n"
           "2024-01-03,B,NIS;NIS,\n")
    t = import_csv(csv.encode(), "f.csv").timeline
    a, b = t.events
    assert claims_of(t, a) == [("Reuters", "https://reuters.com/1"), ("AP", "https://apnews.com/2")]
    assert claims_of(t, b) == [("NIS", ""), ("NIS", "")]  # a name twice: two reports
    t = import_csv(csv.encode(), "f.csv", {"sources": "", "source_url": "link"}).timeline
    assert claims_of(t, t.events[0]) == [("reuters.com", "https://reuters.com/1"),
                                         ("apnews.com", "https://apnews.com/2")]


@pytest.mark.parametrize(("cell", "items"), [
    ("https://x.com/a;b=1", ["https://x.com/a;b=1"]),  # a link may hold a semicolon
    ("https://a.example/1; https://b.example/2", ["https://a.example/1", "https://b.example/2"]),
    ("https://a.example | https://b.example", ["https://a.example", "https://b.example"]),
    ("- https://a.example", ["-", "https://a.example"]),
    ("A book, p. 3\nhttps://c.example", ["A book, p. 3", "https://c.example"]),
])
def test_link_cells_split_into_items(cell: str, items: list[str]) -> None:
    assert split_citations(cell) == items


def test_ucdp_parallel_lists_make_claims_together() -> None:
    t = load_path(SHAPES / "ucdp_ged.csv").timeline
    first, month, week, year = t.events
    assert [(t.source_name(c.source), c.text, c.published.text) for c in first.claims] == [
        ("Agence France Presse", "Shelling in Avdiivka", "2017-01-05"),
        ("Reuters", "Two killed near Donetsk", "2017-01-06")]
    assert [(t.source_name(c.source), c.text) for c in week.claims] == [
        ("Agence France Presse", "First report"), ("Agence France Presse", "Second report")]
    # date_prec: 1 exact, 3 week (approximate), 4 month, 5 year or worse
    assert (first.start.text, first.end) == ("2017-01-05", None)
    assert (week.start.text, week.end.text) == ("2017-03-03~", "2017-03-08~")
    assert (month.start.text, month.end) == ("2017-02", None)
    assert (year.start.text, year.end) == ("2017~", None)
    assert first.extra["source_article"] == "AFP,2017-01-05;Reuters,2017-01-06"  # kept


def test_precision_codes() -> None:
    assert apply_precision("ucdp", "2", "2017-01-05", None) == ("2017-01-05~", None)
    assert apply_precision("ucdp", "4", "2017-01-01", "2017-01-31") == ("2017-01", None)
    assert apply_precision("acled", "3", "2022-03-15", None) == ("2022-03", None)
    assert apply_precision("acled", "2.0", "2022-03-07", None) == ("2022-03-07~", None)
    assert apply_precision("ucdp", "5", "2017", None) == ("2017~", None)  # already coarse
    with pytest.raises(ValueError, match="not a precision code"):
        apply_precision("acled", "7", "2022-03-07", None)
    result = import_csv(b"event_date,time_precision,notes\n2022-03-01,9,x\n2022-03-02,1,y\n",
                        "a.csv")
    assert [e.title for e in result.timeline.events] == ["y"]
    assert 'column "time_precision": \'9\' is not a precision code' in result.warnings[0]


def test_acled_time_precision() -> None:
    t = load_path(SHAPES / "acled.csv").timeline
    assert [e.start.text for e in t.events] == ["2022-03-01", "2022-03-07~", "2022-03"]
    assert claims_of(t, t.events[2]) == [("Meduza", ""), ("Novaya Gazeta", "")]


# -- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "out"), [
    ("20170701", "2017-07-01"), ("20170701093000", "2017-07-01T09:30:00"),
    ("+1950-06-25T00:00:00Z", "1950-06-25T00:00:00Z"), ("20171301", "20171301"),
    ("2017", "2017"), ("2017.4959", "2017.4959"),
])
def test_compact_dates(text: str, out: str) -> None:
    assert compact_date(text) == out


def test_a_compact_date_in_a_native_file_gets_a_clear_message() -> None:
    with pytest.raises(DateError, match=r"a compact date \(YYYYMMDD\).*2017-07-01"):
        parse_date("20170701")


def test_gdelt_the_finest_date_column_wins_with_a_note() -> None:
    result = load_any(SHAPES / "gdelt.csv", {"title": "Actor1Name"})
    assert [e.start.text for e in result.timeline.events] == ["2017-07-01", "2017-07-02"]
    assert result.timeline.extra["csv"]["mapping"]["start"] == "SQLDATE"
    assert any('dates read from column "SQLDATE" (day precision; not used: "Year" (year))' in w
               for w in result.warnings)
    assert claims_of(result.timeline, result.timeline.events[0]) == [
        ("reuters.com", "https://www.reuters.com/article/us-ukraine-crisis-idUSKBN19M0A1")]
    chosen = load_any(SHAPES / "gdelt.csv", {"title": "Actor1Name", "start": "DATEADDED"})
    assert chosen.timeline.events[0].start.text == "2017-07-01T09:30:00"  # when mapped


def test_a_year_column_is_never_preferred_to_a_full_date() -> None:
    csv = b"Year,title,when_it_happened\n2017,A,2017-07-01\n2018,B,2018-02-03\n"
    result = import_csv(csv, "y.csv")
    assert [e.start.precision for e in result.timeline.events] == [Precision.DAY] * 2
    assert 'not used: "Year" (year)' in result.warnings[0]


def test_midnight_utc_is_read_as_days_with_a_note() -> None:
    for name in ("wikidata.csv", "wikidata.json"):
        result = load_path(SHAPES / name)
        t = result.timeline
        assert {e.start.precision for e in t.events} == {Precision.DAY}, name
        assert any("midnight UTC" in w for w in result.warnings)
        assert {s.name for s in t.sources.values()} == {"wikipedia.org"}
    assert [e.title for e in load_path(SHAPES / "wikidata.json").timeline.events] == [
        "Battle of Osan", "Korean War"]  # itemLabel
    mixed = import_csv(b"date,title\n2024-01-01T00:00:00Z,a\n2024-01-02T10:00:00Z,b\n")
    assert mixed.timeline.events[0].start.precision == Precision.SECOND


def test_undated_rows_are_kept_listed_and_exported_back() -> None:
    csv = b"date,title,source\n2024-01-02,Dated,NIS\n,Casualty figure,Zelenskyy\n"
    result = import_csv(csv, "u.csv")
    dated, undated = result.timeline.events
    assert is_undated(undated) and not is_undated(dated)
    assert "1 row has no date: kept as undated events" in result.warnings[0]
    out, _ = to_csv(result.timeline)
    assert out.decode("utf-8").splitlines()[2].startswith(",Casualty figure,")
    back = import_csv(out, "u.csv").timeline
    assert [is_undated(e) for e in back.events] == [False, True]
    native = load_bytes(to_bytes(result.timeline)).timeline
    assert is_undated(native.events[1]) and native.events[1].title == "Casualty figure"


# -- lists and wrappers ---------------------------------------------------------------------

def test_a_titleless_list_gets_derived_titles_and_a_note() -> None:
    result = load_path(SHAPES / "wk2014.json")
    assert [e.title for e in result.timeline.events] == [
        "Brazil - Croatia", "Mexico - Cameroon", "Final (date to be announced)"]
    assert is_undated(result.timeline.events[2])
    assert any("3 records have no title" in w for w in result.warnings)
    assert any("1 record has no date" in w for w in result.warnings)


@needs_shared
def test_vis_timeline_basic_list() -> None:
    t = load_path(SHARED_DATA / "vis-timeline" / "basic.json").timeline
    assert [e.title for e in t.events][:2] == ["item 1", "item 2"] and len(t.events) == 6


def test_a_wrapper_object_offers_its_records() -> None:
    result = load_path(SHAPES / "timebins.json")
    assert "found 3 records at timeBins[].data" in result.warnings[0]
    first, second, third = result.timeline.events
    assert (first.title, first.start.text) == ("First thing", "2014")  # the bin's year
    assert second.start.text == "2014-05-01"
    assert claims_of(result.timeline, third) == [("Annual report 2015, p. 3", "")]
    message = problem(b'{"results": {"bindings": [{"x": 1}, {"x": 2}]}}', "q.json")
    assert "found 2 records at results.bindings, but none has a date, title" in message
    assert "none has a date" in problem(b'[{"x": 1}]', "l.json")


def test_other_objects_are_named() -> None:
    assert "GeoJSON" in problem(b'{"type": "FeatureCollection", "features": []}', "m.json")
    message = problem(b'{"name": "x", "count": 3}', "o.json")
    assert 'an object with keys "name", "count" and no list of records' in message


# -- The Timeline Project -------------------------------------------------------------------

XML = b"""<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.4.0</version>
  <timetype>gregoriantime</timetype>
  <eras><era><name>War</name><start>1950-06-25 00:00:00</start>
    <end>1953-07-27 00:00:00</end><color>200,10,10</color></era></eras>
  <categories>
    <category><name>Battle</name><color>255,0,0</color><font_color>0,0,0</font_color>
    </category>
  </categories>
  <events>
    <event><start>1950-06-25 04:00:00</start><end>1950-06-25 04:00:00</end>
      <text>Invasion</text><fuzzy>False</fuzzy><fuzzy_start>True</fuzzy_start>
      <fuzzy_end>False</fuzzy_end><locked>True</locked><ends_today>False</ends_today>
      <category>Battle</category><description>Across the 38th parallel</description>
      <hyperlink>https://en.wikipedia.org/wiki/Korean_War;https://t.me/archive/5</hyperlink>
    </event>
    <event><start>1950-09-15 00:00:00</start><end>1950-09-19 00:00:00</end>
      <text>[1]Inchon</text><fuzzy>True</fuzzy><locked>False</locked>
      <ends_today>False</ends_today></event>
    <event><start>1950-09-15 06:30:00</start><end>1950-09-15 06:30:00</end>
      <text>(1)Landing</text><milestone>True</milestone><ends_today>False</ends_today></event>
    <event><start>1953-07-27 10:00:00</start><end>1953-07-27 10:00:00</end>
      <text>Armistice talks</text><ends_today>True</ends_today></event>
  </events>
</timeline>
"""


def test_thetimelineproj_xml_imports() -> None:
    result = load_bytes(XML, "war.timeline")
    t = result.timeline
    assert result.kind == "The Timeline Project" and t.title == "war"
    invasion, inchon, landing, talks = t.events
    assert (invasion.start.text, invasion.end) == ("1950-06-25T04:00:00~", None)  # fuzzy_start
    assert invasion.tags == ("Battle",) and invasion.description == "Across the 38th parallel"
    assert claims_of(t, invasion) == [("wikipedia.org", "https://en.wikipedia.org/wiki/Korean_War"),
                                      ("t.me/archive", "https://t.me/archive/5")]
    assert invasion.extra["thetimelineproj"]["locked"] is True
    assert (inchon.title, inchon.start.text, inchon.end.text) == (
        "Inchon", "1950-09-15T00:00:00~", "1950-09-19T00:00:00~")  # fuzzy: both ends
    assert (landing.title, landing.extra["container"]) == ("Landing", "Inchon")
    assert landing.extra["thetimelineproj"]["milestone"] is True
    assert talks.end.is_open  # ends_today: still going on
    assert t.extra["tag_colors"] == {"Battle": "#ff0000"}
    assert t.extra["eras"] == [{"title": "War", "start": "1950-06-25T00:00:00",
                                "end": "1953-07-27T00:00:00", "color": "#c80a0a"}]
    again = load_bytes(to_bytes(t)).timeline  # and through the native format
    assert [e.title for e in again.events] == [e.title for e in t.events]


def test_thetimelineproj_midnight_only_files_are_days() -> None:
    xml = XML.replace(b"04:00:00", b"00:00:00").replace(b"06:30:00", b"00:00:00").replace(
        b"10:00:00", b"00:00:00")
    result = load_bytes(xml, "w.timeline")
    assert result.timeline.events[1].start.text == "1950-09-15~"
    assert "midnight" in result.warnings[0]


def test_xml_that_is_dangerous_or_not_a_timeline() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><timeline>&b;</timeline>')
    assert "document type or entities" in problem(bomb, "b.timeline")
    assert "root element is <rss>" in problem(b"<rss><channel/></rss>", "feed.xml")
    assert "XML syntax" in problem(b"<timeline><events>", "x.timeline")


@needs_shared
def test_real_thetimelineproj_files() -> None:
    example = load_path(TTP / "example.timeline").timeline
    assert [(e.title, e.start.text, e.tags) for e in example.events] == [
        ("Test", "2012-07-04T13:20:00", ("Test",))]
    sample = load_path(TTP / "timelinejs-sample.timeline")
    t = sample.timeline
    assert len(t.events) == 13 and len(t.extra["eras"]) == 2
    assert set(t.extra["tag_colors"]) == {"Välkommen", "Intro", "Funktioner", "Sparar"}
    members = [e for e in t.events if e.extra.get("container") == "Box-1"]
    assert [e.title for e in members] == ["A new event", "Bar", "Haha"]
    point = next(e for e in t.events if e.title == "Point event")
    assert point.end is None and any("end lies before the start" in w for w in sample.warnings)
    message = problem((TTP / "timelinejs-numeric-sample.timeline").read_bytes(), "n.timeline")
    assert "plain numbers (timetype numtime)" in message
    message = problem((TTP / "demo-0.3-textformat.timeline").read_bytes(), "d.timeline")
    assert "old text format" in message and "not read" in message


# -- files that are not ours ----------------------------------------------------------------

@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n...", "a PDF document"),
    (b"PK\x03\x04\x14\x00", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"<!DOCTYPE html><html><body>", "a web page (HTML)"),
    (b"SQLite format 3\x00", "an SQLite database"),
])
def test_foreign_files_are_named(data: bytes, kind: str) -> None:
    for name in ("f.json", "f.csv", "f"):
        assert f"this looks like {kind}" in problem(data, name)


# -- round trips ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in SHAPES.glob("*.csv")))
def test_csv_to_native_to_csv_keeps_every_row(name: str) -> None:
    mapping = {"title": "Actor1Name"} if name == "gdelt.csv" else None
    result = load_any(SHAPES / name, mapping)
    native = load_bytes(to_bytes(result.timeline)).timeline
    out, warnings = to_csv(native)
    assert out == (SHAPES / name).read_bytes() and not warnings


def test_an_edited_row_is_written_as_it_now_is() -> None:
    t = load_any(SHAPES / "gdelt.csv", {"title": "Actor1Name"}).timeline
    t.events[0].start = parse_date("2017-07-03")
    lines = to_csv(t)[0].decode("utf-8").splitlines()
    assert lines[1].split(",")[1] == "2017-07-03"
    assert lines[2].split(",")[1] == "20170702"  # the untouched row as it was


def test_native_claims_survive_csv() -> None:
    seed = load_path(SEED).timeline
    back = import_csv(to_csv(seed)[0], "seed.csv").timeline
    for a, b in zip(seed.events, back.events, strict=True):
        assert [(seed.source_name(c.source), c.text, c.url, c.published) for c in a.claims] == [
            (back.source_name(c.source), c.text, c.url, c.published) for c in b.claims], a.id


@needs_shared
def test_csv_export_says_what_it_leaves_out() -> None:
    t = load_path(SHARED_DATA / "timelinejs3" / "src_template_eras.json").timeline
    warnings = to_csv(t)[1]
    assert any("eras are not written" in w for w in warnings)
    assert any("media (picture or video link, caption, credit) not written" in w
               for w in warnings)


# -- properties -----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline_app.core.model.timeline import Claim, Event, Source, Timeline  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.builds(lambda h, p: f"https://{h}/{p}",
                                          st.text(max_size=60), st.text(max_size=60)))
def test_naming_a_link_never_fails(text: str) -> None:
    name = source_of_link(text)
    assert isinstance(name, str) and len(name) <= sources_from_urls.MAX_NAME
    source, url = link_claim(text)
    assert len(source) <= sources_from_urls.MAX_NAME and url in ("", text.strip())


_NAME = st.text(st.characters(categories=("L", "N"), include_characters=" .-'"),
                min_size=1, max_size=20).map(lambda s: " ".join(s.split())).filter(bool)
_QUOTE = st.text(st.characters(categories=("L", "N", "Zs"), include_characters=".,'\""),
                 max_size=30).map(str.strip)
_CLAIM = st.tuples(_NAME, st.sampled_from(["", "https://a.example/1", "https://b.example/x"]),
                   _QUOTE, st.sampled_from([None, "2024", "2024-10", "2025-01-02"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_CLAIM, min_size=1, max_size=4))
def test_claims_go_through_csv_and_back(claims: list[tuple[str, str, str, str | None]]) -> None:
    sources = {}
    for name, *_ in claims:
        sources.setdefault(name.casefold(), Source(f"s{len(sources)}", name))
    made = [Claim(sources[n.casefold()].id, text=q, url=u,
                  published=parse_date(d) if d else None) for n, u, q, d in claims]
    t = Timeline(sources=list(sources.values()),
                 events=[Event("e", "E", parse_date("2024"), claims=made)])
    back = import_csv(to_csv(t)[0], "p.csv").timeline
    got = back.events[0].claims
    assert [(t.source_name(c.source), c.url, c.text, c.published) for c in made] == [
        (back.source_name(c.source), c.url, c.text, c.published) for c in got]


def test_a_spreadsheet_whose_header_starts_with_a_bracket_is_still_csv() -> None:
    result = load_bytes(b"<b>name</b>,date,title\nx,2024,y\n", "odd.csv")
    assert result.kind == "CSV" and result.timeline.events[0].start.text == "2024"
    assert "XML syntax" in problem(b"<?xml version='1.0'?><timeline>", "x.csv")


def test_a_lone_compact_date_column_is_found_by_its_name_and_values() -> None:
    """GDELT's SQLDATE with no other date column: read as the date, with the note."""
    csv = (b"SQLDATE,Actor1Name,SOURCEURL\n20170701,RUSSIA,https://edition.cnn.com/x\n"
           b"20170702,UKRAINE,https://t.me/rybar/1\n")
    result = import_csv(csv, "gdelt-small.csv", {"title": "Actor1Name"})
    assert [e.start.text for e in result.timeline.events] == ["2017-07-01", "2017-07-02"]
    assert any('dates read from column "SQLDATE" (day precision)' in w for w in result.warnings)
    no_dates = b"SQLDATE,title\nsoon,A\nlater,B\n"  # named like a date, but no date in it
    with pytest.raises(LoadError, match="no date column"):
        import_csv(no_dates, "x.csv")
