"""Stop 58's conventions of event kinds."""

from __future__ import annotations

from reports import events_of


def test_people_gathered_to_demand_something_protest_in_french_too() -> None:
    # the French of "gathered … to demand": "se sont rassemblées … pour réclamer"
    text = ("Plusieurs dizaines de milliers de personnes se sont rassemblées vendredi dans le centre de Bamako pour "
            "réclamer le départ du président.")
    events = events_of(text, "fr")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Bamako")]


def test_people_gathered_for_a_funeral_are_no_protest() -> None:
    text = "Des centaines de personnes se sont rassemblées vendredi à Bamako pour les funérailles de l'ancien ministre."
    assert events_of(text, "fr") == []
