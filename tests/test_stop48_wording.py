"""Stop 48's conventions of wording, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.extract.background import background_reason

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


def test_kidnappings_earlier_this_year_are_not_the_news() -> None:
    text = ("Un ressortissant américain a été enlevé dans la nuit du 21 au 22 octobre à Niamey, au Niger. "
            "Plus tôt cette année, plusieurs humanitaires avaient été kidnappés dans la région de Tillabéri.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert (ev.sub_event_type, ev.location) == ("Abduction/forced disappearance", "Niamey")


def test_the_same_group_is_the_group_of_the_event_told_before() -> None:
    text = ("JNIM claimed an assault on the army base in Boulikessi on Sunday, killing 30 soldiers. "
            "In the aftermath of the Boulikessi attack, the same group targeted military forces in the "
            "historic city of Timbuktu on Monday.")
    evs = extract_text(text, published=date(2025, 6, 3))
    assert {e.actor1 for e in evs} == {"JNIM: Group for Support of Islam and Muslims"}


def test_fighters_belonging_to_a_named_group_are_that_group() -> None:
    (ev,) = extract_text("On Friday, 44 civilians were killed in Kokorou, in the Tillaberi region of Niger, by terrorists "
                         "belonging to the militant Islamic State in the Greater Sahara group, the ministry said.",
                         published=date(2025, 3, 22))
    assert ev.actor1 == "Islamic State (Sahel)"


def test_an_aside_that_only_refers_back_to_the_attack_is_more_about_it() -> None:
    text = ("Burkina Faso : Une attaque fait plusieurs dizaines de morts dans le Centre-Nord\n\n"
            "Une attaque perpétrée le samedi 24 août à Barsalogho, dans le Centre-Nord du Burkina Faso, a causé la mort "
            "de plusieurs dizaines de personnes, dont des civils.\n\n"
            "Une source sécuritaire a indiqué que « la riposte des soldats et des Volontaires pour la Défense de la Patrie "
            "(VDP) a permis de neutraliser plusieurs terroristes. »\n\n"
            "Quant à la directrice du Centre Hospitalier Régional de Kaya, elle a demandé au personnel de se mobiliser.\n\n"
            "Par ailleurs, l'attaque n'a pas encore été revendiquée par Al-Qaïda.")
    (ev,) = extract_text(text, lang="fr", published=date(2024, 8, 25))
    assert ev.location == "Barsalogho"


def test_by_the_way_at_another_place_is_still_another_event() -> None:
    text = ("Le samedi 24 août 2024, des hommes armés ont tué six civils à Barsalogho, au Burkina Faso. "
            "Par ailleurs, à Djibo, une attaque contre un poste militaire a fait deux morts le même jour.")
    evs = extract_text(text, lang="fr")
    assert sorted(e.location or "" for e in evs) == ["Barsalogho", "Djibo"]


def test_victims_killed_at_another_unnamed_spot_belong_to_the_attack_and_its_told_total() -> None:
    text = ("Des militants armés ont tué 22 villageois dans la région de Tillabéri au Niger le 3 mai 2025. "
            "L'assaut s'est produit dans le village d'Ouallam. "
            "Les assaillants ont d'abord ouvert le feu sur des villageois rassemblés, tuant 15 personnes. "
            "Les tireurs ont ensuite poursuivi des villageois vers un autre endroit où ils ont exécuté sept autres personnes.")
    (ev,) = extract_text(text, lang="fr")
    assert (ev.location, ev.fatalities) == ("Ouallam", 22)


def test_one_more_dead_whose_sum_with_a_listed_count_matches_another_count_still_adds() -> None:
    text = ("3 soldiers and 2 civilians were killed in an attack on a military position in Intangom, near Tin Akoff, "
            "Burkina Faso, on 12 May 2017. Another soldier later died of his injuries.")
    (ev,) = extract_text(text)
    assert ev.fatalities == 6


def test_a_sector_of_a_town_told_in_apposition_is_coded_at_the_town() -> None:
    (ev,) = extract_text("Samedi 12 mars 2022, une femme et ses deux enfants ont sauté sur une mine artisanale à Dougouri, "
                         "secteur 1 de Titao, au Burkina Faso, tuant les trois occupants.", lang="fr")
    assert ev.location == "Titao"


def test_the_day_a_report_was_relayed_is_not_the_events() -> None:
    from conflictwire.extract.told_on import is_reporting
    text = "selon des informations relayees ce lundi par l'agence anadolu"
    assert is_reporting(text, text.index("lundi"), text.index("lundi") + 5)


def test_the_same_day_at_the_town_the_lead_named_is_the_leads_event() -> None:
    text = ("Au Burkina Faso, sept Volontaires pour la défense de la patrie (VDP) et trois civils ont perdu la vie samedi, "
            "respectivement dans une embuscade dans la province du Soum et dans l'explosion d'une mine à Titao. "
            "Selon l'AIB, l'équipe de volontaires qui rentrait d'une patrouille à Sollé a été prise sous des tirs "
            "d'un groupe armé, tuant sept parmi eux. Dans la même journée, une femme et ses deux enfants ont sauté "
            "sur une mine artisanale à Dougouri, secteur 1 de Titao, tuant les trois occupants.")
    evs = extract_text(text, lang="fr", published=date(2022, 3, 14))
    assert sorted(e.location for e in evs if e.sub_event_type == "Remote explosive/landmine/IED") == ["Titao"]


def test_volunteers_are_the_vdp_once_the_report_has_named_them() -> None:
    from conflictwire.extract.actors import find_actors
    text = ("Sept Volontaires pour la défense de la patrie (VDP) ont perdu la vie samedi. "
            "L'équipe de volontaires rentrait d'une patrouille.")
    names = [e.canonical for _, _, e in find_actors(text)]
    assert names.count("VDP: Volunteers for the Defense of the Homeland") == 3
    assert not [e for _, _, e in find_actors("Des volontaires de la Croix-Rouge ont distribué des vivres.")
                if e.canonical.startswith("VDP")]


def test_soldiers_killed_in_recent_days_are_other_events() -> None:
    text = ("More than 20 people were killed in air strikes during a wedding ceremony in Bounti, in the Mopti region "
            "of Mali, on Sunday, a health worker said. Five French soldiers have been killed in the country in recent days.")
    (ev,) = extract_text(text, published=date(2021, 1, 6))
    assert (ev.location, ev.actor2, ev.fatalities) == ("Bounti", "Civilians (Mali)", 20)


def test_men_an_air_strike_targeted_are_what_it_hit_when_the_flying_forces_are_named() -> None:
    text = ("A French army source said French forces operating in Mali had carried out an air strike near Bounti, "
            "in the Mopti region, on Sunday. Witnesses said the strikes appeared to target men on motorbikes "
            "who were believed to be militants.")
    (ev,) = extract_text(text, published=date(2021, 1, 6))
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of France")


def test_forces_and_their_escort_clashing_with_protesters_is_a_riot() -> None:
    text = ("A French military convoy heading to Mali ran into trouble in Tera, Niger, on Saturday 27 November 2021, "
            "with the government reporting two deaths. Clashes broke out at Tera as the convoy of the French Barkhane "
            "force, escorted by the national gendarmerie, was blocked by very violent protesters.")
    (ev,) = extract_text(text)
    assert (ev.event_type, ev.actor1) == ("Riots", "Rioters (Niger)")


def test_neutralization_of_terrorists_is_a_fight_and_its_toll() -> None:
    (ev,) = extract_text("The Malian army confirmed on Thursday the neutralization of four terrorists in the Niono zone "
                         "in the center of the country.", published=date(2022, 4, 8))
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Armed clash", "Niono", 4)


def test_a_day_before_stated_is_the_telling_day() -> None:
    text = ("State television in Niger on Tuesday stated that 12 troops were killed by armed Islamists in the southwest. "
            "According to Tele Sahel, national guards conducting an operation were the target of an ambush on Sunday night "
            "in the Tillaberi region, in the town of Anzourou.")
    (ev,) = extract_text(text)
    assert (ev.location, ev.fatalities) == ("Anzourou", 12)


def test_a_region_described_as_the_scene_of_a_years_violence_leaves_the_news_its_own() -> None:
    text = ("Au moins 69 villageois ont été tués au Niger dans une attaque près de Banibangou, dans la région de "
            "Tillabéri (ouest), théâtre depuis le début de l'année des actions meurtrières de terroristes présumés.")
    assert background_reason(text, "fr", 2021) is None
    assert background_reason("La région de Tillabéri est depuis le début de l'année le théâtre d'actions meurtrières.", "fr", 2021)


def test_when_the_residents_fled_is_told_of_them_not_of_the_news() -> None:
    sent = ("It added that the unit that came under attack was stationed in Koumbri, in the Yatenga province, to allow "
            "the return of \"residents\" who had \"left the area more than two years ago\" after being displaced by jihadists.")
    assert background_reason(sent, "en", 2023) is None
    assert background_reason("The residents left the area more than two years ago.", "en", 2023)


def test_places_listed_then_told_one_by_one_each_keep_their_own_kind_and_toll() -> None:
    text = ("JNIM claimed attacks on the army in Niafunke and Goundam, in the Timbuktu region of Mali, on Friday, "
            "24 November 2023. The group says it took control of the camp in Niafunke after a suicide vehicle struck it. "
            "Simultaneously, the group fired mortar shells at the military camp in Goundam. "
            "Local sources put the toll at fifty soldiers killed in Niafunke.")
    evs = {e.location: e for e in extract_text(text)}
    assert (evs["Niafunké"].sub_event_type, evs["Niafunké"].fatalities) == ("Non-state actor overtakes territory", 50)
    assert evs["Goundam"].sub_event_type == "Shelling/artillery/missile attack"
    assert evs["Goundam"].fatalities in (0, None)


def test_a_bare_day_after_the_news_day_written_in_full_is_around_it() -> None:
    text = ("Dans l'après-midi du 25 décembre 2022, un mini-bus a heurté une mine près de Fada N'Gourma, au Burkina Faso, "
            "tuant dix passagers. Entre le 1er et le 10 décembre, 39 terroristes ont été tués lors d'une opération.")
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline
    doc = Pipeline().make_doc(Article(doc_id="x", text=text, language="fr"))
    assert {d.value.year for d in doc.dates if d.value is not None} == {2022}


def test_the_ends_of_a_road_set_apart_by_a_spaced_dash_give_way_to_the_village_on_it() -> None:
    (ev,) = extract_text("Le 25 décembre 2022, un mini-bus a heurté une mine sur l'axe Fada N'Gourma - Kantchari, "
                         "à hauteur du village de Bougui, au Burkina Faso, tuant dix passagers.", lang="fr")
    assert ev.location == "Bougui"


def test_a_town_near_which_it_happened_in_another_region_is_no_restatement_of_an_unknown_village() -> None:
    text = ("Le 25 décembre 2022, un mini-bus a heurté une mine sur l'axe Fada N'Gourma - Kantchari, à hauteur du village "
            "de Bougui, dans l'est du Burkina Faso, tuant dix passagers. Samedi, deux soldats d'une unité de patrouille ont été "
            "tués par un engin explosif sur l'axe Ouahigouya - Gomboro, dans le nord du pays.")
    evs = extract_text(text, lang="fr")
    assert sorted(e.fatalities or 0 for e in evs) == [2, 10]


def test_gangs_dismantled_are_arrests_not_a_kidnapping() -> None:
    (ev,) = extract_text("The army also dismantled kidnapping gangs in N'Guigmi, in Niger, on 9 September 2022.")
    assert (ev.sub_event_type, ev.actor1) == ("Arrests", "Military Forces of Niger")
    (ev,) = extract_text("Le 9 septembre 2022, l'armée a démantelé un réseau de trafiquants à Diffa, au Niger.", lang="fr")
    assert ev.sub_event_type == "Arrests"


def test_the_monday_told_after_earlier_this_week_is_the_events_day() -> None:
    text = ("At least 10 soldiers have been confirmed dead following a deadly ambush in Niger's southern Dosso region "
            "earlier this week. The attack, which occurred on Monday, has been blamed on terrorist groups.")
    (ev,) = extract_text(text, published=date(2025, 5, 8))
    assert (ev.event_date, ev.time_precision) == (date(2025, 5, 5), 1)


def test_the_authors_of_the_attack_the_forces_answered_are_the_first_actor() -> None:
    text = ("Hier vers 23h30, les FAMa du check-point à la sortie de Macina, région de Ségou au Mali, ont énergiquement "
            "réagi à une attaque des groupes armés terroristes. Quatre terroristes ont été neutralisés par les FAMa.")
    (ev,) = extract_text(text, lang="fr", published=date(2021, 2, 10))
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")
    (ev,) = extract_text("On Monday the Malian army killed 12 militants near Boni, in the Mopti region.", published=date(2021, 2, 10))
    assert ev.actor1 == "Military Forces of Mali"


def test_the_threat_of_terrorism_as_a_noun_is_no_event() -> None:
    text = ("Au Burkina Faso, l'attaque jihadiste survenue samedi dernier à Barsalogho, dans le Centre-Nord du pays, continue "
            "de susciter la consternation. Les sources estiment que l'attaque aurait fait plus de 200 morts, parmi lesquels "
            "des militaires et de nombreux civils. Le Jnim a revendiqué l'attaque. Cette nouvelle tragédie soulève une fois "
            "de plus la menace persistante du terrorisme au Burkina Faso.")
    (ev,) = extract_text(text, lang="fr", published=date(2024, 8, 27))
    assert ev.event_type != "Strategic developments"
    (ev,) = extract_text("Le 3 mars 2024, des hommes armés ont menacé les habitants de Djibo, au Burkina Faso.", lang="fr")
    assert ev.sub_event_type == "Other"


def test_a_similar_assault_carried_out_months_before_is_another_event_and_hearsay_words_are_no_toll_words() -> None:
    text = ("No fewer than 46 soldiers of the Nigerien Defense and Security Forces (SDF) were reported to have died during "
            "clashes with militants around Iknewane, in the Tahoua region of Niger. It was learnt that this attack occurred "
            "barely four months after militants carried out a similar assault, killing at least 24 soldiers.")
    (ev,) = extract_text(text, published=date(2025, 2, 1))
    assert ev.fatalities == 46


def test_access_to_a_website_blocked_is_no_roadblock() -> None:
    text = ("The military government has blocked access to the aid group's website and suspended two radio stations "
            "in Burkina Faso on Friday, 26 April 2024.")
    assert not [e for e in extract_text(text) if e.event_type == "Riots"]


def test_figures_listed_under_one_toll_word_at_the_end_add_up() -> None:
    (ev,) = extract_text("Le lundi 26 juin 2023, l'armée a fait état d'un bilan provisoire de 31 soldats et trois Volontaires "
                         "pour la défense de la patrie (Vdp, supplétifs civils de l'armée) tués à Namsiguia, au Burkina Faso.",
                         lang="fr")
    assert ev.fatalities == 34


def test_territory_regained_told_of_an_actor_in_a_relative_clause_is_its_past() -> None:
    text = ("Drone strikes in Kidal on the morning of 7 November 2023 killed at least 12 people. Around 07:00, the Malian army "
            "targeted alleged rebel members of the Permanent Strategic Framework, a Tuareg-dominated armed group, who regained "
            "control of Kidal following the withdrawal of the UN peacekeeping mission.")
    (ev,) = extract_text(text, published=date(2023, 11, 7))
    assert ev.sub_event_type == "Air/drone strike"


def test_people_who_were_held_in_a_prison_is_no_arrest() -> None:
    text = ("Le 12 mai 2025, des jihadistes ont mis le feu aux services publics de Diapaga, au Burkina Faso, avant de libérer "
            "les prisonniers de la maison d'arrêt, où étaient détenus plusieurs individus soupçonnés d'actes jihadistes.")
    assert not [e for e in extract_text(text, lang="fr") if e.sub_event_type == "Arrests"]


def test_the_accused_is_the_author_when_no_other_is_told() -> None:
    (ev,) = extract_text("A rebel group has accused the Malian army and Wagner mercenaries of killing 24 civilians near Gao "
                         "on Monday.", published=date(2025, 3, 4))
    assert ev.actor1 == "Military Forces of Mali"
