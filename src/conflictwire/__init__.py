"""conflictwire: news about political violence in, ACLED-compatible evidenced events out."""

from conflictwire.model import Article, Event, Span
from conflictwire.pipeline import Pipeline, extract_text

__all__ = ["Article", "Event", "Span", "Pipeline", "extract_text"]
__version__ = "0.1.0"
