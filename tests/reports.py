"""A report's events as the evaluation reads it: the text cleaned of page chrome (make_article),
then the pipeline, for the tests of each stop's conventions."""

from __future__ import annotations

from datetime import date

from conflictwire.eval import make_article
from conflictwire.model import Event
from conflictwire.pipeline import Pipeline


def place_names(text: str, lang: str) -> list[str]:
    """The names of the places the report's pipeline finds in a text (every mention, in order)."""
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), lang)
    return [p.name for p in doc.places]


def events_of(text: str, lang: str, *, published: date | None = None, candidates: bool = False) -> list[Event]:
    article = make_article("x", text, kind="text", doc_id="x", published=published)
    return Pipeline(include_candidates=candidates)(article, lang)
