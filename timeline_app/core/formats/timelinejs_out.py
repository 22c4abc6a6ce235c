"""Writing a timeline as TimelineJS3 JSON, so it can be published on the web with TimelineJS.

Each event becomes a slide: dates as year/month/day… parts at the event's precision (a
qualified, seasonal or X date also gets a readable `display_date`), the title as the
headline, the description as HTML text followed by a list of the claims with source names
and links, and the first source's name as `group` (TimelineJS's rows). Events that came from
TimelineJS get back what they had: their original HTML while it still says the same thing,
their media, group, backgrounds and other fields.

TimelineJS cannot hold claims, stances, qualified dates or statuses, so unless asked not to,
each slide also carries a `timeline_app` object with the event in native form (and the
document one with the sources). TimelineJS ignores it; importing the file back restores the
timeline exactly, while headlines, dates and text edited in the TimelineJS file still win.

Everything published is inert: HTML kept from an import (or from a hidden `timelinejs` field)
goes through `html_safe.Sanitiser` before it is compared with the event, so the page says what
the window shows, and what was removed is counted in the warnings.
"""

from __future__ import annotations

import html
from typing import Any

from pydantic_core import to_json

from timeline_app.core.formats.html_safe import Sanitiser, published_url
from timeline_app.core.formats.html_text import one_line, plain_text, safe_url, text_to_html
from timeline_app.core.formats.saving import event_to_dict, source_to_dict
from timeline_app.core.formats.timelinejs_dates import date_parts
from timeline_app.core.formats.timelinejs_slides import (
    APP_KEY,
    CLAIMS_CLASS,
    EXTRA_KEY,
    MAX_NAME,
    fallback_title,
    host_of,
)
from timeline_app.core.model.date_text import ENGLISH
from timeline_app.core.model.dates import DateError, EDate, Precision, parse_date
from timeline_app.core.model.timeline import Claim, Event, Stance, Status, Timeline
from timeline_app.core.model.zoned import Clock, is_timed
from timeline_app.core.text import tr

# TimelineJS switches to its cosmological scale (years only) outside these years.
_HUMAN_YEARS = (-271820, 275759)
_SLIDE_KEYS = ("start_date", "end_date", "text", "media", "group", "unique_id")


def to_timelinejs(timeline: Timeline, app_data: bool = True, clock: Clock | None = None
                  ) -> tuple[dict[str, Any], list[str]]:
    """The TimelineJS3 document and warnings (events without any date cannot be placed: with
    `app_data` they are kept in its block, "unplaced", so the file reads back whole; what
    the sanitiser removed, first)."""
    from_tljs = isinstance(timeline.extra.get(EXTRA_KEY), dict)
    clean = Sanitiser()
    doc_left: dict[str, Any] = clean.tree(timeline.extra.get(EXTRA_KEY)) if from_tljs else {}
    warnings: list[str] = []
    out: dict[str, Any] = {}
    title = _title_slide(timeline, doc_left.get("title"))
    if title:
        out["title"] = title
    events = []
    unplaced: list[dict[str, Any]] = []  # where each was among the events, and the event
    for at, event in enumerate(timeline.events):
        slide = event_slide(event, timeline, app_data, lanes_by_source=not from_tljs,
                            clean=clean, clock=clock)
        if slide is None and app_data:
            unplaced.append({"at": at, "event": event_to_dict(event)})
            warnings.append(tr('event "{id}" has no date TimelineJS can place: not shown on the '
                               "published page, kept in the file's {key} data").format(
                                   id=event.id, key=APP_KEY))
        elif slide is None:
            warnings.append(tr('event "{id}" has no date TimelineJS can place; left out').format(
                id=event.id))
        else:
            events.append(slide)
    out["events"] = events
    eras = _eras(timeline, clean)
    if eras:
        out["eras"] = eras
    out.update({k: v for k, v in doc_left.items() if k not in ("title", "events", "eras")})
    if any(_cosmological(s) for s in events):
        out["scale"] = "cosmological"
    if app_data:
        block: dict[str, Any] = {"sources": [source_to_dict(s) for s in
                                             timeline.sources.values()]}
        if timeline.description:
            block["description"] = timeline.description
        if unplaced:
            block["unplaced"] = unplaced
        rest = {k: ({} if k == EXTRA_KEY else v) for k, v in timeline.extra.items()
                if k != "eras"}
        if rest:
            block["extra"] = rest
        out[APP_KEY] = block
    if clean.total:
        warnings.insert(0, clean.message())
    return out, warnings


def to_bytes(timeline: Timeline, app_data: bool = True, clock: Clock | None = None
             ) -> tuple[bytes, list[str]]:
    doc, warnings = to_timelinejs(timeline, app_data, clock)
    return to_json(doc, indent=2) + b"\n", warnings


