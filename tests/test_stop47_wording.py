"""Stop 47's conventions of wording and of ACLED coding, each on a short text."""

from __future__ import annotations

from conflictwire import extract_text


def _one(text: str):  # type: ignore[no-untyped-def]
    events = extract_text(text)
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    return events[0]


def test_a_region_named_a_vowel_off_is_that_region() -> None:
    # a letter lost in transcription ("Tillabéri" written "Tillabri") still names the region the
    # report calls a region
    ev = _one("Gunmen killed at least 22 civilians in the Tillabri region of Niger on Sunday.")
    assert (ev.admin1, ev.country) == ("Tillabéri", "Niger")
    ev = _one("Des hommes armés ont tué cinq civils dans la région de Tombouctu, au Mali.")
    assert ev.admin1 == "Tombouctou"


def test_a_region_spelling_needs_one_region_and_a_long_name() -> None:
    from conflictwire.geo.admin import region_spelt

    assert region_spelt("tillabri") == ("NE", "Tillabéri")
    assert region_spelt("gao") is None  # too short to be read a vowel off
    assert region_spelt("ouagadougou") is None  # no region's name


def test_the_mayor_of_the_nearby_town_sits_there_the_event_is_at_the_village() -> None:
    ev = _one("Nine soldiers were killed near Bodio village in Mopti, Mali. Moulaye Guindo, the mayor of the "
              "nearby town of Bankass, said the attack took place near the village of Bodio.")
    assert ev.location == "Bodio"


def test_a_word_prefix_before_a_hyphen_is_no_place() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("The Pro-Islam and Muslim Organization (GSIM) claimed both attacks in Burkina Faso.",
                           actor_spans=Spans())
    assert [m.text for m in found] == ["Burkina Faso"]


def test_an_attack_repelled_is_a_battle_whatever_its_weapon() -> None:
    ev = _one("Nine soldiers were killed near Bodio in Mopti, Mali, on Wednesday. The army said it repelled a "
              "complex improvised explosive device attack.")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_every_counted_item_of_a_list_of_dead_counts() -> None:
    ev = _one("L'armée a indiqué mardi que 10 gendarmes, 2 milices volontaires et 1 civil ont perdu la vie "
              "dans une attaque à Falangoutou, au Burkina Faso.")
    assert ev.fatalities == 13
    # the unnamed attackers fought the forces the list names first: a battle with the gendarmes
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert ev.actor2 == "Police Forces of Burkina Faso Gendarmerie"


def test_the_forces_in_a_list_of_the_dead_are_the_side_hit() -> None:
    ev = _one("Ten gendarmes and one civilian were killed in an attack in Falangoutou, Burkina Faso.")
    assert (ev.event_type, ev.actor1, ev.actor2) == (
        "Battles", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie")


def test_volunteer_militias_are_the_vdp() -> None:
    ev = _one("Deux milices volontaires ont été tuées dans une attaque à Falangoutou, au Burkina Faso.")
    assert ev.actor2 == "VDP: Volunteers for the Defense of the Homeland"


def test_one_missing_in_a_toll_list_is_no_abduction() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    doc = Pipeline().make_doc(Article(doc_id="t", text="Le bilan de cette attaque est de 16 morts, 6 blessés et un porté "
                                                       "disparu, a annoncé le gouverneur de Tahoua, au Niger."))
    assert "Abduction/forced disappearance" not in {t.sub_event_type for t in doc.triggers}


def test_yesterday_glossed_with_its_weekday_is_that_day() -> None:
    events = extract_text("Seize soldats nigériens ont été tués samedi 1er mai dans une embuscade contre une patrouille "
                          "dans la zone de Tillia, au Niger, ont indiqué dimanche les autorités.\n\n"
                          "« Nos hommes sont tombés hier (samedi) dans une embuscade dans le département de Tillia. "
                          "Le bilan est de 16 morts », a annoncé le gouverneur.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Tillia")]


def test_aircraft_beside_the_troops_riposte_backed_the_battle() -> None:
    ev = _one("Au moins dix soldats nigériens ont été tués vendredi lors d'une embuscade tendue par un groupe "
              "terroriste à Intagamey, au Niger. Selon le communiqué, la riposte des soldats et l'intervention "
              "prompte des vecteurs aériens ont forcé les assaillants à se replier.")
    assert ev.sub_event_type == "Armed clash"


