"""Start the real program under Xvfb, as a user would, and close it like one.

Needs Xvfb, xdotool and the X libraries Qt wants (`.ci/run` installs them); skipped only
where they are missing, with the reason. Marked slow: it starts a whole process.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.conftest import SEED
from timeline_app.core.formats.registry import load_path
from timeline_app.ui.sources_panel import source_colors

pytestmark = pytest.mark.slow
NEEDED = ("Xvfb", "xdotool")


def _missing() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@pytest.fixture
def display(tmp_path: Path):
    if _missing():
        pytest.skip(f"needs {', '.join(_missing())} (installed by .ci/run)")
    number = 90 + os.getpid() % 50
    # -fbdir: the server keeps its screen in an XWD file there, our screenshot (no ImageMagick).
    (tmp_path / "fb").mkdir()
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp", "-fbdir", str(tmp_path / "fb")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or xvfb.poll() is not None:
            xvfb.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(10)


def _find_window(env: dict[str, str], name: str, timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--name", name], env=env,
                               capture_output=True, text=True)
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.2)
    return None


def test_program_opens_a_window_titled_with_the_file_and_exits_cleanly(display, tmp_path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "TIMELINE_APP_CONFIG_DIR": str(tmp_path / "config"),
           "TIMELINE_APP_STATE_DIR": str(tmp_path / "state"),
           "TIMELINE_APP_CACHE_DIR": str(tmp_path / "cache")}
    exe = Path(sys.executable).with_name("timeline-app")
    proc = subprocess.Popen([str(exe), str(SEED)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        window = _find_window(env, SEED.name, timeout=30)
        assert window is not None, proc.stderr.read() if proc.poll() is not None else "no window"
        time.sleep(1.0)  # let it load and paint
        # No window manager runs: give the window focus ourselves, then type Ctrl+Q through
        # XTEST, as a real keyboard would (events sent to a window directly are ignored).
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False,
                       capture_output=True)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        assert proc.wait(timeout=20) == 0
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    settings = tmp_path / "config" / "settings.json"
    assert settings.exists() and str(SEED.resolve()) in settings.read_text()


QT_WARNING = re.compile(r"^(qt\.|QWidget|QPainter|QObject|QLayout|QFont|QAction|Ambiguous|"
                        r"Warning:|.*Traceback)", re.MULTILINE)


def _screen(fbdir: Path) -> QImage:
    """The Xvfb screen from its -fbdir XWD file: a big-endian header of 25 words, the
    colour map (12 bytes an entry), then the pixels (32 bits each at depth 24)."""
    data = (fbdir / "Xvfb_screen0").read_bytes()
    words = struct.unpack(">25I", data[:100])
    header_size, width, height, byte_order = words[0], words[4], words[5], words[7]
    bits_per_pixel, bytes_per_line, ncolors = words[11], words[12], words[19]
    assert bits_per_pixel == 32 and byte_order == 0, words  # LSB first: Qt's RGB32 layout
    start = header_size + 12 * ncolors
    pixels = data[start:start + bytes_per_line * height]
    return QImage(pixels, width, height, bytes_per_line, QImage.Format.Format_RGB32).copy()


def _screenshot(env: dict[str, str], window: str, path: Path) -> QImage:
    shown = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env,
                           check=True, capture_output=True, text=True, timeout=30).stdout
    geo = dict(line.split("=", 1) for line in shown.split())
    screen = _screen(path.parent / "fb")
    image = screen.copy(int(geo["X"]), int(geo["Y"]), int(geo["WIDTH"]), int(geo["HEIGHT"]))
    assert not image.isNull(), "no screenshot"
    image.save(str(path))  # kept in the test's folder for a look when it fails
    return image


def _pixels_of(image: QImage, rgb: str) -> list[int]:
    """The x of every pixel of exactly colour `rgb` (sampled on every 2nd row)."""
    target = QColor(rgb).rgb() & 0xFFFFFF
    xs = []
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            if image.pixel(x, y) & 0xFFFFFF == target:
                xs.append(x)
    return xs


def test_real_start_logs_no_qt_warning_and_draws_the_timeline(display, tmp_path) -> None:
    """The program as started by a user: its log has no Qt warning (not even after Ctrl+D,
    which once was an "Ambiguous shortcut overload"), and the screenshot shows the example:
    every source's lane colour, lane bars across most of the width, nothing left black."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "TIMELINE_APP_CONFIG_DIR": str(tmp_path / "config"),
           "TIMELINE_APP_STATE_DIR": str(tmp_path / "state"),
           "TIMELINE_APP_CACHE_DIR": str(tmp_path / "cache")}
    exe = Path(sys.executable).with_name("timeline-app")
    proc = subprocess.Popen([str(exe), str(SEED)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        window = _find_window(env, SEED.name, timeout=30)
        assert window is not None, proc.stderr.read() if proc.poll() is not None else "no window"
        time.sleep(1.5)  # let it load and paint
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False,
                       capture_output=True)
        subprocess.run(["xdotool", "key", "ctrl+d"], env=env, check=True)
        time.sleep(0.3)
        image = _screenshot(env, window, tmp_path / "window.png")
        subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True)
        assert proc.wait(timeout=20) == 0
        log = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not QT_WARNING.findall(log), log
    width = image.width()
    assert (width, image.height()) == (1400, 860)  # the first-start size, all painted
    colors = source_colors(load_path(SEED).timeline)
    found = {sid: _pixels_of(image, rgb) for sid, rgb in colors.items()}
    seen = [sid for sid, xs in found.items() if len(xs) >= 20]
    assert len(seen) == len(colors), f"lane colours missing: {set(colors) - set(seen)}"
    # The canvas spans most of the window: some lane's bar reaches past 60 % of its width,
    # and the lanes start in the left quarter (the Sources panel is narrow).
    xs = [x for sid in seen for x in found[sid]]
    assert max(xs) > 0.6 * width and min(xs) < 0.25 * width
    black = sum(1 for y in range(0, image.height(), 10) for x in range(0, width, 10)
                if image.pixel(x, y) & 0xFFFFFF == 0)
    assert black < 0.01 * (image.height() // 10) * (width // 10)
