"""The file format as pydantic v2 schemas: the single statement of what a valid file holds.

The loader checks the common, canonical shape of an event with a fast hand-written path and
asks these schemas whenever anything looks unusual, so pydantic's verdict and messages are
what a user sees for a bad event. The schemas are TypedDicts (validated in Rust, about three
times faster than BaseModel) and also give the JSON Schema shipped in the docs.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    WithJsonSchema,
    with_config,
)
from typing_extensions import TypedDict

from timeline_app.core.model.grades import (
    CREDIBILITY,
    RELIABILITY,
    parse_credibility,
    parse_reliability,
)

# Generous caps: far beyond any real title or quote, small enough that a hostile file
# with a 100 MB "title" is refused with a message instead of slowing every view down.
MAX_SHORT = 10_000
MAX_TEXT = 1_000_000

_CONFIG = ConfigDict(extra="allow", strict=True)

Short = Annotated[str, StringConstraints(max_length=MAX_SHORT)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
DateText = Annotated[str, StringConstraints(max_length=200)]
Number = Annotated[int | float, Field(allow_inf_nan=False)]
StatusName = Literal["reported", "confirmed", "disputed", "denied"]
StanceName = Literal["affirms", "denies"]
# Admiralty grades (see grades.py): "b" reads as "B", "2" as 2; a bad one is refused with
# the grades' own message ('"G" is not one of A–F').
def _grade(parse: Any, wording: dict[Any, str], what: str) -> tuple[Any, ...]:
    """The validator and JSON Schema of one half of a grade (null: not graded)."""
    return (BeforeValidator(lambda v: None if v is None else parse(v)),
            WithJsonSchema({"enum": [*wording, None], "description": f"Admiralty {what}: "
                            + "; ".join(f"{k} {v}" for k, v in wording.items())}))


Reliability = Annotated[str | None, *_grade(parse_reliability, RELIABILITY,
                                            "reliability of the source")]
Credibility = Annotated[int | None, *_grade(parse_credibility, CREDIBILITY,
                                            "credibility of the claim")]


@with_config(_CONFIG)
class ClaimSchema(TypedDict):
    """What one source says about an event."""

    source: Short
    text: NotRequired[Text]
    value: NotRequired[Number | None]
    unit: NotRequired[Short]
    stance: NotRequired[StanceName]
    url: NotRequired[Short]
    published: NotRequired[DateText | None]
    credibility: NotRequired[Credibility]


@with_config(_CONFIG)
class EventSchema(TypedDict):
    """One event, after lenient aliases (`date`, `headline`, `source`, …) are mapped."""

    id: NotRequired[Short]
    title: Short
    start: DateText
    end: NotRequired[DateText | None]
    description: NotRequired[Text]
    tags: NotRequired[list[Short]]
    location: NotRequired[Short]
    status: NotRequired[StatusName | None]
    claims: NotRequired[list[ClaimSchema]]


@with_config(_CONFIG)
class SourceSchema(TypedDict):
    """An entry of the source registry; `id` defaults to a slug of the name."""

    id: NotRequired[Short]
    name: NotRequired[Short]
    kind: NotRequired[Short]
    country: NotRequired[Short]
    url: NotRequired[Short]
    notes: NotRequired[Text]
    color: NotRequired[Short | None]
    reliability: NotRequired[Reliability]


@with_config(_CONFIG)
class DocumentSchema(TypedDict):
    """A native document. Events are checked one by one, so they are `Any` here."""

    format: NotRequired[Literal["timeline-app"]]
    version: NotRequired[Annotated[int, Field(ge=1)]]
    title: NotRequired[Short]
    description: NotRequired[Text]
    sources: NotRequired[list[SourceSchema | Short]]
    events: list[Any]


EVENT = TypeAdapter(EventSchema)
CLAIM = TypeAdapter(ClaimSchema)
SOURCE = TypeAdapter(SourceSchema)
DOCUMENT = TypeAdapter(DocumentSchema)


def json_schema() -> dict[str, Any]:
    """JSON Schema of the native format, with events spelled out (for docs and editors)."""
    schema = DOCUMENT.json_schema()
    schema["properties"]["events"] = {"type": "array", "items": {"$ref": "#/$defs/EventSchema"}}
    schema.setdefault("$defs", {}).update(EVENT.json_schema(ref_template="#/$defs/{model}")
                                          .get("$defs", {}))
    schema["$defs"]["EventSchema"] = {
        k: v for k, v in EVENT.json_schema().items() if k != "$defs"
    }
    return schema
