"""Time zones: zone names in dates (RFC 9557 brackets), the display clock, and what follows
it (index bounds, the date-range filter, descriptions, check and export)."""

from __future__ import annotations

import json
import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.cli import main
from timeline_app.core.formats.registry import load_bytes
from timeline_app.core.formats.saving import to_bytes
from timeline_app.core.formats.timelinejs_out import to_timelinejs
from timeline_app.core.model.dates import DateError, parse_date, parse_interval
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock, written_zone
from timeline_app.core.model.zones import (
    ZoneError,
    abbreviation,
    all_zones,
    get_zone,
    offset_at,
    wall_to_instant,
)
from timeline_app.core.query.filtering import Filter, FilterIndex
from timeline_app.core.query.index import TimeIndex

US = "2025-04-27T19:00-04:00[America/New_York]"  # the seed's "Sunday evening" in Washington
H = 3600


def utc(*args: int) -> float:
    return datetime(*args, tzinfo=UTC).timestamp()


# -- zones -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["UTC", "utc", "Z", "Etc/UTC", "GMT"])
def test_utc_names_are_utc(name: str) -> None:
    assert get_zone(name) is UTC


@pytest.mark.parametrize(("name", "hours"), [("+09:00", 9), ("-0430", -4.5), ("UTC+05:30", 5.5),
                                             ("-11", -11)])
def test_fixed_offsets(name: str, hours: float) -> None:
    assert offset_at(get_zone(name), utc(2025, 1, 1)) == hours * H


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../../etc/passwd", "/etc/localtime",
                                  "Asia/" + "x" * 80, "+25:00"])
def test_unknown_zones_are_refused_with_their_name(name: str) -> None:
    with pytest.raises(ZoneError):
        get_zone(name)


def test_the_database_lists_the_zones_users_need() -> None:
    zones = all_zones()
    assert {"Asia/Seoul", "Asia/Pyongyang", "Europe/Kyiv", "Europe/Moscow",
            "America/New_York", "UTC"} <= set(zones)
    assert list(zones) == sorted(zones)


def test_abbreviations_follow_daylight_saving() -> None:
    ny = get_zone("America/New_York")
    assert abbreviation(ny, utc(2025, 1, 15)) == "EST"
    assert abbreviation(ny, utc(2025, 7, 15)) == "EDT"
    assert abbreviation(get_zone("Asia/Pyongyang"), utc(2025, 4, 28)) == "KST"
    # Where the database has only a number, the offset is written out.
    assert abbreviation(get_zone("Asia/Dubai"), utc(2025, 4, 28)) == "UTC+04:00"


# -- dates with zone names ---------------------------------------------------------------

def test_a_zone_name_with_its_offset_is_that_instant() -> None:
    d = parse_date(US)
    assert d.text == US  # kept as written
    assert d.earliest == utc(2025, 4, 27, 23)
    assert d.latest - d.earliest == 60


def test_a_zone_name_alone_reads_the_zones_clocks() -> None:
    assert parse_date("2025-04-27T19:00[America/New_York]").earliest == utc(2025, 4, 27, 23)
    assert parse_date("2025-01-27T19:00[America/New_York]").earliest == utc(2025, 1, 28, 0)
    assert parse_date("2025-04-28T08:00[Asia/Pyongyang]").earliest == utc(2025, 4, 27, 23)


def test_an_offset_that_is_not_the_zones_is_refused() -> None:
    with pytest.raises(DateError, match=r"offset -05:00 is not America/New_York's on that "
                                        r"day \(-04:00\)"):
        parse_date("2025-04-27T19:00-05:00[America/New_York]")


def test_a_time_the_clocks_skipped_does_not_exist() -> None:
    with pytest.raises(DateError, match="02:30 did not exist in America/New_York on "
                                        "2025-03-09"):
        parse_date("2025-03-09T02:30[America/New_York]")


def test_a_time_the_clocks_repeated_is_the_earlier_instant() -> None:
    # 1 Nov 2026 01:30 happens twice in New York: first at EDT (-4), then at EST (-5).
    assert parse_date("2026-11-01T01:30[America/New_York]").earliest == utc(2026, 11, 1, 5, 30)
    assert parse_date("2026-11-01T01:30-05:00[America/New_York]").earliest == \
        utc(2026, 11, 1, 6, 30)


@pytest.mark.parametrize(("text", "message"), [
    ("2025-04-28[Asia/Seoul]", "needs a time of day"),
    ("2025-04[Asia/Seoul]", "needs a time of day"),
    ("2025-04-28T08:00[Mars/Olympus]", "unknown time zone 'Mars/Olympus'"),
    ("2025-04-28T08:00[../../etc/passwd]", "unknown time zone"),
])
def test_bad_zone_suffixes_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_date(text)


