"""File > Export: the current view as a picture; the document as CSV, TimelineJS or JSON.

The picture is what the window shows (the visible dates, the lane mode, the events the filter
keeps), drawn by the same painter as the command line's `export`. The data formats write the
whole document through `registry.export_path`. Every file is written atomically, and exporting
never changes the open document, its path or its saved state. Failures are explained in a
plain-text box (file names and error text may come from anywhere); success goes to the status
bar, with any warning about what the format could not hold.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from timeline_app.core.formats.registry import export_path
from timeline_app.core.formats.saving import SaveError, write_atomic
from timeline_app.core.model.timeline import Timeline
from timeline_app.ui import file_ops
from timeline_app.ui.i18n import tr
from timeline_app.ui.image_dialog import ImageOptions
from timeline_app.ui.safe_text import elide
from timeline_app.ui.timeline.export import FORMATS, ExportError, ExportRequest, render_bytes

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

MIN_SIZE = (1000, 560)  # a picture of a small window is still legible on a page
TITLE_AND_LEGEND_PX = 110  # room export.py adds above and below the lanes
_KNOWN_SUFFIXES = (".timelinejs.json", ".timeline.json", ".json", ".csv", ".tsv", ".tab",
                   ".txt")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def image_filter() -> str:
    return tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)")


@dataclass(frozen=True)
class DataFormat:
    fmt: str       # for registry.export_path
    suffix: str    # suggested
    label: str     # menu entry
    caption: str   # file dialog's title
    done: str      # the status bar's message, with {name}
    filter: str    # file dialog



def data_formats() -> tuple[DataFormat, ...]:
    """The data formats in the window's language (made when asked: translators are
    installed after import)."""
    return (
        DataFormat("csv", ".csv", tr("&CSV…"), tr("Export CSV"), tr("Exported CSV to {name}"),
                   tr("CSV spreadsheet (*.csv)")),
        DataFormat("timelinejs", ".timelinejs.json", tr("&TimelineJS JSON…"),
                   tr("Export TimelineJS JSON"), tr("Exported TimelineJS JSON to {name}"),
                   tr("TimelineJS JSON (*.timelinejs.json *.json)")),
        DataFormat("json", ".timeline.json", tr("Copy as &Native JSON…"),
                   tr("Export a native JSON copy"), tr("Exported a native JSON copy to {name}"),
                   tr("Timelines (*.timeline.json *.json)")),
    )


def build_export_menu(w: MainWindow, file_menu: QMenu) -> QMenu:
    """The File > Export submenu; its entries are enabled only with a document open."""
    menu = file_menu.addMenu(tr("E&xport"))
    menu.setObjectName("exportMenu")
    image = menu.addAction(tr("&Image (PNG, SVG or PDF)…"))
    image.setObjectName("exportImage")
    image.triggered.connect(lambda: export_image(w))
    menu.addSeparator()
    for spec in data_formats():
        action = menu.addAction(spec.label)
        action.setObjectName(f"export_{spec.fmt}")
        action.triggered.connect(lambda _=False, f=spec.fmt: export_data(w, f))
    menu.aboutToShow.connect(lambda: _enable(menu, w.document.timeline is not None))
    return menu


def _enable(menu: QMenu, enabled: bool) -> None:
    for action in menu.actions():
        action.setEnabled(enabled)


def choose_export_path(parent: QWidget, caption: str, suggestion: Path,
                       filters: str) -> Path | None:
    """Ask where to export (tests replace this function); a missing suffix is added from
    the chosen filter."""
    path, selected = QFileDialog.getSaveFileName(parent, caption, str(suggestion), filters)
    return with_suffix(Path(path), selected) if path else None


def with_suffix(path: Path, name_filter: str) -> Path:
    """`path`, ending in one of the filter's suffixes ("PNG image (*.png)" -> ".png")."""
    suffixes = re.findall(r"\*(\.[\w.]+)", name_filter)
    if not suffixes or path.name.lower().endswith(tuple(suffixes)):
        return path
    return path.with_name(path.name + suffixes[0])


def suggested_path(w: MainWindow, suffix: str) -> Path:
    """Next to the document, named after it: "troops.timeline.json" -> "troops.png"."""
    doc = w.document
    if doc.path is not None:
        name = doc.path.name
        for known in _KNOWN_SUFFIXES:
            if name.lower().endswith(known):
                name = name[: -len(known)]
                break
        return doc.path.with_name((name or "timeline") + suffix)
    title = doc.timeline.title if doc.timeline is not None else ""
    stem = _UNSAFE_NAME.sub(" ", title).strip(" .")[:80] or "timeline"
    return Path.home() / (stem + suffix)


