"""Read INPUT arguments (files, URLs, '-' for stdin, JSONL) into Articles.

Every failure becomes an InputError naming the document; iteration goes on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Literal

from conflictwire.ingest.clean import clean_text
from conflictwire.ingest.errors import InputError
from conflictwire.ingest.fetch import MAX_BYTES, fetch_url
from conflictwire.ingest.html import parse_html
from conflictwire.model import Article

InputMode = Literal["auto", "text", "html", "jsonl"]


def decode_bytes(source: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252; binary is refused."""
    if not data.strip():
        raise InputError(source, "empty document")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary content (NUL bytes), not a text or HTML document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(source, "undecodable bytes (neither UTF-8 nor Windows-1252)") from exc
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise InputError(source, "binary content (control characters), not a text document")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<p>" in head and "</" in head)


def _parse_date(source: str, value: object) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(source, f"bad published date {value!r} (want YYYY-MM-DD)") from exc


def country_code(source: str, value: object) -> str:
    """ISO2 code of a country given by name, ISO2 or ISO3; an InputError naming the source if unknown."""
    from conflictwire.geo.admin import country_code as lookup

    code = lookup(str(value))
    if code is None:
        raise InputError(source, f"unknown country {value!r} (want a name, ISO2 or ISO3 code)")
    return code


def make_article(
    source: str,
    raw: str,
    *,
    kind: Literal["text", "html"],
    doc_id: str | None = None,
    url: str | None = None,
    published: date | None = None,
    language: str | None = None,
    country: str | None = None,
) -> Article:
    meta: dict[str, object] = {}
    if kind == "html":
        meta = parse_html(source, raw)
        raw = str(meta["text"])
    text, dropped = clean_text(raw)
    if not text.strip():
        raise InputError(source, "no text left after removing page chrome")
    url = url or (str(meta["url"]) if meta.get("url") else None)
    pub = published or meta.get("published")
    return Article(
        doc_id=doc_id or Article.make_id(text, url),
        text=text,
        url=url,
        title=str(meta["title"]) if meta.get("title") else None,
        outlet=str(meta["outlet"]) if meta.get("outlet") else None,
        published=pub if isinstance(pub, date) else None,
        language=language or (str(meta["language"]) if meta.get("language") else None),
        country=country_code(source, country) if country else None,
        dropped=dropped,
    )


def _jsonl_articles(source: str, text: str, first_line: int = 1) -> Iterator[Article | InputError]:
    # first_line: a backfill reads a file by parts, and errors must name the file's real line
    for lineno, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"bad JSON line ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "JSON line is not an object")
            continue
        doc_id = str(obj["id"]) if obj.get("id") is not None else None
        name = f"{where} (id {doc_id})" if doc_id else where
        try:
            body, kind = (obj.get("text"), "text") if obj.get("text") else (obj.get("html"), "html")
            if not isinstance(body, str) or not body.strip():
                raise InputError(name, "no 'text' or 'html' field")
            yield make_article(
                name,
                body,
                kind="html" if kind == "html" else "text",
                doc_id=doc_id,
                url=obj.get("url"),
                published=_parse_date(name, obj.get("published")),
                language=obj.get("language"),
                country=obj.get("country"),
            )
        except InputError as err:
            yield err


def _read_source(item: str, allow_private: bool) -> tuple[str, bytes, str | None, str]:
    """(name, bytes, url, content type or suffix hint)."""
    if item == "-":
        return "<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1), None, ""
    if item.startswith(("http://", "https://")) or "://" in item:
        body, ctype, final = fetch_url(item, allow_private=allow_private)
        return item, body, final, ctype
    path = Path(item)
    try:
        if path.is_dir():
            raise InputError(item, "is a directory (pass the files in it)")
        if path.stat().st_size > MAX_BYTES:
            raise InputError(item, f"file over the {MAX_BYTES // 2**20} MB cap")
        return item, path.read_bytes(), None, path.suffix.lower()
    except FileNotFoundError as exc:
        raise InputError(item, "no such file") from exc
    except PermissionError as exc:
        raise InputError(item, "permission denied") from exc
    except OSError as exc:
        raise InputError(item, f"cannot read ({exc.strerror})") from exc


def iter_inputs(
    items: list[str],
    *,
    mode: InputMode = "auto",
    published: date | None = None,
    language: str | None = None,
    allow_private: bool = False,
    country: str | None = None,
) -> Iterator[Article | InputError]:
    """Yield one Article (or InputError) per document named by the INPUT arguments."""
    for item in items:
        try:
            name, data, url, hint = _read_source(item, allow_private)
            if len(data) > MAX_BYTES:
                raise InputError(name, f"document over the {MAX_BYTES // 2**20} MB cap")
            text = decode_bytes(name, data)
            kind = mode
            if kind == "auto":
                if hint in (".jsonl", ".ndjson"):
                    kind = "jsonl"
                elif hint in (".html", ".htm") or "html" in hint or looks_like_html(text):
                    kind = "html"
                else:
                    kind = "text"
            if kind == "jsonl":
                for art in _jsonl_articles(name, text):
                    if isinstance(art, Article):
                        art.published = art.published or published
                        art.language = art.language or language
                        art.country = art.country or country
                    yield art
                continue
            yield make_article(
                name,
                text,
                kind="html" if kind == "html" else "text",
                doc_id=None if url or item == "-" else Path(item).name,
                url=url,
                published=published,
                language=language,
                country=country,
            )
        except InputError as err:
            yield err
