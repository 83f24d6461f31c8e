"""ACLED's coding conventions that decide an event's type from who took part, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.triggers import find_triggers

PUB = date(2024, 5, 6)


@pytest.mark.parametrize("text", [
    "On 4 May 2024, JNIM militants abducted three VDP in the village of Kelbo, Soum province.",
    "Le 4 mai 2024, des jihadistes ont enlevé deux dozos à Kolongo, dans le cercle de Macina.",
    "On 4 May 2024, unidentified gunmen kidnapped two soldiers near Djibo.",
])
def test_armed_men_taken_by_an_armed_group_are_a_battle(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_civilians_taken_are_an_abduction() -> None:
    (ev,) = extract_text("On 4 May 2024, unidentified gunmen kidnapped two teachers near Djibo.", published=PUB)
    assert ev.sub_event_type == "Abduction/forced disappearance" and ev.actor2 == "Civilians (Burkina Faso)"


@pytest.mark.parametrize("text", [
    "On 4 May 2024, gunmen attacked soldiers in Kelbo, killing three of them.",
    "Le 4 mai 2024, des hommes armés ont attaqué des VDP à Kelbo, tuant trois d'entre eux.",
])
def test_a_share_of_the_people_named_after_a_toll_verb_is_a_toll(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.fatalities == 3


def test_the_french_participle_is_no_attack_noun() -> None:
    # "ont attaqué des VDP" folds to the noun's letters ("l'attaque des jihadistes"): the VDP were attacked
    (ev,) = extract_text("Le 4 mai 2024, des hommes armés ont attaqué des VDP à Kelbo.", published=PUB)
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert ev.actor2 is not None and ev.actor2.startswith("VDP")
    assert ev.event_type == "Battles"
    (ev,) = extract_text("Le 4 mai 2024, l'attaque des jihadistes contre Kelbo a fait trois morts.", published=PUB)
    assert ev.actor2 == "Civilians (Burkina Faso)" and ev.fatalities == 3


@pytest.mark.parametrize("text", [
    "On 4 May 2024, jihadists attacked an army post in Djibo. The army said it lost six soldiers.",
    "Le 4 mai 2024, des jihadistes ont attaqué un poste de l'armée à Djibo. L'armée a perdu six soldats.",
])
def test_the_forces_losses_are_a_toll(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.fatalities == 6


@pytest.mark.parametrize("text", [
    "On 4 May 2024, the Malian air force struck retreating assailants near Inekar, killing around thirty terrorists.",
    "Le 4 mai 2024, l'armée de l'air a frappé des terroristes près d'Inékar, en tuant une trentaine.",
])
def test_an_air_force_that_strikes_is_an_air_strike(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == "Air/drone strike" and ev.actor1 == "Military Forces of Mali"


def test_a_crowd_that_gunmen_fire_on_is_civilians() -> None:
    (ev,) = extract_text("On 4 May 2024, gunmen opened fire on a crowd at the market in Bourzanga, killing 12 people.",
                         published=PUB)
    assert ev.sub_event_type == "Attack" and ev.actor2 == "Civilians (Burkina Faso)"


def test_national_forces_with_foreign_fighters_are_the_actor_and_the_fighters_associated() -> None:
    (ev,) = extract_text("On 4 May 2024, Malian soldiers and fighters from Russia's Wagner Group killed at least 30 "
                         "civilians in the village of Welingara, in the Segou region, witnesses said.", published=PUB)
    assert (ev.actor1, ev.assoc_actor_1, ev.actor2) == ("Military Forces of Mali", "Wagner Group", "Civilians (Mali)")
    # the region the report names wins over the one homonym the gazetteer knows elsewhere
    assert ev.location == "Welingara" and ev.admin1 == "Ségou"


@pytest.mark.parametrize("text", [
    "On 4 May 2024, VDP volunteers repelled an attack by suspected jihadists on Titao, losing six of their men.",
    "Le 4 mai 2024, des volontaires pour la défense de la patrie (VDP) ont repoussé mardi une attaque de présumés "
    "jihadistes contre la ville de Titao. Six VDP ont perdu la vie.",
])
def test_the_side_that_repels_an_attack_is_the_side_attacked(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.event_type == "Battles" and ev.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert ev.actor2 is not None and ev.actor2.startswith("VDP")


def test_the_loss_of_soldiers_is_a_toll_and_a_side_saying_it_seized_a_camp_is_its_maker() -> None:
    text = ("On 12 September 2023, rebels of the Permanent Strategic Framework (CSP) said they had seized a Malian "
            "army camp in Bourem. The army said it had killed 46 rebels, while acknowledging the loss of 10 soldiers.")
    (ev,) = extract_text(text, published=date(2023, 9, 13))
    assert ev.fatalities == 56 and ev.actor1 is not None and ev.actor1.startswith("CSP")


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "On 3 May 2024, militants detonated an IED against an army convoy near Boni, then opened fire on the "
           "soldiers; two soldiers were killed.", "Armed clash"),
    ("fr", "Le 3 mai 2024, un convoi de l'armée a sauté sur un engin explosif près de Boni, suivi d'une attaque des "
           "jihadistes ; deux soldats ont été tués.", "Armed clash"),
    ("en", "On 3 May 2024, the air force carried out airstrikes on jihadists near Djibo, followed by a ground assault "
           "by army commandos; 12 militants were killed.", "Armed clash"),
    # air support or troops nearby is not fighting on the ground
    ("en", "On 3 May 2024, the air force carried out an airstrike on a jihadist base near Djibo while ground forces "
           "combed the area; the base was destroyed.", "Air/drone strike"),
    # a suicide bombing keeps its sub-type with gunfire around it
    ("en", "On 3 May 2024, a suicide car bomb and gunfire hit an army camp in Timbuktu, killing four soldiers.", "Suicide bomb"),
    # unless it opened an assault that was fought: a complex attack on a camp is a battle (ACLED's Sahel notes)
    ("en", "On 3 May 2024, JNIM militants carried out a complex attack against an army camp in Tarkint, initiated by a "
           "suicide car bomb followed by an armed assault; two soldiers were killed.", "Armed clash"),
    ("en", "On 3 May 2024, suicide bombers blew themselves up at the army camp in Inates, killing 18 soldiers. The attack "
           "began with the detonation of two suicide vehicles at the entrance to the camp, followed by gunfire from "
           "terrorists, the ministry said.", "Armed clash"),
    ("fr", "Le 3 mai 2024, une attaque aux véhicules piégés a visé le camp militaire de Kati, provoquant une riposte "
           "des forces armées qui ont perdu un soldat.", "Armed clash"),
    # attackers who rode up to the base and fired rockets were on the scene: not fire from afar
    ("fr", "Le 3 mai 2024, des assaillants venus à bord de motos ont tiré des roquettes sur la base militaire de "
           "Nassoumbou, tuant quatre soldats.", "Armed clash"),
    ("en", "On 3 May 2024, militants fired rockets at the army base in Nassoumbou, killing four soldiers.",
     "Shelling/artillery/missile attack"),
])
def test_remote_violence_with_ground_fighting_is_a_clash(lang: str, text: str, sub: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=date(2024, 5, 4))
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 May 2024, students protesting in Koudougou over unpaid grants threw stones at the police, who "
           "fired tear gas to disperse them."),
    ("fr", "Le 3 mai 2024, une manifestation de commerçants a dégénéré à Kaya : des jets de pierres ont visé les "
           "policiers, qui ont dispersé la foule."),
    ("en", "On 3 May 2024, police broke up a protest by factory workers in Banfora, arresting 26; there were "
           "injuries on both sides."),
    ("en", "On 3 May 2024, protesters in Ouahigouya forcibly freed a prisoner from the town's jail as police looked on."),
])
def test_demonstrators_who_turn_violent_riot(lang: str, text: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=date(2024, 5, 4))
    assert ev.sub_event_type == "Violent demonstration" and (ev.actor1 or "").startswith("Rioters")


@pytest.mark.parametrize("text,sub,actor1,actor2,deaths", [
    # security forces firing on demonstrators: ACLED's excessive force, the protesters first
    ("Soldiers opened fire on demonstrators in Kaya on Monday, killing four protesters.",
     "Excessive force against protesters", "Protesters (Burkina Faso)", "Military Forces of Burkina Faso", 4),
    ("Des soldats ont ouvert le feu sur des manifestants à Kaya lundi, tuant quatre manifestants.",
     "Excessive force against protesters", "Protesters (Burkina Faso)", "Military Forces of Burkina Faso", 4),
    ("Les forces de l'ordre ont dispersé les manifestants à coups de gaz lacrymogène à Niamey lundi.",
     "Protest with intervention", "Protesters (Niger)", "Police Forces of Niger", 0),
    # armed men who loot are looters; a crowd that loots riots
    ("Gunmen looted shops and burned granaries in Solle on Sunday.",
     "Looting/property destruction", "Unidentified Armed Group (Burkina Faso)", None, 0),
    ("Angry youths looted shops and burned tyres in Kaya on Monday.", "Violent demonstration", "Rioters (Burkina Faso)", None, 0),
    # the deaths a crowd gathered over are not the protest's
    ("Hundreds of people marched in Djibo on Monday to denounce the killing of seven civilians.",
     "Peaceful protest", "Protesters (Burkina Faso)", None, 0),
    ("Des centaines de personnes ont manifesté lundi à Djibo pour dénoncer l'assassinat de sept civils.",
     "Peaceful protest", "Protesters (Burkina Faso)", None, 0),
    ("Angry youths looted shops and burned tyres in Kaya on Monday after the killing of a trader.",
     "Violent demonstration", "Rioters (Burkina Faso)", None, 0),
])
def test_crowds_and_the_forces_facing_them(text: str, sub: str, actor1: str, actor2: str | None, deaths: int) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == (sub, actor1, deaths)
    if actor2 is not None:
        assert ev.actor2 == actor2


@pytest.mark.parametrize("text,sub,actor2", [
    ("An IED exploded near a market in Gao on Sunday, killing four people.", "Remote explosive/landmine/IED", "Civilians (Mali)"),
    ("An angry mob lynched a suspected thief in Kati on Sunday.", "Mob violence", "Civilians (Mali)"),
    ("Une foule en colère a lynché deux présumés voleurs à Kati dimanche.", "Mob violence", "Civilians (Mali)"),
])
def test_victims_nobody_names_as_fighters_are_civilians(text: str, sub: str, actor2: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.sub_event_type, ev.actor2) == (sub, actor2)


@pytest.mark.parametrize("text", [
    "The army said it repelled an attack on its base in Tessit on Sunday, killing 20 assailants.",
    "The army said on Monday that it had repelled an attack on its base in Tessit, killing 20 assailants.",
    "L'armée affirme avoir repoussé une attaque contre son camp de Tessit dimanche, neutralisant 20 assaillants.",
])
def test_forces_that_repelled_an_attack_are_the_side_attacked(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali", 20)


@pytest.mark.parametrize("text,sub", [
    ("Le camp de la Minusma à Tessalit a été la cible de tirs d'obus mercredi, sans faire de victimes.",
     "Shelling/artillery/missile attack"),
    ("Des manifestants ont bloqué la route nationale à Kati vendredi pour protester contre les coupures d'électricité.",
     "Violent demonstration"),
])
def test_shell_fire_is_shelling_and_a_road_blocked_is_a_violent_demonstration(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text,actor2", [
    ("Des jihadistes ont tué 18 supplétifs civils de l'armée à Kantchari dimanche.",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Jihadists killed 18 civilian auxiliaries of the army in Kantchari on Sunday.",
     "VDP: Volunteers for the Defense of the Homeland"),
    ("Jihadists killed 18 members of a self-defence militia in Kantchari on Sunday.",
     "Unidentified Communal Militia (Burkina Faso)"),
])
def test_the_army_s_civilian_auxiliaries_and_militia_members_are_armed_so_a_battle(text: str, actor2: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.event_type, ev.actor2, ev.fatalities) == ("Battles", actor2, 18)


@pytest.mark.parametrize("text,sub,actor1,assoc,actor2", [
    ("Russian Africa Corps troops and Malian soldiers clashed with JNIM fighters near Nioro on Sunday.", "Armed clash",
     "Military Forces of Mali", "Military Forces of Russia Africa Corps", "JNIM: Group for Support of Islam and Muslims"),
    ("The Malian army and Wagner mercenaries retook the town of Kidal on Tuesday.", "Government regains territory",
     "Military Forces of Mali", "Wagner Group", None),
    ("L'armée malienne a repris le contrôle de Kidal mardi.", "Government regains territory",
     "Military Forces of Mali", None, None),
])
def test_russian_forces_beside_the_army_are_its_associates(text: str, sub: str, actor1: str, assoc: str | None,
                                                           actor2: str | None) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.sub_event_type, ev.actor1, ev.assoc_actor_1) == (sub, actor1, assoc)
    if actor2 is not None:
        assert ev.actor2 == actor2


@pytest.mark.parametrize("text,sub,actor1,deaths", [
    ("Un présumé voleur de bétail a été battu à mort par une foule dimanche au marché de Gorom-Gorom.",
     "Mob violence", "Rioters (Burkina Faso)", 1),
    ("L'armée burkinabè a repris dimanche le contrôle de la localité de Mansila après des combats ayant fait une "
     "dizaine de morts parmi les terroristes.", "Government regains territory", "Military Forces of Burkina Faso", 10),
    ("Des individus armés ont assassiné samedi le maire de la commune de Tongomayel à son domicile.",
     "Attack", "Unidentified Armed Group (Burkina Faso)", 1),
    ("Les jihadistes du JNIM ont pris le contrôle lundi de la ville de Boni après le retrait des forces armées "
     "maliennes, sans combats, selon des habitants.", "Non-violent transfer of territory",
     "JNIM: Group for Support of Islam and Muslims", 0),
    ("The death toll from Saturday's attack on a military post in Djibo has risen to 24 soldiers, a security source "
     "said on Monday.", "Armed clash", "Unidentified Armed Group (Burkina Faso)", 24),
])
def test_french_and_english_phrasings_of_the_same_conventions(text: str, sub: str, actor1: str, deaths: int) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.sub_event_type, ev.actor1, ev.fatalities) == (sub, actor1, deaths)


def test_who_told_it_is_no_side_nor_where_it_came_from_the_place() -> None:
    (ev,) = extract_text("Des affrontements entre Koglweogo et des éleveurs peuls ont fait six morts dimanche près de "
                         "Fada N'Gourma, selon la gendarmerie.", published=PUB, include_candidates=True)
    assert ev.actor2 != "Police Forces of Burkina Faso Gendarmerie"
    (ev,) = extract_text("Depuis Bamako, le porte-parole du gouvernement a annoncé mardi que 14 terroristes avaient été "
                         "neutralisés lors d'une opération aérienne lundi dans la région de Tombouctou.",
                         published=PUB, include_candidates=True)
    assert ev.admin1 == "Tombouctou"


@pytest.mark.parametrize("text", [
    "Malian police arrested a prominent opposition figure in Bamako on Monday after he criticised the military "
    "government on social media, his lawyer said.",
    "La police a arrêté lundi à Bamako un opposant qui avait critiqué la junte militaire sur les réseaux sociaux.",
])
def test_the_military_government_is_not_the_forces_and_whom_police_arrest_are_civilians(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Arrests", "Police Forces of Mali", "Civilians (Mali)")


@pytest.mark.parametrize("text", [
    "Quatorze terroristes ont été neutralisés lundi près de Goundam.",
    "Fourteen terrorists were neutralised near Goundam on Monday, the army said.",
])
def test_enemies_neutralised_were_killed_by_the_forces(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)", 14)


def test_an_air_operation_announced_from_the_capital_is_the_forces_air_strike_where_it_fell() -> None:
    (ev,) = extract_text("Depuis Bamako, le porte-parole du gouvernement a annoncé mardi que 14 terroristes avaient été "
                         "neutralisés lors d'une opération aérienne lundi dans la région de Tombouctou.",
                         published=date(2024, 5, 8), include_candidates=True)
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.admin1, ev.fatalities) == (
        "Air/drone strike", "Military Forces of Mali", "Unidentified Armed Group (Mali)", "Tombouctou", 14)


@pytest.mark.parametrize("text,actor2", [
    ("On 4 May 2024, JNIM militants attacked a mobile checkpoint of the gendarmerie near Djibo, no casualties reported.",
     "Police Forces of Burkina Faso Gendarmerie"),
    ("On 4 May 2024, the gendarmerie post in Djibo was attacked overnight by suspected JNIM militants, no casualties.",
     "Police Forces of Burkina Faso Gendarmerie"),
    ("On 4 May 2024, unknown gunmen attempted to assassinate a Burkinabe soldier in Djibo; he escaped with injuries.",
     "Military Forces of Burkina Faso"),
])
def test_a_force_attacked_at_its_post_or_targeted_in_an_attempt_is_the_other_side_of_a_battle(text: str, actor2: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.actor2) == ("Battles", actor2)


def test_militia_hit_while_enemies_were_neutralised_is_an_attack_on_the_militia() -> None:
    text = ("Le 4 mai 2024, un détachement de VDP a été pris pour cible près de Thiou. Huit VDP ont perdu la vie "
            "et plusieurs assaillants ont été neutralisés lors des combats, selon une source locale.")
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.actor1, ev.actor2) == (
        "Battles", "Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des combattants du JNIM ont pris dimanche le contrôle de la ville de Léré, dans la région de Tombouctou, "
           "après le retrait de l'armée malienne."),
    ("en", "JNIM fighters took on Sunday control of the town of Lere, in the Timbuktu region, after the Malian army withdrew."),
])
def test_a_town_taken_with_the_day_told_inside_the_phrase_is_territory_seized(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 5, 7), lang=lang)
    assert (ev.sub_event_type, str(ev.event_date)) == ("Non-state actor overtakes territory", "2024-05-05")


def test_a_unit_engaged_by_a_group_is_a_battle() -> None:
    text = ("Le 12 mai 2024, une unité de l'armée a été accrochée par un groupe d'une cinquantaine de terroristes "
            "à proximité de Koumbri, dans la province du Yatenga.")
    (ev,) = extract_text(text, published=date(2024, 5, 14), lang="fr")
    assert (ev.sub_event_type, ev.location) == ("Armed clash", "Koumbri")


def test_families_that_took_refuge_in_a_town_did_not_take_it() -> None:
    text = ("On 20 September 2025, Islamic State fighters killed 22 civilians in Tabangout, near Ménaka. "
            "Dozens of families from Tabangout have taken refuge in the town.")
    (ev,) = extract_text(text, published=date(2025, 9, 22))
    assert ev.sub_event_type == "Attack"


def test_people_gathered_to_denounce_something_protest() -> None:
    (ev,) = extract_text("On Monday, several hundred people gathered in front of the governorate in Kayes to denounce "
                         "the shortage of petrol.", published=date(2025, 9, 9))
    assert (ev.sub_event_type, ev.location) == ("Peaceful protest", "Kayes")


def test_marchers_who_handed_over_a_memorandum_transferred_no_territory() -> None:
    (ev,) = extract_text("On 21 June 2025, several thousand people marched in Bobo-Dioulasso to the regional governorate, "
                         "where they handed over a memorandum of support.", published=date(2025, 6, 22))
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mercredi, l'Organisation des transporteurs a dénoncé à Ouagadougou une situation intenable et menacé de suspendre ses activités."),
    ("en", "On Wednesday, the transporters' union in Ouagadougou threatened to strike over the insecurity on the roads."),
])
def test_a_union_threatening_to_strike_is_no_event(lang: str, text: str) -> None:
    assert extract_text(text, published=date(2025, 2, 13), lang=lang) == []


def test_an_attack_being_prepared_is_none_held() -> None:
    text = ("Samedi, des frappes aériennes ont neutralisé une quarantaine de combattants près de Tin-Akoff, au Burkina Faso.\n\n"
            "D'après une source sécuritaire à Dori, les combattants ciblés s'apprêtaient à lancer une attaque contre des "
            "positions de l'armée dans la zone de Markoye.\n")
    (ev,) = extract_text(text, published=date(2024, 7, 15), lang="fr")
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "On 21 February 1998, soldiers mutinied over unpaid salaries by taking over the towns of Diffa and Zinder.",
    "On 4 May 2024, JNIM militants took over the town of Boni after the army withdrew.",
    "On 4 May 2024, gunmen seized the villages of Kelbo and Silgadji.",
])
def test_towns_taken_over_are_territory_a_mutiny_took(text: str) -> None:
    # "take over" is English for seizing; towns taken by mutineers are taken by a non-state
    # actor (ACLED codes a mutiny apart from the government's forces)
    (ev, *_) = extract_text(text, published=PUB)
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_livestock_seized_in_a_village_is_not_the_village_taken() -> None:
    text = "On 4 May 2024, suspected JNIM militants killed four people and seized livestock in the village of Nama."
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize("text, sides", [
    ("On 4 May 2024, Bissa farmers clashed with Fulani herders in Zabré over a field; seven people were killed.",
     ("Bissa Ethnic Militia (Burkina Faso)", "Fulani Ethnic Militia (Burkina Faso)")),
    ("Le 4 mai 2024, des affrontements entre agriculteurs et éleveurs peuls ont fait trois morts à Djibasso.",
     ("Fulani Ethnic Militia (Burkina Faso)", "Unidentified Communal Militia (Burkina Faso)")),
])
def test_two_communities_that_fight_are_identity_militias_in_a_clash(text: str, sides: tuple[str, str]) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", *sides)
    assert ev.evidence["actor1"][0].text.lower().startswith(("bissa", "peul"))


def test_miners_and_villagers_who_fight_are_a_mob_not_communities() -> None:
    text = "On 4 May 2024, gold miners and villagers of Pampouna clashed over a stolen phone, four people were wounded."
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "On 4 May 2024, clashes between police and Diré youth left two people wounded.",
    "On 4 May 2024, residents of Boussé clashed with a police officer after a chase.",
    "Le 4 mai 2024, des jeunes de Kaya se sont affrontés avec les forces de l'ordre, faisant deux blessés.",
    # the sides told after the place and time, the police named first
    "Le 4 mai 2024, des échauffourées ont éclaté ce samedi matin près du lycée de Kaya, dans le Centre-Nord, "
    "entre policiers et élèves, faisant deux blessés.",
    "On 4 May 2024, new clashes were reported in Koudougou near the university between police and students.",
])
def test_a_crowd_that_fights_the_police_riots_against_them(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.actor1.split(" (")[0], (ev.actor2 or "").split(" of ")[0]) == ("Riots", "Rioters", "Police Forces")


@pytest.mark.parametrize("text", [
    "On 4 May 2024, students demonstrated in Diébougou over the death of a classmate. Traffic was blocked for an hour on the highway.",
    "Le 4 mai 2024, des élèves ont manifesté à Kaya contre la suspension des cours. La route nationale a été bloquée pendant trois heures.",
    "On 4 May 2024, striking students assaulted two teachers in Saaba.",
    "On 4 May 2024, students smashed windows while protesting at the university of Koudougou.",
])
def test_demonstrators_who_block_the_road_or_hurt_people_riot(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 4 May 2024, a strike on a terrorist logistics base near Nampala destroyed fuel stocks and a pickup.",
    "Le 4 mai 2024, une frappe sur un regroupement de terroristes près de Nampala a détruit des motos.",
])
def test_a_strike_on_a_target_is_from_the_air_and_the_forces_struck(text: str) -> None:
    # (the armed group told as the target is what was struck, not the striker)
    (ev,) = extract_text(text, published=PUB)
    assert (ev.sub_event_type, ev.actor1) == ("Air/drone strike", "Military Forces of Mali")


def test_a_labour_strike_against_the_government_is_no_air_strike() -> None:
    (ev,) = extract_text("On 4 May 2024, teachers in Kaya began a strike against the government's reforms.", published=PUB)
    assert ev.event_type == "Protests"


def test_aircraft_that_tracked_the_attackers_and_struck_them_later_that_morning() -> None:
    text = ("On Tuesday, the army repelled an attack on its camp in Andéranboukane, killing 13 assailants. "
            "Aircraft then tracked the fleeing assailants and struck them later that morning near In Chinnana, "
            "some 45 km to the north-east, neutralising about ten others.")
    events = extract_text(text, published=date(2024, 3, 7), lang="en")
    strike = [e for e in events if e.location == "In Chinnana"]
    assert strike and (strike[0].sub_event_type, str(strike[0].event_date)) == ("Air/drone strike", "2024-03-05")


def test_hostages_freed_are_a_development_and_their_old_abduction_is_history() -> None:
    text = ("Two Chinese nationals kidnapped in western Mali freed, embassy says\n\n"
            "The two men, employees of a mining company, were freed on Sunday and handed over to Malian forces near "
            "Nioro du Sahel, a security source said.\n\n"
            "The men had been seized in January by gunmen near Kéniéba; their driver was killed at the time.")
    (ev,) = extract_text(text, published=date(2024, 6, 11), lang="en")
    assert (ev.event_type, ev.location, ev.fatalities) == ("Strategic developments", "Nioro", 0)


@pytest.mark.parametrize("text, sub", [
    ("On 4 May 2024, JNIM militants abducted two health workers in Sona; the two were released three days later.",
     "Abduction/forced disappearance"),
    ("Le 4 mai 2024, l'armée a affronté des bandits près de Dan Issa : quatre bandits ont été neutralisés et trois "
     "otages ont été libérés.", "Armed clash"),
])
def test_a_release_told_after_the_abduction_or_won_in_a_fight_is_no_event_of_its_own(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text, lang", [
    ("On 4 May 2024, the Malian army withdrew from its camp in Inékar and handed the position over to MSA fighters.", "en"),
    ("Le 4 mai 2024, l'armée malienne a remis son camp d'Inékar aux combattants du MSA.", "fr"),
])
def test_a_camp_handed_over_is_a_non_violent_transfer(text: str, lang: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert (ev.sub_event_type, ev.location) == ("Non-violent transfer of territory", "Inékar")


@pytest.mark.parametrize("text, lang", [
    ("On 4 May 2024, Dozo hunters and Katiba Macina fighters concluded a local peace agreement in Kolongo after "
     "months of clashes.", "en"),
    ("Le 4 mai 2024, des chasseurs dozos et des combattants de la katiba Macina ont signé un accord de paix à Kolongo "
     "après des mois d'affrontements.", "fr"),
])
def test_months_of_clashes_are_the_setting_of_an_agreement_not_a_clash(text: str, lang: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert ev.sub_event_type == "Agreement"


@pytest.mark.parametrize("text, lang", [
    ("Le 4 mai 2024, des jihadistes ont attaqué le détachement militaire de Sebba. La riposte des forces armées, "
     "appuyées par des vecteurs aériens, a permis de neutraliser plusieurs dizaines de terroristes.", "fr"),
    ("On 4 May 2024, jihadists attacked the army detachment in Sebba; soldiers, supported by aircraft, repelled "
     "the assault.", "en"),
])
def test_aircraft_backing_the_forces_in_a_ground_fight_make_no_air_strike(text: str, lang: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert ev.sub_event_type == "Armed clash"


def test_youths_who_burn_the_police_station_after_a_death_riot_over_it() -> None:
    text = ("Dogondoutchi : des jeunes incendient le commissariat après la mort d'un élève\n\n"
            "De violentes émeutes ont secoué samedi la ville de Dogondoutchi après la mort d'un élève percuté par un "
            "véhicule de la police. Des centaines de jeunes ont érigé des barricades et incendié le commissariat.")
    (ev,) = extract_text(text, published=date(2025, 1, 20), lang="fr")
    assert (ev.event_type, ev.location) == ("Riots", "Dogondoutchi")


def test_aid_workers_taken_in_an_aside_and_freed_are_a_release() -> None:
    text = ("MÉNAKA. Les quatre agents d'une ONG malienne, enlevés le 2 octobre sur l'axe Ménaka–Anderamboukane, "
            "ont été libérés samedi dans les environs de Ménaka.")
    (ev,) = extract_text(text, published=date(2023, 10, 23), lang="fr")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")


def test_an_attack_told_as_a_time_anchor_takes_no_part_and_a_share_counts_across_an_aside() -> None:
    # "quelques jours après une attaque contre un poste militaire": another event, whose target
    # is not hit here; "32 d'entre eux, dont des adolescents, ont été abattus" is the toll
    text = ("Le 18 mars 2025, une colonne de soldats et de VDP est entrée dans le village de Toéni, quelques jours "
            "après une attaque jihadiste contre un poste militaire de la zone. Les hommes ont été regroupés près de "
            "la mosquée et au moins 32 d'entre eux, dont des adolescents, ont été abattus.")
    (ev,) = extract_text(text, published=date(2025, 3, 20), lang="fr")
    assert (ev.sub_event_type, ev.location, ev.fatalities) == ("Attack", "Toéni", 32)


@pytest.mark.parametrize("text, lang, kind", [
    ("Le 4 mai 2024, Dogons et Peuls ont signé à Mondoro un pacte de non-agression.", "fr", "Agreement"),
    ("On 4 May 2024, anti-riot police dispersed a peaceful march by teachers in Kaya with tear gas.", "en",
     "Protest with intervention"),
])
def test_a_negated_or_qualifying_prefix_is_no_event_word(text: str, lang: str, kind: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert ev.sub_event_type == kind


def test_an_attack_on_a_customs_post_is_a_battle_with_the_customs() -> None:
    (ev,) = extract_text("On 4 May 2024, gunmen on motorcycles attacked the customs post in Ouonkoro.", published=PUB)
    assert ev.event_type == "Battles"


@pytest.mark.parametrize("text, sub", [
    ("On 4 May 2024, residents of Pouytenga attacked customs posts and burned a motorcycle over the death of a youth.",
     "Violent demonstration"),
    ("On 4 May 2024, villagers in Dohoun killed another villager for having stolen village artifacts.", "Mob violence"),
])
def test_an_unarmed_crowd_that_attacks_riots(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.sub_event_type) == ("Riots", sub)


@pytest.mark.parametrize("text, sub", [
    ("On 4 May 2024, residents of Passakongo marched to demand the release of 23 people arrested in their area.",
     "Peaceful protest"),
    ("On 4 May 2024, residents staged a demonstration in Boulsa in reaction to the arrest of the Koglweogo chief.",
     "Peaceful protest"),
    ("On 4 May 2024, protesters demonstrated in Koudougou over the murder of a journalist. Police intervened.",
     "Protest with intervention"),
    ("Le 4 mai 2024, des jeunes ont manifesté à Kaya contre la vie chère, mais la police est intervenue.",
     "Protest with intervention"),
])
def test_an_arrest_the_crowd_rose_over_is_no_intervention_but_the_police_stepping_in_is(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == sub


def test_livestock_taken_is_no_abduction_in_an_agreement() -> None:
    text = ("Le 14 mars 2023, les chasseurs dozos et des émissaires de la katiba Macina ont conclu à Kolongotomo un accord "
            "local de cessation des hostilités. L'accord prévoit la restitution d'une partie du bétail enlevé.")
    (ev,) = extract_text(text, published=date(2023, 3, 16), lang="fr")
    assert ev.sub_event_type == "Agreement"


def test_a_decree_is_no_arrest_and_fighters_settling_in_a_village_set_up_a_base() -> None:
    text = ("Le 9 janvier 2024, des combattants de l'État islamique au Sahel se sont installés dans le village de Tamatchi, "
            "où ils occupent l'école. Le gouverneur a signé un arrêté prorogeant l'interdiction des motos.")
    (ev,) = extract_text(text, published=date(2024, 1, 12), lang="fr")
    assert (ev.sub_event_type, ev.location) == ("Headquarters or base established", "Tamatchi")


@pytest.mark.parametrize("text, lang", [
    ("Lundi 2 septembre 2024, une seconde frappe a visé un pick-up circulant près d'Abeïbara.", "fr"),
    ("On 2 September 2024, a second drone strike hit a pickup travelling near Abeïbara.", "en"),
])
def test_a_strike_that_hit_something_is_from_the_air(text: str, lang: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 9, 4), lang=lang)
    assert (ev.sub_event_type, ev.location) == ("Air/drone strike", "Abeïbara")


def test_des_vdp_attaques_are_the_side_attacked() -> None:
    text = ("Sourou : des VDP attaqués à Toéni, le bilan s'alourdit\n\n"
            "Des Volontaires pour la défense de la patrie (VDP) ont été la cible d'une attaque terroriste le mardi "
            "7 novembre 2023 à Toéni. Au moins six VDP ont été tués.")
    (ev,) = extract_text(text, published=date(2023, 11, 9), lang="fr")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland")


@pytest.mark.parametrize("text, sub, dead", [
    ("On Sunday unknown gunmen wounded two children collecting firewood near Derou.", "Attack", 0),
    ("On Sunday militants slit the throats of three gold miners in the village of Belhouro.", "Attack", 3),
    ("On Sunday a herder was shot down near the market of Fada N'Gourma.", "Attack", 1),
    ("On Sunday a herder was shot in the head by gunmen near Fada N'Gourma.", "Attack", 0),
    ("On Sunday the army forcibly disappeared seven members of the Fulani community in Gangafani.",
     "Abduction/forced disappearance", 0),
])
def test_wounding_throat_slitting_shooting_and_forced_disappearance_are_events(text: str, sub: str, dead: int) -> None:
    (ev,) = extract_text(text, lang="en", published=date(2024, 5, 6), include_candidates=True)
    assert (ev.sub_event_type, ev.fatalities) == (sub, dead)


@pytest.mark.parametrize("text, lang, sub, dead", [
    ("Youths throwing stones at an army patrol in Kidal on Sunday forced it to turn back.", "en", "Violent demonstration", 0),
    ("Dimanche, des jeunes ont lancé des pierres sur une patrouille de la MINUSMA à Kidal.", "fr", "Violent demonstration", 0),
    ("On Sunday French aircraft carried out strikes targeting militants in the area of Sorori.", "en", "Air/drone strike", 0),
    ("On Sunday two men shot to death a trader in Kidal city centre.", "en", "Attack", 1),
    ("On Sunday gunmen shot to death three herders near Kidal.", "en", "Attack", 3),
    ("On Sunday soldiers entered the village of Serma, assaulting the local imam.", "en", "Attack", 0),
])
def test_stone_throwing_strikes_by_aircraft_shooting_to_death_and_assault_are_events(
        text: str, lang: str, sub: str, dead: int) -> None:
    (ev,) = extract_text(text, lang=lang, published=date(2024, 5, 6), include_candidates=True)
    assert (ev.sub_event_type, ev.fatalities) == (sub, dead)


@pytest.mark.parametrize("text, sub", [
    # no one hurt or shot at, only goods taken or burned
    ("On 4 May 2024, suspected JNIM militants attacked the village of Kain and seized livestock, no casualties reported.",
     "Looting/property destruction"),
    ("On 4 May 2024, gunmen attacked the village of Rimassa and burned a shop, no casualties reported.",
     "Looting/property destruction"),
    # people shot at or wounded: violence against them
    ("On 4 May 2024, armed bandits robbed merchants near Terpo; one man who tried to escape was wounded.", "Attack"),
])
def test_goods_taken_with_no_one_hurt_are_looting(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang="en", include_candidates=True)
    assert ev.sub_event_type == sub


def test_what_a_group_does_habitually_names_no_side_of_the_event() -> None:
    text = ("At least 15 worshippers were killed on Sunday in an attack on a Catholic church in the village of Essakane, "
            "in northern Burkina Faso. But suspicion fell on jihadis who have frequently attacked remote communities "
            "and security forces in the region.")
    (ev,) = extract_text(text, published=date(2024, 2, 26), lang="en", include_candidates=True)
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("text,sub", [
    ("On 4 May 2024, Fulani militiamen attacked the village of Nouhoun-Bozo; the villagers fended off the attack.",
     "Armed clash"),
    ("On 4 May 2024, Dozo militiamen attacked the village of Bombou; the attack was repelled, although a boy was "
     "killed in the crossfire.", "Armed clash"),
    ("Le 4 mai 2024, des hommes armés ont attaqué le village de Pensa, tuant 12 civils. Les autorités promettent une "
     "riposte.", "Attack"),
])
def test_villagers_who_repel_an_attack_fought_it(text: str, sub: str) -> None:
    """ACLED codes people who fight off an attack as a local militia in a battle; a riposte promised
    is no fight."""
    (ev,) = extract_text(text, published=PUB)
    assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "On 4 May 2024, gunmen attacked two police stations in Djibo province.",
    "Le 4 mai 2024, un groupe terroriste a attaqué deux commissariats à Djibo.",
])
def test_posts_of_the_forces_attacked_in_the_plural_are_a_battle(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


def test_a_drone_that_launches_its_munition_strikes() -> None:
    (ev,) = extract_text("On 4 May 2024, an apparent military drone launched its explosive munition on a tent in the "
                         "village of Tangatta, killing seven civilians.", published=PUB)
    assert ev.sub_event_type == "Air/drone strike"
    # jets launched from a city took off from it: no strike told yet
    found = find_triggers("Fighter jets launched from Maiduguri arrived later.", "en")
    assert not [rule for _, _, rule in found if rule.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("text,sub", [
    ("On 4 May 2024, mutinying soldiers fired into the air and looted shops in Dedougou.", "Violent demonstration"),
    ("On 4 May 2024, firing by mutinying police was reported in Kaya.", "Violent demonstration"),
    # a mutiny told without violence stays as told
    ("On 4 May 2024, a mutiny launched by soldiers in Ouagadougou spread to the southern town of Po.", "Other"),
])
def test_mutineers_who_fire_or_loot_riot(text: str, sub: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert ev.sub_event_type == sub
    if sub == "Violent demonstration":
        assert ev.actor1 == "Rioters (Burkina Faso)"


@pytest.mark.parametrize("text", [
    "On 4 May 2024, gunmen shot dead an off duty gendarme at the market in Gao.",
    "On 4 May 2024, gunmen opened fire at the market in Gao and killed a retired National Guard.",
    "Le 4 mai 2024, des hommes armés ont abattu un policier à la retraite devant son domicile à Djibo.",
])
def test_security_forces_out_of_service_are_civilians_when_attacked(text: str) -> None:
    # ACLED: an off-duty, retired or former member of the forces who is attacked is a civilian
    (ev,) = extract_text(text, published=PUB)
    assert (ev.event_type, (ev.actor2 or "").split(" (")[0]) == ("Violence against civilians", "Civilians")


@pytest.mark.parametrize("text", [
    "Le 4 mai 2024, des hommes armés ont pris d'assaut cette nuit un poste de gendarmerie à Makalondi.",
    "On 4 May 2024, gunmen stormed overnight a police post in Makalondi.",
])
def test_a_forces_post_attacked_is_the_forces_attacked(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.event_type == "Battles"


def test_a_comparison_after_a_short_opener_is_still_a_comparison() -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason("En tout cas, c'est la première fois qu'une telle attaque se produit si près de la capitale.",
                             "fr", None) == "comparison with other events, not one more"
    assert background_reason("However, it was the deadliest attack near the capital this year.", "en", None) is not None


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 4 mai 2024, dix-huit civils ont été tués dans une attaque de terroristes présumés contre un village de la "
           "région de Tillabéri. « Il y a eu 18 morts dans l'attaque dont quelques miliciens d'autodéfense dans le "
           "village de Dinara », a précisé un élu local."),
    ("en", "On 4 May 2024, eighteen civilians were killed in an attack by suspected jihadists on a village in the Tillabéri "
           "region. \"There were 18 dead in the attack, including some self-defence militiamen, in the village of Dinara,\" "
           "a local official said."),
])
def test_a_few_armed_among_the_civilian_dead_leave_it_an_attack_on_civilians(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert (ev.event_type, (ev.actor2 or "").split(" (")[0]) == ("Violence against civilians", "Civilians")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins quinze personnes ont été tuées mercredi soir dans une attaque d'hommes armés contre les populations "
           "de Tougouri, dans la région du Centre-Nord, selon un habitant, qui précise que les victimes sont presque toutes "
           "des Volontaires pour la défense de la patrie (VDP)."),
    ("en", "At least fifteen people were killed on Wednesday evening when gunmen attacked the population of Tougouri, in "
           "the Centre-Nord region, a resident said, adding that the victims were almost all Volunteers for the Defence of "
           "the Homeland (VDP)."),
])
def test_dead_told_as_mostly_armed_make_an_attack_on_the_population_a_battle(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)" and (ev.actor2 or "").startswith("VDP")


def test_victims_said_killed_by_a_group_do_not_make_it_a_victim() -> None:
    text = ("On February 20, the bodies of three civilians were found on the outskirts of Pama; the victims were "
            "presumably killed by JNIM militants.")
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.sub_event_type, ev.actor1) == ("Attack", "JNIM: Group for Support of Islam and Muslims")


def test_a_trend_sentence_lends_no_clash_to_the_killing_it_follows() -> None:
    text = ("Sixteen killed in northern Burkina Faso village\n\nGunmen came to Tougouri on Monday and demanded that the "
            "villagers help them buy weapons, a security source said. When they refused, they were shot dead. The toll "
            "reached 16, the source said.\n\nAttacks by Islamist militants as well as clashes between herding and farming "
            "communities have surged since, killing hundreds of civilians and soldiers.")
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.event_type, ev.location, ev.fatalities) == ("Violence against civilians", "Tougouri", 16)


def test_a_headline_participle_at_the_line_end_tells_who_was_hit() -> None:
    text = ("Mali: Dozens Dead After Military Convoy Ambushed\n\nAt least 33 people have died after an ambush on a Malian "
            "military convoy near Tassit, in the Gao region. About 100 suspected extremists on motorcycles intercepted the "
            "vehicles, officials said.")
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_the_group_an_attack_is_told_of_made_it_whatever_adjective_stands_between() -> None:
    text = ("Le poste militaire de Kpékankandi, dans la région des Savanes, au nord du Togo, a été la cible d'une attaque "
            "terroriste du Groupe de soutien à l'islam et aux musulmans (GSIM) le 2 mai. L'attaque a causé la mort de 12 "
            "soldats togolais.")
    (ev,) = extract_text(text, published=PUB, lang="fr")
    assert (ev.actor1, ev.actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Togo")


def test_the_forces_killed_in_one_clause_are_no_allies_of_the_militants_of_the_next() -> None:
    text = ("Around two dozen soldiers and at least five civilians were killed when militants attacked a military camp and "
            "the village of Farabougou in central Mali on Tuesday, a local official said.")
    (ev,) = extract_text(text, published=PUB, lang="en")
    assert (ev.event_type, ev.actor1, ev.actor2) == ("Battles", "Unidentified Armed Group (Mali)", "Military Forces of Mali")


@pytest.mark.parametrize("lang,text", [
    ("en", "In the night from Thursday to Friday, the military station of Baroua was attacked by the terrorist group Boko "
           "Haram, the defence ministry said. One soldier was killed."),
    ("en", "One of the army's positions in Baroua was attacked on Thursday by fighters from the Boko Haram militant group, "
           "the defence ministry said. One soldier was killed."),
    ("fr", "Dans la nuit de jeudi à vendredi, le poste militaire de Baroua a été attaqué par le groupe terroriste Boko "
           "Haram, a indiqué le ministère de la Défense. Un soldat a été tué."),
])
def test_the_group_told_by_its_kind_after_by_made_the_attack(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert (ev.actor1 or "").startswith("Boko Haram") and (ev.actor2 or "").startswith("Military Forces of Niger")



@pytest.mark.parametrize("text,lang", [
    ("Des terroristes ont attaqué dimanche le détachement de Djibo, sans faire de victime.", "fr"),
    ("Le détachement de Djibo a été attaqué dimanche par des terroristes.", "fr"),
    ("Gunmen attacked the Boni detachment on Sunday, wounding two.", "en"),
])
def test_an_attack_on_a_detachment_is_a_battle_with_the_army(text: str, lang: str) -> None:
    # a detachment is a unit of the forces: the post stands for the army that holds it
    (ev,) = extract_text(text, published=PUB, lang=lang)
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert (ev.actor2 or "").startswith("Military Forces of ")
    assert ev.location in ("Djibo", "Boni")


@pytest.mark.parametrize("text,lang", [
    ("Le 11 mars 2024, une patrouille des FAMa a été la cible d'une attaque terroriste à Niono. La riposte vigoureuse "
     "a permis de neutraliser 8 terroristes.", "fr"),
    ("On 11 March 2024, a FAMa patrol was the target of a terrorist attack in Niono. The army's response killed eight "
     "terrorists.", "en"),
])
def test_the_forces_that_were_the_target_are_actor2_even_when_they_struck_back(text: str, lang: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 3, 15), lang=lang)
    assert (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_a_convoy_taken_as_a_target_on_another_day_is_another_event() -> None:
    text = ("Un convoi de ravitaillement escorté par l'armée a été attaqué mardi entre Dori et Gorom-Gorom. Le bilan fait "
            "état de 11 soldats et 4 VDP tués. Mercredi, un autre convoi a été pris pour cible près de Sebba, sans faire "
            "de victimes, selon une source sécuritaire.")
    events = extract_text(text, published=date(2024, 3, 15), lang="fr")
    assert sorted(e.location for e in events) == ["Dori", "Sebba"]


def test_a_community_that_fights_a_militia_is_its_ethnic_militia_and_its_victims_stay_civilians() -> None:
    fight = ("Des affrontements ont opposé dimanche des chasseurs traditionnels dozos à des éleveurs peuls près de "
             "Macina, au Mali, faisant au moins sept morts de part et d'autre, selon un élu local.")
    (ev,) = extract_text(fight, published=PUB, lang="fr")
    assert (ev.event_type, ev.actor1, ev.actor2) == ("Battles", "Dozo Communal Militia (Mali)", "Fulani Ethnic Militia (Mali)")
    raid = "Dozo militiamen killed five Fulani civilians in the village of Kerta, in central Mali, on Sunday."
    (ev,) = extract_text(raid, published=PUB, lang="en")
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize("text", [
    "On the night of September 15, the police station in the rural municipality of Tounouga, located just 25 kilometres "
    "from Gaya, was attacked by unidentified armed elements.",
    "Le poste de police de la commune rurale de Tounouga, à 25 km de Gaya, a été attaqué dimanche par des hommes armés.",
])
def test_a_police_station_attacked_is_a_battle(text: str) -> None:
    ev = extract_text(text, published=date(2024, 9, 16))[0]
    assert ev.event_type == "Battles" and ev.actor2 is not None and ev.actor2.startswith("Police Forces of Niger")


def test_a_camp_attacked_after_a_long_aside_is_the_forces_hit() -> None:
    ev = extract_text("Le 27 janvier 2018, le camp militaire de Soumpi, du nom de cette localité située dans la région de "
                      "Tombouctou, a été attaqué par des hommes armés non encore identifiés, faisant quatorze morts.",
                      published=date(2018, 1, 30))[0]
    assert (ev.event_type, ev.fatalities) == ("Battles", 14)


def test_soldiers_taken_from_a_bus_and_abducted_are_a_battle() -> None:
    from conflictwire import extract_text

    (ev,) = extract_text("On 5 September 2019, JNIM militants reportedly removed thirty soldiers from a bus and abducted "
                         "them near Hombori.", include_candidates=True)
    assert (ev.event_type, ev.actor2) == ("Battles", "Military Forces of Mali")


def test_an_armed_group_s_commander_killed_by_gunmen_is_a_battle_with_the_gunmen_as_agents() -> None:
    from conflictwire import extract_text

    (ev,) = extract_text("GATIA's commander Almahdi Ag Lengach was killed in Menaka by 3 unidentified assailants who "
                         "arrived on motorcycles.", include_candidates=True)
    assert (ev.event_type, ev.actor1, ev.actor2) == (
        "Battles", "Unidentified Armed Group (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group")


def test_jihadists_stand_for_a_jihadist_group_not_a_secular_movement_named_elsewhere() -> None:
    from conflictwire import extract_text

    text = ("Le camp des FAMa près de Bintagoungou a été attaqué ce 17 juin à l'aube. « Les jihadistes ont attaqué le camp "
            "militaire de Bintagoungou. Il y a au moins deux militaires tués », a indiqué un élu.\n\n"
            "Ces incidents, auxquels il faut ajouter ceux ayant eu lieu dans la région de Kidal entre d'ex-rebelles de la "
            "Coordination des mouvements de l'Azawad (CMA) et des combattants de la Plateforme, inquiètent.")
    (ev,) = extract_text(text, lang="fr", published=date(2017, 6, 18), include_candidates=True)
    assert not ev.actor1.startswith("CMA")
