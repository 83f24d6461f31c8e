"""The extraction pipeline: Article → ReportDoc → components by name → Events.

    >>> from conflictwire import extract_text
    >>> events = extract_text("On 3 May 2024, gunmen killed 12 civilians in Djibo.", lang="en")
"""

from __future__ import annotations

from datetime import date

# importing the component modules registers them
from conflictwire.extract import actors, background, dateline, dates, fatalities, triggers  # noqa: F401
from conflictwire.extract.doc import REGISTRY, ReportDoc
from conflictwire.extract.frames import assemble
from conflictwire.geo import places  # noqa: F401
from conflictwire.model import Article, Event
from conflictwire.nlp import SUPPORTED, detect_language, split_sentences

DEFAULT_COMPONENTS = ("dateline", "triggers", "actors", "fatalities", "dates", "background", "places")


class Pipeline:
    """Runs the named components over each article and assembles events."""

    def __init__(
        self,
        components: tuple[str, ...] = DEFAULT_COMPONENTS,
        *,
        include_background: bool = False,
        model_places: bool = False,
    ) -> None:
        unknown = [c for c in components if c not in REGISTRY]
        if unknown:
            raise ValueError(f"unknown components: {', '.join(unknown)}")
        self.components = components
        self.include_background = include_background
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
        )
        doc.cache["model_places"] = self.model_places
        for name in self.components:
            doc = REGISTRY[name](doc)
        return doc

    def __call__(self, article: Article, lang: str | None = None) -> list[Event]:
        return assemble(self.make_doc(article, lang), self.include_background)


def extract_text(
    text: str,
    *,
    lang: str | None = None,
    published: date | None = None,
    doc_id: str | None = None,
    include_background: bool = False,
) -> list[Event]:
    """Events in a plain text (the library's one-call entry point)."""
    article = Article(doc_id=doc_id or Article.make_id(text), text=text, published=published)
    return Pipeline(include_background=include_background)(article, lang)
