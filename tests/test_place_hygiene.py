"""Places that are not where it happened: wire datelines in any form, where a statement was
made, the reporter's city. Each test states a convention a coder would agree with."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.geo.places import find_places
from conflictwire.ingest.clean import is_boilerplate
from conflictwire.model import Article
from conflictwire.pipeline import Pipeline
from conflictwire.textutil import Spans

PUB = date(2024, 3, 14)


@pytest.mark.parametrize("dateline", [
    "OUAGADOUGOU, Burkina Faso (AP) — ",
    "OUAGADOUGOU, Burkina Faso — ",
    "Ouagadougou, Burkina Faso, March 12 (Reuters) - ",
    "OUAGADOUGOU (AFP) - ",
    "OUAGADOUGOU, March 12 - ",  # a city in capitals, a day without its year, a dash
])
def test_a_dateline_city_with_its_country_is_not_the_event_place(dateline: str) -> None:
    (ev,) = extract_text(dateline + "Gunmen killed 12 people in an attack on a village in the north, officials said.",
                         lang="en", published=PUB)
    assert ev.location != "Ouagadougou"
    assert ev.country == "Burkina Faso"


def test_the_village_after_a_dateline_is_the_place() -> None:
    (ev,) = extract_text("DAKAR, Senegal (AP) — Jihadi fighters killed 20 soldiers in an ambush near Boulkessi, Mali.",
                         lang="en", published=PUB)
    assert ev.location == "Boulkessi" and ev.country == "Mali"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed 12 people in an attack in northern Burkina Faso, the government said in a statement issued in Ouagadougou."),
    ("en", "Gunmen killed 12 people in an attack in northern Burkina Faso, the army said in a statement read on national television in Ouagadougou."),
    ("en", "Gunmen killed 12 people in northern Burkina Faso. Speaking to reporters in Ouagadougou, the minister condemned the attack."),
    ("fr", "Le gouvernement a annoncé depuis Ouagadougou que 12 soldats ont été tués dans une attaque dans le nord du pays."),
    ("fr", "Douze soldats ont été tués dans le nord du Burkina Faso, a indiqué le ministre lors d'une conférence de presse à Ouagadougou."),
])
def test_where_a_statement_was_made_is_not_where_it_happened(lang: str, text: str) -> None:
    events = extract_text(text, lang=lang, published=PUB)
    assert len(events) == 1
    assert events[0].location != "Ouagadougou"


def test_the_niger_river_is_not_the_country() -> None:
    from datetime import date

    from conflictwire import extract_text

    text = ("Mali : au moins quarante civils ont été tués le jeudi 7 septembre 2023 dans l'attaque d'un bateau sur le "
            "fleuve Niger, près de la localité de Banikane, entre Gao et Tombouctou. Une quinzaine de soldats "
            "figurent parmi les morts, selon une source militaire.")
    (ev,) = extract_text(text, published=date(2023, 9, 8))
    assert ev.country == "Mali" and ev.location == "Banikane"
    assert ev.fatalities == 40  # the soldiers are among the forty, not more


def test_an_english_article_before_a_capitalised_word_does_not_make_it_a_place() -> None:
    # French "à" folds to "a": only the accented letter is the preposition
    (ev,) = extract_text("On 3 May 2024, a GARSI unit struck an IED near Djibo, wounding four gendarmes.",
                         lang="en", published=PUB)
    assert ev.location == "Djibo"
    (fr,) = extract_text("Le 3 mai 2024, des hommes armés ont tué trois civils à Tinkoubou.", lang="fr", published=PUB)
    assert fr.location == "Tinkoubou"  # a village no gazetteer knows, told as one by "à"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 May 2024, gunmen attacked the hamlet of Tin-Kalo near Béléhédé, killing three herders, "
           "then withdrew towards Mali."),
    ("fr", "Le 3 mai 2024, des hommes armés ont attaqué le hameau de Tin-Kalo près de Béléhédé, tuant trois "
           "bergers, avant de se replier vers le Mali."),
])
def test_the_country_the_attackers_withdrew_to_is_not_where_it_happened(lang: str, text: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert ev.country == "Burkina Faso" and ev.admin1 == "Sahel"


def test_a_place_inside_an_actor_name_says_nothing_of_where_the_report_is() -> None:
    # "Katiba Macina" names a group, not the town of Macina (Ségou): it does not pull the
    # report's villages towards it
    (ev,) = extract_text("On 29 July 2024, Katiba Macina militants threatened voters in Tana and forced the village "
                         "chief to send the election officials away.", lang="en", published=PUB)
    assert ev.location == "Tana" and ev.admin1 == "Mopti"


@pytest.mark.parametrize("text", [
    "Operations in the Est region between Mar.28 and Apr.7 led to the arrest of 262 suspects.",
    "On Mar. 28, gunmen killed two civilians. On Dec. 3 and Nov. 4 they came back; Aug. 9 was calm.",
])
def test_an_abbreviated_month_is_not_a_place(text: str) -> None:
    found, _ = find_places(text, actor_spans=Spans())
    assert [p.name for p in found if p.name.lower()[:3] in {"mar", "dec", "nov", "aug", "apr"}] == []


def test_a_weekday_s_abbreviation_is_no_place_but_the_village_after_a_place_word_is() -> None:
    events = extract_text("Twenty-four Killed In Burkina Faso Church Attack: Governor\n"
                          "Staff writer 3 minutes ago Mon 17th February 2020 | 04:20 PM\n"
                          "Gunmen have killed 24 people and wounded 18 in an assault on a village church in northern Burkina "
                          "Faso, the regional governor said Monday\n"
                          "A group of armed terrorists burst into the village of Pansi, in Yagha, and attacked the local "
                          "population, the governor said in a statement.", lang="en", include_candidates=True)
    assert [e.location for e in events] == ["Pansi"]
    found, _ = find_places("Gunmen attacked the village of Mon on Sunday.", actor_spans=Spans())
    assert [p.name for p in found] == ["Mon"]


def test_an_agency_and_its_city_on_a_line_of_their_own_are_a_dateline() -> None:
    text = ("Suicide bombers kill two Malians in army camp attack\n\nAFP Bamako\n"
            "Two suicide bombers let off explosives in a car in front of a military camp in the northern Malian "
            "city of Timbuktu, killing two civilians, military sources said.")
    events = extract_text(text, lang="en", published=date(2013, 9, 28), include_candidates=True)
    assert [e.location for e in events] == ["Timbuktu"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois soldats ont été tués vendredi dans une embuscade dans le centre du Mali, à leur retour vers Gao."),
    ("en", "Three soldiers were killed on Friday in an ambush in central Mali as they were heading back to Gao."),
])
def test_the_town_a_convoy_was_heading_back_to_is_not_where_it_happened(lang: str, text: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=date(2016, 9, 10), include_candidates=True)
    assert (ev.location, ev.country) == ("Mali", "Mali")


def test_a_surname_after_a_long_title_is_no_place() -> None:
    """"While Defence Minister Mahamoudou Sana": a name sequence is read four words at a time; the
    first name before the cut still makes Sana a surname."""
    found, _ = find_places("While Defence Minister Mahamoudou Sana denounced the attacks.", actor_spans=Spans())
    assert [p.name for p in found] == []
    found, _ = find_places("Gunmen killed 12 in Niger's Tillaberi region on Sunday.", actor_spans=Spans())
    assert [p.name for p in found] == ["Niger", "Tillabéri"]


def test_a_mine_named_by_its_operator_is_no_place() -> None:
    found, _ = find_places("Niger suicide bombers target Areva mine and barracks in Agadez.", actor_spans=Spans())
    assert [p.name for p in found] == ["Niger", "Agadez"]


def test_where_the_displaced_found_refuge_is_no_event_place() -> None:
    found, _ = find_places("Plus d'un millier de déplacés ont trouvé refuge à Ouagadougou après avoir fui ces violences.",
                           actor_spans=Spans())
    assert [p.name for p in found] == []


@pytest.mark.parametrize("text", [
    "A Nouakchott, qui qualifie cet acte de massacre barbare, une source gouvernementale a indiqué hier soir que tout va bien.",
    "A Bamako, les autorités maliennes n'ont fourni aucune explication.",
    "Les autorités mauritaniennes n'arrivaient pas à entrer en contact avec les responsables de Bamako.",
    "In Bamako, army spokesman Souleymane Maiga confirmed the taking of the town.",
])
def test_a_capital_told_as_the_state_is_no_event_place(text: str) -> None:
    found, _ = find_places(text, actor_spans=Spans())
    assert [p.name for p in found if p.feature == "P"] == []


def test_a_religion_is_not_a_place() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("The gunmen told the villagers to convert to Islam or leave.", actor_spans=Spans())
    assert [p.name for p in found] == []  # (a village named Islam exists in Niger)


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Authorities in Bamako said jihadists attacked an army post on Sunday, killing five soldiers.", "Mali"),
    ("en", "The junta in Niamey said 12 soldiers were killed in an ambush on Sunday.", "Niger"),
    ("en", "Gunmen killed 10 soldiers in the north of the country on Sunday, the government said in Ouagadougou.", "Burkina Faso"),
    ("fr", "Le gouvernement de transition à Bamako a indiqué que des terroristes ont attaqué un poste de l'armée dimanche, "
           "tuant cinq soldats.", "Mali"),
    ("fr", "À Niamey, le ministère de la Défense a annoncé que 12 soldats ont été tués dimanche dans une embuscade.", "Niger"),
])
def test_a_state_speaking_from_its_capital_names_the_country_not_the_place(lang: str, text: str, country: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert ev.country == country
    assert ev.location == country  # placed at the country: the report names no place of its own


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Civil servants staged a protest march toward the Prime Ministry in Ouagadougou on Tuesday.", "Ouagadougou"),
    ("en", "Gunmen attacked a market in Bamako on Sunday, killing five people.", "Bamako"),
])
def test_a_capital_where_it_happened_stays_the_place(lang: str, text: str, place: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert ev.location == place


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighter jets launched from Mopti struck jihadists near Dialloubé on Sunday, killing 12."),
    ("fr", "Des avions décollés de Mopti ont frappé des jihadistes près de Dialloubé dimanche, tuant 12 terroristes."),
])
def test_the_base_forces_set_out_from_is_not_where_they_struck(lang: str, text: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert ev.location != "Mopti"


@pytest.mark.parametrize("text,place", [
    ("On May 22, Malian soldiers killed two Fulani herdsmen in the Ganguel area of Tenenkou.", "Ganguel"),
    ("Gunmen killed a school principal in an attack on a school in the Djibo area of Soum.", "Djibo"),
    ("On November 21, Koglweogo killed a butcher at a market in the Tanghin area of Ouagadougou.", "Ouagadougou"),
    ("On November 21, students in the Medina Coura area of Bamako protested against a garbage dump.", "Bamako"),
])
def test_the_x_area_of_y_is_x_unless_y_is_a_city_and_x_its_quarter(text: str, place: str) -> None:
    (ev,) = extract_text(text, lang="en", published=PUB)
    assert ev.location == place


def test_an_acled_note_that_says_where_it_was_coded_is_placed_there() -> None:
    text = ("On February 25, presumed Katiba Serma (JNIM) militants detonated an IED against a vehicle of the Malian "
            "army between Douentza and Boni (coded as Boni at geoprecision 2), one soldier killed and three wounded.")
    (ev,) = extract_text(text, lang="en")
    assert ev.location == "Boni"
    assert ev.evidence["location"][0].text == "Boni"


def test_a_tamasheq_name_is_one_name_not_a_road_to_its_second_half() -> None:
    (ev,) = extract_text("Unidentified assailants attacked a GATIA checkpost in Tin-Hama, Mali.", lang="en")
    assert ev.location != "Hama"  # a Hama of Kayes, 1,000 km away


@pytest.mark.parametrize("lang,text,country", [
    ("en", "The most notable attack occurred in the Burkina town of Sole, where JNIM fighters raided the army post.",
     "Burkina Faso"),
    ("fr", "Des jihadistes ont attaqué dimanche la ville malienne de Léré, tuant cinq soldats.", "Mali"),
])
def test_a_town_the_text_puts_in_a_country_is_never_a_homonym_abroad(lang: str, text: str, country: str) -> None:
    (ev,) = extract_text(text, lang=lang, published=PUB)
    assert ev.country == country


@pytest.mark.parametrize("text,place", [
    ("Kaya residents said four civilians were killed by gunmen on Sunday.", "Kaya"),
    ("Gao, the largest city in northern Mali, was hit by rockets on Sunday, killing three civilians.", "Gao"),
    ("Diffa : deux soldats tués dans une attaque de Boko Haram dimanche.", "Diffa"),
])
def test_a_sahel_town_named_without_a_preposition_is_still_the_place(text: str, place: str) -> None:
    """Kaya, Gao, Diffa are towns before they are anyone's name: only Say, San and Boni, which
    are also common words or names, need a place word before them."""
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert ev.location == place


def test_a_landmark_far_away_is_not_the_place_and_what_witnesses_heard_is_no_event() -> None:
    text = ("At least seven Nigerien soldiers were killed on Sunday in an attack on an army post in the Tillaberi "
            "region, the defence ministry said.\n\nThe attack targeted the post at Tabatol, about 80 kilometres from "
            "the town of Ouallam, the ministry said.\n\nResidents of Ouallam said they heard heavy gunfire for more "
            "than an hour.")
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert (ev.location, ev.admin1, ev.fatalities) == ("Tabatol", "Tillabéri", 7)


@pytest.mark.parametrize("text", [
    "Six soldats maliens ont été tués mardi dans une embuscade près de Boni, a annoncé l'armée.\n\n"
    "Les blessés ont été transportés à Sévaré. L'armée affirme avoir neutralisé une dizaine d'assaillants.",
    "Six Malian soldiers were killed on Tuesday in an ambush near Boni, the army said.\n\n"
    "The wounded were taken to hospital in Sévaré. The army said it killed about ten of the attackers.",
    "An army convoy was struck by an IED on the Boni-Hombori axis on Tuesday, 2 wounded, medical evacuation to Sévaré.",
])
def test_where_the_wounded_were_taken_is_not_where_it_happened(text: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert ev.location == "Boni"


def test_the_seat_of_a_speaker_s_office_is_not_where_it_happened() -> None:
    text = ("Gunmen killed 15 worshippers on Sunday during mass at a Catholic church in Essakane village in the "
            "Oudalan province, the diocese said.\n\n“The terrorists entered the church and opened fire,” the "
            "vicar-general of Dori said in a statement.")
    (ev,) = extract_text(text, published=date(2024, 2, 26), include_candidates=True)
    assert (ev.location, ev.fatalities) == ("Essakan", 15)
    text = ("Sixteen Nigerien soldiers were killed on Saturday in an ambush on a patrol in the Tillia area, in the "
            "Tahoua region.\n\n“Our men were ambushed by armed bandits,” the secretary general of the "
            "governorate of Tahoua announced on public television.")
    (ev,) = extract_text(text, published=date(2021, 5, 3), include_candidates=True)
    assert ev.location == "Tillia"


@pytest.mark.parametrize("text,place", [
    ("Some civilians were killed when gunmen attacked Solle on Sunday.", "Sollé"),
    ("Gunmen Attack Army Camp In Djibo, Kill Two Soldiers", "Djibo"),
    ("Gunmen attacked the village of Some near Kaya on Sunday, killing a herder.", "Somé"),
])
def test_a_common_word_is_a_place_only_after_a_place_word(text: str, place: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert ev.location == place


@pytest.mark.parametrize("text", [
    "Gunmen killed five civilians in the village of Kourougnawoulé in the Bankass circle on Sunday.",
    "Gunmen killed five civilians in Kourougnawoulé in Bankass on Sunday.",
])
def test_an_unknown_village_in_a_known_division_keeps_its_name_and_the_division_s_region(text: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 5, 6), include_candidates=True)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Kourougnawoulé", "Mopti", 2)


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué samedi le village de Kompienbiga, dans la province de la Kompienga, tuant trois civils.",
    "Des hommes armés ont attaqué samedi Kompienbiga, un village de la province de la Kompienga, tuant trois civils.",
])
def test_a_province_named_with_its_article_is_the_division_not_its_homonymous_town(text: str) -> None:
    """"la province de la Kompienga" is the province: the unknown village in it keeps its name,
    and the town of Kompienga (another place) is not where it happened."""
    (ev,) = extract_text(text, published=date(2018, 9, 16), include_candidates=True)
    assert (ev.location, ev.admin1) == ("Kompienbiga", "Est")


def test_a_hyphenated_town_at_an_axis_end_stays_whole() -> None:
    (ev,) = extract_text("Cinq agents de santé ont été enlevés vendredi par des hommes armés sur l'axe Dori-Gorom-Gorom, "
                         "a annoncé le ministère de la Santé.", published=date(2024, 5, 8), include_candidates=True)
    assert (ev.country, ev.admin1, ev.actor1) == ("Burkina Faso", "Sahel", "Unidentified Armed Group (Burkina Faso)")


def test_a_homonym_far_from_the_town_it_is_said_to_be_near_is_not_it() -> None:
    """The gazetteer's one Wélingara lies in Bankass, 400 km from Nara: the report's lies near Nara."""
    (ev,) = extract_text("Des soldats maliens ont exécuté une vingtaine de civils lundi dans le village de Welingara, "
                         "près de Nara, selon des témoins.", published=date(2024, 5, 8), include_candidates=True)
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Welingara", "Koulikoro", 2)
    (ev,) = extract_text("Gunmen killed five civilians in Tagabati, near Ouallam, on Sunday.",
                         published=date(2024, 5, 8), include_candidates=True)
    assert (ev.location, ev.geo_precision) == ("Tagabati", 1)  # 79 km: near enough


def test_the_market_travellers_were_going_to_is_not_where_it_happened() -> None:
    text = ("Au moins onze passagers ont été tués mardi lorsque leur bus a sauté sur une mine près de Bandiagara, au Mali. "
            "Le véhicule, qui transportait une trentaine de personnes vers le marché hebdomadaire de Bankass, a été entièrement détruit.")
    (ev,) = extract_text(text, lang="fr", published=date(2024, 5, 10))
    assert (ev.location, ev.fatalities) == ("Bandiagara", 11)


def test_a_dateline_with_any_outlet_and_a_tv_channel_are_no_event_places() -> None:
    text = ("NIAMEY, Oct 20 (Sahel Wire) — At least 11 Nigerien soldiers were killed when hundreds of jihadists attacked "
            "an army post in Tillia, in the Tahoua region, on Saturday, officials said.\n\n"
            "In a communiqué read on the public television channel Télé Sahel on Sunday evening, the defence ministry said "
            "the post was attacked at around 5 a.m. and that nine soldiers were killed.\n")
    (ev,) = extract_text(text, lang="en", published=date(2025, 10, 20))
    assert (ev.location, str(ev.event_date)) == ("Tillia", "2025-10-18")


def test_where_the_attack_occurred_is_the_place_the_sentence_comes_back_to() -> None:
    text = ("Suspected jihadists ambushed an army patrol escorting trucks near the border with Burkina Faso on Sunday, "
            "killing 10 soldiers, the army said.\n\nThe attack occurred on the road between Torodi and Makalondi, about "
            "8 kilometers north of Makalondi in the Tillabéri region, a security source said.\n")
    (ev,) = extract_text(text, lang="en", published=date(2025, 1, 21))
    assert ev.location == "Makalondi"


def test_where_the_attackers_withdrew_to_is_not_where_it_happened() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    text = ("On 6 July 2025, gunmen set fire to granaries in Dogofri, near Niono, and took away cattle before "
            "withdrawing towards the forest of Wagadou, residents said.")
    found, _ = find_places(text, actor_spans=Spans())
    assert "Wagadou" not in [p.name for p in found] and "Dogofry" in [p.name for p in found]


def test_a_broadcaster_s_name_is_no_place_but_a_station_in_a_town_is_there() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("In a statement broadcast on Télé Sahel on Saturday, the army said it killed dozens.", actor_spans=Spans())
    assert [p.name for p in found] == []
    found, _ = find_places("Gunmen attacked the television station in Djibo.", actor_spans=Spans())
    assert [p.name for p in found] == ["Djibo"]


def test_a_dateline_opening_a_later_paragraph_is_no_event_place() -> None:
    text = ("Dix-sept civils ont été tués mercredi lors d'une attaque contre le village de Dargol, au Niger.\n\n"
            "NIAMEY — A Dargol, des hommes armés arrivés à moto ont attaqué le village mercredi en fin d'après-midi.\n")
    (ev,) = extract_text(text, lang="fr", published=date(2024, 4, 12))
    assert ev.location == "Dargol"
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places(text, actor_spans=Spans())
    assert "Niamey" not in [p.name for p in found]


def test_a_region_named_like_a_town_is_no_vote_for_the_town() -> None:
    text = ("Dix-sept civils ont été tués mercredi à Dargol, localité située au sud-ouest de Tillabéri, au Niger. "
            "Des hommes armés ont attaqué le village de Dargol en fin d'après-midi. Le gouverneur de la région de "
            "Tillabéri a attribué l'attaque à des jihadistes; la région de Tillabéri est la plus touchée.")
    (ev,) = extract_text(text, lang="fr", published=date(2024, 4, 12))
    assert ev.location == "Dargol"


def test_the_town_a_track_leads_to_is_not_where_it_happened() -> None:
    text = ("Le 17 février 2024, sept chasseurs dozos ont été tués dans le village de Mandiakuy, dans le cercle de Tominian.\n\n"
            "Les assaillants, arrivés à moto par la piste qui mène à Fangasso, ont incendié deux greniers avant de repartir.")
    (ev,) = extract_text(text, published=date(2024, 2, 19), lang="fr")
    assert ev.location in ("Mandiakuy", "Mandiakui")


def test_the_village_the_text_names_as_one_beats_the_town_it_is_told_from() -> None:
    text = ("Mardi 22 août 2023, l'attaque a visé un car reliant Bankass à Koro, à hauteur du village de Tendely, à une "
            "dizaine de kilomètres à l'est de Bankass. Huit passagers ont été tués, selon une source sanitaire à Bankass.")
    (ev,) = extract_text(text, published=date(2023, 8, 28), lang="fr")
    assert ev.location == "Tendely"


def test_a_quarter_of_the_town_told_places_the_event_at_the_town() -> None:
    text = ("Samedi 12 octobre 2024, des émeutiers ont incendié un véhicule de police à Birni N'Konni, dans la région de "
            "Tahoua.\n\n"
            "Dimanche soir, une patrouille de police a ouvert le feu sur un groupe de jeunes assis dans leur fada du "
            "quartier Sabon Gari. Un élève de 17 ans a été mortellement touché.")
    events = extract_text(text, published=date(2024, 10, 15), lang="fr")
    assert [e.location for e in events][-1] in ("Birni N Konni", "Birni N'Konni")


def test_a_city_in_capitals_with_a_colon_opening_the_story_is_a_dateline() -> None:
    text = ("Five dead in bomb attack\nOUAGADOUGOU: Five people, four of them police, were killed when their vehicle "
            "struck a roadside bomb in Burkina Faso, security sources said on Saturday.\n"
            "The attack happened in the eastern town of Boungou.")
    (ev,) = extract_text(text, lang="en", published=PUB, include_candidates=True)
    assert (ev.location, ev.fatalities) == ("Boungou", 5)


def test_a_city_and_country_in_capitals_after_a_photo_credit_is_a_dateline() -> None:
    text = ("37 killed in hunter-farmer conflict\n\nAfp January 02, 2019\nPHOTO: AFP\n\nBAMAKO, MALI: Thirty-seven "
            "civilians were killed when armed men attacked a Fulani village in central Mali on Tuesday.\n\n"
            "The attack on Koulogon village near Bankass in the Mopti region was carried out by armed men.")
    (ev,) = extract_text(text, lang="en", published=date(2019, 1, 2), include_candidates=True)
    assert ev.location == "Koulogon" and ev.fatalities == 37


def test_a_city_and_a_colon_opening_the_story_under_its_title_is_a_dateline() -> None:
    text = ("Niger army says 10 terrorists killed\n\nNiamey: Niger's army said Saturday it killed ten terrorists after "
            "one of its positions in the south-east was attacked.\n\"In the night from Thursday to Friday, the military "
            "station of Baroua was attacked by Boko Haram,\" the ministry said.")
    events = extract_text(text, lang="en", published=date(2018, 7, 22), include_candidates=True)
    assert [e.location for e in events] == ["Baroua"]
    # a title's own "Ménaka :" is where its story happened
    (ev,) = extract_text("Ménaka: des hommes armés tuent cinq civils\n\nCinq civils ont été tués samedi par des hommes "
                         "armés.", lang="fr", published=date(2018, 7, 22), include_candidates=True)
    assert ev.location == "Ménaka"


@pytest.mark.parametrize("head", ["Dakar(Senegal): ", "Dakar (Senegal) - "])
def test_a_city_with_its_country_in_brackets_opening_the_story_is_a_dateline(head: str) -> None:
    text = ("Civilians killed in drone strikes\n\n" + head + "At least 15 civilians were killed on Sunday by drone "
            "strikes in northern Mali, local sources said.")
    (ev,) = extract_text(text, lang="en", published=PUB, include_candidates=True)
    assert ev.country == "Mali" and ev.location != "Dakar"


def test_a_landmark_miles_away_is_not_the_place() -> None:
    (ev,) = extract_text("On Sunday about 100 gunmen on motorcycles ambushed an army convoy about 37 miles south-east of "
                         "Ansongo, in the Gao region, killing 33.", lang="en", published=PUB, include_candidates=True)
    assert ev.location != "Ansongo" and ev.admin1 == "Gao"


def test_a_byline_name_in_capitals_is_no_place() -> None:
    text = ("Foreigners kidnapped after ambush\nBy SAM MEDNICK\nAssociated Press\n"
            "A military patrol was ambushed on Monday in eastern Burkina Faso, the government said.")
    (ev,) = extract_text(text, lang="en", published=PUB, include_candidates=True)
    assert ev.location == "Burkina Faso"


def test_the_capital_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    text = ("A military patrol was ambushed on Monday near Natiaboani in eastern Burkina Faso, the government said.\n"
            "Two soldiers wounded in the attack and evacuated to a military hospital in the capital, Ouagadougou, "
            "told reporters they were attacked by jihadists.")
    evs = extract_text(text, lang="en", published=PUB, include_candidates=True)
    assert [e.location for e in evs] == ["Natiaboani"]


def test_a_source_s_verb_in_the_sentence_before_does_not_make_a_place_where_it_was_said() -> None:
    text = ("Gunmen stormed a cattle market in an eastern Burkina Faso village on Friday, killing 20 people, an official said.\n\n"
            "The attack in Namoungou village is being investigated, the governor said.")
    evs = extract_text(text, lang="en", published=PUB, include_candidates=True)
    assert [e.location for e in evs] == ["Namoungou"]


def test_the_place_the_event_s_own_sentences_come_back_to_wins_over_the_background_s() -> None:
    """Sentences that only say more (the bus's route, its destination) do not vote for a town over
    the village the event's own sentences name twice."""
    text = ("Axe Sévaré-Bandiagara : un car saute sur une mine, onze morts\n\n"
            "Mopti, 28 novembre — Onze passagers ont été tués mardi lorsqu'un car de transport a sauté sur un "
            "engin explosif improvisé près de Goundaka, sur la route reliant Sévaré à Bandiagara.\n\n"
            "Le car avait quitté Mopti le matin pour Bandiagara, où la plupart des passagers se rendaient au "
            "marché hebdomadaire de Bandiagara.\n\n"
            "L'explosion s'est produite vers 9 heures, à la sortie de Goundaka, selon la protection civile.")
    (ev,) = extract_text(text, published=date(2024, 11, 28), include_candidates=True)
    assert ev.location == "Goundaka"


def test_a_country_far_away_is_no_village_of_a_similar_spelling() -> None:
    """Syria is not the village Siria, nor the Gulf of Guinea a village Guinéa."""
    events = extract_text("Jihadists lost their last territory in Syria and Iraq on Monday after months of fighting, "
                          "and groups in the Sahel said they would expand towards the Gulf of Guinea.",
                          published=PUB, include_candidates=True, include_background=True)
    assert not [e.location for e in events if e.location and e.location.lower().startswith(("siri", "guin"))]


def test_a_common_word_capitalised_in_a_headline_is_no_village_without_a_cue() -> None:
    """'Eight Volunteers Die in Burkina Attack': Dié is a village, 'Die' the headline's verb."""
    text = ("Eight Volunteers Die in Burkina Attack\n\n"
            "Eight civilian members of an auxiliary force died in an ambush on Wednesday near Gorgadji, "
            "a security source said.")
    events = extract_text(text, published=date(2021, 4, 15), include_candidates=True)
    assert [e.location for e in events] == ["Gorgadji"]


@pytest.mark.parametrize("text,place", [
    ("Mali: Islamic State fighters kill 22 civilians near Ménaka\n\n"
     "Fighters of the Islamic State Sahel Province killed at least 22 civilians on Saturday in Tabangout, a nomadic "
     "settlement about 30 kilometres south of the town of Ménaka, in north-eastern Mali, local officials said.\n\n"
     "The attackers, who arrived on dozens of motorbikes, gathered the men of the settlement and executed them, "
     "according to a member of the Ménaka regional council.", "Tabangout"),
    # a road's end measured from the other end locates nothing: the town measured from stays
    ("Quatre soldats ont été tués lundi lorsque leur véhicule a sauté sur un engin explosif sur l'axe reliant "
     "Ouallam à Banibangou, à environ 25 kilomètres de Ouallam.", "Ouallam"),
])
def test_the_village_a_distance_locates_is_the_place_not_the_town_it_is_measured_from(text: str, place: str) -> None:
    (ev,) = extract_text(text, published=date(2025, 9, 22), include_candidates=True)
    assert ev.location == place


def test_where_the_displaced_arrived_the_capital_of_a_region_and_a_headline_noun_are_not_places() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    def places(text: str) -> list[str]:
        return [p.name for p in Pipeline().make_doc(Article(doc_id="x", text=text), "en").places]

    # the displaced went there; "Burkina Faso's" capital here is the region's; "Attack" is what happened
    assert "Dori" not in places("About 3,000 people who fled the attack have arrived in Dori, officials said.")
    assert "Ouagadougou" not in places("They reached Kaya, the capital of Burkina Faso's Centre-Nord region.")
    assert places("Six People Killed in Attack on Mining Convoy in Burkina Faso") == ["Burkina Faso"]
    events = extract_text("Gunmen killed 20 villagers in Seytenga on Saturday, a security source said. About 3,000 "
                          "people who fled the attack have arrived in Dori, a local official said.", lang="en", published=PUB)
    assert [e.location for e in events] == ["Seytenga"]


def test_where_a_witness_spoke_from_is_not_where_it_happened() -> None:
    text = ("At least 12 people were killed in an air strike on a wedding in central Mali on Sunday. "
            "\"I heard a plane, then the blast,\" the man said from a health centre in Mopti.")
    assert [e.location for e in extract_text(text, lang="en", published=PUB)] == ["Mali"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed five civilians on Sunday in the north of the country, the Ouagadougou-based newspaper L'Observateur "
           "reported."),
    ("fr", "Des hommes armés ont tué cinq civils dimanche dans le nord du pays, a rapporté Radio Oméga, basée à Ouagadougou."),
])
def test_an_outlets_seat_is_not_where_it_happened_but_says_the_country(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang, include_candidates=True)
    assert (ev.location, ev.country, ev.geo_precision) == ("Burkina Faso", "Burkina Faso", 3)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un enseignant originaire de Djibo a été tué dimanche à Kourakou par des hommes armés."),
    ("en", "A teacher, a native of Djibo, was killed by gunmen in Kourakou on Sunday."),
])
def test_a_victims_home_town_is_not_where_it_happened(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang, include_candidates=True)
    assert ev.location == "Kourakou"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cinq civils ont été tués samedi à Kourakou. Le préfet de Bankilaré a confirmé l'attaque."),
    ("en", "Five civilians were killed in Kourakou on Saturday. The mayor of Bankilare confirmed the attack."),
])
def test_an_official_of_another_town_confirming_the_attack_tells_no_new_event(lang: str, text: str) -> None:
    events = extract_text(text, published=PUB, lang=lang, include_candidates=True)
    assert [ev.location for ev in events] == ["Kourakou"]


