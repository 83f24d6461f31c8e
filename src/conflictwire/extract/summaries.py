"""Passages that sum up several events ("15 killed in two attacks", "une série d'attaques"):
not one more event when the report tells them one by one, and their toll is no single
event's."""

from __future__ import annotations

import re

from conflictwire.textutil import fold

# "two coordinated attacks", "deux opérations militaires", "une double attaque", "a series of raids"
SUMMARY = re.compile(
    r"(?<![a-z])(two|three|four|five|several|multiple|a series of|a wave of|twin|deux|trois|quatre|cinq|plusieurs|"
    r"une serie d'|une vague d'|double)(\s+|(?<='))((coordinated|simultaneous|separate|distinct|deadly|military|jihadist|terrorist|"
    # ("three complex and murderous attacks")
    r"complex|murderous|bloody|violent|and|complexes|sanglantes?|violentes?|et|"
    r"coordonnees?|simultanees?|distinctes?|meurtrieres?|militaires?|jihadistes?|terroristes?)\s+){0,3}"
    r"(attacks?|assaults?|operations?|raids?|ambush(es)?|strikes|clashes|bombings|attaques?|offensives|embuscades|assauts|frappes|affrontements)(?![a-z])"
    # "killed this week in attacks in a national park": a bare plural, no one event
    r"|(?<![a-z])(in|during|dans des|lors d')\s+((recent|separate|coordinated|jihadist|terrorist|recentes|jihadistes|terroristes)\s+)?"
    r"(attacks|raids|ambushes|bombings|attaques|embuscades)(?![a-z])"
    # "le bilan des attaques terroristes de mercredi", "attacks on three villages", "ont attaqué trois villages"
    r"|(?<![a-z])(bilan|toll) (des|of the) (\w+ )?(attaques|attacks|assauts|raids)(?![a-z])"
    r"|(?<![a-z])(attacks?|attaques?|assauts|raids?|attacked|attaque|ont attaque|perpetres contre) (on |against |contre )?"
    r"(two|three|four|five|several|deux|trois|quatre|cinq|plusieurs) (villages|localites|hamlets|hameaux|towns|communes)(?![a-z])"
    # "une attaque perpétrée dans une base militaire et dans un marché": one attack word over two
    # sites, each with its own preposition, tells two
    r"|(?<![a-z])(attacks?|attaques?|perpetree?s?|carried out)(?![a-z])[^.;]{0,60}?(?<![a-z])(dans|contre|sur|in|on|against|at) "
    r"(une?|a|an|the|le|la|l')\s*[\w'-]+( [\w'-]+)? (et|and) (dans|contre|sur|in|on|against|at) (une?|a|an|the|le|la|l')(?![a-z])"
)


def sums_up(sentence: str) -> bool:
    """Does a sentence tell several events together?"""
    return bool(SUMMARY.search(fold(sentence)))