def visible_timeline(w: MainWindow) -> Timeline:
    """The document with only the events the filter keeps (the same objects, not copies);
    the sources stay, so each keeps its colour."""
    timeline = w.document.timeline
    assert timeline is not None
    mask = w.document.mask
    if mask is None or len(mask) != len(timeline.events) or mask.all():
        return timeline
    events = timeline.events
    return Timeline(title=timeline.title, description=timeline.description,
                    sources=list(timeline.sources.values()),
                    events=[events[i] for i in np.flatnonzero(mask).tolist()],
                    extra=timeline.extra, version=timeline.version)


def view_request(w: MainWindow) -> ExportRequest:
    """The window's view as an export request: its dates, lane mode and (at least) size."""
    vp = w.timeline.viewport()
    size = w.timeline.size()
    return ExportRequest(width=max(size.width(), MIN_SIZE[0]),
                         height=max(size.height() + TITLE_AND_LEGEND_PX, MIN_SIZE[1]),
                         start=vp.start, end=vp.end, lanes=w.timeline.lane_mode(),
                         clock=w.document.clock)


def ask_image_options(w: MainWindow) -> ExportRequest | None:
    """The Export Image options (size, dates, lanes), starting from the window's view;
    None when cancelled (tests replace this function)."""
    dialog = ImageOptions(view_request(w), w.document.visible_count(), w)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def export_image(w: MainWindow, path: Path | None = None,
                 request: ExportRequest | None = None) -> bool:
    """Render the view (or `request`; asked for when no path is given) to PNG, SVG or PDF,
    by the name's suffix."""
    if w.document.timeline is None:
        return False
    if path is None:
        request = ask_image_options(w)
        if request is None:
            return False
        path = choose_export_path(w, tr("Export Image"), suggested_path(w, ".png"),
                                  image_filter())
        if path is None:
            return False
    fmt = path.suffix.lower().lstrip(".")
    try:
        if fmt not in FORMATS:
            raise ExportError(tr("name the picture .png, .svg or .pdf"))
        with _busy():
            left_out: list[str] = []
            notes = write_atomic(path, render_bytes(visible_timeline(w), request or view_request(w),
                                                    fmt, left_out))
            notes += left_out
    except (ExportError, SaveError, OSError) as err:
        _failed(w, path, err)
        return False
    shown = w.document.visible_count()
    _succeeded(w, tr("Exported the view (%Ln event(s)) to {name}", "", shown).format(
        name=path.name), notes)
    return True


def export_data(w: MainWindow, fmt: str, path: Path | None = None) -> bool:
    """Write the whole document as CSV, TimelineJS or native JSON; the document itself
    (its path, its unsaved state) is unchanged."""
    timeline = w.document.timeline
    spec = next(s for s in data_formats() if s.fmt == fmt)
    if timeline is None:
        return False
    if path is None:
        path = choose_export_path(w, spec.caption, suggested_path(w, spec.suffix),
                                  spec.filter)
        if path is None:
            return False
    try:
        with _busy():
            warnings = export_path(timeline, path, fmt, clock=w.document.clock)
    except (SaveError, ValueError, OSError) as err:
        _failed(w, path, err)
        return False
    _succeeded(w, spec.done.format(name=path.name), warnings)
    return True


@contextlib.contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _succeeded(w: MainWindow, text: str, warnings: list[str]) -> None:
    if warnings:
        count = len(warnings)
        # The warning itself is core's (English).
        text = tr("{message} (%Ln warning(s): {first})", "", count).format(
            message=text, first=elide(warnings[0], 200))
    w.statusBar().showMessage(text, 15_000)


def _failed(w: MainWindow, path: Path, err: Exception) -> None:
    reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
    # The painter speaks the command line's words; the window's are the dialog's fields.
    reason = reason.replace("--to", "the To date").replace("--from", "the From date")
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Could not export"),
                      tr("{name} could not be written.").format(name=path.name),
                      QMessageBox.StandardButton.Close, w)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons are not markup
    box.setInformativeText(elide(reason, 2000))
    file_ops.ask(box)
