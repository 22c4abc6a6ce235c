"""The legend of the timeline's marks: what hatching, arrows, ⚠, bands and stances mean.

One painter for the window's overlay (View > Legend) and for exported pictures, so the
picture explains itself exactly as the screen does. Each entry draws a small sample with
the same shapes the painter uses, then its words; entries flow left to right and wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.style import Fonts, Theme

Entry = tuple[str, str]  # (kind of sample, words)


def base_entries() -> tuple[Entry, ...]:
    """The marks every timeline may show, in the window's language."""
    return (
        ("solid", tr("solid: surely within the dates")),
        ("faded", tr("faded: the whole period a date may mean")),
        ("hatch", tr("hatched: approximate or uncertain extent")),
        ("arrow", tr("arrow: open end (no known end or start)")),
        ("disputed", tr("⚠ dashed outline: disputed")),
        ("denies", tr("hollow: this lane's source denies it")),
        ("denied", tr("struck through: denied")),
        ("band", tr("band: density (event counts)")),
        ("more", tr("+N more: events without a row (in the window, a click shows them)")),
    )


def said_entry() -> Entry:
    """Only while claims are drawn at the date they were said (View > Claims by Date Said,
    --said)."""
    return ("said", tr("◇ or |–| under a bar, dotted to it: when its source said it"))


def grade_entries() -> tuple[Entry, ...]:
    """Only while the document grades something (Admiralty reliability and credibility)."""
    return (
        ("grade_low",
         tr("orange underline, orange badge: low grade (reliability D–E, credibility 4–5)")),
        ("grade_none", tr("dotted underline, ? badge: not graded")),
    )

SAMPLE_W = 28.0
GAP = 18.0
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def entries(said: bool = False, grades: bool = False) -> tuple[Entry, ...]:
    return (*base_entries(), *((said_entry(),) if said else ()),
            *(grade_entries() if grades else ()))


def _rows(width: float, fonts: Fonts, said: bool = False,
          grades: bool = False) -> list[list[tuple[float, float, str, str]]]:
    rows: list[list[tuple[float, float, str, str]]] = [[]]
    x = 8.0
    for kind, text in entries(said, grades):
        w = SAMPLE_W + 6 + fonts.measure.width(text)
        if x + w > width - 8 and rows[-1]:
            rows.append([])
            x = 8.0
        rows[-1].append((x, w, kind, text))
        x += w + GAP
    return rows


def legend_height(width: float, fonts: Fonts, said: bool = False,
                  grades: bool = False) -> float:
    """Height the legend needs when it flows across `width` pixels."""
    return 8.0 + len(_rows(width, fonts, said, grades)) * (fonts.measure.height + 8)


def legend_width(fonts: Fonts, said: bool = False, grades: bool = False) -> float:
    """Width of the widest entry: the legend as a single column."""
    return 16.0 + max(SAMPLE_W + 6 + fonts.measure.width(t) for _, t in entries(said, grades))


def paint_legend(p: QPainter, rect: QRectF, theme: Theme, fonts: Fonts,
                 color: QColor | None = None, said: bool = False,
                 grades: bool = False) -> None:
    """The legend in `rect` (filled with the window colour, framed)."""
    color = QColor(color) if color is not None else QColor(theme.muted)
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, theme.window)
    p.setPen(QPen(theme.grid_major, 1))
    p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    line_h = fonts.measure.height + 8
    for r, row in enumerate(_rows(rect.width(), fonts, said, grades)):
        y = rect.top() + 4 + r * line_h
        for x, w, kind, text in row:
            sample = QRectF(rect.left() + x, y + line_h / 2 - 5, SAMPLE_W, 10)
            _sample(p, kind, sample, color, theme, fonts)
            p.setFont(fonts.strike if kind == "denied" else fonts.label)
            p.setPen(theme.text)
            p.drawText(QRectF(sample.right() + 6, y, w - SAMPLE_W - 6 + 4, line_h), _LEFT,
                       text)
    p.restore()


