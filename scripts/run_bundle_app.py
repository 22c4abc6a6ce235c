"""PyInstaller entry point (see build.spec): the `timeline-app` console script as a file.

PyInstaller needs a script to analyse, not an entry-point name; this is all it runs.
"""

import sys

from timeline_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
