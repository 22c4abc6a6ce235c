"""The CSV import dialog: detected mapping, live dry run, bounded reading, and loading."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.conftest import ROOT, SEED
from tests.ui.conftest import open_and_wait
from timeline_app.ui import csv_dialog, csv_preview
from timeline_app.ui.csv_dialog import CsvMappingDialog
from timeline_app.ui.csv_preview import PreviewModel, read_prefix, whole_prefix

DATA = ROOT / "tests" / "data" / "csv"
QUOTED = DATA / "quoted_newlines.csv"


def make_dialog(qtbot, path: Path) -> CsvMappingDialog:
    data, cut = read_prefix(path)
    dialog = CsvMappingDialog(path, data, cut)
    qtbot.addWidget(dialog)
    return dialog


@dataclass
class Seen:
    """What the dialog showed when it was answered (it is deleted once closed)."""

    title: str
    summary: str
    mapping: dict[str, str]
    plain: bool  # every label showing file text is plain text


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Seen]]:
    """Answer the dialog: `shown(act)` calls act(dialog) and accepts unless act says False."""

    def install(act: Callable[[CsvMappingDialog], object] | None = None) -> list[Seen]:
        seen: list[Seen] = []

        def fake_exec(dialog: CsvMappingDialog) -> bool:
            answer = act(dialog) if act is not None else True
            plain = all(lb.textFormat() == Qt.TextFormat.PlainText
                        for lb in dialog.findChildren(QLabel) if lb.buddy() is None)
            seen.append(Seen(dialog.windowTitle(), dialog.summary_text(), dialog.mapping(),
                             plain))
            return answer is not False and dialog.ok_button.isEnabled()

        monkeypatch.setattr(csv_dialog, "exec_dialog", fake_exec)
        return seen

    return install


def test_dialog_shows_detected_mapping_and_bad_line(qtbot) -> None:
    dialog = make_dialog(qtbot, QUOTED)
    used = {f: c for f, c in dialog.mapping().items() if c}
    assert used == {"start": "date", "title": "title", "description": "description",
                    "sources": "sources", "url": "url"}
    assert dialog.combo("title").currentText() == "title"
    assert dialog.combo("tags").currentText() == csv_dialog.not_used()
    text = dialog.summary_text()
    assert text.startswith("3 rows will load; 1 will fail: line 5:")
    assert 'column "date": month 13 does not exist' in text
    assert dialog.ok_button.isEnabled()
    model = dialog.model
    assert model.rowCount() == 4
    lines = [model.index(r, PreviewModel.LINE).data() for r in range(4)]
    assert lines == ["2", "4", "5", "6"]  # a quoted cell spans lines 2-3
    assert "month 13" in model.index(2, PreviewModel.CHECK).data()
    assert model.index(0, PreviewModel.CHECK).data() == "OK"
    assert "⏎" in model.index(0, 4).data()  # the description's line break, shown inline
    assert "→ Title" in model.headerData(3, Qt.Orientation.Horizontal)
    assert not dialog.encoding_row.isVisibleTo(dialog)  # plain ASCII: one way to read it


def test_ok_needs_a_date_and_a_title(qtbot) -> None:
    dialog = make_dialog(qtbot, QUOTED)
    dialog.set_column("title", "")
    assert dialog.ok_button.isEnabled()  # the description can stand in for a title
    dialog.set_column("description", "")
    assert not dialog.ok_button.isEnabled()
    assert "title" in dialog.summary_text()
    dialog.set_column("title", "title")
    dialog.set_column("start", "")
    assert not dialog.ok_button.isEnabled()
    assert "date" in dialog.summary_text()
    dialog.set_column("start", "sources")  # no source name is a date: nothing would load
    assert not dialog.ok_button.isEnabled()
    assert dialog.summary_text().startswith("No row would load: line 2:")
    assert dialog.mapping()["sources"] == ""  # a column feeds one field


def test_header_only_file_cannot_be_imported(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("date,title\n")
    dialog = make_dialog(qtbot, path)
    assert not dialog.ok_button.isEnabled()
    assert "no rows" in dialog.summary_text()


@pytest.mark.parametrize("path", sorted(DATA.iterdir()), ids=lambda p: p.name)
def test_every_sample_opens_through_the_dialog(qtbot, window, shown, path: Path) -> None:
    seen = shown()
    open_and_wait(qtbot, window, path)
    assert len(seen) == 1
    assert seen[0].title == f"Import {path.name}"
    ok = int(seen[0].summary.split(" row")[0].replace(",", ""))
    assert len(window.document.timeline.events) == ok
    assert window.document.path == path.resolve()
    assert window.document.kind.startswith("CSV")
    assert seen[0].plain


def test_accepting_loads_the_events(qtbot, window, shown) -> None:
    shown()
    open_and_wait(qtbot, window, QUOTED)
    titles = [e.title for e in window.document.timeline.events]
    assert titles == ["Treaty signed", "Troops, thousands of them", "Kursk retaken?"]
    assert not window.document.modified


def test_another_title_column_changes_the_titles(qtbot, window, shown,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("date,title,notes\n2024-06,Treaty,Signed in Pyongyang\n"
                    "2024-10,Troops,Seen in Kursk\n", encoding="utf-8")
    seen = shown(lambda d: d.set_column("title", "notes"))
    open_and_wait(qtbot, window, path)
    assert seen[0].mapping["description"] == ""
    assert [e.title for e in window.document.timeline.events] == [
        "Signed in Pyongyang", "Seen in Kursk"]


def test_cancel_keeps_the_open_document(qtbot, seeded, shown) -> None:
    seen = shown(lambda d: False)
    seeded.open_path(QUOTED)
    assert len(seen) == 1
    assert not seeded.loader.is_busy()
    assert seeded.document.path == SEED.resolve()


def test_encoding_choice_rereads_and_loads(qtbot, window, shown) -> None:
    path = DATA / "cp1252.csv"
    dialog = make_dialog(qtbot, path)
    assert dialog.encoding_row.isVisibleTo(dialog)
    assert dialog.encoding.currentText() == "Auto (Windows-1252)"
    assert "Guessed" in dialog.encoding_note.text()
    assert dialog.model.index(1, 3).data() == "Troupes envoyées en Corée"
    dialog.set_encoding("mac_roman")
    assert dialog.model.index(1, 3).data() == "Troupes envoyÈes en CorÈe"
    assert dialog.encoding_note.text() == ""
    assert dialog.mapping()["title"] == "title"  # same header: the choices stay

    shown(lambda d: d.set_encoding("mac_roman"))
    open_and_wait(qtbot, window, path)
    assert window.document.timeline.events[1].title == "Troupes envoyÈes en CorÈe"


def test_utf16_without_bom_says_why_and_offers_encodings(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "no_bom.csv"
    path.write_bytes("date,title\n2024,Treaty\n".encode("utf-16-le"))
    dialog = make_dialog(qtbot, path)
    assert not dialog.ok_button.isEnabled()
    assert "UTF-16" in dialog.summary_text()
    assert dialog.encoding_row.isVisibleTo(dialog)


def test_a_50_mb_cell_gives_a_message(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "huge_cell.csv"
    with open(path, "wb") as fh:
        fh.write(b"date,title\n2024,Fine\n2025,\"")
        fh.write(b"x" * 50_000_000)
        fh.write(b"\"\n")
    dialog = make_dialog(qtbot, path)
    assert "longer than 1,000,000 characters" in dialog.summary_text()
    assert not dialog.ok_button.isEnabled()


def test_a_million_columns_give_a_message(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n1,2\n")
    dialog = make_dialog(qtbot, path)
    assert "1,000,000 columns" in dialog.summary_text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.model.columnCount() == 0


def test_large_file_is_checked_by_its_first_part(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    note = "Très long, \"\"quoted\"\"\nand multi-line " * 60  # ~2.6 kB a row, with é
    body = "".join(f'2024-01-{1 + i % 28:02d},Event {i},"{note}"\n' for i in range(4_000))
    path.write_text("date,title,notes\n" + body, encoding="utf-8")
    assert path.stat().st_size > csv_preview.PREVIEW_BYTES
    dialog = make_dialog(qtbot, path)
    text = dialog.summary_text()
    assert text.startswith("In the first ")
    assert "will fail" not in text  # the row the cut fell in is left out, not blamed
    assert "checked when it is opened" in text
    assert "first part shown" in dialog.file_info.text()
    assert dialog.ok_button.isEnabled()


def test_dry_run_is_capped_in_rows(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(csv_preview, "DRY_RUN_ROWS", 50)
    path = tmp_path / "rows.csv"
    path.write_text("date,title\n" + "".join(f"2024,E{i}\n" for i in range(120)))
    dialog = make_dialog(qtbot, path)
    assert dialog.summary_text().startswith("In the first 50 rows, 50 rows will load.")


def test_whole_prefix_never_splits_a_character() -> None:
    utf8 = "date,title\n2025,Ålesund".encode()
    assert whole_prefix(utf8[:17]).decode() == "date,title\n2025,"  # not half the Å
    assert whole_prefix("ééé".encode()[:5]).decode() == "éé"
    assert whole_prefix(b"plain ascii") == b"plain ascii"
    utf16 = codecs.BOM_UTF16_LE + "a😀b".encode("utf-16-le")
    assert whole_prefix(utf16[:7]).decode("utf-16") == "a"  # not half the emoji


def test_needs_mapping(tmp_path: Path) -> None:
    json_txt = tmp_path / "doc.txt"
    json_txt.write_text('{"events": []}')
    assert not csv_preview.needs_mapping(json_txt)
    assert csv_preview.needs_mapping(DATA / "utf16_tab.txt")
    assert csv_preview.needs_mapping(tmp_path / "anything.csv")
    assert not csv_preview.needs_mapping(SEED)


def test_untrusted_cells_stay_plain(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "html.csv"
    path.write_text('date,title\n2024,"<img src=\'file:///etc/x.png\'><b>bold</b>"\n'
                    '2024-13,<a href="file:///">x</a>\n')
    dialog = make_dialog(qtbot, path)
    assert dialog.model.index(0, 3).data() == "<img src='file:///etc/x.png'><b>bold</b>"
    tip = dialog.model.index(1, PreviewModel.CHECK).data(Qt.ItemDataRole.ToolTipRole)
    assert "<a " not in tip and "&lt;" not in tip  # the problem names the date, escaped
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_dropping_a_csv_opens_it_through_the_dialog(qtbot, window, shown) -> None:
    seen = shown()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(QUOTED))])
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        window.dropEvent(event)
    assert len(seen) == 1
    assert len(window.document.timeline.events) == 3


def test_import_csv_menu_entry(qtbot, window, shown, monkeypatch) -> None:
    seen = shown()
    monkeypatch.setattr(csv_dialog, "choose_csv_file", lambda parent, start: QUOTED)
    action = next(a for a in window.menu.file.actions() if a.text() == "&Import CSV…")
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        action.trigger()
    assert len(seen) == 1
    assert window.document.path == QUOTED.resolve()


def test_dialog_screenshot(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, QUOTED)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    assert image.width() >= 800 and image.height() >= 500
    assert image.save(str(tmp_path / "csv_dialog.png"))


def test_a_mapping_for_a_file_that_is_not_csv_fails_cleanly(qtbot, window) -> None:
    with qtbot.waitSignal(window.loader.failed, timeout=20_000) as blocker:
        window.loader.load(SEED.resolve(), encoding="utf-8")
    assert "CSV input only" in blocker.args[0].lines()[0]


def test_guessed_encoding_offers_the_choice_in_window_words(qtbot, window, shown) -> None:
    path = DATA / "cp1252.csv"
    seen = shown()
    open_and_wait(qtbot, window, path)
    message = window.statusBar().currentMessage()
    assert "Windows-1252" in message and "--" not in message
    assert "File > Reopen with Encoding…" in message
    button = window.encoding_button
    assert button.isVisible() and button.text() == "Reopen with Encoding…"
    seen = shown(lambda d: d.set_encoding("mac_roman"))
    with qtbot.waitSignal(window.loader.finished, timeout=20_000):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and seen[0].title == f"Import {path.name}"
    assert window.document.timeline.events[1].title == "Troupes envoyÈes en CorÈe"
    assert window.statusBar().currentMessage() == "" and not button.isVisible()


def test_every_field_the_dialog_offers_has_a_translatable_name() -> None:
    """A field missing from field_labels() showed its English key in every language."""
    from timeline_app.core.formats.csv_import import FIELDS
    from timeline_app.ui.csv_preview import field_labels
    assert set(FIELDS) <= set(field_labels())
