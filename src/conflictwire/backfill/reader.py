"""Cut a backfill's inputs into partitions, and read one partition's documents.

The driver plans partitions by streaming through each input once (constant memory: it keeps
only each partition's identity), then loads one partition's bytes at a time to send to a
worker; workers need no access to the driver's files. A partition's identity is its input,
its range (byte offsets for JSONL and WARC, file indexes for a directory) and the sha256 of
its bytes, so a resumed backfill recognises what it already committed and a changed input
is a new partition.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictwire.ingest.errors import InputError
from conflictwire.ingest.fetch import MAX_BYTES
from conflictwire.ingest.files import _jsonl_articles, decode_bytes, looks_like_html, make_article
from conflictwire.model import Article

# documents a partition: a commit's fixed cost (look-ups, the cluster index's date range, the
# transaction) spread over more documents; 250 took a quarter off the CPU the driver and
# PostgreSQL spend a document against 100 (bench/backfill_commit.py), while a stopped run
# redoes at most one partition a worker and a partition's results stay a few MB
PARTITION_SIZE = 250

JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FILE_SUFFIXES = (".html", ".htm", ".txt")
_TEXT_TYPES = ("text/html", "text/plain", "application/xhtml")


@dataclass(frozen=True)
class Partition:
    seq: int  # position in the plan: partitions are committed in this order
    kind: str  # jsonl, files, warc
    path: str
    start: int  # byte offset (jsonl, warc) or index of the first file (files)
    stop: int
    docs: int  # documents expected (for the progress bar)
    digest: str  # sha256 of the partition's bytes (file names too, for files)
    line: int = 1  # JSONL: number of the first line, so errors name the real line
    names: tuple[str, ...] = field(default=())  # files: the files of the range
    error: str | None = None  # an input that could not be planned: committed as an error only

    @property
    def key(self) -> str:
        ident = "\0".join([self.kind, self.path, str(self.start), str(self.stop), self.digest])
        return hashlib.sha256(ident.encode()).hexdigest()

    @property
    def label(self) -> str:
        return f"{self.path}[{self.start}:{self.stop}]"


def plan(inputs: list[str], size: int) -> Iterator[Partition]:
    """Partitions of at most `size` documents over the inputs, in input order."""
    seq = 0
    loose: list[str] = []

    def take(p: Partition) -> Partition:
        nonlocal seq
        seq += 1
        return Partition(**{**p.__dict__, "seq": seq - 1})

    def flush() -> Iterator[Partition]:
        if loose:
            yield from (take(p) for p in _plan_files("(files)", list(loose), size))
            loose.clear()

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from flush()
            files = sorted(str(p) for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(FILE_SUFFIXES))
            yield from (take(p) for p in _plan_files(item, files, size))
        elif item.lower().endswith(JSONL_SUFFIXES):
            yield from flush()
            yield from (take(p) for p in _plan_jsonl(item, size))
        elif item.lower().endswith(WARC_SUFFIXES):
            yield from flush()
            yield from (take(p) for p in _plan_warc(item, size))
        else:
            loose.append(item)
    yield from flush()


def _failed(kind: str, path: str, reason: str, start: int = 0, stop: int = 0) -> Partition:
    return Partition(0, kind, path, start, stop, 0, hashlib.sha256(reason.encode()).hexdigest(), error=reason)


def _oserror(exc: OSError) -> str:
    return "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read ({exc.strerror or exc})"


def _plan_files(where: str, files: list[str], size: int) -> Iterator[Partition]:
    for lo in range(0, len(files), size):
        names = tuple(files[lo:lo + size])
        digest = hashlib.sha256()
        for name in names:
            digest.update(name.encode() + b"\0")
            try:
                if os.path.getsize(name) <= MAX_BYTES:
                    digest.update(Path(name).read_bytes())
            except OSError as exc:  # the worker reports it for this file; the others go on
                digest.update(_oserror(exc).encode())
        yield Partition(0, "files", where, lo, lo + len(names), len(names), digest.hexdigest(), names=names)


def _plan_jsonl(path: str, size: int) -> Iterator[Partition]:
    try:
        f = open(path, "rb")  # noqa: SIM115 (closed below; a generator must hold it open)
    except OSError as exc:
        yield _failed("jsonl", path, _oserror(exc))
        return
    with f:
        start = pos = 0
        line = first = 1
        docs = 0
        digest = hashlib.sha256()
        for raw in f:  # one line at a time: never the whole file in memory
            pos += len(raw)
            digest.update(raw)
            docs += bool(raw.strip())
            line += 1
            if docs >= size:
                yield Partition(0, "jsonl", path, start, pos, docs, digest.hexdigest(), line=first)
                start, first, docs, digest = pos, line, 0, hashlib.sha256()
        if pos > start:
            yield Partition(0, "jsonl", path, start, pos, docs, digest.hexdigest(), line=first)


def _is_document(rec: Any) -> bool:
    """A WARC record that holds a page or text: a successful HTTP response or a resource."""
    if rec.rec_type == "resource":
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    elif rec.rec_type == "response" and rec.http_headers is not None:
        status = rec.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        ctype = rec.http_headers.get_header("Content-Type") or ""
    else:
        return False
    return ctype.lower().startswith(_TEXT_TYPES) or not ctype


def _plan_warc(path: str, size: int) -> Iterator[Partition]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        f = open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield _failed("warc", path, _oserror(exc))
        return
    with f:
        start = end = 0
        docs = 0
        try:
            records = ArchiveIterator(f)
            for rec in records:
                docs += _is_document(rec)
                records.read_to_end(rec)
                end = records.get_record_offset() + records.get_record_length()
                if docs >= size:
                    yield _warc_part(f, path, start, end, docs)
                    start, docs = end, 0
        except Exception as exc:  # noqa: BLE001 a damaged archive: keep what came before it
            if end > start:
                yield _warc_part(f, path, start, end, docs)
            stop = os.path.getsize(path)
            yield _failed("warc", path, f"unreadable WARC from byte {end} on ({type(exc).__name__}: {exc}); "
                          "the records before it were read", end, stop)
            return
        if end > start:
            yield _warc_part(f, path, start, end, docs)


def _warc_part(f: Any, path: str, start: int, end: int, docs: int) -> Partition:
    here = f.tell()
    f.seek(start)
    digest = hashlib.sha256()
    left = end - start
    while left > 0:  # in blocks: a partition of a big archive may be large
        block = f.read(min(left, 1 << 20))
        if not block:
            break
        digest.update(block)
        left -= len(block)
    f.seek(here)
    return Partition(0, "warc", path, start, end, docs, digest.hexdigest())


# -- loading (driver) and reading (worker) ------------------------------------------------------

Payload = bytes | list[tuple[str, bytes | str]]  # bytes of a range, or (file, bytes or error)


def load(part: Partition) -> Payload:
    """The partition's bytes, read by the driver to send to a worker."""
    if part.kind == "files":
        out: list[tuple[str, bytes | str]] = []
        for name in part.names:
            try:
                if os.path.getsize(name) > MAX_BYTES:
                    out.append((name, f"file over the {MAX_BYTES // 2**20} MB cap"))
                else:
                    out.append((name, Path(name).read_bytes()))
            except OSError as exc:
                out.append((name, _oserror(exc)))
        return out
    with open(part.path, "rb") as f:
        f.seek(part.start)
        return f.read(part.stop - part.start)


