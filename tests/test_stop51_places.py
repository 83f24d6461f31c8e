"""Stop 51's conventions on places: one event for each village struck, counted or not."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text

PUB = date(2024, 12, 22)


def _told(text: str) -> list[tuple[str | None, int | None]]:
    return sorted((e.location, e.fatalities) for e in extract_text(text, published=PUB, lang="fr"))


def test_a_toll_told_place_by_place_is_a_list_without_a_last_and() -> None:
    text = ("Vendredi 20 décembre 2024, des hommes armés ont attaqué des villages du cercle de Koro. "
            "Selon un élu local, le bilan est de 8 morts à Yoro, 4 à Dinangourou, 3 à Diankabou.")
    assert _told(text) == [("Diankabou", 3), ("Dinangourou", 4), ("Yoro", 8)]


def test_villages_listed_as_struck_and_not_counted_are_events_with_no_dead() -> None:
    text = ("Vendredi 20 décembre 2024, une série d'attaques coordonnées a visé plusieurs villages du cercle de Koro, "
            "faisant 12 morts. Les villages de Yoro, Gangafani, Dinangourou et Diankabou ont été ciblés. "
            "Selon un élu local, le bilan est de 8 morts à Yoro, 4 à Dinangourou.")
    assert _told(text) == [("Diankabou", 0), ("Dinangourou", 4), ("Gangafani", 0), ("Yoro", 8)]


def test_the_count_of_posts_before_their_places_is_no_toll() -> None:
    text = ("Deux commissariats de police, situés à Tongomayel et à Baraboulé dans le Soum, ont été l'objet d'attaques "
            "d'hommes armés dans la nuit de lundi à mardi. Les attaques n'ont pas fait de morts.")
    assert _told(text) == [("Baraboulé", 0), ("Tongomayel", 0)]


_THREE_BASES = ("Six soldiers were killed in simultaneous attacks targeting three army bases in central Mali on Sunday, the army said. "
                "Targets in Sevare, Niono and Bapho were all hit by armed groups using car bombs, the army said.")


def test_places_listed_after_acts_counted_as_many_are_one_event_each() -> None:
    events = extract_text(_THREE_BASES, published=date(2022, 4, 25), lang="en")
    assert sorted((e.location, e.fatalities) for e in events) == [("Bapho", 2), ("Niono", 2), ("Sévaré", 2)]



def test_the_attack_on_a_day_took_place_at_the_village_told() -> None:
    text = ("Authorities say gunmen have attacked a Catholic church in Burkina Faso, killing a priest and five worshippers. "
            "The attack on Sunday took place in Dablo, about 200 kilometers from the capital. "
            "A government spokesman for the Sahel region said the gunmen also set fire to a health center.")
    events = extract_text(text, published=date(2019, 5, 12), lang="en")
    assert [(e.location, e.admin1) for e in events] == [("Dablo", "Centre-Nord")]


def test_a_village_in_capitals_after_a_word_of_place_is_the_village() -> None:
    """Army communiqués write places in capitals: a known village so written is no acronym."""
    text = "Des frappes aériennes ont détruit un plot logistique terroriste à 05 Km au Sud de TALHANDAK, région de Kidal, le 23 décembre."
    events = extract_text(text, published=date(2024, 12, 26), lang="fr")
    assert [(e.location, e.admin1) for e in events] == [("Talhandak", "Kidal")]


def test_a_department_told_in_a_lending_sentence_is_finer_than_its_region() -> None:
    text = ("Au Niger, une nouvelle attaque dans le Tillabéry a fait au moins 18 morts dimanche, selon les autorités. "
            "Le camion circulait entre deux villages, dans le département de Banibangou, quand il a été attaqué par des hommes armés.")
    events = extract_text(text, published=date(2022, 2, 22), lang="fr")
    assert [(e.location, e.admin1) for e in events] == [("Banibangou", "Tillabéri")]


def test_an_event_left_at_the_country_after_the_lead_beside_events_placed_is_a_candidate() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline
    text = ("Gunmen killed twelve villagers in Tillia, in the Tahoua region, on Sunday, officials said. "
            "The attackers arrived on motorcycles and set fire to the market.\n\n"
            "In neighbouring Mali, jihadists ambushed an army patrol on Friday, killing three soldiers, the Malian army said. "
            "Jihadists have been active in the north of the country since 2012. "
            "Residents said many families had fled.")
    article = Article(doc_id="t", text=text, language="en", published=date(2021, 5, 3))
    assert [e.location for e in Pipeline()(article)] == ["Tillia"]
    every = Pipeline(include_candidates=True)(article)
    assert [(e.location, e.candidate) for e in every if e.location != "Tillia"] == [("Mali", True)]


def test_the_leads_event_left_at_the_country_is_kept() -> None:
    text = ("Jihadists stormed an army base in northern Mali on Sunday, killing 20 soldiers, the army said. "
            "Days before, an ambush near Boulkessi killed 12 soldiers. "
            "The army said it was reinforcing its positions. Residents said the town was calm. "
            "The group has been active in the north of the country since 2012.")
    events = extract_text(text, published=date(2022, 4, 25), lang="en")
    assert sorted(e.location or "" for e in events) == ["Boulkessi", "Mali"]


def test_a_village_then_the_commune_it_lies_in_is_the_village() -> None:
    text = ("Dimanche, quatorze personnes ont été tuées dans le village de Wiyé, situé dans la même commune de Banibangou, "
            "à une cinquantaine de kilomètres de la frontière du Mali.")
    (ev,) = extract_text(text, published=date(2021, 3, 24), lang="fr")
    assert (ev.location, ev.admin1, ev.fatalities) == ("Wiyé", "Tillabéri", 14)


def test_a_community_between_two_towns_is_the_place() -> None:
    text = ("A drone strike killed more than 20 civilians during a wedding ceremony in Beydi, a community located between "
            "Gossi and Inabaw in the Timbuktu region, on Sunday, residents said.")
    (ev,) = extract_text(text, published=date(2024, 3, 19), lang="en")
    assert (ev.location, ev.admin1) == ("Beydi", "Tombouctou")


_DOUBLE = ("Niger : double attaque terroriste à Tillabéri, dix soldats tués\n\n"
           "Dix soldats nigériens ont été tués lors d'une double attaque simultanée vendredi 4 juillet vers 5h50 du matin. "
           "Les positions avancées des Forces de Défense et de Sécurité (FDS) de Bouloudjounga et de Samira, situées dans "
           "le département de Gothèye, région de Tillabéri, ont été visées.")


def test_a_title_s_town_named_like_its_region_yields_to_the_villages_of_the_story() -> None:
    events = extract_text(_DOUBLE.replace("double attaque simultanée", "attaque"), published=date(2025, 7, 5), lang="fr")
    assert [e.location for e in events] == ["Bouloudjounga"]


def test_the_forces_posts_of_two_villages_struck_in_a_double_attack_are_two_events() -> None:
    events = extract_text(_DOUBLE, published=date(2025, 7, 5), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Bouloudjounga", 5), ("Samira", 5)]
