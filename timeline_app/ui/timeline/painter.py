"""Paints a `Scene` with a QPainter: the one drawing path for the screen, PNG, SVG and PDF.

All text is drawn with `drawText` as plain text (titles come from untrusted files). Geometry
is in logical pixels, so high-DPI screens get crisp lines and text without special cases.
Uncertainty is drawn, not hidden: a date's whole period is a faded extent with edge marks,
approximate or uncertain parts are hatched, open ends carry arrows, and disputed events get
a warning badge and a dashed outline in the dispute colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from timeline_app.core.geometry.layout import compact_count
from timeline_app.ui.timeline import era_bands
from timeline_app.ui.timeline.docview import (
    DENIED,
    DISPUTED,
    END_FUZZY,
    END_OPEN,
    MULTI,
    RANGED,
    START_FUZZY,
    START_OPEN,
    DocView,
    clean_label,
)
from timeline_app.ui.timeline.grade_marks import SceneGrades, paint_bar_mark, scene_grades
from timeline_app.ui.timeline.margins import paint_axis, paint_headers
from timeline_app.ui.timeline.said_marks import paint_said
from timeline_app.ui.timeline.scene import (
    BADGE_W,
    BAR_H,
    BIN_PX,
    MARKER_R,
    Item,
    LaneGeom,
    Scene,
)
from timeline_app.ui.timeline.style import Fonts, Theme, mix

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


@dataclass
class Marks:
    """What changes without a re-layout: selection, search matches, the hovered event."""

    selected: set[int] | frozenset[int] = field(default_factory=frozenset)
    highlighted: set[int] | frozenset[int] = field(default_factory=frozenset)
    hover: int | None = None
    said: bool = False  # claims drawn at the date they were said (View > Claims by Date Said)


class _Swatch:
    """The pens and brushes of one colour, made once per frame."""

    __slots__ = ("faded", "hatch", "pen", "solid")

    def __init__(self, color: QColor, theme: Theme) -> None:
        self.solid = color
        self.faded = QColor(color)
        self.faded.setAlpha(theme.fade_alpha)
        # On a dark background the thin hatch lines need a lighter tone to stay visible.
        hatch = mix(color, QColor("white"), 0.3) if theme.dark else color
        self.hatch = QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        self.pen = QPen(color, 1.2)


def paint_scene(p: QPainter, scene: Scene, doc: DocView, theme: Theme, fonts: Fonts,
                marks: Marks | None = None, controls: bool = True) -> None:
    """Draw the whole frame in widget coordinates (lane headers on the left, axis on top).
    Without `controls` (an export) the lanes' collapse triangles are left out."""
    marks = marks or Marks()
    w, h, hw = scene.width, scene.height, scene.header_w
    p.fillRect(QRectF(0, 0, w, h), theme.base)
    for lane in scene.lanes:
        if lane.number % 2 and lane.y + lane.h > scene.axis_h and lane.y < h:
            p.fillRect(QRectF(0, lane.y, w, lane.h), theme.alt)

    swatches: dict[str, _Swatch] = {}

    def swatch(key: str) -> _Swatch:
        s = swatches.get(key)
        if s is None:
            spec, number = scene.colors.get(key, (None, len(swatches)))
            s = swatches[key] = _Swatch(theme.lane_color(spec, number), theme)
        return s

    p.save()
    p.setClipRect(QRectF(hw, scene.axis_h, scene.canvas_w, h - scene.axis_h))
    p.translate(hw, 0)
    _eras(p, scene, theme, fonts)
    _grid(p, scene, theme)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    peak = max((int(g.density.max()) for g in scene.lanes if g.density is not None
                and len(g.density)), default=0)
    grades = scene_grades(scene, doc)
    for lane in scene.lanes:
        if lane.y > h or lane.y + lane.h < scene.axis_h:
            continue
        if lane.density is not None:
            _density(p, scene, lane, swatch(lane.color), peak, theme, fonts)
            _pinned_ticks(p, scene, lane, theme)
        _items(p, scene, lane, doc, theme, fonts, marks, swatch, grades)
    _connectors(p, scene, marks, theme)
    if marks.said:
        paint_said(p, scene, doc, theme)
    p.restore()
    paint_headers(p, scene, theme, fonts, lambda key: swatch(key).solid, controls,
                  grades.reliability if grades is not None and grades.by_source else None)
    paint_axis(p, scene, theme, fonts)


def paint_band(p: QPainter, band: QRectF, theme: Theme) -> None:
    """The rubber band of a drag-select: a translucent highlight, outlined."""
    color = QColor(theme.highlight)
    color.setAlpha(50)
    p.fillRect(band, color)
    p.setPen(QPen(theme.highlight, 1))
    p.drawRect(band)


