"""Problems found in a file, phrased for the person who has to fix it.

A problem names its place the way the user can find it: line and column for JSON syntax,
or the event (index, id, title) and the field path for content. The command line prints
them one a line and the GUI lists the same text, so there is one wording to get right; the
window says it in its language (core.text), the field paths and names as the file has them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from timeline_app.core.text import tr

MAX_PROBLEMS = 50


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    where: str = ""          # e.g. 'events[12] (id "x", "Title"): start'
    line: int | None = None  # 1-based, for syntax errors
    column: int | None = None
    part: str = ""           # a date's part the message is about (DateError.part)

    def format(self, name: str) -> str:
        if self.line is not None:
            return f"{name}:{self.line}:{self.column or 1}: {self.message}"
        if self.where:
            return f"{name}: {self.where}: {self.message}"
        return f"{name}: {self.message}"


class LoadError(Exception):
    """A file that cannot be opened as a timeline; carries every problem found (capped)."""

    def __init__(self, name: str, problems: Sequence[Problem], total: int | None = None,
                 stopped_at: str = "") -> None:
        self.name = name
        self.problems = list(problems)
        self.total = total if total is not None else len(self.problems)
        self.stopped_at = stopped_at  # set when reading gave up early on a hopeless file
        super().__init__(self.lines()[0] if self.problems else name)

    def lines(self) -> list[str]:
        out = [p.format(self.name) for p in self.problems]
        if self.stopped_at:
            out.append(tr("{name}: … and more problems; stopped reading at {place}").format(
                name=self.name, place=self.stopped_at))
        elif self.total > len(self.problems):
            out.append(more_problems(self.name, self.total - len(self.problems)))
        return out


def more_problems(name: str, n: int) -> str:
    """"name: … and 3 more problems", after the problems listed."""
    return tr("{name}: … and %Ln more problem(s)", "", n).format(name=name)


def json_type(value: Any) -> str:
    """The JSON name of a Python value's type, as users see it in their file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return tr("a number", "a JSON value")
    if isinstance(value, str):
        return tr("text", "a JSON value")
    if isinstance(value, list):
        return tr("a list", "a JSON value")
    if isinstance(value, dict):
        return tr("an object", "a JSON value")
    return type(value).__name__


def short(text: str, limit: int = 40) -> str:
    """A string cut to fit in a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset; lines end with LF, CR LF or a lone CR
    (classic Mac files), as editors count them."""
    lf = text.count("\n", 0, offset)
    cr = text.count("\r", 0, offset)
    if not cr:
        return lf + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1
    line = lf + cr - text.count("\r\n", 0, offset) + 1
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    if start == offset and text.startswith("\r\n", offset - 1):
        line -= 1  # on the LF of a CR LF: still the line the CR ended
        start = max(text.rfind("\n", 0, offset - 1), text.rfind("\r", 0, offset - 1)) + 1
    return line, offset - start + 1


def utf8_error(data: bytes, at: int) -> str:
    """Why the bytes at `at` are not UTF-8, in the terms of the standard ("truncated
    sequence", "surrogate"), since "cannot start a character" sends the user the wrong way
    when the character was merely cut short."""
    lead = data[at]
    byte = f"0x{lead:02x}"
    if 0x80 <= lead <= 0xBF:
        return tr("byte {byte} continues a character that never started (a stray "
                  "continuation byte)").format(byte=byte)
    if lead in (0xC0, 0xC1):
        return tr("overlong sequence: byte {byte} starts a character written with more bytes "
                  "than it needs, which UTF-8 does not allow").format(byte=byte)
    if lead >= 0xF5:
        return tr("byte {byte} never appears in UTF-8").format(byte=byte)
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    tail = data[at + 1: at + size]
    got = 0
    while got < len(tail) and 0x80 <= tail[got] <= 0xBF:
        got += 1
    if got < size - 1:
        if at + 1 + got >= len(data):
            text = tr("truncated sequence: byte {byte} starts a {size}-byte character, but the "
                      "file ends after {got} of its {needed} continuation bytes")
        else:
            text = tr("truncated sequence: byte {byte} starts a {size}-byte character, but byte "
                      "{next} comes after {got} of its {needed} continuation bytes")
        text = text.format(byte=byte, size=size, got=got, needed=size - 1,
                           next=f"0x{data[at + 1 + got]:02x}" if at + 1 + got < len(data) else "")
        hint = tr("; is the file in another encoding, such as Windows-1252?") if not got else ""
        return text + hint
    shown = " ".join(f"0x{b:02x}" for b in data[at: at + size])
    second = tail[0]
    if lead == 0xED and second >= 0xA0:
        code = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (tail[1] & 0x3F)
        return tr("surrogate: bytes {bytes} encode {code}, half of a UTF-16 pair, which UTF-8 "
                  "does not allow").format(bytes=shown, code=f"U+{code:04X}")
    if (lead == 0xE0 and second < 0xA0) or (lead == 0xF0 and second < 0x90):
        return tr("overlong sequence: bytes {bytes} use more bytes than the character "
                  "needs").format(bytes=shown)
    return tr("bytes {bytes} are beyond U+10FFFF, the last Unicode character").format(
        bytes=shown)


def _expected(kind: str) -> str | None:
    """"expected text" for a pydantic error type that names a JSON type, else None."""
    obj = tr("expected an object, got {value}")
    return {"string_type": tr("expected text, got {value}"),
            "int_type": tr("expected a whole number, got {value}"),
            "float_type": tr("expected a number, got {value}"),
            "list_type": tr("expected a list, got {value}"),
            "dict_type": obj, "typed_dict_type": obj, "model_type": obj,
            "bool_type": tr("expected true or false, got {value}"),
            "finite_number": tr("expected a finite number, got {value}")}.get(kind)


def missing() -> str:
    return tr("missing (required)")


def too_long(size: int, most: int) -> str:
    """"too long: 12,345 characters (at most 10,000)"."""
    return tr("too long: {size} characters (at most {most})").format(size=f"{size:,}",
                                                                      most=f"{most:,}")


def describe_pydantic_error(err: Mapping[str, Any]) -> str:
    """Turn one pydantic error dict into a short message without echoing huge input."""
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return missing()
    if kind == "string_too_long":
        size = f"{len(value):,}" if isinstance(value, str) else "?"
        return tr("too long: {size} characters (at most {most})").format(
            size=size, most=f"{ctx.get('max_length', 0):,}")
    if kind == "literal_error":
        return tr("expected one of {choices}, got {value}").format(
            choices=ctx.get("expected", ""), value=_show(value))
    if (expected := _expected(kind)) is not None:
        return expected.format(value=_show(value))
    if kind == "value_error":  # our validators' own words (grades)
        return str(err.get("msg", kind)).removeprefix("Value error, ")
    return str(err.get("msg", kind)).replace("Input should be", "expected")


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{short(value)}"'
    return json_type(value)


def reject_unreadable_bytes(data: bytes, name: str) -> None:
    """Bytes that are no text at all, or UTF-16 without its byte order mark: say so plainly
    (both JSON and CSV readers ask this before trying UTF-8)."""
    if data and not data.strip(b"\x00"):
        raise LoadError(name, [Problem(tr("the file holds only zero bytes (NUL); it was "
                                          "probably damaged while being written"))])
    head = data[:4]
    if len(head) == 4 and (head[1] == head[3] == 0 or head[0] == head[2] == 0):
        raise LoadError(name, [Problem(tr(
            "the file looks like UTF-16 without a byte order mark; save it as UTF-8"))])
