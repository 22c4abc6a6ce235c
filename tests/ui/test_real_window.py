"""Start the real program under Xvfb, as a user would, and close it like one.

Needs Xvfb, xdotool and the X libraries Qt wants (`.ci/run` installs them); skipped only
where they are missing, with the reason. Marked slow: it starts a whole process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow
NEEDED = ("Xvfb", "xdotool")


def _missing() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@pytest.fixture
def display(tmp_path: Path):
    if _missing():
        pytest.skip(f"needs {', '.join(_missing())} (installed by .ci/run)")
    number = 90 + os.getpid() % 50
    xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
           "TIMELINE_APP_STATE_DIR": str(tmp_path / "state")}
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
