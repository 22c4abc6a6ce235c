"""Qt item models over the open document: sources and events."""