def test_z_with_a_zone_is_the_utc_instant_shown_in_that_zone() -> None:
    d = parse_date("2025-04-27T23:00Z[Asia/Seoul]~")
    assert d.earliest == utc(2025, 4, 27, 23) and d.approximate


def test_the_slash_of_a_zone_name_does_not_split_an_interval() -> None:
    start, end = parse_interval(US)
    assert end is None and start.text == US
    start, end = parse_interval(f"{US}/2025-04-28T08:00[Asia/Seoul]")
    assert start.text == US and end is not None and end.text == "2025-04-28T08:00[Asia/Seoul]"
    start, end = parse_interval("../2025-04-28T08:00[Asia/Seoul]")
    assert start.is_open and end is not None


def test_zone_names_round_trip_through_the_native_format() -> None:
    t = Timeline(events=[Event("us", "US statement", parse_date(US),
                               parse_date("2025-04-28T08:00[Asia/Pyongyang]"))])
    back = load_bytes(to_bytes(t)).timeline
    assert back.events[0].start.text == US
    assert back.events[0].end is not None
    assert back.events[0].end.text == "2025-04-28T08:00[Asia/Pyongyang]"


def test_written_zone() -> None:
    assert getattr(written_zone(parse_date(US)), "key", None) == "America/New_York"
    assert written_zone(parse_date("2025-04-28T08:00+09:00")).utcoffset(None) == \
        timedelta(hours=9)
    assert written_zone(parse_date("2025-04-28T08:00Z")) is UTC
    assert written_zone(parse_date("2025-04-28T08:00")) is UTC  # no offset means UTC
    assert written_zone(parse_date("2025-04-28")) is None


# -- the display clock -------------------------------------------------------------------

def test_details_show_a_time_as_reported_and_in_the_display_zone() -> None:
    seoul = Clock("Asia/Seoul")
    assert seoul.describe(parse_date(US)) == "Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST"
    assert UTC_CLOCK.describe(parse_date(US)) == \
        "Sun 27 Apr 2025 19:00 EDT · Sun 27 Apr 23:00 UTC"
    # Written in the display zone's own offset: said once, by the display zone's name.
    assert seoul.describe(parse_date("2025-04-28T08:00+09:00")) == "Mon 28 Apr 2025 08:00 KST"
    # Qualifiers and dates without a time are as before.
    assert seoul.describe(parse_date("2025-04-28T08:00+09:00~")).endswith(", approximate")
    assert seoul.describe(parse_date("2024-10")) == "Oct 2024 (1–31 Oct 2024)"


def test_across_the_date_line_the_year_is_said_when_it_differs() -> None:
    d = parse_date("2024-12-31T23:00-11:00[Pacific/Pago_Pago]")  # 10:00 UTC on 1 Jan 2025
    line = Clock("Pacific/Kiritimati").describe(d)
    assert line == "Tue 31 Dec 2024 23:00 SST · Thu 2 Jan 2025 00:00 UTC+14:00"


def test_only_times_of_day_move_on_the_axis() -> None:
    seoul = Clock("Asia/Seoul")
    day, timed = parse_date("2025-04-28"), parse_date(US)
    assert seoul.span(day) == (day.earliest, day.latest)  # a day is a day everywhere
    assert seoul.span(timed) == (timed.earliest + 9 * H, timed.latest + 9 * H)
    assert UTC_CLOCK.span(timed) == (timed.earliest, timed.latest)


def test_the_axis_follows_a_daylight_saving_change() -> None:
    ny = Clock("America/New_York")
    before, after = parse_date("2025-03-09T06:00Z"), parse_date("2025-03-09T08:00Z")
    assert ny.span(before)[0] == utc(2025, 3, 9, 1)  # 01:00 EST
    assert ny.span(after)[0] == utc(2025, 3, 9, 4)   # 04:00 EDT: the skipped hour is gone
    assert ny.label(ny.span(before)[0], parse_date("2025-03-09T06:00Z").precision) == \
        "9 Mar 2025 01:00 EST"
    assert ny.label(ny.span(after)[0], after.precision) == "9 Mar 2025 04:00 EDT"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-2_000_000_000, max_value=4_000_000_000),
       st.sampled_from(["Asia/Seoul", "America/New_York", "Europe/Kyiv", "Australia/Lord_Howe",
                        "Pacific/Chatham", "America/St_Johns", "Europe/London"]))
