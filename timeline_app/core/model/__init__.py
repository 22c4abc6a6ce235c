"""The document: events, claims and sources, their uncertain dates, and edits to them.

Rule: depends on nothing else in the program; every other part of the core builds on it.
"""
