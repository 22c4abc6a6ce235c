"""Random zoom, pan and resize sequences never raise and keep the view legal."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.ui.test_timeline_helpers import make_timeline, wheel
from timeline_app.core.geometry.viewport import MAX_SPAN, MIN_SPAN, TIME_LIMIT
from timeline_app.ui.timeline.widget import TimelineWidget

STEPS = st.lists(st.one_of(
    st.tuples(st.just("wheel"), st.integers(-2400, 2400), st.floats(-50, 1300)),
    st.tuples(st.just("pan"), st.floats(-1e4, 1e4), st.just(0.0)),
    st.tuples(st.just("resize"), st.integers(100, 1400), st.integers(80, 700)),
    st.tuples(st.just("zoom"), st.floats(1e-3, 1e3), st.floats(-1e3, 1e4)),
), min_size=1, max_size=12)


@pytest.fixture(scope="module")
def view(qapp):
    w = TimelineWidget()
    w.set_document(make_timeline([("a", "-0044-03-15", "Caesar"), ("b", "Y-13800000000", "Big"),
                                  ("c", "2024-10~/..", "Open"), ("d", "2024-10-18T09:30Z", "T")]))
    w.resize(900, 400)
    yield w
    w.deleteLater()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(STEPS)
def test_random_sequences_stay_in_bounds(view, steps) -> None:
    for kind, a, b in steps:
        if kind == "wheel":
            wheel(view, b, 100, dy=a)
        elif kind == "pan":
            view.set_viewport(view.viewport().panned(a))
        elif kind == "resize":
            view.resize(a, b)
        else:
            view.set_viewport(view.viewport().zoomed(a, b))
        vp = view.viewport()
        assert all(math.isfinite(v) for v in (vp.start, vp.span, vp.width))
        assert MIN_SPAN <= vp.span <= MAX_SPAN
        assert vp.start >= -TIME_LIMIT and vp.end <= TIME_LIMIT
        assert vp.width == pytest.approx(max(1.0, view.width() - view.header_width()))
    scene = view.scene()
    assert scene is not None
    view.grab()
