"""Moving and resizing written dates: snapped to precision, qualifiers kept, always valid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.model.calendar import SECONDS_PER_YEAR
from timeline_app.core.model.dates import OPEN, parse_date
from timeline_app.core.model.shift import move_dates, resize_end, resize_start, shift_date

MONTH = SECONDS_PER_YEAR / 12
DAY = 86400.0


@pytest.mark.parametrize(("text", "delta", "want"), [
    ("2024-06", 2 * MONTH, "2024-08"),
    ("2024-06", 2.4 * MONTH, "2024-08"),  # snapped to whole months
    ("2024-11", 3 * MONTH, "2025-02"),  # calendar months across a year
    ("2025-04~", -3 * MONTH, "2025-01~"),  # qualifiers kept
    ("2024?", 1.1 * SECONDS_PER_YEAR, "2025?"),
    ("2024-10-18%", 10.4 * DAY, "2024-10-28%"),
    ("2024-01-31", 31 * DAY, "2024-03-02"),
    ("-0044-03-15", 20 * DAY, "-0044-04-04"),
    ("0001", -2 * SECONDS_PER_YEAR, "-0001"),  # astronomical years: 0 is 1 BC
    ("9999", SECONDS_PER_YEAR, "Y10000"),
    ("Y-13800000000", -5 * SECONDS_PER_YEAR, "Y-13800000005"),
    ("2024-21", 6 * MONTH, "2024-23"),  # seasons step by quarters
    ("2024-24", 3 * MONTH, "2025-21"),
    ("2024-10-18T09:30:00+09:00", 30.2 * 3600, "2024-10-19T15:42:00+09:00"),
    ("2024-10-18T23:59Z", 120, "2024-10-19T00:01Z"),
    ("2024-10-18T09", 5.2 * 3600, "2024-10-18T14"),
    ("2024-06", 0.3 * MONTH, "2024-06"),
])
def test_shift_snaps_to_precision_and_keeps_the_form(text, delta, want) -> None:
    got = shift_date(parse_date(text), delta)
    assert got is not None and got.text == want


@pytest.mark.parametrize("text", ["202X", "2024-XX", "2024-10-XX", "9999-12"])
def test_unspecified_or_unwritable_dates_refuse_to_move(text) -> None:
    assert shift_date(parse_date(text), 2 * MONTH) is None


def test_open_stays_open_and_a_range_moves_by_one_delta() -> None:
    assert shift_date(OPEN, 5 * MONTH) is OPEN
    start, end = move_dates(parse_date("2024-10"), parse_date("2025-04~"), 2 * MONTH)
    assert (start.text, end.text) == ("2024-12", "2025-06~")
    # The coarser precision sets the step, so the range keeps its length.
    start, end = move_dates(parse_date("2024-10"), parse_date("2024-12-15"), 20 * DAY)
    assert (start.text, end.text) == ("2024-11", "2025-01-15")
    assert move_dates(parse_date("202X"), parse_date("2030"), SECONDS_PER_YEAR) is None


def test_resizing_snaps_at_its_own_precision_and_never_crosses_the_other_end() -> None:
    start, end = parse_date("2024-10"), parse_date("2025-04~")
    assert resize_end(start, end, 2.2 * MONTH).text == "2025-06~"
    assert resize_end(start, end, -40 * MONTH).text == "2024-10~"  # stops at the start
    assert resize_start(start, end, 40 * MONTH).text == "2025-04"
    assert resize_start(start, end, -1 * MONTH).text == "2024-09"
    assert resize_end(start, OPEN, MONTH) is None


_FORMS = st.sampled_from(["2024", "-0044", "2024-02", "2024-02-29", "2024-02-29T23:59",
                          "2024-02-29T23:59:30.5+05:30", "2024-22", "Y-100000", "0000-12-31",
                          "2023-10-15T08"])


@given(_FORMS, st.sampled_from(["", "~", "?", "%"]),
       st.floats(-3e11, 3e11, allow_nan=False))
def test_a_shifted_date_is_always_valid_and_keeps_its_qualifier(form, qual, delta) -> None:
    d = parse_date(form + qual)
    got = shift_date(d, delta)
    if got is None:
        return
    assert parse_date(got.text) == got
    assert got.precision == d.precision
    assert (got.approximate, got.uncertain) == (d.approximate, d.uncertain)
