"""Stop 56's conventions of places: names listed after a colon that counts places are places."""

from __future__ import annotations

from conflictwire.eval import make_article
from conflictwire.geo.datelines import find_dateline
from conflictwire.pipeline import Pipeline
from reports import events_of, place_names


def test_places_listed_after_a_colon_that_counts_them() -> None:
    text = "Les affrontements ont eu lieu dans trois localités de la région de Ménaka : Tinzarane, Ikaslane et Egarek."
    assert {"Tinzarane", "Ikaslane", "Egarek"} <= set(place_names(text, "fr"))
    text = "The fighting took place in three villages near the border: Tinzarane, Ikaslane and Egarek."
    assert {"Tinzarane", "Ikaslane", "Egarek"} <= set(place_names(text, "en"))


def test_a_colon_after_other_words_lists_no_places() -> None:
    text = "Les affrontements ont opposé deux groupes, selon le maire : Tinzarane Ag Alhassane a confirmé le bilan."
    assert "Tinzarane" not in place_names(text, "fr")


def test_a_capital_and_a_colon_opening_the_lead_is_where_the_story_was_filed() -> None:
    text = ("Ouagadougou: Gunmen killed 15 civilians in northern Burkina Faso over the weekend, security and local "
            "sources said Monday, in the latest deadly attack in the country.\n"
            "\"On Saturday night numerous armed individuals attacked the village of Pobe-Mengao and kidnapped several "
            "residents,\" a local source said.")
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Pobé-Mengao"]


def test_a_title_that_opens_on_a_town_and_a_colon_names_where_it_happened() -> None:
    text = "Djibo: gunmen kill 15 civilians\nGunmen killed 15 civilians on Saturday, local sources said."
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Djibo"]


def test_the_parts_of_the_continent_are_no_places() -> None:
    text = ("JNIM, an Islamic terrorist group active in Western Africa, has claimed an attack on an army base in "
            "Djibo.")
    names = place_names(text, "en")
    assert "Western Africa" not in names and "Djibo" in names
    assert "Afrique de l'Ouest" not in place_names("Le groupe, actif en Afrique de l'Ouest, a attaqué Djibo.", "fr")


def test_a_city_in_its_country_and_a_dash_opening_the_story_is_its_dateline() -> None:
    text = ("Cotonou in Benin-The government confirmed that an attack by Islamic extremists in the W National Park "
            "in northern Benin killed at least eight people, including soldiers and park rangers.")
    assert "Cotonou" not in [e.location for e in events_of(text, "en", candidates=True)]
    # (a title that says what happened in a country is no dateline: its first word is no town)
    assert find_dateline("Attacks in Niger - Gunmen killed ten soldiers on Monday near Tillabéri.") is None


def test_where_someone_went_before_or_after_the_news_is_not_where_it_happened() -> None:
    text = ("French jets killed 50 jihadists in air strikes in central Mali on Friday, the minister said. Ahead of "
            "her visit in Bamako, the minister met Niger's president.")
    assert "Bamako" not in [e.location for e in events_of(text, "en", candidates=True)]
    text = "The president of the Ivory Coast was attacked by armed men while on a visit in Ouagadougou."
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Ouagadougou"]


def test_a_post_named_after_its_town_places_the_attack_there() -> None:
    text = ("At least ten jihadists were killed Monday morning in an attack on the Tinzoubougou gendarmerie brigade "
            "in the Fada N'Gourma department, eastern Burkina Faso.")
    assert "Tinzoubougou" in place_names(text, "en")


def test_the_health_district_the_wounded_were_admitted_to_is_not_where_it_happened() -> None:
    text = ("Des bandits armés ont attaqué un camion près du village de Tizigorou, dans le département de Banibangou. "
            "Le bilan fait état de dix-huit personnes tuées et huit blessés admis au district sanitaire de Ouallam.")
    assert "Ouallam" not in [e.location for e in events_of(text, "fr", candidates=True)]


def test_languages_are_no_places() -> None:
    text = "In issue 356 of its weekly magazine al-Naba (the News, in Arabic), the Islamic State claimed to have killed 60."
    assert "Arabic" not in place_names(text, "en")


def test_a_park_written_in_lower_case_is_found_by_its_name() -> None:
    text = ("Au nord du Bénin, une nouvelle attaque terroriste, perpétrée mardi soir dans le parc national du W, a "
            "fait six morts, dont un soldat.")
    assert [e.location for e in events_of(text, "fr", candidates=True)] == ["W National Park"]


def test_the_mayor_of_a_neighbouring_village_calling_the_attack_a_massacre_tells_no_other_event() -> None:
    text = ("Gunmen killed more than 130 villagers on Saturday in Ogossagou in the Mopti region, a local official "
            "said. The mayor of the neighbouring village of Ouenkoro, Cheick Harouna Sankare, described the attack as "
            "a \u201cmassacre\u201d.")
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Ogossagou"]


def test_a_country_the_place_is_near_is_not_the_reports_country() -> None:
    text = ("Kayes, ville stratégique, se trouve à proximité du Sénégal. Des attaques ont également frappé Nioro et "
            "Gogui, toutes proches de la Mauritanie, a indiqué l'armée malienne mardi.")
    doc_places = {p.name: p.country for p in Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), "fr").places}
    assert doc_places.get("Nioro") == "ML"
    text = "Gunmen attacked the town of Djibo, close to Mali, killing ten soldiers, the Burkinabe army said."
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), "en")
    assert {p.name: p.country for p in doc.places}.get("Djibo") == "BF"
