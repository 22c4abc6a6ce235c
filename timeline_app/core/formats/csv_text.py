"""The text of a CSV file: which encoding and which delimiter, without a silent mojibake.

Spreadsheets write UTF-8 (with or without a byte order mark), UTF-16 with a BOM, or a legacy
single-byte encoding: Windows-1252 from Excel on Windows, Mac Roman from older Excel on the
Mac. UTF-8 and BOMs are certain. The two legacy encodings decode any bytes, so the choice is
a guess from the letters each gives (é and ü are likely, Ž and √ are not), and it is always
reported with an example word, so a wrong guess is seen and can be overridden
(`--encoding mac_roman`).
"""

from __future__ import annotations

import codecs
import re

from timeline_app.core.formats.problems import (
    LoadError,
    Problem,
    line_col,
    reject_unreadable_bytes,
    utf8_error,
)
from timeline_app.core.text import tr

LEGACY = ("cp1252", "mac_roman")
_NAMES = {"cp1252": "Windows-1252 (Western European)", "mac_roman": "Mac Roman"}
# Non-ASCII characters common in Western text; anything else counts against an encoding.
_LIKELY = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ"
    "’‘“”–—…«»€£°©®·¿¡\xa0§¢¥")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"\w*[^\W\x00-\x7f]\w*")  # a word with a non-ASCII letter
_CONTEXT = re.compile(r"[^\r\n]{0,12}[^\x00-\x7f][^\r\n]{0,12}")


def decode_csv(data: bytes, name: str, encoding: str | None = None
               ) -> tuple[str, str, bool, list[str]]:
    """(text, encoding used, had a BOM, warnings); raises LoadError if it cannot be decoded."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise LoadError(name, [Problem(tr('unknown encoding "{encoding}" (try utf-8, '
                                              'cp1252, mac_roman, utf-16)').format(
                                                  encoding=encoding))]) from None
        bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if codec == "utf-8":
            codec = "utf-8-sig"
        return _strict(data, codec, name), codec, bom, []
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", name), "utf-8", True, []
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(data, "utf-32", name), "utf-32", True, []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16", True, []
    reject_unreadable_bytes(data, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not text.strip():
            raise LoadError(name, [Problem(tr("the file is empty"))])
        return text, "utf-8", False, []
    text, codec = guess_legacy(data)
    word = _WORD.search(text) or _CONTEXT.search(text)
    other = LEGACY[1] if codec == LEGACY[0] else LEGACY[0]
    warning = tr('{name}: not UTF-8; read as {encoding} (e.g. "{example}"). If letters look '
                 'wrong, {advice}') if word else tr(
        "{name}: not UTF-8; read as {encoding}. If letters look wrong, {advice}")
    return text, codec, False, [warning.format(
        name=name, encoding=_NAMES[codec], advice=encoding_advice().format(other=other),
        example=word.group().strip()[:30] if word else "")]


def encoding_advice() -> str:
    """The command line's way to another encoding, "{other}" to fill (the window puts its
    menu command there)."""
    return tr("choose the encoding: --encoding {other}")


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        raw = bytes(err.object)  # after a BOM the decoder strips, so offsets match it
        prefix = raw[: err.start].decode(codec, "replace")
        line, col = line_col(prefix, len(prefix))
        why = (utf8_error(raw, err.start) if codec.startswith("utf-8")
               else tr("byte {byte} cannot be read").format(byte=f"0x{raw[err.start]:02x}"))
        raise LoadError(name, [Problem(tr("the file is not valid {encoding}: {reason}").format(
            encoding=codec.removesuffix("-sig"), reason=why), line=line, column=col)]) from None
    if not text.strip():
        raise LoadError(name, [Problem(tr("the file is empty"))])
    return text


def guess_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 as the likelier of Windows-1252 and Mac Roman."""
    best: tuple[float, str, str] | None = None
    for codec in LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # bytes Windows-1252 leaves undefined (0x81, 0x8d …)
            continue
        score = _score(text)
        if codec == "mac_roman" and "\r" in text and "\n" not in text:
            score += 0.5  # CR-only lines: what classic Mac software wrote
        if best is None or score > best[0]:
            best = (score, text, codec)
    assert best is not None  # Mac Roman decodes every byte
    return best[1], best[2]


def _score(text: str) -> float:
    """Likely characters minus unlikely ones; a letter in an odd place counts against."""
    score = 0.0
    for m in _NON_ASCII.finditer(text):
        ch, i = m.group(), m.start()
        if ch not in _LIKELY:
            score -= 3
            continue
        score += 2
        if ch.isalpha():
            before = text[i - 1: i]
            after = text[i + 1: i + 2]
            if ch.islower() and after.isupper():
                score -= 3  # "ìHello" is a curly quote read as a letter
            elif ch.isupper() and before.islower():
                score -= 3
            elif not before.isalpha() and not after.isalpha():
                score -= 3  # " ñ " is a dash read as a letter
    return score


def sniff_delimiter(text: str, name: str = "") -> str:
    """Comma, semicolon or tab: whichever the header line holds most of (outside quotes)."""
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in text[: 1 << 20]:
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch in "\r\n":
            if any(counts.values()):
                break
        elif ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda c: (counts[c], c == ","))
    return best if counts[best] else ","
