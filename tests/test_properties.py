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
