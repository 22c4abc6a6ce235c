"""An event's media (a TimelineJS picture or video) in the Details panel: link, caption,
credit. The credit says whom the picture is owed to; it is shown as the media's credit, never
as a source that affirms the event. Everything is plain text (the file's HTML reduced)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.formats.html_text import html_to_text, safe_url
from timeline_app.ui.claims_view import Colors, bold, muted_label
from timeline_app.ui.i18n import tr
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
    box_widget.setAccessibleName(tr("Media"))
    box = QVBoxLayout(box_widget)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(bold(plain_label(tr("Media"))))
    if caption:
        label = plain_label(soft_wrap(elide(caption, TEXT_LIMIT)))
        label.setAccessibleName(tr("Media caption"))
        box.addWidget(label)
    if credit:
        label = muted_label(soft_wrap(tr("Credit: {credit}").format(
            credit=elide(credit, TEXT_LIMIT))), colors)
        label.setAccessibleName(tr("Media credit"))
        box.addWidget(label)
    if safe_url(url.strip()):
        link = LinkLabel(url.strip() if len(url) < 2_000 else elide(url.strip(), 2_000))
        link.setAccessibleName(tr("Media link"))
        box.addWidget(link)
    elif url.strip():  # an embed, a relative path or an unsafe address: named, not a link
        text = tr("Media file (relative path): {file}") if _relative(url) else \
            tr("Media file (embedded or not a web address): {file}")
        label = muted_label(soft_wrap(text.format(file=elide(_plain(url), 300))), colors)
        label.setAccessibleName(tr("Media file"))
        box.addWidget(label)
    return box_widget
