"""Turning inputs (files, URLs, stdin, JSONL) into Articles, with clear errors for bad input."""

from conflictwire.ingest.errors import InputError
from conflictwire.ingest.files import iter_inputs

__all__ = ["InputError", "iter_inputs"]
