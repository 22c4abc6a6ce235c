"""What a file that is not a timeline looks like, so the message can say it.

"JSON syntax: Expecting value" tells someone who opened a PDF or a spreadsheet nothing; "this
looks like a PDF document" tells them what to do. Only the first bytes are looked at.
"""

from __future__ import annotations

import codecs

from timeline_app.core.formats.problems import LoadError, Problem

# Leading bytes -> what the file is (the magic numbers of common formats).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx, Word or OpenDocument file is one): "
                    "save the sheet as CSV to import it"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.xls, .doc): save the sheet as CSV "
                          "to import it"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip-compressed file: uncompress it first"),
    (b"BZh", "a bzip2-compressed file: uncompress it first"),
    (b"\xfd7zXZ", "an xz-compressed file: uncompress it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
)
TEXT_FORMAT = b"# Written by Timeline "


def text_head(data: bytes, size: int = 512) -> str:
    """The first characters, as text (a UTF-8 byte order mark dropped), left-trimmed."""
    head = data[:size]
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
    return head.decode("utf-8", "ignore").lstrip()


def foreign_kind(data: bytes) -> str | None:
    """"this looks like a PDF document, not a timeline" …, or None for anything that may be
    ours."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            kind, _, advice = kind.partition(": ")
            return f"this looks like {kind}, not a timeline" + (f"; {advice}" if advice else "")
    head = text_head(data).lower()
    if head.startswith(("<!doctype html", "<html")):
        return ("this looks like a web page (HTML), not a timeline; save the table in it as "
                "CSV to import it")
    if data.lstrip(codecs.BOM_UTF8).startswith(TEXT_FORMAT):
        return ("this is The Timeline Project's old text format (version 0.9 and before), "
                "which Timeline App does not read; open it in The Timeline Project and save "
                "it: that writes its XML format, which Timeline App imports")
    return None


def refuse_foreign(data: bytes, name: str) -> None:
    """LoadError naming what the file looks like, when it is plainly not a timeline."""
    kind = foreign_kind(data)
    if kind is not None:
        raise LoadError(name, [Problem(kind)])


def is_xml(data: bytes, name: str = "") -> bool:
    """True when the file starts like XML: a declaration, or (unless its name says it is a
    spreadsheet, whose first header cell might start with "<") an element."""
    head = text_head(data, 256)
    if head.startswith("<?xml"):
        return True
    if name.lower().endswith((".csv", ".tsv", ".tab")):
        return False
    return head.startswith("<") and not head.lower().startswith(("<!doctype html", "<html"))


def is_json(data: bytes) -> bool:
    """True when the file starts like JSON (an object or a list)."""
    return text_head(data, 64)[:1] in ("[", "{")
