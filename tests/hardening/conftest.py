"""Fixtures for the hardening tests: the UI tests' window fixtures, and a question recorder.

The window fixtures come from tests/ui/conftest.py, including its autouse answer "Discard"
to any modal question (a question nobody answers would hang the run).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.ui.conftest import config_dir, no_modal_questions, window  # noqa: F401  (fixtures)


@dataclass
class Questions:
    """Questions the app asked (title, text, details) and the answers to give, in order."""

    asked: list[tuple[str, str, str]] = field(default_factory=list)
    replies: list[object] = field(default_factory=list)
    default: object = None

    def answer(self, box: object) -> object:
        self.asked.append((box.windowTitle(), box.text(), box.informativeText()))
        return self.replies.pop(0) if self.replies else self.default


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Record every question `file_ops.ask` is given; answer from `replies`, else Cancel."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui import file_ops

    recorder = Questions(default=QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(file_ops, "ask", recorder.answer)
    return recorder

