"""Duplicate keys in JSON objects: an error, never "the last one wins".

`json.loads` keeps the last of two equal keys without a word, while other programs keep the
first, so one file would show different facts in different tools ("status": "denied",
"status": "confirmed"). The parser's object hook refuses them; it does not know where it is
in the text, so the places are found afterwards by a token walk that only runs on that
error path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from timeline_app.core.formats.problems import MAX_PROBLEMS, Problem, line_col, short
from timeline_app.core.text import tr

# Strings (whole, with escapes) and the structural characters; numbers and literals hold
# neither quotes nor brackets, so they can be skipped.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],]')


class DuplicateKey(Exception):
    """An object in the text names a key twice (raised from inside the parser)."""


def unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The parser's `object_pairs_hook`: the object as a dict, or DuplicateKey."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise DuplicateKey
    return result


def counting_pairs(progress: Callable[[float], None], total: int, every: int = 4096
                   ) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """`unique_pairs` that also calls `progress(objects read / total)` every `every` objects,
    so one C parse reports progress and can be cancelled (progress may raise). Being Python,
    the hook also lets other threads run between objects."""
    seen = 0

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen
        result = dict(pairs)
        if len(result) != len(pairs):
            raise DuplicateKey
        seen += 1
        if not seen % every:
            progress(min(1.0, seen / total))
        return result

    return hook


def find_duplicates(text: str, limit: int) -> list[tuple[str, int, int]]:
    """(key, offset of the repeat, offset of the first) for up to `limit` repeated keys, in
    the order they appear."""
    found: list[tuple[str, int, int]] = []
    stack: list[dict[str, int] | None] = []  # keys seen per open object; None for a list
    expect_key = False
    for m in _TOKENS.finditer(text):
        token = m.group()
        first = token[0]
        if first == '"':
            if expect_key:
                key = _key(token)
                seen = stack[-1]
                assert seen is not None
                if key in seen:
                    found.append((key, m.start(), seen[key]))
                    if len(found) >= limit:
                        break
                else:
                    seen[key] = m.start()
                expect_key = False
        elif first == "{":
            stack.append({})
            expect_key = True
        elif first == "[":
            stack.append(None)
            expect_key = False
        elif first == ",":
            expect_key = bool(stack) and stack[-1] is not None
        elif stack:  # } or ]
            stack.pop()
            expect_key = False
    return found


def duplicate_problems(text: str) -> list[Problem]:
    """One problem per repeated key (capped), each at the repeat, naming the first."""
    problems = []
    for key, at, first in find_duplicates(text, MAX_PROBLEMS):
        line, col = line_col(text, at)
        first_line, first_col = line_col(text, first)
        problems.append(Problem(tr(
            'JSON: duplicate key "{key}" (also at line {line}, column {column}); each key may '
            "appear once in an object, or programs disagree on which value counts").format(
                key=short(key), line=first_line, column=first_col), line=line, column=col))
    return problems or [Problem(tr("JSON: an object has the same key twice"))]


def _key(token: str) -> str:
    """A key's text; one with a bad escape, which the parser has not reached yet (the
    repeat came first), is taken as written rather than raising from this error path."""
    if "\\" not in token:
        return token[1:-1]
    try:
        return json.loads(token)
    except json.JSONDecodeError:
        return token[1:-1]
