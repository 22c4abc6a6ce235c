import itertools
import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.geometry.ticks import (
    LABEL_ALIGN,
    Tick,
    default_measure,
    ticks,
    today_seconds,
    year_text,
)
from timeline_app.core.geometry.viewport import TIME_LIMIT
from timeline_app.core.model.calendar import (
    MONTH_ABBR,
    SECONDS_PER_YEAR,
    from_seconds,
    to_seconds,
    year_start,
)

BIG_BANG = -13.8e9 * SECONDS_PER_YEAR


def labelled(result: list[Tick]) -> list[tuple[str, bool]]:
    return [(t.label, t.major) for t in result if t.label]


def assert_no_overlap(result: list[Tick], start: float, end: float, width: float,
                      gap: float = 12.0) -> None:
    scale = width / (end - start)
    boxes = []
    for tick in result:
        if tick.label:
            x, w = (tick.t - start) * scale, default_measure(tick.label)
            boxes.append((x - w / 2, x + w / 2))
    for (_, right), (left, _) in itertools.pairwise(boxes):
        assert left - right >= gap - 1e-6


def test_months_of_2024() -> None:
    start, end = to_seconds(2024), to_seconds(2024, 12, 31)
    result = ticks(start, end, 1600)
    assert [t.t for t in result] == [to_seconds(2024, m) for m in range(1, 13)]
    assert result[0] == Tick(to_seconds(2024), "2024", True)
    assert [t.label for t in result[1:]] == [
        "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    ]
    assert not any(t.major for t in result[1:])


def test_two_hours_gives_quarter_hours() -> None:
    start = to_seconds(2024, 10, 18, 9)
    result = ticks(start, start + 7200, 480)
    assert [t.t for t in result] == [start + 900 * i for i in range(9)]
    assert result[0].label == "09:00" and result[-1].label == "11:00"


def test_two_hours_wider_gives_finer_minutes() -> None:
    start = to_seconds(2024, 10, 18, 9)
    result = ticks(start, start + 7200, 1000)
    assert [t.t for t in result] == [start + 600 * i for i in range(13)]


def test_hours_have_day_majors() -> None:
    start, end = to_seconds(2024, 10, 17), to_seconds(2024, 10, 20)
    result = ticks(start, end, 1000)
    majors = [t for t in result if t.major]
    assert [t.label for t in majors] == ["17 Oct 2024", "18 Oct 2024", "19 Oct 2024",
                                          "20 Oct 2024"]
    assert [t.t for t in majors] == [to_seconds(2024, 10, d) for d in (17, 18, 19, 20)]
    assert all(from_seconds(t.t)[4] == 0 for t in result)


def test_days_with_month_majors_in_44_bc() -> None:
    start, end = to_seconds(-43, 3, 1), to_seconds(-43, 4, 1)
    result = ticks(start, end, 1000)
    assert result[0] == Tick(start, "Mar 44 BC", True)
    ides = next(t for t in result if t.t == to_seconds(-43, 3, 15))
    assert ides.label == "15" and not ides.major
    assert result[-1] == Tick(end, "Apr 44 BC", True)
    assert all(from_seconds(t.t)[3:5] == (0, 0) for t in result)


def test_weeks_fall_on_mondays() -> None:
    start, end = to_seconds(2024, 10, 1), to_seconds(2024, 11, 10)
    result = ticks(start, end, 1000)
    minors = [t for t in result if not t.major]
    assert minors and all(int(t.t // 86400 + 3) % 7 == 0 for t in minors)  # 1970-01-05 Mon
    assert labelled(result)[:3] == [("Oct 2024", True), ("7 Oct", False), ("14 Oct", False)]


def test_bc_years_read_as_round_numbers() -> None:
    result = ticks(year_start(-60), year_start(-30), 1000)
    assert ("44 BC", False) in labelled(result)
    assert ("50 BC", True) in labelled(result)
    forty_four = next(t for t in result if t.label == "44 BC")
    assert forty_four.t == year_start(-43)  # astronomical -43 is 44 BC


def test_era_boundary_has_ad_1() -> None:
    result = ticks(year_start(-300), year_start(300), 1000)
    assert labelled(result) == [
        ("300 BC", True), ("250 BC", False), ("200 BC", True), ("150 BC", False),
        ("100 BC", True), ("50 BC", False), ("AD 1", True), ("50", False),
        ("100", True), ("150", False), ("200", True), ("250", False), ("300", True),
    ]


def test_ten_thousand_bc() -> None:
    result = ticks(year_start(-12000), year_start(2025), 1000)
    assert ("10,000 BC", True) in labelled(result)
    assert ("2000 BC", False) in labelled(result)


def test_deep_time_uses_powers_of_ten_years() -> None:
    end = to_seconds(2025)
    result = ticks(BIG_BANG, end, 3000)
    labels = labelled(result)
    assert ("10 billion years ago", True) in labels
    assert ("13 billion years ago", False) in labels
    years_ago = [1 - round(t.t / SECONDS_PER_YEAR + 1970) for t in result if t.t < 0]
    assert all(y % 1_000_000_000 == 0 for y in years_ago)
    assert len({t.label for t in result}) == len(result)


def test_deep_time_labels_keep_enough_precision() -> None:
    result = ticks(-1.2e6 * SECONDS_PER_YEAR, -1.1e6 * SECONDS_PER_YEAR, 1000)
    assert "1.18 million years ago" in [t.label for t in result]
    result = ticks(-150e3 * SECONDS_PER_YEAR, -149e3 * SECONDS_PER_YEAR, 1000)
    assert [t.label for t in result][:2] == ["148,000 BC", "147,900 BC"]


def test_year_text() -> None:
    assert year_text(2024) == "2024"
    assert year_text(-43) == "44 BC"
    assert year_text(-9999, 1000) == "10,000 BC"
    assert year_text(-99_999, 10_000) == "100 thousand years ago"
    assert year_text(1 - 13_800_000_000, 100_000_000) == "13.8 billion years ago"
    assert year_text(1 - 100_000_000, 10_000_000) == "100 million years ago"
    assert year_text(1 - 1_234_500, 100) == "1,234,500 BC"
    assert year_text(25_000) == "25,000"
    assert year_text(2_000_000, 1_000_000) == "AD 2 million"


def test_today_seconds() -> None:
    assert abs(today_seconds() - time.time()) < 5
    assert LABEL_ALIGN == "center"


def test_degenerate_inputs_give_no_ticks() -> None:
    for args in [
        (math.nan, 1.0, 100.0), (0.0, math.inf, 100.0), (5.0, 5.0, 100.0), (6.0, 5.0, 100.0),
        (0.0, 1e6, 0.5), (0.0, 1e6, math.nan), (0.0, 1e6, -100.0), (2e18, 3e18, 500.0),
    ]:
        assert ticks(*args) == []


def test_hostile_measure_never_crashes() -> None:
    start, end = to_seconds(2000), to_seconds(2030)
    assert ticks(start, end, 1000, measure=lambda s: math.nan) == []
    assert ticks(start, end, 1000, measure=lambda s: math.inf) == []
    for measure in (lambda s: -5.0, lambda s: 0.0):
        result = ticks(start, end, 1000, measure=measure, min_gap_px=0)
        assert 0 < len(result) <= 500


# --- properties ------------------------------------------------------------------------

views = st.tuples(
    st.floats(min_value=-1.1e18, max_value=1.1e18),  # start
    st.floats(min_value=math.log10(60), max_value=18.4),  # log10 of span
    st.floats(min_value=1.0, max_value=4000.0),  # width
)


@settings(max_examples=400, deadline=None)
@given(views)
def test_labels_never_overlap_and_count_is_bounded(view: tuple[float, float, float]) -> None:
    start, log_span, width = view
    end = start + 10**log_span
    result = ticks(start, end, width)
    assert len(result) <= width / 2
    lo, hi = max(start, -TIME_LIMIT), min(end, TIME_LIMIT)
    if hi <= lo:
        assert result == []
        return
    assert all(lo <= t.t <= hi for t in result)
    assert all(a.t < b.t for a, b in itertools.pairwise(result))
    assert all(t.label for t in result if t.major)
    assert_no_overlap(result, lo, hi, width)


def check_label_matches_date(tick: Tick) -> None:
    """Each label names the calendar boundary its tick sits on."""
    y, m, d, hh, mm, ss = from_seconds(tick.t)
    words = tick.label.split()
    assert ss == 0
    if ":" in tick.label:  # 09:00
        assert tick.label == f"{hh:02d}:{mm:02d}"
    elif words[0] in MONTH_ABBR:  # "Oct" or "Oct 2024"
        assert (MONTH_ABBR.index(words[0]) + 1, d, hh, mm) == (m, 1, 0, 0)
    elif words[0].isdigit() and len(words) > 1 and words[1] in MONTH_ABBR:  # "18 Oct [2024]"
        assert (int(words[0]), MONTH_ABBR[m - 1], hh, mm) == (d, words[1], 0, 0)
    elif tick.label.isdigit() and not tick.major and int(tick.label) <= 31 and (m, d) != (1, 1):
        assert (int(tick.label), hh, mm) == (d, 0, 0)  # day of month
    else:  # a year
        assert (m, d, hh, mm) == (1, 1, 0, 0)
        assert tick.label in (year_text(y), year_text(y, 10), year_text(y, 1000))


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-3e14, max_value=3e14),
       st.floats(min_value=math.log10(60), max_value=13.0),
       st.floats(min_value=100.0, max_value=3000.0))
def test_labels_match_calendar_boundaries(start: float, log_span: float, width: float) -> None:
    result = ticks(start, start + 10**log_span, width)
    for tick in result:
        if tick.label:
            check_label_matches_date(tick)
    years = [t for t in result if t.label and t.t == year_start(from_seconds(t.t)[0])]
    assert len({t.label for t in years}) == len(years)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True),
       st.floats(allow_nan=True, allow_infinity=True),
       st.floats(allow_nan=True, allow_infinity=True),
       st.floats(allow_nan=True, allow_infinity=True))
def test_never_raises(start: float, end: float, width: float, gap: float) -> None:
    result = ticks(start, end, width, min_gap_px=gap)
    assert isinstance(result, list)
    if result:
        assert len(result) <= width / 2
