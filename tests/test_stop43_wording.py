"""Wording of reports never tuned on (stop 43): an attack told "at the same time as" another
one is another attack."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.extract.segment import _separated, _separators
from conflictwire.textutil import fold


@pytest.mark.parametrize(("lang", "opener"), [
    ("fr", "Pratiquement en même temps que l'attaque d'Agadez, vers 5h30, un autre véhicule piégé a explosé à Arlit"),
    ("fr", "Simultanément à l'attaque de la caserne, des hommes armés ont ouvert le feu à Arlit"),
    ("en", "At about the same time as the attack on the barracks, a car bomb exploded at the mine in Arlit"),
    ("en", "Simultaneously with the assault on the camp, gunmen opened fire in Arlit"),
])
def test_at_the_same_time_as_an_attack_opens_another(lang: str, opener: str) -> None:
    assert _separated(_separators(lang), fold(opener)[:80])


@pytest.mark.parametrize(("lang", "opener"), [
    ("fr", "En même temps, les soldats ont riposté"),
    ("en", "At the same time, the soldiers fired back"),
])
def test_at_the_same_time_alone_goes_on_with_the_same_fight(lang: str, opener: str) -> None:
    assert not _separated(_separators(lang), fold(opener))


def test_twin_attacks_told_one_after_the_other_are_two_events() -> None:
    text = ("Niger : au moins 23 morts dans les attentats d'Arlit et d'Agadez\n\n"
            "Jeudi matin, vers 5h30, un 4x4 bourré d'explosifs a sauté devant une caserne militaire d'Agadez, "
            "dans le nord du Niger. Dix-huit militaires nigériens et un civil ont été tués lors de cette attaque.\n\n"
            "Pratiquement en même temps que l'attaque d'Agadez, aux environs de 5h30 du matin, un autre 4x4 piégé "
            "a explosé à Arlit, sur le site d'une mine d'uranium. Treize employés ont été blessés.")
    places = sorted(e.location or "" for e in extract_text(text, published=date(2013, 5, 24)))
    assert places == ["Agadez", "Arlit"]
