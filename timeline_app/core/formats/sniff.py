"""What a file that is not a timeline looks like, so the message can say it.

"JSON syntax: Expecting value" tells someone who opened a PDF or a spreadsheet nothing; "this
looks like a PDF document" tells them what to do. Only the first bytes are looked at.
"""

from __future__ import annotations

import codecs

from timeline_app.core.formats.problems import LoadError, Problem
from timeline_app.core.text import tr

# Leading bytes -> what the file is (the magic numbers of common formats).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0", "office"),
    (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"),
    (b"SQLite format 3\x00", "sqlite"), (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"), (b"7z\xbc\xaf", "7z"), (b"{\\rtf", "rtf"),
)


def _looks_like(kind: str) -> str:
    """"this looks like a PDF document, not a timeline" (and what to do) for a _MAGIC kind."""
    return {
        "pdf": tr("this looks like a PDF document, not a timeline"),
        "zip": tr("this looks like a ZIP archive (an Excel .xlsx, Word or OpenDocument file is "
                  "one), not a timeline; save the sheet as CSV to import it"),
        "office": tr("this looks like an old Microsoft Office file (.xls, .doc), not a "
                     "timeline; save the sheet as CSV to import it"),
        "png": tr("this looks like a PNG image, not a timeline"),
        "jpeg": tr("this looks like a JPEG image, not a timeline"),
        "gif": tr("this looks like a GIF image, not a timeline"),
        "sqlite": tr("this looks like an SQLite database, not a timeline"),
        "gzip": tr("this looks like a gzip-compressed file, not a timeline; uncompress it "
                   "first"),
        "bzip2": tr("this looks like a bzip2-compressed file, not a timeline; uncompress it "
                    "first"),
        "xz": tr("this looks like an xz-compressed file, not a timeline; uncompress it first"),
        "7z": tr("this looks like a 7-Zip archive, not a timeline"),
        "rtf": tr("this looks like an RTF document, not a timeline"),
    }[kind]


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
            return _looks_like(kind)
    head = text_head(data).lower()
    if head.startswith(("<!doctype html", "<html")):
        return tr("this looks like a web page (HTML), not a timeline; save the table in it as "
                  "CSV to import it")
    if data.lstrip(codecs.BOM_UTF8).startswith(TEXT_FORMAT):
        return tr("this is The Timeline Project's old text format (version 0.9 and before), "
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
