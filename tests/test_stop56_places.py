"""Stop 56's conventions of places: names listed after a colon that counts places are places."""

from __future__ import annotations

from reports import place_names


def test_places_listed_after_a_colon_that_counts_them() -> None:
    text = "Les affrontements ont eu lieu dans trois localités de la région de Ménaka : Tinzarane, Ikaslane et Egarek."
    assert {"Tinzarane", "Ikaslane", "Egarek"} <= set(place_names(text, "fr"))
    text = "The fighting took place in three villages near the border: Tinzarane, Ikaslane and Egarek."
    assert {"Tinzarane", "Ikaslane", "Egarek"} <= set(place_names(text, "en"))


def test_a_colon_after_other_words_lists_no_places() -> None:
    text = "Les affrontements ont opposé deux groupes, selon le maire : Tinzarane Ag Alhassane a confirmé le bilan."
    assert "Tinzarane" not in place_names(text, "fr")
