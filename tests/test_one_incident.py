"""One incident told several times in one report (headline, lead, quotes, the army's statement,
a revised toll) is one event with both sides' dead and the latest toll."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.dropped import placed_version, told_from_afar
from conflictwire.model import Event, Span
from conflictwire.taxonomy import SUB_TO_TYPE

PUB = date(2023, 3, 1)

EN = """Burkina Faso: dozens of soldiers killed in jihadist attack in the north

At least 30 soldiers were killed on Sunday when jihadists attacked an army detachment in Koutougou, in Burkina Faso's Soum province, security sources said.

"It was a very violent attack," said a resident of Djibo, the provincial capital, about 40 km away.

The army said in a statement on Monday that its troops had repelled the attack and that about twenty terrorists were neutralised.

A new toll given on Tuesday by a local official put the number of soldiers killed at 35.
"""

FR = """Mali : une vingtaine de civils tués dans l'attaque d'un village du centre

Au moins vingt civils ont été tués jeudi dans l'attaque du village de Diallassagou, dans le cercle de Bankass, ont indiqué vendredi des élus locaux.

« Ils ont tiré sur tout ce qui bougeait », a témoigné un habitant joint par téléphone depuis Bamako.

Selon un nouveau bilan communiqué samedi par les autorités, 32 personnes ont été tuées.
"""


def test_a_speakers_home_and_a_revised_toll_are_no_new_event() -> None:
    (ev,) = extract_text(EN, published=PUB)
    assert ev.location == "Koutougou" and str(ev.event_date) == "2023-02-26"
    assert ev.fatalities == 55  # the revised 35 soldiers and the 20 assailants the army gave


def test_the_same_in_french() -> None:
    (ev,) = extract_text(FR, published=PUB)
    assert ev.location == "Diallassagou" and ev.admin1 == "Mopti"
    assert ev.fatalities == 32


def test_residents_who_act_are_still_where_it_happened() -> None:
    (ev,) = extract_text("Residents of Djibo marched on Saturday 25 February 2023 against insecurity.", published=PUB)
    assert ev.location == "Djibo"


SOLHAN = """Burkina : au moins 100 civils tués dans une attaque dans le nord

Au moins cent civils ont été tués dans la nuit de vendredi à samedi lors d'une attaque menée par des hommes armés contre le village de Solhan, dans la province du Yagha, a annoncé le gouvernement.

Le bilan a été revu à la hausse dimanche : 132 personnes ont été tuées, selon le gouvernement.

Le président a décrété un deuil national de 72 heures.

Quelques heures plus tôt, une attaque contre le village de Tadaryat, dans la même région, avait fait 14 morts.
"""


def test_a_toll_revised_on_a_later_day_is_the_events_and_hours_earlier_is_its_day() -> None:
    solhan, tadaryat = extract_text(SOLHAN, published=date(2021, 6, 8))
    assert (solhan.location, str(solhan.event_date), solhan.fatalities) == ("Solhan", "2021-06-04", 132)
    assert (tadaryat.location, tadaryat.event_date, tadaryat.fatalities) == ("Tadaryat", solhan.event_date, 14)


SANANDO = """Mali : des jihadistes incendient un village près de Ségou

Des hommes armés soupçonnés d'appartenir au JNIM ont incendié mardi le village de Sanando, dans la région de Ségou, tuant au moins sept civils, selon des sources locales.

L'armée malienne a annoncé mercredi avoir neutralisé une dizaine de terroristes lors d'une opération de ratissage dans la zone.
"""


def test_the_forces_sweep_after_an_attack_is_another_event_and_theirs() -> None:
    attack, sweep = extract_text(SANANDO, published=date(2023, 10, 14), include_candidates=True)
    assert (attack.location, attack.sub_event_type, attack.fatalities) == ("Sanando", "Attack", 7)
    assert attack.actor1.startswith("JNIM") and attack.actor2 == "Civilians (Mali)"
    assert sweep.actor1 == "Military Forces of Mali" and sweep.fatalities == 10


def test_the_side_attacked_that_says_it_killed_attackers_is_still_the_side_attacked() -> None:
    (ev,) = extract_text("On 10 October 2023, a FAMa checkpoint was attacked in Niono, one soldier killed. "
                         "FAMa says it killed 5 assailants.", published=date(2023, 10, 14))
    assert ev.actor1 == "Unidentified Armed Group (Mali)" and ev.actor2 == "Military Forces of Mali"
    (ev,) = extract_text("On 10 October 2023, the Malian army said it had killed 10 terrorists near Segou.",
                         published=date(2023, 10, 14))
    assert ev.actor1 == "Military Forces of Mali"


SEYTENGA = """At least 100 killed in Burkina Faso as jihadists attack army-backed militia

Jihadists killed more than 100 people in northern Burkina Faso over the weekend, residents said Monday.

The attack happened Saturday in Seytenga, a town in Seno province, according to two residents who spoke on condition of anonymity for fear of reprisal.

Fighters from the Islamic State group stormed the town and went door to door, killing men, a resident said.
"""


def test_the_anonymity_formula_is_no_warning_and_the_named_group_is_the_jihadists() -> None:
    (ev,) = extract_text(SEYTENGA, published=date(2022, 6, 13))
    assert (ev.location, str(ev.event_date)) == ("Seytenga", "2022-06-11")
    assert ev.actor1 == "Islamic State (Sahel)" and ev.actor2 != "Unidentified Armed Group (Burkina Faso)"


AGUELHOK = """Mali : un casque bleu tué et quatre blessés par un engin explosif près de Kidal

Un casque bleu de la Minusma a été tué et quatre autres blessés lundi lorsque leur véhicule a sauté sur un engin explosif improvisé près d'Aguelhok, dans la région de Kidal, a annoncé la mission.

