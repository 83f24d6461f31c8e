"""Extraction components: each takes a ReportDoc, adds one kind of mention, returns it."""
