"""Stop 56's conventions for an army's chronicle of strikes: each dated entry is its own event,
and the missiles of a report on air strikes are the aircraft's."""

from __future__ import annotations

from datetime import date

from reports import events_of

CHRONICLE = (
    "Au cours du mois de septembre, les forces combattantes, appuyées par des moyens aériens, ont mené plusieurs "
    "opérations dans différentes régions du Burkina Faso.\n"
    "Le 29 septembre 2024, dans la région du Sahel, des frappes aériennes ont neutralisé de nombreux terroristes "
    "près de Gorom-Gorom.\n"
    "Le 25 septembre 2024, dans la région de l'Est, après plusieurs jours de surveillance, un camp d'entraînement "
    "terroriste a été localisé près d'une forêt.\n"
    "Un missile a été largué en pleine nuit, causant d'importantes pertes.\n"
    "Les vecteurs aériens ont ensuite traqué les survivants.")


def test_a_chronicle_entry_opened_by_its_own_day_is_another_event() -> None:
    events = events_of(CHRONICLE, "fr", published=date(2024, 10, 2), candidates=True)
    days = sorted(str(e.event_date) for e in events)
    assert days == ["2024-09-25", "2024-09-29"]


def test_the_missiles_of_a_report_on_air_strikes_are_air_strikes_and_one_strike_with_the_aircraft() -> None:
    events = events_of(CHRONICLE, "fr", published=date(2024, 10, 2), candidates=True)
    east = [e for e in events if str(e.event_date) == "2024-09-25"]
    assert [e.sub_event_type for e in east] == ["Air/drone strike"]


def test_a_missile_beside_artillery_stays_shelling() -> None:
    text = ("Le 3 mars 2024, l'artillerie de l'armée a tiré un missile sur une position terroriste près de Djibo. "
            "Des frappes aériennes ont visé le même jour une base près de Arbinda.")
    subs = {e.location: e.sub_event_type for e in events_of(text, "fr", published=date(2024, 3, 5), candidates=True)}
    assert subs.get("Djibo") == "Shelling/artillery/missile attack"


def test_attackers_neutralised_by_an_air_strike_are_the_strikes_event() -> None:
    text = ("Neuf soldats nigériens ont été tués jeudi dans une attaque à Ayorou, menée par des assaillants qui ont été "
            "ensuite neutralisés, a indiqué une source sécuritaire. « Tous les assaillants ont été neutralisés par une "
            "frappe aérienne », a déclaré cette source.")
    subs = sorted(e.sub_event_type for e in events_of(text, "fr", published=date(2020, 3, 13), candidates=True))
    assert subs == ["Air/drone strike", "Armed clash"]
