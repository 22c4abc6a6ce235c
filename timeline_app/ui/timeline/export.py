"""Export a timeline to PNG, SVG or PDF without a window, through the screen's painter.

The picture is the same scene the widget draws, framed by the document title (with the
range shown) above and a legend of sources below. SVG and PDF are vector (QSvgGenerator,
QPdfWriter); fonts are sized in pixels so all three formats lay out identically. Output is
rendered into memory first and written atomically (`saving.write_atomic`, as documents are),
so a full disk or a bad path leaves any old file as it was. An SVG is well-formed XML whatever
the text: characters XML cannot hold are replaced before it is written.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from timeline_app.core.formats.saving import write_atomic
from timeline_app.core.geometry.lanes import LaneMode
from timeline_app.core.geometry.viewport import Viewport
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.model.zoned import UTC_CLOCK, Clock
from timeline_app.core.query.index import event_bounds, undated_mask
from timeline_app.ui.i18n import number as count_text
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.docview import DocView, clean_label
from timeline_app.ui.timeline.frame import fit_header, fit_viewport, lanes_header_need
from timeline_app.ui.timeline.grade_marks import badge_room
from timeline_app.ui.timeline.legend import legend_height, paint_legend
from timeline_app.ui.timeline.painter import Marks, paint_scene
from timeline_app.ui.timeline.said_marks import ROOM as SAID_ROOM
from timeline_app.ui.timeline.scene import Scene, build_scene, color_keys
from timeline_app.ui.timeline.style import Fonts, Theme

FORMATS = ("png", "svg", "pdf")
LABEL_PX = 13
TITLE_PX = 18
LABEL_INSET_PX = 6  # labels keep this far off the picture's right edge
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# What XML 1.0 cannot hold: C0 controls but tab and newlines, lone surrogates, U+FFFE, U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CHAR_REF = re.compile(r"&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


class ExportError(ValueError):
    """A request that cannot be exported (unknown source, empty range, bad format)."""


@dataclass(frozen=True)
class ExportRequest:
    width: int = 1600
    height: int = 900
    start: float | None = None  # None: fit the (filtered) events
    end: float | None = None
    sources: tuple[str, ...] = ()
    lanes: LaneMode = LaneMode.SOURCE
    legend: bool = True  # the legend of marks (hatching, arrows, ⚠, bands, stances)
    said: bool = False  # claims at the date they were said (said_marks)
    clock: Clock = UTC_CLOCK  # the zone whose clocks the axis shows


def ensure_app() -> QGuiApplication:
    """A GUI application for fonts and painting; offscreen unless one already exists."""
    app = QGuiApplication.instance()
    if app is None:
        from timeline_app.ui import i18n

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        i18n.install(i18n.choose_language(None), app)  # the picture's words: the system's
    return app  # type: ignore[return-value]


def source_mask(timeline: Timeline, sources: tuple[str, ...]) -> np.ndarray | None:
    """Events claimed by any of `sources`; raises ExportError naming unknown ids."""
    if not sources:
        return None
    known = set(timeline.sources) | {c.source for e in timeline.events for c in e.claims}
    unknown = [s for s in sources if s not in known]
    if unknown:
        choices = ", ".join(sorted(timeline.sources)) or tr("none", "sources")
        raise ExportError(tr("unknown source id {ids} (known: {choices})").format(
            ids=", ".join(map(repr, unknown)), choices=choices))
    wanted = set(sources)
    return np.fromiter((any(c.source in wanted for c in e.claims) for e in timeline.events),
                       dtype=bool, count=len(timeline.events))


def _fonts() -> Fonts:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(LABEL_PX)
    return Fonts.from_font(font)


def paint_export(p: QPainter, doc: DocView, req: ExportRequest, theme: Theme,
                 fonts: Fonts) -> list[str]:
    """Title, timeline and legend into a `req.width` x `req.height` area of `p`; returns
    what the picture could not hold (lanes left out), also said in its subtitle."""
    w, h = float(req.width), float(req.height)
    p.fillRect(QRectF(0, 0, w, h), theme.base)
    title_font = QFont(fonts.bold)
    title_font.setPixelSize(TITLE_PX)
    title_h = title_height(fonts)
    legend = _legend_entries(doc)
    legend_h = _legend_height(legend, w, fonts)
    graded = doc.graded
    marks_h = legend_height(w, fonts, req.said, graded) if req.legend else 0.0
    body_h = body_height(doc, req, fonts)
    scene = export_scene(doc, req, fonts, body_h)
    vp = scene.vp
    p.save()
    p.translate(0, title_h)
    p.setClipRect(QRectF(0, 0, w, body_h))
    paint_scene(p, scene, doc, theme, fonts, Marks(said=req.said), controls=False)
    p.restore()
    title = clean_label(doc.timeline.title) or tr("Timeline")
    p.setFont(title_font)
    p.setPen(theme.text)
    fm = QFontMetricsF(title_font)
    p.drawText(QRectF(12, 0, w - 24, title_h * 0.62), _LEFT,
               fm.elidedText(title, Qt.TextElideMode.ElideRight, w - 24))
    shown = sum(g.total for g in scene.lanes) if req.lanes is LaneMode.NONE else None
    p.setFont(fonts.small)
    p.setPen(theme.muted)
    left_out = lanes_note(doc, scene, body_h)
    p.drawText(QRectF(12, title_h * 0.55, w - 24, title_h * 0.4), _LEFT,
               _subtitle(doc, vp, shown, req, lanes_note(doc, scene, body_h, short=True)))
    _paint_legend(p, legend, QRectF(0, h - legend_h - marks_h, w, legend_h), theme, fonts)
    if req.legend:
        paint_legend(p, QRectF(0, h - marks_h, w, marks_h), theme, fonts, said=req.said,
                     grades=graded)
    return [left_out] if left_out else []


def lanes_note(doc: DocView, scene: Scene, body_h: float, short: bool = False) -> str:
    """What a picture too small for its lanes leaves out: "6 of 120 lanes shown: 350 events
    not drawn (a taller picture, …)", without the advice if `short` ("" when every lane is
    drawn whole)."""
    shown = [g for g in scene.lanes if g.y + g.h <= body_h + 1]
    if len(shown) >= len(doc.lanes):
        return ""
    drawn = np.zeros(len(doc), dtype=bool)
    for g in shown:
        drawn[doc.lanes[g.number].doc] = True
    counted = np.ones(len(doc), dtype=bool) if doc.mask is None else doc.mask.copy()
    counted[doc.undated_docs()] = False
    missing = int((counted & ~drawn).sum())
    text = (tr("{shown} of {lanes} lanes shown: %Ln event(s) not drawn", "", missing) if short
            else tr("{shown} of {lanes} lanes shown: %Ln event(s) not drawn (a taller picture, "
                    "fewer sources or one lane shows them)", "", missing))
    return text.format(shown=count_text(len(shown)), lanes=count_text(len(doc.lanes)))


def export_scene(doc: DocView, req: ExportRequest, fonts: Fonts, body_h: float) -> Scene:
    """The timeline part of the picture, `body_h` pixels tall, laid out as on screen."""
    w = float(req.width)
    hw = fit_header(lanes_header_need(doc.lanes, fonts.measure.widths,
                                      badge_room(doc, fonts)), w)
    vp = _viewport(doc, req, w - hw)
    return build_scene(doc, vp, w, body_h, fonts.measure.widths, fonts.measure.height, hw,
                       colors=color_keys(doc), label_inset=LABEL_INSET_PX, fit=True,
                       row_room=SAID_ROOM if req.said else 0.0)


def title_height(fonts: Fonts) -> float:
    title_font = QFont(fonts.bold)
    title_font.setPixelSize(TITLE_PX)
    return math.ceil(QFontMetricsF(title_font).height() * 1.9)


def body_height(doc: DocView, req: ExportRequest, fonts: Fonts) -> float:
    """Height left for the lanes once the title and both legends have theirs."""
    title_h = title_height(fonts)
    marks_h = legend_height(req.width, fonts, req.said, doc.graded) if req.legend else 0.0
    legend_h = _legend_height(_legend_entries(doc), req.width, fonts)
    return max(60.0, req.height - title_h - legend_h - marks_h)


def _viewport(doc: DocView, req: ExportRequest, width: float) -> Viewport:
    bounds = doc.bounds()
    if req.start is None and req.end is None:
        lo, hi = bounds if bounds is not None else (math.nan, math.nan)
        return fit_viewport(lo, hi, width)
    lo = req.start if req.start is not None else (bounds[0] if bounds else req.end)
    hi = req.end if req.end is not None else (bounds[1] if bounds else req.start)
    assert lo is not None and hi is not None
    if hi <= lo:
        raise ExportError(tr("the range is empty: --to must come after --from"))
    return Viewport.fit(lo, hi, width, margin=0.0)


def _subtitle(doc: DocView, vp: Viewport, shown: int | None, req: ExportRequest,
              left_out: str = "") -> str:
    from timeline_app.core.model.dates import Precision

    n = int(doc.mask.sum()) if doc.mask is not None else len(doc)
    precision = (Precision.MINUTE if vp.span < 2 * 86400 else Precision.DAY
                 if vp.span < 3 * 365 * 86400 else Precision.YEAR)
    clock = doc.clock
    lanes = {LaneMode.SOURCE: tr("lanes by source"), LaneMode.TAG: tr("lanes by tag"),
             LaneMode.STATUS: tr("lanes by status")}
    parts = [tr("%Ln event(s)", "", n),
             f"{clock.label(vp.start, precision)} – {clock.label(vp.end, precision)}",
             lanes.get(req.lanes, tr("one lane"))]
    if not clock.is_utc:
        parts.append(tr("times in {zone}").format(zone=clock.name))
    if req.said:
        parts.append(tr("claims by date said"))
    if req.sources:
        parts.append(tr("sources: {sources}").format(sources=", ".join(
            clean_label(doc.timeline.source_name(s)) for s in req.sources)))
    if note := undated_note(doc):
        parts.append(note)
    if left_out:
        parts.append(left_out)
    return "  ·  ".join(parts)


def undated_note(doc: DocView) -> str:
    """What a picture leaves out: events with no date have no place on its axis, so they
    are counted in the subtitle (and in their lanes' headers) instead ("" if none)."""
    return _not_drawn(len(doc.undated_docs()))


def export_undated_note(timeline: Timeline, req: ExportRequest) -> str:
    """`undated_note` for the events an export of `req` shows (the command line says it),
    without building the view a second time."""
    no_date = undated_mask(*event_bounds(timeline.events))
    mask = source_mask(timeline, req.sources)
    return _not_drawn(int((no_date if mask is None else no_date & mask).sum()))


def _not_drawn(n: int) -> str:
    return tr("%Ln undated event(s) not drawn", "", n) if n else ""


def _legend_entries(doc: DocView) -> list[tuple[str, str | None, int]]:
    """(name, colour spec, palette number) for every source shown."""
    keys = color_keys(doc)
    shown = {lane.key for lane in doc.lane_index.lanes(LaneMode.SOURCE, doc.mask)}
    out = []
    for sid, (spec, number) in keys.items():
        if sid in shown:
            out.append((clean_label(doc.timeline.source_name(sid)), spec, number))
    return out


def _legend_height(entries: list, width: float, fonts: Fonts) -> float:
    rows = _legend_rows(entries, width, fonts)
    return 10.0 + len(rows) * (fonts.measure.height + 6) if entries else 0.0


LEGEND_ROWS = 3  # the legend of sources takes at most this many rows; the rest are counted


def _legend_rows(entries: list, width: float, fonts: Fonts) -> list[list[tuple]]:
    """Entries laid out in rows across `width`; past LEGEND_ROWS rows the last entry says
    how many sources more there are (the lane headers name them), so a file of a hundred
    sources does not give half the picture to its legend."""
    rows: list[list[tuple]] = [[]]
    x = 12.0
    for i, entry in enumerate(entries):
        w = min(fonts.measure.width(entry[0]), 300.0) + 30
        if x + w > width - 12 and rows[-1]:
            if len(rows) == LEGEND_ROWS:
                return _counted_rest(rows, entries, i, width, fonts)
            rows.append([])
            x = 12.0
        rows[-1].append((x, w, entry))
        x += w
    return rows if rows[0] else []


def _counted_rest(rows: list[list[tuple]], entries: list, shown: int, width: float,
                  fonts: Fonts) -> list[list[tuple]]:
    """The last row ends with "… and N more sources" in place of the entries that do not fit."""
    last = rows[-1]
    while True:
        rest = len(entries) - shown
        text = tr("… and %Ln more source(s)", "", rest)
        w = fonts.measure.width(text) + 30
        x = last[-1][0] + last[-1][1] if last else 12.0
        if x + w <= width - 12 or len(last) <= 1:
            last.append((x, w, (text, None, -1)))
            return rows
        last.pop()
        shown -= 1


def _paint_legend(p: QPainter, entries: list, rect: QRectF, theme: Theme,
                  fonts: Fonts) -> None:
    if not entries:
        return
    p.fillRect(rect, theme.window)
    p.setFont(fonts.label)
    line_h = fonts.measure.height + 6
    fm = fonts.measure.metrics
    for r, row in enumerate(_legend_rows(entries, rect.width(), fonts)):
        y = rect.top() + 5 + r * line_h
        for x, w, (name, spec, number) in row:
            if number >= 0:  # not the "… and N more sources" entry
                p.fillRect(QRectF(x, y + line_h / 2 - 5, 10, 10),
                           theme.lane_color(spec, number))
            p.setPen(theme.text)
            p.drawText(QRectF(x + 15, y, w - 15, line_h), _LEFT,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, w - 25))


