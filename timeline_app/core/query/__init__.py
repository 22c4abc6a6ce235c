"""Questions asked of a loaded document: time indexes and filters, in bulk (numpy).

Rule: reads the model, never changes it; answers are arrays of event positions.
"""
