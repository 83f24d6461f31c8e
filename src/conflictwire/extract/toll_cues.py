"""What a count's sentence says of its toll besides the count: a new total ("the toll rose to
28"), a share of a count ("dont neuf VDP"), a grievance a crowd rose over, another, earlier
event's toll, more dead on top ("two more"), none at all ("no one"). Read by fatalities.py,
event.py and per_place.py; what one number counts is counts.py's."""

from __future__ import annotations

import re

REVISION = re.compile(
    r"(rose to|risen to|climbed to|increased to|rising to|new toll|latest toll|final toll|revised|"
    r"now stands at|s'est alourdi|est passe a|passe a|nouveau bilan|dernier bilan|bilan definitif|bilan revu|"
    r"porte a|grimpe a|bilan s'eleve desormais|revu a la hausse|revised (upwards?|up)|a ete revu|desormais|"
    r"(a|ont|avait) revu (ce|le|son|leur) bilan|revised (the|its|this) toll|"
    # "…, bringing the toll to 16", "portant le bilan à 23 morts": a new total
    r"(bringing|brings|brought|taking|takes|raising|raises) (the )?(death |overall |total )?(toll|number (of )?([a-z]+ ){0,2}?(dead|deaths|victims|killed)) to|"
    r"portant (ainsi )?(le bilan|le nombre de (morts|victimes|tues)) a|(portant|portent|portait) (ainsi )?a|"
    # "By Tuesday, a local official said 16 people had been killed": the count known by a later day
    r"(?<![a-z])by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (next|following) (day|morning)|nightfall)(?![a-z]))"
)


# "Quatorze soldats ont été tués …, a indiqué le ministère dans un nouveau bilan": the figures of a
# sentence given as a new toll are the revised ones, wherever the sentence says so
NEW_TOLL_AFTER = re.compile(
    r"(?<![a-z])((dans|selon|d'apres|d'un) (un|le|son) (nouveau|dernier) bilan|"
    r"(in|according to|citing) (a|the|its) (new|revised|updated|latest) (death )?(toll|report|count|tally|assessment))(?![a-z])")


# "onze personnes, dont neuf VDP, ont été tuées": a breakdown of the count before it
PART_WORDS = r"(dont|including|among them|among whom|of whom|of them|parmi (eux|elles|lesquels|lesquelles))"
PART_BEFORE = re.compile(r"(?<![a-z])" + PART_WORDS + r"\s*$")


# "Une quinzaine de soldats figurent parmi les morts", "five soldiers were among the dead": a share of a count
PART_AFTER = re.compile(r"\s*([\w'-]+\s+){0,3}(figurent|figure|comptent|sont|etaient|are|were|was|is) (parmi|among) "
                         # ("six children were among the eight civilians killed": the count and its noun may come between)
                         r"(les |the )?([\w'-]+\s+){0,3}?(morts|victimes|tues|tuees|personnes tuees|dead|victims|killed|fatalities)(?![a-z])")


# what a crowd gathered over: "marched to denounce the killing of seven civilians", "rioted after
# gunmen killed a trader", "manifesté pour dénoncer l'assassinat de deux commerçants". A count
# right after it is the grievance's toll, not the protest's (ACLED counts who died in the protest)
GRIEVANCE = re.compile(
    r"(?<![a-z])((after|over|against|following|denounc\w*|protest\w*|condemn\w*|decry\w*|angered by|outraged by|in response to|"
    r"apres|contre|denoncer|denoncant|protester contre|suite a|a la suite de|condamner|reclamer justice pour)\s+"
    r"(the\s+|l'|la\s+|le\s+|les\s+)?(recent\s+|recents?\s+)?(killings?|murders?|deaths?|assassinations?|massacres?|abductions?|kidnappings?|"
    r"assassinats?|meurtres?|morts?|enlevements?|executions?|tueries?)\s+(of|de|d'|des|du)"
    r"|(after|following|apres que|depuis que)\s+([\w'-]+\s+){1,4}(killed|murdered|shot dead|executed|abducted|kidnapped|"
    r"ont tue|a tue|ont assassine|a assassine|ont enleve|a enleve|ont abattu|a abattu))\s*(at least\s+|au moins\s+)?$"
)


# "… and a child", "no one", "two more": what joins, denies or adds to a count
JOINED = re.compile(r"(?<![a-z])(and|et)\s*$")
NONE_BEFORE = re.compile(r"(?<![a-z])(no|not a single|pas un seul|aucun)\s*$")
MORE_AFTER = re.compile(r"\s*(more|other|others|additional|further|autres|de plus|supplementaires)(?![a-z])")


# the act an attack avenges, told after the revenge: "une vengeance suite à la mort de deux éclaireurs,
# tués par les groupes d'auto-défense", "in retaliation for the killing of two herders by": an earlier
# event, its dead and its doers not this one's (the text up to a mention, folded)
AVENGED_BEFORE = re.compile(r"(?<![a-z])(vengeance|represailles|retaliation|reprisals?|revenge|to avenge|pour venger)"
                            r"[^.;]{0,40}?(la mort|le deces|l'assassinat|le meurtre|the deaths?|the killing|the murder|"
                            r"the assassination)(\s+(de|d'|des|du|of)\s[^.;,]*"
                            # (the clause ends at its comma, unless a participle's agent follows: ", tués par …")
                            r"(,\s*(tuee?s?|killed|shot|abattue?s?|assassinee?s?|murdered)\s+(par|by)\s[^.;,]*)?)?$")


# a clause that tells an earlier event: "deux ans après l'attaque qui avait fait 50 morts", "who
# killed more than 80 people in an attack in March"
PAST_KILLING = re.compile(
    # (a relative clause: "it was reported that X had killed two" is reported speech, this event's)
    r"(?<![a-z])((qui|which|that|who) (avait|avaient|had) (deja )?(fait|cause|coute|tue|killed|left|claimed|cost)|"
    r"(years?|months?|weeks?|ans|mois|semaines) (after|since|apres|depuis) (the|la|le|l'[a-z]+)|"
    # "48 heures après l'attaque du site de Foraco": days or hours after another attack (not "un deuil
    # de trois jours après la mort de 23 soldats", a duration)
    r"(days?|hours?|jours|heures) (after|apres) (the |la |le |l')(\w+ )?(attack|attaque|assault|assaut|ambush|embuscade|raid)|"
    # "une série d'autres attaques ayant fait au moins 29 morts": the other attacks' toll
    r"(other|previous|earlier|autres|precedentes) (\w+ )?(attacks|attaques|raids|assaults|assauts|ambushes|embuscades))(?![a-z])")