def render_image(timeline: Timeline, req: ExportRequest,
                 notes: list[str] | None = None) -> QImage:
    """The export as an image (the PNG path; also handy in tests); what it leaves out is
    added to `notes`."""
    ensure_app()
    doc = _doc(timeline, req)
    image = QImage(req.width, req.height, QImage.Format.Format_ARGB32_Premultiplied)
    theme = Theme.from_palette(QGuiApplication.palette(), high=False)
    image.fill(theme.base)
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        said = paint_export(p, doc, req, theme, _fonts())
    finally:
        p.end()
    if notes is not None:
        notes.extend(said)
    return image


def _doc(timeline: Timeline, req: ExportRequest) -> DocView:
    doc = DocView(timeline, req.clock)
    doc.relane(mode=req.lanes, mask=source_mask(timeline, req.sources), keep_mask=False)
    if req.sources and not doc.lanes:
        raise ExportError(tr("no events from the chosen sources"))
    return doc


def render_bytes(timeline: Timeline, req: ExportRequest, fmt: str,
                 notes: list[str] | None = None) -> bytes:
    """PNG, SVG or PDF bytes of the export; what it leaves out is added to `notes`."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(tr("unknown format {format}: use .png, .svg or .pdf").format(
            format=repr(fmt)))
    ensure_app()
    if fmt == "png":
        image = render_image(timeline, req, notes)
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buf, "PNG")
        buf.close()
        return bytes(data.data())
    doc = _doc(timeline, req)
    theme = Theme.from_palette(QGuiApplication.palette(), high=False)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if fmt == "svg":
        from PySide6.QtSvg import QSvgGenerator

        device = QSvgGenerator()
        device.setOutputDevice(buf)
        device.setSize(QSize(req.width, req.height))
        device.setViewBox(QRectF(0, 0, req.width, req.height))
        device.setResolution(96)
        device.setTitle(clean_label(timeline.title) or tr("Timeline"))
    else:
        device = QPdfWriter(buf)
        device.setResolution(96)
        device.setTitle(clean_label(timeline.title) or tr("Timeline"))
        device.setPageLayout(QPageLayout(
            QPageSize(QSizeF(req.width * 0.75, req.height * 0.75), QPageSize.Unit.Point,
                      "", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    p = QPainter(device)
    try:
        said = paint_export(p, doc, req, theme, _fonts())
    finally:
        p.end()
    buf.close()
    if notes is not None:
        notes.extend(said)
    return well_formed(bytes(data.data())) if fmt == "svg" else bytes(data.data())


def well_formed(svg: bytes) -> bytes:
    """The SVG with every character (or character reference) XML 1.0 cannot hold replaced
    by U+FFFD, so any XML parser reads it whatever text the timeline had."""
    text = svg.decode("utf-8", errors="replace")
    text = _NOT_XML.sub("\ufffd", text)
    text = _CHAR_REF.sub(_legal_ref, text) if "&#" in text else text
    return text.encode("utf-8")


def _legal_ref(m: re.Match[str]) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    ok = code in (9, 10, 13) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or (
        0x10000 <= code <= 0x10FFFF)
    return m.group() if ok else "&#xfffd;"


def export_file(timeline: Timeline, path: str | os.PathLike[str],
                req: ExportRequest, left_out: list[str] | None = None) -> list[str]:
    """Write the export to `path` atomically, its format chosen by the suffix; returns notes
    (see `write_atomic`). Raises ExportError for a bad request and SaveError when the file
    cannot be written (the old file, if any, is unchanged). What the picture could not
    hold is added to `left_out`."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(tr("cannot tell the format of {path}: name it .png, .svg or .pdf"
                             ).format(path=repr(str(target))))
    return write_atomic(target, render_bytes(timeline, req, fmt, left_out))


def paint_timeline(p: QPainter, timeline: Timeline, req: ExportRequest) -> None:
    """The export painted on any device (File > Print): `req.width` x `req.height` units
    of `p`, which the caller scales to the page."""
    ensure_app()
    theme = Theme.from_palette(QGuiApplication.palette(), high=False)  # publication colours
    paint_export(p, _doc(timeline, req), req, theme, _fonts())
