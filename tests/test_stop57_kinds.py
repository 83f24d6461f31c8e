"""Stop 57's conventions of event kinds."""

from __future__ import annotations

from reports import events_of


def test_s_en_prendre_a_un_village_is_an_attack_not_its_capture() -> None:
    text = ("Samedi dernier, des chasseurs dozos s'en sont pris au village de Kalala-peul alors qu'on était en prière. "
            "Ils ont tiré sur les gens, tuant 13 personnes.")
    events = events_of(text, "fr", candidates=True)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_crisis_that_demands_action_is_no_protest() -> None:
    text = ("The United Nations called on Friday for immediate international action in Burkina Faso. \"This staggering "
            "forced displacement of civilians demands immediate international action,\" a spokesman told a briefing.")
    assert [e.event_type for e in events_of(text, "en", candidates=True)] == []
    text = "On Friday, traders marched to city hall in Diébougou to demand the reopening of the central market."
    assert [e.event_type for e in events_of(text, "en", candidates=True)] == ["Protests"]