def event_slide(event: Event, timeline: Timeline, app_data: bool = True,
                lanes_by_source: bool = True,
                clean: Sanitiser | None = None,
                clock: Clock | None = None) -> dict[str, Any] | None:
    """One event as a TimelineJS slide, or None if it has no date at all. Its leftover
    TimelineJS data is sanitised (by `clean`, which counts what it removed)."""
    clean = clean if clean is not None else Sanitiser()
    kept = clean.tree(event.extra[EXTRA_KEY]) if EXTRA_KEY in event.extra else None
    left = kept if isinstance(kept, dict) else {}
    slide: dict[str, Any] = {}
    first = event.start if not event.start.is_open else event.end
    parts = date_parts(first) if first is not None else None
    if parts is None:
        return None
    start = {**_dict(left.get("start_date")), **parts}
    label = _label(first, clock)
    if event.start.is_open and first is not None:
        label = f"until {label or _head(first)}"
    elif event.end is not None and event.end.is_open:
        label = f"from {label or _head(event.start)}"
    if label and "display_date" not in start:
        start["display_date"] = label
    slide["start_date"] = start
    if event.end is not None and not event.start.is_open:
        end_parts = date_parts(event.end)
        if end_parts is not None and end_parts != parts:
            end = {**_dict(left.get("end_date")), **end_parts}
            end_label = _label(event.end, clock)
            if end_label and "display_date" not in end:
                end["display_date"] = end_label
            slide["end_date"] = end
    media = _media(event, _dict(left.get("media")), timeline, clean)
    slide["text"] = _text(event, timeline, _dict(left.get("text")), bool(media.get("url")))
    if media:
        slide["media"] = media
    group = left.get("group")
    if isinstance(group, str) and (one_line(group) in event.tags or not one_line(group)):
        slide["group"] = group
    elif lanes_by_source and event.claims:  # TimelineJS shows a group as HTML: escape it
        slide["group"] = html.escape(timeline.source_name(event.claims[0].source), quote=False)
    slide["unique_id"] = event.id
    slide.update({k: v for k, v in left.items() if k and k not in _SLIDE_KEYS})
    if app_data:
        native = event_to_dict(event)
        if EXTRA_KEY in native:
            native[EXTRA_KEY] = kept  # the published HTML, not the original
        if isinstance(native.get("media"), dict):
            native["media"] = media  # likewise the media as published
        slide[APP_KEY] = native
    return slide


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _head(date: EDate) -> str:
    return date.describe(words=ENGLISH).split(" (")[0]  # the file's text: never localised


def _label(date: EDate | None, clock: Clock | None = None) -> str:
    """A readable date for the vague ones TimelineJS's parts cannot say ("Oct 2024, approximate",
    "Spring 2024", "2020–2029"); "" for a plain date, which TimelineJS formats itself. Given
    a `clock`, a time of day as reported and in its zone (the parts stay UTC, exact)."""
    if date is None or date.is_open:
        return ""
    if clock is not None and is_timed(date):
        return clock.describe(date, ENGLISH)
    if date.approximate or date.uncertain or date.unspecified or (
            date.precision == Precision.SEASON):
        return _head(date)
    return ""


def _text(event: Event, timeline: Timeline, left: dict[str, Any],
          media_shown: bool) -> dict[str, Any]:
    """Headline and HTML text; the media claim is listed with the others when the slide
    cannot show it as media (no URL that may be published)."""
    headline = left.get("headline")
    if headline in (None, "") and "headline" in left and event.title == fallback_title(
            event.description, event.extra.get("media")):
        pass  # the slide had no headline (the title was made from its text): none is made up
    elif not (isinstance(headline, str) and one_line(headline) == event.title):
        headline = html.escape(event.title, quote=False)
    body = left.get("text")
    body = body.split(f'<ul class="{CLAIMS_CLASS}">')[0] if isinstance(body, str) else None
    if body is None or plain_text(body) != event.description:
        body = text_to_html(event.description)
    listed = []
    media_seen = False
    for claim in event.claims:
        mark = claim.extra.get(EXTRA_KEY)
        if mark == "media" and not media_seen:
            media_seen = True
            if media_shown:
                continue
        if mark == "link" and claim.url and claim.url in body:
            continue
        listed.append(claim)
    status = event.status
    if listed or status is not Status.REPORTED:
        body += claims_html(listed, timeline, status)
    text = {**left, "headline": headline, "text": body}
    if headline is None:
        del text["headline"]
    return text


