"""Stop 57's conventions of actors and their roles."""

from __future__ import annotations

from reports import events_of


def test_those_an_attack_is_attributed_to_carried_it_out() -> None:
    text = ("À Diffa, une attaque attribuée aux islamistes de Boko Haram a eu pour bilan l’enlèvement de sept jeunes "
            "filles dans la localité.")
    events = events_of(text, "fr", candidates=True)
    assert [e.actor1 for e in events] == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"]
    assert events[0].event_type == "Violence against civilians"


def test_who_holds_a_position_attacked_is_not_its_attacker() -> None:
    text = ("Mardi, la position de Tamalat, tenue par le MSA, a été attaquée par des jihadistes de l’EIGS, venus du "
            "Niger voisin, dans la région de Ménaka.")
    events = events_of(text, "fr", candidates=True)
    assert events and events[0].actor1 != "MSA: Movement for Azawad Salvation"


def test_a_group_named_alone_on_its_line_is_a_tag_not_a_side() -> None:
    from conflictwire.eval import make_article
    from conflictwire.pipeline import Pipeline

    text = "Jihadistes\nUn chef traditionnel a été retrouvé mort après avoir été enlevé par des individus armés."
    doc = Pipeline().make_doc(make_article("t", text, kind="text", doc_id="t"), "fr")
    assert [a.text for a in doc.actors] == ["individus armés"]