@pytest.mark.parametrize("lang,text,city", [
    ("en", "Five soldiers were killed on Sunday in an ambush in the Malian capital's outskirts, the army said.", "Bamako"),
    ("fr", "Cinq soldats ont été tués dimanche dans une embuscade près de la capitale burkinabè, selon l'armée.", "Ouagadougou"),
])
def test_near_a_capital_named_by_its_role_is_near_it(lang: str, text: str, city: str) -> None:
    (ev,) = extract_text(text, published=PUB, lang=lang, include_candidates=True)
    assert (ev.location, ev.geo_precision) == (city, 2)


def test_a_name_joined_to_an_acronym_and_the_states_buildings() -> None:
    from datetime import date

    from conflictwire import extract_text

    # "RTB-Télé" is the broadcaster (Télé is also a village: a common word, a place only when cued);
    # the National Assembly, stormed, is in the capital
    (ev,) = extract_text("Le 30 octobre 2014, l'Assemblée nationale burkinabè, envahie par des manifestants, a été "
                         "saccagée et brûlée. Le siège de RTB-Télé a aussi été saccagé.", published=date(2014, 10, 31))
    assert (ev.location, ev.admin1, ev.country) == ("Ouagadougou", "Centre", "Burkina Faso")


def test_an_agency_desk_line_is_a_dateline() -> None:
    text = ("Terrorists kill 25 civilians in cattle market\n\nAPA-Ouagadougou (Burkina Faso)\n\n"
            "At least 25 civilians were killed Saturday after terrorists attacked a cattle market in Kompiembiga, "
            "15 km from Pama in the eastern region of Burkina Faso.")
    (ev,) = extract_text(text, published=PUB)
    assert ev.location == "Kompiembiga"


