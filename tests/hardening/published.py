"""What a published export may hold, checked the way a reader's software would see it.

Shared by the XSS tests (test_safe_exports.py) and the fuzzing (fuzzing.py). The allow-list
is written out here from the issue, not imported from the sanitiser, so that widening the
sanitiser's list (an `<img>`, a `style`) makes these checks fail.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

# Text formatting, links, lists and quotes; nothing that loads, embeds, runs or styles.
TAGS = frozenset({"a", "abbr", "b", "blockquote", "br", "cite", "code", "dd", "del", "dl", "dt",
                  "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark",
                  "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "u",
                  "ul"})
ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "blockquote": {"cite"},
              "q": {"cite"}, "ul": {"class"}}
URL_ATTRIBUTES = {"href", "cite"}
URL_FIELDS = {"url", "thumbnail", "link", "src", "href"}
# TimelineJS sets a slide's unique_id as the element's id (a DOM property), never as HTML; it
# is the event's id, which the export keeps whatever it holds.
NOT_HTML = {"unique_id"}
APP_KEY, LEFTOVERS = "timeline_app", "timelinejs"
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_JUNK = re.compile(r"[\x00-\x20\x7f]")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.seen: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, attrs))

    handle_startendtag = handle_starttag


def url_problem(url: str) -> str:
    """Why a URL may not be published ("" if it may): a scheme other than http(s), however
    spelled, or markup (an embed) where a URL belongs."""
    if "<" in url:
        return "markup in a URL field"
    for form in (url, html.unescape(url)):
        m = _SCHEME.match(_JUNK.sub("", form))
        if m and m.group(1).lower() not in ("http", "https"):
            return f"{m.group(1)}: URL"
    return ""


def html_problems(markup: str) -> list[str]:
    """Elements and attributes outside the allow-list, and unsafe link targets."""
    parser = _Elements()
    parser.feed(markup)
    parser.close()
    out = []
    for tag, attrs in parser.seen:
        if tag not in TAGS:
            out.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES.get(tag, ()):
                out.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and url_problem(value or ""):
                out.append(f"<{tag} {name}={value!r}>")
            elif name == "class" and value != "timeline-app-claims":
                out.append(f"<{tag} class={value!r}>")
    return out


def timelinejs_problems(doc: Any) -> list[str]:
    """Everything in a TimelineJS export that a browser could run or load: the published
    part, and the TimelineJS leftovers the app block carries (its native fields are data)."""
    out: list[str] = []

    def walk(value: Any, key: str, published: bool) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k == APP_KEY:
                    walk(v, k, False)
                else:
                    walk(v, k, published or k == LEFTOVERS)
        elif isinstance(value, list):
            for v in value:
                walk(v, key, published)
        elif isinstance(value, str) and published and key not in NOT_HTML:
            problems = [url_problem(value)] if key in URL_FIELDS else html_problems(value)
            out.extend(f"{key}: {p}" for p in problems if p)

    walk(doc, "", True)
    return out


def svg_problems(svg: bytes) -> list[str]:
    """Not well-formed XML, or elements that run or load something."""
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as err:
        return [f"not well-formed: {err}"]
    out = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        links = [v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == "href"]
        if tag in ("script", "foreignObject", "iframe", "a", "use"):
            out.append(f"<{tag}>")
        elif tag == "image" and not all(v.startswith("data:image/png;") for v in links):
            out.append(f"<image> of {[v[:40] for v in links]}")  # Qt embeds bitmaps only
        out += [f"<{tag} {k}>" for k in element.attrib if k.lower().startswith("on")]
    return out
