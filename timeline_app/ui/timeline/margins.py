"""The margins of the painted timeline: the lane headers down the left and the time axis
along the top. Shared by the screen and every export through `painter.paint_scene`; long
lane names wrap to a second line where the lane has the room, rather than being elided.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.frame import lane_count
from timeline_app.ui.timeline.grade_marks import badge_width, paint_badge
from timeline_app.ui.timeline.scene import Scene
from timeline_app.ui.timeline.style import Fonts, Theme

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def header_lines(title: str, fm: QFontMetricsF, width: float, most: int) -> list[str]:
    """A lane name on up to `most` lines of `width`: broken at spaces, the last line elided
    (a name with no space to break at is elided on one line)."""
    if most < 2 or fm.horizontalAdvance(title) <= width:
        return [fm.elidedText(title, Qt.TextElideMode.ElideRight, width)]
    words = title.split(" ")
    first = words[0]
    for n in range(1, len(words)):
        wider = " ".join(words[:n + 1])
        if fm.horizontalAdvance(wider) > width:
            break
        first = wider
    rest = title[len(first):].strip()
    if not rest or fm.horizontalAdvance(first) > width:
        return [fm.elidedText(title, Qt.TextElideMode.ElideRight, width)]
    return [first, *header_lines(rest, fm, width, most - 1)]


def paint_headers(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts,
                  lane_color: Callable[[str], QColor], controls: bool,
                  grades: Mapping[str, str | None] | None = None) -> None:
    """Each lane's colour strip, disclosure triangle (with `controls`), name, count and,
    given `grades` (lane key -> reliability), the source's reliability badge."""
    hw, line_h = scene.header_w, scene.text_h + 4
    p.save()
    p.setClipRect(QRectF(0, scene.axis_h, hw, scene.height - scene.axis_h))
    p.fillRect(QRectF(0, scene.axis_h, hw, scene.height - scene.axis_h), theme.window)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fm = QFontMetricsF(fonts.label)
    small_fm = QFontMetricsF(fonts.small)
    for lane in scene.lanes:
        if lane.y > scene.height or lane.y + lane.h < scene.axis_h:
            continue
        top = lane.y + 2
        p.fillRect(QRectF(0, lane.y, 4, lane.h), lane_color(lane.color))
        # Disclosure triangle: pointing down when open, right when collapsed.
        cx, cy = 13.0, top + line_h / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.muted)
        tri = ([QPointF(cx - 3, cy - 4), QPointF(cx + 3, cy), QPointF(cx - 3, cy + 4)]
               if lane.collapsed else
               [QPointF(cx - 4, cy - 2), QPointF(cx + 4, cy - 2), QPointF(cx, cy + 3)])
        if controls:
            p.drawPolygon(QPolygonF(tri))
        count = lane_count(lane.total, lane.undated)
        title_w = hw - 26 - small_fm.horizontalAdvance(count) - 8
        if grades is not None and lane.key in grades:
            badge_x = hw - 6 - small_fm.horizontalAdvance(count) - 6 - badge_width(fonts)
            paint_badge(p, badge_x, top, line_h, grades[lane.key], theme, fonts)
            title_w -= badge_width(fonts) + 6
        p.setFont(fonts.label)
        p.setPen(theme.text)
        two = lane.h >= 2 * scene.text_h + 6  # room for a second line: wrap, not elide
        for i, line in enumerate(header_lines(lane.title, fm, title_w, 2 if two else 1)):
            p.drawText(QRectF(22, top + i * scene.text_h, title_w, line_h), _ALIGN_LEFT, line)
        p.setFont(fonts.small)
        p.setPen(theme.muted)
        p.drawText(QRectF(hw - 6 - small_fm.horizontalAdvance(count) - 2, top,
                          small_fm.horizontalAdvance(count) + 2, line_h), _ALIGN_LEFT, count)
        p.setPen(QPen(theme.grid_major, 1))
        p.drawLine(QLineF(0, lane.y + lane.h, scene.width, lane.y + lane.h))
    p.setPen(QPen(theme.grid_major, 1))
    p.drawLine(QLineF(hw - 0.5, scene.axis_h, hw - 0.5, scene.height))
    p.restore()


def paint_axis(p: QPainter, scene: Scene, theme: Theme, fonts: Fonts) -> None:
    """Ticks, their labels, "today" and the lane column's caption along the top."""
    hw, ah = scene.header_w, scene.axis_h
    p.fillRect(QRectF(0, 0, scene.width, ah), theme.window)
    p.setPen(QPen(theme.grid_major, 1))
    p.drawLine(QLineF(0, ah - 0.5, scene.width, ah - 0.5))
    vp = scene.vp
    scale = vp.width / vp.span
    p.save()
    p.setClipRect(QRectF(hw, 0, scene.canvas_w, ah))
    p.translate(hw, 0)
    marks = []
    for tick in scene.ticks:
        x = (tick.t - vp.start) * scale
        marks.append(QLineF(x, ah - (7 if tick.major else 4), x, ah))
    p.setPen(QPen(theme.muted, 1))
    p.drawLines(marks)
    for tick in scene.ticks:
        if not tick.label:
            continue
        x = (tick.t - vp.start) * scale
        p.setFont(fonts.bold if tick.major else fonts.label)
        p.setPen(theme.text if tick.major else theme.muted)
        p.drawText(QRectF(x - 150, 2, 300, ah - 8), _ALIGN_CENTER, tick.label)
    if scene.today_x is not None:
        p.setFont(fonts.small)
        p.setPen(theme.today)
        word = tr("today")
        tw = QFontMetricsF(fonts.small).horizontalAdvance(word) + 4
        if scene.today_x + 3 + tw < scene.canvas_w:
            p.drawText(QRectF(scene.today_x + 3, ah - 14, tw, 12), _ALIGN_LEFT, word)
        else:  # near the right edge: the word goes to the line's left, not off the canvas
            p.drawText(QRectF(scene.today_x - 3 - tw, ah - 14, tw, 12), _ALIGN_RIGHT, word)
    p.restore()
    p.setFont(fonts.small)
    p.setPen(theme.muted)
    p.drawText(QRectF(6, 0, hw - 8, ah), _ALIGN_LEFT, _lanes_caption(scene))
    if scene.zone != "UTC" or scene.vp.span < 3 * 86400:  # the axis's zone, where it matters
        p.drawText(QRectF(6, 0, hw - 12, ah), _ALIGN_RIGHT, scene.zone)


def _lanes_caption(scene: Scene) -> str:
    """The header column's caption, over the lane names: what the lanes are."""
    captions = {"source": tr("Sources", "lanes"), "tag": tr("Tags", "lanes"),
                "status": tr("Status", "lanes")}
    return captions.get(scene.mode.value, tr("Events", "lanes"))
