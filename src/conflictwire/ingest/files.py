"""Read INPUT arguments (files, URLs, '-' for stdin, JSONL) into Articles.

Every failure becomes an InputError naming the document; iteration goes on with the rest.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal

from conflictwire.ingest.clean import clean_text
from conflictwire.ingest.errors import InputError
from conflictwire.ingest.fetch import MAX_BYTES, fetch_url
from conflictwire.ingest.html import parse_html
from conflictwire.model import Article

InputMode = Literal["auto", "text", "html", "jsonl"]


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE first: its BOM starts as UTF-16 LE's


def decode_bytes(source: str, data: bytes) -> str:
    """Bytes to text: by the byte-order mark (UTF-8, UTF-16, UTF-32), else UTF-8, else
    Windows-1252 (a Latin-1 page that declares no charset); binary is refused."""
    if not data.strip():
        raise InputError(source, "empty document")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"undecodable bytes (marked {codec.upper()} by its byte-order mark)") from exc
            return _checked_text(source, text)
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary content (NUL bytes), not a text or HTML document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(source, "undecodable bytes (neither UTF-8 nor Windows-1252)") from exc
    return _checked_text(source, text)


def _checked_text(source: str, text: str) -> str:
    if not text.strip():
        raise InputError(source, "empty document")
    controls = sum(1 for ch in text[:8192] if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\x00")
    if controls > 0.01 * min(len(text), 8192):
        raise InputError(source, "binary content (control characters), not a text document")
    return text


_SURROGATES = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """A lone surrogate (a JSON "\\ud800" escape) cannot be written as UTF-8: each becomes
    U+FFFD, one character for one, so that offsets into the text stay valid."""
    return _SURROGATES.sub("\ufffd", text)


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
    raw = no_surrogates(raw)
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
        if line.strip():
            yield jsonl_article(f"{source}:{lineno}", line)


_STRING_FIELDS = ("text", "html", "url", "published", "language", "country")


def jsonl_article(where: str, line: str) -> Article | InputError:
    """One JSONL line to an Article, or the InputError naming the line and what is wrong with
    it; never raises, whatever the line holds."""
    try:
        obj = json.loads(line)
    except RecursionError:
        return InputError(where, "bad JSON line (nested too deeply)")
    except ValueError as exc:  # a JSONDecodeError, or an integer over Python's digit limit
        return InputError(where, f"bad JSON line ({exc.msg if isinstance(exc, json.JSONDecodeError) else 'number too long'})")
    if not isinstance(obj, dict):
        return InputError(where, "JSON line is not an object")
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return InputError(where, f"'id' must be a string or an integer, not {type(raw_id).__name__}")
    doc_id = no_surrogates(str(raw_id))[:500] if raw_id is not None else None
    name = f"{where} (id {doc_id})" if doc_id else where
    wrong = next((f for f in _STRING_FIELDS if obj.get(f) is not None and not isinstance(obj[f], str)), None)
    if wrong:
        return InputError(name, f"'{wrong}' must be a string, not {type(obj[wrong]).__name__}")
    try:
        body, kind = (obj.get("text"), "text") if obj.get("text") else (obj.get("html"), "html")
        if not isinstance(body, str) or not body.strip():
            raise InputError(name, "no 'text' or 'html' field")
        return make_article(
            name,
            body,
            kind="html" if kind == "html" else "text",
            doc_id=doc_id,
            url=no_surrogates(obj["url"]) if obj.get("url") else None,
            published=_parse_date(name, obj.get("published")),
            language=obj.get("language"),
            country=obj.get("country"),
        )
    except InputError as err:
        return err
    except Exception as exc:  # noqa: BLE001 a document nobody foresaw: one error line, the rest goes on
        return InputError(name, f"unreadable document ({type(exc).__name__})")


def _stream_jsonl(source: str, fh: BinaryIO) -> Iterator[Article | InputError]:
    """A JSONL file or stream, line by line: any number of documents, each under the cap."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_BYTES + 1)
        if not raw:
            return
        lineno += 1
        where = f"{source}:{lineno}"
        if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the over-long line
            yield InputError(where, f"line over the {MAX_BYTES // 2**20} MB cap")
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            line = raw.decode("cp1252", errors="replace")  # as decode_bytes falls back
        yield jsonl_article(where, line)


def _read_source(item: str, allow_private: bool) -> tuple[str, bytes, str | None, str]:
    """(name, bytes, url, content type or suffix hint)."""
    if item == "-":
        return "<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1), None, ""
    if item.startswith(("http://", "https://")) or "://" in item:
        body, ctype, final = fetch_url(item, allow_private=allow_private)
        return item, body, final, ctype
    path = Path(item)
    with _reading(item):
        if path.stat().st_size > MAX_BYTES:
            raise InputError(item, f"file over the {MAX_BYTES // 2**20} MB cap")
        return item, path.read_bytes(), None, path.suffix.lower()


@contextmanager
def _reading(item: str) -> Iterator[None]:
    """A local file's OS errors as InputErrors naming it; a directory is refused."""
    try:
        if Path(item).is_dir():
            raise InputError(item, "is a directory (pass the files in it)")
        yield
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
    """Yield one Article (or InputError) per document named by the INPUT arguments. A JSONL
    file (or stdin read as JSONL) is streamed: the size cap holds for each document, not the file."""
    for item in items:
        try:
            stream = _jsonl_stream(item, mode)
            if stream is not None:
                with stream as fh:
                    yield from _defaults(_stream_jsonl("<stdin>" if item == "-" else item, fh), published, language, country)
                continue
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
                yield from _defaults(_jsonl_articles(name, text), published, language, country)
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
        except OSError as exc:
            yield InputError(item, f"cannot read ({exc.strerror or type(exc).__name__})")


def _defaults(items: Iterator[Article | InputError], published: date | None, language: str | None,
              country: str | None) -> Iterator[Article | InputError]:
    """JSONL documents with the command's defaults where a line gives none."""
    for art in items:
        if isinstance(art, Article):
            art.published = art.published or published
            art.language = art.language or language
            art.country = art.country or country
        yield art


def _jsonl_stream(item: str, mode: InputMode) -> BinaryIO | None:
    """An open binary stream when the input is read as JSONL line by line (a local .jsonl or
    .ndjson file, or any file or stdin with --input jsonl); None otherwise."""
    if item == "-":
        return os.fdopen(os.dup(sys.stdin.fileno()), "rb") if mode == "jsonl" else None
    if "://" in item:
        return None
    path = Path(item)
    if mode != "jsonl" and not (mode == "auto" and path.suffix.lower() in (".jsonl", ".ndjson")):
        return None
    with _reading(item):
        return path.open("rb")