def test_offsets_are_the_databases_and_wall_times_invert(t: int, name: str) -> None:
    zone = zoneinfo.ZoneInfo(name)
    expected = datetime.fromtimestamp(t, UTC).astimezone(zone).utcoffset()
    assert expected is not None
    clock = Clock(name)
    assert clock.offset(t) == offset_at(zone, t) == expected.total_seconds()
    wall = t + clock.offset(t)
    instant, gap = wall_to_instant(zone, wall)
    assert gap is None  # a wall time that happened exists
    # In an overlap the earlier instant is taken, which shows the same wall time.
    assert instant <= t and instant + offset_at(zone, instant) == wall


def test_index_and_filter_read_the_display_zones_clocks() -> None:
    events = [Event("us", "US statement", parse_date(US)),
              Event("day", "A day", parse_date("2025-04-28"))]
    t = Timeline(events=events)
    seoul = Clock("Asia/Seoul")
    assert TimeIndex(events).lo.tolist() == [utc(2025, 4, 27, 23), utc(2025, 4, 28)]
    assert TimeIndex(events, seoul).lo.tolist() == [utc(2025, 4, 28), utc(2025, 4, 28, 8)]
    on_28 = Filter(start=parse_date("2025-04-28").earliest, end=parse_date("2025-04-28").latest)
    index = FilterIndex(t)
    assert index.mask(on_28).tolist() == [False, True]  # 27 Apr, 23:00 UTC
    index.set_clock(seoul)
    assert index.mask(on_28).tolist() == [True, True]  # 28 Apr, 08:00 KST
    index.set_clock(None)
    assert index.mask(on_28).tolist() == [False, True]


# -- check and export --------------------------------------------------------------------

@pytest.fixture
def zoned_file(tmp_path):
    path = tmp_path / "zoned.json"
    path.write_text(json.dumps({"title": "Zones", "events": [
        {"id": "us", "title": "US statement", "start": US},
        {"id": "kcna", "title": "KCNA", "start": "2025-04-28T09:00+09:00"}]}), "utf-8")
    return path


def test_check_gives_the_span_in_the_zone_asked(zoned_file, capsys) -> None:
    assert main(["check", str(zoned_file), "--tz", "Asia/Pyongyang"]) == 0
    out = capsys.readouterr().out
    assert (f"dates: {US} to 2025-04-28T09:00+09:00 (in Asia/Pyongyang: Mon 28 Apr 2025 "
            "08:00 KST to Mon 28 Apr 2025 09:00 KST)") in out
    assert main(["check", str(zoned_file)]) == 0
    assert "(in " not in capsys.readouterr().out  # without --tz: as written only


def test_an_unknown_tz_is_a_usage_error(zoned_file, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(zoned_file), "--tz", "Mars/Olympus"])
    assert exit_.value.code == 2
    assert "--tz: unknown time zone 'Mars/Olympus'" in capsys.readouterr().err


def test_export_spells_published_times_in_the_zone(zoned_file, tmp_path) -> None:
    out = tmp_path / "out.timelinejs.json"
    assert main(["export", str(zoned_file), "-o", str(out), "--tz", "Asia/Seoul"]) == 0
    slides = json.loads(out.read_text("utf-8"))["events"]
    first = slides[0]["start_date"]
    assert first["display_date"] == "Sun 27 Apr 2025 19:00 EDT · Mon 28 Apr 08:00 KST"
    assert (first["day"], first["hour"]) == ("27", "23")  # the parts stay UTC, exact
    plain, _ = to_timelinejs(load_bytes(zoned_file.read_bytes()).timeline)
    assert "display_date" not in plain["events"][0]["start_date"]  # no zone asked: as before


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1_700_000_000, max_value=1_800_000_000), min_size=1,
                max_size=50),
       st.sampled_from(["America/New_York", "Europe/Kyiv", "Australia/Lord_Howe", "UTC+05:30"]))
def test_offsets_in_bulk_are_the_offsets_one_by_one(ts: list[int], name: str) -> None:
    import numpy as np

    clock = Clock(name)
    # Around each instant, also the hours either side of it: DST changes fall inside days.
    many = np.array([t + k * 1800 for t in ts for k in range(-4, 5)], dtype=np.float64)
    assert clock.offsets(many).tolist() == [clock.offset(float(t)) for t in many]


def test_offsets_in_bulk_on_the_days_clocks_change() -> None:
    import numpy as np

    ny = Clock("America/New_York")
    spring, autumn = utc(2025, 3, 9, 7), utc(2025, 11, 2, 6)  # the moments clocks change
    many = np.array([t + k * 600 for t in (spring, autumn) for k in range(-30, 30)])
    got = ny.offsets(many).tolist()
    assert got == [ny.offset(float(t)) for t in many]
    assert set(got) == {-5 * H, -4 * H}
