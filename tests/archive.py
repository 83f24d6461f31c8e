"""Small archives for the backfill's tests and bench: the project's own de-duplication reports
(tests/dedup, tests/dedup_second) as JSONL and as a directory, templated reports, and WARC
files written with warcio, with a few broken documents among them."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent

PLACES = [("Mopti", "Mali"), ("Gao", "Mali"), ("Ménaka", "Mali"), ("Ségou", "Mali"), ("Djibo", "Burkina Faso"),
          ("Dori", "Burkina Faso"), ("Kaya", "Burkina Faso"), ("Ouahigouya", "Burkina Faso"), ("Tillabéri", "Niger"),
          ("Tahoua", "Niger")]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


def templated(n: int, start: date = date(2024, 1, 1)) -> list[dict[str, str]]:
    """n short reports, two to an event (one English, one French, tolls a little apart)."""
    out = []
    for i in range(n):
        k = i // 2
        place, country = PLACES[k % len(PLACES)]
        day = start + timedelta(days=3 * k)
        toll = 3 + k % 17 + (i % 2)
        if i % 2 == 0:
            text = (f"Gunmen killed {toll} civilians in {place}, {country}, on {day:%B} {day.day}, {day.year}, "
                    "officials said. The attackers fled on motorbikes.")
            lang = "en"
        else:
            text = (f"Des hommes armés ont tué {toll} civils à {place} ({country}) le {day.day} "
                    f"{MONTHS_FR[day.month - 1]} {day.year}, selon des sources locales.")
            lang = "fr"
        out.append({"id": f"t{i:05d}", "text": text, "url": f"https://news.example/{lang}/{i}",
                    "published": str(day + timedelta(days=1)), "language": lang})
    return out


def dedup_reports() -> list[dict[str, str]]:
    """tests/dedup (68 reports) and tests/dedup_second (96), as JSONL documents."""
    d = ROOT / "dedup"
    out = []
    for r in json.loads((d / "manifest.json").read_text(encoding="utf-8"))["reports"]:
        out.append({"id": r["file"], "text": (d / r["file"]).read_text(encoding="utf-8"),
                    "published": r["published"], "language": r["language"]})
    for line in (ROOT / "dedup_second" / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        out.append({"id": r["id"], "text": r["text"], "published": r["published"], "language": r["lang"],
                    "url": r.get("url") or f"https://example.org/{r['id']}"})
    return out


def write_jsonl(path: Path, docs: list[dict[str, str]], bad_lines: bool = False) -> Path:
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    if bad_lines:  # a broken line and an empty document: each an error, the run goes on
        lines.insert(len(lines) // 2, '{"id": "broken", "text": "unterminated')
        lines.insert(len(lines) // 3, json.dumps({"id": "empty", "text": "   "}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_dir(path: Path, n: int = 8) -> Path:
    """A directory of .txt and .html reports (the first tests/dedup files), and an empty page."""
    path.mkdir(parents=True, exist_ok=True)
    for i, f in enumerate(sorted((ROOT / "dedup").glob("e2*_*.txt"))[:n]):
        if i % 2:
            shutil.copy(f, path / f.name)
        else:
            body = "".join(f"<p>{p}</p>" for p in f.read_text(encoding="utf-8").split("\n\n"))
            (path / f.with_suffix(".html").name).write_text(
                f"<!doctype html><html><head><title>{f.stem}</title></head><body><article>{body}</article></body></html>",
                encoding="utf-8")
    (path / "zz_empty.html").write_text("", encoding="utf-8")
    return path


def write_warc(path: Path, docs: list[dict[str, str]], broken_tail: bool = False) -> Path:
    """A gzipped WARC: each document an HTTP response (HTML), plus a request record, an image
    and an empty page; `broken_tail` appends a damaged record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, d in enumerate(docs):
            html = f"<html><head><title>Report {i}</title></head><body><article><p>{d['text']}</p></article></body></html>"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(d["url"], "response", payload=io.BytesIO(html.encode()), http_headers=http))
            if i == 0:
                req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                w.write_record(w.create_warc_record(d["url"], "request", payload=io.BytesIO(b""), http_headers=req))
                png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record("https://news.example/logo.png", "response",
                                                    payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=png))
                empty = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record("https://news.example/empty", "response",
                                                    payload=io.BytesIO(b""), http_headers=empty))
    if broken_tail:
        with open(path, "ab") as fh:
            fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated")
    return path
