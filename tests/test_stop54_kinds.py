"""Stop 54's conventions of kind: what makes a blast a fight."""

from __future__ import annotations

from reports import events_of


def test_a_sweep_after_a_blast_does_not_make_it_a_fight() -> None:
    text = ("Sept militaires maliens ont été tués samedi dans le centre du pays, selon le communiqué des Forces "
            "armées maliennes. Dans la région de Ségou, un véhicule militaire a heurté une mine artisanale faisant 5 "
            "morts, le samedi 30 octobre 2021. « Dans le secteur de Segou, localité de Niendjela, un véhicule pick-up "
            "d'une patrouille FAMa a été victime d'une attaque à l'Engin Explosif Improvisé (EEI), aujourd'hui aux "
            "environs de 13h30. Les cinq occupants du véhicule ont tous succombé. Le ratissage dans la zone de "
            "l'incident a permis l'interpellation de deux suspects immédiatement mis à la disposition de la "
            "gendarmerie », indique l'armée.")
    assert [e.sub_event_type for e in events_of(text, "fr")][:1] == ["Remote explosive/landmine/IED"]


def test_fire_after_a_blast_makes_it_a_fight() -> None:
    text = ("Near Boni, an army convoy hit an improvised explosive device on Monday, then the attackers opened fire "
            "on the soldiers. Four soldiers were killed.")
    assert [e.sub_event_type for e in events_of(text, "en")][:1] == ["Armed clash"]


def test_a_post_dynamited_with_no_victim_is_a_blast_on_its_force() -> None:
    text = ("Province du Sourou : la brigade de gendarmerie de Lanfièra dynamitée par des hommes armés. Selon "
            "plusieurs sources, des hommes armés non identifiés ont perpétré une attaque dans la commune de Lanfièra. "
            "Aucune victime n'a été enregistrée lors de cette attaque à la dynamite qui a occasionné d'énormes "
            "dégâts sur la brigade.")
    assert [(e.sub_event_type, e.actor2) for e in events_of(text, "fr")] == [
        ("Remote explosive/landmine/IED", "Police Forces of Burkina Faso Gendarmerie")]


def test_a_day_counted_from_a_past_event_is_past_too() -> None:
    from datetime import date


    text = ("Des hommes armés ont attaqué mardi le poste de gendarmerie de Lanfièra, dans la province du Sourou. "
            "Depuis 2018, la région de la Boucle du Mouhoun subit des attaques fréquentes. Douze soldats burkinabè "
            "ont été tués en août dernier dans une embuscade dans la commune de Toéni. La veille, une unité spéciale "
            "de l'armée avait neutralisé deux cadres terroristes dans la province de la Kossi, suite à des échanges "
            "de tirs.")
    events = events_of(text, "fr", published=date(2020, 11, 20))
    assert [e.location for e in events] == ["Lanfiéra"]


def test_a_comparison_with_a_past_does_not_date_the_news() -> None:
    from conflictwire.extract.background import background_reason

    for sentence, lang in [
        ("At least fifty civilians died this weekend in an attack in the village of Seytenga, one of the heaviest "
         "tolls since the military junta took power in January.", "en"),
        ("Au moins cinquante civils ont été tués ce week-end à Seytenga, l'une des attaques les plus meurtrières "
         "depuis 2015.", "fr"),
    ]:
        assert background_reason(sentence, lang, 2022) is None, sentence
    assert background_reason("The junta took power in January after a coup.", "en", 2022) is not None


def test_a_sweep_that_is_the_purpose_of_a_sending_is_no_event_of_its_own() -> None:
    from conflictwire.extract.segment_cues import a_follow_up
    from conflictwire.textutil import fold

    told = ("Le bilan provisoire fait état de cinq militaires tombés, et des renforts ont été mobilisés pour évacuer les "
            "victimes et procéder à des opérations de ratissage dans la zone.")
    assert not a_follow_up("fr", fold(told))
    assert a_follow_up("fr", fold("Lors d'une opération de ratissage, les soldats ont neutralisé dix terroristes."))
