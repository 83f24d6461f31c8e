"""Stop 58's conventions of places."""

from __future__ import annotations

from datetime import date

from reports import events_of, place_names


def test_a_nigerian_state_named_is_its_region_not_a_village_spelt_alike() -> None:
    # "Kebbi State" is the state; GeoNames' village Kebbe is another place
    text = "At least 12 villagers were killed when gunmen attacked a settlement in Kebbi State on Monday."
    events = events_of(text, "en", candidates=True)
    assert events and events[0].admin1 == "Kebbi" and events[0].country == "Nigeria"
    assert events[0].location != "Kebbe"


def test_a_name_before_community_is_a_village_in_nigerian_english() -> None:
    text = ("Gunmen attacked several settlements in Kebbi State. In Awashaka community, five young men lost their "
            "lives on Tuesday.")
    assert "Awashaka" in place_names(text, "en")


def test_a_people_or_a_faith_before_community_is_no_village() -> None:
    text = ("Gunmen killed nine herders near Djibo. Leaders of the Fulani community and of the Christian community "
            "condemned the killings.")
    names = place_names(text, "en")
    assert "Fulani" not in names and "Christian" not in names


def test_a_news_agency_a_communique_reached_is_no_place() -> None:
    # APA (Agence de Presse Africaine), AIB, AMAP, ANP: agencies, named after "parvenu à"
    text = ("Une opération de l'armée dans la région de l'Est a permis de neutraliser 29 terroristes, annonce un "
            "communiqué de l'armée parvenu à APA, dimanche soir.")
    assert "APA" not in place_names(text, "fr")


def test_the_country_travellers_came_from_is_not_where_it_happened() -> None:
    text = ("24 civils venant du Burkina Faso pour une foire hebdomadaire dans le centre du Mali ont été tués jeudi "
            "lorsque leur véhicule a sauté sur une mine.")
    assert [e.country for e in events_of(text, "fr")] == ["Mali"]


def test_a_list_of_towns_may_hold_a_bearing_and_an_adverb() -> None:
    # "à Ouallam, dans le sud-ouest, et surtout à Niamey": two towns, one protest each (ACLED)
    text = "Samedi, des rassemblements étaient organisés à Ouallam, dans le sud-ouest, et surtout à Niamey."
    assert [e.location for e in events_of(text, "fr")] == ["Ouallam", "Niamey"]


def test_a_name_whose_family_or_house_is_told_is_a_person() -> None:
    text = ("Rioters set fire to the house of RFI correspondent Moussa Kaka in Niamey on Wednesday. RFI said that "
            "Kaka's family was safe and described the attack as a grave attack on freedom of the press.")
    assert "Kaka" not in place_names(text, "en")


def test_where_a_firm_evacuated_its_staff_to_is_not_where_it_happened() -> None:
    from conflictwire.geo.cues import DESTINATION

    assert DESTINATION.search("the company has taken action, evacuating their remaining expatriate staff to ")
    assert not DESTINATION.search("gunmen attacked the camp and killed three soldiers in ")


def test_cote_d_ivoire_with_a_straight_apostrophe_is_the_country() -> None:
    assert place_names("An attack in Côte d'Ivoire at a border post left a dozen dead.", "en") == ["Ivory Coast"]


def test_a_wire_dateline_run_on_after_the_title_is_no_place_of_the_event() -> None:
    from conflictwire.geo.datelines import find_dateline

    text = ("Two soldiers killed in Mali by explosive device: army Bamako, Nov 3 (AFP) Nov 03, 2019 Two Malian soldiers "
            "were killed when their armoured vehicle hit an improvised explosive device, the army said Sunday.")
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].startswith("Bamako, Nov 3")


def test_a_list_of_towns_may_hold_a_noun_phrase_apposed_and_then() -> None:
    text = ("Last week, the convoy was slowed by protesters at Bobo Dioulasso, the country's second largest city, and "
            "then at Ouagadougou, the capital.")
    assert [e.location for e in events_of(text, "en", published=date(2021, 11, 26))] == ["Bobo-Dioulasso", "Ouagadougou"]


def test_a_count_per_town_may_name_the_area_of_a_town() -> None:
    text = ("Two army escort vehicles hit improvised explosive devices on Tuesday, leaving two dead in Dialloube and four "
            "dead in the Hombori area, in the central Mopti region, the army said.")
    assert [(e.location, e.fatalities) for e in events_of(text, "en")] == [("Dialoubé", 2), ("Hombori", 4)]


def test_the_liptako_gourma_zone_is_no_road_between_two_places() -> None:
    text = "The hotspot is the tri-border area between Mali, Burkina Faso and Niger, known as the Liptako-Gourma area."
    assert place_names(text, "en") == ["Mali", "Burkina Faso", "Niger"]


def test_the_state_television_sits_in_the_capital() -> None:
    text = ("Burkina Faso's state television was interrupted on Friday night by members of the army declaring that the "
            "junta leader had been overthrown in a coup.")
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Ouagadougou"]


def test_a_related_link_after_a_bar_is_page_chrome() -> None:
    from conflictwire.ingest.clean import is_boilerplate

    assert is_boilerplate("ALSO READ | Thousands in Burkina Faso protest rising bloodshed")
    assert not is_boilerplate("Thousands in Burkina Faso protest rising bloodshed")


def test_a_city_and_an_en_dash_open_a_wire_dateline() -> None:
    from conflictwire.geo.datelines import find_dateline

    text = "Ouagadougou – Ten people were killed in northern Burkina Faso, security sources said on Monday."
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].strip().startswith("Ouagadougou")


def test_a_rural_commune_names_its_place() -> None:
    text = "Dans la commune rurale de Gandamia, onze bureaux de vote ont été saccagés dimanche et les agents agressés."
    assert "Gandamia" in place_names(text, "fr")


def test_raiders_moving_on_to_a_village_attack_it_there() -> None:
    from conflictwire.geo.cues import DESTINATION

    assert not DESTINATION.search("the attackers stormed the village, killing 11 people, before moving on to ")