def test_a_landmark_the_event_is_told_some_km_from_is_no_other_place() -> None:
    # Sinsina lies about 5 km from Koutiala: "about ten km from Koutiala" tells the same abduction
    events = extract_text("Trois Italiens et un Togolais ont été enlevés jeudi soir dans la localité de Sincina, "
                          "au Mali, a déclaré une source sécuritaire.\n\n"
                          "De son côté, un élu local a déclaré que des hommes armés ont enlevé trois Italiens et un "
                          "Togolais à une dizaine de km de Koutiala.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_the_day_of_the_trigger_s_clause() -> None:
    from datetime import date

    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("The French convoy was able to leave Burkina Faso on Friday but ran into new protests on Saturday "
            "morning in the western Niger town of Tera, where two protesters were killed.")
    events = Pipeline()(Article(doc_id="t", text=text, published=date(2021, 11, 28)))
    assert [e.event_date for e in events] == [date(2021, 11, 27)]


def test_a_sentence_with_its_own_day_place_and_actor_opens_the_next_event() -> None:
    events = extract_text("Le 20 août 2022, le check-point des FAMa de Ménaka, au Mali, a repoussé une attaque "
                          "terroriste, un assaillant neutralisé. Le 10 août 2022, les FAMa ont mené une reconnaissance "
                          "contre des positions terroristes dans la zone de Boni. Le bilan fait état de 8 terroristes "
                          "neutralisés.")
    assert [(e.location, e.fatalities) for e in events] == [("Ménaka", 1), ("Boni", 8)]


def test_a_summit_on_other_days_opens_no_event() -> None:
    # (a guard: a day and a place with no one acting there)
    events = extract_text("Militants killed 16 soldiers on Monday near the town of Inates, Niger. Niger hosts the "
                          "African Union summit from July 6-9 in the capital Niamey. Two security sources confirmed "
                          "the death toll.")
    assert [e.location for e in events] == ["Inates"]


def test_operations_summed_over_a_period_are_no_event() -> None:
    events = extract_text("Les FAMa ont annoncé avoir neutralisé 76 terroristes durant la période allant du 10 au "
                          "20 août, dans les régions de Mopti, Ségou et Ménaka. Le 13 août, au cours d'une opération "
                          "dans le secteur de Balaguina, cercle de Sofara, les FAMa ont neutralisé 5 terroristes. "
                          "Des armes ont été récupérées.")
    assert [e.fatalities for e in events] == [5]


def test_the_night_from_one_day_to_the_next_is_one_event() -> None:
    # (a guard: "la nuit du 27 au 28 août" is no period of operations)
    events = extract_text("Durant la nuit du 27 au 28 août, des hommes armés ont attaqué la brigade de gendarmerie "
                          "de Pama, au Burkina Faso.")
    assert [e.location for e in events] == ["Pama"]


def test_terrorist_bases_destroyed_by_the_forces_are_a_battle() -> None:
    ev = _one("Les FAMa ont procédé samedi à la destruction de deux bases logistiques terroristes dans la localité "
              "d'Alatona, cercle de Niono, au Mali.")
    assert ev.sub_event_type == "Armed clash"
    ev = _one("Soldiers destroyed a terrorist camp near Kabonga, Burkina Faso, on Wednesday.")
    assert ev.sub_event_type == "Armed clash"


def test_where_a_teller_is_is_no_place_of_the_event() -> None:
    events = extract_text("Jihadis on Friday night launched an assault on civilians in Solhan village in Burkina "
                          "Faso's Yagha province, shooting people and burning down homes.\n\n"
                          "An aid worker in Sebba said there were more than 40 people with bullet wounds and burns "
                          "from fleeing the attack.")
    assert [e.location for e in events] == ["Solhan"]


def test_an_army_struggling_to_stem_an_insurgency_is_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("For five years, the army has been struggling to stem a jihadi insurgency linked "
                             "to al-Qaida.", "en", None) is not None
    assert background_reason("L'armée peine à endiguer les attaques jihadistes.", "fr", None) is not None


def test_a_toll_risen_by_some_is_the_total_it_reached() -> None:
    ev = _one("The death toll from a weekend attack on the village of Seytenga in northern Burkina Faso rose by "
              "seven, taking the number killed to 86, authorities said on Wednesday. The previous toll in the "
              "Seytenga attack stood at 79.")
    assert ev.fatalities == 86


def test_a_toll_word_and_its_rise_may_stand_a_place_apart() -> None:
    ev = _one("The death toll from the attack in Seytenga, Burkina Faso, has risen to 86.")
    assert ev.fatalities == 86


def test_the_dead_in_terrorist_attacks_are_not_the_terrorists() -> None:
    ev = _one("Au moins dix personnes ont été tuées lundi dans des attaques terroristes à Fiego, au Niger.")
    assert (ev.sub_event_type, ev.actor2, ev.fatalities) == ("Attack", "Civilians (Niger)", 10)


def test_the_road_s_ends_give_way_to_the_town_it_was_hit_at() -> None:
    ev = _one("The ministry said in a statement that \u201ca group of the Nigerien armed forces, which was moving "
              "between Boni and Torodi, fell victim to a terrorist ambush on the outskirts of the town of Kotogo\u201d "
              "near the border with Mali in the Tillaberi region (southwest) on Tuesday afternoon.")
    assert ev.location == "Kotogo"


def test_a_photo_credit_run_into_the_dateline_leaves_the_story() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Click to expand Image © 2013 Human Rights Watch (Nairobi) – Malian armed forces "
                             "executed an estimated 300 civilian men in the town of Moura.", "en", None) is None
    assert background_reason("Click to expand Image © 2013 Human Rights Watch", "en", None) is not None


