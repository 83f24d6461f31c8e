"""Stop 50's conventions of wording: which sentences tell the news, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.extract.background import background_reason

PUB = date(2023, 12, 4)


def test_the_attack_as_subject_says_where_it_struck_whatever_it_compares_it_with() -> None:
    sentence = ("The attack targeted a village in the Circle of Bankass in the Mopti region – one of several areas "
                "where jihadist groups have been waging an insurgency since 2012.")
    assert background_reason(sentence, "en", 2023) is None
    assert background_reason("L'attaque a visé un village du cercle de Bankass, une zone en proie aux violences depuis 2015.",
                             "fr", 2023) is None
    # a sentence that is history stays history
    assert background_reason("Jihadist groups have been waging an insurgency in the region since 2012.", "en", 2023)


def test_the_attack_as_subject_places_the_event() -> None:
    text = ("Over 20 civilians were killed in an attack in central Mali on Saturday, a local official said on Sunday. "
            "The attack targeted a village in the Circle of Bankass in the Mopti region – one of several areas in "
            "Mali's north and centre where jihadist groups have been waging an insurgency since 2012.")
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.location, ev.admin1) == ("Bankass", "Mopti")


def test_another_storys_link_amid_the_storys_lines_is_no_part_of_it() -> None:
    text = ("A jihadist assault on a village in western Niger killed 44 civilians on Friday, the Interior Ministry said.\n"
            "The attack occurred in Fambita, a village of the rural commune of Kokorou, the ministry stated.\n"
            "At least 10 Nigerien soldiers are killed in an ambush, the army says\n"
            "The gunmen also set fire to a market and homes before withdrawing, it added.\n")
    events = extract_text(text, published=date(2025, 3, 23), lang="en")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Attack", "Fambita", 44)]


def test_a_subheading_amid_the_storys_lines_stays_part_of_it() -> None:
    text = ("Gunmen attacked the village of Fambita in western Niger on Friday, the Interior Ministry said.\n"
            "Three soldiers killed in the attack\n"
            "The gunmen also set fire to a market and homes before withdrawing, it added.\n")
    events = extract_text(text, published=date(2025, 3, 23), lang="en")
    assert [e.fatalities for e in events] == [3]


def test_raiders_who_disperse_are_no_crowd_dispersed() -> None:
    text = ("Jihadists killed 33 people in an attack on the village of Zaroumadareye in western Niger on Saturday. "
            "Usually two fighters ride a single motorcycle, allowing the jihadists to gather shortly before an attack "
            "and disperse just as quickly.")
    events = extract_text(text, published=date(2021, 1, 5), lang="en")
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_a_crowd_dispersed_by_force_is_still_a_protest_with_intervention() -> None:
    for text in ("Police used tear gas to disperse the protesters in Bamako on Monday.",
                 "Hundreds of protesters marched in Niamey on Monday. The protesters were then dispersed by police.",
                 "Hundreds of protesters were forcibly dispersed in Niamey on Monday."):
        events = extract_text(text, published=date(2023, 8, 1), lang="en")
        assert [e.sub_event_type for e in events] == ["Protest with intervention"], text


def test_an_armed_groups_blockade_is_no_riot() -> None:
    text = ("JNIM fighters overran the army base in Djibo on Sunday, killing dozens of soldiers. "
            "The group has since blocked road access to the Djibo base, which further isolates the area.")
    events = extract_text(text, published=date(2025, 5, 14), lang="en")
    assert "Violent demonstration" not in [e.sub_event_type for e in events]


def test_how_raids_usually_go_is_no_event() -> None:
    assert background_reason("Most jihadist raids in the Sahel are lightning fast, such as regular assaults on military camps.",
                             "en", 2021)
    assert background_reason("Usually two fighters ride a single motorcycle before an attack.", "en", 2021)
    assert background_reason("La plupart des attaques jihadistes sont menées à moto.", "fr", 2021)
    assert background_reason("Jihadists attacked military camps in Djibo on Monday.", "en", 2021) is None


def test_where_survivors_took_refuge_is_not_where_it_happened() -> None:
    text = ("Islamist raiders killed 105 civilians on Saturday in the village of Tchouma Bangou in western Niger. "
            "After one of the deadliest jihadist massacres in the Sahel, two survivors now taking refuge in the town "
            "of Ouallam told AFP of their ordeal.")
    events = extract_text(text, published=date(2021, 1, 5), lang="en")
    assert [e.location for e in events] == ["Tchoma Bangou"]


def test_a_killing_days_later_in_a_neighbouring_town_is_another_event() -> None:
    text = ("Bandits gathered people from a village in Dioundiou on the night of February 22-23 and opened fire, "
            "killing 14 people. The report stated that two nights later, attackers killed two people in a neighbouring town.")
    events = extract_text(text, published=date(2022, 3, 2), lang="en")
    assert events[0].location == "Dioundiou" and events[0].fatalities == 14


def test_days_after_the_violence_told_is_no_other_event() -> None:
    text = ("Au moins 13 personnes ont péri dans des affrontements entre Peuls et Bambaras à Kama, dans le centre du Mali, "
            "la semaine dernière. « Trois jours après les violences ayant opposé les communautés à Kama, le dernier bilan "
            "établi est de vingt morts », selon le ministère.")
    events = extract_text(text, published=date(2017, 2, 15), lang="fr")
    assert len(events) == 1


def test_another_source_at_the_openings_edge_is_no_other_event() -> None:
    from conflictwire.extract.segment import _separated, _separators
    from conflictwire.textutil import fold

    # ("une autre" ends the sentence's first 80 characters; "source" follows it)
    sentence = fold("L’attaque et les pertes dans les rangs jihadistes ont été confirmées par une autre source sécuritaire.")
    cut = sentence.index("autre") + len("autre")
    assert not _separated(_separators("fr"), sentence, cut)
    other = fold("Les pertes dans les rangs jihadistes ont été lourdes lors d'une autre attaque contre la base de Djibo.")
    assert _separated(_separators("fr"), other, other.index("autre") + len("autre"))


def test_this_attack_after_history_told_is_that_historys() -> None:
    text = ("Des hommes armés ont attaqué la base militaire de Djibo lundi 24 octobre 2022. Le bilan provisoire fait état "
            "de 10 militaires tombés au cours des combats.\n"
            "Fin septembre 2022, un convoi en route pour Djibo avait été la cible d'une attaque terroriste. "
            "Cette attaque, revendiquée par le Gsim, a officiellement fait 37 victimes, dont 27 militaires.")
    events = extract_text(text, published=date(2022, 10, 25), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Djibo", 10)]


def test_bodies_counted_in_the_sweep_after_a_fight_are_the_fights_dead() -> None:
    text = ("Des hommes armés ont attaqué la base militaire de Djibo lundi 24 octobre 2022. Le bilan provisoire fait état "
            "de 10 militaires tombés au cours des combats. Au moins 18 corps de terroristes ont été dénombrés au cours "
            "des opérations de ratissage, selon l'armée.")
    events = extract_text(text, published=date(2022, 10, 25), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Djibo", 28)]


def test_police_who_dispersed_a_crowd_intervened() -> None:
    for text in ("Police dispersed the protesters in Ouagadougou on Monday.",
                 "Malian police have dispersed a demonstration of a hundred people in Bamako on Wednesday."):
        events = extract_text(text, published=date(2023, 8, 1), lang="en")
        assert [e.sub_event_type for e in events] == ["Protest with intervention"], text


def test_tel_est_le_bilan_is_no_place() -> None:
    text = ("Au moins vingt-cinq personnes abattues. Tel est le bilan d'une attaque d'hommes armés dans la région de "
            "Tahoua, dans l'ouest du Niger, selon un communiqué publié mercredi.")
    events = extract_text(text, published=date(2021, 11, 18), lang="fr")
    assert [(e.location, e.admin1) for e in events] == [("Tahoua", "Tahoua")]


def test_earlier_this_month_in_french_is_history() -> None:
    assert background_reason("Début novembre courant, près de soixante-neuf civils ont été tués à Tillabéri.", "fr", None)


def test_a_sweep_that_goes_on_is_no_event() -> None:
    text = ("Au moins vingt-cinq membres d'un groupe d'auto-défense ont été tués dans des combats contre des hommes armés "
            "dans la région de Tahoua mercredi. Une source sécuritaire affirme que les opérations de ratissage se poursuivent.")
    events = extract_text(text, published=date(2021, 11, 18), lang="fr")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].actor2 is not None and "Militia" in events[0].actor2


def test_the_paragraph_that_opened_an_event_placed_it() -> None:
    text = ("Des soldats et des chasseurs dozos ont été accusés d'exactions dans la région de Ségou.\n\n"
            "Les militaires sont arrivés à Kabanbougou vers 10 heures, le mardi 28 janvier 2025. Ils ont incendié des "
            "maisons. Deux personnes ont été arrêtées.\n\n"
            "Par la suite, les militaires sont passés par le village de Diarrakala, dans la commune de Boky Wéré. "
            "Au total, treize personnes ont été tuées dans ce village.")
    events = extract_text(text, published=date(2025, 1, 31), lang="fr")
    assert {e.location for e in events} >= {"Kabanbougou", "Diarakala"}


def test_a_file_photos_caption_before_the_story_dates_and_places_nothing() -> None:
    text = ("(FILES) In this file photo taken on February 03, 2020 soldiers patrol aboard a pick-up truck on the road "
            "from Dori to the Goudebo refugee camp. - At least 12 troops were killed in an attack by suspected jihadists "
            "on the military detachment of Namissiguima in Burkina Faso, local sources said on April 8, 2022.")
    events = extract_text(text, published=date(2022, 4, 8), lang="en")
    assert [(e.location, str(e.event_date)[:4]) for e in events] == [("Namissiguima", "2022")]


def test_a_dash_after_a_full_stop_opens_a_sentence() -> None:
    from conflictwire.nlp import split_sentences

    sents = split_sentences("Soldiers patrol on the road to Dori. - At least 12 troops were killed on Friday.")
    assert [s.text for s in sents] == ["Soldiers patrol on the road to Dori.", "At least 12 troops were killed on Friday."]


def test_another_wounded_in_a_toll_is_no_other_event() -> None:
    from conflictwire.extract.segment import _separated, _separators
    from conflictwire.textutil import fold

    sentence = fold('Le bilan provisoire est de "25 personnes tuées, une autre blessée et deux véhicules brûlés", ajoute-t-il.')
    assert not _separated(_separators("fr"), sentence, 80)
    other = fold("Le ministère a déploré une autre attaque contre la localité de Témaram, dans le département de Tahoua.")
    assert _separated(_separators("fr"), other, 80)


def test_coup_leaders_and_a_time_since_the_coup_are_no_coup() -> None:
    for text in ("The United Nations said on Friday it was trying to get in touch with the coup leaders in Niger.",
                 "Prices have doubled in Niamey since the coup, traders said on Friday.",
                 "Les prix ont doublé à Niamey depuis le coup d'État, selon des commerçants."):
        events = extract_text(text, published=date(2023, 9, 1), lang="fr" if "Les" in text else "en")
        assert "Other" not in [e.sub_event_type for e in events], text
    (ev,) = extract_text("Soldiers staged a coup in Niamey on Wednesday, detaining the president.", published=date(2023, 7, 27),
                         lang="en")
    assert ev.sub_event_type == "Other"


def test_abductees_found_dead_days_later_are_no_new_event() -> None:
    text = ("Au moins 24 personnes ont été tuées dimanche dans l'attaque terroriste du village de Pansi, dans le nord du "
            "Burkina Faso, a annoncé lundi le gouverneur.\n\n"
            "« Le bilan provisoire fait état de 24 personnes assassinées, dont le pasteur d'une église », a écrit le gouverneur. "
            "Un précédent bilan faisait état d'au moins dix tués. Le 10 février, un groupe terroriste avait fait irruption dans "
            "la ville de Sebba, avant d'enlever sept personnes dans le domicile d'un pasteur. Trois jours plus tard, cinq "
            "personnes dont le pasteur ont été retrouvées mortes, selon le gouverneur.")
    events = extract_text(text, published=None, lang="fr")
    assert [e.location for e in events] == ["Pansi"]


def test_people_killed_in_lattaque_terroriste_are_no_terrorists() -> None:
    (ev,) = extract_text("Au moins 24 personnes ont été tuées dimanche dans l'attaque terroriste du village de Pansi, "
                         "dans le nord du Burkina Faso.", published=date(2020, 2, 18), lang="fr")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Burkina Faso)")


def test_a_paragraph_on_another_province_opens_another_event() -> None:
    text = ("At least 15 soldiers have been killed when a transport vehicle drove over a hidden explosive device on a rural "
            "road in the Bam province of the country's Central-North region, the army said on Tuesday.\n\n"
            "On Monday, a suspected militant attack killed six civilians and four security auxiliaries in the northern "
            "province of Yatenga, a security source said.\n")
    events = extract_text(text, published=date(2022, 8, 9), lang="en")
    assert sorted((e.admin1, e.fatalities) for e in events) == [("Centre-Nord", 15), ("Nord", 10)]


def test_took_the_lives_of_is_a_killing_and_thousands_killed_is_a_statistic() -> None:
    (ev,) = extract_text("An alleged militant operation took the lives of four soldiers and nine auxiliaries on Thursday in "
                         "the Bourzanga district, the army said.", published=date(2022, 8, 9), lang="en")
    assert ev.fatalities == 13
    assert background_reason("In Burkina Faso, violence blamed on militants has killed thousands of people.", "en", None)


def test_hundreds_of_thousands_killed_is_a_statistic() -> None:
    assert background_reason("Hundreds of thousands of people have been killed and millions forced from their homes as the "
                             "extremist groups have attacked cities, villages and military bases.", "en", None)
    assert background_reason("Des milliers de personnes ont été tuées depuis 2015.", "fr", None)


def test_the_title_repeated_under_a_breadcrumb_is_no_other_storys_title() -> None:
    from conflictwire.extract.segment import another_storys_title
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Home World In an ambush in western Niger, 16 soldiers were killed and another...\n\n"
            "In an ambush in western Niger, 16 soldiers were killed and another one missing\n\n"
            "Sixteen soldiers of the National Guard were killed on Saturday in an ambush in the Tillia area, officials said.\n")
    doc = Pipeline().make_doc(Article(doc_id="t", text=text), "en")
    assert not another_storys_title(doc, 1)


def test_counts_before_respectively_and_the_places_after_it_pair_in_order() -> None:
    text = ("Des islamistes ont attaqué quatre villages de la région de Diffa. Deux pêcheurs et une personne ont été tués "
            "respectivement à Chétimari et à Droum, deux des quatre villages visés.")
    events = extract_text(text, published=date(2019, 3, 20), lang="fr")
    assert sorted((e.location, e.fatalities) for e in events) == [("Chétimari", 2), ("Droum", 1)]


def test_a_post_attacked_with_no_kind_told_is_the_forces() -> None:
    (ev,) = extract_text("Des combattants affiliés à Al-Qaïda ont attaqué un poste à Melga, près de la frontière avec la "
                         "Mauritanie, mardi.", published=date(2023, 5, 12), lang="fr")
    assert ev.sub_event_type == "Armed clash"
    (ev,) = extract_text("Des hommes armés ont attaqué un poste de santé à Melga mardi.", published=date(2023, 5, 12), lang="fr")
    assert ev.sub_event_type != "Armed clash"


def test_a_first_strike_carried_out_is_a_strike() -> None:
    (ev,) = extract_text("Samedi, au nord-est de Diafarabé, région de Mopti, une première frappe a été menée contre un groupe "
                         "armé terroriste.", published=date(2026, 2, 23), lang="fr")
    assert ev.sub_event_type == "Air/drone strike"


def test_a_group_of_at_least_five_neutralised_counts_five() -> None:
    (ev,) = extract_text("Samedi, au sud d'Attara, une frappe aérienne a neutralisé un groupe armé d'au moins cinq personnes.",
                         published=date(2026, 2, 23), lang="fr")
    assert ev.fatalities == 5


def test_who_found_the_body_did_not_strike() -> None:
    text = ("Le chef de village de Boni a été retrouvé assassiné, ce mardi 12 novembre. Selon des sources locales, le corps "
            "du notable a été retrouvé par des habitants de la zone, moins de 24h après son enlèvement par des individus armés.")
    events = extract_text(text, published=date(2024, 11, 13), lang="fr")
    assert events and all(e.actor1 != "Civilians (Niger)" and "Civilians" not in (e.actor1 or "") for e in events)
