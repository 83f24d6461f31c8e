"""Wording of reports never tuned on: a place "targeted by" armed men, distances written in
words, and a town a distance is measured from after the village it locates."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.geo.distances import DISTANCE, distance_km, far_landmark
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline

PUB = date(2024, 3, 11)


@pytest.mark.parametrize("text", [
    "On Saturday, the village of Tissaoghin in the Koulpelogo province was targeted by a group of armed men.",
    "Early Sunday morning, the population of the commune of Tissaoghin became the target of unidentified armed men.",
    "Samedi, le village de Tissaoghin dans la province du Koulpelogo a été ciblé par des hommes armés.",
    "Samedi, le village de Tissaoghin a été la cible d'individus armés non identifiés.",
])
def test_a_place_targeted_by_armed_men_is_an_attack(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.event_type == "Violence against civilians"
    assert ev.location == "Tissaoghin"


@pytest.mark.parametrize("text", [
    "The Tahoua and Tillabéri regions are regularly targeted by jihadists linked to the Islamic State.",
    "Les régions de Tahoua et Tillabéri sont régulièrement ciblées par des jihadistes.",
])
def test_a_region_habitually_targeted_is_no_event(text: str) -> None:
    assert extract_text(text, published=PUB) == []


@pytest.mark.parametrize(("words", "km"), [
    ("about thirty kilometers from ", 30),
    ("a quarante-cinq kilometres de ", 45),
    ("a une quinzaine de kilometres de ", 15),
    ("at 120 km north of ", 120),
    ("some two hundred kilometres north of ", 200),
])
def test_distances_in_words_are_distances(words: str, km: int) -> None:
    m = DISTANCE.search(words)
    assert m is not None
    assert distance_km(m.group(1)) == km


def test_a_distance_in_words_makes_a_far_landmark() -> None:
    assert far_landmark("some two hundred kilometres north of ")
    assert not far_landmark("some twenty kilometres north of ")


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué Bané, à 45 kilomètres de Tenkodogo, tuant 20 civils.",
    "Armed men attacked the commune of Bané, located about thirty kilometers from Tenkodogo, killing 20 civilians.",
])
def test_the_town_a_village_is_measured_from_is_a_landmark(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.location == "Bané"
    assert ev.fatalities == 20


@pytest.mark.parametrize("text", [
    "Dans l'après-midi du 22 février 2017, une patrouille de l'armée a été attaquée par des terroristes près du "
    "village de Tirzawane, dans le département d'Ouallam. Le ministère a donné un bilan de 15 soldats tués. Hier, "
    "un élu de la région affirmait à Studio Kalangou que 20 soldats étaient portés disparus. Une source locale "
    "parle de 16 soldats retrouvés sans vie près de Tirzawane.",
])
def test_a_day_fronting_a_saying_dates_the_saying_and_a_radio_is_no_place(text: str) -> None:
    (ev,) = extract_text(text, published=date(2017, 2, 24))
    assert (ev.location, ev.event_date, ev.fatalities) == ("Tirzawane", date(2017, 2, 22), 15)


def test_what_was_said_a_week_before_the_story_is_not_the_story() -> None:
    text = ("Thousands of people rallied on Saturday in Ouagadougou and Bobo-Dioulasso to support the head of state. "
            "In the capital, demonstrators gathered at the Place de la Nation. The rally ended peacefully. In "
            "Bobo-Dioulasso, several thousand people marched to the governorate. On June 14, the security minister "
            "said on television that the intelligence services had thwarted a plot to attack the presidency. "
            "Several arrests were announced.")
    events = extract_text(text, published=date(2025, 6, 22))
    assert events
    assert all(e.sub_event_type == "Peaceful protest" and e.event_date == date(2025, 6, 21) for e in events)


def test_another_count_of_missing_is_the_same_event() -> None:
    text = ("Gunmen have ambushed soldiers near the Malian border, killing at least 17 soldiers, a government "
            "spokesman says. Another 11 soldiers are still missing after the gunmen attacked troops near the town "
            "of Tongo Tongo on Tuesday, the spokesman told reporters.")
    (ev,) = extract_text(text, published=date(2019, 5, 15))
    assert (ev.location, ev.fatalities) == ("Tongo Tongo", 17)


def test_another_count_killed_elsewhere_is_another_event() -> None:
    text = ("Gunmen killed 17 soldiers near Tongo Tongo on Tuesday. Another 11 soldiers were killed on Monday "
            "when their vehicle hit a mine near Ayorou.")
    events = extract_text(text, published=date(2019, 5, 15))
    assert sorted((e.location, e.fatalities) for e in events) == [("Ayorou", 11), ("Tongo Tongo", 17)]


@pytest.mark.parametrize("text", [
    "Boko Haram fighters attacked the island of Karamga at dawn on Saturday, killing ten Nigerien soldiers.",
    "Des combattants de Boko Haram ont attaqué samedi l'île de Karamga, tuant dix soldats nigériens.",
])
def test_an_island_named_is_the_place(text: str) -> None:
    (ev,) = extract_text(text, published=date(2015, 4, 26))
    assert ev.location == "Karamga"


@pytest.mark.parametrize("text", [
    "The army is fighting to recapture the town of Boni from jihadists, a security source said on Sunday.",
    "L'armée tente de reprendre la ville de Boni aux jihadistes, a indiqué dimanche une source sécuritaire.",
])
def test_a_town_still_fought_for_is_not_retaken(text: str) -> None:
    events = extract_text(text, published=date(2015, 4, 26))
    assert all(e.sub_event_type != "Government regains territory" for e in events)


def test_others_than_the_abducted_are_the_dead_not_more_dead() -> None:
    text = ("Boko Haram fighters have kidnapped 37 women and killed nine other people at the village of Ngalewa "
            "on Sunday, the governor said. The fighters slit the throats of nine people, he said.")
    (ev,) = extract_text(text, published=date(2017, 7, 4))
    assert ev.fatalities == 9


def test_the_first_step_of_a_killing_is_a_part_of_its_toll() -> None:
    text = ("Au moins 32 civils ont été tués samedi dans une attaque contre le village de Koumaga, selon une "
            "association. « Ils ont d'abord exécuté un homme avant d'entrer dans le village, puis ils ont tiré sur "
            "tous les hommes », explique un survivant.")
    (ev,) = extract_text(text, published=date(2018, 6, 24))
    assert ev.fatalities == 32


@pytest.mark.parametrize("text", [
    "Des hommes armés ont tué samedi 16 civils dans le village de Koumaga. « Ils ont tiré sur tous les hommes », "
    "explique Ousmane Dicko, administrateur de l'association à Mopti.",
    "Gunmen killed 16 civilians in the village of Koumaga on Saturday. \"They shot every man they met,\" said "
    "Jane Doe, the group's director in Mopti.",
])
def test_a_named_speaker_s_office_is_no_event_place(text: str) -> None:
    (ev,) = extract_text(text, published=date(2018, 6, 24))
    assert ev.location == "Koumaga"


@pytest.mark.parametrize("text", [
    "La mission de l'ONU au Mali (Minusma) rapporte que les deux attaques par des éléments peuls armés à Yoro "
    "et Gangafani, le 17 juin, ont fait 41 morts parmi les villageois.",
    "The UN mission (MINUSMA) reports that the attacks by armed Fulani men on Yoro and Gangafani on June 17 "
    "killed 41 villagers.",
])
def test_a_teller_named_before_its_report_is_no_side(text: str) -> None:
    events = extract_text(text, published=date(2019, 6, 20))
    assert "Yoro" in {e.location for e in events}
    assert all(e.event_type == "Violence against civilians" and "MINUSMA" not in (e.actor2 or "") for e in events)


@pytest.mark.parametrize("text", [
    "Le 18 août dernier, les Nations unies dénonçaient les attaques répétées contre les casques bleus.",
    "Hier, un élu de la région affirmait à la radio que 20 soldats étaient portés disparus.",
    "On Monday, a local official told reporters that 20 soldiers were missing.",
])
def test_a_day_fronting_a_saying_is_the_saying_s(text: str) -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2014, 9, 3)))
    assert doc.dates and all(d.reporting for d in doc.dates)


def test_a_sentence_opening_and_in_another_place_tells_another_event() -> None:
    text = ("In northern Mali, a suicide bomber hit an army checkpoint on Friday, killing only himself. And in the "
            "capital Bamako, far to the south, soldiers stormed a rival unit's camp on Friday morning, and at least "
            "one person was killed, witnesses said.")
    events = extract_text(text, published=date(2013, 2, 8))
    assert all(e.sub_event_type != "Suicide bomb" for e in events if e.location == "Bamako")


@pytest.mark.parametrize("text", [
    "The attacks by armed men on Yoro and Gangafani on Monday killed 41 villagers.",
    "Thousands of people rallied on Saturday in Ouagadougou and Bobo-Dioulasso to support the head of state.",
    "Des milliers de personnes ont manifesté samedi à Ouagadougou et à Bobo-Dioulasso pour soutenir le chef de l'Etat.",
])
def test_attacks_on_or_crowds_in_several_towns_are_an_event_each(text: str) -> None:
    events = extract_text(text, published=date(2019, 6, 22))
    assert len({e.location for e in events}) == 2


def test_an_article_after_made_counts_no_one() -> None:
    (ev,) = extract_text("Les émeutes ont fait samedi une poussée de fièvre à Zinder, où des églises ont été incendiées.",
                         published=date(2015, 1, 18))
    assert not ev.fatalities


@pytest.mark.parametrize("text", [
    "Armed individuals attacked the village of Safi on Monday. The Volunteers for the Defense of the Fatherland "
    "(VDP, civilian auxiliaries to the army) who were directly targeted lost eight members, a security source said.",
    "Armed individuals attacked the village of Safi on Monday. The VDP who were directly targeted lost eight members.",
])
def test_volunteers_directly_targeted_make_a_battle(text: str) -> None:
    (ev,) = extract_text(text, published=date(2022, 10, 25))
    assert (ev.event_type, ev.actor2) == ("Battles", "VDP: Volunteers for the Defense of the Homeland")


@pytest.mark.parametrize("text", [
    "On Saturday, the village of Tissaoghin was targeted by a group of armed men. Twenty people, among them "
    "volunteers for the defense of the nation, were killed.",
    "Samedi, le village de Tissaoghin a été attaqué par une centaine d'hommes armés. Vingt personnes, dont des "
    "volontaires pour la défense de la patrie, ont été tuées.",
])
def test_a_group_of_armed_men_after_by_are_the_attackers(text: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 3, 11))
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize(("text", "who"), [
    ("the village was targeted by a group of armed men on saturday", "armed men"),
    ("le village a ete attaque par une centaine d'hommes armes samedi", "hommes armes"),
])
def test_how_many_between_by_and_the_attackers_keeps_them_agents(text: str, who: str) -> None:
    from conflictwire.extract.actor_roles import role_of
    start = text.index(who)
    assert role_of(text, start, start + len(who), 0)[0] == "agent"


def test_initials_alone_on_the_last_line_sign_the_report_off() -> None:
    text = ("La mission a pourchassé les bandits armés pendant plusieurs heures. C'est là que le groupe de bandits a "
            "ouvert le feu sur leurs poursuivants. S'en était alors suivi un véritable échange de tirs. Bilan : un "
            "bandit tué sur place, un autre grièvement blessé.\n\nDIM\n")
    events = extract_text(text, published=date(2024, 9, 21))
    assert events and all(e.location != "Dim" for e in events)


def test_a_toll_word_counts_what_its_noun_says() -> None:
    text = ("Dans la nuit du 23 août 2015, la brigade de gendarmerie de Oursi a été attaquée par des individus armés. "
            "Le bilan est de deux blessés dont un gendarme.")
    (ev,) = extract_text(text, published=date(2015, 8, 24))
    assert ev.fatalities == 0


def test_a_state_of_things_beside_an_attack_does_not_type_it() -> None:
    text = ("Le mardi 25 septembre, la communauté touareg vivant dans la localité d'Inékar a été la cible d'une "
            "attaque qui a fait 27 morts. Les conflits intercommunautaires et les attaques terroristes sont "
            "fréquents dans ces zones.")
    (ev,) = extract_text(text, published=date(2018, 10, 2))
    assert (ev.event_type, ev.fatalities) == ("Violence against civilians", 27)