@pytest.mark.parametrize("text", [
    "Au moins 19 passagers d'un bus qui revenait de Ouagadougou ont été tués mercredi par des jihadistes.",
    "At least 19 passengers of a bus returning from Ouagadougou were killed on Wednesday by jihadists.",
])
def test_where_travellers_came_back_from_is_not_where_it_happened(text: str) -> None:
    (ev,) = extract_text(text, published=PUB)
    assert ev.location != "Ouagadougou"


def test_a_part_of_the_country_is_not_the_report_s_one_town() -> None:
    text = ("Five soldiers were killed on Saturday when jihadists attacked the army base in Bourzanga, the army said.\n\n"
            "On Thursday, 11 soldiers were killed in a suspected jihadist attack in eastern Burkina Faso.")
    evs = extract_text(text, published=PUB)
    assert [e.location for e in evs if e.fatalities == 11] == ["Burkina Faso"]


def test_a_village_the_report_places_in_the_town_it_told_is_the_same_incident() -> None:
    text = ("Unidentified gunmen killed about 20 people on Friday in an attack on a cattle market in Fada N'Gourma, "
            "in eastern Burkina Faso.\n\n"
            "\"Armed individuals on motorcycles burst into the cattle market in Namoungou, a village in Fada N'Gourma "
            "municipality, and attacked the population, killing about twenty people,\" the governor said.")
    assert len(extract_text(text, published=PUB)) == 1