Le convoi effectuait une mission de sécurisation entre Aguelhok et Tessalit, précise le texte.
"""


def test_the_title_tells_the_story_below_it_which_places_and_dates_it() -> None:
    (ev,) = extract_text(AGUELHOK, published=date(2022, 9, 30))
    assert (ev.location, str(ev.event_date), ev.fatalities) == ("Aguelhok", "2022-09-26", 1)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_the_army_escorting_a_convoy_is_not_its_attacker() -> None:
    (ev, *_) = extract_text("Le 28 septembre 2022, des individus armés ont attaqué un convoi de ravitaillement escorté "
                            "par l'armée près de Djibo, tuant une dizaine de civils.", published=date(2022, 9, 30))
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_a_passage_opening_on_a_day_after_an_undated_story_is_another_event() -> None:
    text = ("Suspected jihadists attacked a supply convoy bound for Djibo in Burkina Faso. "
            "The insurgents ambushed the convoy near the town of Gaskindé, in Soum province. "
            "Security sources said ten soldiers escorting the convoy were killed.\n\n"
            "On September 5, a convoy travelling from Djibo struck an improvised explosive device. "
            "Thirty-five civilians were killed and 37 injured.")
    events = extract_text(text, lang="en")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Armed clash", 10), ("Remote explosive/landmine/IED", 35)]


def test_a_dated_passage_that_refers_back_to_the_attack_is_the_same_event() -> None:
    text = ("Attaque à Ménaka : le bilan s'alourdit à 24 morts. "
            "Le nouveau bilan est de 24 civils tués par des hommes armés près de Ménaka.\n\n"
            "Le 26 septembre, une patrouille de l'armée était sur le lieu de l'attaque, où 24 personnes ont été tuées.")
    (ev,) = extract_text(text, lang="fr", published=date(2018, 9, 27))
    assert ev.fatalities == 24


def test_air_strikes_after_a_ground_attack_are_the_air_forces_own_event() -> None:
    text = ("Jihadists attacked the army camp in Boulkessi on Sunday, killing six soldiers after a gun battle. "
            "The militants set fire to army vehicles. "
            "Airstrikes against the fleeing terrorists destroyed several of their vehicles, the army said.")
    events = extract_text(text, lang="en", published=date(2023, 3, 6))
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_sentence_announcing_the_second_operation_dates_the_next_event() -> None:
    text = ("The first operation took place on September 17 near Doubalma in the Dosso region, where terrorists "
            "attacked a military post; seven soldiers were killed.\n\n"
            "The second operation took place on September 19. The army's aviation and ground forces eliminated "
            "terrorists transporting stolen cattle in the Mangaizé area of the Tillabéri region, killing 12.")
    events = extract_text(text, lang="en", published=date(2025, 9, 22))
    assert sorted((e.location, str(e.event_date)) for e in events) == [
        ("Doubalma", "2025-09-17"), ("Mangaizé", "2025-09-19")]


def test_a_title_placed_by_a_direction_from_a_city_heads_the_story_of_the_village() -> None:
    text = ("Neuf humanitaires nigériens enlevés à l'ouest de Niamey\n\n"
            "Ils ont été kidnappés dans le village de Bossey Bangou, à proximité de la frontière avec le Burkina Faso. "
            "Les agents de l'ONG étaient en mission de recensement dans le village de Bossey Bangou.")
    (ev,) = extract_text(text, lang="fr")
    assert ev.location == "Bossey Bangou"


def test_ground_units_after_air_strikes_are_a_battle_of_their_own_there_and_that_day() -> None:
    """ACLED codes the strikes (Explosions/Remote violence) and the ground units finishing the
    job (Battles) as two events; the second, told without a place or day, is the strikes'."""
    text = ("Le lundi 27 février 2023, les FAMa sont intervenues dans le secteur de Dourou. Des frappes aériennes "
            "ont neutralisé 29 terroristes.\n\nEn un deuxième lieu, les terroristes rescapés des frappes en fuite ont "
            "été pris en tenailles par les unités terrestres, avec la neutralisation de 08 terroristes.")
    strikes, ground = extract_text(text, published=PUB, include_candidates=True)
    assert (strikes.sub_event_type, strikes.location, strikes.fatalities) == ("Air/drone strike", "Dourou", 29)
    assert (ground.sub_event_type, ground.location, ground.event_date, ground.fatalities) == (
        "Armed clash", "Dourou", strikes.event_date, 8)
    assert ground.actor1 == "Military Forces of Mali"


AFTERMATH_EN = """Gunmen kill 14 soldiers in attack on army post in northern Burkina Faso

OUAGADOUGOU, May 6 (Reuters) - Suspected jihadists killed at least 14 soldiers in an attack on an army post in Tin-Akoff in northern Burkina Faso on Sunday, security sources said.

The assailants arrived on motorbikes early on Sunday and overran the post after several hours of fighting, two security sources told Reuters.

Several wounded soldiers were evacuated by helicopter to Dori, where two of them later died in hospital, bringing the toll to 16, one of the sources said.

The army said in a statement read on national television in Ouagadougou on Monday that "dozens of terrorists" had been neutralised during the fighting.

The governor of the Sahel region visited the wounded in Dori on Monday.
"""

AFTERMATH_FR = """Mali : au moins 20 civils tués dans l'attaque d'un village du centre

BAMAKO, 6 mai (AFP) - Au moins vingt civils ont été tués samedi dans l'attaque de leur village par des hommes armés dans le centre du Mali, ont indiqué dimanche des élus locaux.

Les assaillants, arrivés à moto, ont ouvert le feu sur les habitants du village de Diallassagou, dans le cercle de Bankass, avant d'incendier des greniers.

Plusieurs blessés ont été évacués vers l'hôpital de Sévaré, où trois d'entre eux ont succombé, portant le bilan à 23 morts, selon une source hospitalière.

Le gouvernement a condamné l'attaque dans un communiqué publié à Bamako.
"""


def test_the_aftermath_elsewhere_is_the_same_event_with_the_new_total() -> None:
    """The wounded who died in a hospital in another town, the army's statement read in the
    capital and a visit to the wounded are the event's aftermath, not events; "two of them later
    died, bringing the toll to 16" is a new total, not two more on top of it."""
    (ev,) = extract_text(AFTERMATH_EN, published=date(2024, 5, 6))
    assert (ev.location, ev.fatalities, str(ev.event_date)) == ("Tin-Akoff", 16, "2024-05-05")
    (ev,) = extract_text(AFTERMATH_FR, published=date(2024, 5, 6))
    assert (ev.location, ev.fatalities, str(ev.event_date)) == ("Diallassagou", 23, "2024-05-04")


def test_the_wounded_who_died_later_add_to_a_count_told_before_them() -> None:
    (ev,) = extract_text("On Sunday, gunmen killed five soldiers in an attack on a post in Djibo. "
                         "Two of the wounded later died in hospital.", published=date(2024, 5, 6))
    assert ev.fatalities == 7


