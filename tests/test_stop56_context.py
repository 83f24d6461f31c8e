"""Stop 56's conventions of context: a sentence that describes a region's conflict tells no event."""

from __future__ import annotations

from datetime import date

from conflictwire.eval import make_article
from conflictwire.extract.background import background_reason
from conflictwire.pipeline import Pipeline


def test_a_region_engulfed_by_violence_is_context_not_a_fight() -> None:
    said = ("Central Mali is engulfed by two-fold violence carried out by jihadists and by rival ethnic groups, "
            "herders and farmers fighting over access to land.")
    assert (background_reason(said, "en", 2019) or "").startswith("context")
    assert background_reason("The village was engulfed by flames after gunmen attacked it on Sunday.", "en", 2019) is None


def test_an_area_where_attacks_have_escalated_since_a_year_describes_the_place_the_news_is_at() -> None:
    said = ("The escorted supply convoy hit the device between the northern towns of Djibo and Bourzanga, an area "
            "where Islamist militants have escalated attacks on villages and military outposts since 2015.")
    assert background_reason(said, "en", 2022) is None
    said = ("Le convoi a heurté l'engin entre Djibo et Bourzanga, une zone où les groupes armés ont multiplié les "
            "attaques depuis 2015.")
    assert background_reason(said, "fr", 2022) is None


def test_the_lives_many_attacks_have_claimed_are_statistics() -> None:
    said = ("The attacks, typically hit-and-run raids on villages, road mines and suicide bombings, have claimed "
            "around 640 lives nationally, according to an AFP toll.")
    assert (background_reason(said, "en", 2019) or "").startswith("statistics")
    said = "Les violences, souvent des raids contre des villages, ont coûté la vie à plus de 600 personnes dans le pays."
    assert (background_reason(said, "fr", 2019) or "").startswith("statistics")
    assert background_reason("The attack on the village has claimed 132 lives, the government said.", "en", 2021) is None


def test_who_is_attacked_less_often_is_a_trend() -> None:
    said = "Cela ressemble à une stratégie : semer la terreur dans la population, alors que les terroristes attaquent moins l'armée."
    assert (background_reason(said, "fr", 2023) or "").startswith("a trend")
    said = "Les soldats semblent effectivement moins pris pour cibles par les terroristes."
    assert (background_reason(said, "fr", 2023) or "").startswith("a trend")
    said = "Soldiers seem to be less often targeted by the militants, who now attack villages."
    assert (background_reason(said, "en", 2023) or "").startswith("a trend")
    assert background_reason("Les terroristes ont attaqué l'armée à Djibo dimanche.", "fr", 2023) is None


def test_a_pluperfect_reported_on_a_day_of_the_telling_is_the_news() -> None:
    text = ("French Airstrikes Kill 50 Terrorists in Mali\nThe strike was conducted on Friday, 30 October near the "
            "borders of Burkina Faso and Niger.\nThe French government on Monday, 2 November, stated that its forces "
            "had killed more than 50 terrorists in airstrikes in central Mali, AFP reported.")
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x", published=date(2020, 11, 3)), "en")
    assert 2 not in doc.background


def test_the_pluperfect_after_a_recalled_event_goes_on_with_that_past() -> None:
    text = ("Depuis dimanche, des assaillants armés s'attaquent aux populations civiles d'Inékar, dans la région de "
            "Ménaka. Nos sources parlent de dizaines de morts civils.\nEn mars dernier, une centaine de civils avaient "
            "été massacrés dans le cercle d'Andéramboukane. Des villages entiers avaient complètement été détruits.")
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x", published=date(2022, 5, 24)), "fr")
    assert {2, 3} <= set(doc.background)


def test_a_similar_attack_recalled_is_a_comparison() -> None:
    said = "Il y a deux semaines, un casque bleu avait été tué dans un attentat similaire."
    assert (background_reason(said, "fr", 2017) or "").startswith("comparison")


def test_what_happens_at_times_is_no_event() -> None:
    said = "Clashes between Dogon hunters and Fulani herders can occur over access to land and water."
    assert (background_reason(said, "en", 2019) or "").startswith("general")
    said = "Des affrontements entre éleveurs et agriculteurs éclatent souvent pendant la saison des pluies."
    assert (background_reason(said, "fr", 2019) or "").startswith("general")


def test_frequent_incursions_are_a_campaign() -> None:
    said = "A noter que le nord du Togo est l'objet de fréquentes incursions de la part de bandes terroristes."
    assert (background_reason(said, "fr", 2023) or "").startswith("campaign")
    said = "The north has suffered frequent incursions by armed groups from Burkina Faso."
    assert (background_reason(said, "en", 2023) or "").startswith("campaign")


def test_a_year_ago_in_french_is_history() -> None:
    said = "Elle a été retenue en otage pendant deux semaines dans la forêt, il y a une année."
    assert background_reason(said, "fr", 2022) is not None


def test_a_weekday_with_an_indefinite_article_names_no_date() -> None:
    text = "« Un jour après, un samedi, ils sont revenus pour nous enlever », explique-t-elle."
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x", published=date(2022, 11, 8)), "fr")
    assert [d.value for d in doc.dates if "samedi" in d.text] == []