def test_the_capital_named_again_after_a_distance_from_it_is_not_the_place() -> None:
    (ev,) = extract_text("Des assaillants ont attaqué ce matin une prison à Koutoukalé, à 50 km au nord-ouest de Niamey, "
                         "la capitale du Niger, et l'un d'eux a été tué.", published=PUB)
    assert ev.location == "Koutoukalé"


def test_a_witness_s_given_name_is_not_a_place() -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", text="Des hommes armés ont tué vendredi deux gardes à Abalak, a déclaré "
                                      "Ahmed Dilo, le maire."))
    assert [p.text for p in doc.places] == ["Abalak"]


def test_a_teaser_for_another_story_is_page_chrome() -> None:
    assert is_boilerplate("Al-Shabab militants attack hotel in Somalia's capitalMar 15 2024, 12:30 AM • 48311 views")
    assert not is_boilerplate("Witnesses said nine people were killed by the second strike, 48 hours later.")



@pytest.mark.parametrize("teller", [
    "a resident in nearby Bourzanga town told AFP by phone",
    "a witness from the neighbouring town of Bourzanga said",
])
def test_the_teller_s_nearby_town_is_not_where_it_happened(teller: str) -> None:
    text = ("At least 10 men were killed in an attack on the village of Silgadji, security sources said on Tuesday. "
            f"The attack was launched on Saturday and jihadists were still in the area on Monday, {teller}.")
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=PUB))
    assert [p.name for p in doc.places] == ["Silgadji"]



