"""Stop 50's conventions of places, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.geo.places import find_places
from conflictwire.textutil import Spans

PUB = date(2019, 3, 20)


def _found(text: str) -> dict[str, tuple[str | None, str]]:
    found, _ = find_places(text, actor_spans=Spans())
    return {m.text: (m.admin1, m.feature) for m in found}


def test_an_unknown_area_told_from_a_town_is_placed_in_that_towns_region() -> None:
    text = "JNIM militants attacked Malian forces in Almoustarat area, 140 km north of Gao town, on Monday."
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Almoustarat", "Gao", 2)
    assert ev.latitude is not None


def test_a_market_told_from_a_town_with_from_is_placed_there_too() -> None:
    text = "An Arab merchant was executed by JNIM at Zouera market, 80 km north from Timbuktu, on Monday."
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.location, ev.admin1) == ("Zouera", "Tombouctou")


def test_a_known_place_at_the_distance_the_text_gives_stays_itself() -> None:
    # Tessalit lies about 200 km from Kidal: the text says so, so it is no homonym far away
    found = _found("Militants attacked the camp in Tessalit, 200 km north of Kidal, on Monday.")
    assert found["Tessalit"] == ("Kidal", "P")


def test_a_distance_with_no_direction_places_nothing() -> None:
    # "à 60 km de Bamako" may be the road or where travellers set out: the name stays unplaced
    found = _found("Des hommes armés ont attaqué Zantakoura, à 60 km de Bamako, lundi.")
    assert found.get("Zantakoura", (None, "U"))[0] is None


def test_burkinas_east_region_by_its_english_name() -> None:
    found = _found("Gunmen killed 12 people in a village in the East Region of Burkina Faso on Monday.")
    assert found["East Region"] == ("Est", "A")


def test_an_organisations_initials_and_a_country_abroad_are_no_unknown_village() -> None:
    text = ("Human Rights Watch (HRW) accused the army of killing civilians in drone strikes. According to HRW, the "
            "strikes were carried out by drones manufactured in Turkey.")
    found = _found(text)
    assert "HRW" not in found and "Turkey" not in found


def test_the_victim_named_in_apposition_is_a_person() -> None:
    assert "Mainassara" not in _found("La victime, Ali Mainassara, a été enlevée par des individus armés à Boni.")
    assert "Mainassara" not in _found("The victim, identified as Mainassara, was abducted by gunmen in Boni.")


def test_the_town_a_distance_places_the_told_commune_from_is_a_landmark() -> None:
    text = ("Les terroristes ont lancé un assaut contre cette commune située à une trentaine de kilomètres de Tenkodogo, "
            "la capitale de cette région.")
    assert "Tenkodogo" not in _found(text)
    assert "Tenkodogo" in _found("Des hommes armés ont attaqué Tenkodogo dimanche.")
