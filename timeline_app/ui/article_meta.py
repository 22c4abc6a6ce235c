"""The article's own facts above the review: title, outlet, URL and publication date, which
the user may state or correct before the reader runs again (Re-read): relative dates such as
"on Monday" are read from the publication date given here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from timeline_app.core.extract.article import Article
from timeline_app.ui.i18n import tr


class ArticleMeta(QWidget):
    """The four fields and the Re-read button; `reread` when it is pressed."""

    reread = Signal()

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(article.title)
        self.outlet_edit = QLineEdit(article.outlet)
        self.url_edit = QLineEdit(article.url)
        self.published_edit = QLineEdit(article.published.text if article.published else "")
        self.published_edit.setPlaceholderText(tr("e.g. 2025-04-28 (dates like “on Monday” "
                                                  "are read from it)"))
        again = QPushButton(tr("&Re-read"))
        again.setToolTip(tr("Read the article again with this title, outlet, URL and date"))
        again.clicked.connect(self.reread)
        row = QHBoxLayout()
        row.addWidget(self.published_edit, 1)
        row.addWidget(again)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow(tr("&Outlet:"), self.outlet_edit)
        form.addRow(tr("&URL:"), self.url_edit)
        published = QLabel(tr("&Published:"))
        published.setBuddy(self.published_edit)
        form.addRow(published, row)