def test_deaths_told_later_elsewhere_or_another_day_are_the_event_s() -> None:
    en = ("Burkina Faso: eight civilians killed in attack on village\n\n"
          "At least eight civilians were killed on Saturday when armed men attacked the village of Sollé, in Loroum province, local sources said.\n\n"
          "One of the injured died on Monday at Ouahigouya regional hospital, a health worker said.\n")
    (ev,) = extract_text(en, published=date(2024, 5, 7))
    assert (ev.location, ev.fatalities) == ("Sollé", 9)
    fr = ("Douze soldats nigériens ont été tués lundi dans une embuscade tendue par des jihadistes présumés près de Tabatol, "
          "dans la région de Tillabéri, a annoncé mardi le ministère de la Défense.\n\n"
          "Cinq soldats blessés ont été évacués à Niamey. Deux d'entre eux sont décédés mardi, selon une source militaire.\n")
    (ev,) = extract_text(fr, published=date(2024, 5, 8))
    assert (ev.location, ev.fatalities) == ("Tabatol", 14)


def test_a_reaction_to_the_attack_named_by_its_place_is_no_new_event() -> None:
    text = ("A suicide bomber drove an explosives-laden vehicle into an army camp in Timbuktu on Thursday, killing "
            "six soldiers, officials said.\n\nIn a separate attack on Friday, gunmen ambushed a bus near Douentza, "
            "killing three passengers.\n\nThe United Nations Secretary-General condemned the Timbuktu attack in a "
            "statement in New York.\n")
    events = extract_text(text, published=date(2024, 5, 11))
    assert [(e.location, e.fatalities) for e in events] == [("Timbuktu", 6), ("Douentza", 3)]


def test_a_crowd_rising_over_an_abduction_riots_and_the_abduction_is_its_own_event() -> None:
    text = ("Des centaines de manifestants ont saccagé et incendié mardi la mairie de Djibo, dans le nord du Burkina Faso, pour protester contre "
            "l'enlèvement de l'imam de la grande mosquée de la ville.\n\n"
            "L'imam a été enlevé lundi soir à son domicile par des individus armés non identifiés.\n\n"
            "Les forces de l'ordre ont fait usage de gaz lacrymogène pour disperser les manifestants.\n")
    events = extract_text(text, published=date(2024, 5, 8), lang="fr")
    # (the abduction, told with no place but the country, stays a candidate: see drop rules)
    assert [(e.sub_event_type, str(e.event_date), e.actor2) for e in events] == [
        ("Violent demonstration", "2024-05-07", "Police Forces of Burkina Faso")]


def test_another_source_is_no_other_event() -> None:
    fr = ("Sept militaires ont été tués jeudi dans une embuscade contre un convoi de ravitaillement près de Dori, "
          "a indiqué une source sécuritaire.\n\nSelon une autre source, une dizaine d'assaillants ont été tués lors de la riposte.\n")
    (ev,) = extract_text(fr, published=date(2024, 5, 10), lang="fr")
    assert (ev.location, ev.fatalities) == ("Dori", 17)
    en = ("Seven soldiers were killed on Thursday in an ambush on a supply convoy near Dori, a security source said.\n\n"
          "According to another security source, about ten attackers were killed when the troops fought back.\n")
    (ev,) = extract_text(en, published=date(2024, 5, 10), lang="en")
    assert (ev.location, ev.fatalities) == ("Dori", 17)


def test_the_victims_named_again_at_a_nearby_village_are_the_same_event() -> None:
    text = ("Islamic State's Sahel branch claimed an attack that killed 15 Dozo hunters near the town of Macina "
            "in central Mali on Saturday.\n\nThe hunters were ambushed as they returned from a patrol near the "
            "village of Kolongo, a local official said.\n\nIn neighbouring Burkina Faso, the army said it had "
            "killed about 50 militants in air strikes near Djibo on Sunday.\n")
    events = extract_text(text, published=date(2024, 6, 12))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 15), ("Air/drone strike", 50)]


def test_the_killing_a_crowd_marched_over_is_an_event_of_its_own() -> None:
    text = ("Thousands of people marched in Ouagadougou on Saturday to demand weapons to defend their villages, "
            "days after gunmen killed more than 50 civilians in the northern village of Seno.\n\n"
            "Police fired tear gas to disperse some protesters who tried to reach the presidential palace.\n\n"
            "The massacre in Seno on Wednesday was one of the deadliest this year.\n")
    events = extract_text(text, published=date(2024, 5, 12))
    assert [(e.event_type, e.location, e.fatalities, str(e.event_date)) for e in events] == [
        ("Protests", "Ouagadougou", 0, "2024-05-11"), ("Violence against civilians", "Sèno", 50, "2024-05-08")]


def test_a_headline_summing_up_two_attacks_gives_neither_its_words() -> None:
    text = ("Niger : deux soldats tués et un policier enlevé dans des attaques dans le sud-ouest\n\n"
            "Deux soldats nigériens ont été tués samedi dans l'explosion d'une mine au passage de leur patrouille "
            "près de Makalondi, dans la région de Tillabéri.\n\n"
            "Dans la nuit de samedi à dimanche, des hommes armés ont enlevé un policier à son domicile à Torodi.\n")
    events = extract_text(text, published=date(2024, 5, 6), lang="fr")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Remote explosive/landmine/IED", "Makalondi"), ("Armed clash", "Torodi")]


def test_raiders_moving_on_village_to_village_are_one_event_a_village() -> None:
    text = ("Gunmen on motorbikes killed at least 20 civilians in attacks on three villages in Niger's Tillaberi region "
            "on Sunday, a local official said Monday.\n\nThe attackers first stormed the village of Tchoma Bangou, killing "
            "11 people, before moving on to Zaroumadareye, where six were killed, and Darey-Daye, where three others died, "
            "said the official.\n\nNo group has claimed the attacks, but the Islamic State group is active in the area.\n")
    events = extract_text(text, published=date(2024, 5, 13))
    assert [(e.location, e.fatalities, e.actor1) for e in events] == [
        ("Tchoma Bangou", 11, "Unidentified Armed Group (Niger)"), ("Zaroumadareye", 6, "Unidentified Armed Group (Niger)"),
        ("Darey-Daye", 3, "Unidentified Armed Group (Niger)")]


