"""File > Print… and Print Preview draw the view with the export's painter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from timeline_app.ui import printing
from timeline_app.ui.export_actions import view_request, visible_timeline


def menu_action(window, text: str):
    return next(a for a in window.menu.file.actions() if a.text().replace("&", "") == text)


def test_print_writes_the_view_to_the_chosen_printer(seeded, monkeypatch, tmp_path) -> None:
    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def answer(dialog) -> bool:
        assert isinstance(dialog, QPrintDialog)
        asked.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return True

    monkeypatch.setattr(printing, "exec_dialog", answer)
    menu_action(seeded, "Print…").trigger()
    assert asked == ["Print Timeline"]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert "printer" in seeded.statusBar().currentMessage()


def test_cancelled_print_prints_nothing(seeded, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(printing, "exec_dialog", lambda dialog: False)
    assert not printing.print_view(seeded)


def test_preview_paints_the_page(seeded, monkeypatch) -> None:
    painted: list[QPrinter] = []

    def answer(dialog) -> bool:
        assert isinstance(dialog, QPrintPreviewDialog)
        dialog.paintRequested.connect(painted.append)
        dialog.show()
        QApplication.processEvents()
        dialog.close()
        return True

    monkeypatch.setattr(printing, "exec_dialog", answer)
    menu_action(seeded, "Print Preview…").trigger()
    assert painted


def test_page_request_keeps_the_view_and_takes_the_page_shape(seeded) -> None:
    printer = printing.new_printer()
    req = printing.page_request(view_request(seeded), printer)
    base = view_request(seeded)
    assert (req.start, req.end, req.lanes) == (base.start, base.end, base.lanes)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    assert abs(req.height / req.width - page.height() / page.width()) < 0.01
    assert req.width == printing.PAGE_UNITS
    assert len(visible_timeline(seeded).events) == len(seeded.document.timeline.events)
