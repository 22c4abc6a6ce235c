"""JSON text: decoding the bytes and parsing them, with every syntax problem at its place.

Files come from strangers: each failure names its line and column and nothing escapes as a
traceback. Large files report progress from the parser's object hook, which (being Python)
also lets the window's thread run between objects, and can be cancelled there.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

from timeline_app.core.formats.json_keys import (
    DuplicateKey,
    counting_pairs,
    duplicate_problems,
    unique_pairs,
)
from timeline_app.core.formats.nesting import too_deep
from timeline_app.core.formats.problems import (
    LoadError,
    Problem,
    line_col,
    reject_unreadable_bytes,
    short,
    utf8_error,
)
from timeline_app.core.formats.result import PARSE_SHARE, Progress
from timeline_app.core.text import tr


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is accepted), or UTF-16/32 when a BOM says so."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        utf32 = data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
        encoding = "utf-32" if utf32 else "utf-16"
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as err:
            raise LoadError(name, [Problem(tr("not valid {encoding} (byte {byte} of the file)")
                                           .format(encoding=encoding.upper(), byte=err.start))]
                            ) from None
    reject_unreadable_bytes(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode("utf-8", "replace")
        line, col = line_col(prefix, len(prefix))
        raise LoadError(name, [Problem(
            tr("the file is not valid UTF-8: {reason}").format(reason=utf8_error(data, err.start)),
            line=line, column=col)]) from None
    if not text or text.isspace():  # (strip() would copy all of a large text to ask)
        raise LoadError(name, [Problem(empty())])
    return text


class _BadConstant(ValueError):
    pass


def _reject_constant(token: str) -> Any:
    raise _BadConstant(token)


def _finite_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _BadConstant(token)
    return value


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN|-?\d+(?:\.\d+)?[eE][+-]?\d+)')


def _find_token(text: str, token: str) -> tuple[int, int]:
    for m in _TOKEN.finditer(text):
        if m.group(1) == token:
            return line_col(text, m.start(1))
    return 1, 1


DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float,
                            object_pairs_hook=unique_pairs)
# Without the duplicate-key hook (dicts built in C, a third faster): only for a caller that
# proves the keys of what it parsed unique itself (native_stream).
PLAIN_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)
# Above this size the parse reports progress (a few per cent slower: a count per object).
# Either way it is one C parse whose Python object hook lets other threads run.
PROGRESS_ABOVE_BYTES = 8_000_000


def _decoder(text: str, progress: Progress | None) -> json.JSONDecoder:
    """The shared decoder, or one whose hook reports progress through the parse (the
    objects read out of about the text's count of "{", which strings may inflate a little)."""
    if progress is None or len(text) <= PROGRESS_ABOVE_BYTES:
        return DECODER
    hook = counting_pairs(lambda f: progress(f * PARSE_SHARE), max(1, _objects_about(text)))
    return json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float,
                            object_pairs_hook=hook)


def _objects_about(text: str, samples: int = 32, width: int = 1 << 15) -> int:
    """About how many objects the text holds, from the "{" in evenly spaced samples of it
    (counting them all held the GIL for 17 ms in 33 MB): a progress bar's total."""
    if len(text) <= 4 * samples * width:
        return text.count("{")
    step = len(text) // samples
    found = sum(text.count("{", i * step, i * step + width) for i in range(samples))
    return found * len(text) // (samples * width)


