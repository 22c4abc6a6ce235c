"""HTML from other tools (TimelineJS text, captions, credits) turned into plain text and links.

Imported HTML is never shown as HTML: a title or description that kept markup could make Qt
load local files or spoof the interface (see ECOSYSTEM.md, section 4). So markup is reduced to
its text, script and style content is dropped, entities are decoded, and only http(s) link
targets survive, as data. Attributes (`onerror`, `style`, `src`) never reach the output.

The tokenizer is hand-written rather than `html.parser`: on hostile input such as
`"<!--" * 100_000` the standard parser takes minutes (quadratic rescanning), while this one
reads every character a bounded number of times. Unterminated tags and comments swallow the
rest of the text, as they do in a browser.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["DROP_CONTENT", "HtmlText", "Link", "html_to_text", "looks_like_html",
           "markup_census", "one_line", "plain_text", "safe_url", "text_to_html"]

MAX_URL = 10_000

# Content that is code or an embedded document, not text for people.
DROP_CONTENT = frozenset({"script", "style", "iframe", "noembed", "noframes", "template",
                           "object", "svg", "math", "head"})
_PARAGRAPH = frozenset({"p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                        "table", "pre", "hr", "figure", "section", "article", "header",
                        "footer", "aside", "dl", "address"})
_LINE = frozenset({"br", "div", "li", "tr", "dd", "dt", "figcaption", "caption"})
_NAME_END = re.compile(r"[\s/>]")
_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")
_AROUND_NL = re.compile(r" *\n *")
_MANY_NL = re.compile(r"\n{3,}")
_BARE_URL = re.compile(r"https?://[^\s<>\"'\x00-\x1f]+", re.IGNORECASE)
_HTTP = re.compile(r"https?://[^/?#\\]+", re.IGNORECASE)  # a scheme and a host
_URL_JUNK = re.compile(r"[\x00-\x20\x7f]")
# One attribute, a slash or a run of spaces; the quoted forms scan to their closing quote only.
_ATTR = re.compile(r"""[ \t\n\r\f]*(?:([^ \t\n\r\f/>][^ \t\n\r\f/>=]*)"""
                   r"""(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"([^"]*)"|'([^']*)'|([^ \t\n\r\f>]*)))?"""
                   r"""|/)[ \t\n\r\f]*""")
# Placeholders for breaks made by markup, kept apart from spaces: a run of them (with only
# spaces between) becomes one line break, or a blank line if any of them is a paragraph's.
_NEWLINE, _PARA = "\x00", "\x01"
_BREAKS = re.compile(r"[\x00\x01][\x00\x01 ]*")


@dataclass(frozen=True, slots=True)
class Link:
    url: str   # http or https only
    text: str  # the link's own text, possibly empty


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    links: tuple[Link, ...]


def looks_like_html(text: str) -> bool:
    """True when the text has markup or entities, i.e. converting it could change it."""
    return "<" in text or "&" in text


def safe_url(url: str) -> str:
    """The URL if it is an absolute http(s) address, else "" (javascript:, file:, data: …)."""
    cleaned = _URL_JUNK.sub("", url.strip())  # browsers ignore tabs/newlines inside URLs
    if not cleaned or len(cleaned) > MAX_URL:
        return ""
    return cleaned if _HTTP.match(cleaned) else ""


def html_to_text(markup: str, autolink: bool = False) -> HtmlText:
    """Plain text of an HTML fragment and its http(s) links (with `autolink`, bare URLs too)."""
    if not looks_like_html(markup):
        text = _tidy(markup)
        return HtmlText(text, tuple(_bare_links(text)) if autolink else ())
    parts, links = _Tokens(markup.replace(_NEWLINE, "").replace(_PARA, "")).run()
    text = _tidy(html.unescape("".join(parts)))
    if autolink:
        seen = {link.url for link in links}
        links += [link for link in _bare_links(text) if link.url not in seen]
    return HtmlText(text, tuple(links))


def markup_census(markup: str) -> Counter[str]:
    """How often each element ("<script>") and attribute ("onerror") occurs, read the way
    `plain_text` reads markup (the content of script, iframe … is not looked into)."""
    census: Counter[str] = Counter()
    if "<" in markup:
        _Tokens(markup, census).run()
    return census


def plain_text(markup: str) -> str:
    """Text with paragraphs and line breaks, no markup."""
    return html_to_text(markup).text


def one_line(markup: str) -> str:
    """Text on one line, as a headline or a name must be."""
    return " ".join(plain_text(markup).split())


