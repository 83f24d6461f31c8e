"""Event confidence: how explicit the report was about the event, as a probability that the
event (its type and place) is right.

A logistic model over a few features of the evidence; its weights are a data file
(lexicons/confidence.tsv) fitted by bench/calibrate.py on the project's own test reports and
checked on the shared real reports held apart. Below the file's threshold (chosen the same
way) an event is a candidate: kept in the store and shown on request, never in the default
output or an alert.
"""

from __future__ import annotations

import math
from functools import lru_cache

from conflictwire.extract.doc import PlaceMention, Trigger
from conflictwire.lexicons import read_tsv
from conflictwire.model import Event

FEATURES = (
    "trigger_weight",  # strongest trigger's weight / 10
    "place_named",  # a gazetteer place (village, town)
    "place_unknown",  # a named place the gazetteer lacks
    "place_vague",  # only a region or the country
    "place_cue",  # "in X", "near X": the name sits where places sit
    "actor_named",  # actor1 comes from a named group in the text
    "actor_evidence",  # actor1 has a span at all (not a fallback)
    "date_said",  # the event's own date is written in the text
    "toll_said",  # a toll is given
    "marked",  # opened by "in a separate attack", a new day…
    "one_event",  # the report tells one event only
    "first_event",  # the report's lead event
    "place_in_trigger",  # the place is named in the sentence that tells the event
    "lead_sentence",  # the event is told in the report's first sentences
    "many_events",  # the report tells three events or more: more room to split or merge wrongly
)


def features(ev: Event, best: Trigger, place: PlaceMention | None, date_said: bool, toll_said: bool,
             marked: bool, actor_named: bool) -> dict[str, float]:
    """The evidence features of an event (one_event, first_event and many_events are set per report)."""
    return {
        "trigger_weight": min(best.weight, 11) / 10,
        "place_named": float(place is not None and place.feature == "P"),
        "place_unknown": float(place is not None and place.feature == "U"),
        "place_vague": float(place is None or place.feature in ("A", "C")),
        "place_cue": float(place is not None and place.score > 1.0),
        "actor_named": float(actor_named),
        "actor_evidence": float("actor1" in ev.evidence),
        "date_said": float(date_said),
        "toll_said": float(toll_said),
        "marked": float(marked),
        "one_event": 0.0,
        "first_event": 0.0,
        "place_in_trigger": float(place is not None and place.sent == best.sent),
        "lead_sentence": float(best.sent <= 2),
        "many_events": 0.0,
    }


@lru_cache(maxsize=1)
def _rows() -> dict[str, float]:
    return {r["feature"]: float(r["weight"]) for r in read_tsv("confidence.tsv")}


def weights() -> dict[str, float]:
    return {k: v for k, v in _rows().items() if k != "threshold"}


def threshold() -> float:
    """The confidence an event needs to be more than a candidate."""
    return _rows().get("threshold", 0.0)


def is_candidate(confidence: float | None) -> bool:
    return confidence is not None and confidence < threshold()


def score(feats: dict[str, float], w: dict[str, float] | None = None) -> float:
    w = w if w is not None else weights()
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return round(1 / (1 + math.exp(-z)), 2)