LEAD_ENDS_ON_THE_NEXT = """Mali : une frappe de drone fait au moins quinze morts près de Soumpi

Une frappe de drone a tué au moins treize personnes dimanche à la périphérie de Soumpi, dans la région de Tombouctou, selon des élus. Lundi, un poste militaire a par ailleurs été attaqué à Léré.

Les faits se sont produits dimanche après-midi, dans un hameau situé à quatre kilomètres de Soumpi. Des dizaines de personnes s'étaient rassemblées pour un baptême lorsque deux projectiles se sont abattus sur l'assistance.

"Deux blessés graves sont décédés lundi. Nous avons désormais quinze morts", a précisé mardi un élu de la commune.

Une source militaire à Bamako a maintenu que la cible était "un rassemblement de combattants du JNIM".

Par ailleurs, lundi matin, des hommes armés ont attaqué le poste militaire de Léré. Deux soldats ont été tués. L'armée a évoqué dans un communiqué "plusieurs terroristes neutralisés".

Selon des organisations de défense des droits humains, plusieurs centaines de civils ont été tués au Mali au cours de l'année écoulée.
"""


def test_a_body_back_on_the_first_event_after_a_lead_that_told_the_next() -> None:
    """The lead ends on the second event; the body goes back to the first one's place (its
    toll, now fifteen), then tells the second one again after a cue: two events. A gathering of
    fighters is no protest, projectiles that fell kill no one by that word, a communiqué is no
    person, and a year's toll is background."""
    events = extract_text(LEAD_ENDS_ON_THE_NEXT, published=date(2025, 3, 18), lang="fr")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Air/drone strike", "Soumpi", 15), ("Armed clash", "Léré", 2)]


BURIED_ELSEWHERE = """Niger : onze soldats tués dans une attaque contre la position militaire de Bani Bangou

Niamey, 3 juil. — Dix soldats nigériens ont été tués et 31 "terroristes neutralisés" lors d'une attaque mardi contre une position de l'armée à Bani Bangou, dans la région de Tillabéri, selon le ministère de la Défense.

Jeudi, une source au ministère a indiqué qu'un des blessés, évacué mercredi vers l'hôpital de référence de Niamey, y avait succombé, portant à onze le nombre de soldats tués.

"Les combats ont été très violents. On entendait les tirs et les explosions jusqu'en ville", a raconté un habitant.

Les soldats tués doivent être inhumés vendredi au cimetière militaire de Niamey.
"""


def test_a_death_in_hospital_the_fighting_heard_and_a_burial_are_the_attack_s() -> None:
    (ev,) = extract_text(BURIED_ELSEWHERE, published=date(2025, 7, 3), lang="fr")
    assert (ev.location, ev.fatalities) == ("Banibangou", 42)


def test_the_subject_of_killed_with_an_object_still_acts() -> None:
    (ev,) = extract_text("On January 1, 2019, the Koglweogo killed 19 members of the Fulani community in the village of Biguele.",
                         published=date(2019, 1, 3))
    assert (ev.sub_event_type, ev.fatalities) == ("Attack", 19)


STUDENT_RIOT = """Zinder : un étudiant tué lors de violentes échauffourées entre étudiants et forces de l'ordre

ZINDER, 4 mars — Un étudiant a été tué et une vingtaine de personnes blessées samedi à Zinder lors d'affrontements entre étudiants et policiers, a-t-on appris de sources concordantes.

Empêchés d'avancer par un cordon de policiers, ils ont érigé des barricades et brûlé des pneus. Les policiers ont riposté par des tirs de gaz lacrymogène. La police a annoncé l'interpellation de 31 étudiants.

A Niamey, l'Union des scolaires nigériens a exigé la libération des étudiants arrêtés et appelé à une grève de 72 heures.

Les étudiants de Zinder ont annoncé qu'ils observeraient une journée "campus mort" lundi en hommage à leur camarade.
"""


def test_students_fighting_police_riot_and_a_call_to_strike_is_no_event() -> None:
    (ev,) = extract_text(STUDENT_RIOT, published=date(2024, 3, 4), lang="fr")
    assert (ev.sub_event_type, ev.actor1, ev.location, ev.fatalities) == (
        "Violent demonstration", "Rioters (Niger)", "Zinder", 1)


def test_a_title_with_the_next_event_in_it_and_a_second_dateline() -> None:
    text = ("Torodi : quatre soldats tués par un engin explosif près de Makalondi, l'armée riposte par des frappes de drones\n\n"
            "Quatre soldats nigériens ont été tués dimanche par l'explosion d'un engin explosif improvisé au passage d'un convoi "
            "près de Makalondi, dans la région de Tillabéri. Lundi, l'armée a mené des frappes de drones près de Tamou, affirmant "
            "avoir tué une vingtaine de terroristes.\n\n"
            "Niamey, 22 oct. (ASP) — Le véhicule, qui ouvrait la marche du convoi, a sauté sur une mine à la sortie de Makalondi.\n")
    events = extract_text(text, published=date(2024, 10, 22), lang="fr")
    assert [(e.sub_event_type, e.location, str(e.event_date)) for e in events] == [
        ("Remote explosive/landmine/IED", "Makalondi", "2024-10-20"), ("Air/drone strike", "Tamou", "2024-10-21")]


def test_the_abduction_and_its_hostages_named_again_are_no_new_events() -> None:
    text = ("Une cinquantaine de femmes ont été enlevées jeudi par des hommes armés aux environs d'Aribinda, dans la province du Soum.\n\n"
            "L'enlèvement n'a pas été revendiqué, et les autorités n'avaient fait aucun commentaire vendredi soir.\n\n"
            "Dimanche, une cérémonie de soutien aux familles des otages doit être organisée à Aribinda.\n")
    (ev,) = extract_text(text, published=date(2024, 9, 7), lang="fr")
    assert (ev.sub_event_type, str(ev.event_date)) == ("Abduction/forced disappearance", "2024-09-05")


RIOT_THEN_MARCH = """Kayes : un mort lors de manifestations contre les coupures d'électricité

KAYES, 3 août — Un jeune homme est mort jeudi à Kayes lors de heurts entre la police et des manifestants qui protestaient contre les coupures d'électricité. Le lendemain, des femmes ont manifesté pacifiquement à Niono.

Dès jeudi matin, des centaines de jeunes ont érigé des barricades et brûlé des pneus dans les quartiers de Légal Ségou et de Plateau. Certains ont jeté des pierres sur le bâtiment de la société d'électricité.

Les policiers ont fait usage de gaz lacrymogène pour disperser les manifestants.
"""


