"""Stop 49's conventions of wording, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text

PUB = date(2025, 10, 22)


def _kinds(evs: list) -> list[tuple[str | None, int | None]]:
    return sorted((e.sub_event_type, e.fatalities) for e in evs)


def test_aircraft_that_then_struck_after_an_attack_are_a_strike_of_their_own() -> None:
    text = ("Militants attacked an army post in Madjoari, Kompienga province, on Thursday, killing eleven soldiers. "
            "Army aircraft then struck the fleeing assailants, killing 15 terrorists.")
    evs = extract_text(text, published=PUB)
    assert _kinds(evs) == [("Air/drone strike", 15), ("Armed clash", 11)]
    strike = next(e for e in evs if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 == "Military Forces of Burkina Faso"


def test_une_frappe_qui_a_neutralise_apres_une_attaque_est_un_evenement_a_part() -> None:
    text = ("Des hommes armés ont attaqué jeudi le poste militaire de Madjoari, dans la province de la Kompienga, "
            "tuant onze soldats. Une frappe aérienne a ensuite neutralisé 15 terroristes en fuite.")
    evs = extract_text(text, published=PUB, lang="fr")
    assert _kinds(evs) == [("Air/drone strike", 15), ("Armed clash", 11)]


def test_des_avions_de_l_armee_intervenus_qui_neutralisent_frappent() -> None:
    text = ("Une attaque a visé jeudi le détachement militaire de Madjoari, dans la province de la Kompienga. "
            "Onze soldats ont perdu la vie. Le communiqué ajoute que des avions de l'armée sont intervenus et ont "
            "permis de neutraliser au moins 15 terroristes qui tentaient de s'échapper après l'attaque.")
    evs = extract_text(text, published=PUB, lang="fr")
    assert _kinds(evs) == [("Air/drone strike", 15), ("Armed clash", 11)]


def test_aircraft_that_destroyed_what_the_forces_located_are_one_strike() -> None:
    text = ("Lundi 26 août 2024, à Anéfis, les Forces armées maliennes ont localisé et détruit deux véhicules "
            "transportant du matériel de guerre. Les vecteurs aériens des FAMa ont rapidement neutralisé les deux véhicules.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_reconnaissance_offensive_is_no_assault() -> None:
    text = ("Le dimanche 25 août 2024, une patrouille offensive de l'armée a sillonné la localité de Tinzaouatène, "
            "région de Kidal, sans incident.")
    assert extract_text(text, published=PUB, lang="fr") == []


def test_a_sentence_that_goes_back_in_time_opens_another_event() -> None:
    text = ("A Tahalt, les Forces armées maliennes ont mené une frappe de drone près d'Intachdayt dans la région de Kidal "
            "ce 26 août 2024. Auparavant, le dimanche 25 août 2024, une mission de reconnaissance de l'opération Maliko "
            "a permis de repérer des véhicules dans la localité de Tinzaouatène, au nord-est de Kidal. Après une "
            "surveillance minutieuse, une série de frappes ont permis de détruire ces cibles et de neutraliser une "
            "vingtaine d'individus armés.")
    evs = extract_text(text, published=date(2024, 8, 27), lang="fr")
    assert sorted((e.location, e.fatalities) for e in evs) == [("Tachdaït", 0), ("Tinzaouatène", 20)]


def test_a_reminder_tells_another_event() -> None:
    text = ("L'armée a neutralisé onze terroristes mardi et mercredi au cours d'opérations dans la province de "
            "l'Oudalan. En rappel, deux femmes sont mortes mardi dernier dans la même province quand la charrette "
            "qui les conduisait a sauté sur un engin explosif artisanal.")
    evs = extract_text(text, published=date(2021, 2, 25), lang="fr")
    assert _kinds(evs) == [("Armed clash", 11), ("Remote explosive/landmine/IED", 2)]


def test_it_should_be_recalled_tells_another_event() -> None:
    text = ("Soldiers killed eleven militants in the Oudalan province on Tuesday, the army said. It should be recalled "
            "that two women died last week in the same province when their cart hit an improvised explosive device.")
    evs = extract_text(text, published=date(2021, 2, 25))
    assert _kinds(evs) == [("Armed clash", 11), ("Remote explosive/landmine/IED", 2)]


def test_people_taken_to_an_unknown_destination_were_abducted() -> None:
    text = ("Deux cars ont été interceptés par des hommes armés non identifiés ce matin près de Parou, dans le cercle "
            "de Bandiagara. Les deux véhicules et leurs passagers ont été conduits vers une destination inconnue.")
    (ev,) = extract_text(text, published=date(2021, 11, 10), lang="fr")
    assert (ev.sub_event_type, ev.actor2) == ("Abduction/forced disappearance", "Civilians (Mali)")


def test_vehicles_intercepted_by_gunmen_are_no_weapons_seized() -> None:
    text = "Gunmen stopped two buses near Parou in Mali on Monday; the buses were intercepted by armed men and searched."
    evs = extract_text(text, published=date(2021, 11, 10))
    assert all(e.sub_event_type != "Disrupted weapons use" for e in evs)


def test_the_funeral_of_some_of_the_dead_is_no_event_and_no_toll() -> None:
    text = ("Dans la zone de Tillabéri, au Niger, 27 soldats ont été tués le 10 septembre 2025 dans deux attaques "
            "coordonnées menées par l'État islamique au Sahel. Les obsèques de 22 des militaires tués ont eu lieu le "
            "11 septembre à Tillabéri, tandis que les cinq autres, blessés lors des attaques, ont succombé à Niamey.")
    (ev,) = extract_text(text, published=date(2025, 9, 13), lang="fr")
    assert (ev.location, ev.fatalities) == ("Tillabéri", 27)


def test_a_sweep_launched_to_find_the_attackers_is_no_event_of_its_own() -> None:
    text = ("Au moins quatorze soldats nigériens ont été tués dans une embuscade tendue le 10 septembre dans la région "
            "de Tillabéri, a annoncé l'armée samedi. L'armée indique avoir lancé « une opération de ratissage de grande "
            "envergure » pour retrouver les assaillants.")
    (ev,) = extract_text(text, published=date(2025, 9, 14), lang="fr")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 14)


def test_strikes_listed_among_the_help_that_repelled_an_attack_are_part_of_the_fight() -> None:
    text = ("Le 26 août, une attaque de terroristes lourdement armés a visé la position de la Garde nationale à "
            "Bouloundjounga, près de Samira, dans la région de Tillabéri. Les soldats ont réagi, repoussant l'attaque "
            "avec l'aide de renforts et de frappes aériennes. Sept soldats ont perdu la vie. Les blessés ont été "
            "évacués par voie aérienne vers Niamey.")
    (ev,) = extract_text(text, published=date(2024, 8, 29), lang="fr")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 7)


def test_the_claimant_after_its_epithets_acts_and_the_base_where_soldiers_died_was_hit() -> None:
    text = ("At least 30 soldiers were killed at the Boulkessi army base in central Mali on Sunday in an attack "
            "claimed by the Al-Qaeda affiliated Group for the Support of Islam and Muslims (JNIM).")
    (ev,) = extract_text(text, published=date(2025, 6, 6))
    assert (ev.actor1, ev.actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")


def test_a_device_neutralised_is_a_device_defused() -> None:
    (ev,) = extract_text("Mardi 22 avril, un autre engin explosif a été neutralisé à Makalondi par les démineurs "
                         "du génie militaire nigérien.", published=date(2025, 4, 24), lang="fr")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_a_detachment_that_led_offensive_actions_fought() -> None:
    (ev,) = extract_text("Le 25 février 2025, le détachement de Lankoue dans la Boucle du Mouhoun a mené des actions "
                         "offensives contre des groupes de criminels.", published=date(2025, 3, 4), lang="fr")
    assert (ev.sub_event_type, ev.actor1) == ("Armed clash", "Military Forces of Burkina Faso")


def test_rescue_and_security_operations_after_a_blast_are_no_fight() -> None:
    text = ("One of the vehicles in the convoy hit an explosive device near Namsiguia in Bam province, killing 15 "
            "soldiers. While rescue and security operations were being organised, a second device was activated remotely.")
    (ev,) = extract_text(text, published=date(2022, 8, 10))
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_the_dead_counted_before_a_clause_on_the_attackers_are_victims() -> None:
    text = ("Gunmen killed 22 people in an attack on a village in Niger's Tillaberi region yesterday. Fifteen victims "
            "were shot at a baptism ceremony, with seven more killed in nearby areas as the attackers moved on.")
    (ev,) = extract_text(text, published=date(2025, 9, 17))
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Niger)")


def test_protesters_who_attack_a_building_riot() -> None:
    (ev,) = extract_text("Angry protesters attacked the French Embassy in Ouagadougou on Saturday.", published=date(2022, 10, 2))
    assert ev.sub_event_type == "Violent demonstration"
    (ev,) = extract_text("Des manifestants en colère ont attaqué l'ambassade de France à Ouagadougou samedi.",
                         published=date(2022, 10, 2), lang="fr")
    assert ev.sub_event_type == "Violent demonstration"


def test_mobs_that_damaged_a_building_are_mob_violence() -> None:
    (ev,) = extract_text("Anger-filled mobs also damaged the French institute in Bobo-Dioulasso on Saturday.",
                         published=date(2022, 10, 2))
    assert (ev.event_type, ev.location) == ("Riots", "Bobo-Dioulasso")


def test_the_air_force_that_neutralised_struck_from_the_air() -> None:
    text = ("Les forces aériennes des Forces de défense et de sécurité (FDS) du Niger ont réussi à neutraliser au moins "
            "une trentaine d'assaillants dans la région de Tillabéri, a annoncé l'armée mercredi soir.")
    (ev,) = extract_text(text, published=date(2024, 6, 28), lang="fr")
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Niger")


def test_a_device_discovered_beside_a_murder_does_not_make_it_a_blast() -> None:
    text = ("Un homme d'une quarantaine d'années a été assassiné hier (20/11/2023) par des individus non identifiés chez "
            "lui à Dobwo, dans la commune rurale de Bénena, cercle de Tominian. Ce drame s'est produit au moment où un "
            "engin explosif improvisé a été découvert sur le goudron entre Bénena et Mandiakuy.")
    evs = extract_text(text, published=date(2023, 11, 21), lang="fr")
    assert "Remote explosive/landmine/IED" not in {e.sub_event_type for e in evs}
    assert any(e.sub_event_type == "Attack" and e.fatalities == 1 for e in evs)


def test_a_coup_five_months_before_is_history() -> None:
    text = ("Dix personnes dont des volontaires pour la défense de la patrie (VDP) ont été tuées mercredi dans la commune "
            "de Bouroum, province du Namentenga, par des hommes armés. Cinq mois après son arrivée au pouvoir par un coup "
            "d'Etat, le président de la transition est sous pression après l'attaque de Seytenga qui a fait 86 morts.")
    (ev,) = extract_text(text, published=date(2022, 6, 19), lang="fr")
    assert (ev.location, ev.fatalities) == ("Bouroum", 10)


def test_ground_units_with_aircraft_are_one_fight_not_strikes_apart() -> None:
    text = ("Ce lundi 18 mars 2024, trois tirs de roquettes ont visé la zone aéroportuaire de Tombouctou, sans faire de "
            "dégâts.\n\nPar ailleurs, les FAMa ont repéré un groupe terroriste qui tentait d'organiser un barrage et une "
            "attaque aux abords sud de Tongui, dans le secteur de Gomitra. Les unités terrestres, en coordination, avec les "
            "vecteurs aériens ont détruit le barrage et neutralisé plusieurs terroristes.")
    evs = extract_text(text, published=date(2024, 3, 19), lang="fr")
    assert len([e for e in evs if e.location != "Timbuktu"]) == 1


def test_buses_intercepted_whose_passengers_were_taken_away_is_an_abduction() -> None:
    text = ("Trois cars de trois compagnies de transport ont été, ce samedi 14 septembre, interceptés au niveau du pont "
            "de Parou, sur la route de Bandiagara. Les jihadistes ont libéré les femmes et les enfants avant de conduire "
            "les hommes vers des destinations inconnues. La majorité des passagers partaient à Bamako pour le maouloud.")
    (ev,) = extract_text(text, published=date(2024, 9, 15), lang="fr")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.location != "Bamako"


def test_forces_that_intercepted_a_load_of_arms_disrupted_weapons_use() -> None:
    (ev,) = extract_text("Les FAMa ont intercepté mardi près de Gao un véhicule chargé d'armes et de munitions.",
                         published=date(2024, 9, 15), lang="fr")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_passengers_taken_to_an_unknown_location_were_abducted() -> None:
    (ev,) = extract_text("On January 27, unknown gunmen intercepted four vehicles in the area of Tougou, Mali; the vehicles "
                         "and the passengers were taken to an unknown location.", published=date(2023, 1, 30))
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_soldiers_that_intercepted_militants_fought_them() -> None:
    (ev,) = extract_text("On August 30, soldiers intercepted a group of JNIM militants and recovered livestock previously "
                         "rustled in the hamlet of Zimse, Burkina Faso.", published=date(2020, 9, 2))
    assert ev.sub_event_type == "Armed clash"


def test_the_dead_described_as_militiamen_are_militiamen() -> None:
    (ev,) = extract_text("On July 21, JNIM militants attacked the village of Zambila, Burkina Faso, and killed two people "
                         "described as Koglweogo militiamen.", published=date(2020, 7, 25))
    assert ev.actor2 == "Koglweogo Militia"


def test_strikes_after_a_fight_told_without_a_day_are_on_its_day() -> None:
    text = ("Une attaque a visé jeudi 26 mai 2022 le détachement militaire de Madjoari, dans la province de la Kompienga, "
            "au Burkina Faso. Onze soldats ont perdu la vie. Le communiqué ajoute que des avions de l'armée sont "
            "intervenus et ont permis de neutraliser au moins 15 terroristes qui tentaient de s'échapper après l'attaque.")
    evs = extract_text(text, published=date(2022, 5, 28), lang="fr")
    assert {(e.sub_event_type, str(e.event_date)) for e in evs} == {("Armed clash", "2022-05-26"), ("Air/drone strike", "2022-05-26")}
