"""The event layer's shape: components declare what they need and set, and the order is
checked; each step of building an event does its own job; consolidation keeps its reasons."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire.extract.consolidate import consolidate
from conflictwire.extract.doc import REGISTRY, ReportDoc, check_order, component
from conflictwire.extract.event import STEPS, Draft, build_event
from conflictwire.extract.segment import segment
from conflictwire.model import Article
from conflictwire.pipeline import DEFAULT_COMPONENTS, EVENT_LAYER_NEEDS, Pipeline


def _doc(text: str, published: date | None = date(2024, 6, 4), lang: str = "en") -> ReportDoc:
    return Pipeline().make_doc(Article(doc_id="t", text=text, published=published), lang)


def _draft(text: str, until: str, published: date | None = date(2024, 6, 4), lang: str = "en") -> Draft:
    doc = _doc(text, published, lang)
    frames = [f for f in segment(doc) if not f.background]
    return build_event(doc, frames[0], 0, None, until=until)


# -- the pipeline's order ------------------------------------------------------------------

def test_default_order_satisfies_every_requirement() -> None:
    check_order(DEFAULT_COMPONENTS, EVENT_LAYER_NEEDS)


def test_a_component_before_what_it_requires_is_refused() -> None:
    order = ("triggers", "actors", "places", "dateline", "fatalities", "dates", "background")
    with pytest.raises(ValueError, match="'places' requires background, dateline"):
        check_order(order)
    with pytest.raises(ValueError, match="'places' requires"):
        Pipeline(order)


def test_the_event_layer_needs_what_no_component_assigns() -> None:
    with pytest.raises(ValueError, match="the events need tolls"):
        Pipeline(tuple(c for c in DEFAULT_COMPONENTS if c != "fatalities"))


def test_unknown_component_and_unknown_field_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown components: nope"):
        check_order(("dateline", "nope"))
    with pytest.raises(ValueError, match="ReportDoc has no field toll"):
        component("bad", assigns=("toll",))
    assert "bad" not in REGISTRY


def test_every_component_declares_what_it_assigns() -> None:
    for name in DEFAULT_COMPONENTS:
        assert REGISTRY[name].assigns, name


# -- the steps, one by one -------------------------------------------------------------------

def test_steps_run_in_the_declared_order() -> None:
    assert [n for n, _ in STEPS] == ["where", "kind", "actors", "place", "date", "toll", "tags", "names", "confidence"]


def test_where_picks_the_village_not_the_region_and_its_country() -> None:
    d = _draft("Gunmen killed 5 civilians in Djibo, in the Sahel region, on Sunday.", "where")
    assert d.place is not None and d.place.name == "Djibo"
    assert d.country == "Burkina Faso"
    assert d.ev is None  # the event is made by the actors step


def test_kind_codes_an_attack_on_soldiers_as_a_battle_and_on_villagers_as_violence() -> None:
    soldiers = _draft("Jihadists attacked an army post in Djibo on Sunday, killing 12 soldiers.", "kind")
    villagers = _draft("Gunmen attacked the village of Djibo on Sunday, killing 12 villagers.", "kind")
    assert soldiers.sub == "Armed clash"
    assert villagers.sub == "Attack"
    assert soldiers.evidence["sub_event_type"][0].text in soldiers.said or soldiers.said


def test_actors_names_both_sides_with_evidence() -> None:
    d = _draft("JNIM fighters ambushed Malian soldiers near Boulkessi on Sunday, killing 20.", "actors")
    ev = d.event
    assert ev.actor1 is not None and ev.actor1.startswith("JNIM")
    assert ev.actor2 is not None and ev.actor2.startswith("Military Forces of Mali")
    assert "actor1" in d.evidence and d.evidence["actor1"][0].text.startswith("JNIM")
    assert ev.location is None  # the place fields are the next step's


def test_place_fills_acled_fields_with_their_span() -> None:
    d = _draft("Gunmen killed 5 civilians in Djibo on Sunday.", "place")
    ev = d.event
    assert (ev.location, ev.admin1, ev.country) == ("Djibo", "Sahel", "Burkina Faso")
    assert ev.latitude is not None and d.evidence["location"][0].text == "Djibo"
    assert ev.event_date is None  # the date is the next step's


def test_date_said_beats_publication_which_is_only_a_guess() -> None:
    said = _draft("Gunmen killed 5 civilians in Djibo on 2 June 2024.", "date")
    guessed = _draft("Gunmen killed 5 civilians in Djibo.", "date")
    assert said.event.event_date == date(2024, 6, 2) and said.event.time_precision == 1 and said.date_said
    assert guessed.event.event_date == date(2024, 6, 4) and guessed.event.time_precision == 2
    assert "event_date" not in guessed.evidence and not guessed.date_said


def test_toll_numbers_a_death_word_without_number_unknown_and_none_zero() -> None:
    counted = _draft("Gunmen killed 5 civilians in Djibo on Sunday.", "toll").event
    unknown = _draft("Gunmen attacked Djibo on Sunday; people were killed.", "toll").event
    none = _draft("Gunmen abducted a teacher in Djibo on Sunday.", "toll").event
    assert counted.fatalities == 5
    assert unknown.fatalities is None
    assert none.fatalities == 0


def test_tags_keep_the_weapon_with_its_span() -> None:
    d = _draft("A roadside bomb killed 4 soldiers near Djibo on Sunday.", "tags")
    assert d.event.weapons and "weapons" in d.evidence


def test_names_give_acled_name_of_the_day() -> None:
    text = "ISGS fighters killed 10 civilians in Tillaberi region, Niger, on {}."
    early = _draft(text.format("2 June 2021"), "names", published=date(2021, 6, 4)).event
    late = _draft(text.format("2 June 2024"), "names").event
    assert early.actor1 != late.actor1
    assert late.actor1 == "Islamic State (Sahel)"


def test_confidence_features_follow_the_evidence() -> None:
    d = _draft("Gunmen killed 5 civilians in Djibo on 2 June 2024.", "confidence")
    assert d.features["date_said"] == 1.0 and d.features["toll_said"] == 1.0
    assert d.features["place_named"] == 1.0
    assert 0.0 < d.event.confidence < 1.0


# -- consolidation ---------------------------------------------------------------------------------

def test_a_restated_event_is_merged_and_the_reason_kept() -> None:
    text = ("Gunmen killed 12 civilians in Djibo on Sunday.\n\n"
            "In a separate attack, jihadists ambushed soldiers near Dori on Monday, killing 5.\n\n"
            "The Djibo attack on Sunday killed 12 civilians, residents said.")
    result = consolidate(_doc(text))
    assert [e.location for e in result.events] == ["Djibo", "Dori"]
    (note,) = result.notes
    assert note.action == "merged" and note.into == 0 and note.sents == [2]
    assert set(result.drafts[0].frame.sents) >= {0, 2}  # the event keeps both tellings' evidence


def test_geo_is_a_library_that_knows_nothing_of_documents() -> None:
    import ast
    from pathlib import Path

    import conflictwire.geo as geo

    for path in Path(geo.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("conflictwire.extract"), f"{path.name} imports {node.module}"


def test_a_generic_noun_after_a_group_name_is_that_group() -> None:
    # "Islamic State militants": one actor, the group (ACLED's regional name), not a militia
    d = _draft("Islamic State militants killed 29 soldiers near Tassia, Niger, on Tuesday.", "names")
    assert d.event.actor1 == "Islamic State (Sahel)"
