"""Stop 58's conventions of context: what an event is told after."""

from __future__ import annotations

from datetime import date

from conflictwire.extract.background import background_reason
from conflictwire.extract.dates import find_dates
from reports import events_of


def test_the_end_of_a_month_dates_by_the_month() -> None:
    got = [(d.value, d.precision) for d in find_dates("At the end of October, a march degenerated.", date(2018, 1, 2))]
    assert got == [(date(2017, 10, 15), 3)]


def test_the_harm_told_after_a_recalled_riot_is_the_riots_not_the_news() -> None:
    text = ("Thousands of people demonstrated peacefully in Niamey on Sunday against the finance law. The demonstrators "
            "dispersed in the late morning without incident. At the end of October, a demonstration against the same "
            "law degenerated into riots. Twenty-three policemen were injured, a police station burned and fourteen "
            "vehicles destroyed.")
    events = events_of(text, "en", published=date(2018, 1, 2))
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_photo_caption_dated_this_week_tells_no_news() -> None:
    text = ("Click to expand Image A man reads a newspaper in Ouagadougou on June 7, 2021, about the attacks that "
            "happened in Solhan. © 2021 AFP via Getty Images Just after 2 a.m. on June 5, armed Islamist fighters "
            "stormed a gold mining site outside Solhan village, killing over 140 people.")
    events = events_of(text, "en", published=date(2021, 6, 9))
    assert [e.location for e in events] == ["Solhan"]


def test_violence_that_has_raged_since_a_coup_is_the_wars_story_not_an_event() -> None:
    assert background_reason("Violence has raged in Burkina Faso since Lieutenant-Colonel Damiba seized power in a "
                             "coup in January, toppling the elected leader.", "en", None) == "campaign or series, not one event"
    assert background_reason("Les violences ont fait rage dans la région depuis le coup d'Etat.", "fr", None) \
        == "campaign or series, not one event"


def test_the_end_of_last_week_is_its_weekend() -> None:
    got = [(d.value, d.precision) for d in find_dates("15 personnes ont été tuées en fin de semaine dernière.", date(2019, 6, 25))]
    assert got == [(date(2019, 6, 22), 2)]


def test_a_day_inside_a_movements_or_a_squares_name_is_no_date() -> None:
    text = "La coalition Mouvement du 5 juin a réuni une foule sur la Place du 26 Mars à Bamako."
    assert find_dates(text, date(2020, 8, 21)) == []
    assert [d.value for d in find_dates("Le 5 juin, des hommes armés ont attaqué.", date(2020, 8, 21))] == [date(2020, 6, 5)]


def test_by_the_end_of_a_month_is_a_deadline_not_a_date() -> None:
    assert find_dates('The force "will be operational by the end of March."', date(2018, 2, 6)) == []


def test_attacks_that_have_left_thousands_dead_are_the_wars_toll() -> None:
    assert background_reason("The five countries are at the brunt of jihadist attacks that have left thousands dead.",
                             "en", 2018) == "campaign or series, not one event"
    assert background_reason("Gunmen killed 12 people in Djibo on Sunday.", "en", 2018) is None


def test_warning_shots_are_no_warning() -> None:
    assert background_reason("Soldiers fired warning shots to disperse demonstrators in Kaya.", "en", 2021) is None
    assert background_reason("Analysts warn that attacks could spread to coastal states.", "en", 2021) is not None


def test_an_analysis_of_trends_tells_no_event() -> None:
    campaign = "campaign or series, not one event"
    assert background_reason("There is a correlation between rivalries and the number of jihadist attacks.", "en", 2020) == campaign
    assert background_reason("Notable attacks have occurred in eastern Burkina Faso, usually involving IEDs.", "en", 2020) == campaign
    assert background_reason("JNIM attacks are very likely to expand deeper into the area.", "en", 2020) is not None


def test_a_hard_wrapped_sentence_is_read_across_its_line_ends() -> None:
    assert background_reason("Notable attacks have\noccurred in eastern Burkina Faso.", "en", 2020) == "campaign or series, not one event"
