"""Who said what, when (issue 13): claims at their `published` date in the source's lane,
joined to their event; View > Claims by Date Said; the quote on hover; and in exports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from timeline_app.core.model.calendar import to_seconds
from timeline_app.ui.timeline.export import ExportRequest, render_image
from timeline_app.ui.timeline.said_marks import said_marks
from timeline_app.ui.timeline.widget import TimelineWidget


@pytest.fixture
def view(qtbot, seed_timeline):
    w = TimelineWidget()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.set_document(seed_timeline)
    return w


def _marks(view, source: str):
    scene, doc = view.scene(), view.doc_view()
    events = doc.timeline.events
    return [m for m in said_marks(scene, doc)
            if events[m.doc].claims[m.claim].source == source]


def test_marks_sit_at_the_date_said_in_the_sources_lane(view) -> None:
    view.set_said_marks(True)
    scene = view.scene()
    (nis_lane,) = [lane for lane in scene.lanes if lane.key == "nis"]
    nis = _marks(view, "nis")
    assert len(nis) == 2  # two figures, both said in January 2025
    mid_january = to_seconds(2025, 1, 16, 12)
    for m in nis:
        assert nis_lane.y <= m.y < nis_lane.y + nis_lane.h
        assert abs(view.header_width() + m.x - view.x_of(mid_january)) < 2
    gerasimov = _marks(view, "gerasimov")
    assert gerasimov and all(m.x > nis[0].x for m in gerasimov)  # April, after January
    # No date said, no mark: the story does not say when Zelenskyy gave his figure.
    assert _marks(view, "zelenskyy") == []
    # A claim said after its event is joined to the event's end.
    (deploy,) = [m for m in _marks(view, "yonhap")
                 if view.doc_view().timeline.events[m.doc].id == "deployment-2024-10"]
    assert deploy.join_x < deploy.x


def test_toggle_draws_and_hides_the_marks(view) -> None:
    before = view.grab().toImage()
    view.set_said_marks(True)
    shown = view.grab().toImage()
    assert shown != before
    view.set_said_marks(False)
    assert view.grab().toImage() == before


def test_hover_shows_the_quote(view) -> None:
    view.set_said_marks(True)
    (m, _) = _marks(view, "nis")
    pos = QPoint(round(view.header_width() + m.x), round(m.y))
    QTest.mouseMove(view, pos)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    text = QToolTip.text()
    assert "<b>National Intelligence Service (NIS)</b> said, Jan 2025" in text
    assert "approximately 300 North Korean soldiers had died in combat" in text
    QToolTip.hideText()


def test_view_menu_toggle(qtbot, seeded) -> None:
    action = seeded.said_action
    assert action.isCheckable() and not action.isChecked()
    assert action in seeded.menu.view.actions()
    action.trigger()
    assert seeded.timeline.said_marks_shown()
    action.trigger()
    assert not seeded.timeline.said_marks_shown()


def test_export_draws_the_marks_only_when_asked(seed_timeline) -> None:
    plain = render_image(seed_timeline, ExportRequest(900, 600))
    said = render_image(seed_timeline, ExportRequest(900, 600, said=True))
    assert plain != said
    assert render_image(seed_timeline, ExportRequest(900, 600)) == plain


def test_quotes_are_escaped_in_the_tooltip(view, seed_timeline) -> None:
    for claim in (c for e in seed_timeline.events for c in e.claims if c.source == "nis"):
        claim.text = "<img src=x onerror=alert(1)> 300"
    view.set_document(seed_timeline)
    view.set_said_marks(True)
    m = _marks(view, "nis")[0]
    tip = view.said_tooltip_html(QPoint(round(view.header_width() + m.x), round(m.y)))
    assert "&lt;img" in tip and "<img" not in tip


def test_marks_get_room_clear_of_the_bar_and_the_row_below(view) -> None:
    """The rows grow while the marks are shown: a mark clears its bar's outline (disputed
    and hollow events are outlined 2 px out) and ends before the next row's label."""
    from timeline_app.ui.timeline.said_marks import SIZE
    from timeline_app.ui.timeline.scene import BAR_H

    rows_before = {lane.key: lane.h for lane in view.scene().lanes}
    view.set_said_marks(True)
    scene = view.scene()
    assert any(lane.h > rows_before[lane.key] for lane in scene.lanes)
    for m in said_marks(scene, view.doc_view()):
        item = next(it for lane in scene.lanes for it in lane.items if it.doc == m.doc
                    and abs(scene.bar_y(it) + 5 + BAR_H / 2 - m.y) < 0.01)
        bar_bottom = scene.bar_y(item) + BAR_H / 2
        assert m.y - 1.0 > bar_bottom + 2.0  # the mark's 2 px line clears the outline
        assert m.y + SIZE <= item.y + scene.row_h  # and stays in its own row
    view.set_said_marks(False)
    assert {lane.key: lane.h for lane in view.scene().lanes} == rows_before


def test_the_legend_explains_the_marks_when_they_are_shown(seed_timeline) -> None:
    from timeline_app.ui.timeline.legend import entries, said_entry

    assert said_entry() not in entries() and said_entry() in entries(said=True)
    plain = render_image(seed_timeline, ExportRequest(width=900, height=600))
    said = render_image(seed_timeline, ExportRequest(width=900, height=600, said=True))
    legend_rows = slice(plain.height() - 40, plain.height())
    differs = any(plain.pixel(x, y) != said.pixel(x, y) for y in range(legend_rows.start,
                  legend_rows.stop) for x in range(0, 900, 3))
    assert differs  # the said entry is drawn in the legend of marks
