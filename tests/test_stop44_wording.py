"""Stop 44's conventions of wording, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.ingest.clean import clean_text


def test_the_line_above_a_bracketed_photo_credit_is_its_caption() -> None:
    page = ("Islamic State claims attack on Niger military\n\n"
            "Niger's president bows near the bodies of soldiers at the Niamey air base on Friday.\n"
            "(AFP via Getty Images)\n"
            "By a correspondent\n\n"
            "Islamic State has claimed an attack on a military camp near the town of Inates that killed 71 soldiers.")
    text, dropped = clean_text(page)
    assert "Niamey air base" not in text and "Islamic State claims attack" in text and "Inates" in text
    assert any("Niamey air base" in d for d in dropped)


def test_a_title_over_a_bracketed_credit_stays() -> None:
    text, _ = clean_text("Soldiers killed near Inates\n(AP Photo/File)\n\nGunmen killed 12 soldiers near Inates on Tuesday.")
    assert text.startswith("Soldiers killed near Inates")


def test_earlier_this_week_after_the_attack_dates_the_attack_told() -> None:
    text = ("Islamic State has claimed responsibility for an attack on a military camp in Niger that killed at least 71 "
            "soldiers. The group carried out the assault near the town of Inates, not far from the border with Mali, it "
            "said in a statement late Thursday. Niger's military has said that 12 others were wounded in the attack "
            "earlier this week. Islamic State claimed its fighters held the camp for several hours and seized weapons. "
            "Its jihadists took 16 vehicles and set the camp on fire before leaving, it said.")
    events = extract_text(text, published=date(2019, 12, 13))
    assert [(e.location, e.fatalities) for e in events] == [("Inates", 71)]


def test_earlier_this_week_opening_a_sentence_is_another_event() -> None:
    text = ("Gunmen killed 12 soldiers near the town of Inates, Niger, on Tuesday. Earlier this week, "
            "militants killed five civilians in Ayorou.")
    events = extract_text(text, published=date(2019, 12, 13))
    assert {e.location for e in events} == {"Inates", "Ayorou"}


def test_the_one_an_attack_cost_the_life_of_is_a_person() -> None:
    text = ("Loroum : au moins 21 personnes tuées dans l'attaque qui a coûté la vie à Yoro\n\n"
            "Une attaque a visé un convoi de commerçants jeudi 23 décembre 2021, faisant au moins 21 morts. "
            "Vendredi, 21 tombes ont été creusées à Titao pour recevoir des victimes de cette attaque.")
    events = extract_text(text, published=date(2021, 12, 25), lang="fr")
    assert [e.location for e in events] == ["Titao"]


def test_a_title_down_the_page_that_tells_a_toll_opens_another_story() -> None:
    text = ("Gunmen kidnap 20 villagers in central Mali\n\n"
            "Gunmen seized about 20 people on Tuesday during a weekly market in the village of Farabougou, near Niono, "
            "the village chief said.\n\n"
            "A youngster was killed during the kidnapping, he said.\n\n"
            "3 Mali national guardsmen killed in overnight attack\n\n"
            "Three national guardsmen were killed in an attack in central Mali on Tuesday night, a security official said.\n\n"
            "Unidentified gunmen ambushed the guardsmen in the village of Birga-Peul near the town of Koro.")
    events = {e.location: e for e in extract_text(text, published=date(2020, 10, 7))}
    assert events["Farabougou"].event_type == "Violence against civilians"
    assert events["Birga-Peul"].event_type == "Battles"


def test_a_subheading_without_a_toll_goes_on_with_the_story() -> None:
    text = ("Tragédie à Torodi\n\n"
            "Dans la nuit de dimanche à lundi, des assaillants ont tiré une roquette sur la résidence du préfet de Torodi, "
            "au Niger, tuant quatre personnes.\n\n"
            "Une attaque ciblée et brutale au cœur de l'ouest nigérien\n\n"
            "Vers 2 heures du matin, des individus lourdement armés ont pris pour cible la résidence du préfet.")
    assert len(extract_text(text, published=date(2025, 3, 3), lang="fr")) == 1


def test_storming_a_village_is_an_attack_not_taking_it() -> None:
    text = ("Tôt ce lundi 13 mai 2024, des hommes armés ont pris d'assaut le village de Heremakono, commune de Mariko, "
            "cercle de Niono, et ont tué une douzaine de personnes, dont le chef de village.")
    (ev,) = extract_text(text, published=date(2024, 5, 14), lang="fr")
    assert ev.sub_event_type == "Attack"


def test_a_drone_attack_is_an_air_strike() -> None:
    text = ("Drone attacks killed at least six civilians on Tuesday in Tinzaouatene, a northern Mali town near the "
            "Algerian border, where the military recently suffered heavy losses fighting separatist rebels.")
    events = extract_text(text, published=date(2024, 7, 31))
    assert [e.sub_event_type for e in events][:1] == ["Air/drone strike"]


def test_une_attaque_de_drone_est_une_frappe() -> None:
    text = "Une attaque de drone a tué quatre personnes mardi près de Tinzaouatene, dans le nord du Mali."
    (ev,) = extract_text(text, published=date(2024, 7, 31), lang="fr")
    assert ev.sub_event_type == "Air/drone strike"


def test_members_of_the_volunteers_listed_after_the_soldiers_add_to_the_toll() -> None:
    text = ("Unidentified assailants on Monday killed 31 soldiers and three members of the Homeland Defence Volunteers "
            "(VDP) in an ambush on a supply convoy in the Bam province, Burkina Faso's army said.")
    (ev,) = extract_text(text, published=date(2023, 6, 28))
    assert ev.fatalities == 34


def test_a_toll_in_a_clause_on_last_months_raid_is_that_raids() -> None:
    text = ("Niger declares three days of mourning after 89 soldiers killed in attack on military base\n"
            "The government has declared three days of national mourning after 89 soldiers were killed in an attack "
            "on a military base, a government spokesman said.\n"
            "The attack happened on Thursday when heavily armed militants attacked an army outpost in Chinagodrar, "
            "near the border of Mali, the government said.\n"
            "The number of troops killed in Thursday's attack tops casualty figures from last month's raid by "
            "jihadist militants on another military outpost in the country's west, which left 71 soldiers dead.")
    (ev,) = extract_text(text, published=date(2020, 1, 13))
    assert ev.fatalities == 89


def test_not_the_first_attack_and_attacks_every_day_are_no_events() -> None:
    text = ("At least 65 people died in a terrorist attack near Banibangou, in the Tillabery region of western Niger, "
            "on Monday. Every day there are attacks, said Maiga Amidou, coordinator of the Tillabery Union Committee "
            "for Security. This is not the first time that this part of Tillaberi has experienced a major lethal attack.")
    events = extract_text(text, published=date(2022, 11, 10))
    assert [e.location for e in events] == ["Banibangou"]


def test_a_military_base_named_after_its_village_is_the_village() -> None:
    text = ("Des combattants de l'État islamique ont attaqué la base militaire d'Iknevan, dans la région de Tahoua, "
            "à la frontière avec le Mali, le 12 décembre 2024, tuant 46 soldats.")
    (ev,) = extract_text(text, published=date(2024, 12, 14), lang="fr")
    assert (ev.location, ev.admin1) == ("Iknevan", "Tahoua")


def test_a_day_before_a_monitor_quoting_a_statement_dates_the_quoting() -> None:
    text = ("JNIM has claimed responsibility for an attack on June 11 that killed more than 100 Burkina Faso soldiers "
            "in the Mansila area near the border with Niger, the SITE Intelligence Group said.\n\n"
            "On Sunday, SITE quoted a JNIM statement as saying that five days ago fighters stormed a military post in "
            "the town, where they killed 107 soldiers and took control of the site.")
    events = extract_text(text, published=date(2024, 6, 18))
    assert [(e.location, str(e.event_date)) for e in events] == [("Mansila", "2024-06-11")]


def test_hamlets_named_in_brackets_after_their_plural_are_an_event_each() -> None:
    text = ("Par ailleurs, le dimanche 1er mars 2020, des attaques contre deux petits hameaux (Songoré et Ouoro) "
            "dans le cercle de Bandiagara avaient fait au moins douze morts.")
    events = extract_text(text, published=date(2020, 3, 3), lang="fr")
    assert sorted(e.location for e in events) == ["Ouoro", "Songoré"]


def test_making_explosives_is_no_explosion() -> None:
    text = ("On November 15, the Malian army conducted a reconnaissance operation in the forest of Wagadou and "
            "announced to have killed 10 militants and seized motorbikes and IED-making materials.")
    (ev,) = extract_text(text, published=date(2019, 11, 18))
    assert ev.event_type == "Battles"


def test_une_base_de_fabrication_d_engins_explosifs_n_est_pas_une_explosion() -> None:
    text = ("Le 7 avril 2025, un détachement des FDS a démantelé à Goundey une base logistique pour la fabrication "
            "d'engins explosifs improvisés.")
    events = extract_text(text, published=date(2025, 4, 10), lang="fr", include_candidates=True)
    assert not any(e.event_type == "Explosions/Remote violence" for e in events)


def test_a_sweep_along_a_road_to_the_told_place_is_the_same_operation() -> None:
    text = ("Opérations antiterroristes dans la région de Tillabéri\n"
            "Une attaque contre le hameau de Torsa a fait 3 morts le 6 avril 2025 parmi les habitants.\n"
            "13 criminels neutralisés à Goundey\n"
            "Le 7 avril, un renseignement précis a permis de localiser un poste avancé d'un groupe criminel dans la "
            "zone de Goundey. Un détachement des FDS a immédiatement lancé une opération offensive le long de l'axe "
            "Dargol–Banjo–Tchetchirey–Goundey. L'intervention a permis de neutraliser treize criminels.")
    events = extract_text(text, published=date(2025, 4, 10), lang="fr")
    assert "Dargol" not in [e.location for e in events]


def test_a_titled_mans_surname_is_no_place_nor_when_he_is_named_again() -> None:
    text = ("Suicide bombers struck an army camp in Agadez, Niger, on Thursday, killing 18 soldiers. "
            "A fourth attacker grabbed a group of military cadets, said Interior Minister Abdou Labo. "
            "The attacker was threatening to blow himself up along with his hostages, said Labo.")
    events = extract_text(text, published=date(2013, 5, 24))
    assert "Labo" not in {e.location for e in events}


def test_deaths_in_a_similar_attack_compare_another_one() -> None:
    text = ("Gunmen killed 26 people in an attack on a village in Bankass, Mali, on Sunday.\n\n"
            "Around 40 people died in a similar attack on the village of Diallassagou.")
    events = extract_text(text, published=date(2024, 7, 22))
    assert [(e.location, e.fatalities) for e in events] == [("Bankass", 26)]


def test_the_people_killed_are_the_attacks_and_the_gunmen_killed_the_battles() -> None:
    text = ("Suspected extremists have killed several foreigners during a raid at a Turkish restaurant in Ouagadougou, "
            "the capital of Burkina Faso, officials say. At least two assailants were shot dead as police secured the "
            "area.\n\nAt least 18 people were killed and eight others wounded in the attack, Communications Minister "
            "Remi Dandjinou told reporters early Monday. Security forces killed two of the suspected gunmen.\n\n"
            "Up to four attackers on motorbikes opened fire on dining visitors in Aziz Istanbul, an upscale Turkish "
            "restaurant in downtown Ouagadougou, police said. Security forces evacuated civilians from the site before "
            "moving against the suspects in armored vehicles.")
    events = {e.event_type: e for e in extract_text(text, published=date(2017, 8, 14))}
    assert events["Violence against civilians"].fatalities == 18
    assert events["Battles"].fatalities == 2
    assert [s.text for s in events["Violence against civilians"].evidence["fatalities"]] == ["At least 18 people were killed"]


def test_a_count_and_its_breakdown_listed_up_to_the_verb() -> None:
    text = ("On Saturday, the village of Tissaoghin in the Koulpelogo province, Burkina Faso, was targeted by a group of "
            "armed men. Around twenty individuals, including many women, volunteers for the defense of the nation, "
            "children, and the village chief were killed.")
    (ev,) = extract_text(text, published=date(2024, 3, 11))
    assert ev.fatalities == 20


def test_a_man_who_buried_those_killed_is_not_among_them() -> None:
    text = ("Tuareg rebels overran the military camp of Aguelhok, Mali, on 24 January 2012. An officer involved in "
            "burying those killed told the French news agency he had counted 97 dead soldiers.")
    (ev,) = extract_text(text, published=date(2012, 2, 13))
    assert ev.fatalities == 97


def test_a_related_storys_headline_down_the_page_is_a_link() -> None:
    page = ("Niger: 50 combattants de Boko Haram neutralisés par l'armée à Toummour\n"
            "Des combattants du groupe islamiste Boko Haram se sont attaqués au camp militaire de Toummour dans le sud "
            "du Niger, dans la nuit du 15 au 16 mars, dans la région de Diffa.\n"
            "Niger: au moins un mort dans des heurts entre policiers et manifestants à Niamey\n"
            "Après l'attaque, des renforts de l'armée nigérienne ont aussitôt engagé une poursuite contre l'ennemi.")
    text, dropped = clean_text(page)
    assert dropped == ["Niger: au moins un mort dans des heurts entre policiers et manifestants à Niamey"]
    assert text.startswith("Niger: 50 combattants")


def test_forces_sent_to_the_scene_after_the_attack_are_its_aftermath() -> None:
    text = ("Le bilan provisoire de l'attaque perpétrée dans la nuit de dimanche à lundi dans la commune rurale de "
            "Bourasso, au Burkina Faso, est d'au moins 22 civils tués, a annoncé lundi soir le gouvernement.\n\n"
            "Il a assuré que les Forces de défense et de sécurité se sont déportées sur les lieux et y ont procédé à "
            "des opérations de ratissage et de sécurisation.")
    events = extract_text(text, published=date(2022, 7, 5), lang="fr")
    assert [(e.sub_event_type, e.location) for e in events] == [("Attack", "Bourasso")]
