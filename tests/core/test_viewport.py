import math
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.geometry.viewport import (
    MAX_SPAN,
    MAX_WIDTH,
    MIN_SPAN,
    SINGLE_EVENT_SPAN,
    TIME_LIMIT,
    Viewport,
    min_span_at,
)
from timeline_app.core.model.calendar import SECONDS_PER_YEAR, to_seconds, year_of, year_start

T2024 = to_seconds(2024)
DAY = 86400.0


def assert_legal(v: Viewport) -> None:
    assert isinstance(v, Viewport)
    assert all(math.isfinite(x) for x in (v.start, v.span, v.width))
    assert MIN_SPAN <= v.span <= MAX_SPAN
    assert v.span >= min_span_at(v.start + v.span / 2)
    assert 1.0 <= v.width <= MAX_WIDTH
    assert v.start >= -TIME_LIMIT
    assert v.end <= TIME_LIMIT
    assert v.clamped() == v


def test_mapping_round_trips() -> None:
    v = Viewport(T2024, 366 * DAY, 1000.0)
    assert v.x_of(T2024) == 0.0
    assert v.x_of(v.end) == pytest.approx(1000.0)
    assert v.t_of(500.0) == pytest.approx(T2024 + 183 * DAY)
    assert v.x_of(v.t_of(123.4)) == pytest.approx(123.4)


def test_mapping_tolerates_degenerate_viewport() -> None:
    v = Viewport(0.0, 0.0, 0.0)
    assert math.isfinite(v.x_of(10.0))
    assert math.isfinite(v.t_of(10.0))


def test_zoom_keeps_anchor_and_scales_span() -> None:
    v = Viewport(T2024, 100 * DAY, 1000.0)
    anchor_t = v.t_of(250.0)
    z = v.zoomed(4.0, 250.0)
    assert z.span == pytest.approx(25 * DAY)
    assert z.t_of(250.0) == pytest.approx(anchor_t, abs=1e-3)
    assert v.zoomed(0.5, 250.0).span == pytest.approx(200 * DAY)


def test_zoom_limits() -> None:
    v = Viewport(T2024, 100 * DAY, 1000.0)
    assert v.zoomed(1e30, 500.0).span == MIN_SPAN
    assert v.zoomed(1e-30, 500.0).span == MAX_SPAN
    for bad in (0.0, -2.0, math.nan, math.inf):
        assert v.zoomed(bad, 500.0) == v


def test_zoom_anchor_outside_widget_is_pulled_to_edge() -> None:
    v = Viewport(T2024, 100 * DAY, 1000.0)
    assert v.zoomed(2.0, 5000.0) == v.zoomed(2.0, 1000.0)
    assert v.zoomed(2.0, math.nan) == v.zoomed(2.0, 500.0)


def test_pan_direction() -> None:
    v = Viewport(T2024, 100 * DAY, 1000.0)
    assert v.panned(100.0).start == pytest.approx(T2024 - 10 * DAY)
    assert v.panned(-100.0).start == pytest.approx(T2024 + 10 * DAY)
    assert v.panned(math.inf).start == -TIME_LIMIT
    assert v.panned(-math.inf).end == TIME_LIMIT
    assert v.panned(math.nan) == v


def test_resize_keeps_start_and_scale() -> None:
    v = Viewport(T2024, 100 * DAY, 1000.0)
    r = v.resized(1500.0)
    assert r.start == v.start
    assert r.width == 1500.0
    assert r.span / r.width == pytest.approx(v.span / v.width)
    assert v.resized(math.nan) == v
    assert v.resized(-5.0).width == 1.0


def test_centered_on() -> None:
    v = Viewport(T2024, 10 * DAY, 1000.0)
    c = v.centered_on(to_seconds(1066, 10, 14))
    assert c.span == v.span
    assert c.t_of(500.0) == pytest.approx(to_seconds(1066, 10, 14))
    assert v.centered_on(math.inf).end == TIME_LIMIT


def test_fit_adds_margins() -> None:
    lo, hi = to_seconds(1900), to_seconds(2000)
    v = Viewport.fit(lo, hi, 1000.0)
    assert v.start == pytest.approx(lo - 0.05 * (hi - lo))
    assert v.end == pytest.approx(hi + 0.05 * (hi - lo))
    assert Viewport.fit(hi, lo, 1000.0) == v  # order does not matter


def test_fit_single_event_shows_a_year_around_it() -> None:
    t = to_seconds(2024, 10, 18, 9)
    v = Viewport.fit(t, t, 800.0)
    assert v.span == SINGLE_EVENT_SPAN
    assert v.t_of(400.0) == pytest.approx(t)


def test_fit_tiny_range_uses_min_span() -> None:
    v = Viewport.fit(T2024, T2024 + 1.0, 800.0)
    assert v.span == MIN_SPAN
    assert v.start <= T2024 and v.end >= T2024 + 1.0


