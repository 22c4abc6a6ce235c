"""Colour specs for lanes and events, as plain strings (Qt-free, shared by scene and style).

Okabe & Ito's colour-blind-safe set without black and yellow (each invisible on one of the
light and dark backgrounds), then Paul Tol's "muted" set for documents with many sources.
"""

from __future__ import annotations

CATEGORICAL = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
    "#999933", "#882255", "#44AA99", "#AA4499", "#117733", "#DDCC77",
)
STATUS_COLORS = {"reported": "#0072B2", "confirmed": "#009E73", "disputed": "#D55E00",
                 "denied": "#777777"}
DISPUTE_COLOR = "#D55E00"
