"""Stop 58's conventions of actors and tolls: the act an attack avenges."""

from __future__ import annotations

from reports import events_of


def test_those_who_did_the_act_avenged_are_not_this_events_sides() -> None:
    text = ("Le bilan des attaques menées samedi dans le village de Tchombangou, dans la région de Tillabéri, est de "
            "70 morts. Une vengeance suite à la mort de deux jihadistes. Selon des sources concordantes, ce raid serait "
            "une vengeance suite à la mort de deux éclaireurs des groupes, tués par les groupes d'auto-défense du village.")
    events = events_of(text, "fr")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 70)]
    assert "Communal Militia" not in (events[0].actor1 or "")


def test_the_dead_avenged_are_no_toll_of_the_revenge() -> None:
    text = "On May 19, a group of Malian soldiers shot dead 12 civilians in revenge for the killing of one of their colleagues at the market in Boulkessi."
    assert [e.fatalities for e in events_of(text, "en")] == [12]


def test_the_revenge_clause_ends_at_its_comma() -> None:
    text = ("On April 1, militiamen carried out revenge killings for the assassination of a religious leader and his "
            "family, by targeting the Fulani community in the town of Arbinda, seven reported to have been killed.")
    assert [e.fatalities for e in events_of(text, "en")] == [7]


def test_the_target_an_operation_is_officially_described_as_is_not_who_was_hit() -> None:
    text = ("A Malian army unit last week carried out summary executions of hundreds of civilians in the town of Moura, "
            "in an operation officially described as a crackdown on jihadist insurgents, according to Human Rights Watch.")
    assert [(e.sub_event_type, e.actor2) for e in events_of(text, "en")] == [("Attack", "Civilians (Mali)")]