def test_a_sentence_opening_on_relatedly_is_no_related_link() -> None:
    assert not is_boilerplate("Relatedly, a Malian soldier was killed in the night from Thursday to Friday in Mondoro.")
    assert is_boilerplate("Related: Army kills 10 militants") and is_boilerplate("Lire aussi : Mali")


@pytest.mark.parametrize("text", [
    "Selon Niamey, neuf membres des forces de sécurité ont été tués lundi par des hommes armés.",
    "According to Bamako, gunmen killed nine soldiers on Monday.",
])
def test_the_capital_speaking_for_its_government_is_not_the_place(text: str) -> None:
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=PUB))
    assert [p.name for p in doc.places if p.feature == "P"] == []


@pytest.mark.parametrize("text", [
    "On April 18, militants attacked soldiers in Bouroy, Soum Province.",
    # a bracketed commune between the village and its province
    "On April 18, militants attacked soldiers in the area of Bouroy (Nassoumbou), Soum Province.",
    "On March 21, militants abducted a councilman in the village of Lassa, Soum Province.",
])
def test_a_village_told_in_a_province_named_after_it_lies_there(text: str) -> None:
    (ev,) = extract_text(text, published=date(2019, 4, 20))
    assert (ev.country, ev.admin1) == ("Burkina Faso", "Sahel")


