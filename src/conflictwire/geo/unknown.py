"""Place names no gazetteer knows: capitalised names where places sit ("the village of X",
"in X", "X military base"), and, opt-in, spaCy's place entities."""

from __future__ import annotations

import re

from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.cues import DESTINATION, NEAR, SOURCE_PLACE, STOP
from conflictwire.textutil import Spans, norm_key

# "the village of X", "la localité de X": a place name even when the gazetteer lacks it
_UNKNOWN_PLACE = re.compile(
    r"(?:(?:village|villages|town|locality|hamlet|commune|area|locality|camp|site|localite|hameau|"
    r"ville|zone|secteur|camp militaire|poste|detachement|base|positions?(?: militaires?| avancees?)?|"
    r"military (?:camp|base|post|positions?)|army (?:camp|base|post))\s+(?:of|de|d'|du|at|in)"
    # a locative preposition before a capitalised name the gazetteer lacks: "in Kindi", "à Mentao"
    r"|(?:village|town|locality|hamlet|localite|hameau) (?:called|named|known as|appele|appelee|denomme|du nom de)"
    # "Residents of Passakongo marched", "les habitants de Kindi": where the people live
    r"|(?:residents|inhabitants|villagers|habitants|villageois|populations?) (?:of|from|de|du|d')"
    r"|(?<![a-z])(?:in|at|near|around|outside|between|a|pres de|non loin de|dans la localite de|vers))\s*$"
)


# words that follow "in"/"at" capitalised without being places: nationalities, wider regions,
# news agencies and outlets
_NOT_PLACES = re.compile(
    r"^(?:\w+(?:ese|ian|ians|ish|ais|aise|ois|oise|ien|ienne|iens|iennes)|american|french(?:m[ae]n)?|swiss|greek|dutch|thai|"
    r"west africa|africa|west|east|north|south|europe|sahel|sahara|maghreb|middle east|"
    r"reuters|afp|ap|anadolu|xinhua|rfi|france 24|bbc|al jazeera|aljazeera|voa|ortm|rtb|ortn|"
    r"january|february|april|june|july|august|september|october|november|december)$"
)


# "the Blabrine military base", "Tin-Akoff town": a name with its place noun after it
_PLACE_NOUN_AFTER = re.compile(r"\s+(military base|army base|military camp|army camp|military post|outpost|garrison|camp|base|town|village|locality)(?![a-z])")
_PLACE_NOUN = re.compile(r"(village|hamlet|town|locality|area|localite|hameau|zone|secteur)\s+(of|de|d'|du|called|named)\s*$")


def unknown_places(doc: ReportDoc, folded: str, taken: Spans,
                   chunks: list[tuple[int, str]]) -> list[PlaceMention]:
    """Capitalised names after a place noun or a locative preposition that the gazetteer
    does not know."""
    out = []
    actors = Spans([(a.start, a.end) for a in doc.actors])
    for start, chunk in chunks:
        end = start + len(chunk)
        key = norm_key(doc.text[start:end])
        if _NOT_PLACES.match(key) or key.split(" ")[0] in STOP:
            continue
        if taken.overlaps(start, end) or key in STOP or key in _country_names() or len(key) < 3:
            continue
        if actors.overlaps(start, start + 1) or key in _regions():
            continue
        if not (_UNKNOWN_PLACE.search(folded[max(0, start - 30) : start]) or _PLACE_NOUN_AFTER.match(folded[end : end + 25])):
            continue
        if doc.in_dateline(start):
            continue
        if DESTINATION.search(folded[max(0, start - 60) : start]) or SOURCE_PLACE.search(folded[max(0, start - 60) : start]):
            continue  # "a convoy bound for the town of Djibo" (the gazetteer's own check, for unknown names)
        near = bool(NEAR.search(folded[max(0, start - 60) : start]))
        name = doc.text[start:end]
        out.append(PlaceMention(start, end, name, doc.sent_of(start), name, None, None,
                                None, None, None, None, None, 2 if near else 1, feature="U",
                                score=1.0 if _PLACE_NOUN.search(folded[max(0, start - 30) : start]) else 0.5))
    return out


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
            if taken.overlaps(start, end) or key in STOP or _NOT_PLACES.match(key):
                continue
            if key in _country_names() or key in _regions() or any(a.start <= start < a.end for a in doc.actors):
                continue
            if not ent.text[:1].isupper() or len(key) < 3:
                continue
            out.append(PlaceMention(start, end, ent.text, i, ent.text, None, None, None, None, None, None,
                                    None, 1, feature="U", score=0.4))
    return out
