"""An event's media (a TimelineJS picture or video) in the Details panel: link, caption,
credit. The credit says whom the picture is owed to; it is shown as the media's credit, never
as a source that affirms the event. Everything is plain text (the file's HTML reduced)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.formats.html_text import html_to_text, safe_url
from timeline_app.ui.claims_view import Colors, bold, muted_label
from timeline_app.ui.safe_text import LinkLabel, elide, plain_label, soft_wrap

TEXT_LIMIT = 2_000


def _plain(value: Any) -> str:
    return " ".join(html_to_text(value).text.split()) if isinstance(value, str) else ""


def _relative(url: str) -> bool:
    return bool(re.fullmatch(r"[\w./%-]+", url.strip())) and ":" not in url


def media_box(media: Any, colors: Colors) -> QWidget | None:
    """The media block, or None when the event has no media object."""
    if not isinstance(media, dict):
        return None
    url = media.get("url") if isinstance(media.get("url"), str) else ""
    caption, credit = _plain(media.get("caption")), _plain(media.get("credit"))
    if not (url.strip() or caption or credit):
        return None
    box_widget = QWidget()
    box_widget.setObjectName("media")
    box_widget.setAccessibleName("Media")
    box = QVBoxLayout(box_widget)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(bold(plain_label("Media")))
    if caption:
        label = plain_label(soft_wrap(elide(caption, TEXT_LIMIT)))
        label.setAccessibleName("Media caption")
        box.addWidget(label)
    if credit:
        label = muted_label(soft_wrap(f"Credit: {elide(credit, TEXT_LIMIT)}"), colors)
        label.setAccessibleName("Media credit")
        box.addWidget(label)
    if safe_url(url.strip()):
        link = LinkLabel(url.strip() if len(url) < 2_000 else elide(url.strip(), 2_000))
        link.setAccessibleName("Media link")
        box.addWidget(link)
    elif url.strip():  # an embed, a relative path or an unsafe address: named, not a link
        kind = "relative path" if _relative(url) else "embedded or not a web address"
        label = muted_label(soft_wrap(f"Media file ({kind}): {elide(_plain(url), 300)}"),
                            colors)
        label.setAccessibleName("Media file")
        box.addWidget(label)
    return box_widget