def test_militants_who_exchange_gunfire_with_police_fight_them() -> None:
    (ev,) = extract_text("On April 18, militants exchanges gunfire with a police patrol near Djibo.", published=date(2019, 4, 20))
    assert (ev.sub_event_type, ev.actor2) == ("Armed clash", "Police Forces of Burkina Faso")


def test_a_dateline_of_two_desks_is_not_where_it_happened() -> None:
    text = ("Nine U.N. troops killed in worst attack yet on Mali force\n\n"
            "BAMAKO/DAKAR (Reuters) - Nine United Nations peacekeepers in Mali were killed when gunmen ambushed their"
            " convoy on Friday, the mission said.\n\nHe said Friday's attack took place between the northeastern towns"
            " of Menaka and Ansongo.")
    (ev,) = extract_text(text, published=date(2014, 10, 3))
    assert ev.location == "Ménaka"
    assert ev.actor2.startswith("MINUSMA")


def test_a_title_cased_headline_names_no_unknown_place() -> None:
    text = ("American Taken Hostage in African Country Plagued by Islamist Attacks\n\n"
            "Gunmen kidnapped an American citizen in Niger early Tuesday. He was taken from his farm in Massalata"
            " in southern Niger, a prefect said.")
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2020, 10, 27)))
    assert [p.name for p in doc.places if p.country != "NE" or p.feature != "C"] == ["Masalata"]


