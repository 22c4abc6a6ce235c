"""Printing untrusted text to a terminal: file contents and file names can hold escape
sequences (erase a line, fake "valid", write the clipboard with OSC 52) or bidi overrides, so
C0/C1 controls, bidi controls and lone surrogates are printed escaped, as `\\x1b` or `\\u202e`.

Shared by every subcommand (cli.py, cli_extract.py), so each prints the same way."""

from __future__ import annotations

import argparse
import re
import sys

__all__ = ["SafeParser", "has_unsafe", "say", "terminal_safe"]

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """`text` with every control, bidi control and lone surrogate written as an escape, so a
    terminal shows it literally (one line, nothing run)."""
    return _UNSAFE.sub(_escape, text)


def has_unsafe(text: str) -> bool:
    """True when `text` holds a character that `terminal_safe` would escape."""
    return _UNSAFE.search(text) is not None


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say(text: str, err: bool = False) -> None:
    """Print one message (one line: a line break in it is escaped too)."""
    print(terminal_safe(text), file=sys.stderr if err else sys.stdout)


class SafeParser(argparse.ArgumentParser):
    """argparse, but its messages (which quote arguments) are terminal-safe line by line."""

    def _print_message(self, message: str, file=None) -> None:  # type: ignore[no-untyped-def]
        super()._print_message("\n".join(map(terminal_safe, message.split("\n"))), file)
