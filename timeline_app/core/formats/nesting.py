"""One nesting limit for reading and writing documents.

Unknown fields are kept and saved as they are, so their depth is up to the file. The JSON
reader manages about 900 levels of [ and {, the writer about 250; a file between the two
loaded but could never be saved. Loading therefore refuses what saving could not write:
a document (counted from its outer object, as saved) may hold at most MAX_NESTING levels.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from timeline_app.core.formats.problems import LoadError, Problem, short
from timeline_app.core.model.timeline import Timeline
from timeline_app.core.text import tr

MAX_NESTING = 200

# The level of an unknown field's value in a saved document: the document is level 1,
# its "events" list 2, an event 3, so an event's field holds level 4 and beyond.
DOCUMENT_FIELD = 1
SOURCE_FIELD = 3
EVENT_FIELD = 3
CLAIM_FIELD = 5



def too_deep() -> str:
    """Why a value nested deeper than MAX_NESTING is refused (read and written alike)."""
    return tr("nested too deeply: Timeline App reads and writes at most {levels} levels of [ "
              "and {{ in a document").format(levels=MAX_NESTING)


def depth_over(value: Any, levels: int) -> bool:
    """Whether `value` holds more than `levels` levels of lists and objects (a scalar has
    none). Iterative: the values checked are the ones too deep for recursion."""
    stack = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, level = pop()
        kind = type(item)
        if kind is not dict and kind is not list:
            continue
        if level > levels:
            return True
        for child in item.values() if kind is dict else item:
            if type(child) is dict or type(child) is list:
                push((child, level + 1))
    return False


def too_deep_field(fields: Mapping[str, Any], at: int) -> str | None:
    """The first field of `fields` (unknown fields kept at level `at`) that is too deep."""
    for key, value in fields.items():
        if (type(value) is dict or type(value) is list) and depth_over(
                value, MAX_NESTING - at):
            return key
    return None


def deep_place(timeline: Timeline) -> str | None:
    """Where a document holds an unknown field deeper than MAX_NESTING, or None. Only fields
    that exist are walked (most events have none), so this costs little next to a save."""
    if (key := too_deep_field(timeline.extra, DOCUMENT_FIELD)) is not None:
        return key
    for source in timeline.sources.values():
        if source.extra and (key := too_deep_field(source.extra, SOURCE_FIELD)) is not None:
            return f'source "{source.id}": {key}'
    for event in timeline.events:
        if event.extra and (key := too_deep_field(event.extra, EVENT_FIELD)) is not None:
            return f'event "{event.id}": {key}'
        for i, claim in enumerate(event.claims):
            if claim.extra and (key := too_deep_field(claim.extra, CLAIM_FIELD)) is not None:
                return f'event "{event.id}": claims[{i}].{key}'
    return None


def refuse_deep(timeline: Timeline, name: str) -> None:
    """Unknown fields of the document and its sources deeper than saving could write
    (events check their own while they are read)."""
    deep = too_deep_field(timeline.extra, DOCUMENT_FIELD)
    if deep is not None:
        raise LoadError(name, [Problem(too_deep(), short(deep))])
    for i, source in enumerate(timeline.sources.values()):
        deep = too_deep_field(source.extra, SOURCE_FIELD) if source.extra else None
        if deep is not None:
            raise LoadError(name, [Problem(too_deep(), f'sources[{i}] (id "{short(source.id)}")'
                                                     f".{short(deep)}")])