def _eras(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    """Eras as translucent full-height bands (alternating tints, so neighbours stay apart)
    with their titles at the top of the canvas, behind the grid and the events."""
    if not scene.eras:
        return
    top, bottom = scene.axis_h, scene.height
    fm = QFontMetricsF(fonts.small)
    p.setFont(fonts.small)
    if len(scene.eras) > era_bands.BANDS_ABOVE:  # one image, not a rectangle per era
        p.setPen(theme.muted)
        era_bands.paint_many(p, scene, theme.highlight, fm)
        return
    for k, (title, x0, x1) in enumerate(scene.eras):
        tint = QColor(theme.highlight)
        tint.setAlpha(26 if k % 2 else 44)
        p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), tint)
        left, right = max(x0, 0.0) + 4, min(x1, scene.canvas_w) - 4
        if right - left > 12:
            p.setPen(theme.muted)
            p.drawText(QRectF(left, top + 1, right - left, fm.height() + 2), _ALIGN_LEFT,
                       fm.elidedText(title, Qt.TextElideMode.ElideRight, right - left))


def _grid(p: QPainter, scene: Scene, theme: Theme) -> None:
    vp, top, bottom = scene.vp, scene.axis_h, scene.height
    scale = vp.width / vp.span
    minor, major = [], []
    for tick in scene.ticks:
        x = (tick.t - vp.start) * scale
        (major if tick.major else minor).append(QLineF(x, top, x, bottom))
    p.setPen(QPen(theme.grid, 1))
    p.drawLines(minor)
    p.setPen(QPen(theme.grid_major, 1))
    p.drawLines(major)
    if scene.today_x is not None:
        pen = QPen(theme.today, 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QLineF(scene.today_x, top, scene.today_x, bottom))