def test_a_rights_group_s_findings_are_news_weeks_later() -> None:
    from datetime import date

    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Mali: Massacre by Army, Foreign Soldiers\n\n"
            "Malian armed forces and associated foreign soldiers allegedly summarily executed an estimated 300 "
            "civilian men in the central Malian town of Moura in late March 2022, Human Rights Watch said today.")
    events = Pipeline()(Article(doc_id="t", text=text, published=date(2022, 4, 5)))
    assert [(e.location, e.fatalities) for e in events] == [("Moura", 300)]


def test_a_conflict_that_began_a_decade_ago_is_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Since the armed conflict began a decade ago, armed groups have killed hundreds "
                             "of civilians.", "en", None) is not None


def test_a_demonstration_told_again_earlier_in_the_day_is_one_event() -> None:
    events = extract_text("Des milliers de personnes ont manifesté dimanche devant l'ambassade française à Niamey, au "
                          "Niger.\n\nLa France répliquera en cas d'attaque, a réagi l'Elysée dimanche. Des milliers de "
                          "personnes ont manifesté plus tôt dans la journée devant l'ambassade française à Niamey.\n\n"
                          "Certains ont arraché la plaque de l'ambassade avant de la piétiner. Ils ont été dispersés "
                          "par des grenades lacrymogènes.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Niamey")]


def test_protesters_injured_by_foreign_soldiers_met_an_intervention() -> None:
    ev = _one("Three protesters were injured by French soldiers in the town of Kaya in Burkina Faso on Saturday "
              "during the third day of a blockade against a French military convoy.")
    assert (ev.sub_event_type, ev.actor2) == ("Protest with intervention", "Military Forces of France")


def test_a_protest_called_for_another_day_or_a_series_of_them_is_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("A protest is scheduled for Wednesday.", "en", None) is not None
    assert background_reason("The blockade is the latest in a series of protests across the nation.", "en", None) is not None
    assert background_reason("Une marche est prévue samedi à Niamey.", "fr", None) is not None


_UNPLACED = ("Burkina Faso is facing a jihadist insurgency. The army has struggled for years. Analysts say "
             "the state has lost ground. Gunmen killed 12 civilians in Burkina Faso, a local source said. "
             "The government has not commented. Aid groups warn of hunger.")


def test_an_article_s_event_placed_only_at_its_country_is_a_candidate() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    assert extract_text(_UNPLACED) == []
    events = Pipeline(include_candidates=True)(Article(doc_id="t", text=_UNPLACED))
    assert [(e.location, e.candidate) for e in events] == [("Burkina Faso", True)]


def test_a_part_of_the_country_named_keeps_the_event() -> None:
    text = _UNPLACED.replace("in Burkina Faso, a local", "in northern Burkina Faso, a local")
    assert [e.fatalities for e in extract_text(text)] == [12]


def test_a_short_note_placed_at_its_country_keeps_its_event() -> None:
    assert len(extract_text("Gunmen killed 12 civilians in Burkina Faso, a local source said.")) == 1


