"""Files in and out: each format reads bytes into the model and, where it can, writes it back.

Rule: formats know the model and nothing above it (no queries, geometry or Qt); every problem
in a file is reported as a `LoadError` with its place, never as a traceback.
"""
