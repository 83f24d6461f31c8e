"""Wording of reports never tuned on: a place "targeted by" armed men, distances written in
words, and a town a distance is measured from after the village it locates."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.geo.cues import DISTANCE, distance_km, far_landmark

PUB = date(2024, 3, 11)


@pytest.mark.parametrize("text", [
    "On Saturday, the village of Tissaoghin in the Koulpelogo province was targeted by a group of armed men.",
    "Early Sunday morning, the population of the commune of Tissaoghin became the target of unidentified armed men.",
    "Samedi, le village de Tissaoghin dans la province du Koulpelogo a été ciblé par des hommes armés.",
    "Samedi, le village de Tissaoghin a été la cible d'individus armés non identifiés.",
])
def test_a_place_targeted_by_armed_men_is_an_attack(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.event_type == "Violence against civilians"
    assert ev.location == "Tissaoghin"


@pytest.mark.parametrize("text", [
    "The Tahoua and Tillabéri regions are regularly targeted by jihadists linked to the Islamic State.",
    "Les régions de Tahoua et Tillabéri sont régulièrement ciblées par des jihadistes.",
])
def test_a_region_habitually_targeted_is_no_event(text: str) -> None:
    assert extract_text(text, published=PUB) == []


@pytest.mark.parametrize(("words", "km"), [
    ("about thirty kilometers from ", 30),
    ("a quarante-cinq kilometres de ", 45),
    ("a une quinzaine de kilometres de ", 15),
    ("at 120 km north of ", 120),
    ("some two hundred kilometres north of ", 200),
])
def test_distances_in_words_are_distances(words: str, km: int) -> None:
    m = DISTANCE.search(words)
    assert m is not None
    assert distance_km(m.group(1)) == km


def test_a_distance_in_words_makes_a_far_landmark() -> None:
    assert far_landmark("some two hundred kilometres north of ")
    assert not far_landmark("some twenty kilometres north of ")


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué Bané, à 45 kilomètres de Tenkodogo, tuant 20 civils.",
    "Armed men attacked the commune of Bané, located about thirty kilometers from Tenkodogo, killing 20 civilians.",
])
def test_the_town_a_village_is_measured_from_is_a_landmark(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.location == "Bané"
    assert ev.fatalities == 20
