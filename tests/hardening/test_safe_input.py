"""Loads that cannot be fooled or hang: duplicate keys are refused by both parsers, only
regular files are read (or written), the nesting limit is one for load and save, and
byte-level errors name their real cause and line."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, SEED
from timeline_app.core.formats import files, json_text
from timeline_app.core.formats.files import UnreadableError, read_bytes
from timeline_app.core.formats.json_keys import find_duplicates
from timeline_app.core.formats.json_text import parse_json
from timeline_app.core.formats.nesting import MAX_NESTING
from timeline_app.core.formats.problems import LoadError, line_col
from timeline_app.core.formats.registry import load_bytes, load_path
from timeline_app.core.formats.saving import SaveError, save, to_bytes
from timeline_app.core.model.timeline import Timeline


def _errors(text: str, reporting: bool) -> list[str]:
    """parse_json's problems on the plain path or the one reporting progress."""
    progress = (lambda f: None) if reporting else None
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(json_text, "PROGRESS_ABOVE_BYTES", 0 if reporting else 10**12)
        try:
            parse_json(text, "f.json", progress)
        except LoadError as err:
            return err.lines()
    return []


# -- duplicate keys ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "where"), [
    ('{"events": [{"title": "a", "start": "2024"}],\n "events": []}', "f.json:2:2:"),
    ('{"events": [{"title": "a", "start": "2024", "status": "denied", "status": "x"}]}',
     "f.json:1:65:"),
    ('{"events": [{"title": "a", "start": "2024", "claims": [{"source": "s", "source": "t"}]}]}',
     "f.json:1:72:"),
    ('{"sources": [{"id": "a", "id": "b"}], "events": []}', "f.json:1:26:"),
    ('{"events": [], "x": {"y": [{"z": 1, "\\u007a": 2}]}}', "f.json:1:37:"),
    # a bad escape after the repeat: the parser stops at the repeat first (found by fuzzing)
    ('{"events": [{"a": 1, "a": 2}], "\\s": 3}', "f.json:1:22:"),
])
def test_duplicate_keys_are_refused_alike_by_both_parsers(text: str, where: str) -> None:
    fast, reported = _errors(text, reporting=False), _errors(text, reporting=True)
    assert fast == reported
    assert len(fast) == 1 and fast[0].startswith(where) and "duplicate key" in fast[0], fast


def test_every_duplicate_is_listed_with_both_places() -> None:
    text = '[{"title": "a",\n  "title": "b"},\n {"start": 1, "start": 2}]'
    lines = _errors(text, reporting=False)
    assert lines == [
        'f.json:2:3: JSON: duplicate key "title" (also at line 1, column 3); each key may '
        "appear once in an object, or programs disagree on which value counts",
        'f.json:3:15: JSON: duplicate key "start" (also at line 3, column 3); each key may '
        "appear once in an object, or programs disagree on which value counts"]


_keys = st.text(alphabet="ab\\\"é", max_size=3)
_json = st.recursive(st.none() | st.integers() | st.text(alphabet='ab"\\{}[],:', max_size=4),
                     lambda kids: st.lists(kids, max_size=3)
                     | st.lists(st.tuples(_keys, kids), max_size=4), max_leaves=12)


