"""Admiralty grades on the canvas: a badge with the source's reliability in its lane
header, and under a bar a mark for a claim graded low or not graded.

Low is reliability D or E and credibility 4 or 5 (F and 6, "cannot be judged", are not
low, only unknown). Only what is on screen is looked at, and nothing is drawn while no
visible claim or lane is graded, so an ungraded document looks as it always did.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.model.timeline import Event, Timeline
from timeline_app.ui.timeline.docview import DocView
from timeline_app.ui.timeline.scene import BAR_H, Scene
from timeline_app.ui.timeline.style import Fonts, Theme

LOW_RELIABILITY = frozenset("DE")
LOW_CREDIBILITY = frozenset({4, 5})
LOW, UNGRADED, GOOD = "low", "ungraded", "good"


@dataclass(frozen=True)
class SceneGrades:
    """The grades of what a frame shows: lane key -> reliability (source lanes)."""

    reliability: dict[str, str | None]
    by_source: bool

    def claim(self, event: Event, lane_key: str, timeline: Timeline) -> str:
        """LOW, UNGRADED or GOOD for the claims this bar stands for (its lane's source's,
        or every claim in lanes that are not sources): the best graded one decides."""
        claims = [c for c in event.claims if not self.by_source or c.source == lane_key]
        best = None
        for c in claims:
            source = timeline.sources.get(c.source)
            low = (c.credibility in LOW_CREDIBILITY
                   or (source is not None and source.reliability in LOW_RELIABILITY))
            graded = c.credibility is not None or (source is not None
                                                   and source.reliability is not None)
            kind = LOW if low else GOOD if graded else UNGRADED
            if kind == GOOD:
                return GOOD
            best = LOW if kind == LOW or best == LOW else kind
        return best or UNGRADED


def scene_grades(scene: Scene, doc: DocView) -> SceneGrades | None:
    """The frame's grades, or None when nothing it shows is graded (at once for a document
    without grades: no work on its frames)."""
    if not doc.graded:
        return None
    timeline = doc.timeline
    sources = timeline.sources
    by_source = scene.mode is LaneMode.SOURCE
    shown = [lane for lane in scene.lanes
             if lane.y < scene.height and lane.y + lane.h > scene.axis_h]
    reliability = {lane.key: sources[lane.key].reliability if lane.key in sources else None
                   for lane in shown} if by_source else {}
    if any(reliability.values()) or any(
            c.credibility is not None or (c.source in sources
                                          and sources[c.source].reliability is not None)
            for lane in shown for it in lane.items for c in timeline.events[it.doc].claims):
        return SceneGrades(reliability, by_source)
    return None


def paint_bar_mark(p: QPainter, kind: str, x0: float, x1: float, cy: float,
                   width: float, theme: Theme) -> None:
    """Under a bar: a solid dispute-coloured line for a low grade, a dotted muted one for
    a claim not graded (GOOD: nothing)."""
    if kind == GOOD:
        return
    y = cy + BAR_H / 2 + 2.5
    if x1 - x0 < 12:  # a point or a short bar: a short line centred under it
        x0 = x1 = (x0 + x1) / 2
        x0, x1 = x0 - 6, x1 + 6
    left, right = max(x0, -3.0), min(x1, width + 3)
    pen = (QPen(theme.dispute, 2.0) if kind == LOW
           else QPen(theme.muted, 1.2, Qt.PenStyle.DotLine))
    p.setPen(pen)
    p.drawLine(QLineF(left, y, right, y))


def badge_width(fonts: Fonts) -> float:
    return fonts.measure.width("M") + 8


def badge_room(doc: DocView, fonts: Fonts) -> float:
    """Lane-header width the reliability badges take (none unless lanes are sources of a
    document that grades something)."""
    return badge_width(fonts) + 6 if doc.graded and doc.mode is LaneMode.SOURCE else 0.0


def paint_badge(p: QPainter, x: float, y: float, h: float, grade: str | None,
                theme: Theme, fonts: Fonts) -> None:
    """A lane header's reliability: the letter boxed (filled when low), or "?" dotted."""
    w, small_h = badge_width(fonts), QFontMetricsF(fonts.small).height()
    rect = QRectF(x, y + (h - small_h) / 2 - 1, w, small_h + 2)
    p.setFont(fonts.small)
    if grade in LOW_RELIABILITY:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.dispute)
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(QColor("white"))
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        style = Qt.PenStyle.SolidLine if grade else Qt.PenStyle.DotLine
        p.setPen(QPen(theme.muted, 1, style))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(theme.text if grade else theme.muted)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, grade or "?")
