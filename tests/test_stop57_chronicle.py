"""Stop 57's conventions of one event per incident."""

from __future__ import annotations

from reports import events_of


def test_yesterday_and_a_weekday_on_an_undated_page_may_be_one_day() -> None:
    text = ("Un camp de la MINUSMA et de l'armée malienne à Tombouctou ont été visés par des tirs d'obus dimanche. "
            "Des tirs de roquettes ont visé hier un camp de l'armée malienne et celui de la MINUSMA à Tombouctou dans "
            "le nord du Mali. Il n'y a pas eu de victime, selon la mission des Nations Unies.")
    assert len(events_of(text, "fr", candidates=True)) == 1