def _dump(value: object) -> str:
    """JSON in which a list of pairs is written as an object, repeats and all."""
    if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
        return "{" + ", ".join(f"{json.dumps(k)}: {_dump(v)}" for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(map(_dump, value)) + "]"
    return json.dumps(value)


def _has_repeat(value: object) -> bool:
    if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
        keys = [k for k, _ in value]
        return len(set(keys)) < len(keys) or any(_has_repeat(v) for _, v in value)
    return isinstance(value, list) and any(_has_repeat(v) for v in value)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_the_key_walk_agrees_with_the_parser(value: object) -> None:
    """Whatever the nesting and escapes, the token walk finds a repeat exactly when there
    is one, and the parse with and without progress say the same."""
    text = _dump([("events", []), ("x", value)])
    repeats = find_duplicates(text, 50)
    assert bool(repeats) == _has_repeat(value)
    for key, at, first in repeats:
        assert text.startswith(json.dumps(key), at) and text.startswith(json.dumps(key), first)
        assert first < at
    assert _errors(text, reporting=False) == _errors(text, reporting=True)


# -- line ends -----------------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_are_counted_for_every_line_end(newline: str) -> None:
    text = newline.join(['{"events": [', '  {"title": "a", "start": "2024"},',
                         '  {"title": "b" "start": "2024"}', "]}"])
    assert _errors(text, reporting=False) == [
        "f.json:3:17: JSON syntax: Expecting ',' delimiter"]
    assert line_col(text, text.index("b")) == (3, 14)


def test_line_col_on_the_lf_of_a_crlf_is_the_line_it_ends() -> None:
    assert line_col("ab\r\ncd", 3) == (1, 4)
    assert line_col("ab\r\ncd", 4) == (2, 1)
    assert line_col("ab\r\rcd", 3) == (2, 1)


# -- UTF-8 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "fragment"), [
    (b"\xe2\x82", "1:12: the file is not valid UTF-8: truncated sequence: byte 0xe2 starts a "
                  "3-byte character, but byte 0x22 comes after 1 of its 2 continuation bytes"),
    (b"\xf0\x9f\x98", "truncated sequence: byte 0xf0 starts a 4-byte character, but byte 0x22 "
                      "comes after 2 of its 3"),
    (b"\xed\xb0\x80", "surrogate: bytes 0xed 0xb0 0x80 encode U+DC00, half of a UTF-16 pair"),
    (b"\xbf", "byte 0xbf continues a character that never started"),
    (b"\xc1\xbf", "overlong sequence: byte 0xc1"),
    (b"\xf0\x80\x80\x80", "overlong sequence: bytes 0xf0 0x80 0x80 0x80"),
    (b"\xf4\x90\x80\x80", "bytes 0xf4 0x90 0x80 0x80 are beyond U+10FFFF"),
    (b"\xff", "byte 0xff never appears in UTF-8"),
])
def test_utf8_errors_name_the_real_cause(raw: bytes, fragment: str) -> None:
    with pytest.raises(LoadError) as info:
        load_bytes(b'{"title": "' + raw + b'", "events": []}', "f.json")
    assert fragment in info.value.lines()[0], info.value.lines()


def test_utf8_cut_at_the_end_of_the_file() -> None:
    with pytest.raises(LoadError, match="but the file ends after 0 of its 1 continuation"):
        load_bytes(b'{"events": []} \xc3', "f.json")


# -- only regular files --------------------------------------------------------------------

def _check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_app.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=30)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "events.json"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableError) as info:
        read_bytes(fifo)  # blocked forever before (no writer ever comes)
    assert info.value.lines() == [f"{fifo}: is a FIFO (named pipe), not a regular file; "
                                  f"Timeline App reads only regular files"]
    proc = _check("check", str(fifo))  # the timeout of 30 s would fail a hang
    assert proc.returncode == 2 and "is a FIFO (named pipe)" in proc.stderr, proc.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_before_reading() -> None:
    with pytest.raises(UnreadableError, match="/dev/zero: is a character device, not a regular"):
        load_path("/dev/zero")  # read 805 MB before


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX) as sock:
        try:
            sock.bind(str(path))
        except OSError as err:
            pytest.skip(f"cannot bind a Unix socket here: {err}")
        assert stat.S_ISSOCK(path.stat().st_mode)
        with pytest.raises(UnreadableError, match="is a socket, not a regular file"):
            load_path(path)


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(SEED)
    assert read_bytes(link) == SEED.read_bytes()


