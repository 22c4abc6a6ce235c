"""The HTML this app publishes (TimelineJS export), made inert with nh3 (the ammonia sanitiser).

A TimelineJS page shows slide texts, captions, credits, groups and dates as HTML, so whatever
markup reaches the export runs in the reader's browser. Markup comes from imported files, from
hidden `timelinejs` fields of native files, or from the user; all of it goes through one
allow-list here: text formatting, links, lists and quotes. `href`/`cite` and every URL field
(`url`, `thumbnail`, `link`, `src`, `href`) may only be http(s) or relative; markup in a URL
field (an `<iframe>` or `<blockquote>` embed) is not a URL and is dropped. Code and embedded
documents are removed with their content, the same set `html_text.plain_text` leaves out, so
the published text says what the window shows. What was removed is counted for the export's
message.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Any

import nh3

from timeline_app.core.formats.html_text import DROP_CONTENT, markup_census

__all__ = ["ALLOWED_ATTRIBUTES", "ALLOWED_TAGS", "SANITISED", "URL_KEYS", "Sanitiser",
           "published_url"]

SANITISED = "sanitised for publishing:"  # how the sanitiser's message starts

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dl", "dt", "em", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p", "pre", "q", "s",
    "small", "span", "strong", "sub", "sup", "u", "ul"})
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "title"}), "abbr": frozenset({"title"}),
    "blockquote": frozenset({"cite"}), "q": frozenset({"cite"}), "ul": frozenset({"class"})}
URL_ATTRIBUTES = frozenset({"href", "cite"})
# The one class kept: it marks the list of claims an exported slide carries (timelinejs_out).
ALLOWED_CLASSES = {"ul": {"timeline-app-claims"}}
URL_KEYS = frozenset({"url", "thumbnail", "link", "src", "href"})
_SCHEMES = frozenset({"http", "https"})
_OPTIONS: dict[str, Any] = dict(
    tags=set(ALLOWED_TAGS), clean_content_tags=set(DROP_CONTENT - ALLOWED_TAGS),
    attributes={"*": set(), **{k: set(v - {"class"}) for k, v in ALLOWED_ATTRIBUTES.items()}},
    url_schemes=set(_SCHEMES), link_rel=None, allowed_classes=ALLOWED_CLASSES,
    strip_comments=True)
_PROBE = nh3.Cleaner(**_OPTIONS)  # ammonia's own URL check, for `published_url`


def _link_filter(element: str, attribute: str, value: str) -> str | None:
    """Link targets in markup follow the same rule as URL fields (`published_url`)."""
    if attribute in URL_ATTRIBUTES:
        return published_url(value) or None
    return value


_CLEANER = nh3.Cleaner(**_OPTIONS, attribute_filter=_link_filter)
_JUNK = re.compile(r"[\x00-\x20\x7f]")  # browsers drop these inside and around URLs
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Characters that would end an attribute or start a tag where a page pastes the URL into HTML.
_BREAKOUT = {'"': "%22", "'": "%27", "<": "%3C", ">": "%3E", "`": "%60", " ": "%20"}
_COLOR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30}|(?:rgba?|hsla?)\([0-9.,%\s/]{1,60}\)")
_DROP = object()
# ammonia keeps `class=""` when none of a tag's classes is allowed; it says nothing, so it goes.
# (In its output a "<" only opens a tag: text and attribute values have it escaped.)
_EMPTY_CLASS = re.compile(r'<([a-z][a-z0-9]*\b[^<>]*?) class=""')


def published_url(url: str) -> str:
    """The URL as it may be published (quotes and spaces %-encoded), or "" when it is not an
    http(s) or relative URL: `javascript:`, `data:`, `vbscript:`, `file:` … however they are
    spelled (`JaVaScRiPt:`, `java&#x09;script:`, leading controls), and markup."""
    url = url.strip()
    if not url or "<" in url:
        return ""
    for form in (url, html.unescape(url)):  # a page may decode entities before using it
        m = _SCHEME.match(_JUNK.sub("", form))
        if m and m.group(1).lower() not in _SCHEMES:
            return ""
    out = "".join(_BREAKOUT.get(ch, ch) for ch in url)
    probe = _PROBE.clean(f'<a href="{html.escape(out)}">x</a>')  # ammonia must agree
    return out if "href=" in probe else ""


class Sanitiser:
    """Cleans the strings of one export and counts what it removed."""

    def __init__(self) -> None:
        self.removed: Counter[str] = Counter()

    def html(self, markup: str) -> str:
        """`markup` with only allowed elements, attributes and link targets."""
        if "<" not in markup:
            return markup  # entities alone cannot make an element or an attribute
        clean = _EMPTY_CLASS.sub(r"<\1", _CLEANER.clean(markup))
        if clean != markup:  # (the same text back: nothing was removed)
            self.removed.update(markup_census(markup) - markup_census(clean))
        return clean

    def url(self, url: str, key: str = "url") -> str:
        out = published_url(url)
        if not out and url.strip():
            self.removed[f"{key} (not an http(s) or relative URL)"] += 1
        return out

    def tree(self, value: Any, key: str = "") -> Any:
        """A copy of leftover TimelineJS data with every string made safe to publish: URL
        fields checked, colours checked, markup sanitised; rejected URL fields are left out."""
        if isinstance(value, dict):
            out = {k: self.tree(v, k) for k, v in value.items()}
            return {k: v for k, v in out.items() if v is not _DROP}
        if isinstance(value, list):
            return [v for v in (self.tree(v, key) for v in value) if v is not _DROP]
        if not isinstance(value, str):
            return value
        if key in URL_KEYS:
            return self.url(value, key) or (_DROP if value.strip() else value)
        if key == "color" and value and not _COLOR.fullmatch(value.strip()):
            self.removed["color (not a colour)"] += 1
            return _DROP
        return self.html(value)

    @property
    def total(self) -> int:
        return sum(self.removed.values())

    def message(self) -> str:
        """What was removed, for the export's warnings ("" if nothing was)."""
        if not self.total:
            return ""
        items = ", ".join(name if n == 1 else f"{name} ×{n}"
                          for name, n in self.removed.most_common(8))
        more = " …" if len(self.removed) > 8 else ""
        return (f"{SANITISED} removed {self.total:,} HTML "
                f"item{'s' if self.total != 1 else ''} outside the allow-list (text "
                f"formatting, lists, quotes, http(s) or relative links): {items}{more}")
