"""Naming the source of a link the way a journalist would: who published it.

A tweet is cited by its account (`twitter.com/rybar`), a Telegram post by its channel
(`t.me/rybar`), a news article by its site (`edition.cnn.com` -> `cnn.com`). The site is the
registrable domain from the Public Suffix List (`news.bbc.co.uk` -> `bbc.co.uk`), which the
`publicsuffixlist` package ships; nothing is downloaded at run time. Text that is not a link
("The US Military Experience in Korea, page 125.") is a citation: it names its source itself.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from publicsuffixlist import PublicSuffixList

from timeline_app.core.model.timeline import Event, Source

__all__ = ["describe_link_sources", "is_link", "link_claim", "source_of_link", "split_links"]

MAX_NAME = 200  # a citation longer than this is cut to name its source (the claim keeps it)
_SCHEME = re.compile(r"(?:https?:)?//|www\.", re.IGNORECASE)
_SPLIT = re.compile(r"[\s;|]+")
_SPACES = re.compile(r"\s+")
# host (without www., m., mobile.) -> the platform's name in a source name
_SOCIAL = {
    "twitter.com": "twitter.com", "x.com": "x.com", "t.me": "t.me", "telegram.me": "t.me",
    "facebook.com": "facebook.com", "fb.com": "facebook.com", "instagram.com": "instagram.com",
    "vk.com": "vk.com", "youtube.com": "youtube.com", "youtu.be": "youtube.com",
}
# First path segments that are not an account on the platform.
_NOT_ACCOUNTS = {
    "twitter.com": {"i", "intent", "search", "hashtag", "home", "share", "status"},
    "x.com": {"i", "intent", "search", "hashtag", "home", "share", "status"},
    "t.me": {"joinchat", "addstickers", "share", "iv", "proxy"},
    "facebook.com": {"watch", "photo.php", "photo", "permalink.php", "story.php", "events",
                     "sharer", "sharer.php", "share", "video.php", "hashtag", "l.php"},
    "instagram.com": {"p", "reel", "reels", "tv", "explore", "stories"},
    "vk.com": {"wall", "video", "photo", "away.php", "feed"},
}
_PREFIXES = ("www.", "m.", "mobile.", "mbasic.", "web.")
_KINDS = {"twitter.com": "Twitter account", "x.com": "X account", "t.me": "Telegram channel",
          "facebook.com": "Facebook page", "instagram.com": "Instagram account",
          "vk.com": "VK page", "youtube.com": "YouTube channel"}


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    return PublicSuffixList()  # reads the list bundled with the package


def is_link(text: str) -> bool:
    """True for an http(s) link, a protocol-relative one, or a bare "www." address."""
    return bool(_SCHEME.match(text.strip()))


def split_links(cell: str) -> list[str]:
    """The links in a cell: separated by spaces, `;` or `|`."""
    return [p.strip(",") for p in _SPLIT.split(cell.strip()) if p.strip(",")]


def link_claim(text: str) -> tuple[str, str]:
    """(source name, link) of a citation cell: a link names its publisher and is kept as the
    claim's link; other text is a citation that names its source and has no link."""
    text = text.strip()
    if is_link(text):
        return source_of_link(text), text
    name = _SPACES.sub(" ", text)
    return (name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"), ""


# Typed as what it caches: lru_cache's own wrapper takes any argument, hiding a wrong type.
_cached: Callable[[Callable[[str], str]], Callable[[str], str]] = lru_cache(maxsize=1 << 14)


@_cached
def source_of_link(url: str) -> str:
    """"https://twitter.com/Rybar/status/1" -> "twitter.com/Rybar"; "https://edition.cnn.com/x"
    -> "cnn.com". A link without a host name is its own source."""
    raw = url.strip()
    if raw.lower().startswith("www."):
        raw = "//" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return raw[:MAX_NAME]
    if not host:
        return raw[:MAX_NAME]
    base = host
    for prefix in _PREFIXES:
        if base.startswith(prefix) and base.count(".") > 1:
            base = base[len(prefix):]
            break
    platform = _SOCIAL.get(base)
    if platform is not None:
        account = _account(platform, base, parts.path, parts.query)
        if account:
            return f"{platform}/{account}"[:MAX_NAME]
        return platform
    return _site(host)[:MAX_NAME]


@lru_cache(maxsize=1 << 14)
def _site(host: str) -> str:
    if host[-1:].isdigit() or ":" in host:  # an IPv4 or IPv6 address names no site
        try:
            ipaddress.ip_address(host.strip("[]"))
            return host
        except ValueError:
            pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = host
    found = _psl().privatesuffix(ascii_host)
    if found is None:  # "localhost", a bare public suffix: the host is all there is
        return host
    if ascii_host != host:  # give the name back in the letters the link used
        labels = found.count(".") + 1
        return ".".join(host.split(".")[-labels:])
    return found


def _account(platform: str, host: str, path: str, query: str) -> str:
    """The account, channel or page in a platform link's path, or "" when it names none."""
    segments = [unquote(s) for s in path.split("/") if s]
    if platform == "youtube.com":
        if host == "youtu.be":
            return ""  # a video link says nothing about the channel
        if segments and segments[0].startswith("@"):
            return segments[0]
        if len(segments) >= 2 and segments[0] in ("channel", "c", "user"):
            return f"{segments[0]}/{segments[1]}"
        return ""
    if not segments:
        return ""
    first = segments[0]
    if platform == "t.me" and first == "s" and len(segments) > 1:
        first = segments[1]  # t.me/s/channel: the web preview of a channel
    if platform == "facebook.com" and first in ("groups", "pages") and len(segments) > 1:
        return f"{first}/{segments[1]}"
    if platform == "facebook.com" and first in ("profile.php", "permalink.php", "story.php"):
        match = re.search(r"(?:^|&)id=([0-9]+)", query)
        return f"profile.php?id={match.group(1)}" if match else ""
    if first.lower() in _NOT_ACCOUNTS.get(platform, ()) or first.startswith("+"):
        return ""
    return first.lstrip("@") if platform != "facebook.com" else first


def describe_link_sources(sources: Mapping[str, Source], events: Iterable[Event]) -> None:
    """Give the sources named from links what a reader wants to know: the kind ("Telegram
    channel", "website") and the address (`https://t.me/rybar`), where they have none."""
    seen: set[str] = set()
    for event in events:
        for claim in event.claims:
            if not claim.url:
                continue
            source = sources.get(claim.source)
            if source is None or source.id in seen:
                continue
            seen.add(source.id)
            if source.name.casefold() != source_of_link(claim.url).casefold():
                continue  # a source named in the file, with a link of its own
            platform, _, account = source.name.partition("/")
            if not source.kind:
                source.kind = _KINDS.get(platform, "") if account else (
                    "website" if platform not in _KINDS else "")
            if not source.url and "." in platform:
                source.url = f"https://{source.name}"
