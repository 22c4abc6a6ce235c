"""Reading the start of a CSV file for the import dialog, and showing its first rows.

The dialog must stay quick on any file, so only a bounded prefix is read (PREVIEW_BYTES) and
at most DRY_RUN_ROWS rows of it are checked; the core's own caps (cell length, number of
columns) turn a hostile file into a message. A prefix may end inside a row, even inside a
quoted cell; that last row is left out rather than reported as broken. Everything here is
plain text: cells and problems come from the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from timeline_app.core.formats.csv_import import DryRun, Table
from timeline_app.core.formats.csv_table import UnclosedQuote
from timeline_app.core.formats.files import open_regular
from timeline_app.core.formats.problems import LoadError
from timeline_app.core.formats.registry import is_csv
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.safe_text import elide, escape_tooltip

PREVIEW_BYTES = 8 * 1024 * 1024  # read for the dialog; a 1,000,000-character cell fits
PREVIEW_ROWS = 20
DRY_RUN_ROWS = 5_000  # about 0.2 s of checking: the summary stays live as columns change
SHOWN_FAILURES = 3
SHOWN_SOURCES = 8  # sources named in the dialog's summary, most cited first
CELL_CHARS = 120  # of a cell shown in the preview (a cell may be a million long)
CSV_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")

_BAD_ROW = QColor(220, 60, 60, 70)  # translucent: readable on light and dark palettes
FIELD_ORDER = (  # the fields in the order the dialog lists them
    "start", "end", "title", "description", "sources", "url", "source_url", "claim",
    "claim_date", "date_precision", "tags", "status", "location", "id", "year", "month", "day",
    "time", "end_year", "end_month", "end_day", "end_time", "display_date", "thumbnail", "type",
    "background")


def field_labels() -> dict[str, str]:
    """Each field's name in the dialog (and in the preview's column headers)."""
    return {
        "start": tr("Start date"), "end": tr("End date"), "title": tr("Title"),
        "description": tr("Description"), "sources": tr("Sources"),
        "url": tr("Links of sources"), "source_url": tr("Source from URL"),
        "claim": tr("Claim text"), "claim_date": tr("Claim date"),
        "date_precision": tr("Date precision"), "tags": tr("Tags"), "status": tr("Status"),
        "location": tr("Location"), "id": tr("ID"), "year": tr("Year"), "month": tr("Month"),
        "day": tr("Day"), "time": tr("Time"), "end_year": tr("End year"),
        "end_month": tr("End month"), "end_day": tr("End day"), "end_time": tr("End time"),
        "display_date": tr("Display date"), "thumbnail": tr("Thumbnail"),
        "type": tr("Slide type"), "background": tr("Background"),
        "grade": tr("Grade"), "reliability": tr("Reliability"),
        "credibility": tr("Credibility")}


def separated(delimiter: str) -> str:
    """"comma-separated" and so on."""
    return {",": tr("comma-separated"), ";": tr("semicolon-separated"),
            "\t": tr("tab-separated")}.get(delimiter) or tr("{delimiter}-separated").format(
                delimiter=repr(delimiter))


def needs_mapping(path: Path) -> bool:
    """True for files opened through the dialog: CSV/TSV by name, a .txt that looks tabular."""
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES:
        return False
    if suffix != ".txt":
        return True
    try:
        with open_regular(path) as fh:  # a FIFO named .txt must not block here
            head = fh.read(4096)
    except (OSError, LoadError):
        return False  # the loader says what is wrong with it
    return is_csv(head, path.name)


def read_prefix(path: Path) -> tuple[bytes, bool]:
    """The file's first PREVIEW_BYTES, cut at a whole character, and whether it was cut.
    OSError for anything but a regular file (the loader then says what it is)."""
    try:
        fh = open_regular(path)
    except LoadError as err:
        raise OSError(str(err)) from None
    with fh:
        data = fh.read(PREVIEW_BYTES + 1)
    if len(data) <= PREVIEW_BYTES:
        return data, False
    return whole_prefix(data[:PREVIEW_BYTES]), True


def whole_prefix(data: bytes) -> bytes:
    """Cut bytes so they decode as the file would: no character split in two. (The row the
    cut falls in is dropped by PrefixTable; cutting at a line break instead could hide a
    row too long to read.)"""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data[: len(data) - len(data) % 4]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data[: len(data) - len(data) % 2]
        order = "little" if data.startswith(codecs.BOM_UTF16_LE) else "big"
        if 0xD800 <= int.from_bytes(data[-2:], order) < 0xDC00:  # half a surrogate pair
            data = data[:-2]
        return data
    end = len(data) - 1  # back off an unfinished UTF-8 sequence (harmless for legacy text)
    while end > 0 and 0x80 <= data[end] < 0xC0:
        end -= 1
    return data[:end] if data[end] >= 0x80 else data


@dataclass
class PrefixTable(Table):
    """The table's first rows only. When the bytes were cut, the last row may be cut short
    (even inside quotes), so it is left out rather than reported as broken."""

    limit: int = 0  # rows at most; 0: DRY_RUN_ROWS
    cut: bool = False
    stopped: bool = False  # the last reading left rows unread

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        self.stopped = False
        source = self._whole_rows() if self.cut else super().rows()
        limit = self.limit or DRY_RUN_ROWS
        for n, row in enumerate(source):
            if n >= limit:
                self.stopped = True
                return
            yield row

    def _whole_rows(self) -> Iterator[tuple[int, list[str]]]:
        held = None
        try:
            for row in super().rows():
                if held is not None:
                    yield held
                held = row
        except UnclosedQuote:  # where the cut fell; any other problem is a real one
            pass
        self.stopped = True


def problem_text(err: LoadError) -> str:
    """The problems of a LoadError as short sentences (the file name is already shown)."""
    parts = [tr("line {line}: {problem}").format(line=p.line, problem=p.message) if p.line
             else p.message for p in err.problems[:3]]
    return elide("; ".join(parts) or str(err), 600)


def _cell(text: str) -> str:
    return elide(text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ").replace("\r", " ⏎ "),
                 CELL_CHARS)


class PreviewModel(QAbstractTableModel):
    """The first rows as the file has them: line, check result, then every column."""

    LINE, CHECK = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []
        self._fields: dict[str, str] = {}    # column -> field label
        self._checks: dict[int, str] = {}    # line -> first problem ("" when fine)
        self._checked = False

    def set_rows(self, header: list[str], rows: list[tuple[int, list[str]]]) -> None:
        self.beginResetModel()
        self._header, self._rows = header, rows
        self._fields, self._checks, self._checked = {}, {}, False
        self.endResetModel()

    def set_checks(self, fields_: dict[str, str], checks: dict[int, str] | None) -> None:
        """Which field each column feeds, and the dry run's verdict per line (None: none)."""
        self._fields, self._checks, self._checked = fields_, checks or {}, checks is not None
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._header else 2 + len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.LINE:
            return tr("Line")
        if section == self.CHECK:
            return tr("Check")
        column = self._header[section - 2]
        field_ = self._fields.get(column)
        return elide(column, 40) + (f"\n→ {field_}" if field_ else "\n")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line, cells = self._rows[index.row()]
        col = index.column()
        problem = self._checks.get(line, "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BAD_ROW if problem else None
        if col == self.LINE:
            return str(line) if role == Qt.ItemDataRole.DisplayRole else None
        if col == self.CHECK:
            if role == Qt.ItemDataRole.DisplayRole:
                return (elide(problem, 80) or tr("OK")) if self._checked else ""
            if role == Qt.ItemDataRole.ToolTipRole and problem:
                return escape_tooltip(elide(problem, 2000))  # tooltips would render HTML
            return None
        i = col - 2
        text = cells[i] if i < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(text)
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > CELL_CHARS:
            return escape_tooltip(elide(text, 2000))
        return None


def summarize(result: DryRun, stopped: bool = False) -> tuple[str, bool]:
    """The dry run in a sentence, and whether importing would load anything:
    "148 rows will load; 2 will fail: line 7: column "date": month 13 does not exist; …"."""
    if result.rows == 0:
        return tr("The file has no rows below its header: nothing to import."), False
    bad = result.rows - result.ok
    reasons = "; ".join(tr("line {line}: {problem}").format(line=line, problem=elide(p, 160))
                        for line, p in result.failed[:SHOWN_FAILURES])
    reasons += "; …" if len(result.failed) > SHOWN_FAILURES else "."
    tail = " " + tr("The rest of the file is checked when it is opened.") if stopped else ""
    if result.ok == 0:
        text = tr("In the first %Ln row(s), no row would load: {reasons}", "", result.rows) \
            if stopped else tr("No row would load: {reasons}")
        return text.format(reasons=reasons) + tail, False
    loads = tr("%Ln row(s) will load", "", result.ok)
    if result.undated:
        loads = tr("{loads} ({undated} without a date: kept as undated events)").format(
            loads=loads, undated=number(result.undated))
    if stopped:
        loads = tr("In the first %Ln row(s), {loads}", "", result.rows).format(loads=loads)
    found = sources_text(result)
    if not bad:
        return tr("{loads}.").format(loads=loads) + found + tail, True
    return tr("{loads}; {failing} will fail: {reasons}").format(
        loads=loads, failing=number(bad), reasons=reasons) + found + tail, True


def sources_text(result: DryRun) -> str:
    """The sources the import would create, most cited first: " Sources: 11 (twitter.com/x
    4 events, cnn.com 2 events, …)." ("" when the rows cite none)."""
    if not result.sources:
        return " " + tr("No sources: choose the column of source names or links to get them.")
    top = result.sources.most_common(SHOWN_SOURCES)
    names = ", ".join(f"{elide(name, 60)} {number(n)}" for name, n in top)
    more = ", …" if len(result.sources) > SHOWN_SOURCES else ""
    return " " + tr("Sources: {count} ({names}).").format(count=number(len(result.sources)),
                                                          names=names + more)
