"""Readable, stable ids for sources and events that a file does not name.

The same file always gets the same ids, and a long run of repeats stays linear.
"""

from __future__ import annotations

from hashlib import blake2b
from typing import Any


def unique_slug(name: str, taken: dict[str, Any] | set[str],
                suffixes: dict[str, int] | None = None) -> str:
    """A readable, unused id made from a name ("South Korea's NIS" -> "south-korea-s-nis").

    `suffixes` (base -> next number to try) makes a run of calls linear: without it a file
    naming one source 20,000 times tries 2, 3, … afresh each time, which takes minutes.
    Callers that pass it must add each returned id to `taken`.
    """
    base = "".join(c if c.isalnum() else "-" for c in name.casefold()).strip("-")
    base = "-".join(part for part in base.split("-") if part)[:40] or "source"
    return _unused(base, taken, suffixes)


def generated_id(title: str, start: str, taken: set[str],
                 suffixes: dict[str, int] | None = None) -> str:
    """A stable id for an event that has none: the same file always gets the same ids.
    (`suffixes` as for `unique_slug`: thousands of untitled, undated events stay linear.)"""
    digest = blake2b(f"{title}\x00{start}".encode(), digest_size=4).hexdigest()
    return _unused(f"e-{digest}", taken, suffixes)


def _unused(base: str, taken: dict[str, Any] | set[str],
            suffixes: dict[str, int] | None) -> str:
    """`base`, or `base-N` with the smallest free N >= 2 (the smallest not yet handed out)."""
    if base not in taken:
        return base
    n = suffixes.get(base, 2) if suffixes is not None else 2
    while f"{base}-{n}" in taken:
        n += 1
    if suffixes is not None:
        suffixes[base] = n + 1
    return f"{base}-{n}"
