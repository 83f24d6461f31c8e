"""Stop 54's conventions of tolls: persons listed without a number, and victims told at places."""

from __future__ import annotations

from reports import events_of


def test_a_list_of_persons_killed_in_french_counts_each() -> None:
    events = events_of("Un homme, sa femme et leur enfant ont été tués dans le village de Pogouwol, dans le Soum.", "fr")
    assert [e.fatalities for e in events] == [3]


def test_a_plural_verb_alone_counts_no_one() -> None:
    # (no person named before it: no toll of its own)
    from conflictwire.extract.single_victims import find_singular_tolls
    from conflictwire.textutil import fold

    text = "Ils ont été tués dans la nuit."
    assert find_singular_tolls(fold(text), "fr", [(0, len(text))], []) == []


def test_a_professor_killed_is_one_death() -> None:
    events = events_of("Des hommes armés ont attaqué le domicile d'enseignants à Kain. Un professeur de français a été tué.", "fr")
    assert [e.fatalities for e in events] == [1]


def test_victims_made_at_two_more_places_are_two_more_events() -> None:
    text = ("Un homme, sa femme et leur enfant ont été tués dans le village de Pogouwol dans le Soum, dans la nuit du "
            "vendredi 2 au samedi 3 juin 2017. Ces meurtres ont été commis par des assaillants. Ils ont également "
            "fait une victime à Petega et une autre à Kourou.")
    assert [(e.location, e.fatalities) for e in events_of(text, "fr")] == [("Pogouwol", 3), ("Pétéga", 1), ("Kourou", 1)]
