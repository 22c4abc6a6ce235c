"""Who said what, when: each claim drawn at the date its source made it (`published`).

A small diamond in the source's lane, on the row of the event it speaks about, joined to
that event by a dotted line, so a reader sees that NIS spoke in January 2025 and Gerasimov
in April about events that happened earlier. A date said is a period like any other: when
it is wider than the diamond it is drawn as a bracket over the whole period, so a claim
said "in 2025" is not pinned to the middle of the year. The marks run just under the
event's bar (dashed when the date is approximate), in `ROOM` pixels the rows get while the
marks are shown, so they touch neither the bar's outline nor the row below. In lanes that
are not sources (tags, status) every claim of the event gets its mark. Hovering a mark shows
the source, the date and the quote (escaped).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.ui.disagreements import figure
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import DocView, clean_label
from timeline_app.ui.timeline.scene import BAR_H, Scene
from timeline_app.ui.timeline.style import Theme

SIZE = 3.5        # half the diamond's diagonal, in pixels
ROOM = 5.0        # extra pixels under each row while the marks are shown (build_scene)
BELOW = BAR_H / 2 + 5.0  # the marks run under the event's bar, clear of its outline
HIT = 6.0         # hover slop
QUOTE_CHARS = 400


@dataclass(frozen=True, slots=True)
class SaidMark:
    x: float          # canvas x of the date said (the middle of its period)
    lo: float         # the period's extent
    hi: float
    y: float          # scene y: the event's bar line in this lane
    join_x: float     # where the dotted line meets the event (its nearer edge)
    doc: int          # the event
    claim: int        # index of the claim in the event
    fuzzy: bool       # approximate, uncertain or unspecified date


def said_marks(scene: Scene, doc: DocView) -> list[SaidMark]:
    """The marks for the claims of the events laid out in `scene` (detail lanes only)."""
    vp = scene.vp
    scale = vp.width / vp.span
    events = doc.timeline.events
    clock = doc.clock
    by_source = scene.mode is LaneMode.SOURCE
    out: list[SaidMark] = []
    for lane in scene.lanes:
        if lane.density is not None or lane.collapsed:
            continue
        for it in lane.items:
            for k, claim in enumerate(events[it.doc].claims):
                said = claim.published
                if said is None or said.is_open or (by_source and claim.source != lane.key):
                    continue
                lo, hi = ((t - vp.start) * scale for t in clock.span(said))
                x = (lo + hi) / 2
                near = hi if hi < it.x0 else lo if lo > it.x1 else x
                join = it.x0 if near < it.x0 else it.x1 if near > it.x1 else near
                out.append(SaidMark(x, lo, hi, scene.bar_y(it) + BELOW, join, it.doc, k,
                                    said.is_fuzzy))
    return out


def paint_said(p: QPainter, scene: Scene, doc: DocView, theme: Theme) -> None:
    """Draw the marks (called by the painter inside the canvas clip, after the events)."""
    marks = said_marks(scene, doc)
    if not marks:
        return
    ink = QColor(theme.text)
    fill = QColor(theme.base)
    dotted = QPen(theme.muted, 1.0, Qt.PenStyle.DotLine)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for m in marks:
        wide = m.hi - m.lo > 2 * SIZE
        left, right = (m.lo, m.hi) if wide else (m.x - SIZE, m.x + SIZE)
        if m.join_x < left or m.join_x > right:
            p.setPen(dotted)
            p.drawLine(QLineF(m.join_x, m.y, left if m.join_x < left else right, m.y))
        style = Qt.PenStyle.DashLine if m.fuzzy else Qt.PenStyle.SolidLine
        p.setPen(QPen(ink, 1.3, style))
        p.setBrush(fill)
        if wide:  # |——|: some time within the period
            a, b = max(m.lo, -4.0), min(m.hi, scene.canvas_w + 4)
            p.setPen(QPen(ink, 2.0, style, Qt.PenCapStyle.FlatCap))
            p.drawLine(QLineF(a, m.y, b, m.y))
            p.setPen(QPen(ink, 1.3))
            p.drawLines([QLineF(x, m.y - SIZE, x, m.y + SIZE) for x in (m.lo, m.hi)
                         if -4.0 <= x <= scene.canvas_w + 4])
        else:
            p.drawPolygon(QPolygonF([QPointF(m.x - SIZE, m.y), QPointF(m.x, m.y - SIZE),
                                     QPointF(m.x + SIZE, m.y), QPointF(m.x, m.y + SIZE)]))
    p.restore()


def mark_at(scene: Scene, doc: DocView, x: float, y: float) -> SaidMark | None:
    """The mark under canvas point (x, y), the nearest if several."""
    best: SaidMark | None = None
    best_d = HIT * HIT
    for m in said_marks(scene, doc):
        dx = 0.0 if m.hi - m.lo > 2 * SIZE and m.lo <= x <= m.hi else m.x - x
        d = dx ** 2 + (m.y - y) ** 2
        if d <= best_d:
            best, best_d = m, d
    return best


def mark_tooltip_html(doc: DocView, mark: SaidMark) -> str:
    """Source, when it said it, the quote and the event it speaks about; all escaped."""
    event = doc.timeline.events[mark.doc]
    claim = event.claims[mark.claim]
    name = clean_label(doc.timeline.source_name(claim.source), 200)
    when = doc.clock.describe(claim.published) if claim.published is not None else ""
    quote = clean_label(claim.text, QUOTE_CHARS)
    lines = [tr("{source} said, {when}:").format(source=f"<b>{html.escape(name)}</b>",
                                                 when=html.escape(when))]
    if quote:
        lines.append(f"“{html.escape(quote)}”")
    if claim.value is not None:
        lines.append(html.escape(figure(claim)))
    if claim.stance.value == "denies":
        lines.append(f"<i>{html.escape(tr('Denies'))}</i>")
    lines.append(tr("About: {title}").format(title=html.escape(clean_label(event.title, 200))))
    return "<br>".join(lines)
