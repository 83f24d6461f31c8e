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


def test_deaths_told_on_another_day_at_another_place_are_another_event() -> None:
    text = ("Une vingtaine de militaires nigériens ont perdu la vie ce mardi, victimes d'une attaque contre leur position "
            "à Banibangou. Les assaillants étaient à bord de motos. Samedi dernier, dans la zone de Tillia, région de "
            "Tahoua, 16 soldats avaient également trouvé la mort.")
    events = Pipeline()(make_article("x", text, kind="text", doc_id="x"), "fr")
    assert sorted((e.location, e.fatalities) for e in events) == [("Banibangou", 20), ("Tillia", 16)]


def test_a_quotation_mark_between_the_article_and_an_approximate_figure_does_not_break_it() -> None:
    text = ('Hier soir le détachement de Tin-Akoff a été la cible d\'une violente attaque, a indiqué une source '
            'sécuritaire, évoquant un bilan d\'une "quinzaine de morts" parmi les soldats.')
    events = Pipeline()(make_article("x", text, kind="text", doc_id="x"), "fr")
    assert events and events[0].fatalities == 15
