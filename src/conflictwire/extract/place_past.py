"""Asides on a place's past: "Seytenga, which was attacked in June 2022", "a region where
attacks have surged in recent months". They describe the place and tell no news, so their dates
and tolls are not the event's."""

from __future__ import annotations

import re

# "Seytenga, which was attacked in June 2022": the place's past, told in a clause beside the news
# the place named again by a noun before the clause: "…, an area where militants have escalated attacks
# since 2015", "…, une zone où les attaques se sont multipliées depuis 2015"
_PLACE_NOUN_APPOSED = (r"((an?|the|une?|la|le)\s+([\w'-]+\s+){0,2}?(area|region|zone|province|part|locality|"
                       r"town|"
                       r"localite|commune|partie)\s+)?")
PLACE_PAST = re.compile(
    r",\s*(which|that|qui|lequel|laquelle)\s+(had\s+|has\s+|avait\s+|a\s+|avaient\s+|ont\s+)?(already\s+|"
    r"deja\s+)?"
    r"(was|were|been|ete|etait|etaient)\s+(already\s+|deja\s+)?"
    r"(attacked|targeted|hit|raided|attaquee?s?|ciblee?s?|visee?s?|frappee?s?)(?![a-z])[^,.;]*"
    # "à Ogossagou (centre), où 160 Peuls avaient été massacrés en mars 2019": where others had died before
    r"|,\s*(ou|where)\s+([\w'-]+\s+){0,4}(avaient|avait|had)\s+(ete\s+|been\s+)?(massacre|tue|assassine|"
    r"killed|massacred|"
    r"slaughtered|executes?|executed)\w*[^,.;]*"
    # "in the province of Soum, where since 2015, armed organisations have intensified operations":
    # the place's years of war, told of the place
    r"|,\s*" + _PLACE_NOUN_APPOSED + r"(ou|where)\s+(since|depuis)\s+[^.;]*"
    # ("in the commune of Gaskinde, where jihadists have escalated attacks and seized territory since
    # 2015": the same, its years told last)
    r"|,\s*" + _PLACE_NOUN_APPOSED + r"(ou|where)\s+[^.;]*?\s(have|has|ont|a)\s+[^.;]*?\s(since|depuis)\s+[^.;]*"
    # "la région de Tillabéri (ouest), théâtre depuis le début de l'année des actions meurtrières de
    # terroristes": the region described as a war's scene
    r"|,\s*(theatre|scene|theater)\s+(depuis\s+[^,.;]*?\s+)?(de|des|d'|du|of)\s+[^.;]*"
    # ("killing 41 people in a part of the country where reprisal attacks have surged in recent
    # months": the area described by its recent trend, no comma before)
    r"|(?<![a-z])(in|dans)\s+(a|an|une?|the|la|le)\s+(part|area|region|zone|partie|region)(\s+of the country|"
    r"\s+du pays)?\s+(where|ou)\s+"
    r"[^,.;]*?\s(have|has|ont|a)\s+[^,.;]*?(in recent (months|years|weeks)|over the (past|last)|"
    r"ces derniers (mois|temps)|"
    r"ces dernieres (annees|semaines)|since|depuis)[^,.;]*"
)