def claims_html(claims: list[Claim], timeline: Timeline,
                status: Status = Status.REPORTED) -> str:
    """The claims as an HTML list (source name, stance, quote, figure, when said, link),
    headed by the event's status unless it is plain "reported"."""
    items = [] if status is Status.REPORTED else [f"<li><em>{status.value.title()}</em></li>"]
    for c in claims:
        bits = [f"<strong>{html.escape(timeline.source_name(c.source), quote=False)}</strong>"]
        if c.stance is Stance.DENIES:
            bits.append(" denies")
        if c.text:
            quote = text_to_html(c.text).replace("<p>", "").replace("</p>", "<br>")
            bits.append(f": {quote.removesuffix('<br>')}")
        details = []
        if c.value is not None:
            unit = f" {html.escape(c.unit, quote=False)}" if c.unit else ""
            details.append(f"{c.value:,}{unit}")
        if c.published is not None:
            details.append(f"said {html.escape(_head(c.published), quote=False)}")
        elif isinstance(c.extra.get("said"), str):  # read back from such a list
            details.append(f"said {html.escape(c.extra['said'], quote=False)}")
        if details:
            bits.append(f" ({'; '.join(details)})")
        url = published_url(safe_url(c.url))  # http(s), and no quote or "<" to break out
        if url:
            bits.append(f' <a href="{html.escape(url)}">{html.escape(host_of(url))}</a>')
        items.append("<li>" + "".join(bits) + "</li>")
    return f'<ul class="{CLAIMS_CLASS}">' + "".join(items) + "</ul>"


def _media(event: Event, left: dict[str, Any], timeline: Timeline,
           clean: Sanitiser) -> dict[str, Any]:
    """The event's media as imported (url, credit, caption as written), made safe to publish:
    markup sanitised, a URL that is not http(s) or relative left out. Documents saved before
    media was kept so have it as a claim, turned back into a media object; there an embed
    (<iframe>, <blockquote>) is gone from its URL and the claim's link takes its place."""
    media = event.extra.get("media")
    if isinstance(media, dict):
        kept: dict[str, Any] = clean.tree(dict(media))
        return kept
    claim = next((c for c in event.claims if c.extra.get(EXTRA_KEY) == "media"), None)
    media = {k: v for k, v in left.items() if k not in ("url", "credit", "caption")}
    raw_url = left.get("url")
    if isinstance(raw_url, str) and (claim is None or claim.url in html.unescape(raw_url)):
        media["url"] = raw_url  # the URL as written
    elif claim is not None:
        media["url"] = clean.url(claim.url)
    if claim is not None and not media.get("url"):
        return dict(left)  # nothing to show as media: the claim is listed in the text
    if claim is None:
        return media if media.get("url") else {}
    name = timeline.source_name(claim.source)
    fallback = host_of(claim.url) if claim.url else "Unattributed"
    credit = left.get("credit")
    if isinstance(credit, str) and (one_line(credit)[:MAX_NAME] == name or (
            not one_line(credit) and name == fallback)):
        media["credit"] = credit
    elif name != "Unattributed":
        media["credit"] = html.escape(name, quote=False)
    embedded = plain_text(raw_url) if isinstance(raw_url, str) else ""
    caption = left.get("caption")
    if isinstance(caption, str) and (plain_text(caption) == claim.text or (
            not plain_text(caption) and embedded == claim.text)):
        media["caption"] = caption
    elif claim.text and claim.text != embedded:
        media["caption"] = text_to_html(claim.text)
    return {k: media[k] for k in ("url", "credit", "caption") if k in media} | media


def _title_slide(timeline: Timeline, left: Any) -> dict[str, Any]:
    left = _dict(left)
    text = _dict(left.pop("text", None))
    headline, body = text.get("headline"), text.get("text")
    if not (isinstance(headline, str) and one_line(headline) == timeline.title):
        headline = html.escape(timeline.title, quote=False)
    if not (isinstance(body, str) and plain_text(body) == timeline.description):
        body = text_to_html(timeline.description)
    if not (headline or body or left):
        return {}
    return {**left, "text": {**text, "headline": headline, "text": body}}


def _eras(timeline: Timeline, clean: Sanitiser) -> list[dict[str, Any]]:
    items = timeline.extra.get("eras")
    out = []
    for raw in items if isinstance(items, list) else ():
        if not (isinstance(raw, dict) and isinstance(raw.get("start"), str)
                and isinstance(raw.get("end"), str)):
            continue  # not an era (a list where a date belongs is not even hashable)
        try:
            start = date_parts(parse_date(raw["start"]))
            end = date_parts(parse_date(raw["end"]))
        except DateError:
            continue
        if start is None or end is None:
            continue
        left = _dict(clean.tree(raw.get(EXTRA_KEY)))
        text = _dict(left.pop("text", None))
        title = raw.get("title")
        title = title if isinstance(title, str) else ""
        headline = text.get("headline")
        if not (isinstance(headline, str) and one_line(headline) == title):
            headline = html.escape(title, quote=False)
        out.append({"start_date": {**_dict(left.pop("start_date", None)), **start},
                    "end_date": {**_dict(left.pop("end_date", None)), **end},
                    "text": {**text, "headline": headline}, **left})
    return out


def _cosmological(slide: dict[str, Any]) -> bool:
    for key in ("start_date", "end_date"):
        year = slide.get(key, {}).get("year")
        if year is not None and not _HUMAN_YEARS[0] <= int(year) <= _HUMAN_YEARS[1]:
            return True
    return False
