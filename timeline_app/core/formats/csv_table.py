"""A CSV file as a table: decoded, its header found, its rows read with their line numbers.

Below the CSV reader and the row reader, so both can use it without importing each other.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from timeline_app.core.formats.csv_formula import MARKER, unescape_cell
from timeline_app.core.formats.csv_text import decode_csv, sniff_delimiter
from timeline_app.core.formats.problems import LoadError, Problem, line_col
from timeline_app.core.text import tr

MAX_CELL = 1_000_000  # characters; the longest description a document may hold
MAX_COLUMNS = 1000


class UnclosedQuote(LoadError):
    """The file ends inside a quoted cell (a preview cut there is not the file's fault)."""


@dataclass
class Table:
    """A decoded CSV file: its header and a way to read the rows (line number, cells)."""

    name: str
    text: str
    header: list[str]
    delimiter: str
    encoding: str
    bom: bool
    warnings: list[str] = field(default_factory=list)
    escaped: bool = False  # our own export: cells carry a formula-escaping ' (csv_formula)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Data rows with the line each starts on; blank rows are left out."""
        csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL + 1))
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        seen_header = False
        line = start = 1
        try:
            for cells in reader:
                start, line = line, reader.line_num + 1
                if not (cells and cells[0].strip()) and not "".join(cells).strip():
                    continue  # blank
                if not seen_header:
                    seen_header = True
                    continue
                if self.escaped:
                    cells = [unescape_cell(c) for c in cells[:len(self.header)]]
                yield start, cells
        except csv.Error as err:
            raise LoadError(self.name, [Problem(_csv_error(err), line=line)]) from None
        # The csv module silently ends a quoted cell at the end of the file: read the last
        # row's lines again, strictly.
        last = "".join(itertools.islice(io.StringIO(self.text, newline=""), start - 1, None))
        try:
            list(csv.reader(io.StringIO(last, newline=""), delimiter=self.delimiter,
                            strict=True))
        except csv.Error as err:
            if "unexpected end of data" not in str(err):
                return
            raise UnclosedQuote(self.name, [Problem(tr(
                "a quoted cell is never closed: the file ends inside the quotes opened on "
                "this line"), line=start)]) from None


def read_table(data: bytes, name: str = "<data>", encoding: str | None = None,
               delimiter: str | None = None) -> Table:
    """Decode and find the header; raises LoadError for an unreadable file."""
    text, used, bom, warnings = decode_csv(data, name, encoding)
    nul = text.find("\x00")
    if nul >= 0:  # the csv module (3.11+) would take it as text: a binary file, or UTF-16
        line, col = line_col(text, nul)
        raise LoadError(name, [Problem(_csv_error(csv.Error("line contains NUL")), line=line,
                                       column=col)])
    delim = delimiter or sniff_delimiter(text, name)
    table = Table(name, text, [], delim, used, bom, warnings)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        header = next((cells for cells in reader if any(c.strip() for c in cells)), None)
    except csv.Error as err:
        raise LoadError(name, [Problem(_csv_error(err), line=reader.line_num)]) from None
    if header is None:
        raise LoadError(name, [Problem(tr("the file is empty"))])
    if len(header) > MAX_COLUMNS:
        raise LoadError(name, [Problem(tr("the header has {columns} columns; Timeline App "
                                          "reads at most {most}").format(
            columns=f"{len(header):,}", most=f"{MAX_COLUMNS:,}"), line=1)])
    if header[-1] == MARKER:  # written by our export, which escaped formula-like cells
        table.escaped = True
        header = [unescape_cell(c) for c in header[:-1]]
    table.header = _unique_names(header)
    return table


def _csv_error(err: csv.Error) -> str:
    message = str(err)
    if "field larger than field limit" in message:
        return tr("a cell is longer than {most} characters (the most Timeline App reads)"
                  ).format(most=f"{MAX_CELL:,}")
    if "NUL" in message:
        return tr("the file contains NUL bytes: it is not a text (CSV) file, or not in this "
                  "encoding")
    return f"CSV: {message}"


def _unique_names(header: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(header):
        base = raw.strip().lstrip("\ufeff") or f"column {i + 1}"
        name, n = base, 2
        while name.casefold() in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name.casefold())
        out.append(name)
    return out
