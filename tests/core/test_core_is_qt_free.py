"""The core must stay usable without Qt: importing all of it must not load PySide6."""

import subprocess
import sys


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, timeline_app.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'timeline_app.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import timeline_app.cli, timeline_app.synth\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