def test_thousands_dead_and_months_apart_are_statistics() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Explosions and direct attacks on civilians have caused the deaths of over 2,354 "
                             "people.", "en", None) is not None
    assert background_reason("Between November 2019 and June 2020, mass graves were found in Djibo.", "en", None) is not None
    # (a guard: a crowd of thousands is no toll)
    assert background_reason("About 5,000 people demonstrated for the release of the minister.", "en", None) is None


def test_a_figure_quoted_inside_its_phrase_is_read() -> None:
    ev = _one('Une source locale a mentionné une "vingtaine" de morts dans l\'attaque de Bourasso, au Burkina Faso.')
    assert ev.fatalities == 20


def test_a_figure_given_earlier_gives_way_to_the_one_now_told() -> None:
    ev = _one("Dans la nuit de dimanche à lundi, les civils de la commune de Bourasso, au Burkina Faso, ont été la cible "
              "d'une attaque. Le bilan provisoire de cette attaque est de 22 morts, indique le gouverneur. Plus tôt "
              "dans la journée, une source locale avait évoqué une quinzaine de morts.")
    assert ev.fatalities == 22


def test_an_article_before_an_event_noun_counts_no_one() -> None:
    ev = _one("JNIM has announced that it executed a large-scale assault on the Malian army in Boulikessi, Mali. "
              "The attack led to the death of over 30 soldiers.")
    assert ev.fatalities == 30


def test_a_region_told_just_before_a_village_places_it() -> None:
    # the gazetteer's only Baroua lies in Zinder: "in the Diffa region near Baroua" is another one
    ev = _one("A patrol in the Diffa region near Baroua, Niger, was ambushed on Sunday, killing five soldiers.")
    assert (ev.location, ev.admin1) == ("Baroua", "Diffa")


def test_the_whole_a_count_is_out_of_is_no_toll() -> None:
    ev = _one("A post of the army was attacked in Niaktiré, Niger, on Sunday. Out of the 130 soldiers stationed "
              "there, 27 were confirmed dead.")
    assert ev.fatalities == 27


def test_a_title_past_a_page_s_labels_tells_the_story() -> None:
    events = extract_text("AFRICA\n\nNiger declares mourning period after 20 soldiers killed in Tillaberi\n\n"
                          "Twenty Nigerien soldiers and a civilian were killed on Tuesday in an attack by \u201ca "
                          "coalition of terrorist groups\u201d on the outskirts of the village of Tassia in the Tillaberi "
                          "region, the government said.")
    assert [(e.location, e.actor1) for e in events] == [("Tassia", "Unidentified Armed Group (Niger)")]


def test_a_region_called_so_names_the_report_s_country() -> None:
    # no country is named, but "la région de Tillaberi" is Niger's: Tira is Niger's Tira
    events = extract_text("Des hommes armés ont tué 21 civils jeudi près de la ville de Tira, a déclaré l'armée. "
                          "L'attaque visait un bus dans la région de Tillaberi.")
    assert [(e.location, e.country) for e in events] == [("Tira", "Niger")]


def test_one_of_its_soldiers_is_one_dead() -> None:
    ev = _one("Un de ses soldats a été tué vendredi près de Téra, au Niger, lorsqu'une bombe improvisée a été lancée "
              "contre un véhicule militaire.")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 1)
    ev = _one("One of its soldiers was killed on Friday near Tera, Niger, when an improvised bomb hit a military vehicle.")
    assert (ev.sub_event_type, ev.fatalities) == ("Remote explosive/landmine/IED", 1)


def test_a_reprisal_is_another_event() -> None:
    from datetime import date

    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Des hommes armés circulant à moto ont tué 21 civils dans l'ouest du Niger, a déclaré l'armée.\n"
            "L'attaque a eu lieu jeudi dernier près de la ville de Téra.\n"
            "Un de ses soldats a été tué lors d'une attaque de représailles vendredi, lorsqu'une bombe "
            "improvisée a été lancée contre un véhicule militaire, a indiqué l'armée.")
    events = Pipeline()(Article(doc_id="t", text=text, published=date(2024, 12, 10)))
    assert [e.sub_event_type for e in events] == ["Attack", "Remote explosive/landmine/IED"]