def test_an_unknown_village_in_a_sentence_s_headline_is_still_a_place() -> None:
    text = "Gunmen kill 12 in the village of Zorkoubaga, in northern Burkina Faso"
    (ev,) = extract_text(text, published=date(2020, 10, 27))
    assert ev.location == "Zorkoubaga"


@pytest.mark.parametrize("text, place", [
    # the capital named after a distance from it is a landmark, and a site the text calls an area is a place
    ("Heavily armed assailants attacked Tazalite, a refugee hosting area, located 35 km west of the closest"
     " township, Tassara, and 525 km from the capital, Niamey.", "Tazalite"),
])
def test_landmarks_and_origins_are_not_where_it_happened(text: str, place: str) -> None:
    (ev,) = extract_text(text, published=date(2016, 10, 7))
    assert ev.location == place


@pytest.mark.parametrize("text, name", [
    ("U.N. Secretary-General Ban Ki-moon was shocked by the attack in the region of Gao.", "Ban"),
    # where help came from is not where it happened
    ("The gunmen fled before support from Niamey was able to arrive.", "Niamey"),
    ("Les assaillants ont fui avant l'arrivée des renforts venus de Dori.", "Dori"),
    # the man a title named is the same man later ("… said that Ban was outraged")
    ("A spokesman for U.N. Secretary-General Ban Ki-moon said in a statement that Ban was outraged by the attack in Kidal.", "Ban"),
    # an outlet with its edition, and a body that reports
    ("Mohamed Bazoum a dit à BBC Afrique que l'otage a été emmené au Mali voisin.", "BBC Afrique"),
    ("Soldiers killed 44 people in two villages in February, Human Rights Watch said.", "Human Rights Watch"),
    # a weapon's acronym, and a Tuareg community named after its place
    ("3 dead and several wounded in IED/mine blast that struck an army vehicle in the area of Inata.", "IED"),
    ("Gunmen attacked a vehicle in the area of Ntillit, killing a leader of the Tuareg Kel Essouk.", "Essouk"),
])
def test_a_secretary_general_and_where_help_came_from_are_no_event_place(text: str, name: str) -> None:
    places, _ = find_places(text, actor_spans=Spans())
    assert name not in [p.name for p in places]


def test_an_agency_dateline_after_a_byline_is_not_where_it_happened() -> None:
    text = ("Death Toll From Burkina Attack Rises To 79\n\nMohammad Ali (@ChaudhryMAli88) Published June 14, 2022 | 11:29 PM\n\n"
            "The death toll from a massacre by suspected jihadists in northern Burkina Faso last weekend has risen to 79,"
            " the government said Tuesday\n\nOuagadougou, (APP - UrduPoint / Pakistan Point News - 14th Jun, 2022 ) :The death"
            " toll from a massacre by suspected jihadists in northern Burkina Faso last weekend has risen to 79, the government"
            " said Tuesday.\n\nThe toll of the killings rose to 79 dead. The attack unfolded overnight Saturday in the village of Seytenga.")
    (ev,) = extract_text(text, published=date(2022, 6, 14))
    assert (ev.location, str(ev.event_date), ev.fatalities) == ("Seytenga", "2022-06-11", 79)


def test_an_undated_night_told_twice_is_one_night() -> None:
    text = ("Eyewitnesses say several dozen men on motorbikes attacked the village of Sanakadougou in Kossi province overnight"
            " killing at least 12 people.\nAt least 12 civilians were killed in an attack by suspected militants, locals told"
            " AFP.\n\"Several dozen men on motorbikes attacked the village of Sanakadougou\" in Kossi province overnight Thursday"
            " and Friday, a resident told AFP.\nResidents said at least 12 people were killed.")
    assert len(extract_text(text)) == 1


@pytest.mark.parametrize("text, name", [
    ("An unidentified armed group attacked the home of opposition coordinator, Ali Sabo.", "Ali"),
    ("Armed assault on restaurant Aziz Istanbul. 19 dead and a dozen wounded.", "Istanbul"),
])
def test_a_city_abroad_in_a_person_s_or_a_shop_s_name_is_no_place(text: str, name: str) -> None:
    places, _ = find_places(text, actor_spans=Spans())
    assert name not in [p.name for p in places]


def test_a_rights_group_s_report_weeks_later_is_news_of_what_it_documents() -> None:
    text = ("Burkina Faso's army executed more than 200 civilians: Rights group\n\nHuman Rights Watch accuses military of"
            " conducting campaigns against civilians.\n\nBurkina Faso is battling armed groups [File: AP]\n\n"
            "Burkina Faso's military forces “summarily executed” 223 civilians in two villages in February, Human Rights"
            " Watch (HRW) has said in a new report.\n\nThe mass killings took place on February 25 in the northern villages"
            " of Nondin and Soro, according to the report published on Thursday.")
    events = extract_text(text, published=date(2024, 4, 25))
    assert events and all(str(e.event_date) == "2024-02-25" for e in events)


@pytest.mark.parametrize("text, place", [
    ("Vendredi, plusieurs villages de la région de Bandiagara, au centre du Mali, ont été attaqués par des jihadistes.", "Bandiagara"),
    ("Vendredi, plusieurs villages de la région de Mopti ont été attaqués par des jihadistes.", "Mopti"),
])
def test_a_newer_region_is_placed_at_its_own_seat(text: str, place: str) -> None:
    (ev,) = extract_text(text, published=date(2024, 12, 21))
    assert (ev.location, ev.admin1) == (place, "Mopti")


def test_where_a_speaker_spoke_is_where_it_happened_when_told_so_and_a_direction_is_not() -> None:
    text = ("Violence is on the rise and attacks are spreading further south toward Bamako. President Keita spoke in"
            " Boni where 26 people were killed on Thursday when their vehicle struck a landmine.")
    (ev,) = extract_text(text, published=date(2018, 1, 28))
    assert (ev.location, ev.sub_event_type) == ("Boni", "Remote explosive/landmine/IED")


def test_a_byline_under_a_title_ending_on_a_participle_is_no_place() -> None:
    text = ("French Embassy in Burkina Faso Attacked\nBrahima Ouadraogo, Reuters\nMarch 2, 2018 7:21pm\n"
            "Islamic extremists struck the French Embassy and army headquarters in Ouagadougou, killing eight people.")
    doc = Pipeline().make_doc(Article(doc_id="t", text=text, published=date(2018, 3, 2)))
    assert "Brahima Ouadraogo" not in [p.name for p in doc.places]