def test_a_body_back_on_the_first_day_and_quarters_named_like_towns() -> None:
    """The lead ends on Friday's march at Niono; the body, dated Thursday, goes back to the riot
    at Kayes ('les quartiers de Légal Ségou' are parts of Kayes, not Ségou); demonstrators who
    throw stones riot whatever force the police used."""
    events = extract_text(RIOT_THEN_MARCH, published=date(2024, 8, 3), lang="fr")
    assert [(e.sub_event_type, e.location, str(e.event_date)) for e in events] == [
        ("Violent demonstration", "Kayes", "2024-08-01"), ("Peaceful protest", "Niono", "2024-08-02")]


def test_a_rule_for_any_protest_and_a_crowd_that_disperses_itself() -> None:
    text = ("La police a dispersé lundi à coups de gaz lacrymogène un sit-in de commerçants devant le grand marché de "
            "Bobo-Dioulasso. Les manifestants se sont repliés dans les rues adjacentes.\n\n"
            "A Ouagadougou, le ministère a rappelé que \u00ab toute manifestation sur la voie publique reste soumise à autorisation \u00bb.\n\n"
            "La veille, dimanche, des milliers de personnes ont défilé dans le calme à Ouahigouya en soutien au chef de l'Etat, "
            "avant de se disperser en début d'après-midi.\n")
    events = extract_text(text, published=date(2025, 6, 10), lang="fr")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Protest with intervention", "Bobo-Dioulasso"), ("Peaceful protest", "Ouahigouya")]


def test_a_title_s_toll_of_the_next_event_is_not_the_first_s() -> None:
    text = ("Mali : deux soldats tués dans l'embuscade de Kona, le village de Dialloubé pillé\n\n"
            "Des hommes armés ont pillé samedi le village de Dialloubé, dans le cercle de Mopti, sans faire de victimes. "
            "Le lendemain, deux soldats ont été tués dans une embuscade près de Kona.\n")
    events = extract_text(text, published=date(2024, 5, 20), lang="fr")
    assert [(e.location, e.fatalities) for e in events][-1] == ("Kona", 2)
    assert events[0].fatalities in (0, None)


def test_by_a_later_day_an_official_s_toll_is_no_new_event() -> None:
    text = ("Gunmen opened fire on traders at the weekly market in Oursi, in northern Burkina Faso, on Saturday, "
            "killing 11 people, residents said.\n\nBy Tuesday, a local official said 16 people had been killed, "
            "including three children.\n")
    (ev,) = extract_text(text, published=date(2025, 7, 22))
    assert (ev.location, ev.fatalities, str(ev.event_date)) == ("Oursi", 16, "2025-07-19")


def test_the_wounded_who_died_in_a_health_centre_and_the_army_s_air_operation() -> None:
    text = ("A drone strike by the Nigerien army killed at least 17 civilians on Friday at a weekly livestock market "
            "near Sanam, in the Tillabéri region, residents said.\n\n"
            "On Sunday, a local civil society coordinator said two wounded people had died in the health centre of "
            "Filingué, where they had been taken, bringing the toll to 19.\n\n"
            "In a statement broadcast on Télé Sahel on Saturday evening, the army general staff said that an air "
            "operation on Friday in the Sanam area had neutralised dozens of terrorists.\n")
    (ev,) = extract_text(text, published=date(2025, 6, 15))
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Air/drone strike", "Sanam", 19)


def test_a_title_s_place_of_the_next_event_does_not_place_the_first() -> None:
    text = ("Mali: drone strike kills civilians in Kidal region; fighting near Aguelhok\n\n"
            "A Malian army drone strike killed 11 civilians on Sunday at a well in the northern Kidal region, local "
            "officials said. The strike hit a group of herders gathered around a well near Tin-Essako.\n\n"
            "On Monday, rebel fighters attacked an army convoy near Aguelhok, killing four soldiers.\n")
    events = extract_text(text, published=date(2025, 5, 13))
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Air/drone strike", "Ti-n-Essako"), ("Armed clash", "Aguelhok")]


def test_the_body_back_on_the_first_event_by_its_place_takes_its_toll() -> None:
    text = ("NIAMEY, Nov. 5, 2025 (AFP) - Six Nigerien soldiers were killed on Sunday in an attack by jihadists on an army "
            "position in Baroua, in the Diffa region, and on Tuesday a female suicide bomber blew herself up at a market "
            "in the nearby town of Toumour, killing four people, officials said.\n\n"
            "The attack on the Baroua position, near the shores of Lake Chad, was carried out by dozens of fighters. "
            "Six soldiers were killed and eleven wounded, while fifteen terrorists were neutralised, the ministry said.\n")
    events = extract_text(text, published=date(2025, 11, 5))
    assert [(e.location, e.fatalities) for e in events] == [("Baroua", 21), ("Toumour", 4)]


def test_another_who_died_of_his_wounds_is_no_other_event() -> None:
    text = ("Islamic extremists ambushed a Malian army convoy about 10 kilometers south of Ouatagouna on Monday, "
            "officials said.\n\nThe toll has since risen. The security official said 11 soldiers died at the scene and "
            "another died of his wounds on Tuesday at the regional hospital in Gao.\n")
    (ev,) = extract_text(text, published=date(2025, 2, 12))
    assert (ev.location, ev.fatalities) == ("Ouatagouna", 12)


def test_a_road_accident_is_no_event_and_a_clash_weeks_before_is_background() -> None:
    text = ("Students rioted in Zinder on Saturday, burning tyres and throwing stones at police, after a pupil was struck "
            "and killed on Friday evening by a police pickup truck on the main road, witnesses said.\n\n"
            "The riot comes two weeks after jihadists carried out a large-scale assault on the town of Djibo on May 11.\n")
    events = extract_text(text, published=date(2025, 5, 26))
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Zinder")]


def test_a_page_with_no_date_still_merges_the_second_telling_by_its_day_words() -> None:
    events = extract_text(LEAD_ENDS_ON_THE_NEXT, lang="fr")  # no publication date: weekdays stay words
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Soumpi"), ("Armed clash", "Léré")]


def test_two_spellings_of_one_village_in_one_report_are_one_place() -> None:
    text = ("At least 16 people were killed in Thiem in the Tillaberi region by unknown gunmen on Friday, a mayor said.\n"
            "The gunmen opened fire during Friday prayers in the village of Theim and killed 16 people, the mayor told reporters.")
    evs = extract_text(text, lang="en", published=date(2021, 8, 21))
    assert len(evs) == 1 and evs[0].fatalities == 16