def read_partition(part: Partition, payload: Payload) -> Iterator[Article | InputError]:
    """One Article (or the InputError saying why not) per document of the partition, read as
    `extract` and `ingest` read them."""
    if part.kind == "files":
        assert isinstance(payload, list)
        for name, data in payload:
            if isinstance(data, str):
                yield InputError(name, data)
                continue
            try:
                text = decode_bytes(name, data)
                html = name.lower().endswith((".html", ".htm")) or looks_like_html(text)
                yield make_article(name, text, kind="html" if html else "text", doc_id=Path(name).name)
            except InputError as err:
                yield err
    elif part.kind == "jsonl":
        assert isinstance(payload, bytes)
        # line by line: one undecodable line is one error, not a partition's worth
        for lineno, raw in enumerate(payload.split(b"\n"), part.line):
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")  # as decode_bytes falls back
            yield from _jsonl_articles(part.path, text, first_line=lineno)
    else:
        assert isinstance(payload, bytes)
        yield from _warc_articles(part, payload)


def _warc_articles(part: Partition, payload: bytes) -> Iterator[Article | InputError]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(io.BytesIO(payload))
    offset = part.start
    try:
        for rec in records:
            if not _is_document(rec):
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            try:
                data = _read_capped(rec.content_stream())
            finally:  # (asking warcio for the offset first would skip the record's content)
                offset = part.start + records.get_record_offset()
            name = f"{part.path}@{offset}" + (f" ({uri})" if uri else "")
            try:
                if len(data) > MAX_BYTES:
                    raise InputError(name, f"document over the {MAX_BYTES // 2**20} MB cap")
                text = decode_bytes(name, data)
                ctype = (rec.http_headers or rec.rec_headers).get_header("Content-Type") or ""
                html = "html" in ctype.lower() or looks_like_html(text)
                yield make_article(name, text, kind="html" if html else "text", url=uri)
            except InputError as err:
                yield err
            except Exception as exc:  # noqa: BLE001 a broken record: say so, read the next one
                yield InputError(name, f"broken WARC record ({type(exc).__name__}: {exc})")
    except Exception as exc:  # noqa: BLE001 the rest of the range cannot be parsed
        yield InputError(f"{part.path}@{offset}", f"broken WARC record ({type(exc).__name__}: {exc}); rest of the range skipped")


def _read_capped(stream: Any) -> bytes:
    """A record's content, up to one byte over the cap. In blocks: warcio's decoding readers
    return nothing for one read as large as the cap."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        block = stream.read(1 << 16)
        if not block:
            break
        chunks.append(block)
        size += len(block)
    return b"".join(chunks)
