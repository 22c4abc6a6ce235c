"""Where the view's events come from: a document in memory or a table on disk (issue 15)."""