def test_a_bare_weekday_and_a_date_falling_on_it_are_one_day() -> None:
    text = ("Au moins sept civils ont été tués jeudi dans l'attaque d'un village de la région de Tillabéri, au Niger.\n"
            "« Le jeudi 09 septembre 2021, vers 18h30, des hommes armés à moto ont attaqué le village de Tcharba Koira », "
            "a indiqué une source locale. « Les assaillants ont tué sept personnes », a-t-elle ajouté.")
    evs = extract_text(text, lang="fr")
    assert [e.location for e in evs] == ["Tcharba Koira"]


def test_a_crowd_marching_then_rioting_in_one_town_on_the_day_is_one_demonstration() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("GAO, Mali (Reuters) - Malian soldiers opened fire on anti-government demonstrators in the northern city of "
            "Gao on Tuesday, killing three.\n\nA year ago the government signed a peace deal with the rebels.\n\n"
            "Thousands of protesters gathered in the streets of Gao on Tuesday, marching to the police station. "
            "Protesters set fire to tyres and pelted the police with stones.")
    (ev,) = extract_text(text, published=date(2016, 7, 12), lang="en")
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Violent demonstration", "Gao", 3)


def test_another_teller_after_meanwhile_is_the_same_strikes() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("At least 15 civilians including children were killed Sunday by drone strikes in Mali's north, where the "
            "army is fighting separatists.\n\nThe separatists blamed the army for the strikes at Tinzaouatene, near "
            "Algeria.\n\nMeanwhile, a local NGO official said \"at least 20 civilians including children\" had been "
            "killed in the drone strikes on Sunday.")
    (ev,) = extract_text(text, published=date(2024, 8, 26), lang="en")
    assert (ev.location, ev.admin1) == ("Tinzaouaten", "Kidal")  # (the gazetteer's spelling)


def test_a_day_s_possessive_names_the_attack_told_not_another() -> None:
    """'Friday's attack' after a lead told without a day is that attack, dated Friday."""
    text = ("Mali: militant attack leaves more than two dozen killed\n\n"
            "Twenty-six people were killed in an attack on a village in central Mali, officials said Saturday.\n\n"
            "Friday's attack targeted a Fulani village named Binedama in the Mopti region, a local official said.\n\n"
            "Two women and a nine-year-old girl were killed in the attack, he said.")
    (ev,) = extract_text(text, published=date(2020, 6, 6), include_candidates=True)
    # (the title's "more than two dozen" is this attack's too: the lowest figure told, 24)
    assert (ev.location, str(ev.event_date), ev.fatalities) == ("Binedama", "2020-06-05", 24)


def test_a_day_told_later_dates_the_undated_telling_at_the_same_village() -> None:
    """A lead with no day ("the army camp at Mondoro has become the target of an assault"), then
    the same village's attack told by its day, is one incident on that day."""
    text = ("Analysis: Mondoro attack shows JNIM's grip on the border zone\n\n"
            "Sahel Analysis Review — 16 September 2025\n\n"
            "For the third time in a decade, the Malian army camp at Mondoro has become the target of a "
            "large-scale jihadist assault.\n\n"
            "On Sunday, fighters of the JNIM attacked the camp at dawn, in an assault the army said it repelled "
            "after several hours of fighting. The General Staff put its losses at seven soldiers killed.")
    events = extract_text(text, published=date(2025, 9, 16), include_candidates=True)
    assert [(e.location, str(e.event_date)) for e in events] == [("Mondoro", "2025-09-14")]


def test_one_village_one_day_one_kind_is_one_event_even_when_the_title_took_a_telling() -> None:
    """ACLED aggregates what happened at one village on one day, of one kind: the bombing told in
    the lead and again further down is one event, whatever the title's restatement took first."""
    text = ("Niger: six soldiers killed in jihadist attack in Diffa region, suicide bomber strikes market\n\n"
            "NIAMEY, Nov. 5, 2025 (AFP) - Six Nigerien soldiers were killed on Sunday in an attack by jihadists on "
            "an army position in Baroua, in the Diffa region in the south-east of the country, and on Tuesday a "
            "female suicide bomber blew herself up at a market in the nearby town of Toumour, killing four people, "
            "according to official and local sources.\n\n"
            "The attack on the Baroua position was carried out by fighters of the Islamic State West Africa Province "
            "(ISWAP), the defence ministry said. Six soldiers were killed and eleven wounded, the ministry said.\n\n"
            "On Tuesday morning, a young woman wearing an explosive belt blew herself up in the middle of the "
            "Toumour market, which was crowded with traders, a local official told AFP by telephone.\n\n"
            "Local officials blamed the suicide bombing on the Boko Haram faction known as JAS, which has "
            "frequently used women and girls as suicide bombers in the Lake Chad region.")
    events = extract_text(text, published=date(2025, 11, 5), include_candidates=True)
    assert sorted((e.location or "", e.sub_event_type) for e in events) == [
        ("Baroua", "Armed clash"), ("Toumour", "Suicide bomb")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Also on Thursday, four gendarmes were killed in an attack in the western province of Kossi.\n"
           "While an attack on a gold mine in the north left two dead, the army said."),
    ("fr", "Jeudi, quatre gendarmes ont été tués dans une attaque dans la province de la Kossi. Tandis qu'une "
           "attaque contre un site d'orpaillage a fait deux morts jeudi dans le nord, selon l'armée."),
])
def test_while_an_attack_opening_a_sentence_is_another_incident_with_its_own_toll(lang: str, text: str) -> None:
    events = extract_text(text, published=date(2022, 6, 10), lang=lang, include_candidates=True)
    assert sorted(e.fatalities or 0 for e in events) == [2, 4]


def test_a_lead_told_only_by_region_with_the_toll_of_a_dated_attack_below_is_that_attack() -> None:
    text = ("Au moins neuf personnes ont été tuées dans une attaque d'hommes armés dans le nord du Burkina Faso. "
            "Des hommes armés ont attaqué et tué plusieurs personnes dans le nord du pays, en majorité des commerçants.\n\n"
            "Jeudi soir, « des individus armés ont mené une attaque contre les habitants de Kantchari », dans la région "
            "de l'Est, « tuant au moins neuf personnes », a indiqué un habitant.")
    events = extract_text(text, published=date(2022, 12, 9), lang="fr", include_candidates=True)
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Kantchari", date(2022, 12, 8), 9)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le bilan provisoire est de 9 morts dans le village de Fafa, dans la région de Gao, a dit un élu local mardi. "
           "\"Ils ont tué beaucoup de gens, plus de 12 personnes\", a assuré une autre autorité locale."),
])
def test_another_teller_of_the_same_killing_is_no_other_event(lang: str, text: str) -> None:
    events = extract_text(text, published=date(2023, 6, 28), lang=lang, include_candidates=True)
    assert [e.location for e in events] == ["Fafa"]