def paint_corner_legend(p: QPainter, area: QRectF, canvas_w: float, theme: Theme,
                        fonts: Fonts, said: bool, grades: bool) -> None:
    """The window's legend (View > Legend) as a column in the bottom right of `area`."""
    w = min(legend_width(fonts, said, grades), canvas_w - 8)
    h = legend_height(w, fonts, said, grades)
    paint_legend(p, QRectF(area.right() - w - 6, area.bottom() - h - 6, w, h), theme, fonts,
                 said=said, grades=grades)


def _sample(p: QPainter, kind: str, r: QRectF, color: QColor, theme: Theme,
            fonts: Fonts) -> None:
    faded = QColor(color)
    faded.setAlpha(theme.fade_alpha)
    p.setPen(Qt.PenStyle.NoPen)
    cy = r.center().y()
    if kind == "solid":
        p.fillRect(r, color)
    elif kind == "faded":
        p.fillRect(r, faded)
        p.setPen(QPen(color, 1.5))
        p.drawLines([QLineF(r.left(), r.top() - 2, r.left(), r.bottom() + 2),
                     QLineF(r.right(), r.top() - 2, r.right(), r.bottom() + 2)])
    elif kind == "hatch":
        p.fillRect(r, faded)
        p.fillRect(r, QBrush(color, Qt.BrushStyle.BDiagPattern))
    elif kind == "arrow":
        p.fillRect(QRectF(r.left(), r.top(), r.width() - 8, r.height()), color)
        p.setBrush(color)
        x = r.right() - 8
        p.drawPolygon(QPolygonF([QPointF(x + 7, cy), QPointF(x, cy - 6), QPointF(x, cy + 6)]))
    elif kind == "disputed":
        p.fillRect(r.adjusted(12, 0, 0, 0), color)
        p.setPen(QPen(theme.dispute, 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r.adjusted(10, -2, 2, 2))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.dispute)
        x = r.left()
        p.drawPolygon(QPolygonF([QPointF(x + 1, cy + 5), QPointF(x + 5, cy - 5),
                                 QPointF(x + 9, cy + 5)]))
    elif kind == "denies":
        p.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
    elif kind == "denied":
        p.fillRect(r, faded)
        p.setPen(QPen(theme.text, 1.2))
        p.drawLine(QLineF(r.left(), cy, r.right(), cy))
    elif kind == "band":
        for k, h in enumerate((3, 6, 10, 7, 4, 8, 2)):
            p.fillRect(QRectF(r.left() + k * 4, r.bottom() - h, 4, h), color)
    elif kind == "said":  # an event's bar; under it, later, the diamond joined by dots
        p.fillRect(QRectF(r.left(), r.top(), 12, 5), color)
        y = r.bottom() + 1
        p.setPen(QPen(theme.text, 1.0, Qt.PenStyle.DotLine))
        p.drawLine(QLineF(r.left() + 12, y, r.right() - 8, y))
        p.setPen(QPen(theme.text, 1.3))
        p.setBrush(theme.base)
        x = r.right() - 4
        p.drawPolygon(QPolygonF([QPointF(x - 4.5, y), QPointF(x, y - 4.5),
                                 QPointF(x + 4.5, y), QPointF(x, y + 4.5)]))
    elif kind in ("grade_low", "grade_none"):
        p.fillRect(QRectF(r.left(), r.top(), r.width(), 6), color)
        low = kind == "grade_low"
        p.setPen(QPen(theme.dispute, 2.0) if low
                 else QPen(theme.muted, 1.2, Qt.PenStyle.DotLine))
        p.drawLine(QLineF(r.left(), r.bottom() + 1, r.right(), r.bottom() + 1))
    elif kind == "more":
        p.setFont(fonts.small)
        p.setPen(theme.highlight)
        p.drawText(r.adjusted(-2, -4, 4, 4), _LEFT, tr("+N", "the legend's sample of +N more"))
