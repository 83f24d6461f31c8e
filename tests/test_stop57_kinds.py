"""Stop 57's conventions of event kinds."""

from __future__ import annotations

from reports import events_of


def test_s_en_prendre_a_un_village_is_an_attack_not_its_capture() -> None:
    text = ("Samedi dernier, des chasseurs dozos s'en sont pris au village de Kalala-peul alors qu'on était en prière. "
            "Ils ont tiré sur les gens, tuant 13 personnes.")
    events = events_of(text, "fr", candidates=True)
    assert [e.sub_event_type for e in events] == ["Attack"]
