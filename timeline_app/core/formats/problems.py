"""Problems found in a file, phrased for the person who has to fix it.

A problem names its place the way the user can find it: line and column for JSON syntax,
or the event (index, id, title) and the field path for content. The command line prints
them one a line and the GUI lists the same text, so there is one wording to get right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MAX_PROBLEMS = 50


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    where: str = ""          # e.g. 'events[12] (id "x", "Title"): start'
    line: int | None = None  # 1-based, for syntax errors
    column: int | None = None

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
            out.append(f"{self.name}: … and more problems; stopped reading at {self.stopped_at}")
        elif self.total > len(self.problems):
            out.append(f"{self.name}: … and {self.total - len(self.problems)} more problems")
        return out


def json_type(value: Any) -> str:
    """The JSON name of a Python value's type, as users see it in their file."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
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
    if 0x80 <= lead <= 0xBF:
        return (f"byte 0x{lead:02x} continues a character that never started "
                f"(a stray continuation byte)")
    if lead in (0xC0, 0xC1):
        return (f"overlong sequence: byte 0x{lead:02x} starts a character written with more "
                f"bytes than it needs, which UTF-8 does not allow")
    if lead >= 0xF5:
        return f"byte 0x{lead:02x} never appears in UTF-8"
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    tail = data[at + 1: at + size]
    got = 0
    while got < len(tail) and 0x80 <= tail[got] <= 0xBF:
        got += 1
    if got < size - 1:
        after = (f"the file ends after {got}" if at + 1 + got >= len(data)
                 else f"byte 0x{data[at + 1 + got]:02x} comes after {got}")
        hint = "; is the file in another encoding, such as Windows-1252?" if not got else ""
        return (f"truncated sequence: byte 0x{lead:02x} starts a {size}-byte character, "
                f"but {after} of its {size - 1} continuation bytes{hint}")
    shown = " ".join(f"0x{b:02x}" for b in data[at: at + size])
    second = tail[0]
    if lead == 0xED and second >= 0xA0:
        code = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (tail[1] & 0x3F)
        return (f"surrogate: bytes {shown} encode U+{code:04X}, half of a UTF-16 pair, "
                f"which UTF-8 does not allow")
    if (lead == 0xE0 and second < 0xA0) or (lead == 0xF0 and second < 0x90):
        return f"overlong sequence: bytes {shown} use more bytes than the character needs"
    return f"bytes {shown} are beyond U+10FFFF, the last Unicode character"


_EXPECTED = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "float_type": "expected a number",
    "list_type": "expected a list",
    "dict_type": "expected an object",
    "typed_dict_type": "expected an object",
    "model_type": "expected an object",
    "bool_type": "expected true or false",
    "finite_number": "expected a finite number",
}


def describe_pydantic_error(err: Mapping[str, Any]) -> str:
    """Turn one pydantic error dict into a short message without echoing huge input."""
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return "missing (required)"
    if kind == "string_too_long":
        size = len(value) if isinstance(value, str) else "?"
        return f"too long: {size:,} characters (at most {ctx.get('max_length', 0):,})"
    if kind == "literal_error":
        return f"expected one of {ctx.get('expected', '')}, got {_show(value)}"
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]}, got {_show(value)}"
    if kind == "value_error":  # our validators' own words (grades)
        return str(err.get("msg", kind)).removeprefix("Value error, ")
    return str(err.get("msg", kind)).replace("Input should be", "expected")


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{short(value)}"'
    return json_type(value)


ZEROS = "the file holds only zero bytes (NUL); it was probably damaged while being written"


def reject_unreadable_bytes(data: bytes, name: str) -> None:
    """Bytes that are no text at all, or UTF-16 without its byte order mark: say so plainly
    (both JSON and CSV readers ask this before trying UTF-8)."""
    if data and not data.strip(b"\x00"):
        raise LoadError(name, [Problem(ZEROS)])
    head = data[:4]
    if len(head) == 4 and (head[1] == head[3] == 0 or head[0] == head[2] == 0):
        raise LoadError(name, [Problem(
            "the file looks like UTF-16 without a byte order mark; save it as UTF-8")])
