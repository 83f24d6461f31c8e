"""Stop 53's conventions of tolls."""

from __future__ import annotations

from conflictwire.eval import make_article
from conflictwire.pipeline import Pipeline


def test_a_count_with_its_own_passive_verb_counts_what_that_verb_says() -> None:
    # a comma lost after "killed": the 109 are the subject of "were injured", not the killed verb's object
    text = ("The demonstration turned violent in Niamey on Monday with police chasing students. In addition to one "
            "student who was killed a total of 109 people were injured in the melee, 88 protesters and 21 police.")
    events = Pipeline()(make_article("x", text, kind="text", doc_id="x"), "en")
    assert events and events[0].fatalities == 1


def test_the_verb_before_a_count_still_counts_it_when_no_clause_follows() -> None:
    text = "Gunmen killed a total of 12 villagers in Seytenga on Monday, residents said."
    events = Pipeline()(make_article("x", text, kind="text", doc_id="x"), "en")
    assert events and events[0].fatalities == 12
