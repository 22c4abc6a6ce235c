"""Spreadsheet-safe CSV cells (formula injection, OWASP "CSV Injection").

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (tab and CR can
hide such a start), so `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` from any imported file would
run on the editor's machine. The export puts a `'` before such cells, as OWASP recommends; a
plain number ("-5", "+1.5") is not a formula and is left alone. Cells that already start with
apostrophes before such a character get one more, so the change can be undone exactly.

Undoing it must not eat a real leading apostrophe of somebody else's sheet, so an export that
neutralised any cell says so in a last header cell, `MARKER`; only a file carrying it is
unescaped on import. `--raw` (command line) writes cells as they are, without the marker.
"""

from __future__ import annotations

import re

__all__ = ["MARKER", "escape_cell", "escape_rows", "unescape_cell"]

MARKER = "Timeline App: a ' was put before cells starting with = + - @ tab or CR"
_FIRST = frozenset("'=+-@\t\r")
_NEEDS = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)")


def escape_cell(cell: str) -> str:
    """The cell as a spreadsheet may open it without running anything."""
    if cell and cell[0] in _FIRST and _NEEDS.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def escape_rows(rows: list[list[str]]) -> tuple[list[list[str]], int]:
    """The rows with every cell escaped, and how many cells changed."""
    out = [[escape_cell(c) for c in row] for row in rows]
    changed = sum(len(a) != len(b) for new, old in zip(out, rows, strict=True)
                  for a, b in zip(new, old, strict=True))
    return out, changed


def unescape_cell(cell: str) -> str:
    """The inverse of `escape_cell`, for files that carry the MARKER."""
    return cell[1:] if _ESCAPED.match(cell) else cell
