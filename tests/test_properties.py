"""Properties that hold for any input (hypothesis, bounded for CI; CONFLICTWIRE_FUZZ_EXAMPLES
raises the count for a nightly-sized run, CONFLICTWIRE_FUZZ_RANDOM=1 draws new inputs each run
instead of CI's fixed ones; bench/fuzz.py does both): extraction never raises and every evidence span is
the slice of the text it names; a JSONL line is an Article or an InputError, never an
exception; bytes decode to text or to an InputError."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictwire.ingest import InputError
from conflictwire.ingest.files import decode_bytes, jsonl_article, make_article
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline

EXAMPLES = int(os.environ.get("CONFLICTWIRE_FUZZ_EXAMPLES", "300"))  # 4 properties: 1,200 inputs in CI
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=os.environ.get("CONFLICTWIRE_FUZZ_RANDOM") != "1")
PIPE = Pipeline()

WORDS = ["Gunmen", "killed", "5", "civilians", "in", "Mopti", "on", "3 May 2024", "JNIM", "attacked", "the", "army",
         "camp", "near", "Djibo", ",", ".", "\n\n", "des hommes armés", "ont tué", "douze", "soldats", "à", "Niamey",
         "hier", "at least 30", "une vingtaine de", "morts", "(", ")", "«", "»", "-", "Burkina Faso", "village of"]
report_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
anything = st.text(max_size=400)


def _spans_are_slices(text: str) -> None:
    for ev in PIPE(Article(doc_id="p", text=text), None):
        for field, spans in ev.evidence.items():
            for s in spans:
                assert 0 <= s.start <= s.end <= len(text), field
                assert text[s.start : s.end] == s.text, field


@FUZZ
@given(st.one_of(report_like, anything))
def test_extraction_never_raises_and_evidence_is_the_text(text: str) -> None:
    _spans_are_slices(text)


@FUZZ
@given(report_like)
def test_html_pages_of_any_shape_are_read_or_refused(text: str) -> None:
    page = f"<html><body><p>{text}</p><div><script>x</script>{text[:20]}</body>"
    try:
        art = make_article("p.html", page, kind="html")
    except InputError:
        return
    _spans_are_slices(art.text)


def _nested(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
                           _nested, max_leaves=12)
documents = st.fixed_dictionaries({}, optional={k: json_values | report_like for k in
                                                ("id", "text", "html", "url", "published", "language", "country")})


@FUZZ
@given(st.one_of(documents.map(json.dumps), st.text(max_size=200)))
def test_a_jsonl_line_is_an_article_or_an_error(line: str) -> None:
    got = jsonl_article("f.jsonl:1", line)
    assert isinstance(got, Article | InputError)
    if isinstance(got, Article):
        got.text.encode("utf-8")  # storable


@FUZZ
@given(st.binary(max_size=600))
def test_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode_bytes("b", data)
    except InputError:
        return
    assert isinstance(text, str) and text.strip()


# feeds built from the pieces real ones are made of, in any order and nesting, plus raw bytes
FEED_PIECES = ['<?xml version="1.0"?>', '<rss version="2.0">', "<channel>", "<item>", "<title>A</title>",
               "<link>https://n.example/1</link>", "<guid>g1</guid>", "<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate>",
               "<description>Gunmen killed 3 civilians &amp; more</description>", "</item>", "</channel>", "</rss>",
               '<feed xmlns="http://www.w3.org/2005/Atom">', "<entry>", "<id>urn:1</id>", '<link href="javascript:x"/>',
               "<published>2024-13-45</published>", "</entry>", "</feed>", "<![CDATA[ <b>x</b> ]]>", "&bogus;",
               '<!DOCTYPE x [<!ENTITY a "aaaa">]>', "\x00", "é", "<title>", "</title>"]
feeds = st.one_of(st.lists(st.sampled_from(FEED_PIECES), max_size=30).map(lambda p: "".join(p).encode("utf-8")),
                  st.binary(max_size=400))


@FUZZ
@given(feeds)
def test_a_feed_is_entries_or_an_error_never_a_crash(body: bytes) -> None:
    from conflictwire.ingest.feeds import parse_feed

    try:
        entries = parse_feed("fuzz", body)
    except InputError:
        return  # the watcher logs it, backs off this feed and goes on with the others
    for e in entries:
        assert e.link is None or e.link.startswith(("http://", "https://")), e.link


@settings(max_examples=max(10, EXAMPLES // 15), deadline=None, suppress_health_check=[HealthCheck.too_slow],
          derandomize=os.environ.get("CONFLICTWIRE_FUZZ_RANDOM") != "1")
@given(st.lists(report_like, min_size=1, max_size=4))
def test_ingesting_the_same_reports_twice_changes_nothing(texts: list[str]) -> None:
    import tempfile
    from datetime import date

    from sqlalchemy import func, select

    from conflictwire.store.db import Store
    from conflictwire.store.ingest import ingest
    from conflictwire.store.schema import changes, clusters

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"{tmp}/p.db")
        arts = [Article(doc_id=f"d{i}", text=t or "x", published=date(2024, 5, 6)) for i, t in enumerate(texts)]

        def snapshot() -> tuple[list[tuple[object, ...]], int]:
            with store.engine.connect() as conn:
                rows = [tuple(v for k, v in r._mapping.items() if k != "updated_at")
                        for r in conn.execute(select(clusters).order_by(clusters.c.id))]
                return rows, int(conn.execute(select(func.count()).select_from(changes)).scalar_one())

        ingest(store, arts, PIPE)
        first = snapshot()
        again = ingest(store, arts, PIPE)
        assert again.new == 0 and again.updated == 0 and snapshot() == first
        store.engine.dispose()