def test_a_comparison_that_dates_the_other_attack_by_its_day_tells_it_too() -> None:
    text = ("Quatre soldats ont été tués dans la nuit de lundi à mardi dans une attaque contre un poste militaire près "
            "de Bosso, a annoncé le ministre. C'est la seconde attaque en trois jours dans cette même région après une "
            "autre qui a eu lieu samedi et au cours de laquelle un soldat a perdu la vie à Toumour.")
    events = extract_text(text, published=None, lang="fr", include_candidates=True)
    assert sorted(e.location or "" for e in events) == ["Bosso", "Toumour"]


def test_on_an_undated_page_a_killing_in_the_pluperfect_with_its_month_and_year_is_history() -> None:
    text = ("Un véhicule militaire a sauté mardi sur un engin explosif près de Banh, faisant trois blessés. « Un autre "
            "véhicule, parti en renfort, a aussi sauté sur une mine », a indiqué une source sécuritaire.\n\n"
            "L'attaque la plus meurtrière de ce type a marqué les esprits en novembre 2019 : 38 personnes avaient été "
            "tuées lors de l'attaque contre un convoi de la mine de Boungou.")
    events = extract_text(text, published=None, lang="fr", include_candidates=True)
    assert events and all(e.fatalities != 38 and (e.event_date is None or e.event_date.year != 2019) for e in events)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Burkina : quatre soldats tués par un engin explosif dans le Loroum\n\nQuatre soldats ont été tués lundi lorsque "
           "leur véhicule a sauté sur un engin explosif près de Banh, dans la province du Loroum, a appris l'AFP mardi de "
           "sources sécuritaires.\n\n« Un autre véhicule militaire, venu en renfort, a aussi sauté sur un engin explosif », "
           "a indiqué une autre source sécuritaire.\n"),
    ("en", "Burkina Faso: four soldiers killed by roadside bomb in Loroum\n\nFour soldiers were killed on Monday when their "
           "vehicle hit an explosive device near Banh, in Loroum province, security sources told AFP on Tuesday.\n\n"
           "\"Another military vehicle, sent as reinforcement, also hit an explosive device,\" another security source said.\n"),
])
def test_a_telling_placed_only_at_the_province_is_the_event_placed_at_its_town(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 3, 6), lang=lang)
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Remote explosive/landmine/IED", "Banh", 4)


def _ev(location: str | None, sub: str = "Remote explosive/landmine/IED", precision: int = 1, admin2: str | None = "Loroum",
        day: date | None = None, toll: int | None = None) -> Event:
    said = Span(start=0, end=1, text="x")
    evidence = {**({"event_date": [said]} if day else {}), **({"fatalities": [said]} if toll is not None else {})}
    return Event(doc_id="d", event_id="e", event_type=SUB_TO_TYPE[sub], sub_event_type=sub, country="Burkina Faso",
                 admin1="Nord", admin2=admin2, location=location, geo_precision=precision, event_date=day,
                 fatalities=toll, evidence=evidence)


@pytest.mark.parametrize("far,placed", [
    (_ev("Burkina Faso", precision=3, admin2=None), True),
    (_ev("Loroum", precision=3), True),
    (_ev("Loroum", precision=3, toll=4), True),  # the same toll told
    (_ev("Loroum", precision=3, toll=9), False),  # another toll told: another blast
    (_ev("Loroum", precision=3, day=date(2024, 2, 20)), False),  # another day told
    (_ev("Loroum", precision=3, sub="Attack"), False),  # another kind
    (_ev("Yatenga", precision=3, admin2="Yatenga"), False),  # another province of the region
])
def test_what_a_telling_from_afar_is_the_town_event_of(far: Event, placed: bool) -> None:
    near = _ev("Banh", precision=2, day=date(2024, 3, 4), toll=4)
    assert placed_version(far, near) is placed
    assert told_from_afar(far) and not told_from_afar(near)


@pytest.mark.parametrize("lang,text", [
    ("en", "Eleven soldiers were killed on Monday in an ambush between Boni and Hombori, the army said.\n\n"
           "The attack comes a week after 30 soldiers died in an assault on the Boulkessi camp.\n"),
    ("fr", "Onze soldats ont été tués lundi dans une embuscade entre Boni et Hombori, a indiqué l'armée.\n\n"
           "Cette attaque intervient une semaine après la mort de 30 soldats dans l'assaut contre le camp de Boulkessi.\n"),
])
def test_the_attack_a_week_before_this_one_is_background(lang: str, text: str) -> None:
    events = extract_text(text, published=date(2024, 3, 5), lang=lang)
    assert [(e.location, e.fatalities) for e in events] == [("Boni", 11)]


def test_an_announcement_a_week_after_the_attack_still_tells_the_attack() -> None:
    # the claim is dated by the attack: the attack it names is the news, not background
    text = ("The Islamic State group on Saturday claimed an ambush on a military convoy that killed 51 soldiers.\n\n"
            "The announcement comes one week after the attack in Deou, in Oudalan province.\n")
    (ev,) = extract_text(text, published=date(2023, 2, 25))
    assert ev.location == "Déou"


def test_attacks_told_one_by_one_after_a_count_are_an_event_each_on_its_day() -> None:
    # "deux attaques distinctes … À X, … À Y, …": each sentence that opens on another place tells
    # the next attack, even with deaths only, and the day told once is each one's
    text = ("Une vingtaine de personnes ont été tuées dimanche dans deux attaques distinctes dans le centre du Mali. "
            "À Diallassagou, des hommes armés ont tué douze civils. À Bankass, huit soldats ont péri dans l'attaque de "
            "leur poste.")
    events = extract_text(text, published=date(2024, 6, 12), lang="fr")
    got = sorted((e.location, e.event_type, e.fatalities, str(e.event_date)) for e in events)
    assert got == [("Bankass", "Battles", 8, "2024-06-09"), ("Diallassagou", "Violence against civilians", 12, "2024-06-09")]


def test_deaths_told_later_at_a_hospital_stay_the_event_s() -> None:
    text = ("Gunmen killed six civilians in the village of Diallassagou on Sunday, officials said. "
            "Two of the wounded died on Monday at the hospital in Bankass.")
    (ev,) = extract_text(text, published=date(2024, 6, 12))
    assert (ev.location, ev.fatalities) == ("Diallassagou", 8)


