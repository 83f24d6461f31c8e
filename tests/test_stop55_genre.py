"""Stop 55's conventions of what is not news: a series told as what marks a region's violence."""

from __future__ import annotations

from conflictwire.extract.background import background_reason


def test_violence_characterised_by_a_series_of_killings_is_a_series_not_one_event() -> None:
    fr = ("A Tillabéri, les violences se caractérisent par une série d'assassinats, d'enlèvements et de menaces "
          "contre des villageois.")
    en = "In Tillaberi the violence is marked by a series of killings and abductions of villagers."
    assert background_reason(fr, "fr", None) == background_reason(en, "en", None) == "campaign or series, not one event"


def test_one_abduction_told_is_still_news() -> None:
    assert background_reason("Des hommes armés ont enlevé samedi trois villageois à Tillabéri.", "fr", None) is None
