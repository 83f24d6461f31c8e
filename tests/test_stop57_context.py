"""Stop 57's conventions of context and background."""

from __future__ import annotations

from conflictwire.extract.background import background_reason


def test_since_then_without_a_comma_tells_an_earlier_period() -> None:
    assert background_reason("Depuis lors le village vit dans la peur.", "fr", 2023) is not None


def test_the_attack_this_one_comes_days_after_is_recalled_not_told() -> None:
    text = ("Cette attaque qui intervient trois jours après celle de Tillia, dont le bilan faisait état de 16 soldats "
            "tués, sonne comme une reprise des hostilités.")
    assert background_reason(text, "fr", 2021) is not None
    text = "The attack comes three days after an ambush near Tillia that killed 16 soldiers."
    assert background_reason(text, "en", 2021) is not None


def test_a_toll_over_several_days_of_unrest_is_no_one_event() -> None:
    text = "During three days of unrest in July 2020 in the capital, Bamako, at least 14 people were killed."
    assert background_reason(text, "en", 2020) == "several days of unrest, not one event"
    assert background_reason("Au cours de 3 jours de manifestations, 11 personnes ont été tuées.", "fr", 2020) is not None


def test_an_area_described_by_its_recent_trend_leaves_the_news_told_there() -> None:
    text = ("Gunmen attacked two villages in central Mali, killing at least 41 people in a part of the country where "
            "ethnic reprisal attacks have surged in recent months, a local mayor said on Tuesday.")
    assert background_reason(text, "en", 2019) is None


def test_there_are_ambushes_tells_what_happens_not_one_event() -> None:
    text = "There are ambushes on the roads and tankers are catching fire with people inside them, said the general."
    assert background_reason(text, "en", 2025) is not None
    assert background_reason("Il y a des attaques presque chaque semaine sur cet axe.", "fr", 2025) is not None


def test_the_day_a_statement_was_released_is_the_tellings_day() -> None:
    from conflictwire.extract.told_on import is_reporting
    from conflictwire.textutil import fold

    text = fold("But on Thursday, May 15, they released another statement, claiming the murder of 200 soldiers.")
    start = text.index("thursday")
    end = text.index(", they")
    assert is_reporting(text, start, end)
    text = fold("On Thursday, May 15, they attacked the army base in Djibo.")
    assert not is_reporting(text, text.index("thursday"), text.index(", they"))
