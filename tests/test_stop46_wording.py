"""Stop 46's conventions of wording and of ACLED coding, each on a short text."""

from __future__ import annotations

from conflictwire import extract_text


def _kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extract_text(text)]


def test_a_conflict_between_two_named_communities_is_their_militias_clash() -> None:
    assert _kinds("On October 9, two members of the Dogon community were killed amid intercommunal violence "
                  "between Dogon and Fulani in Gourti, Mali.") == [
        ("Armed clash", "Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)")]


def test_a_conflict_between_farmers_and_herders_is_a_clash_whoever_died() -> None:
    kinds = _kinds("Five people were killed and eight others injured near Tiebele, Burkina Faso, during a "
                   "conflict between farmers and herders.")
    assert [k[0] for k in kinds] == ["Armed clash"]
    assert kinds[0][1] == "Unidentified Communal Militia (Burkina Faso)"


def test_a_conflict_between_two_camps_of_a_village_is_a_clash() -> None:
    kinds = _kinds("On June 21, the conflict between two camps over the chieftaincy in Doundoudougou, "
                   "Burkina Faso, resulted in assaults and burned huts.")
    assert [k[0] for k in kinds] == ["Armed clash"]


def test_french_affrontements_entre_peuls_et_dogons() -> None:
    kinds = _kinds("Le 3 mars, trois personnes ont été tuées lors de violences entre Peuls et Dogons à Koro, au Mali.")
    assert [k[0] for k in kinds] == ["Armed clash"]


def test_an_armed_group_named_as_the_killer_keeps_its_attack() -> None:
    # (a guard: JNIM, named as the killer, is no community, even when the report recalls the
    # communities' conflict)
    kinds = _kinds("On May 2, JNIM militants killed four civilians in Gourti, Mali, amid the conflict between "
                   "Dogon and Fulani communities.")
    assert kinds and kinds[0][0] == "Attack"
    assert kinds[0][1] is not None and kinds[0][1].startswith("JNIM")


def test_a_conflict_between_the_state_and_militants_is_no_communal_clash() -> None:
    kinds = _kinds("On May 2, gunmen killed four civilians in Gourti, Mali, a region hit by the conflict between "
                   "the army and jihadists.")
    assert [k[0] for k in kinds] == ["Attack"]


def test_the_second_deadly_incident_at_another_place_is_another_event() -> None:
    events = extract_text("Le mardi 12 mars 2019, un véhicule des FAMa a sauté sur une mine à Dialloubé, au Mali, "
                          "faisant deux morts. Le second accident mortel a eu lieu près de Hombori dans les mêmes "
                          "circonstances, faisant quatre morts.")
    assert [e.location for e in events] == ["Dialoubé", "Hombori"]


def test_in_the_same_circumstances_is_the_kind_of_the_event_before() -> None:
    events = extract_text("On March 12, 2019, an army vehicle hit a landmine near Dialloube, Mali, killing two "
                          "soldiers. The second deadly incident took place near Hombori in the same circumstances, "
                          "killing four soldiers.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"] * 2


def test_dead_in_the_ranks_of_the_army_are_the_forces() -> None:
    events = extract_text("Le 12 mars 2019, une attaque a eu lieu près de Hombori, au Mali, faisant quatre morts "
                          "dans les rangs de l'armée.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Military Forces of Mali")]
