"""HTML pages to Article text with trafilatura (title, date, site name, language)."""

from __future__ import annotations

from datetime import date

from conflictwire.ingest.errors import InputError


def parse_html(source: str, html: str) -> dict[str, object]:
    """Main text and metadata of an HTML page. Raises InputError if no article text is found."""
    if not html.strip():
        raise InputError(source, "empty page")
    import trafilatura  # here: its import (~0.3 s) is paid only by a process that meets HTML

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise InputError(source, f"could not parse HTML ({type(exc).__name__})") from exc
    if doc is None:
        raise InputError(source, "no article text found in the page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(source, "no article text found in the page")
    published: date | None = None
    raw_date = data.get("date")
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    return {
        "text": text,
        "title": data.get("title"),
        "outlet": data.get("sitename") or data.get("hostname"),
        "published": published,
        "language": data.get("language"),
        "url": data.get("url"),
    }