def _density(p: QPainter, scene: Scene, lane: LaneGeom, sw: _Swatch, peak: int,
             theme: Theme, fonts: Fonts) -> None:
    """A histogram band of how many events overlap each bin, scaled by the square root so
    sparse bins still show. The image is made once per layout and kept in the lane."""
    counts = lane.density
    band_h = max(4, int(lane.h - 8 if not lane.collapsed else lane.rows * scene.row_h - 2))
    top = lane.y + 3
    if counts is None or not len(counts) or peak <= 0:
        return
    key = ("band", sw.solid.rgba(), peak, band_h)
    if key not in lane.cache:
        # One pixel per bin, scaled up when drawn (nearest neighbour keeps edges crisp).
        heights = np.ceil(np.sqrt(counts / peak) * band_h).astype(np.int32)
        heights[(counts > 0) & (heights < 2)] = 2
        c, alpha = sw.solid, 190
        pixel = np.uint32((alpha << 24) | (c.red() * alpha // 255) << 16
                          | (c.green() * alpha // 255) << 8 | (c.blue() * alpha // 255))
        filled = np.arange(band_h, dtype=np.int32)[:, None] >= band_h - heights[None, :]
        data = filled.astype(np.uint32) * pixel
        image = QImage(data.data, len(counts), band_h, len(counts) * 4,
                       QImage.Format.Format_ARGB32_Premultiplied)
        lane.cache.clear()
        lane.cache[key] = (image, data)  # the array owns the pixels
    p.drawImage(QRectF(0, top, len(counts) * BIN_PX, band_h), lane.cache[key][0])
    if lane.collapsed or band_h < 2 * scene.row_h - 4:
        return
    # Count clusters: how many events each stretch of about 90 px holds.
    group = max(1, int(90 * len(counts) / scene.canvas_w))
    p.setFont(fonts.small)
    p.setPen(theme.text)
    bin_w = scene.canvas_w / len(counts)
    for a in range(0, len(counts), group):
        total = int(counts[a:a + group].max())
        if total:
            rect = QRectF(a * bin_w, top, group * bin_w, scene.row_h * 0.8)
            p.drawText(rect, _ALIGN_CENTER, compact_count(total))


def _items(p: QPainter, scene: Scene, lane: LaneGeom, doc: DocView, theme: Theme,
           fonts: Fonts, marks: Marks, swatch, grades: SceneGrades | None = None) -> None:
    events = doc.timeline.events
    dispute_ring = QPen(theme.dispute, 1.4, Qt.PenStyle.DashLine)
    dispute_box = QPen(theme.dispute, 1.2)  # dashes along a long bar cost milliseconds
    label_fm = fonts.measure.metrics
    for it in lane.items:
        sw = swatch(it.color)
        cy = scene.bar_y(it)
        selected = it.doc in marks.selected
        if it.denies:
            _hollow(p, it, cy, sw, scene.canvas_w)
        elif it.point:
            _marker(p, it, cy, sw, theme, selected or it.doc == marks.hover)
        else:
            _bar(p, it, cy, sw, scene.canvas_w, theme)
        if grades is not None:
            kind = grades.claim(events[it.doc], lane.key, doc.timeline)
            paint_bar_mark(p, kind, it.x0, it.x1, cy, scene.canvas_w, theme)
        if it.flags & DISPUTED:
            p.setPen(dispute_ring if it.point else dispute_box)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if it.point:
                cx = (it.x0 + it.x1) / 2
                p.drawEllipse(QPointF(cx, cy), MARKER_R + 2.5, MARKER_R + 2.5)
            else:
                p.drawRect(QRectF(max(it.x0, -3), cy - BAR_H / 2 - 2,
                                  min(it.x1, scene.canvas_w + 3) - max(it.x0, -3), BAR_H + 4))
            _badge(p, it.label_x - BADGE_W, it.y + scene.text_h / 2 + 1, theme)
        rect = QRectF(it.label_x - 2, it.y + 1, it.label_w + 4, scene.text_h + 1)
        if selected:
            p.fillRect(rect, theme.highlight)
        elif it.doc in marks.highlighted:
            p.fillRect(rect, theme.search)
        if it.doc == marks.hover and not selected:
            p.setPen(QPen(theme.highlight, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)
        text = clean_label(events[it.doc].title)
        if it.elide:
            text = label_fm.elidedText(text, Qt.TextElideMode.ElideRight, it.label_w)
        p.setFont(fonts.strike if it.flags & DENIED else fonts.label)
        p.setPen(theme.highlight_text if selected else
                 theme.muted if it.flags & DENIED else theme.text)
        if it.flipped:  # right-aligned: the text ends where the event does
            p.drawText(QRectF(it.label_x - 2, it.y + 1, it.label_w + 2, scene.text_h + 1),
                       _ALIGN_RIGHT, text)
        else:
            p.drawText(QRectF(it.label_x, it.y + 1, it.label_w + 2, scene.text_h + 1),
                       _ALIGN_LEFT, text)
    if len(lane.overflow_x):
        _overflow(p, scene, lane, theme, fonts)
    _more(p, lane, theme, fonts)


def _overflow(p: QPainter, scene: Scene, lane: LaneGeom, theme: Theme, fonts: Fonts) -> None:
    """The lane's foot: a tick for each event without a row (left of its note)."""
    top, strip_h = lane.y + lane.h - lane.overflow_h, lane.overflow_h
    stop = lane.more_box[0] - 4 if lane.more_box is not None else scene.canvas_w
    lines = [QLineF(x, top + 3, x, top + strip_h - 3)
             for x in np.unique(np.round(lane.overflow_x)).tolist() if x < stop]
    p.setPen(QPen(theme.muted, 1))
    p.drawLines(lines)


def _more(p: QPainter, lane: LaneGeom, theme: Theme, fonts: Fonts) -> None:
    """What the lane holds beyond what it draws whole: a note to click ("+N more")."""
    if lane.more_box is None:
        return
    a, b, c, d = lane.more_box
    box = QRectF(a, b, c - a, d - b)
    p.fillRect(box, theme.window)
    p.setPen(QPen(theme.highlight, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(box)
    p.setFont(fonts.small)
    p.drawText(box, _ALIGN_CENTER, lane.more_text)


def _pinned_ticks(p: QPainter, scene: Scene, lane: LaneGeom, theme: Theme) -> None:
    """Matches inside a density band beyond the ones drawn whole: marked in the band."""
    if not len(lane.pinned_x):
        return
    top, bottom = lane.y + 3, lane.y + lane.rows * scene.row_h
    p.setPen(QPen(theme.search.darker(140), 2))
    p.drawLines([QLineF(x, top, x, bottom) for x in np.unique(np.round(lane.pinned_x)).tolist()])


def _hollow(p: QPainter, it: Item, cy: float, sw: _Swatch, width: float) -> None:
    """The lane's source denies the event: its mark drawn as a dashed outline only."""
    p.setPen(QPen(sw.solid, 1.5, Qt.PenStyle.DashLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    if it.point:
        p.drawEllipse(QPointF((it.x0 + it.x1) / 2, cy), MARKER_R, MARKER_R)
    else:
        lo, hi = max(it.x0, -4.0), min(it.x1, width + 4.0)
        p.drawRect(QRectF(lo, cy - BAR_H / 2, hi - lo, BAR_H))


def _marker(p: QPainter, it: Item, cy: float, sw: _Swatch, theme: Theme, ring: bool) -> None:
    cx = (it.x0 + it.x1) / 2
    fuzzy = it.flags & (START_FUZZY | END_FUZZY)
    p.setPen(QPen(sw.solid, 1.5))
    p.setBrush(sw.faded if fuzzy else sw.solid)
    if it.flags & RANGED:  # a short range: a diamond, so it does not read as one date
        r = MARKER_R + 0.5
        p.drawPolygon(QPolygonF([QPointF(cx - r, cy), QPointF(cx, cy - r),
                                 QPointF(cx + r, cy), QPointF(cx, cy + r)]))
    else:
        p.drawEllipse(QPointF(cx, cy), MARKER_R, MARKER_R)
    if ring:
        p.setPen(QPen(theme.highlight, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(cx, cy), MARKER_R + 3, MARKER_R + 3)


def _bar(p: QPainter, it: Item, cy: float, sw: _Swatch, width: float, theme: Theme) -> None:
    lo, hi = max(it.x0, -4.0), min(it.x1, width + 4.0)
    top = cy - BAR_H / 2
    p.setPen(Qt.PenStyle.NoPen)
    p.fillRect(QRectF(lo, top, hi - lo, BAR_H), sw.faded)
    f = it.flags
    has_core = it.c1 > it.c0
    if f & START_FUZZY:
        end = it.c0 if has_core else hi
        p.fillRect(QRectF(lo, top, max(0.0, min(end, hi) - lo), BAR_H), sw.hatch)
    if f & END_FUZZY and has_core:
        start = max(it.c1, lo)
        p.fillRect(QRectF(start, top, max(0.0, hi - start), BAR_H), sw.hatch)
    if has_core:
        c0, c1 = max(it.c0, lo), min(it.c1, hi)
        if c1 > c0:
            p.fillRect(QRectF(c0, top, c1 - c0, BAR_H), sw.solid)
    # Edge marks: a period has boundaries even when nothing inside it is known.
    p.setPen(QPen(sw.solid, 1.5))
    edges = []
    if not f & START_OPEN and it.x0 >= -1:
        edges.append(QLineF(it.x0, top - 2, it.x0, top + BAR_H + 2))
    if not f & END_OPEN and it.x1 <= width + 1:
        edges.append(QLineF(it.x1, top - 2, it.x1, top + BAR_H + 2))
    if edges:
        p.drawLines(edges)
    p.setBrush(sw.solid)
    if f & START_OPEN and it.x0 >= -8:
        _arrow(p, it.x0, cy, -1)
    if f & END_OPEN and it.x1 <= width + 8:
        _arrow(p, it.x1, cy, 1)


def _arrow(p: QPainter, x: float, cy: float, direction: int) -> None:
    d = 7.0 * direction
    p.drawPolygon(QPolygonF([QPointF(x + d, cy), QPointF(x, cy - 6), QPointF(x, cy + 6)]))


def _badge(p: QPainter, x: float, cy: float, theme: Theme) -> None:
    """A small warning triangle: disputed is told by shape, not by colour alone."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.dispute)
    p.drawPolygon(QPolygonF([QPointF(x + 1, cy + 5), QPointF(x + 6, cy - 6),
                             QPointF(x + 11, cy + 5)]))
    p.setPen(QPen(QColor("white"), 1.5))
    p.drawLine(QLineF(x + 6, cy - 2.5, x + 6, cy + 1.2))
    p.drawPoint(QPointF(x + 6, cy + 3.2))


def _connectors(p: QPainter, scene: Scene, marks: Marks, theme: Theme) -> None:
    """Tie together the copies of a selected or hovered event shown in several lanes."""
    wanted = set(marks.selected)
    if marks.hover is not None:
        wanted.add(marks.hover)
    if not wanted:
        return
    found: dict[int, list[Item]] = {}
    for lane in scene.lanes:
        for it in lane.items:
            if it.doc in wanted and it.flags & MULTI:
                found.setdefault(it.doc, []).append(it)
    pen = QPen(theme.highlight, 1.2, Qt.PenStyle.DotLine)
    p.setPen(pen)
    for copies in found.values():
        if len(copies) < 2:
            continue
        ys = [scene.bar_y(it) for it in copies]
        x = copies[0].x0 if not copies[0].point else (copies[0].x0 + copies[0].x1) / 2
        p.drawLine(QLineF(max(x, 1.0), min(ys), max(x, 1.0), max(ys)))
