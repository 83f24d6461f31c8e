"""Stop 49's conventions of places and of which event a sentence tells, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.geo.places import find_places
from conflictwire.textutil import Spans

PUB = date(2022, 10, 14)


def _names(text: str) -> list[str]:
    found, _ = find_places(text, actor_spans=Spans())
    return [m.name for m in found]


def test_an_agency_credited_at_the_reports_start_is_no_place() -> None:
    assert "Belga" not in _names("(Belga) Au moins onze civils ont été tués jeudi près de Bandiagara, au Mali.")
    assert "Belga" not in _names("13/10/2022 (Belga) Au moins onze civils ont été tués jeudi près de Bandiagara.")
    assert "Belga" not in _names("Au moins onze civils ont été tués jeudi près de Bandiagara, au Mali. (Belga)")


def test_a_place_in_brackets_mid_sentence_is_still_a_place() -> None:
    assert _names("Les combats ont eu lieu près de Djibo (Soum) mardi.") == ["Djibo", "Soum"]


def test_where_travellers_set_out_from_gives_way_to_where_it_happened() -> None:
    text = ("Un véhicule mini-bus en provenance de Bankass a heurté un engin explosif improvisé le 26 janvier 2021 "
            "au niveau du pont de Parou, dans la région de Mopti, tuant quatre personnes.")
    (ev,) = extract_text(text, published=date(2021, 1, 27), lang="fr")
    assert ev.location == "Parou"


def test_where_travellers_set_out_from_is_the_place_when_no_other_is_told() -> None:
    text = "Un convoi militaire en provenance de Douentza a été attaqué dimanche par des hommes armés."
    (ev,) = extract_text(text, published=date(2016, 6, 30), lang="fr")
    assert ev.location == "Douentza"


def test_an_earlier_toll_told_earlier_is_the_same_event() -> None:
    text = ("Au moins onze civils ont été tués jeudi dans le centre du Mali quand leur car a heurté un engin explosif.\n\n"
            "Un peu plus tôt, un responsable policier avait fait état d'une dizaine de morts. L'explosion est survenue "
            "sur la route entre Bandiagara et Goundaka.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert (ev.location, ev.fatalities) == ("Bandiagara", 11)


def test_a_sentence_that_names_the_events_country_tells_the_event_told_there() -> None:
    text = ("The French military convoy was attacked on Sunday morning in Téra, in western Niger, by demonstrators. "
            "It is the same convoy that had been blocked for several days by demonstrators in Kaya, Burkina Faso. "
            "According to the Nigerien government, two people died and 18 were injured in Sunday morning clashes in Niger.")
    evs = extract_text(text, published=date(2021, 11, 28))
    tera = [e for e in evs if e.location == "Téra"]
    assert tera and max(e.fatalities or 0 for e in tera) == 2
    assert all(e.fatalities in (0, None) for e in evs if e.location == "Kaya")


def test_many_dead_in_many_events_is_no_event() -> None:
    text = ("Un car a heurté un engin explosif improvisé mardi près de Bandiagara, tuant quatre personnes.\n\n"
            "Les localités de Bankass et de Bandiagara sont situées dans la région de Mopti. Dans cette région, de "
            "nombreux civils ont perdu la vie dans des accidents de bus sautant sur des engins explosifs improvisés.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert (ev.location, ev.fatalities) == ("Bandiagara", 4)


def test_where_it_took_place_is_the_events_place_whatever_the_places_past() -> None:
    text = ("Eleven soldiers have been found dead after an attack by Islamist militants on a convoy in northern "
            "Burkina Faso on Monday, the government said on Tuesday. The assault took place in the commune of "
            "Gaskinde in Soum province, where jihadists have escalated attacks and seized territory since 2015.")
    (ev,) = extract_text(text, published=date(2022, 9, 28))
    assert (ev.location, ev.fatalities) == ("Gaskindé", 11)


def test_another_video_is_no_other_event_and_where_survivors_made_it_to_no_place_of_it() -> None:
    text = ("Eleven soldiers have been found dead after an attack by Islamist militants on a convoy in the commune "
            "of Gaskinde on Monday, the government said on Tuesday. A video shared online showed blazing trucks. "
            "Another video showed crowds welcoming vehicles from the convoy that had survived the attack and made "
            "it to Djibo.")
    evs = extract_text(text, published=date(2022, 9, 28))
    assert [e.location for e in evs] == ["Gaskindé"]


def test_a_division_named_by_another_spelling_is_found() -> None:
    assert [n for n in _names("Fourteen civilians were killed in the Banibangu district.") if n != "Mali"] == ["Banibangou"]
    text = ("Fourteen civilians were killed on Sunday in an attack on the village of Uyyeh in the Banibangu district, "
            "about 50 kilometers from the border with Mali. One of the injured was taken to a hospital in Niamey.")
    (ev,) = extract_text(text, published=date(2021, 7, 5))
    assert (ev.location, ev.admin1) == ("Uyyeh", "Tillabéri")


def test_counts_that_add_up_to_the_toll_say_where_its_dead_died() -> None:
    text = ("Gunmen attacked the village of Ouye in Niger on Sunday. The attack resulted in the death of fourteen "
            "people, nine in a field, three in the village and two on their way back from the fields.")
    (ev,) = extract_text(text, published=date(2021, 7, 5))
    assert ev.fatalities == 14


def test_where_a_reporter_files_from_is_no_place_of_the_event() -> None:
    assert _names("Reporting from Dakar, Senegal, Al Jazeera's reporter said the attack took place over days.") == []
    assert _names("'The outpost was razed,' said the reporter, reporting from Senegal, Dakar.") == []


def test_the_sahel_belt_is_not_burkinas_sahel_region() -> None:
    assert _names("Militias killed 58 people in Burkina Faso, HRW said. The Sahel region, including Mali and Niger, "
                  "remains embroiled in a jihadist insurgency.") == ["Burkina Faso", "Mali", "Niger"]
    assert _names("Des hommes armés ont attaqué un village de la région du Sahel, au Burkina Faso.") == ["Sahel", "Burkina Faso"]


def test_a_sentence_that_opens_on_an_unknown_village_places_its_event() -> None:
    assert _names("In Dani Fari, fighters killed seven and burned a dozen homes.") == ["Dani Fari"]
    text = ("On June 21, gunmen opened fire inside a mosque in Manda village, in Niger's Tillabéri region, killing "
            "over 70.\n\nIn Dani Fari, fighters killed seven and burned a dozen homes.")
    evs = extract_text(text, published=date(2025, 6, 25))
    assert sorted((e.location, e.fatalities) for e in evs) == [("Dani Fari", 7), ("Manda", 70)]


def test_an_opening_place_where_something_was_said_or_a_feast_is_no_place() -> None:
    assert _names("In Geneva, the UN human rights office condemned the attack.") == []
    assert _names("In Ramadan, fighters attacked the village.") == []


def test_a_capitals_dateline_that_lost_its_space_is_no_place() -> None:
    title = "At least two killed as French convoy faces new protests in Niger, mayor says\n\n"
    text = (title + title + "By Reuters\nShare this article\n\nBy Boureima Balima and John Irish\n\n"
            "NIAMEY -At least two people were killed and 16 others injured in western Niger on Saturday when protesters "
            "clashed with a French military convoy, the local mayor said.\n\nThe convoy ran into new protests on Saturday "
            "morning in the western Niger town of Tera, where it had stopped to spend the night.")
    evs = extract_text(text, published=date(2021, 11, 28))
    assert [e.location for e in evs] == ["Téra"]


def test_one_toll_told_at_two_towns_of_a_region_is_one_event() -> None:
    text = ("Niger says 23 of its soldiers have been killed in a terrorist ambush near the borders with Burkina Faso and "
            "Mali. Nigerien soldiers were engaged in a security sweep in Tillaberi, in the three borders area. More than "
            "100 terrorists on motorbikes attacked the army unit between Teguey and Bankilare using home-made bombs. "
            "In addition to the 23 soldiers who died, 17 were wounded.")
    (ev,) = extract_text(text, published=date(2024, 3, 22))
    assert (ev.admin1, ev.fatalities) == ("Tillabéri", 23)


def test_where_a_military_unit_is_based_is_where_it_was_hit() -> None:
    text = ("Selon RFI, des individus armés dont l'identité n'a pas été établie ont lancé l'assaut contre le détachement "
            "militaire basé à Aoréma samedi dernier, dans la région du Nord, tuant 6 soldats et 34 VDP.")
    (ev,) = extract_text(text, published=date(2023, 4, 17), lang="fr")
    assert (ev.location, ev.actor1) == ("Aoréma", "Unidentified Armed Group (Burkina Faso)")
    assert _names("Radio Oméga, basée à Ouagadougou, a rapporté l'attaque.") == []


def test_one_toll_at_the_regions_town_and_at_a_village_of_the_region_is_one_event_at_the_village() -> None:
    text = ("Les Forces armées nigériennes ont perdu six soldats dans une embuscade meurtrière à Tahoua, au nord-ouest du "
            "pays.\nAu Niger, l'armée perd six soldats dans une attaque\n« Dans la région de Tahoua, le mercredi dernier, "
            "le détachement des forces de défense et de sécurité, stationné à Tébaram, a été violemment attaqué par un "
            "groupe de terroristes », indique l'armée. Cette nouvelle attaque a fait six morts dans les rangs de l'armée.")
    (ev,) = extract_text(text, published=date(2024, 5, 10), lang="fr")
    assert (ev.location, ev.fatalities) == ("Tébaram", 6)


def test_where_the_displaced_came_from_and_went_is_no_place_of_the_event() -> None:
    assert _names("Les exactions ont provoqué leurs déplacements forcés du Gourma vers le Liptako.") == []


def test_a_patrol_engaged_on_a_day_au_profit_of_which_is_no_period() -> None:
    text = ("Ainsi, l'aviation des Forces armées maliennes est intervenue dans l'après-midi du 18 février 2022 au profit "
            "d'une patrouille accrochée par des hommes armés non identifiés dans le secteur d'Archam, à l'Ouest de Tessit.")
    (ev,) = extract_text(text, published=date(2022, 2, 19), lang="fr")
    assert (ev.admin1, ev.event_type) == ("Gao", "Battles")


def test_a_hamlet_far_from_the_town_at_the_other_end_of_its_road_is_another_place() -> None:
    found, _ = find_places("La veille, une attaque avait visé un convoi entre Diédiéni et Kolokani.", actor_spans=Spans())
    assert [(m.name, m.admin1) for m in found] == [("Diédiéni", "Koulikoro"), ("Kolokani", "Koulikoro")]
