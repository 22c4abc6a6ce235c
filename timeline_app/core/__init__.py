"""The Qt-free core: document model, dates, loading and saving, filtering.

Nothing under this package may import PySide6; a test enforces it so the core stays usable
from the command line, from scripts and under test without a display. The words it makes
for people go through `text.tr` and `model.date_text`, which the window connects to Qt's
translation and locale (English otherwise).
"""
