"""An article as plain text plus what is known about it: title, publication date, outlet, URL,
author. Saved web pages go through trafilatura (main text and metadata, no scraping rules of
our own); Markdown loses its markup; a wire dateline ("SEOUL, April 28, 2025 (Yonhap) —")
gives outlet and date. What the user states always wins over what the file says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from timeline_app.core.extract.reldates import find_dates
from timeline_app.core.model.dates import DateError, EDate, parse_date
from timeline_app.core.text import tr

__all__ = ["Article", "ArticleError", "publication_problem", "read_article",
           "read_article_file"]

_MAX_BYTES = 20_000_000
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'\-]{1,40}),\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)"
    r"\s*(?:\((?P<outlet>[^)]{2,40})\))?\s*[-—–]+\s*")
_BYLINE = re.compile(r"^By (?P<author>[A-Z][\w.'\- ]{2,60})$")
_PUBLINE = re.compile(r"^(?:Published|Posted|Updated)?:?\s*(?P<date>.{6,40})$")


# The calendar days relative dates are counted in ("yesterday", "in October"): years 1-9999.
_FIRST_DAY = (date(1, 1, 1) - date(1970, 1, 1)).days * 86400.0
_AFTER_LAST_DAY = (date(9999, 12, 31) - date(1970, 1, 1)).days * 86400.0 + 86400.0


def publication_problem(published: EDate) -> str:
    """Why `published` cannot be the date an article's relative dates are read from ("" when
    it can), for the user who typed it (`extract --published`, the review's Published)."""
    if published.is_open:
        return tr("give a date, not an open end")
    if published.earliest < _FIRST_DAY or published.latest > _AFTER_LAST_DAY:
        return tr("a publication date is in the years 1 to 9999")
    return ""


class ArticleError(ValueError):
    """An article that cannot be read: the message says what is wrong and where."""


@dataclass(frozen=True)
class Article:
    text: str                    # the plain text all offsets refer to
    title: str = ""
    published: EDate | None = None
    outlet: str = ""
    url: str = ""
    author: str = ""
    body_start: int = 0          # where the story starts (after headline, byline, dateline)
    name: str = ""               # the file it came from, for messages

    def provenance(self) -> dict[str, str]:
        """What every accepted claim records about where it was read."""
        out = {"title": self.title, "outlet": self.outlet, "url": self.url,
               "published": self.published.text if self.published else ""}
        if self.author:
            out["author"] = self.author
        return {k: v for k, v in out.items() if v}


def read_article_file(path: str | Path, *, published: EDate | str | None = None,
                      outlet: str | None = None, url: str | None = None) -> Article:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > _MAX_BYTES:
            raise ArticleError(tr("{path}: the file is {size} bytes; an article is read up to "
                                  "{most}").format(path=p, size=f"{size:,}",
                                                   most=f"{_MAX_BYTES:,}"))
        data = p.read_bytes()
    except OSError as err:
        raise ArticleError(tr("{path}: cannot read: {reason}").format(
            path=p, reason=err.strerror or err)) from None
    return read_article(data, p.name, published, outlet, url)


def read_article(data: bytes | str, name: str = "", published: EDate | str | None = None,
                 outlet: str | None = None, url: str | None = None) -> Article:
    """Read text, Markdown or HTML (chosen by the name's suffix, else by content)."""
    where = name or "article"
    text = data if isinstance(data, str) else _decode(data, where)
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".txt", ".md", ".markdown")
                                                 and _looks_html(text)):
        article = _from_html(text, where)
    elif suffix in (".md", ".markdown"):
        article = _from_plain(_strip_markdown(text), where)
    else:
        article = _from_plain(text, where)
    if isinstance(published, str):
        try:
            published = parse_date(published)
        except DateError as err:
            raise ArticleError(tr("the publication date: {problem}").format(problem=err)) from None
    return replace(article, name=where,
                   published=published if published is not None else article.published,
                   outlet=outlet or article.outlet, url=url or article.url)


def _decode(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ArticleError(tr("{name}: this is not text (it holds NUL bytes)").format(name=where))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _from_html(html: str, where: str) -> Article:
    # Imported on first use, not to break a cycle: trafilatura (with lxml and dateparser)
    # takes about half a second to import, which the window's start should not pay.
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True,
                                      include_comments=False, include_tables=False)
    # A Document, or None when nothing was found (a dict only with as_dict=True).
    body = (doc.text or "").strip() if isinstance(doc, Document) else ""
    if not isinstance(doc, Document) or len(body.split()) < 8:  # a menu or a cookie notice
        raise ArticleError(tr("{name}: an HTML page without an article (no main text found)")
                           .format(name=where))
    title = (doc.title or "").strip()
    lines = body.split("\n")
    if title and lines and lines[0].strip() == title:
        body = "\n".join(lines[1:]).strip()
    text = f"{title}\n{body}" if title else body
    published = None
    if doc.date:
        try:
            published = parse_date(doc.date[:10])
        except DateError:
            published = None
    return Article(text, title, published, (doc.sitename or "").strip(),
                   (doc.url or "").strip(), (doc.author or "").strip(),
                   body_start=len(title) + 1 if title else 0)


def _from_plain(text: str, where: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(tr("{name}: there is no text to read").format(name=where))
    lines = text.split("\n")
    title = author = outlet = ""
    published: EDate | None = None
    pos = 0
    index = 0
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonempty) > 1 and len(lines[nonempty[0]]) <= 250:
        index = nonempty[0]
        title = lines[index].strip()
        pos = sum(len(line) + 1 for line in lines[:index + 1])
        index += 1
    while index < len(lines) and index < 8:  # byline and date lines under the headline
        line = lines[index].strip()
        if not line:
            pos += len(lines[index]) + 1
            index += 1
            continue
        if (m := _BYLINE.match(line)) is not None:
            author = m.group("author").strip()
        elif (found := _date_line(line)) is not None:
            published = found
        else:
            break
        pos += len(lines[index]) + 1
        index += 1
    dateline = _DATELINE.match(text, pos) if pos < len(text) else None
    if dateline:
        outlet = (dateline.group("outlet") or "").strip()
        if published is None and "," in dateline.group("date"):
            published = _date_line(dateline.group("date"))
    return Article(text, title, published, outlet, "", author, body_start=pos)


def _date_line(line: str) -> EDate | None:
    m = _PUBLINE.match(line)
    if m is None:
        return None
    found = find_dates(m.group("date"))
    if len(found) == 1 and found[0].value and "/" not in found[0].value \
            and len(found[0].text) >= len(m.group("date").strip()) - 12:
        return parse_date(found[0].value)
    return None


def _strip_markdown(text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<!\w)[*_](\S.*?)[*_](?!\w)", r"\1", text)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.MULTILINE)
    return re.sub(r"^\s*[-*+]\s+", "", text, flags=re.MULTILINE)
