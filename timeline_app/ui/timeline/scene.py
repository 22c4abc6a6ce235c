"""The plain description of one frame: axis ticks, lanes, and where each visible event goes.

`build_scene` is a pure function of the document view, the viewport, the pixel size and a
text-measuring function, with no Qt in it: the widget caches its result per (viewport, size,
lanes generation, collapsed lanes, scroll) and paints it on every repaint; export builds one
and paints it on a QImage, an SVG or a PDF through the same painter. Only the events in view
are touched: per lane a bisect on the sorted arrays, then either one item per event (packed
into rows so labels never overlap) or, when there are more than the lane can label, a
density band of counts per two-pixel bin that splits into events as you zoom in.

A label sits on the line above its marker or bar and starts where the event does; near the
right edge of the canvas it flips to end where the event ends (`place_labels`), and rows are
packed on the union of each mark and its label as placed, so flipped labels never overlap.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.geometry.layout import (
    allocate_rows,
    compact_count,
    pack_rows,
    place_labels,
    use_detail,
)
from timeline_app.core.geometry.ticks import Tick, ticks, today_seconds
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.ui.timeline.colors import STATUS_COLORS
from timeline_app.ui.timeline.docview import DISPUTED, DocView, clean_label

POINT_PX = 7.0  # extents narrower than this are drawn as a marker
MARKER_R = 4.5
BAR_H = 10.0
BADGE_W = 14.0  # the disputed badge before a label
MAX_LABEL_PX = 440.0  # longer titles are elided (about 70 characters fit)
PACK_GAP = 8.0
BIN_PX = 2
LANE_PAD = 4.0
OVERFLOW_H = 6.0
# Beyond this many events drawn one by one in a frame, the densest lanes become bands.
FRAME_ITEM_CAP = 1000
_FAR = 1e6  # pixel coordinates are clamped to +-this so painting never sees huge floats

FIT_LEFT_PX = 24.0
FIT_RIGHT_PX = 220.0  # room for the labels of the last events, unless measured
FIT_LAST_EVENTS = 20  # whose labels `fit_margin` measures

Measure = Callable[[list[str]], np.ndarray]

HEADER_MIN_PX = 120.0  # the default lane-header width, from the longest lane name, is
HEADER_MAX_PX = 260.0  # kept within these bounds
HEADER_SHARE = 0.35  # and takes at most this share of the view's width
HEADER_FLOOR_PX = 60.0  # no header is narrower, however it was sized


def header_need(titles: list[str], counts: list[int], measure: Measure) -> float:
    """The lane-header width that shows every lane's name and count unelided (as the painter
    lays them out: disclosure triangle, name, count in the small font), kept within
    [HEADER_MIN_PX, HEADER_MAX_PX]."""
    if not titles:
        return HEADER_MIN_PX
    names = measure([clean_label(t) for t in titles])
    numbers = measure([compact_count(n) for n in counts]) * 0.85
    need = float(np.max(names + numbers)) + 40.0
    return float(min(max(math.ceil(need), HEADER_MIN_PX), HEADER_MAX_PX))


def fit_header(want: float, width: float, share: float = HEADER_SHARE) -> float:
    """A header of `want` pixels on a view `width` wide: at most `share` of it, whole pixels."""
    return float(max(HEADER_FLOOR_PX, min(math.floor(want), math.floor(width * share))))


def fit_margin(doc: DocView, measure: Measure) -> float:
    """Room the last-starting events' labels need to the right of the data, in pixels."""
    order = doc.index.order
    if doc.mask is not None:
        order = order[doc.mask[order]]
    last = order[-FIT_LAST_EVENTS:].tolist()
    if not last:
        return FIT_RIGHT_PX
    titles = [clean_label(doc.timeline.events[d].title) for d in last]
    return float(np.minimum(measure(titles), MAX_LABEL_PX).max()) + BADGE_W + 8


def fit_viewport(lo: float, hi: float, width: float,
                 right_px: float = FIT_RIGHT_PX) -> Viewport:
    """Show [lo, hi] with room on the right for labels, which run rightwards from events."""
    base = Viewport.fit(lo, hi, width)
    if not (math.isfinite(lo) and math.isfinite(hi) and hi > lo):
        return base
    left = max(FIT_LEFT_PX, 0.03 * width)
    right = min(right_px, 0.3 * width)
    inner = width - left - right
    if inner < width / 2:
        return base
    span = (hi - lo) * width / inner
    return Viewport(lo - left * span / width, span, base.width).clamped()


