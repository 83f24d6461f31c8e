"""Stop 56's conventions of context: a sentence that describes a region's conflict tells no event."""

from __future__ import annotations

from conflictwire.extract.background import background_reason


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