def test_a_file_too_large_gives_its_real_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "wb") as fh:
        fh.truncate(files.MAX_FILE_BYTES + 12_345)
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert f"the file is {files.MAX_FILE_BYTES + 12_345:,} bytes (805 MB)" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_output_to_a_fifo_or_device_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    timeline = load_path(SEED).timeline
    with pytest.raises(SaveError, match=r"it is a FIFO \(named pipe\), not a regular file"):
        save(timeline, fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # not replaced by a regular file either
    proc = _check("export", str(SEED), "-o", str(fifo))
    assert proc.returncode == 1 and "is a FIFO" in proc.stderr, proc.stderr
    if os.path.exists("/dev/null"):
        with pytest.raises(SaveError, match="is a character device"):
            save(timeline, "/dev/null")


# -- one nesting limit ---------------------------------------------------------------------

def _nested(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize(("template", "at"), [
    ('{"events": [], "x": %s}', 1),
    ('{"sources": [{"id": "s", "x": %s}], "events": []}', 3),
    ('{"events": [{"title": "a", "start": "2024", "x": %s}]}', 3),
    ('[{"title": "a", "start": "2024", "x": %s}]', 3),  # saved inside a document: same level
    ('[{"title": "a", "start": "2024", "claims": [{"source": "s", "x": %s}]}]', 5),
])
def test_nesting_at_the_limit_loads_and_saves_one_past_is_refused(template: str, at: int
                                                                  ) -> None:
    fits = (template % _nested(MAX_NESTING - at)).encode()
    saved = to_bytes(load_bytes(fits, "f.json").timeline)
    assert to_bytes(load_bytes(saved, "f.json").timeline) == saved
    with pytest.raises(LoadError) as info:
        load_bytes((template % _nested(MAX_NESTING - at + 1)).encode(), "f.json")
    (line,) = info.value.lines()
    assert line.endswith(f"x: nested too deeply: Timeline App reads and writes at most "
                         f"{MAX_NESTING} levels of [ and {{ in a document"), line


def test_timelinejs_slide_fields_share_the_limit() -> None:
    """A slide's unknown field is kept one level down (in the event's `timelinejs` field)."""
    slide = '{"start_date": {"year": 2024}, "text": {"headline": "a"}, "x": %s}'
    fits = '{"events": [%s]}' % (slide % _nested(MAX_NESTING - 4))
    saved = to_bytes(load_bytes(fits.encode(), "f.json").timeline)
    assert load_bytes(saved).timeline.events[0].extra["timelinejs"]["x"]
    with pytest.raises(LoadError, match="timelinejs: nested too deeply"):
        load_bytes(('{"events": [%s]}' % (slide % _nested(MAX_NESTING - 3))).encode(), "f.json")


def test_saving_refuses_past_the_same_limit_with_a_save_error() -> None:
    fits = Timeline(extra={"x": json.loads(_nested(MAX_NESTING - 1))})
    assert load_bytes(to_bytes(fits)).timeline.extra == fits.extra
    with pytest.raises(SaveError, match=f"x: nested too deeply: .* at most {MAX_NESTING} "):
        to_bytes(Timeline(extra={"x": json.loads(_nested(MAX_NESTING))}))
    with pytest.raises(SaveError, match="at most"):  # past the serializer's own limit too
        to_bytes(Timeline(extra={"x": json.loads(_nested(300))}))


def test_any_serialisation_failure_is_a_save_error() -> None:
    with pytest.raises(SaveError, match="cannot be written as JSON"):
        to_bytes(Timeline(title="half \ud800 a pair"))
    with pytest.raises(SaveError, match="cannot be written as JSON"):
        to_bytes(Timeline(extra={"x": object()}))


def test_deep_json_names_the_same_limit() -> None:
    with pytest.raises(LoadError, match=f"JSON nested too deeply: .* at most {MAX_NESTING}"):
        load_bytes(_nested(5000).encode(), "f.json")


# -- progress ------------------------------------------------------------------------------

def test_a_large_parse_reports_progress_and_can_be_cancelled(monkeypatch) -> None:
    """The progress hook is called through the parse with growing fractions up to the parse's
    share, and an exception it raises (the Cancel button) ends the parse."""
    from timeline_app.core.formats.result import PARSE_SHARE, LoadCancelled

    monkeypatch.setattr(json_text, "PROGRESS_ABOVE_BYTES", 0)
    text = json.dumps({"events": [{"title": f"e{i}", "start": "2024"} for i in range(20_000)]})
    seen: list[float] = []
    value = parse_json(text, "f.json", seen.append)
    assert len(value["events"]) == 20_000
    assert len(seen) >= 4 and seen == sorted(seen) and seen[0] > 0 and seen[-1] <= PARSE_SHARE

    def cancel(fraction: float) -> None:
        raise LoadCancelled

    with pytest.raises(LoadCancelled):
        parse_json(text, "f.json", cancel)