@dataclass(slots=True)
class Item:
    """One event drawn in one lane (an event with several sources has one per lane)."""

    doc: int
    lane: int
    x0: float  # extent [earliest, latest) in canvas pixels
    x1: float
    c0: float  # the solid core of a range (start known to have begun .. end surely begun)
    c1: float  # c1 <= c0: no core; the whole extent is uncertainty
    point: bool
    row: int
    y: float  # top of the row, in scene pixels
    label_x: float  # the title's text box (a disputed badge sits just before it)
    label_w: float
    flags: int
    color: str  # key into Scene.colors
    flipped: bool = False  # the label ends where the event ends (no room on its right)
    elide: bool = False  # the title is wider than label_w: draw it elided


@dataclass(slots=True)
class LaneGeom:
    number: int
    key: str
    title: str
    color: str
    total: int  # occurrences in the lane (whole filtered document)
    y: float
    h: float
    collapsed: bool
    detail: bool
    visible: int = 0  # occurrences in view
    rows: int = 1
    items: list[Item] = field(default_factory=list)
    overflow_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # unlabelled marks
    density: np.ndarray | None = None
    cache: dict = field(default_factory=dict)  # the painter's per-layout images


@dataclass(slots=True)
class Scene:
    width: float
    height: float
    header_w: float
    axis_h: float
    row_h: float  # a row: the label line, then the bar or marker line
    text_h: float
    vp: Viewport
    ticks: list[Tick]
    today_x: float | None
    lanes: list[LaneGeom]
    colors: dict[str, tuple[str | None, int]]
    content_h: float
    scroll_y: float
    mode: LaneMode
    eras: list[tuple[str, float, float]] = field(default_factory=list)  # title, x0, x1

    @property
    def canvas_w(self) -> float:
        return self.vp.width

    def bar_y(self, item: Item) -> float:
        """Vertical centre of an item's bar or marker."""
        return item.y + self.text_h + 3 + BAR_H / 2

    def lane_at(self, y: float) -> LaneGeom | None:
        for lane in self.lanes:
            if lane.y <= y < lane.y + lane.h:
                return lane
        return None

    def label_rect(self, item: Item) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of an item's label, its disputed badge included."""
        left = item.label_x - (BADGE_W if item.flags & DISPUTED else 0.0)
        return left - 2, item.y, item.label_x + item.label_w + 2, item.y + self.text_h + 3

    def mark_rect(self, item: Item) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of an item's marker or bar."""
        cy = self.bar_y(item)
        if item.point:
            cx = (item.x0 + item.x1) / 2
            return cx - MARKER_R, cy - MARKER_R, cx + MARKER_R, cy + MARKER_R
        return item.x0, cy - BAR_H / 2, item.x1, cy + BAR_H / 2

    def item_at(self, x: float, y: float, slop: float = 3.0) -> Item | None:
        """The event under canvas point (x, y): the union of its marker or bar and its
        label (badge included), each grown by `slop` pixels; the topmost drawn wins."""
        if y < self.axis_h:
            return None
        lane = self.lane_at(y)
        if lane is None:
            return None
        for it in reversed(lane.items):
            if not it.y - slop <= y < it.y + self.row_h + slop:
                continue
            for a, b, c, d in (self.mark_rect(it), self.label_rect(it)):
                if a - slop <= x <= c + slop and b - slop <= y <= d + slop:
                    return it
        return None

    def items_in(self, x0: float, y0: float, x1: float, y1: float) -> list[Item]:
        """Events whose marker or bar meets a rectangle (rubber-band selection)."""
        out = []
        for lane in self.lanes:
            for it in lane.items:
                if it.x1 >= x0 and it.x0 <= x1 and it.y + self.row_h >= y0 and it.y <= y1:
                    out.append(it)
        return out


def color_keys(doc: DocView) -> dict[str, tuple[str | None, int]]:
    """Colour spec and palette number of every declared source, in document order."""
    return {s.id: (s.color, i) for i, s in enumerate(doc.timeline.sources.values())}