def test_a_group_named_in_another_event_s_sentence_is_not_this_one_s() -> None:
    # "jihadists" stand for the report's one named group, but not for one told acting elsewhere
    text = ("Twenty Nigerien soldiers were killed on Monday when hundreds of jihadists attacked their position near "
            "Tassia, in the Tillaberi region, the defence ministry said. Elsewhere, in the Diffa region, Boko Haram "
            "fighters killed four herders in the village of Toumour on Sunday.")
    events = {e.location: e.actor1 for e in extract_text(text, published=date(2024, 6, 12))}
    assert events["Tassia"] == "Unidentified Armed Group (Niger)"
    assert (events["Toumour"] or "").startswith("Boko Haram")


def test_the_one_group_named_in_the_report_still_stands_for_its_jihadists() -> None:
    text = ("Jihadists attacked an army position near Tassia on Monday, killing twenty soldiers, the ministry said.\n\n"
            "The Islamic State Sahel Province is active in the area.")
    (ev,) = extract_text(text, published=date(2024, 6, 12))
    assert ev.actor1 == "Islamic State (Sahel)"


def test_after_a_comparison_the_report_goes_on_about_the_news_it_compared() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Au Niger, une nouvelle attaque a tué 15 soldats mardi dans la région de Tillabéry. Le ministère de la Défense"
            " l'a annoncé mercredi par communiqué. C'est la deuxième attaque d'envergure qu'essuient les forces armées"
            " nigériennes en 4 jours.\n\nC'est une position des militaires nigériens qui a été visée mardi, selon le"
            " communiqué. Les soldats se trouvaient alors près de la ville de Banibangou.")
    (ev,) = extract_text(text, published=date(2021, 5, 6))
    assert (ev.location, ev.fatalities) == ("Banibangou", 15)


def test_the_abducted_women_named_again_are_no_new_abduction() -> None:
    evs = extract_text("Des hommes armés ont enlevé douze femmes lundi à Djibo. Mardi, dans la région du Centre-Nord, aucune "
                       "nouvelle des personnes enlevées n'était parvenue aux familles.", published=date(2020, 10, 7))
    assert [(e.sub_event_type, e.location) for e in evs] == [("Abduction/forced disappearance", "Djibo")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samedi, au moins 15 soldats maliens ont été tués dans l'attaque du camp militaire de Soumpi. Cette nouvelle "
           "attaque survient deux jours après la mort de 26 personnes, tuées par l'explosion d'une mine à Boni."),
    ("en", "On Saturday at least 15 Malian soldiers were killed in an attack on the army camp in Soumpi. The attack comes "
           "two days after 26 people were killed by a landmine explosion near Boni."),
])
def test_the_attack_a_few_days_before_that_the_news_is_set_against_is_background(lang: str, text: str) -> None:
    evs = extract_text(text, lang=lang, published=date(2018, 1, 28))
    assert [e.location for e in evs] == ["Soumpi"]


def test_a_town_of_a_region_carved_out_of_the_one_named_places_the_news() -> None:
    """Ménaka lay in the Gao region until 2016: "the Gao region where the attack took place" does
    not contradict the corridor the statement names, which places the lead told only at the country."""
    text = ("Nine peacekeepers killed in Mali ambush\n\n"
        "Bamako (AFP) - Suspected Islamists killed at least nine peacekeepers from Niger on Friday in northeastern Mali, military sources said.\n\n"
        "MINUSMA did not immediately hold any armed group responsible, but an officer told AFP the attack had been carried out by "
        "MUJAO, a militia behind numerous attacks in recent years.\n\n"
        "\"This morning, a convoy of peacekeepers was the target of a direct attack while travelling to Indelimane, in the Menaka-Asongo corridor. "
        "A provisional toll indicated nine deaths,\" a statement from the UN mission said.\n\n"
        "The deputy head of the mission said he was \"horrified\" by the \"cowardly\" attack.\n\n"
        "\"These crimes must not go unpunished,\" he said in the statement.\n\n"
        "A source said MUJAO had formed an alliance with militants in the Gao region where the attack took place.")
    (ev,) = extract_text(text, lang="en", published=date(2014, 10, 3), include_candidates=True)
    assert (ev.location, ev.admin1, ev.fatalities) == ("Ménaka", "Ménaka", 9)


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 18 people, including at least eight foreigners, were shot dead in a Turkish restaurant in "
           "Ouagadougou on Sunday night, officials said. Two attackers were killed by security forces in a counter-assault "
           "that left the streets echoing with gunfire until morning."),
    ("fr", "Au moins 18 civils ont été tués dimanche soir par des hommes armés dans un restaurant de Ouagadougou. "
           "Les deux assaillants ont été neutralisés par les forces spéciales au terme d'un contre-assaut."),
])
def test_an_attack_on_civilians_the_forces_then_fought_is_the_attack_and_the_battle(lang: str, text: str) -> None:
    events = extract_text(text, lang=lang, published=date(2017, 8, 14), include_candidates=True)
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [("Armed clash", 2), ("Attack", 18)]
    battle = next(e for e in events if e.sub_event_type == "Armed clash")
    assert battle.actor1.startswith("Military Forces") and battle.actor2 == "Unidentified Armed Group (Burkina Faso)"


def test_villagers_who_killed_an_attacker_make_one_battle() -> None:
    text = ("Gunmen attacked the village of Sollé on Sunday, killing three civilians; the villagers killed one of the "
            "attackers.")
    events = extract_text(text, lang="en", published=date(2024, 5, 6), include_candidates=True)
    assert len(events) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Dozens of people have been shot dead at a mosque in Natiaboani during early-morning prayers on Sunday, the "
           "authorities said. The attackers also targeted soldiers and a self-defence militia stationed locally that same day."),
    ("fr", "Des dizaines de fidèles ont été tués dimanche à la mosquée de Natiaboani lors de la première prière. Les VDP et "
           "des militaires de Natiaboani ont également essuyé des tirs nourris avant que les assaillants ne s'enfuient."),
])
def test_an_attack_on_worshippers_that_also_struck_the_forces_is_the_attack_and_the_battle(lang: str, text: str) -> None:
    events = extract_text(text, lang=lang, published=date(2024, 2, 27), include_candidates=True)
    assert sorted((e.event_type, e.location) for e in events) == [
        ("Battles", "Natiaboani"), ("Violence against civilians", "Natiaboani")]
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor1 == "Unidentified Armed Group (Burkina Faso)" and battle.fatalities == 0
