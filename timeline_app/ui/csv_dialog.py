"""The CSV import dialog: which column is which field, checked on the file before loading.

Spreadsheets name their columns anything, so the detected mapping is only a guess. The user
sees the first rows, changes any field's column, and reads what the import would do (a dry
run of the core's row reader) before the file is loaded in the background with that mapping.

Only the start of the file is read and checked here (see `csv_preview`), so a huge or hostile
file cannot stall the window; the load reads and checks the whole file again.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.formats.csv_import import (
    FIELDS,
    TEMPLATE_ONLY,
    Table,
    detect_mapping,
    dry_run,
    is_template,
    read_table,
    table_mapping,
)
from timeline_app.core.formats.csv_text import encoding_advice
from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.formats.records_table import RecordsTable, json_records, records_table
from timeline_app.core.formats.sniff import is_json
from timeline_app.ui import edit_lock
from timeline_app.ui.csv_preview import (
    CSV_SUFFIXES,
    DRY_RUN_ROWS,
    FIELD_ORDER,
    PREVIEW_ROWS,
    PrefixTable,
    PreviewModel,
    field_labels,
    problem_text,
    read_prefix,
    separated,
    summarize,
)
from timeline_app.ui.i18n import tr
from timeline_app.ui.safe_text import elide, plain_label

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

# The encodings to choose from after Auto (their names are not translated).
ENCODINGS: tuple[tuple[str, str], ...] = (
    ("UTF-8", "utf-8"), ("UTF-16", "utf-16"), ("Windows-1252", "cp1252"),
    ("Mac Roman", "mac_roman"))
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
                   "utf-32": "UTF-32", "cp1252": "Windows-1252", "mac-roman": "Mac Roman"}
def csv_filter() -> str:
    return tr("Spreadsheets and lists (*.csv *.tsv *.tab *.txt *.json);;"
              "Spreadsheets (*.csv *.tsv *.tab *.txt);;JSON lists of records (*.json);;"
              "All files (*)")


def not_used() -> str:
    """The first item of every column box: the field takes no column."""
    return tr("(not used)")


@dataclass(frozen=True)
class CsvChoice:
    """What the dialog decided. `mapping` names a column (or "" for none) for every field
    shown; None means the file could not be read here and the loader should report why."""

    mapping: dict[str, str] | None
    encoding: str | None


class CsvMappingDialog(QDialog):
    """Choose the column for each field and the encoding; OK only when something loads."""

    def __init__(self, path: Path, data: bytes, cut: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(tr("Import {file}").format(file=path.name))
        self.path, self._data, self._cut = path, data, cut
        self._table: PrefixTable | RecordsTable | None = None
        self._read_error = ""
        self._combos: dict[str, QComboBox] = {}
        self._date_notes: list[str] = []  # which date column was chosen, and why
        self._syncing = False

        intro = plain_label(tr("Choose the column that holds each part of an event. The "
                               "choices below were guessed from the column names."), self)
        self.file_info = plain_label("", self)
        self.encoding = QComboBox(self)
        self.encoding.addItem(tr("Auto"), None)
        for label, codec in ENCODINGS:
            self.encoding.addItem(label, codec)
        self.encoding_note = plain_label("", self)
        enc_row = QHBoxLayout()
        enc_label = QLabel(tr("&Encoding:"), self)
        enc_label.setBuddy(self.encoding)
        enc_row.addWidget(enc_label)
        enc_row.addWidget(self.encoding)
        enc_row.addWidget(self.encoding_note, 1)
        self.encoding_row = QWidget(self)
        self.encoding_row.setLayout(enc_row)
        enc_row.setContentsMargins(0, 0, 0, 0)
        # Only a file with bytes beyond ASCII (or NULs: UTF-16) can be read more than one way.
        self.encoding_row.setVisible(not data.isascii() or b"\0" in data[:4096])

        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMinimumHeight(200)

        self.fields_box = QGroupBox(tr("Columns"), self)
        self._grid = QGridLayout(self.fields_box)
        self.summary = plain_label("", self)
        self.summary.setObjectName("csvSummary")
        self.summary.setFrameShape(QLabel.Shape.StyledPanel)
        self.summary.setMargin(6)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button.setText(tr("&Open", "file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (intro, self.file_info, self.encoding_row):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(920, 660)

        self._read()
        self.encoding.currentIndexChanged.connect(self._encoding_changed)

    # -- public ----------------------------------------------------------------------------
    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def header(self) -> list[str]:
        return list(self._table.header) if self._table is not None else []

    def combo(self, field_: str) -> QComboBox:
        return self._combos[field_]

    def mapping(self) -> dict[str, str]:
        """Every shown field -> its column, "" when not used (detection is overridden)."""
        return {f: str(c.currentData() or "") for f, c in self._combos.items()}

    def set_column(self, field_: str, column: str) -> None:
        """Choose a field's column ("" for none), as picking it in the combo box does."""
        combo = self._combos[field_]
        i = combo.findData(column) if column else 0
        if i < 0:
            raise ValueError(f"no column {column!r}")
        combo.setCurrentIndex(i)

    def set_encoding(self, codec: str | None) -> None:
        self.encoding.setCurrentIndex(self.encoding.findData(codec))

    def choice(self) -> CsvChoice:
        return CsvChoice(self.mapping(), self.encoding.currentData())

    def summary_text(self) -> str:
        return self.summary.text()

    # -- reading ---------------------------------------------------------------------------
    def _read(self) -> None:
        """(Re)read the prefix with the chosen encoding, and rebuild columns and preview."""
        old_header = self.header
        old_mapping = self.mapping()
        self._table, self._read_error = None, ""
        try:
            table = self._json_table() if is_json(self._data) else None
            if table is None:
                base = read_table(self._data, self.path.name, self.encoding.currentData())
                table = PrefixTable(**{f.name: getattr(base, f.name) for f in fields(Table)},
                                    cut=self._cut)
            rows = []
            for row in table.rows():
                if len(rows) >= PREVIEW_ROWS:
                    break
                rows.append(row)
        except LoadError as err:
            self._read_error = problem_text(err)
            self.model.set_rows([], [])
        else:
            self._table = table
            self.model.set_rows(table.header, rows)
        self._describe_file()
        keep = old_mapping if self.header == old_header else None
        self._build_combos(keep)
        self.refresh()
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            widest = 220 if col == PreviewModel.CHECK else 260
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), widest))

    def _json_table(self) -> RecordsTable:
        """A JSON list of records (or one in a wrapper) as a table; its keys are columns."""
        if self._cut:
            raise LoadError(self.path.name, [Problem(tr(
                "the JSON file is too large to preview here; use --map on the command line"))])
        found = json_records(self._data, self.path.name)
        if found is None:
            raise LoadError(self.path.name, [Problem(tr("the JSON file holds no list of records"))])
        where, records = found
        table = records_table(records[:DRY_RUN_ROWS], self.path.name)
        table.stopped = len(records) > DRY_RUN_ROWS
        table.warnings = [tr("%Ln record(s) at {where}", "", len(records)).format(where=where)
                          if where else tr("%Ln record(s)", "", len(records))]
        return table

    def _describe_file(self) -> None:
        table = self._table
        auto_label = tr("Auto")
        if table is None:
            self.file_info.setText(tr("{file}: nothing to show (see below).").format(
                file=self.path.name))
            self.encoding_row.setVisible(True)  # another encoding may be the fix
            self.encoding_note.setText("")
        elif isinstance(table, RecordsTable):
            self.file_info.setText(tr("{file}: a JSON list, {records}, %Ln field(s) (the "
                                      "columns below).", "", len(table.header)).format(
                file=self.path.name, records=table.warnings[0]))
            self.encoding_row.setVisible(False)
        else:
            name = _ENCODING_NAMES.get(codecs.lookup(table.encoding).name, table.encoding)
            text = tr("{file}: %Ln column(s), {separated}, {encoding}", "", len(table.header)
                      ).format(file=self.path.name, separated=separated(table.delimiter),
                               encoding=name)
            if table.bom:
                text = tr("{text}, with a byte order mark").format(text=text)
            if self._cut:
                text = tr("{text} (first part shown: the file is large)").format(text=text)
            self.file_info.setText(text + ".")
            auto_label = tr("Auto ({encoding})").format(encoding=name)
            guessed = self.encoding.currentData() is None and table.warnings
            self.encoding_note.setText(
                tr("Guessed: if letters look wrong, choose another encoding.") if guessed else "")
        self.encoding.setItemText(0, auto_label)

    def _encoding_changed(self) -> None:
        self._read()

    # -- fields ----------------------------------------------------------------------------
    def _shown_fields(self) -> list[str]:
        template = self._table is not None and is_template(self._table.header)
        shown = [f for f in FIELDS if template or f not in TEMPLATE_ONLY]
        return sorted(shown, key=lambda f: FIELD_ORDER.index(f) if f in FIELD_ORDER
                      else len(FIELD_ORDER))

    def _build_combos(self, keep: dict[str, str] | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._combos = {}
        header = self.header
        self._date_notes = []
        if keep is not None:
            chosen = keep
        elif self._table is not None and not is_template(header):
            chosen, self._date_notes = table_mapping(self._table)  # the finest date column
        else:
            chosen = detect_mapping(header)
        per_row = 4
        names = field_labels()
        for n, field_ in enumerate(self._shown_fields()):
            combo = QComboBox(self.fields_box)
            combo.setObjectName(f"field_{field_}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)  # one width for all, however long the names
            combo.addItem(not_used(), "")
            for column in header:
                combo.addItem(elide(column, 48), column)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(field_, ""))))
            combo.setEnabled(bool(header))
            label = QLabel(tr("{field}:").format(field=names.get(
                field_, field_.replace("_", " ").capitalize())), self.fields_box)
            label.setBuddy(combo)
            row, col = divmod(n, per_row)
            self._grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(combo, row, col * 2 + 1)
            combo.currentIndexChanged.connect(
                lambda _i, f=field_: self._field_changed(f))  # GUI thread only
            self._combos[field_] = combo

    def _field_changed(self, field_: str) -> None:
        if self._syncing:
            return
        column = self._combos[field_].currentData()
        self._syncing = True
        try:  # a column feeds one field, as in the core: the other loses it
            for other, combo in self._combos.items():
                if other != field_ and column and combo.currentData() == column:
                    combo.setCurrentIndex(0)
        finally:
            self._syncing = False
        self.refresh()

    # -- checking --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Dry-run the current mapping: summary, per-row verdicts, and whether OK is allowed."""
        table = self._table
        if table is None:
            self._verdict(tr("The file cannot be read: {problem}").format(problem=self._read_error),
                          False)
            return
        mapping = self.mapping()
        used = {f: c for f, c in mapping.items() if c}
        names = field_labels()
        labels = {c: names.get(f, f) for f, c in used.items()}
        missing = _missing(used)
        if missing:
            self.model.set_checks(labels, None)
            self._verdict(missing, False)
            return
        try:
            result = dry_run(table, mapping)
        except LoadError as err:
            self.model.set_checks(labels, None)
            self._verdict(tr("The file cannot be imported: {problem}").format(
                problem=problem_text(err)), False)
            return
        checks: dict[int, str] = {}
        for line, problem in result.failed:
            checks.setdefault(line, problem)
        self.model.set_checks(labels, checks)
        text, ok = summarize(result, table.stopped)
        notes = [n[0].upper() + n[1:] + "." for n in self._date_notes
                 if mapping.get("start") and f'"{mapping["start"]}"' in n]
        self._verdict(" ".join([text, *notes]), ok)

    def _verdict(self, text: str, ok: bool) -> None:
        self.summary.setText(text)
        self.ok_button.setEnabled(ok)


