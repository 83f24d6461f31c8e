"""The seed report of ../shared/data/news yields exactly its three gold events."""

from __future__ import annotations

import json
from pathlib import Path

from conflictwire.eval import actor_key
from conflictwire.ingest import iter_inputs
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline


def _accept(spec):
    return spec["accept"] if isinstance(spec, dict) else [spec]


def test_seed_yields_its_three_gold_events(shared_data: Path) -> None:
    path = shared_data / "news" / "voice-of-africa-mali-base-lost.txt"
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    (article,) = list(iter_inputs([str(path)]))
    assert isinstance(article, Article)
    for line in gold["boilerplate_to_drop"]:
        assert line not in article.text
    events = Pipeline()(article)
    assert len(events) == len(gold["events"]) == 3
    for ev, g in zip(events, gold["events"], strict=True):
        assert ev.event_type == g["event_type"]
        assert ev.sub_event_type in _accept(g["sub_event_type"])
        assert actor_key(ev.actor1) in {actor_key(a) for a in _accept(g["actor1"])}
        assert actor_key(ev.actor2) in {actor_key(a) for a in _accept(g["actor2"])}
        assert ev.fatalities in _accept(g["fatalities"])
        assert ev.event_date is None  # the page has no date: none may be invented
        assert ev.country == "Mali"
        # every filled field is explained by a span of the article text
        for spans in ev.evidence.values():
            for s in spans:
                assert article.text[s.start : s.end] == s.text
    assert events[1].location == "Boulkessi" and events[1].fatalities_high == 30
    assert events[2].location == "Timbuktu"
    assert events[0].claimed_by == "JNIM"
