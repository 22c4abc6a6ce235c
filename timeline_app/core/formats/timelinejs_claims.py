"""The claims list a TimelineJS export writes into a slide's text, read back as claims.

`timelinejs_out.claims_html` writes `<ul class="timeline-app-claims">` with one item per
claim: the source's name in `<strong>`, ` denies`, `: quote`, `(figure; said when)` and a
link. A file exported without the `timeline_app` block (or edited in TimelineJS) has only
this list; its claims are real claims naming real sources, so they are read back: source,
stance, quote, figure and link. (When it was said is written for people, "said Apr 2025,
approximate", and is kept as the claim's `said` field, not guessed back into a date.)
"""

from __future__ import annotations

import html
import re
from typing import Any

from timeline_app.core.formats.html_text import html_to_text, one_line, safe_url

CLAIMS_CLASS = "timeline-app-claims"
_LIST = re.compile(rf'<ul class="{CLAIMS_CLASS}">(.*?)</ul>', re.DOTALL)
_ITEM = re.compile(r"<li>(.*?)</li>", re.DOTALL)
_CLAIM = re.compile(
    r"<strong>(?P<name>.*?)</strong>(?P<denies> denies)?(?:: (?P<quote>.*?))?"
    r"(?: \((?P<details>[^()]*)\))?(?: <a href=\"(?P<url>[^\"]*)\">[^<]*</a>)?\Z", re.DOTALL)
_FIGURE = re.compile(r"(-?[0-9][0-9,]*(?:\.[0-9]+)?)(?: (.+))?")
_STATUS = re.compile(r"<em>(Confirmed|Disputed|Denied)</em>")
MAX_ITEMS = 10_000


def listed_claims(body: Any) -> tuple[list[dict[str, Any]], str | None]:
    """(lenient claim dicts, status or None) from a slide text's claims list."""
    if not isinstance(body, str) or CLAIMS_CLASS not in body:
        return [], None
    found = _LIST.search(body)
    if found is None:
        return [], None
    claims: list[dict[str, Any]] = []
    status = None
    for n, item in enumerate(_ITEM.finditer(found.group(1))):
        if n >= MAX_ITEMS:
            break
        text = item.group(1)
        marked = _STATUS.fullmatch(text)
        if marked:
            status = marked.group(1).lower()
            continue
        m = _CLAIM.fullmatch(text)
        if m is None or not one_line(m.group("name")):
            continue
        claim: dict[str, Any] = {"source": html.unescape(one_line(m.group("name")))}
        if m.group("denies"):
            claim["stance"] = "denies"
        if m.group("quote"):
            claim["text"] = html_to_text(m.group("quote").replace("<br>", "\n")).text
        details = m.group("details")
        parts = details.split("; ") if details else []
        if all(p.startswith("said ") or _FIGURE.fullmatch(html.unescape(p)) for p in parts):
            for part in parts:
                figure = _FIGURE.fullmatch(html.unescape(part))
                if part.startswith("said "):
                    claim["said"] = html.unescape(part[5:])
                elif figure:
                    number = figure.group(1).replace(",", "")
                    claim["value"] = float(number) if "." in number else int(number)
                    if figure.group(2):
                        claim["unit"] = figure.group(2)
        else:  # a quote that ends in brackets
            quote = f"{m.group('quote') or ''} ({details})"
            claim["text"] = html_to_text(quote.replace("<br>", "\n")).text
        url = safe_url(html.unescape(m.group("url") or ""))
        if url:
            claim["url"] = url
        claims.append(claim)
    return claims, status
