"""Timeline App: a timeline viewer and editor for contested events reported by many sources."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("timeline-app")
except _metadata.PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"
