"""`python -m timeline_app` is the `timeline-app` command."""

import sys

from timeline_app.cli import main

sys.exit(main())