def parse_json(text: str, name: str, progress: Progress | None = None) -> Any:
    try:
        value = _decoder(text, progress).decode(text)
    except json.JSONDecodeError as err:
        line, col = line_col(text, err.pos)  # json counts only LF; CR-only files exist
        raise LoadError(name, [Problem(tr("JSON syntax: {problem}").format(
            problem=_syntax(err.msg, err.pos >= len(text.rstrip()))), line=line, column=col)]
                        ) from None
    except DuplicateKey:
        raise LoadError(name, duplicate_problems(text)) from None
    except _BadConstant as err:
        token = str(err)
        line, col = _find_token(text, token)
        what = tr("JSON: {token} is too large for a number") if token[0].isdigit() or (
            token[0] == "-" and token[1:2].isdigit()) else tr(
            "JSON: {token} is not valid JSON (numbers must be finite)")
        raise LoadError(name, [Problem(what.format(token=short(token)), line=line,
                                       column=col)]) from None
    except RecursionError:
        raise LoadError(name, [Problem(f"JSON {too_deep()}")]) from None
    except ValueError as err:  # e.g. an integer of more than 4,300 digits
        digits = _LONG_INTEGER.search(text) if "integer string conversion" in str(err) else None
        if digits is None:
            raise LoadError(name, [Problem(f"JSON: {short(str(err), 120)}")]) from None
        line, col = line_col(text, digits.start())
        raise LoadError(name, [Problem(
            tr("JSON: a number with more than {digits} digits is too long to read").format(
                digits=f"{sys.get_int_max_str_digits():,}"), line=line, column=col)]) from None
    except MemoryError:
        raise LoadError(name, [Problem(tr("not enough memory to read this file"))]) from None
    _refuse_lone_surrogates(value, text, name)
    return value


def empty() -> str:
    return tr("the file is empty")


def _syntax(msg: str, at_end: bool) -> str:
    """Python's words for a JSON syntax error (kept in English) in the window's language."""
    if msg.startswith("Expecting value") and at_end:
        return tr("the file ends before the JSON value is complete")
    known = {"Extra data": tr("unexpected text after the end of the JSON value"),
             "Expecting value": tr("Expecting value", "JSON syntax"),
             "Expecting ',' delimiter": tr("Expecting ',' delimiter", "JSON syntax"),
             "Expecting ':' delimiter": tr("Expecting ':' delimiter", "JSON syntax"),
             "Expecting property name enclosed in double quotes": tr(
                 "Expecting property name enclosed in double quotes", "JSON syntax"),
             "Unterminated string starting at": tr("Unterminated string starting at",
                                                   "JSON syntax: a string's opening quote"),
             "Invalid control character at": tr("Invalid control character at",
                                                "JSON syntax: a character in a string"),
             "Invalid \\escape": tr("Invalid \\escape", "JSON syntax"),
             "Invalid \\uXXXX escape": tr("Invalid \\uXXXX escape", "JSON syntax")}
    return known.get(msg, msg)


_LONG_INTEGER = re.compile(f"[0-9]{{{sys.get_int_max_str_digits() + 1},}}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def may_hold_surrogates(text: str) -> bool:
    """Whether the text has a surrogate escape at all (ordinary files never do)."""
    # No backslash at all (one memchr: 3 ms for 33 MB, the regex 20 ms): no escape either.
    return "\\" in text and _SURROGATE_ESCAPE.search(text) is not None


def _refuse_lone_surrogates(value: Any, text: str, name: str) -> None:
    """JSON may write half a character (`"\\ud800"`); Python keeps it, and it then breaks
    hashing ids, saving and drawing. Refuse it here, with its place. The walk runs only when
    the text has such an escape at all, which ordinary files never do."""
    if not may_hold_surrogates(text):
        return
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
            stack.extend(item.keys())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and not item.isascii():
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                break
    else:
        return
    line, col, escape = _lone_escape(text)
    raise LoadError(name, [Problem(
        tr("JSON: {escape} is half of a character (an unpaired UTF-16 surrogate escape)")
        .format(escape=escape), line=line, column=col)])


def _lone_escape(text: str) -> tuple[int, int, str]:
    """Where the first surrogate escape that is not part of a pair is, and its text."""
    matches = list(_SURROGATE_ESCAPE.finditer(text))
    i = 0
    while i < len(matches):
        m = matches[i]
        high = m.group()[3].lower() in "89ab"
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if high and nxt is not None and nxt.start() == m.end() and \
                nxt.group()[3].lower() in "cdef":
            i += 2
            continue
        return (*line_col(text, m.start()), m.group())
    return 1, 1, "a \\u escape"
