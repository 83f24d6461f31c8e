"""Watched sources: the FEEDS.yml file, and the entries of an RSS or Atom feed.

    politeness: 1.0          # seconds between two requests to one host (default 1)
    feeds:
      - url: https://example.org/rss
        interval: 300        # seconds between polls (default 300)
        language: fr         # optional; detected otherwise
        country: Burkina Faso  # optional: the outlet's country, for reports that name none
      - url: https://example.org/latest-report
        kind: page           # a page re-read each time; a changed text updates its events
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import feedparser
import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from conflictwire.ingest.errors import InputError


class FeedConfig(BaseModel):
    url: str = Field(pattern=r"^https?://")
    interval: float = Field(300.0, ge=0.05, description="seconds between polls")
    kind: Literal["feed", "page"] = "feed"
    language: Literal["en", "fr"] | None = None
    country: str | None = Field(None, description="the outlet's country (name or ISO code), used when a report names none")
    fetch_pages: bool = Field(True, description="fetch each entry's page; else use the feed's own text")

    @field_validator("country")
    @classmethod
    def _iso2(cls, value: str | None) -> str | None:
        from conflictwire.ingest.files import country_code

        try:
            return country_code("country", value) if value else None
        except InputError as e:
            raise ValueError(e.reason) from None


class WatchConfig(BaseModel):
    feeds: list[FeedConfig] = Field(min_length=1)
    politeness: float = Field(1.0, ge=0, description="seconds between two requests to one host")
    allow_private: bool = Field(False, description="allow feeds and pages on private or loopback addresses")


def load_config(path: str | Path) -> WatchConfig:
    """Read FEEDS.yml; every problem is an InputError naming the file and the field."""
    name = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(name, f"cannot read ({e.strerror})") from None
    except yaml.YAMLError as e:
        raise InputError(name, f"not valid YAML ({e})") from None
    if isinstance(raw, list):  # a bare list of feeds is enough
        raw = {"feeds": raw}
    if not isinstance(raw, dict):
        raise InputError(name, "expected a mapping with a 'feeds' list")
    listed = raw.get("feeds") or []
    if not isinstance(listed, list):
        raise InputError(name, "'feeds' must be a list of URLs or of mappings with a 'url'")
    raw["feeds"] = [{"url": f} if isinstance(f, str) else f for f in listed]
    try:
        return WatchConfig.model_validate(raw)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(name, f"{where}: {first['msg']}") from None


@dataclass
class Entry:
    key: str  # stable identity: a hash of the entry's id, else its link, else its text
    link: str | None
    title: str
    published: date | None
    content: str  # the feed's own text or HTML for the entry (used when no page is fetched)


def parse_feed(source: str, body: bytes) -> list[Entry]:
    """The entries of an RSS or Atom document. A feed too broken to give any entry is an error;
    a feed with a small flaw (feedparser's 'bozo') but entries is read."""
    parsed: Any = feedparser.parse(body, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise InputError(source, f"broken feed ({type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')})")
        if not parsed.get("version"):
            raise InputError(source, "not an RSS or Atom feed")
        return []
    out = []
    for e in parsed.entries:
        link = e.get("link") or None
        if link is not None and not str(link).lower().startswith(("http://", "https://")):
            link = None  # a bare guid ("g1") or a javascript:/file: link: not a page to fetch; the entry's text is used
        content = ""
        if e.get("content"):
            content = e["content"][0].get("value", "")
        content = content or e.get("summary", "") or ""
        ident = e.get("id") or link or content
        if not ident:
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        out.append(Entry(
            key=hashlib.sha256(str(ident).encode()).hexdigest()[:40],
            link=link, title=e.get("title", "") or "",
            published=date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None,
            content=content,
        ))
    return out
