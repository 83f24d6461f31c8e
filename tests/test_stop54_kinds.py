"""Stop 54's conventions of kind: what makes a blast a fight."""

from __future__ import annotations


def _events(text: str, lang: str) -> list:
    from conflictwire.eval import make_article
    from conflictwire.pipeline import Pipeline

    return Pipeline()(make_article("x", text, kind="text", doc_id="x"), lang)


def test_a_sweep_after_a_blast_does_not_make_it_a_fight() -> None:
    text = ("Sept militaires maliens ont été tués samedi dans le centre du pays, selon le communiqué des Forces "
            "armées maliennes. Dans la région de Ségou, un véhicule militaire a heurté une mine artisanale faisant 5 "
            "morts, le samedi 30 octobre 2021. « Dans le secteur de Segou, localité de Niendjela, un véhicule pick-up "
            "d'une patrouille FAMa a été victime d'une attaque à l'Engin Explosif Improvisé (EEI), aujourd'hui aux "
            "environs de 13h30. Les cinq occupants du véhicule ont tous succombé. Le ratissage dans la zone de "
            "l'incident a permis l'interpellation de deux suspects immédiatement mis à la disposition de la "
            "gendarmerie », indique l'armée.")
    assert [e.sub_event_type for e in _events(text, "fr")][:1] == ["Remote explosive/landmine/IED"]


def test_fire_after_a_blast_makes_it_a_fight() -> None:
    text = ("Near Boni, an army convoy hit an improvised explosive device on Monday, then the attackers opened fire "
            "on the soldiers. Four soldiers were killed.")
    assert [e.sub_event_type for e in _events(text, "en")][:1] == ["Armed clash"]
