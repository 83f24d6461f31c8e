"""The "places" component: the report's place mentions, from the geo library (which knows
text, not documents), with the sentence each lies in; and, opt-in, spaCy's place entities
for event sentences that name no place at all."""

from __future__ import annotations

import re
from dataclasses import astuple
from functools import lru_cache

from conflictwire.extract.doc import PlaceMention, ReportDoc, component
from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.countries_named import COUNTRY_NAME
from conflictwire.geo.cues import STOP
from conflictwire.geo.places import find_places
from conflictwire.geo.unknown import NOT_PLACES
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, fold, norm_key

_ISO2 = {name: cc for cc, name in COUNTRY_NAME.items()}


@lru_cache(maxsize=1)
def _community_homes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r"(?<![a-z])(" + row["aliases"] + r")(?![a-z])"), _ISO2[row["country"]])
                 for row in read_tsv("community_homes.tsv"))


def _homes_named(folded: str) -> frozenset[str]:
    """The countries of the communities a text names that live almost all in one (community_homes.tsv)."""
    return frozenset(cc for pattern, cc in _community_homes() if pattern.search(folded))


@component("places", requires=("actors", "triggers", "background", "dateline"), assigns=("places", "country_votes"))
def add_places(doc: ReportDoc) -> ReportDoc:
    hinted = frozenset(_ISO2[a.country] for a in doc.actors if a.country in _ISO2)  # "FAMa": Mali
    hinted |= _homes_named(fold(doc.text))  # "a Dogon village": Mali
    found, doc.country_votes = find_places(
        doc.text, actor_spans=Spans([(a.start, a.end) for a in doc.actors]), dateline=doc.dateline,
        hinted=hinted, source_country=doc.article.country)
    for m in found:
        start, end, text, *rest = astuple(m)
        doc.places.append(PlaceMention(start, end, text, doc.sent_of(start), *rest))
    doc.places.extend(model_places(doc, Spans([(p.start, p.end) for p in doc.places])))
    doc.places.sort(key=lambda p: p.start)
    return doc


def model_places(doc: ReportDoc, taken: Spans) -> list[PlaceMention]:
    """The fallback for names nothing else recognised: spaCy's place entities, only in the
    sentences that tell an event and name no place at all."""
    if not doc.model_places or doc.lang != "en":
        # opt-in (Pipeline(model_places=True), --model-places): measured on the shared English
        # reports it adds 5 points of recall but triples geocoding time; the French model's
        # entities cost more precision than they bring
        return []
    placed = {p.sent for p in doc.places}
    todo = sorted({t.sent for t in doc.triggers} - placed - set(doc.background))
    if not todo:
        return []
    from conflictwire.nlp import load_spacy

    nlp = load_spacy(doc.lang)
    out = []
    for i in todo:
        sent = doc.sentences[i]
        for ent in nlp(sent.text).ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            start, end = sent.start + ent.start_char, sent.start + ent.end_char
            key = norm_key(ent.text)
            if taken.overlaps(start, end) or key in STOP or NOT_PLACES.match(key):
                continue
            if key in _country_names() or key in _regions() or any(a.start <= start < a.end for a in doc.actors):
                continue
            if not ent.text[:1].isupper() or len(key) < 3:
                continue
            out.append(PlaceMention(start, end, ent.text, i, ent.text, None, None, None, None, None, None,
                                    None, 1, feature="U", score=0.4))
    return out
