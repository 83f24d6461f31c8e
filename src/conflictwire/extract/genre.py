"""What kind of piece a report is, from its title: news of an event, or a review that recalls
events (a profile, statistics, a situation report, a year reviewed). The events a review
recalls are candidates: shown on request, never alerted (lexicons/genres.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.doc import ReportDoc
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import fold

TITLE_CHARS = 400  # the title, the standfirst and a dateline: where a piece says what it is


@lru_cache(maxsize=2)
def _genres(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r"(?<![a-z])(?:" + r["pattern"] + r")(?![a-z])"), r["reason"])
            for r in read_tsv("genres.tsv") if r["lang"] in (lang, "any")]


def review_reason(doc: ReportDoc) -> str | None:
    """Why the report is a review that recalls events rather than news of one, or None."""
    head = fold(doc.text[:TITLE_CHARS])
    for regex, reason in _genres(doc.lang):
        if regex.search(head):
            return reason
    return None
