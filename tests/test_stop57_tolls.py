"""Stop 57's conventions of tolls."""

from __future__ import annotations

from reports import events_of


def test_one_approximate_figure_written_in_the_plural_is_still_one() -> None:
    # "une centaines de morts": the article counts one; the plural is a slip
    text = ("Dimanche, des assaillants ont attaqué le village de Inekar dans la région de Ménaka. "
            "Nos sources nous parlent d’une centaines de morts civils.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [100]


def test_people_named_at_length_before_the_passive_verb_that_kills_them_are_its_toll() -> None:
    text = ("Douze soldats des Forces de défense et de sécurité du Togo ont été tués, ce mardi 18 juillet 2023, "
            "dans une embuscade tendue par des djihadistes au nord du pays.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [12]


def test_a_death_far_after_a_crowd_and_its_own_verb_is_its_topic_not_its_toll() -> None:
    text = "Hundreds of students protested under the banner of their union in Koudougou over the death of a pupil."
    assert all(not e.fatalities for e in events_of(text, "en", candidates=True))
