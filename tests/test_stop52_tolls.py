"""Stop 52's conventions on tolls: what one event per place shares out, and what it keeps."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text

PUB = date(2021, 3, 14)


def test_a_count_as_large_as_the_total_before_a_list_is_the_total_the_places_share() -> None:
    # "20 morts, dont 12 à Kouna, Sobane et Dialassagou": the count read before the first village
    # is the whole toll; the three villages' events share it and add up to it, not to more
    text = ("Le 12 mars 2021, des attaques simultanées d'hommes armés dans le cercle de Bankass ont fait 20 morts, "
            "dont 12 à Kouna, Sobane et Dialassagou.")
    events = extract_text(text, published=PUB, lang="fr")
    assert len(events) == 3
    assert sum(e.fatalities or 0 for e in events) == 20


def test_a_count_of_the_people_who_tell_is_no_toll() -> None:
    fr = extract_text("Selon deux élus locaux, une quarantaine de personnes ont été tuées lundi à Djiguibombo, dans la région de Mopti.",
                      published=date(2024, 7, 2), lang="fr")
    said = extract_text("Deux responsables locaux ont déclaré qu'une quarantaine de personnes avaient été tuées lundi à Djiguibombo.",
                        published=date(2024, 7, 2), lang="fr")
    assert [e.fatalities for e in fr] == [40]
    assert [e.fatalities for e in said] == [40]
    # (the people counted are the dead when the verb says so: "two residents were killed, officials said")
    en = extract_text("Two residents were killed on Monday in Djiguibombo, officials said.", published=date(2024, 7, 2), lang="en")
    assert [e.fatalities for e in en] == [2]


def test_a_list_told_again_adds_its_last_victim_once() -> None:
    text = ("Two United Nations peacekeepers and a civilian were killed in a rocket attack on a UN base on Saturday in the "
            "Malian city of Kidal. “Our camp in Kidal was attacked early this morning by terrorists using rockets,” said an "
            "official, adding that two Guinean UN peacekeepers and a civilian contractor were killed.")
    events = extract_text(text, published=date(2015, 11, 28), lang="en")
    assert [e.fatalities for e in events] == [3]
    # ("… and a child": told once, a victim on top of the count)
    more = extract_text("Gunmen killed four soldiers and a child in Kidal on Saturday.", published=date(2015, 11, 28), lang="en")
    assert [e.fatalities for e in more] == [5]
