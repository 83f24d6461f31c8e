"""Stop 56's conventions of kind: shellfire is shelling; a take-over set aside is no take-over."""

from __future__ import annotations

from datetime import date

from reports import events_of


def test_shellfire_is_shelling() -> None:
    text = "Civilians killed by terrorist shellfire in Mali's Timbuktu on Thursday, the military said."
    events = events_of(text, "en", published=date(2023, 9, 22), candidates=True)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_take_over_aimed_at_or_set_aside_does_not_make_the_event_a_take_over() -> None:
    text = ("Three shells were fired by insurgents on Timbuktu on Thursday, killing two civilians. Militants have "
            "been extending their hold over rural areas around the towns, likely aiming to increase pressure on "
            "the government rather than to take over the towns.")
    events = events_of(text, "en", published=date(2023, 9, 22), candidates=True)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_warning_shots_after_a_shelling_make_no_fight_of_it() -> None:
    text = ("Au Mali, le camp de l'ONU à Tombouctou a de nouveau été touché lundi par des obus de mortier. Au moins six "
            "casques bleus ont été blessés. La gendarmerie aurait procédé à des tirs de sommation pour faire sortir "
            "les suspects de leur cachette.")
    events = events_of(text, "fr", published=date(2017, 5, 16), candidates=True)
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_region_plagued_by_incursions_tells_no_incursion() -> None:
    text = ("Le parlement a prolongé de 12 mois l'état d'urgence dans la région des Savanes, située dans l'extrême "
            "nord du Togo, en proie à des incursions de groupes jihadistes.")
    events = events_of(text, "fr", published=date(2023, 7, 18), candidates=True)
    assert "Attack" not in [e.sub_event_type for e in events]


def test_an_errands_aim_is_not_done() -> None:
    text = ("Six assaillants ont été abattus lundi à Bougui lors d'une attaque contre une patrouille de gendarmes. "
            "L'équipe de la gendarmerie se rendait au campement de chasse de Sindou pour démanteler une cache d'armes "
            "appartenant à des terroristes présumés.")
    events = events_of(text, "fr", published=date(2019, 10, 8), candidates=True)
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events]


def test_police_who_fired_to_disperse_protesters_dispersed_a_protest() -> None:
    text = "Police fired tear gas in order to disperse the protesters who had gathered in Niamey on Sunday."
    events = events_of(text, "en", published=date(2023, 7, 31), candidates=True)
    assert [e.event_type for e in events] == ["Protests"]


def test_the_infinitive_of_an_arrest_tells_an_arrest() -> None:
    text = ("Les opérations de la gendarmerie ont permis d'arrêter dimanche deux individus soupçonnés de liens avec des "
            "groupes terroristes à Téra.")
    events = events_of(text, "fr", published=date(2024, 8, 29), candidates=True)
    assert [e.sub_event_type for e in events] == ["Arrests"]
