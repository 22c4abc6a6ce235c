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
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.geometry.layout import (
    allocate_rows,
    compact_count,
    pack_rows,
    use_detail,
)
from timeline_app.core.geometry.ticks import Tick, ticks, today_seconds
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.core.model.timeline import Stance
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.colors import STATUS_COLORS
from timeline_app.ui.timeline.docview import DISPUTED, DocView, clean_label
from timeline_app.ui.timeline.era_list import EraList
from timeline_app.ui.timeline.frame import Measure
from timeline_app.ui.timeline.packing import (
    BADGE_W,
    BAR_H,
    MARKER_R,
    PACK_GAP,
    Packed,
    pack_all,
)

BIN_PX = 2
LANE_PAD = 4.0
LANE_SCREENS = 2  # a lone lane may be this many canvas heights tall (it scrolls)
SMALL_SHARE = 0.9  # the small font's widths against the label font's (a safe bound)
LANE_MIN_ROWS = 8  # rows any lane may take among many before "+N more" or a band
EXPANDED_ROWS = 400  # a lane whose "+N more" was clicked may grow to this many rows
PIN_CAP = 300  # selected or matching events drawn one by one over a density band, per lane
# Beyond this many events drawn one by one in a frame, the densest lanes become bands.
FRAME_ITEM_CAP = 1000

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
    denies: bool = False  # in lanes by source: this lane's source denies the event


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
    undated: int = 0  # the lane's events with no date: counted in its header, not drawn
    visible: int = 0  # occurrences in view
    rows: int = 1
    items: list[Item] = field(default_factory=list)
    overflow_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # unlabelled marks
    overflow_h: float = 0.0  # the strip at the lane's foot with those marks and "+N more"
    pinned_x: np.ndarray = field(default_factory=lambda: np.zeros(0))  # matches in a band
    # What the lane holds beyond what it draws whole, and where that note is to click:
    # "+N more" (rows), "N in view · click to zoom in" (a band), "… to open" (collapsed).
    more_text: str = ""
    more_box: tuple[float, float, float, float] | None = None  # canvas left, top, right, bottom
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
    colors: Mapping[str, tuple[str | None, int]]
    content_h: float
    scroll_y: float
    mode: LaneMode
    eras: EraList = field(default_factory=EraList.empty)  # those in sight
    zone: str = "UTC"  # what the axis's clocks are called ("KST"), at the view's middle

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


