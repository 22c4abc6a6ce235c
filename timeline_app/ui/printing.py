"""File > Print… and Print Preview: the exported picture, on paper.

The page gets what File > Export image would draw for the window's view (its dates, lanes
and filter), with the page's proportions: the same painter, in vector form, scaled so a
1,400-unit-wide timeline fills the printable width whatever the printer's resolution.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

from timeline_app.ui.export_actions import view_request, visible_timeline
from timeline_app.ui.i18n import tr
from timeline_app.ui.timeline.export import ExportRequest, paint_timeline

if TYPE_CHECKING:
    from timeline_app.core.model.timeline import Timeline
    from timeline_app.ui.main_window import MainWindow

PAGE_UNITS = 1400  # the drawing's width on the page, in the export's pixels


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return printer


def page_request(req: ExportRequest, printer: QPrinter) -> ExportRequest:
    """The request with the page's proportions, `PAGE_UNITS` wide."""
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    height = round(PAGE_UNITS * page.height() / max(1.0, page.width()))
    return replace(req, width=PAGE_UNITS, height=max(300, height))


def paint_pages(printer: QPrinter, timeline: Timeline, req: ExportRequest) -> None:
    """Draw the timeline on the printer's page, scaled to its printable width."""
    req = page_request(req, printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    p = QPainter()
    if not p.begin(printer):
        raise OSError(tr("the printer could not be started"))
    try:
        scale = page.width() / req.width
        p.scale(scale, scale)
        paint_timeline(p, timeline, req)
    finally:
        p.end()


def exec_dialog(dialog: QPrintDialog | QPrintPreviewDialog) -> bool:
    """Show a print dialog modally (tests replace this function)."""
    return bool(dialog.exec())


def print_view(w: MainWindow) -> bool:
    """File > Print…: choose a printer, then print the window's view."""
    if w.document.timeline is None:
        return False
    printer = new_printer()
    dialog = QPrintDialog(printer, w)
    dialog.setWindowTitle(tr("Print Timeline"))
    try:
        if not exec_dialog(dialog):
            return False
        paint_pages(printer, visible_timeline(w), view_request(w))
    finally:
        dialog.deleteLater()
    w.statusBar().showMessage(tr("Sent the view to the printer"), 10_000)
    return True


def preview(w: MainWindow) -> bool:
    """File > Print Preview: the page as it would print, with the printer's settings."""
    if w.document.timeline is None:
        return False
    timeline, req = visible_timeline(w), view_request(w)
    printer = new_printer()  # referenced here: the dialog does not own it
    dialog = QPrintPreviewDialog(printer, w)
    dialog.setWindowTitle(tr("Print Preview"))
    dialog.paintRequested.connect(lambda printer: paint_pages(printer, timeline, req))
    try:
        return exec_dialog(dialog)
    finally:
        dialog.deleteLater()
