"""Stop 48's conventions of wording, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text

PUB = date(2025, 10, 22)


def test_forces_targeted_is_an_attack_on_them() -> None:
    (ev,) = extract_text("JNIM fighters targeted military forces in the city of Timbuktu on Monday, the army said.",
                         published=PUB)
    assert (ev.event_type, ev.location) == ("Battles", "Timbuktu")


def test_les_forces_visees_est_une_attaque() -> None:
    (ev,) = extract_text("Mardi, des hommes armés ont ciblé les positions de l'armée à Tessit, dans la région de Gao au Mali.",
                         published=PUB, lang="fr")
    assert (ev.event_type, ev.location) == ("Battles", "Tessit")


def test_a_french_strike_told_as_a_noun_is_from_the_air() -> None:
    (ev,) = extract_text("Le dimanche 25 août 2024, une série de frappes de l'armée malienne a détruit des véhicules "
                         "à Tinzaouatène, dans la région de Kidal.", lang="fr")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_place_that_names_an_earlier_event_is_not_this_ones() -> None:
    text = ("JNIM claimed an assault on the army base in Boulikessi on Sunday, killing 30 soldiers. "
            "In the aftermath of the Boulikessi attack, the same group targeted military forces in the "
            "historic city of Timbuktu on Monday.")
    evs = extract_text(text, published=date(2025, 6, 3))
    assert sorted(e.location for e in evs) == ["Boulkessi", "Timbuktu"]


def test_the_place_an_event_is_named_by_is_its_place_when_it_is_the_only_one() -> None:
    (ev,) = extract_text("The Boulikessi attack killed 30 soldiers on Sunday, the Malian army said.", published=date(2025, 6, 3))
    assert ev.location == "Boulkessi"


def test_kidnappings_that_multiply_are_a_trend_not_an_event() -> None:
    text = ("Un ressortissant américain a été enlevé dans la nuit du 21 au 22 octobre à Niamey, au Niger. "
            "Cet enlèvement survient dans un contexte où les attaques et rapts ciblant les étrangers se multiplient, "
            "notamment dans la région de Tillabéri. Plus tôt cette année, plusieurs humanitaires avaient été kidnappés "
            "dans le nord du pays.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert (ev.sub_event_type, ev.location) == ("Abduction/forced disappearance", "Niamey")
