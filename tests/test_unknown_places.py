"""Villages the gazetteer lacks, or has only abroad: kept by name and placed by the known places
the text tells them with (#17). Each test states a convention a coder would agree with."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline

PUB = date(2024, 5, 6)


def test_a_hamlet_told_with_its_town_after_a_comma_is_placed_by_that_town() -> None:
    """The gazetteer's one Tagalalt lies in Niger, 300 km from Ménaka: "Tagalalt, Ménaka" is a
    hamlet near Ménaka the gazetteer lacks."""
    (ev,) = extract_text("Gunmen attacked a GATIA position in Tagalalt, Ménaka, on Sunday, killing two.",
                         published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1, ev.country, ev.geo_precision) == ("Tagalalt", "Ménaka", "Mali", 2)
    # the country after a village's name is no town it lies by ("Mali" is a town in Guinea too)
    (ev,) = extract_text("Gunmen killed three herders in Tidarmene, Mali, on Sunday.", published=PUB, include_candidates=True)
    assert (ev.location, ev.geo_precision) == ("Tidarméné", 1)


def test_towns_in_a_list_are_each_themselves() -> None:
    # (and each town taken is an event of its own: ACLED codes every location apart)
    events = extract_text("Soldiers mutinied on Sunday, taking over the towns of Arlit, Zinder and Agadez.",
                          published=PUB, include_candidates=True)
    assert [(ev.location, ev.admin1) for ev in events] == [("Arlit", "Agadez"), ("Zinder", "Zinder"), ("Agadez", "Agadez")]


@pytest.mark.parametrize("text", [
    "French forces killed three militants near Tin Bidene (Kidal) on Monday.",
    "French forces killed three militants near Tin Bidene, in the Kidal region, on Monday.",
])
def test_a_tamasheq_name_the_gazetteer_lacks_is_kept_whole(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1) == ("Tin Bidene", "Kidal")


def test_in_inside_a_sentence_begins_a_name_at_its_start_a_preposition() -> None:
    (ev,) = extract_text("A GATIA convoy was attacked by gunmen 15 km from In Kadagotan on Sunday, in Mali.",
                         published=PUB, include_candidates=True)
    assert ev.location == "I-n-Kadagotan"  # (the gazetteer's dune of the name, shipped since stop 48: "In" begins it)
    (ev,) = extract_text("In Mali, gunmen killed three herders on Sunday.", published=PUB, include_candidates=True)
    assert ev.location == "Mali"


@pytest.mark.parametrize("text", [
    "Gunmen killed three herders on the outskirts of Hourara on Sunday.",
    "Gunmen killed three herders in the vicinity of Hourara on Sunday.",
    "Des hommes armés ont tué trois bergers dimanche à la périphérie de Hourara.",
])
def test_a_name_told_as_the_surroundings_of_a_place_is_one(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert ev.location == "Hourara"


@pytest.mark.parametrize("text, place, admin1", [
    ("Militants abducted three health workers at the Mentao Refugee Camp on Monday.", "Mentao", "Sahel"),
    ("Militants took control of the Pieni hunting camp on Monday and burned a bar.", "Pieni", None),
])
def test_a_camp_named_after_its_place_is_there(text: str, place: str, admin1: str | None) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1) == (place, admin1)


def test_an_unknown_village_lies_in_the_region_of_the_known_places_told_with_it() -> None:
    (ev,) = extract_text("On August 1, unknown gunmen robbed a tricycle between Tokabangou and Markoye "
                         "(coded as Tokabangou at geoprecision 2) and seized its fuel.", published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Tokabangou", "Sahel", 2)


@pytest.mark.parametrize("text", [
    "Gunmen clashed with security forces in the Boni area on Sunday.",
    "Gunmen clashed with security forces in the Boni area of Mali on Sunday.",
])
def test_a_common_word_followed_by_a_place_noun_is_the_place(text: str) -> None:
    """"Boni" is also a first name (need_cue.txt): "the Boni area" calls it a place; "the X area
    of Mali" names a country, not a city X is a quarter of."""
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1) == ("Boni", "Mopti")


