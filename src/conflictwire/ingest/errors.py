"""The one error type for bad input: it names the document and the reason, never a traceback."""

from __future__ import annotations


class InputError(Exception):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
