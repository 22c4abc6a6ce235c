"""The claims of one CSV row: who says it, with which link, quote and date.

Event tables cite their sources in several shapes, and each becomes claims:

* a source-name column (`source`, `outlet`, UCDP's `source_office` …): one claim per name,
  names separated by `;` or `|`; a name given twice is two claims (two reports);
* a link column (`url`, `link`, GDELT's `SOURCEURL` …): with names, the n-th link is the
  n-th name's; without names, each link is a claim whose source is named from the link
  (`sources_from_urls`), and text that is not a link is a citation naming its source;
* claim text and claim date columns (UCDP's `source_headline`, `source_date`): split on `;`
  when they hold one item per claim (parallel lists), else the text is the first claim's
  and a single date is every claim's.
"""

from __future__ import annotations

import re
from typing import Any

from timeline_app.core.formats.sources_from_urls import is_link, link_claim

_NAMES = re.compile(r"[;|]")
# Items of a link cell: lines, or `;`/`|` before another link (a link may hold `;` itself).
_ITEMS = re.compile(r"\n|\s*[;|]\s*(?=(?:https?:)?//|www\.|-(?:\s|$)|$)", re.IGNORECASE)


def split_names(cell: str) -> list[str]:
    """Several names in one cell, separated by `;` or `|` (repeats kept)."""
    if not cell:
        return []
    return [" ".join(p.split()) for p in _NAMES.split(cell) if p.strip()]


def split_citations(cell: str) -> list[str]:
    """The links or citations in a cell: new lines, or `;` or `|` before a link, separate
    items; an item made only of links separated by spaces is several links. "-" holds the
    place of a missing link."""
    out: list[str] = []
    if not cell:
        return out
    for item in _ITEMS.split(cell):
        item = item.strip().strip(",")
        if not item:
            continue
        words = item.split()
        if len(words) > 1 and all(is_link(w) or w == "-" for w in words):
            out.extend(w.strip(",") for w in words)
        else:
            out.append(item)
    return out


def row_claims(v: dict[str, str], lenient_date: Any) -> list[dict[str, Any]]:
    """Lenient claim dicts for a row's mapped cells (`sources`, `url`, `source_url`, `claim`,
    `claim_date`). `lenient_date` turns a cell into date text."""
    names = split_names(v.get("sources", ""))
    links = split_citations(v.get("url", ""))
    claims: list[dict[str, Any]] = []
    paired = len(links) == len(names) or len(links) == 1
    for i, name in enumerate(names):
        claim: dict[str, Any] = {"source": name}
        if is_link(name):  # a link in the source column: its publisher is the source
            claim["source"], claim["url"] = link_claim(name)
        link = (links[i] if len(links) == len(names) else links[0]) if links and paired else ""
        if link and link != "-" and "url" not in claim:
            if is_link(link):
                claim["url"] = link
            else:
                claim["citation"] = link  # kept on the claim, shown in Details
        claims.append(claim)
    derived = [] if names and paired else links
    derived = derived + split_citations(v.get("source_url", ""))
    for item in derived:
        if item == "-":
            continue
        source, url = link_claim(item)
        claim = {"source": source}
        if url:
            claim["url"] = url
        elif source != item:
            claim["citation"] = item  # the name was cut: the claim keeps the whole text
        claims.append(claim)
    if not claims:
        return []
    _spread(claims, "text", v.get("claim", ""), lambda s: s)
    _spread(claims, "published", v.get("claim_date", ""), lenient_date)
    return claims


def _spread(claims: list[dict[str, Any]], key: str, cell: str, convert: Any) -> None:
    """Parallel lists: the n-th item to the n-th claim; else the whole cell to the first claim
    (text) or to every claim (a single date)."""
    cell = cell.strip()
    if not cell:
        return
    items = [p.strip() for p in cell.split(";")]
    if len(claims) > 1 and len(items) == len(claims):
        for claim, item in zip(claims, items, strict=True):
            if item:
                claim[key] = convert(item)
    elif key == "published":
        for claim in claims:
            claim[key] = convert(cell)
    else:
        claims[0][key] = convert(cell)
