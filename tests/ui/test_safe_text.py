"""Untrusted text is shown literally and only http(s) links can be opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from timeline_app.ui import safe_text
from timeline_app.ui.safe_text import (
    LinkLabel,
    elide,
    escape_tooltip,
    is_safe_url,
    plain_label,
    soft_wrap,
)

HOSTILE = '<b>x</b><img src="file:///etc/passwd"><a href="file:///etc">y</a>'


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record what would be opened instead of starting a browser."""
    calls: list[str] = []

    def fake(url: str) -> bool:
        calls.append(url)
        return True

    monkeypatch.setattr(safe_text, "open_url", fake)
    return calls


def test_plain_label_shows_markup_literally(qtbot) -> None:
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.text() == HOSTILE
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.wordWrap()
    assert not label.openExternalLinks()
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.parametrize("url", [
    "https://example.com",
    "http://example.com/a?b=c#d",
    "HTTPS://EXAMPLE.COM/PATH",
    "https://en.wikipedia.org/wiki/Kursk_(region)",
    "https://例え.jp/パス",
    "https://[::1]:8080/x",
])
def test_safe_urls(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize("url", [
    "",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "smb://host/share",
    "ftp://example.com/x",
    "/relative/path",
    "relative.html",
    "//example.com/protocol-relative",
    "https:example.com",
    "http://",
    " https://example.com",
    "https://example.com/\n",
    "https://exa mple.com",
    "https://example.com/\u202egnp.exe",  # right-to-left override: a spoofed display
    "https://example.com/\u200b",
    "https://example.com:99999/",
    "https://" + "a" * 20_000 + ".com",
])
def test_unsafe_urls(url: str) -> None:
    assert not is_safe_url(url)


def test_open_url_refuses_unsafe_links(monkeypatch: pytest.MonkeyPatch, caplog) -> None:
    calls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url) or True)
    assert safe_text.open_url("javascript:alert(1)") is False
    assert calls == []
    assert "unsafe" in caplog.text
    assert safe_text.open_url("https://example.com/x") is True
    assert [u.toString() for u in calls] == ["https://example.com/x"]


def test_escape_tooltip() -> None:
    assert escape_tooltip('<img src="x">\nline & "two"') == (
        "&lt;img src=&quot;x&quot;&gt;<br>line &amp; &quot;two&quot;"
    )
    assert escape_tooltip("a\r\nb") == "a<br>b"


def test_elide() -> None:
    assert elide("short", 10) == "short"
    assert elide("0123456789", 10) == "0123456789"
    out = elide("x" * 1_000_000, 50)
    assert len(out) == 50 and out.endswith("…")
    assert elide("anything", 0) == ""


def test_soft_wrap_breaks_only_long_runs() -> None:
    assert soft_wrap("ordinary words stay as they are") == "ordinary words stay as they are"
    assert soft_wrap(HOSTILE[:40]) == HOSTILE[:40]
    long = "y" * 100
    wrapped = soft_wrap(f"a {long} b")
    assert wrapped.replace("\u200b", "") == f"a {long} b"
    assert "\u200b" in wrapped


def test_safe_link_opens_on_click_and_key(qtbot, opened: list[str]) -> None:
    link = LinkLabel("https://example.com/report")
    qtbot.addWidget(link)
    link.resize(300, 20)
    link.show()
    assert link.text() == "https://example.com/report"
    assert link.textFormat() == Qt.TextFormat.PlainText
    assert link.clickable
    with qtbot.waitSignal(link.activated) as signal:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert signal.args == ["https://example.com/report"]
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert opened == ["https://example.com/report"] * 2


def test_unsafe_link_is_plain_text(qtbot, opened: list[str]) -> None:
    link = LinkLabel("javascript:alert(document.cookie)")
    qtbot.addWidget(link)
    link.resize(300, 20)
    link.show()
    assert link.text() == "javascript:alert(document.cookie)"
    assert not link.clickable
    assert link.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert link.open() is False
    assert opened == []


def test_link_tooltip_is_escaped_and_long_url_does_not_widen(qtbot) -> None:
    url = "https://example.com/" + "<b>" + "x" * 3_000
    link = LinkLabel(url)
    qtbot.addWidget(link)
    assert "<b>" not in link.toolTip() and "&lt;b&gt;" in link.toolTip()
    assert link.minimumSizeHint().width() <= 80
    link.resize(120, 20)
    assert not link.grab().isNull()  # paints elided without error


def test_copy_link_address(qtbot) -> None:
    link = LinkLabel("https://example.com/a")
    qtbot.addWidget(link)
    link.copy_url()
    assert QGuiApplication.clipboard().text() == "https://example.com/a"