def test_fit_deep_time() -> None:
    big_bang = -13.8e9 * SECONDS_PER_YEAR
    v = Viewport.fit(big_bang, T2024, 1200.0)
    assert v.start < big_bang and v.end > T2024
    assert v.span == pytest.approx((T2024 - big_bang) * 1.1)
    assert_legal(v)


def test_fit_huge_range_is_clamped_around_centre() -> None:
    v = Viewport.fit(-1e30, 1e30, 1000.0)
    assert v.span == MAX_SPAN
    assert v.start + v.span / 2 == pytest.approx(0.0, abs=1e3)


@pytest.mark.parametrize(
    ("lo", "hi"), [(math.nan, math.nan), (math.inf, -math.inf), (math.nan, math.inf)]
)
def test_fit_without_finite_bounds_shows_current_year(lo: float, hi: float) -> None:
    v = Viewport.fit(lo, hi, 1000.0)
    assert_legal(v)
    mid_year = year_of(v.start + v.span / 2)
    assert abs(mid_year - year_of(time.time())) <= 1
    assert v.span == pytest.approx(
        (year_start(mid_year + 1) - year_start(mid_year)) * 1.1, rel=0.01
    )


def test_fit_with_one_finite_bound_shows_it() -> None:
    v = Viewport.fit(math.nan, T2024, 1000.0)
    assert v.span == SINGLE_EVENT_SPAN
    assert v.t_of(500.0) == pytest.approx(T2024)


def test_clamped_repairs_garbage() -> None:
    for v in (
        Viewport(math.nan, math.nan, math.nan),
        Viewport(math.inf, -math.inf, -3.0),
        Viewport(-math.inf, math.inf, math.inf),
        Viewport(0.0, 0.0, 0.0),
        Viewport(1e300, 1e300, 1e300),
    ):
        assert_legal(v.clamped())


def test_min_span_grows_in_deep_time() -> None:
    assert min_span_at(T2024) == MIN_SPAN
    assert min_span_at(-13.8e9 * SECONDS_PER_YEAR) > SECONDS_PER_YEAR
    assert min_span_at(math.nan) == min_span_at(TIME_LIMIT)
    v = Viewport(-13.8e9 * SECONDS_PER_YEAR, 1e12, 1000.0).zoomed(1e20, 500.0)
    assert SECONDS_PER_YEAR < v.span < 10 * SECONDS_PER_YEAR  # floats are ~64 s apart there
    assert v.t_of(0.0) < v.t_of(1.0) < v.t_of(1000.0)


# --- properties ------------------------------------------------------------------------

any_float = st.floats(allow_nan=True, allow_infinity=True)
times = st.floats(min_value=-2e18, max_value=2e18)
spans = st.floats(min_value=1.0, max_value=3e18)
widths = st.floats(min_value=1.0, max_value=5000.0)

operations = st.one_of(
    st.tuples(st.just("zoom"), any_float, any_float),
    st.tuples(st.just("zoom"), st.floats(0.01, 100.0), st.floats(-10.0, 5000.0)),
    st.tuples(st.just("pan"), any_float),
    st.tuples(st.just("pan"), st.floats(-5000.0, 5000.0)),
    st.tuples(st.just("resize"), any_float),
    st.tuples(st.just("resize"), widths),
    st.tuples(st.just("fit"), any_float, any_float, any_float),
    st.tuples(st.just("fit"), times, times, widths),
    st.tuples(st.just("center"), any_float),
    st.tuples(st.just("center"), times),
)


def apply(v: Viewport, op: tuple) -> Viewport:
    name, *args = op
    if name == "zoom":
        return v.zoomed(*args)
    if name == "pan":
        return v.panned(*args)
    if name == "resize":
        return v.resized(*args)
    if name == "center":
        return v.centered_on(*args)
    return Viewport.fit(*args)


@settings(max_examples=300)
@given(any_float, any_float, any_float, st.lists(operations, max_size=12))
def test_any_sequence_stays_legal(start: float, span: float, width: float, ops: list) -> None:
    v = Viewport(start, span, width).clamped()
    assert_legal(v)
    for op in ops:
        v = apply(v, op)
        assert_legal(v)
        assert math.isfinite(v.x_of(v.start)) and math.isfinite(v.t_of(v.width))


@settings(max_examples=300)
@given(times, spans, widths, st.floats(1e-3, 1e3), st.floats(0.0, 1.0))
def test_zoom_keeps_instant_under_anchor(
    start: float, span: float, width: float, factor: float, frac: float
) -> None:
    v = Viewport(start, span, width).clamped()
    anchor_x = frac * v.width
    anchor_t = v.t_of(anchor_x)
    z = v.zoomed(factor, anchor_x)
    assert_legal(z)
    if z.start == -TIME_LIMIT or z.end >= TIME_LIMIT or z.span == MAX_SPAN:
        return  # clamped against the limits: the anchor may legitimately move
    tolerance = 1e-9 * z.span + 8 * math.ulp(max(abs(anchor_t), abs(z.start), abs(z.end)))
    assert abs(z.t_of(anchor_x) - anchor_t) <= tolerance
