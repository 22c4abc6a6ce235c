"""Lanes below the canvas are not laid out (issue 12, item 9): what is laid out equals what a
taller canvas lays out for the same lanes, nothing in view is left out, and the window still
scrolls to an event whose lane was never laid out."""

from __future__ import annotations

import pytest

from tests.ui.test_timeline_helpers import make_timeline
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.frame import fit_viewport
from timeline_app.ui.timeline.scene import build_scene
from timeline_app.ui.timeline.widget import TimelineWidget

N = 3000


@pytest.fixture(scope="module")
def doc() -> DocView:
    sources = tuple(f"s{i:04d}" for i in range(N))
    specs = [(f"e{i}", f"{2000 + i % 20}-{1 + i % 12:02d}", f"Event {i}", (s,))
             for i, s in enumerate(sources)]
    return DocView(make_timeline(specs, sources=sources))


def _scene(qtbot, doc: DocView, height: float, scroll_y: float = 0.0, fit: bool = False):
    w = TimelineWidget()
    qtbot.addWidget(w)
    fonts, _ = w._style()
    lo, hi = doc.bounds()
    return build_scene(doc, fit_viewport(lo, hi, 1400.0), 1600.0, height, fonts.measure.widths,
                       fonts.measure.height, 200.0, scroll_y=scroll_y, fit=fit)


def _geometry(scene, n: int) -> list[tuple]:
    return [(g.number, g.key, g.y, g.h, g.rows, [(it.doc, it.x0, it.y) for it in g.items])
            for g in scene.lanes[:n]]


@pytest.mark.parametrize("scroll_y", [0.0, 5000.0])
def test_lanes_laid_out_equal_a_taller_canvas_and_reach_past_the_bottom(qtbot, doc,
                                                                       scroll_y) -> None:
    small = _scene(qtbot, doc, 700.0, scroll_y)
    tall = _scene(qtbot, doc, 20_000.0, scroll_y)
    assert len(small.lanes) < len(tall.lanes) < N, "only the lanes near the view are laid out"
    assert _geometry(small, len(small.lanes)) == _geometry(tall, len(small.lanes))
    last = small.lanes[-1]
    assert last.y + last.h >= small.height, "a lane not laid out would start below the view"
    assert small.content_h >= N * small.row_h, "the scroll range still counts every lane"


def test_an_export_lays_out_only_what_the_picture_holds(qtbot, doc) -> None:
    scene = _scene(qtbot, doc, 900.0, fit=True)
    assert len(scene.lanes) < 100
    assert scene.lanes[-1].y + scene.lanes[-1].h >= 900.0


def test_scrolling_to_an_event_whose_lane_was_never_laid_out(qtbot, doc) -> None:
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.set_document(doc.timeline)
    w.show()
    target = N - 500
    assert all(g.number < w.doc_view().lanes.lanes_of(target)[0] for g in w.scene().lanes)
    w.scroll_to_doc(target)
    scene = w.scene()
    (it,) = [it for g in scene.lanes for it in g.items if it.doc == target]
    assert scene.axis_h <= it.y and it.y + scene.row_h <= w.height()


def test_lanes_of_names_every_lane_an_event_is_in(doc) -> None:
    lanes = doc.lanes
    for k in (0, 1, N // 2, N - 1):
        assert lanes.lanes_of(k) == [i for i in range(len(lanes)) if k in lanes[i].doc]