def text_to_html(text: str) -> str:
    """Plain text as an HTML fragment that `plain_text` turns back into the same text."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if not paragraphs:
        return ""
    bodies = ["<br>".join(html.escape(line.strip(), quote=False) for line in p.split("\n"))
              for p in paragraphs]
    if len(bodies) == 1:
        return bodies[0]
    return "".join(f"<p>{b}</p>" for b in bodies)


def _tidy(text: str) -> str:
    text = _BREAKS.sub(_break, _SPACES.sub(" ", text))
    text = _AROUND_NL.sub("\n", text)
    return _MANY_NL.sub("\n\n", text).strip()


def _break(m: re.Match[str]) -> str:
    return "\n\n" if _PARA in m.group() else "\n"


def _bare_links(text: str) -> list[Link]:
    out: list[Link] = []
    seen: set[str] = set()
    for m in _BARE_URL.finditer(text):
        url = safe_url(m.group().rstrip(".,;:!?)]}'\""))
        if url and url not in seen:
            seen.add(url)
            out.append(Link(url, ""))
    return out


class _Tokens:
    """One left-to-right pass over the markup; each character is looked at O(1) times."""

    def __init__(self, s: str, census: Counter[str] | None = None) -> None:
        self.s = s
        self.census = census  # counts elements and attributes, see `markup_census`
        self.out: list[str] = []
        self.links: list[Link] = []
        self._href: str | None = None  # inside <a href=…>: where its text starts in `out`
        self._anchor_at = 0
        self._last_gt = s.rfind(">")

    def run(self) -> tuple[list[str], list[Link]]:
        s, n, i = self.s, len(self.s), 0
        while i < n:
            j = s.find("<", i)
            if j < 0 or j > self._last_gt:  # no tag can close after here: the rest is text,
                nxt = s[j + 1: j + 2] if j >= 0 else ""
                # but a tag cut off by the end is dropped, as a browser does
                self.out.append(s[i:j] if nxt.isalpha() or nxt in ("/", "!", "?") else s[i:])
                break
            self.out.append(s[i:j])
            i = self._markup(j)
        self._close_anchor()
        return self.out, self.links

    def _markup(self, j: int) -> int:
        """Handle the markup starting at s[j] == "<"; return where the text resumes."""
        s = self.s
        nxt = s[j + 1: j + 2]
        if s.startswith("<!--", j):
            end = s.find("-->", j + 4)
            return len(s) if end < 0 else end + 3
        if nxt in ("!", "?") or (nxt == "/" and not s[j + 2: j + 3].isalpha()):
            return s.find(">", j) + 1  # declaration, processing instruction, bogus comment
        if nxt == "/":
            m = _NAME_END.search(s, j + 2)
            name = s[j + 2: m.start() if m else len(s)].lower()
            self._end_tag(name)
            return s.find(">", j) + 1
        if not nxt.isalpha():
            self.out.append("<")  # a lone "<" is text
            return j + 1
        return self._start_tag(j)

    def _start_tag(self, j: int) -> int:
        s, n = self.s, len(self.s)
        m = _NAME_END.search(s, j + 1)
        i = m.start() if m else n
        name = s[j + 1: i].lower()
        attrs: dict[str, str] = {}
        while True:  # attributes: name, name=value, name="value", name='value'
            if i >= n:
                return n  # the tag never closes
            if s[i] == ">":
                i += 1
                break
            a = _ATTR.match(s, i)
            if a is None:  # an attribute whose quote never closes: a browser drops the rest
                return n
            key = a.group(1)
            if key and key.lower() not in attrs:
                value = a.group(2) if a.group(2) is not None else (
                    a.group(3) if a.group(3) is not None else a.group(4) or "")
                attrs[key.lower()] = value
            i = a.end()
        if self.census is not None:
            self.census[f"<{name}>"] += 1
            self.census.update(attrs.keys())
        if name in DROP_CONTENT:
            close = re.compile(rf"</{re.escape(name)}[\s/>]", re.IGNORECASE).search(s, i)
            if close is None:
                return n
            gt = s.find(">", close.start())
            return n if gt < 0 else gt + 1
        if name == "a":
            self._close_anchor()
            href = attrs.get("href")
            if href is not None:
                self._href = html.unescape(href)
                self._anchor_at = len(self.out)
        elif name in _PARAGRAPH:
            self.out.append(_PARA)
        elif name in _LINE:
            self.out.append(_NEWLINE)
        return i

    def _end_tag(self, name: str) -> None:
        if name == "a":
            self._close_anchor()
        elif name in _PARAGRAPH:
            self.out.append(_PARA)
        elif name in _LINE and name != "br":
            self.out.append(_NEWLINE)

    def _close_anchor(self) -> None:
        if self._href is None:
            return
        url = safe_url(self._href)
        if url:
            label = " ".join(html.unescape("".join(self.out[self._anchor_at:])).split())
            label = label.replace(_NEWLINE, " ").replace(_PARA, " ")
            self.links.append(Link(url, " ".join(label.split())))
        self._href = None
