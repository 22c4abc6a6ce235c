"""JSON parsing that comes up for air: the event list is parsed one element at a time.

`json.loads` is one C call that holds the GIL for its whole run (seconds for a large file),
so a loader thread using it freezes the window. Here the outer object and the event list
are walked in Python and each element is parsed by the same C scanner, so
other threads run between elements, progress can be reported and a load can be cancelled.
The result and the error messages (with positions) are those of `json.loads`, and a key
repeated in the outer object is refused like the decoder's object hook refuses it inside.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, not in typeshed
from typing import Any

from timeline_app.core.formats.json_keys import DuplicateKey

Progress = Callable[[float], None]  # fraction of the text parsed; may raise to cancel

_WS = re.compile(r"[ \t\n\r]*")
_REPORT_EVERY = 2048  # elements between progress calls


def loads(text: str, decoder: json.JSONDecoder, progress: Progress | None = None) -> Any:
    """Parse like `decoder.decode(text)`, streaming the top-level list or "events" list."""
    i = _skip(text, 0)
    value: Any
    if text.startswith("{", i):
        value, i = _object(text, i, decoder, progress)
    elif text.startswith("[", i):
        value, i = _array(text, i, decoder, progress)
    else:
        value, i = _value(_scanner(decoder), text, i)
    i = _skip(text, i)
    if i != len(text):
        raise json.JSONDecodeError("Extra data", text, i)
    return value


def _scanner(decoder: json.JSONDecoder) -> Callable[[str, int], tuple[Any, int]]:
    """The decoder's C scanner (an attribute typeshed does not declare)."""
    scan: Callable[[str, int], tuple[Any, int]] = decoder.scan_once  # type: ignore[attr-defined]
    return scan


def _value(scan: Callable[[str, int], tuple[Any, int]], text: str, i: int) -> tuple[Any, int]:
    """One value by the C scanner (faster than `raw_decode`, which wraps it in Python)."""
    try:
        return scan(text, i)
    except StopIteration as err:
        raise json.JSONDecodeError("Expecting value", text, err.value) from None


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]  # a `*` pattern always matches


def _array(text: str, i: int, decoder: json.JSONDecoder, progress: Progress | None
           ) -> tuple[list[Any], int]:
    items: list[Any] = []
    i = _skip(text, i + 1)
    if text.startswith("]", i):
        return items, i + 1
    scan = _scanner(decoder)
    append = items.append
    total = max(1, len(text))
    while True:
        try:
            value, i = scan(text, i)
        except StopIteration as err:
            raise json.JSONDecodeError("Expecting value", text, err.value) from None
        append(value)
        if progress is not None and len(items) % _REPORT_EVERY == 0:
            progress(i / total)
        i = _skip(text, i)
        if text.startswith("]", i):
            return items, i + 1
        if not text.startswith(",", i):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
        i = _skip(text, i + 1)


def _object(text: str, i: int, decoder: json.JSONDecoder, progress: Progress | None
            ) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    i = _skip(text, i + 1)
    if text.startswith("}", i):
        return result, i + 1
    while True:
        if not text.startswith('"', i):
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, i)
        key, i = scanstring(text, i + 1)
        if key in result:
            raise DuplicateKey
        i = _skip(text, i)
        if not text.startswith(":", i):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, i)
        i = _skip(text, i + 1)
        if key == "events" and text.startswith("[", i):
            result[key], i = _array(text, i, decoder, progress)
        else:
            result[key], i = _value(_scanner(decoder), text, i)
        i = _skip(text, i)
        if text.startswith("}", i):
            return result, i + 1
        if not text.startswith(",", i):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, i)
        i = _skip(text, i + 1)