@pytest.mark.parametrize("text, country, place, admin1", [
    # two spellings of "Ouenkoro" in the gazetteer, one in Mali and one in Burkina: the source's country decides
    ("Dogon militiamen killed nine herders in Ouenkoro on Sunday.", "ML", "Ouankoro", "Mopti"),
    ("Dogon militiamen killed nine herders in Ouenkoro on Sunday.", "BF", "Wonkoro", "Sud-Ouest"),
    # three in one country: the one spelt nearest the text (Dialoubé, not Dyaloubé)
    ("Gunmen shot dead a griot in Dialloube on Sunday.", "ML", "Dialoubé", "Mopti"),
    # rows of one camp a few km apart are one place to a coder
    ("Gunmen killed nine people in the village of Goseye on Sunday.", "BF", "Gossèy", "Sahel"),
    ("Gunmen killed a nurse in the village of Ouintokoulga on Sunday.", "BF", "Ountokoulga", "Centre-Nord"),
])
def test_another_spelling_of_a_name_is_the_one_place_of_that_spelling_where_the_report_is(
        text: str, country: str, place: str, admin1: str) -> None:
    (ev,) = Pipeline(include_candidates=True)(Article(doc_id="t", text=text, published=PUB, country=country))
    assert (ev.location, ev.admin1) == (place, admin1)


@pytest.mark.parametrize("text", [
    "Residents of Tabtenga in sector 45 of Ouagadougou burned two suspected thieves alive on Monday.",
    "Des habitants de Tabtenga, un quartier de Ouagadougou, ont brûlé vifs deux voleurs présumés lundi.",
])
def test_a_quarter_of_a_city_told_by_its_own_name_is_coded_at_the_city(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1) == ("Ouagadougou", "Centre")


@pytest.mark.parametrize("text, place", [
    ("Residents of the Soubeira area marched to Kaya on Monday to demand the release of their chief.", "Kaya"),
    ("Koglweogo members from Pouytenga gathered in Koupela on Monday to protest the arrest of their leader.", "Koupéla"),
])
def test_where_a_crowd_marched_or_gathered_is_where_it_protested(text: str, place: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.event_type, ev.location) == ("Protests", place)


def test_a_hyphenated_name_going_on_with_another_word_is_one_village_not_a_road() -> None:
    (ev,) = extract_text("Mercredi, des terroristes ont tué six personnes à Zibane-Koira Zéno, dans la région de Tillabéri.",
                         lang="fr", published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1) == ("Zibane-Koira Zéno", "Tillabéri")
    (ev,) = extract_text("On Sunday gunmen ambushed a convoy on the Dori-Gorgadji axis, killing four soldiers.",
                         lang="en", published=PUB, include_candidates=True)
    assert ev.admin1 == "Sahel" and ev.location in ("Dori", "Gorgadji")


@pytest.mark.parametrize("text,where", [
    ("Le poste avancé de Kpéwangou, situé dans la région des Savanes, au nord du Togo, a été la cible d'une attaque "
     "terroriste le 2 mai, tuant douze soldats.", ("Kpéwangou", "Savanes", "Togo")),
    ("Des jihadistes ont attaqué jeudi le poste de gendarmerie de Tiabongou, dans la province du Yagha, tuant trois "
     "gendarmes.", ("Tiabongou", "Sahel", "Burkina Faso")),
])
def test_the_forces_post_of_a_village_names_the_village(text: str, where: tuple[str, str, str]) -> None:
    (ev,) = extract_text(text, published=PUB, lang="fr", include_candidates=True)
    assert (ev.location, ev.admin1, ev.country) == where


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes stormed Tilwagou on Sunday, killing 14 villagers, local sources said.",
    "Des hommes armés ont attaqué Tilwagou dimanche, tuant 14 civils.",
    # a place noun after a comma says what the name is; the town it is measured from is a landmark
    "Tilwagou, a farming village about 40 km from Dori, was attacked on Sunday; 14 people were killed.",
    # the market, the mine, the school of a name are in a village of that name
    "Au moins 14 personnes ont été tuées dimanche lors d'une attaque contre le marché de Tilwagou, à 30 km de Djibo.",
])
def test_an_unknown_village_told_as_the_object_of_the_attack_or_by_what_it_is(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.fatalities) == ("Tilwagou", 14)


def test_a_name_before_a_noun_after_an_attack_verb_is_no_place() -> None:
    # "Fulani" qualifies the herders; "Public Health" names a school, not where it is
    (ev,) = extract_text("Jihadists attacked Fulani herders near Djibo on Sunday, killing five.", published=PUB)
    assert ev.location == "Djibo"
    (ev,) = extract_text("Students held a sit-in at the National School of Public Health in Ouagadougou on Sunday.", published=PUB)
    assert ev.location == "Ouagadougou"


@pytest.mark.parametrize("text", [
    "Gunmen killed seven civilians in Tilwagou, a village in the commune of Tin-Akoff, Oudalan province, on Friday.",
    "Des hommes armés ont tué sept civils vendredi à Tilwagou, une localité de la commune de Djibo.",
    "Des hommes armés ont tué sept civils vendredi à Tilwagou, un village situé dans la commune de Djibo.",
])
def test_a_village_told_as_one_of_a_commune_is_the_place_not_the_commune(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.location, ev.admin1, ev.fatalities) == ("Tilwagou", "Sahel", 7)
