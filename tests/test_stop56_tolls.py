"""Stop 56's conventions of tolls: an army's "valiant fighters" are its soldiers."""

from __future__ import annotations

from reports import events_of


def test_our_valiant_fighters_in_an_army_statement_are_the_soldiers_told_already() -> None:
    text = ("Quatre soldats ont été tués vendredi dans l'explosion d'une mine artisanale au passage de leur véhicule "
            "près de Kongoussi, a annoncé l'armée burkinabè.\n\"Cet incident a malheureusement occasionné la perte de "
            "quatre de nos vaillants combattants\", a précisé l'armée.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [4]
    text = ("Four soldiers were killed on Friday when their vehicle hit a mine near Kongoussi, the army said. "
            "\"The incident cost the lives of four of our valiant fighters,\" the army added.")
    assert [e.fatalities for e in events_of(text, "en", candidates=True)] == [4]
