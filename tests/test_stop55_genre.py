"""Stop 55's conventions of what is not news: a series told as what marks a region's violence."""

from __future__ import annotations

from conflictwire.extract.background import background_reason
from reports import events_of


def test_violence_characterised_by_a_series_of_killings_is_a_series_not_one_event() -> None:
    fr = ("A Tillabéri, les violences se caractérisent par une série d'assassinats, d'enlèvements et de menaces "
          "contre des villageois.")
    en = "In Tillaberi the violence is marked by a series of killings and abductions of villagers."
    assert background_reason(fr, "fr", None) == background_reason(en, "en", None) == "campaign or series, not one event"


def test_one_abduction_told_is_still_news() -> None:
    assert background_reason("Des hommes armés ont enlevé samedi trois villageois à Tillabéri.", "fr", None) is None


def test_a_title_that_reviews_a_year_makes_the_report_s_events_candidates() -> None:
    text = ("Violence Against Civilians in Central Mali in 2019\n\nArmed groups attacked the village of Ogossagou in "
            "March, killing more than 150 civilians, and Sobane Da in June, killing 35. Attacks on civilians "
            "rose throughout the year, the report says.")
    assert events_of(text, "en") == []
    assert events_of(text, "en", candidates=True) != []
    news = ("Gunmen kill 35 in Sobane Da in 2019's latest massacre\n\nGunmen attacked the village of Sobane Da on "
            "Sunday night, killing 35 villagers, officials said.")
    assert [e.location for e in events_of(news, "en")] != []