def test_after_the_camp_fell_the_attack_on_the_village_is_another_event() -> None:
    events = extract_text("À Farabougou, au Mali, au moins 21 soldats ont été tués mercredi dans l'assaut du camp militaire "
                          "mené par des combattants du JNIM. Le camp est tombé après un violent affrontement.\n\n"
                          "Après la prise du camp militaire, les assaillants ont visé le village. Au moins six civils ont "
                          "été tués.")
    assert len(events) == 2 and events[0].fatalities == 21


def test_a_country_described_in_apposition_is_no_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Une vingtaine de personnes ont été tuées lundi dans un village de la région de "
                             "Tillabéri, au Niger, pays sahélien régulièrement ciblé par les groupes jihadistes.",
                             "fr", None) is None


def test_the_loss_of_people_is_a_toll() -> None:
    ev = _one("Une attaque perpétrée par des bandits armés le lundi 20 mai 2024 dans le village de Djambala, au Niger, "
              "a malheureusement causé la perte d'une vingtaine de personnes.")
    assert ev.fatalities == 20


def test_a_convoy_targeted_in_the_present_is_attacked() -> None:
    ev = _one("Lundi dernier, dans la région du Sahel, au Burkina Faso, un convoi de ravitaillement escorté par des "
              "soldats est visé par des jihadistes près de Gorom-Gorom.")
    assert ev.event_type == "Battles"


def test_militants_who_struck_positions_attacked_them() -> None:
    ev = _one("On August 16, militants struck pro-government positions in the village of Kourézina, Burkina Faso.")
    assert ev.location == "Kourézina"


def test_a_country_hit_by_a_wave_of_attacks_is_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Between August 16-17, Burkina Faso was hit by a wave of attacks claimed by ISIS.", "en", None)


def test_a_name_told_as_a_place_once_is_that_place_again() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("Militants struck positions in the villages of Kourezina and Diberi, Burkina Faso. On August 17, "
                           "Diberi was attacked again.", actor_spans=Spans())
    assert [m.text for m in found].count("Diberi") == 2


def test_the_hospital_the_wounded_were_taken_to_is_no_place_of_the_event() -> None:
    events = extract_text("Armed men attacked the village of Barsalogho, Burkina Faso, on Saturday, killing numerous "
                          "civilians. Most of the wounded were taken to a hospital in the regional capital of Kaya.")
    assert [e.location for e in events] == ["Barsalogho"]
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("Most of the wounded were taken to a hospital in the regional capital of Kaya.", actor_spans=Spans())
    assert found == []


def test_stolen_cattle_described_is_no_looting() -> None:
    ev = _one("Le 19 septembre, une autre opération aéroterrestre a visé un groupe de terroristes à moto transportant du "
              "bétail volé près de Mangaizé, au Niger. Cette opération a permis de tuer au moins douze terroristes.")
    assert (ev.sub_event_type, ev.fatalities) == ("Armed clash", 12)


def test_militants_on_motorbikes_who_looted_still_looted() -> None:
    # (a guard: "motorbikes looted" is the militants' act, not goods described)
    ev = _one("On February 2, militants aboard motorbikes looted supplies and cash in the village of Yalanga, Burkina Faso.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_a_while_clause_counts_on_its_own() -> None:
    ev = _one("Jihadists stormed an army checkpoint in Tessit, Mali. This second clash ended with the death of two "
              "soldiers and nine attackers, while another ten soldiers were injured.")
    assert ev.fatalities == 11


def test_towns_listed_after_a_colon_are_each_struck() -> None:
    events = extract_text("On Tuesday, simultaneous jihadist assaults targeted seven towns in Mali: Niono, Molodo, Sandaré, "
                          "Nioro du Sahel, Diboli, Gogui, and Kayes.")
    assert len(events) == 7


def test_a_division_in_brackets_is_no_item_of_a_list() -> None:
    from conflictwire.extract.per_place import listed_places
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    doc = Pipeline().make_doc(Article(doc_id="t", text="Les villages de Bourari (commune de Lewol Géou), Madina (commune de "
                                                       "Kendié), Banguel et Gaza, au Mali, ont été attaqués."))
    assert [p.text for p in listed_places(doc, 0)] == ["Bourari", "Madina", "Banguel", "Gaza"]


def test_a_place_s_years_of_war_in_a_where_clause_leave_the_news() -> None:
    events = extract_text("The government said the attack on the convoy occurred on Monday in the community of Gaskinde "
                          "in the province of Soum, where since 2015, armed organisations have intensified operations. "
                          "At least 11 soldiers were killed.")
    assert [e.location for e in events] == ["Gaskindé"]