def test_a_region_that_situates_a_town_is_not_lent_to_an_event_told_without_one() -> None:
    text = ("At least 10 gendarmes were killed Thursday night in an attack by suspected jihadists on a gendarmerie post in"
            " northern Burkina Faso near the Niger border, security sources said Friday.\nOn Thursday, four gendarmes were"
            " killed in another attack on the detachment in Barani, in the Boucle du Mouhoun region, according to the army.")
    first, second = extract_text(text, published=date(2022, 6, 10))
    assert first.admin1 != "Boucle du Mouhoun"
    assert (second.location, second.admin1) == ("Barani", "Boucle du Mouhoun")


def test_a_city_s_quarter_joined_to_it_by_a_hyphen_is_coded_at_the_city() -> None:
    places, _ = find_places("JNIM attacked a military zone at Bamako-Sénou airport on Tuesday.", actor_spans=Spans())
    names = [p.name for p in places]
    assert names[0] == "Bamako" and all(p.admin1 == "Bamako" for p in places)


def test_a_country_named_for_its_border_does_not_hide_the_place_across_it() -> None:
    places, _ = find_places("Airstrikes were reported in the Mondoro forest area near Burkina Faso's border.", actor_spans=Spans())
    assert "Mondoro" in [p.name for p in places]


@pytest.mark.parametrize("text, name, admin1", [
    # a famous homonym abroad is not the village told from a town of the region
    ("An employee of the mayor's office in Salem, north of Timbuktu, was abducted.", "Salem", "Tombouctou"),
    # a name no gazetteer knows lies near the town it is told from
    ("Clashes broke out in Ahina locality 100 km East of Gao.", "Ahina", "Gao"),
])
def test_a_place_told_from_a_town_lies_near_it(text: str, name: str, admin1: str) -> None:
    places, _ = find_places(text, actor_spans=Spans())
    got = next(p for p in places if p.text == name)
    assert (got.country, got.admin1, got.precision) == ("ML", admin1, 2)


@pytest.mark.parametrize("text, kept", [
    ("Niger : Douze gendarmes tués au nord-ouest de Niamey", False),
    ("Twelve gendarmes were killed north-west of Niamey on Saturday.", False),
    ("Gunmen attacked a market in the north of Niamey.", True),
])
def test_a_direction_from_the_capital_is_not_the_capital(text: str, kept: bool) -> None:
    places, _ = find_places(text, actor_spans=Spans())
    assert ("Niamey" in [p.name for p in places]) is kept


def test_the_nearby_village_named_after_another_attack_is_its_place() -> None:
    evs = extract_text("Au moins 21 villageois ont été tués lundi à Djiguibombo, dans la région de Bandiagara. Une autre "
                       "attaque a eu lieu, lundi également, dans le village tout proche de Sokorokanda, où l'on rapporte "
                       "deux personnes tuées.", published=date(2024, 7, 3))
    assert [e.fatalities for e in evs] == [21, 2] and evs[1].location == "Sokoro Kanda"


def test_a_bracketed_organisation_opening_a_line_is_no_dateline() -> None:
    from conflictwire.geo.datelines import find_dateline
    text = ("Nine peacekeepers killed in Mali ambush\n\nUnited Nations (UN) soldiers on patrol\n\n"
            "Bamako (AFP) - Suspected Islamists killed at least nine United Nations peacekeepers on Friday.")
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].strip().startswith("Bamako")


@pytest.mark.parametrize("text", [
    "A peacekeeper was killed on Sunday when his vehicle hit a mine about 11 km (7 miles) south of Aguelhoc in the region of Kidal.",
    "Un casque bleu a été tué dimanche par une mine au nord-est de Aguelhoc, dans la région de Kidal.",
])
def test_a_bearing_from_a_village_spelt_otherwise_places_it_there(text: str) -> None:
    assert extract_text(text, published=date(2016, 8, 8))[0].location == "Aguelhok"


def test_the_weapon_in_a_headline_and_a_site_s_chrome_are_no_places() -> None:
    page = ("Land Mine Kills Five Soldiers in Southwest Niger Republic\n\n"
            "Site icon News Central TV | Latest Breaking News Across Africa, Daily News in Nigeria, Ghana, Kenya and Egypt Today.\n\n"
            "An improvised explosive device (Land mine) has killed five Nigerien soldiers in the southwest of the country.\n\n"
            "The blast occurred in the Gotheye district of the Tillaberi region, the defence ministry said.\n\nExit mobile version")
    (ev,) = Pipeline()(Article(doc_id="p", text=page, published=date(2022, 2, 18)))
    assert (ev.location, ev.country, ev.fatalities) == ("Gothèye", "Niger", 5)


def test_a_village_located_by_an_approximate_distance_from_a_town_is_the_place() -> None:
    ev = extract_text("Des assaillants ont attaqué samedi le village de Kompienbiga, une localité située à une quinzaine de "
                      "kilomètres de la ville de Pama.", published=date(2018, 9, 16))[0]
    assert (ev.location, ev.admin1) == ("Kompienbiga", "Est")


@pytest.mark.parametrize("text,landmark", [
    ("Des assaillants ont attaqué le village de Kompienbiga, une localité située à une quinzaine de kilomètres de Pama.", True),
    # (not in an apposition to the town before: where the elected were coming from is not located by it)
    ("Les élus revenaient d'une réunion à Niono lorsque leur véhicule a été intercepté à une quinzaine de kilomètres de Diabaly.", False),
])
def test_a_town_a_distance_is_measured_from_is_a_landmark_in_an_apposition_only(text: str, landmark: bool) -> None:
    from conflictwire.extract.event_place import _landmarks
    doc = Pipeline().make_doc(Article(doc_id="p", text=text, published=date(2024, 3, 15)))
    last = max((m for m in doc.places if m.feature in ("P", "U")), key=lambda m: m.start)
    assert (last.start in _landmarks(doc, doc.places)) is landmark


@pytest.mark.parametrize("text", [
    "Thousands of protesters stormed Burkina Faso's parliament on Thursday and set fire to the building.",
    "Des milliers de manifestants ont pris d'assaut jeudi l'Assemblée nationale burkinabè et y ont mis le feu.",
])
def test_a_country_s_parliament_sits_in_its_capital(text: str) -> None:
    ev = extract_text(text, published=date(2014, 10, 31))[0]
    assert (ev.event_type, ev.location) == ("Riots", "Ouagadougou")


@pytest.mark.parametrize("text,location", [
    ("Niger: au moins 19 morts dans l'attaque d'un bus. Un bus d'une compagnie nigérienne a été attaqué mercredi par des "
     "jihadistes sur l'axe Dori-Téra, au Niger : 19 passagers ont été tués.", "Téra"),
])
def test_of_a_road_s_ends_across_a_border_the_one_in_the_report_s_country(text: str, location: str) -> None:
    assert extract_text(text, published=date(2022, 3, 17))[0].location == location