def color_keys(doc: DocView) -> Mapping[str, tuple[str | None, int]]:
    """Colour spec and palette number of every declared source, in document order (made
    once per view: with 100k sources a fresh dict a frame cost 50 ms)."""
    return doc.color_keys()


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
    colors: Mapping[str, tuple[str | None, int]] | None = None,
    label_inset: float = 0.0,
    expanded: frozenset[str] = frozenset(),
    pinned: np.ndarray | None = None,
    fit: bool = False,
    row_room: float = 0.0,
) -> Scene:
    """Lay out one frame. `vp` maps time to canvas x (0 at the right edge of the lane
    headers, `vp.width` wide); y is in widget pixels. Labels keep `label_inset` pixels off
    the canvas's right edge (where the widget's scroll bar may be).

    Two passes: first each lane's visible events are packed into rows as plain arrays, then
    `Item`s are made only for events in the rows a lane got (up to the canvas's height, or
    more for the `expanded` lanes). `pinned` events (sorted document indices: the selection
    and search matches) are always drawn whole, in extra rows or over a density band.
    With `fit` (an export) the lanes share the height instead of scrolling. `row_room`
    pixels more under each bar leave room for marks drawn there (claims by date said).
    Lanes below the canvas are not laid out (`Scene.lanes` holds the ones above its bottom
    edge): every lane is at least a row tall, which bounds how many can be in view.
    """
    row_h = math.ceil(text_h + BAR_H + 8 + row_room)
    axis_h = math.ceil(text_h + 14)
    w = vp.width
    start, end = vp.start, vp.end
    scale = w / vp.span
    tick_list = ticks(start, end, w, lambda s: float(measure([s])[0]) * 1.08, 14)
    now = today_seconds()
    now += doc.clock.offset(now)  # the axis is the display zone's wall clock
    today_x = (now - start) * scale if start <= now <= end else None
    base = colors if colors is not None else color_keys(doc)
    # What this frame adds (lanes' own keys) lies over the document's colours, unchanged.
    added: dict[str, tuple[str | None, int]] = {}
    colors = ChainMap(added, base)
    mode = doc.mode
    avail = max(row_h, height - axis_h)
    n_shown = shown_lanes(len(doc.lanes), avail, row_h, scroll_y)
    if mode is not LaneMode.SOURCE:
        added.update({f"lane:{i}": (_lane_spec(mode, doc.lanes.keys[i]), i)
                      for i in range(n_shown)})

    # A lane takes the rows its events need, up to twice the canvas's height (then "+N more");
    # lanes taller than the canvas together scroll. One lane alone fills the height.
    full_rows = max(1, int((avail - LANE_PAD) // row_h))
    # One lane may take two screens; among several, each up to its share of the height but
    # at least LANE_MIN_ROWS (the lanes together scroll), so busy lanes become bands alike.
    n_open = n_open_lanes(doc, collapsed)
    max_rows = LANE_SCREENS * full_rows if n_open == 1 else max(LANE_MIN_ROWS,
                                                                 full_rows // n_open)
    band_rows = full_rows if n_open == 1 else max(2, min(4, full_rows // n_open))
    bins = math.ceil(w / BIN_PX)

    geoms: list[LaneGeom] = []
    found: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for number in range(n_shown):
        lane = doc.lanes[number]
        ckey = lane.key if mode is LaneMode.SOURCE else f"lane:{number}"
        if ckey not in colors:
            added[ckey] = (lane.color, len(base) + len(added))
        g = LaneGeom(number, lane.key, clean_label(lane.title), ckey, len(lane), 0.0, 0.0,
                     lane.key in collapsed, False, lane.undated)
        geoms.append(g)
        if g.collapsed:
            g.density = lane.density(start, end, bins)
            continue
        rows_cap = EXPANDED_ROWS if lane.key in expanded else max_rows
        estimate = lane.count_starts(start, end)
        pos = None
        if use_detail(estimate, rows_cap, w):
            pos = lane.in_range(start, end)
            g.detail = use_detail(len(pos), rows_cap, w)
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
    label_w = max(1.0, w - label_inset)
    packs = pack_all(doc, found, start, scale, measure, label_w)
    pins = _pinned_in_bands(doc, geoms, pinned, start, end)
    pin_packs = pack_all(doc, pins, start, scale, measure, label_w)

    strip_h = math.ceil(text_h + 4)
    caps = {i: EXPANDED_ROWS if g.key in expanded else max_rows for i, g in enumerate(geoms)}
    if fit:  # a picture cannot scroll: share its height out, the rest is "+N more"
        caps = _fit_rows(geoms, packs, band_rows, avail, row_h, strip_h)
    y = axis_h - scroll_y
    for i, g in enumerate(geoms):
        g.y = y
        top = y + LANE_PAD / 2
        if g.collapsed:
            g.rows = 1
        elif i in packs:
            g.rows = max(1, min(packs[i].n_rows, caps[i]))
            _make_items(g, packs[i], doc, top, row_h, start, scale, mode, pinned)
        else:
            g.rows = min(band_rows, caps[i])
        if i in pin_packs:  # selected or matching events stay whole over the band
            rows, g.rows = g.rows, max(1, g.rows - 1)  # the last row keeps the band's note
            _make_items(g, pin_packs[i], doc, top, row_h, start, scale, mode, None)
            g.rows = rows
            g.pinned_x = np.maximum(g.overflow_x, 0.0)  # the ones past the band's rows
            g.overflow_x = np.zeros(0)
        g.overflow_h = strip_h if len(g.overflow_x) else 0.0
        g.h = g.rows * row_h + LANE_PAD + g.overflow_h
        y += g.h
    _spread(geoms, avail - (y + scroll_y - axis_h), row_h)
    for g in geoms:
        _more_note(g, doc, start, end, measure, w - label_inset - 4, text_h)
    content_h = sum(g.h for g in geoms) + (len(doc.lanes) - n_shown) * (row_h + LANE_PAD)
    eras = EraList.in_view(*doc.era_arrays(), start, end, scale)
    zone = doc.clock.abbreviation(vp.start + vp.span / 2 - doc.clock.offset(vp.start))
    return Scene(width, height, header_w, axis_h, row_h, text_h, vp, tick_list, today_x,
                 geoms, colors, content_h, scroll_y, mode, eras, zone)


def _fit_rows(geoms: list[LaneGeom], packs: dict[int, Packed], band_rows: int,
              avail: float, row_h: float, strip_h: float) -> dict[int, int]:
    """Rows per lane when every lane must fit in `avail` pixels (an exported picture)."""
    n_collapsed = sum(1 for g in geoms if g.collapsed)
    room = int((avail - len(geoms) * LANE_PAD) // row_h) - n_collapsed
    open_idx = [i for i, g in enumerate(geoms) if not g.collapsed]
    wanted = [packs[i].n_rows if i in packs else min(band_rows, 2) for i in open_idx]
    given = allocate_rows(wanted, room)
    short = sum(1 for g, w in zip(given, wanted, strict=True) if g < w)
    if short:  # the lanes cut short need room for their "+N more" strip
        given = allocate_rows(wanted, room - math.ceil(short * strip_h / row_h))
    return dict(zip(open_idx, given, strict=True))


def _more_note(g: LaneGeom, doc: DocView, start: float, end: float, measure: Measure,
               right: float, text_h: float) -> None:
    if g.density is not None:
        n = g.visible if g.detail else doc.lanes[g.number].count_overlapping(start, end)
        n -= len(g.items)
        if n <= 0:
            return
        if g.items:
            text = (tr("{count} more in view · click to open") if g.collapsed
                    else tr("{count} more in view · click to zoom in"))
        else:
            text = (tr("{count} in view · click to open") if g.collapsed
                    else tr("{count} in view · click to zoom in"))
        g.more_text = text.format(count=compact_count(n))
        top = g.y + g.h - LANE_PAD - text_h - 5 if not g.collapsed else g.y + 2
    elif len(g.overflow_x):
        g.more_text = tr("+{count} more").format(count=compact_count(len(g.overflow_x)))
        top = g.y + g.h - g.overflow_h
    else:
        return
    left = right - float(measure([g.more_text])[0]) * SMALL_SHARE - 8  # in the small font
    g.more_box = (left, top, right, top + text_h + 3)


def n_open_lanes(doc: DocView, collapsed: frozenset[str]) -> int:
    if not collapsed:
        return len(doc.lanes) or 1
    return sum(1 for key in doc.lanes.keys if key not in collapsed) or 1


def shown_lanes(n_lanes: int, avail: float, row_h: float, scroll_y: float) -> int:
    """How many lanes, from the first, can reach into a canvas `avail` pixels tall scrolled
    by `scroll_y`: each lane is at least a row and its padding tall."""
    return min(n_lanes, math.ceil((max(0.0, scroll_y) + avail) / (row_h + LANE_PAD)) + 1)


def _pinned_in_bands(doc: DocView, geoms: list[LaneGeom], pinned: np.ndarray | None,
                     start: float, end: float) -> dict[int, tuple[np.ndarray, ...]]:
    """The pinned (selected or matching) events in view in each density-band lane."""
    out: dict[int, tuple[np.ndarray, ...]] = {}
    if pinned is None or not len(pinned):
        return out
    for g in geoms:
        if g.density is None:
            continue
        lane = doc.lanes[g.number]
        pos = np.flatnonzero(np.isin(lane.doc, pinned))
        pos = pos[(lane.lo[pos] < end) & (lane.hi[pos] >= start)][:PIN_CAP]
        if len(pos):
            out[g.number] = (lane.doc[pos], lane.lo[pos], lane.hi[pos])
    return out


def _spread(geoms: list[LaneGeom], spare: float, row_h: float) -> None:
    """Share spare height out as breathing room (up to half a row a lane, all of it for a
    single lane), so a short document does not crowd the top of the view."""
    if spare <= 0 or not geoms:
        return
    extra = spare if len(geoms) == 1 else min(row_h / 2, spare / len(geoms))
    shift = 0.0
    for g in geoms:
        g.y += shift
        for it in g.items:
            it.y += shift + min(extra, row_h / 2) / 2
        g.h += extra
        shift += extra


def _lane_spec(mode: LaneMode, key: str) -> str | None:
    return STATUS_COLORS.get(key) if mode is LaneMode.STATUS else None


def _make_items(g: LaneGeom, pk: Packed, doc: DocView, top: float, row_h: float,
                start: float, scale: float, mode: LaneMode, pinned: np.ndarray | None) -> None:
    """Second pass: items for the events in the rows the lane got; the rest are marks,
    except pinned events, which get rows of their own below (never only a mark)."""
    rows = pk.rows
    keep = rows < g.rows
    if pinned is not None and len(pinned) and not keep.all():
        lift = ~keep & np.isin(pk.docs, pinned)
        if lift.any():
            rows = rows.copy()
            left = np.minimum(pk.x0[lift], pk.label_x[lift] - BADGE_W)
            right = np.maximum(pk.x1[lift], pk.label_x[lift] + pk.widths[lift])
            extra, n_extra = pack_rows(left, right, PACK_GAP)
            rows[lift] = g.rows + extra
            g.rows += n_extra
            keep = keep | lift
    g.overflow_x = np.maximum(pk.x0[~keep], 0.0)
    events = doc.timeline.events
    clock = doc.clock
    items = []
    idx = np.flatnonzero(keep)
    for d, a, b, pt, row, lx, lw, f, fl, el in zip(
        pk.docs[idx].tolist(), pk.x0[idx].tolist(), pk.x1[idx].tolist(),
        pk.point[idx].tolist(), rows[idx].tolist(), pk.label_x[idx].tolist(),
        pk.widths[idx].tolist(), pk.flags[idx].tolist(), pk.flipped[idx].tolist(),
        pk.elide[idx].tolist(), strict=True,
    ):
        event = events[d]
        c0, c1 = a, b
        if event.end is not None:
            s_end, e_start = clock.span(event.start)[1], clock.span(event.end)[0]
            if math.isfinite(s_end):
                c0 = max(c0, (s_end - start) * scale)
            if math.isfinite(e_start):
                c1 = min(c1, (e_start - start) * scale)
        else:
            c1 = c0  # a single date: its whole period is uncertainty
        denies = False
        if mode is LaneMode.SOURCE:
            color = g.color
            denies = any(c.source == g.key and c.stance is Stance.DENIES for c in event.claims)
        else:
            ids = event.source_ids()
            color = ids[0] if ids else g.color
        items.append(Item(d, g.number, a, b, c0, c1, pt, row, top + row * row_h, lx, lw, f,
                          color, fl, el, denies))
    g.items.extend(items)
