"""Where a claim was read: the article, and its quote in context (Details, claim cards).

The context comes from the claim's `provenance` field, which is file content: it is shown as
plain text, and the article's address only through the safe link label.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from timeline_app.core.model.timeline import Claim
from timeline_app.ui.i18n import number, tr
from timeline_app.ui.safe_text import LinkLabel, elide, plain_label, soft_wrap

CONTEXT_LIMIT = 400


def provenance_of(claim: Claim) -> Mapping[str, Any] | None:
    prov = claim.extra.get("provenance") if claim.extra else None
    return prov if isinstance(prov, Mapping) else None


def context_text(prov: Mapping[str, Any]) -> str:
    """"…before »quote« after…", cut to whole words near the quote."""
    before = str(prov.get("before", ""))[-CONTEXT_LIMIT // 2:]
    after = str(prov.get("after", ""))[:CONTEXT_LIMIT // 2]
    quote = elide(str(prov.get("quote", "")), 1_000)
    if " " in before[:40]:
        before = "…" + before[before.index(" ") + 1:]
    if " " in after[-40:]:
        after = after[:after.rindex(" ")] + "…"
    return f"{before}»{quote}«{after}".strip()


def source_text(prov: Mapping[str, Any]) -> str:
    article = prov.get("article")
    if not isinstance(article, Mapping):
        return tr("From an article")
    parts = [str(article.get(k, "")).strip() for k in ("outlet", "published")]
    title = elide(str(article.get("title", "")).strip(), 200)
    text = tr("From “{title}”").format(title=title) if article.get("title") else \
        tr("From an article")
    extra = ", ".join(p for p in parts if p)
    if extra:
        text = tr("{text} ({outlet_and_date})").format(text=text, outlet_and_date=extra)
    if isinstance(prov.get("start"), int) and isinstance(prov.get("end"), int):
        text = tr("{text}, characters {start}–{end}").format(
            text=text, start=number(prov["start"]), end=number(prov["end"]))
    if prov.get("speaker"):
        text = tr("{text}; speaker: {speaker}").format(
            text=text, speaker=elide(str(prov["speaker"]), 100))
    return text


def provenance_widget(claim: Claim) -> QWidget | None:
    """The article a claim was read from, its quote in context and a link to the article."""
    prov = provenance_of(claim)
    if prov is None:
        return None
    box = QWidget()
    box.setObjectName("provenance")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 2, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(plain_label(soft_wrap(source_text(prov))))
    context = plain_label(soft_wrap(context_text(prov)))
    context.setObjectName("quoteInContext")
    context.setAccessibleName(tr("Quote in context"))
    layout.addWidget(context)
    article = prov.get("article")
    url = str(article.get("url", "")).strip() if isinstance(article, Mapping) else ""
    if url and url != claim.url.strip():
        layout.addWidget(LinkLabel(url))
    return box
