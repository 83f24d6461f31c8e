"""The extraction pipeline: Article → ReportDoc → components by name → Events.

    >>> from conflictwire import extract_text
    >>> events = extract_text("On 3 May 2024, gunmen killed 12 civilians in Djibo.", lang="en")
"""

from __future__ import annotations

from datetime import date

# importing the component modules registers them
from conflictwire.extract import (  # noqa: F401
    actors,
    background,
    dateline,
    fatalities,
    places,
    report_dates,
    triggers,
)
from conflictwire.extract.consolidate import assemble
from conflictwire.extract.doc import REGISTRY, ReportDoc, check_order
from conflictwire.model import Article, Event
from conflictwire.nlp import SUPPORTED, detect_language, split_sentences

DEFAULT_COMPONENTS = ("dateline", "triggers", "actors", "fatalities", "dates", "background", "places")
# what the event layer (extract/event.py, extract/consolidate.py) reads of a ReportDoc
EVENT_LAYER_NEEDS = ("triggers", "actors", "tolls", "dates", "background", "places", "dateline", "dateline_country",
                     "published", "country_votes")


class Pipeline:
    """Runs the named components over each article and assembles events."""

    def __init__(
        self,
        components: tuple[str, ...] = DEFAULT_COMPONENTS,
        *,
        include_background: bool = False,
        include_candidates: bool = False,
        model_places: bool = False,
    ) -> None:
        check_order(components, EVENT_LAYER_NEEDS)
        self.components = components
        self.include_background = include_background
        # events below the confidence threshold (extract/confidence.py): the store keeps them
        # as candidates; the default output leaves them out
        self.include_candidates = include_candidates
        self.model_places = model_places  # spaCy place entities as a fallback (slower)

    def make_doc(self, article: Article, lang: str | None = None) -> ReportDoc:
        language = lang or article.language
        if language not in SUPPORTED:
            language = detect_language(article.text)
        article.language = language
        doc = ReportDoc(
            article=article,
            lang=language,
            sentences=split_sentences(article.text),
            published=article.published,
            model_places=self.model_places,
        )
        for name in self.components:
            doc = REGISTRY[name].func(doc)
        return doc

    def __call__(self, article: Article, lang: str | None = None) -> list[Event]:
        events = self._events(article, lang)
        return events if self.include_candidates else [ev for ev in events if not ev.candidate]

    def _events(self, article: Article, lang: str | None) -> list[Event]:
        if len(article.text) <= SECTION:
            return assemble(self.make_doc(article, lang), self.include_background)
        # a very long document (a dump, a feed's archive page) is read in sections, so that the
        # time grows with its length, not its square; spans still point into the whole text
        events: list[Event] = []
        for k, (start, end) in enumerate(sections(article.text, SECTION)):
            part = article.model_copy(update={"text": article.text[start:end], "doc_id": f"{article.doc_id}#{k}"})
            for ev in assemble(self.make_doc(part, lang or article.language), self.include_background):
                events.append(_shifted(ev, start, article.doc_id))
            article.language = article.language or part.language
        return events


SECTION = 100_000  # characters read at once


def sections(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections of at most `size` characters, cut at a paragraph
    break where there is one, else at a sentence end, else at a space."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind(". "), 0) or max(window.rfind(" "), 0) or size
        cut = cut if cut > size // 4 else size  # no break in sight: cut where the section ends
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def _shifted(ev: Event, offset: int, doc_id: str) -> Event:
    """An event of a section, its spans moved into the whole document."""
    ev.doc_id = doc_id
    moved: set[int] = set()  # fields may share one span object ("event_type" and "sub_event_type")
    for spans in ev.evidence.values():
        for span in spans:
            if id(span) not in moved:
                moved.add(id(span))
                span.start, span.end = span.start + offset, span.end + offset
    for toll in ev.tolls:
        toll.start, toll.end = toll.start + offset, toll.end + offset
    return ev


def extract_text(
    text: str,
    *,
    lang: str | None = None,
    published: date | None = None,
    doc_id: str | None = None,
    include_background: bool = False,
    include_candidates: bool = False,
) -> list[Event]:
    """Events in a plain text (the library's one-call entry point); candidates (events below
    the confidence threshold) only when asked."""
    article = Article(doc_id=doc_id or Article.make_id(text), text=text, published=published)
    return Pipeline(include_background=include_background, include_candidates=include_candidates)(article, lang)
