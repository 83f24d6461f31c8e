"""Publication context: a wire dateline ("BAMAKO, June 2 (Reuters) -") and, for text pages
scraped with their header, a dated line before the story. When the article has no
publication date, a dated dateline or header line gives one, so that "on Sunday" resolves.
The dateline's place is never an event place (geo/places.py skips its span)."""

from __future__ import annotations

from conflictwire.extract.dates import find_dates
from conflictwire.extract.doc import ReportDoc, component
from conflictwire.geo.datelines import dateline_country, find_dateline

_HEAD = 400  # how far into the page a header date may sit


@component("dateline", assigns=("dateline", "dateline_country", "published"))
def add_dateline(doc: ReportDoc) -> ReportDoc:
    doc.dateline = find_dateline(doc.text)
    doc.dateline_country = dateline_country(doc.text) if doc.dateline else None
    if doc.published is not None:
        return doc
    if doc.dateline:
        head = doc.text[: doc.dateline[1]]
    else:
        # a page's header line ("date 2024-03-12", "Publié le 4 juin 2024"), not a story's
        # sentence that happens to come first
        first = doc.text[:_HEAD].split("\n", 1)[0]
        head = first if len(first) <= 80 else doc.text[:24]  # or a date the text opens with
    for d in find_dates(head, None):
        if d.value is not None and d.precision == 1:
            doc.published = d.value
            break
    return doc