def _missing(used: dict[str, str]) -> str:
    if "start" not in used and "year" not in used:
        return tr("Choose the column that holds the date (Start date, or Year).")
    if "title" not in used and "description" not in used:
        return tr("Choose the column that holds the title (or the description).")
    return ""


def exec_dialog(dialog: CsvMappingDialog) -> bool:
    """Show the dialog modally; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_mapping(parent: QWidget, path: Path) -> CsvChoice | None:
    """Ask how to read a CSV file; None when the user cancels."""
    try:
        data, cut = read_prefix(path)
    except OSError:
        return CsvChoice(None, None)  # the loader reports why, like for any other file
    dialog = CsvMappingDialog(path, data, cut, parent)
    try:
        return dialog.choice() if exec_dialog(dialog) else None
    finally:
        dialog.deleteLater()


def choose_csv_file(parent: QWidget, start: str) -> Path | None:
    """Ask which spreadsheet to import (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import CSV"), start, csv_filter())
    return Path(path) if path else None


def import_csv_dialog(w: MainWindow) -> None:
    """File > Import CSV…: pick a file; opening it shows the mapping dialog (for a JSON list
    of records too: its fields are the columns)."""
    start = str(w.document.path.parent) if w.document.path else str(Path.home())
    path = choose_csv_file(w, start)
    if path is not None:
        w.open_path(path, ask_mapping=True)





def reopen_text() -> str:
    """File > Reopen with Encoding…'s text."""
    return tr("Reopen with &Encoding…")


def window_warning(warning: str) -> tuple[str, bool]:
    """A loader warning in the window's words: the command line's `--encoding` becomes the
    menu command that asks. True when the warning is about the encoding."""
    flag = re.compile(re.escape(encoding_advice()).replace(re.escape("{other}"), r"\S+"))
    text, n = flag.subn(tr("choose another: File > Reopen with Encoding…"), warning)
    return text, n > 0


def reopen_with_encoding(w: MainWindow) -> None:
    """File > Reopen with Encoding…: the CSV dialog again, to read the file another way."""
    path = w.document.path
    if path is None or path.suffix.lower() not in CSV_SUFFIXES or edit_lock.refused(w):
        return
    w.open_path(path, ask_mapping=True)


def offer_encoding(w: MainWindow, message: str) -> None:
    """Show an encoding warning with a button that offers the choice; both go together."""
    bar = w.statusBar()
    button = getattr(w, "encoding_button", None)
    if button is None:
        button = QPushButton(reopen_text().replace("&", ""), bar)
        button.setFlat(True)
        button.clicked.connect(lambda: reopen_with_encoding(w))
        bar.addPermanentWidget(button)
        bar.messageChanged.connect(lambda text: button.setVisible(bool(text)))
        w.encoding_button = button
    bar.showMessage(message, 30_000)
    button.show()
