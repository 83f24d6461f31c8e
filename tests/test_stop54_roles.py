"""Stop 54's conventions of roles: who a sentence tells as the target of an attack."""

from __future__ import annotations

from conflictwire.extract.actor_roles import role_of
from conflictwire.textutil import fold
from reports import events_of


def _role(sentence: str, mention: str) -> str | None:
    folded = fold(sentence)
    start = folded.index(fold(mention))
    return role_of(folded, start, start + len(mention), 0)[0]


def test_the_target_of_its_attackers_is_hit() -> None:
    # "la cible de" whoever struck, not only "la cible d'une attaque"
    for sentence, mention in [
        ("La brigade de gendarmerie de Pama, à l'est du pays, a été la cible d'individus armés non identifiés.",
         "brigade de gendarmerie"),
        ("Les positions de l'armée à Boni ont été la cible des jihadistes dans la nuit.", "l'armée"),
        ("The gendarmerie post in Kompienga was the target of unidentified gunmen on Monday.", "gendarmerie post"),
    ]:
        assert _role(sentence, mention) == "victim", sentence


def test_an_attacker_whose_target_is_named_after_is_not_hit() -> None:
    assert _role("Des individus armés ont attaqué le poste de Pama dans la nuit.", "individus armés") != "victim"


def test_a_clash_with_a_post_told_as_the_target_is_a_battle() -> None:
    text = ("La brigade de gendarmerie de Pama, à l'est du Burkina Faso, a été la cible d'individus armés non "
            "identifiés dans la nuit de lundi à mardi.")
    events = events_of(text, "fr")
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Police Forces of Burkina Faso Gendarmerie")]


def test_who_counts_its_own_dead_was_hit() -> None:
    for sentence, mention in [
        ("Une patrouille de gendarmes partie en chasse des ravisseurs a déploré trois morts dans une embuscade.", "gendarmes"),
        ("L'armée a enregistré deux morts et quatre blessés lors de l'accrochage.", "L'armée"),
        ("The army unit suffered heavy casualties near Boni.", "army unit"),
    ]:
        assert _role(sentence, mention) == "victim", sentence


def test_who_struck_those_that_counted_their_dead_was_not_hit() -> None:
    assert _role("Des hommes armés ont attaqué l'armée, qui a déploré trois morts.", "hommes armés") != "victim"


def test_a_patrol_ambushed_while_chasing_the_kidnappers_is_another_event_at_their_place() -> None:
    text = ("Trois mineurs enlevés dans le nord du Burkina Faso. Les trois hommes ont été kidnappés par des hommes armés "
            "non identifiés entre la mine d'or d'Inata et la ville de Djibo, a indiqué une source de sécurité. "
            "Une patrouille de gendarmes partie en chasse des ravisseurs a déploré trois morts tués dans une embuscade "
            "dans la soirée. Les ravisseurs sont probablement des jihadistes, a déclaré une autre source de sécurité "
            "dans la capitale Ouagadougou. Les assaillants se sont dirigés vers la frontière malienne.")

    events = events_of(text, "fr")
    got = [(e.sub_event_type, e.location, e.actor2) for e in events]
    assert got == [("Abduction/forced disappearance", "Djibo", "Civilians (Burkina Faso)"),
                   ("Armed clash", "Djibo", "Police Forces of Burkina Faso Gendarmerie")], got


def test_an_attack_repelled_by_armies_is_a_battle_with_them() -> None:
    text = ("Des combattants de Boko Haram ont attaqué vendredi la localité de Bosso au Niger. Elles ont été "
            "repoussées par les armées tchadienne et nigérienne, avec une centaine de morts du côté de la secte.")
    events = events_of(text, "fr")
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Bosso")]
    assert events[0].actor2 is not None and events[0].actor2.startswith("Military Forces of")


def test_plural_armies_are_found_by_their_demonym() -> None:
    from conflictwire.extract.actors import find_actors

    found = [(e.canonical, e.country) for _, _, e in find_actors(fold("repoussées par les armées tchadienne et nigérienne"))]
    assert ("Military Forces of {country}", "Chad") in found


def test_an_attack_repelled_by_troops_is_a_battle_in_english_too() -> None:
    text = ("Boko Haram fighters attacked the town of Bosso in Niger on Friday. They were repelled by Chadian and "
            "Nigerien troops, with about a hundred dead on the sect's side.")
    events = events_of(text, "en")
    assert [e.event_type for e in events] == ["Battles"]


def test_a_group_that_has_waged_an_insurgency_is_context_not_the_attacker() -> None:
    from conflictwire.extract.background import background_reason

    for sentence, lang in [
        ("The Nigeria-based Boko Haram group has waged a seven-year uprising that has claimed more than 20,000 lives.", "en"),
        ("Jihadists have been waging an insurgency across the Sahel.", "en"),
        ("Le groupe mène une insurrection sanglante dans la région.", "fr"),
    ]:
        assert background_reason(sentence, lang, 2017) is not None, sentence
    assert background_reason("Des hommes armés ont mené une attaque contre le poste de Tiloa.", "fr", 2017) is None


def test_militants_killed_in_a_suicide_attack_on_soldiers_are_its_bombers() -> None:
    text = ("GAO, Mali - Two Malian soldiers and at least two Islamist militants were killed on Saturday in a suicide "
            "attack on an army unit in the north of the country, a senior Malian officer said.")
    events = events_of(text, "en")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Suicide bomb", "Military Forces of Mali")]
    assert events[0].actor1 is not None and not events[0].actor1.startswith("Military Forces")


def test_a_headline_participle_before_a_time_word_is_passive() -> None:
    assert _role("Italian priest kidnapped overnight near Niger's southern border", "priest") == "victim"


def test_a_standing_deployment_and_a_struggle_against_groups_are_context() -> None:
    from conflictwire.extract.background import background_reason

    for sentence in [
        "Western powers have deployed thousands of troops in the Sahel region to combat a growing Islamist militant threat.",
        "West African states have been struggling to gain the upper hand over jihadist groups active along the borders.",
    ]:
        assert background_reason(sentence, "en", 2018) is not None, sentence
    assert background_reason("The army deployed troops to the village after the attack.", "en", 2018) is None


def test_the_vdp_under_the_names_of_a_translation() -> None:
    from conflictwire.extract.actors import find_actors

    for text in ("eight members of volunteers for the defense of the motherland were killed",
                 "Another attack was on Homeland Defense Volunteers in Salmossi."):
        assert [e.canonical for _, _, e in find_actors(fold(text))] == ["VDP: Volunteers for the Defense of the Homeland"], text


def test_a_time_told_between_commas_keeps_the_target_of_the_verb() -> None:
    assert _role("Deux attaques simultanées ont visé, mardi 19 août, les positions de l'armée à Farabougou.", "armée") == "victim"
    assert _role("Gunmen attacked, on Tuesday night, the army post at Boni.", "army") == "victim"
