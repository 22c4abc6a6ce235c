"""The core's words for people, in the window's language, without Qt.

The window shows text the core makes: lane titles, undo names, why a date or a file cannot
be read. Each goes through `tr`, which says it in English (plurals resolved) until the
window installs Qt's translation with `set_translator` (`ui.i18n.install`); the command
line never does, so it stays English. `tr` has the window's signature (context "", a
disambiguation, a count for `%Ln`), so `pyside6-lupdate` finds these strings as it finds
the window's (scripts/translations.py lists the core files it reads). Text written into
files must not come from here.
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["Translator", "english", "set_translator", "tr"]


class Translator(Protocol):
    """`tr`'s signature: the text, a disambiguation, a count (-1: none)."""

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        ...


_PLURAL = re.compile(r"\((e?s)\)")


def english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` as the English catalogue says it: for a count `n`, "%Ln event(s)" reads
    "1 event" or "2 events" (and "(es)" likewise)."""
    if n < 0:
        return text
    text = _PLURAL.sub("" if n == 1 else r"\1", text)
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translator: Translator = english


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language, English where none is installed."""
    return _translator(text, disambiguation, n)


def set_translator(translator: Translator | None) -> None:
    """Say the core's words through `translator` from now on (None: English again)."""
    global _translator
    _translator = translator or english
