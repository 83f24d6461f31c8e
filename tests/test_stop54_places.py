"""Stop 54's conventions of places: where a source spoke from, and an event told on another day."""

from __future__ import annotations

from conflictwire.geo.places import find_places
from conflictwire.textutil import Spans
from reports import events_of


def _places(text: str) -> list[str]:
    found, _ = find_places(text, actor_spans=Spans())
    return [m.name for m in found]


def test_a_source_in_the_capital_names_no_place_of_the_event() -> None:
    assert _places("Les ravisseurs sont probablement des jihadistes, a déclaré une autre source de sécurité "
                   "dans la capitale Ouagadougou.") == []
    assert _places("Gunmen killed four, according to the Interior Ministry in the capital Niamey.") == []


def test_troops_in_the_capital_after_a_clause_are_there() -> None:
    assert _places("Students demonstrated across Burkina Faso, witnesses said, but troops in the capital "
                   "Ouagadougou returned to barracks.")[-1:] == ["Ouagadougou"]


def test_an_event_told_on_another_day_is_not_placed_at_the_report_s_one_place() -> None:
    from datetime import date


    text = ("Forty-four people were killed in an attack on a mosque in Fambita, Niger, on Friday, authorities said. "
            "Suspected members of the Islamic State surrounded the building during Friday prayers. "
            "Thirteen other people were injured in the attack. The government declared three days of mourning. "
            "Two days earlier, Niger's army claimed to have killed 45 militants.")
    events = events_of(text, "en", published=date(2025, 3, 24))
    assert [e.location for e in events if not e.candidate] == ["Fambita"]


def test_a_division_named_with_an_adjective_of_place_is_the_division() -> None:
    found, _ = find_places("L'attaque a eu lieu samedi dans la province septentrionale de Seno, dans une partie du pays.",
                           actor_spans=Spans())
    assert [(m.name, m.admin1) for m in found] == [("Séno", "Sahel")]


def test_the_seat_of_an_office_named_by_its_possessive_is_no_place_of_the_event() -> None:
    assert _places("In a statement on Tuesday, Niamey's Archbishop Laurent Lompo said Father Maccalli was attacked.") == []
    assert _places("The priest was kidnapped in Niamey on Monday.") == ["Niamey"]


def test_a_firm_is_no_place_and_where_travellers_set_off_for_is_not_where_they_were_taken() -> None:
    assert _places('An official at Balaji Group told Reuters: "It is true that three people were kidnapped."') == []
    assert _places("The workers set off for the capital Ouagadougou from the remote Inata mine on Sunday morning "
                   "before losing contact with colleagues.") == ["Inata"]
