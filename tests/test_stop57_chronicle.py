"""Stop 57's conventions of one event per incident."""

from __future__ import annotations

from reports import events_of


def test_yesterday_and_a_weekday_on_an_undated_page_may_be_one_day() -> None:
    text = ("Un camp de la MINUSMA et de l'armée malienne à Tombouctou ont été visés par des tirs d'obus dimanche. "
            "Des tirs de roquettes ont visé hier un camp de l'armée malienne et celui de la MINUSMA à Tombouctou dans "
            "le nord du Mali. Il n'y a pas eu de victime, selon la mission des Nations Unies.")
    assert len(events_of(text, "fr", candidates=True)) == 1


def test_a_place_said_to_lie_in_the_one_told_is_the_same_event_told_closer() -> None:
    from conflictwire.eval import make_article
    from conflictwire.extract.turns import in_the_told
    from conflictwire.pipeline import Pipeline

    text = "Des assaillants ont fait irruption jeudi dans l’école primaire de Bouro dans la commune de Nassoubou."
    doc = Pipeline().make_doc(make_article("t", text, kind="text", doc_id="t"), "fr")
    bouro = next(p for p in doc.places if p.name == "Bouro")
    assert in_the_told(doc, bouro, {"nassoubou"})
    assert not in_the_told(doc, bouro, {"djibo"})