def build_scene(
    doc: DocView,
    vp: Viewport,
    width: float,
    height: float,
    measure: Measure,
    text_h: float,
    header_w: float,
    collapsed: frozenset[str] = frozenset(),
    scroll_y: float = 0.0,
    colors: dict[str, tuple[str | None, int]] | None = None,
    label_inset: float = 0.0,
) -> Scene:
    """Lay out one frame. `vp` maps time to canvas x (0 at the right edge of the lane
    headers, `vp.width` wide); y is in widget pixels. Labels keep `label_inset` pixels off
    the canvas's right edge (where the widget's scroll bar may be).

    Two passes: first each lane's visible events are packed into rows as plain arrays, then
    the height is shared out and `Item`s are made only for events in the rows a lane got.
    """
    row_h = math.ceil(text_h + BAR_H + 8)
    axis_h = math.ceil(text_h + 14)
    w = vp.width
    start, end = vp.start, vp.end
    scale = w / vp.span
    tick_list = ticks(start, end, w, lambda s: float(measure([s])[0]) * 1.08, 14)
    now = today_seconds()
    today_x = (now - start) * scale if start <= now <= end else None
    colors = dict(colors) if colors is not None else color_keys(doc)
    mode = doc.mode
    if mode is not LaneMode.SOURCE:
        colors.update({f"lane:{i}": (_lane_spec(mode, lane.key), i)
                       for i, lane in enumerate(doc.lanes)})

    n_lanes = len(doc.lanes)
    avail = max(row_h, height - axis_h)
    n_open = sum(1 for lane in doc.lanes if lane.key not in collapsed) or 1
    share_rows = max(1, int((avail - n_lanes * LANE_PAD) / n_open // row_h))
    bins = math.ceil(w / BIN_PX)

    geoms: list[LaneGeom] = []
    found: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for number, lane in enumerate(doc.lanes):
        ckey = lane.key if mode is LaneMode.SOURCE else f"lane:{number}"
        if ckey not in colors:
            colors[ckey] = (lane.color, len(colors))
        g = LaneGeom(number, lane.key, clean_label(lane.title), ckey, len(lane), 0.0, 0.0,
                     lane.key in collapsed, False)
        geoms.append(g)
        if g.collapsed:
            g.density = lane.density(start, end, bins)
            continue
        estimate = lane.count_starts(start, end)
        pos = None
        if use_detail(estimate, share_rows, w):
            pos = lane.in_range(start, end)
            g.detail = use_detail(len(pos), share_rows, w)
        g.visible = len(pos) if pos is not None else estimate
        if g.detail and pos is not None:
            found[number] = (lane.doc[pos], lane.lo[pos], lane.hi[pos])
        else:
            g.density = lane.density(start, end, bins)

    # Keep a frame's cost bounded: the busiest detailed lanes become density bands.
    total = sum(len(f[0]) for f in found.values())
    for i in sorted(found, key=lambda i: -len(found[i][0])):
        if total <= FRAME_ITEM_CAP:
            break
        total -= len(found.pop(i)[0])
        geoms[i].detail = False
        geoms[i].density = doc.lanes[i].density(start, end, bins)
    packs = _pack_all(doc, found, start, scale, measure, max(1.0, w - label_inset))

    wanted = [0 if g.collapsed else packs[i].n_rows if i in packs else 2
              for i, g in enumerate(geoms)]
    n_collapsed = sum(1 for g in geoms if g.collapsed)
    room_rows = int((avail - n_lanes * LANE_PAD - n_collapsed * row_h) // row_h)
    open_idx = [i for i, g in enumerate(geoms) if not g.collapsed]
    given = allocate_rows([max(1, wanted[i]) for i in open_idx], room_rows, minimum=1)
    rows_of = dict(zip(open_idx, given, strict=True))

    y = axis_h - scroll_y
    for i, g in enumerate(geoms):
        g.y = y
        if g.collapsed:
            g.rows = 1
            g.h = row_h + LANE_PAD
        else:
            g.rows = rows_of[i]
            pk = packs.get(i)
            if pk is not None:
                _make_items(g, pk, doc, y + LANE_PAD / 2, row_h, start, scale, mode)
            g.h = g.rows * row_h + LANE_PAD + (OVERFLOW_H if len(g.overflow_x) else 0.0)
        y += g.h
    content_h = y + scroll_y - axis_h
    _spread(geoms, avail - content_h, row_h)
    content_h = sum(g.h for g in geoms)
    eras = [(title, max(-_FAR, (lo - start) * scale), min(_FAR, (hi - start) * scale))
            for title, lo, hi in doc.eras() if hi > start and lo < end]
    return Scene(width, height, header_w, axis_h, row_h, text_h, vp, tick_list, today_x,
                 geoms, colors, content_h, scroll_y, mode, eras)


def _spread(geoms: list[LaneGeom], spare: float, row_h: float) -> None:
    """Share spare height out as breathing room (up to half a row a lane), so a short
    document does not crowd the top of the view."""
    if spare <= 0 or not geoms:
        return
    extra = min(row_h / 2, spare / len(geoms))
    shift = 0.0
    for g in geoms:
        g.y += shift
        for it in g.items:
            it.y += shift + extra / 2
        g.h += extra
        shift += extra


def _lane_spec(mode: LaneMode, key: str) -> str | None:
    return STATUS_COLORS.get(key) if mode is LaneMode.STATUS else None


@dataclass(slots=True)
class _Packed:
    """A lane's visible events as arrays, packed into rows (first pass)."""

    docs: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    point: np.ndarray
    label_x: np.ndarray
    widths: np.ndarray
    flags: np.ndarray
    flipped: np.ndarray
    elide: np.ndarray
    rows: np.ndarray
    n_rows: int


def _pack_all(doc: DocView, found: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]],
              start: float, scale: float, measure: Measure, width: float) -> dict[int, _Packed]:
    """First pass for every detailed lane at once (one numpy pass, one measuring call),
    then rows packed lane by lane."""
    if not found:
        return {}
    numbers = list(found)
    docs = np.concatenate([found[i][0] for i in numbers])
    lo = np.concatenate([found[i][1] for i in numbers])
    hi = np.concatenate([found[i][2] for i in numbers])
    x0 = np.clip((lo - start) * scale, -_FAR, _FAR)
    x1 = np.clip((hi - start) * scale, -_FAR, _FAR)
    point = (x1 - x0) < POINT_PX
    events = doc.timeline.events
    titles = [clean_label(events[d].title) for d in docs.tolist()]
    flags = doc.flags_of(docs)
    full = measure(titles)
    widths = np.minimum(full, MAX_LABEL_PX)
    badge = np.where(flags & DISPUTED, BADGE_W, 0.0)
    centre = (x0 + x1) / 2
    mark_l = np.where(point, centre - MARKER_R, x0)
    mark_r = np.where(point, centre + MARKER_R, x1)
    # The label sits on the line above its bar or marker, starting where the event does (a
    # long bar's where it enters the view), or flipped to end where it ends near the edge.
    box_l, box_w, flipped = place_labels(np.where(point, mark_l, np.maximum(x0, 0.0)), mark_r,
                                         badge + widths, width)
    label_x = box_l + badge
    label_w = np.maximum(box_w - badge, 0.0)
    elide = full > label_w + 0.5
    left = np.maximum(np.minimum(box_l, mark_l), -1.0)
    right = np.maximum(mark_r, box_l + box_w)
    out = {}
    a = 0
    for i in numbers:
        b = a + len(found[i][0])
        rows, n_rows = pack_rows(left[a:b], right[a:b], PACK_GAP)
        out[i] = _Packed(docs[a:b], x0[a:b], x1[a:b], point[a:b], label_x[a:b], label_w[a:b],
                         flags[a:b], flipped[a:b], elide[a:b], rows, n_rows)
        a = b
    return out


def _make_items(g: LaneGeom, pk: _Packed, doc: DocView, top: float, row_h: float,
                start: float, scale: float, mode: LaneMode) -> None:
    """Second pass: items for the events in the rows the lane got; the rest are marks."""
    keep = pk.rows < g.rows
    g.overflow_x = np.maximum(pk.x0[~keep], 0.0)
    events = doc.timeline.events
    items = []
    idx = np.flatnonzero(keep)
    for d, a, b, pt, row, lx, lw, f, fl, el in zip(
        pk.docs[idx].tolist(), pk.x0[idx].tolist(), pk.x1[idx].tolist(),
        pk.point[idx].tolist(), pk.rows[idx].tolist(), pk.label_x[idx].tolist(),
        pk.widths[idx].tolist(), pk.flags[idx].tolist(), pk.flipped[idx].tolist(),
        pk.elide[idx].tolist(), strict=True,
    ):
        event = events[d]
        c0, c1 = a, b
        if event.end is not None:
            s_end, e_start = event.start.latest, event.end.earliest
            if math.isfinite(s_end):
                c0 = max(c0, (s_end - start) * scale)
            if math.isfinite(e_start):
                c1 = min(c1, (e_start - start) * scale)
        else:
            c1 = c0  # a single date: its whole period is uncertainty
        if mode is LaneMode.SOURCE:
            color = g.color
        else:
            ids = event.source_ids()
            color = ids[0] if ids else g.color
        items.append(Item(d, g.number, a, b, c0, c1, pt, row, top + row * row_h, lx, lw, f,
                          color, fl, el))
    g.items = items
