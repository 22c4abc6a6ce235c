"""Showing text from opened files, which come from strangers, without letting it act.

A QLabel's default `Qt.AutoText` renders anything that looks like HTML, so a title such as
`<img src="file:///…">` would load a local file and links could spoof the interface. Every
string from a document therefore goes through a plain-text label, tooltips are escaped,
and only http(s) links can be opened, through one function (`open_url`) that re-checks.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDesktopServices,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QLabel, QMenu, QStyle, QStyleOptionFocusRect, QWidget

from timeline_app.ui.i18n import tr

log = logging.getLogger(__name__)

SAFE_SCHEMES = frozenset({"http", "https"})
_BREAK = "\u200b"  # zero-width space: a line-break opportunity that draws nothing
_RUN = re.compile(r"\S{41,}")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A word-wrapped, selectable label that never interprets its text as HTML or links."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def is_safe_url(url: str) -> bool:
    """True only for an absolute http(s) URL with a host: nothing that runs or reads locally.

    Whitespace, control and invisible formatting characters (bidi overrides, zero-width
    spaces) anywhere are refused rather than stripped: browsers and Qt disagree on how they
    treat them (" javascript:" tricks), and they can make a shown URL lie about its target.
    """
    if not url or len(url) > 10_000 or any(_invisible(c) for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return False
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and qurl.scheme().lower() in SAFE_SCHEMES and bool(qurl.host())


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "CZ"


def open_url(url: str) -> bool:
    """Open a link in the user's browser if it is safe; the one door to the desktop.

    Tests monkeypatch this module attribute; callers must look it up at call time.
    """
    if not is_safe_url(url):
        log.warning("refused to open unsafe link %r", elide(url, 200))
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


def escape_tooltip(text: str) -> str:
    """Untrusted text made safe for tooltips, which Qt renders as rich text when it can."""
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def elide(text: str, limit: int) -> str:
    """At most `limit` characters, ending in "…" when cut: fields may be a million long."""
    if limit <= 0:
        return ""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def soft_wrap(text: str, every: int = 20) -> str:
    """Let word wrap break runs of over 40 non-blank characters (long tokens, bare URLs).

    A QLabel cannot be narrower than its longest unbreakable run, so one such run in a
    document would force the whole panel wide. Short runs are left untouched.
    """
    def split(m: re.Match[str]) -> str:
        s = m.group(0)
        return _BREAK.join(s[i : i + every] for i in range(0, len(s), every))

    return _RUN.sub(split, text)


class LinkLabel(QLabel):
    """A URL shown as plain text; clickable (mouse, Enter or Space) only when it is safe.

    `text()` is the URL exactly as given. It is drawn on one line, elided in the middle
    when narrow; the tooltip and the context menu's "Copy Link Address" give all of it.
    """

    activated = Signal(str)  # emitted with the URL after a safe link was opened

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setText(url)
        self._url = url
        self._safe = is_safe_url(url)
        tip = elide(url, 2_000)
        if self._safe:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setForegroundRole(QPalette.ColorRole.Link)
            font = self.font()
            font.setUnderline(True)
            self.setFont(font)
            self.setToolTip(escape_tooltip(tr("Open in browser: {url}").format(url=tip)))
            self.setAccessibleName(tr("Link"))
        else:
            self.setToolTip(escape_tooltip(
                tr("Not opened (not an http or https link): {url}").format(url=tip)))
            self.setAccessibleName(tr("Link (not clickable)"))
        self.setAccessibleDescription(tip)

    @property
    def url(self) -> str:
        return self._url

    @property
    def clickable(self) -> bool:
        return self._safe

    def open(self) -> bool:
        """Open the link if safe (through the module's `open_url`, resolved at call time)."""
        if not self._safe or not open_url(self._url):
            return False
        self.activated.emit(self._url)
        return True

    def minimumSizeHint(self) -> QSize:
        # Elided drawing lets the label shrink; a long URL must not widen the panel.
        return QSize(min(80, super().minimumSizeHint().width()), self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self._url[:500]) + 4, fm.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self._url[:2_000], Qt.TextElideMode.ElideMiddle, rect.width()
        )
        role = QPalette.ColorRole.Link if self._safe else QPalette.ColorRole.WindowText
        painter.setPen(self.palette().color(role))
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(flags), text)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter,
                                       self)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside and self._safe:
            self.open()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._safe and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        copy = menu.addAction(tr("Copy Link Address"))
        copy.triggered.connect(self.copy_url)
        if self._safe:
            menu.addAction(tr("Open Link in Browser")).triggered.connect(self.open)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self._url)
