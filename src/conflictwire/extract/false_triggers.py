"""Trigger words that tell no event where they stand: what a witness heard, an actor's past in a
relative clause, a gang named by its trade, a word negated, the attackers' kit or the forces'
booty, policing, the tear gas told again, soldiers missing after a fight, goods described.
extract/triggers.py drops such a match before it tags the rest."""

from __future__ import annotations

import re

# territory taken or regained, and the relative clause that tells it of an actor
_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
_RELATIVE_BEFORE = re.compile(r"(?<![a-z])(who|qui)\s+(had\s+|have\s+|has\s+|avaient\s+|avait\s+|ont\s+|a\s+)?(recently\s+|deja\s+|already\s+)?$")
_GROUP_AFTER = re.compile(r"\s+(gangs?|rings?|networks?|cells?|syndicates?)(?![a-z])")
# "residents said they heard heavy gunfire", "des habitants ont entendu des tirs": what a witness
# heard of the event being told, not an event of its own
_HEARD = re.compile(r"(?<![a-z])(heard|hear|hearing|entendu|entendre|entendaient|entendait|entend)\s+(\w+\s+){0,5}$")
_WEAPON_SUBS = frozenset({"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"})
# the weapons the attackers carried ("armed with rockets", "armés de roquettes et de mitraillettes")
_ARMED_WITH = re.compile(r"(?<![a-z])(armed|equipped|heavily armed|armee?s?|equipee?s?|munie?s?|dotee?s?)\s+(with|de|d')\s*"
                         r"(des\s+|les\s+)?([\w'-]+\s+){0,3}?((and|et|,)\s+(de\s+|d'|des\s+)?)?$")
_FORCES_DID = re.compile(r"(?<![a-z])(police|policemen|security forces|forces|gendarmes|gendarmerie|soldiers|troops|army|"
                         r"authorities|"
                         # (or an armed group: "The group has since blocked road access to the Djibo base": a
                         # blockade, no riot)
                         r"the group|militants|jihadists|terrorists|insurgents|assailants|gunmen|fighters|jnim)\s+"
                         r"((had|have|has|also|then|quickly|since|has since|have since)\s+)?$")
_DEFINITE_BEFORE = re.compile(r"(?<![a-z])(the|these|those|les|ces|des)\s+$")
# "a pick-up recovered along with a 60 mm mortar, two RPG 7s", "saisi … des obus": weapons taken
# as booty, listed after the verb that took them
_SEIZED_WITH = re.compile(r"(?<![a-z])(recovered|seized|captured|confiscated|recupere|recuperes|"
                          r"saisi|saisis|emporte)(?![a-z])[^.;]{0,60}$")
_FORCES_MISSING = re.compile(r"(?<![a-z])(soldats?|militaires?|gendarmes?|policiers?|soldiers?|troops|servicemen|gendarmes|elements)"
                             r"(\s+[\w'-]+){0,3}\s+(seraient|sont|ont ete|etaient|were|are|have been|remain|restent)?\s*[«\x22\u201c]?\s*$")
_TOLL_LIST_BEFORE = re.compile(r"(?<![a-z])(morts?|tuee?s?|blessee?s?|dead|killed|wounded|injured)\s*(,|et|and)\s*([\w'-]+\s+){0,2}$")
_GOODS_BEFORE = re.compile(r"(?<![a-z])(betail|cattle|livestock|animaux|animals|vehicules?|vehicles?|motos?|motorbikes?|"
                           r"goods|biens|armes|weapons|marchandises|troupeaux?|herds?)\s+$")
# (a French participle right after the noun: "du bétail enlevé"; "gunmen on motorbikes abducted" is no such thing)
_THINGS_TAKEN = re.compile(r"(?<![a-z])(betail|troupeaux?|animaux|vehicules?|motos?|biens|marchandises)\s+$")

# the operations that answer an event: "rescue and security operations", "opérations de secours"
_RESCUE_BEFORE = re.compile(r"(?<![a-z])(rescue|relief|evacuation|search and rescue|secours|sauvetage|recherche)\s+"
                            r"((and|et|de|d')\s+)?([\w'-]+\s+)?$")
# a device before its participle: "un autre engin a été neutralisé"
_A_DEVICE_BEFORE = re.compile(r"(?<![a-z])(engins?|eei|ied|ieds|mines?|bombes?|explosifs?|devices?|bombs?)\s+([\w'-]+\s+){0,2}"
                              r"((a|ont|have|has|was|were|been|ete)\s+)*$")
# a strike's verb before "par voie aérienne": "frappés par voie aérienne" is a strike, "évacués" is not
_STRUCK_BEFORE = re.compile(r"(frapp|bombard|neutralis|detrui|cibl|attaqu|pilonn|tue|tues|abattu|elimin)\w*\s+([\w'-]+\s+){0,4}$")
# an operation launched to find those who struck: "« une opération de ratissage de grande envergure »
# pour retrouver les assaillants", "a sweep to track down the attackers"
_TO_FIND_THEM = re.compile(r"^[^.;]{0,40}?\s(pour |afin de |to |in order to )?(retrouver|traquer|rechercher|pourchasser|poursuivre|"
                           r"find|track down|hunt down|search for|look for)\s+(les|the|ces|those)\s+(\w+\s+)?(assaillants|auteurs|"
                           r"attackers|assailants|perpetrators|terroristes|gunmen|ravisseurs|kidnappers|militants|jihadistes)(?![a-z])")
# an operation told only as set out, with its purpose: "des opérations de ratissage ont été engagées pour
# sécuriser la zone", "a sweep was launched to secure the area": nothing it did is told
_SET_OUT = re.compile(r"^[^.;]{0,40}?\s((ont|a|have|has)\s+(ete|been)\s+|(sont|est|were|was|are|is)\s+)?(engagee?s?|lancee?s?|"
                      r"declenchee?s?|initiee?s?|entreprise?s?|launched|initiated|deployed|under ?way|en cours)\s+"
                      r"(pour|afin de|to|in order to)\s+(securiser|secure|ratisser|sweep|retrouver|traquer|rechercher|find|track down|hunt down)(?![a-z])")


def only_set_out(folded: str, end: int) -> bool:
    """Is the operation named just before `end` told only as set out, with its purpose (to secure
    the area, or to find the attackers: "lançant des opérations de ratissage afin de retrouver les
    assaillants")?"""
    return _SET_OUT.match(folded[end : end + 120]) is not None or _TO_FIND_THEM.match(folded[end : end + 90]) is not None \
        or _UNDER_WAY.match(folded[end : end + 40]) is not None


# an operation told only as under way, the sentence ending there: "Des opérations de ratissage sont
# en cours.", "A sweep operation is under way." (nothing it did is told)
_UNDER_WAY = re.compile(r"^\s+((sont|est|are|is|were|was)\s+)?(toujours\s+|still\s+)?(en cours|under ?way|ongoing|in progress)\s*([.;]|$)")


_SWEEP = re.compile(r"(lance\W+(une|l')\W*)?(operation|ratissage|sweep|search)")
# "une mission de reconnaissance offensive", "patrouille offensive": "offensive" names the kind of a
# mission, no assault told
_KIND_OF_MISSION = re.compile(r"(?<![a-z])(reconnaissance|patrouille|mission|posture|operation|strategie|patrol|strategy|capability|capacite)s?\s+$")


# an agreement already in force, named by what is done under it: "les groupes signataires de l'Accord pour
# la paix", "la mise en œuvre de l'accord", "the signatories to the peace deal"
_UNDER_AN_AGREEMENT = re.compile(r"(?<![a-z])(signataires?|mise en (oeuvre|ouvre)|application|suivi|respect|violations?|cadre|"
                                 r"signatory|signatories|implementation|terms|violations?|breach(es)?|parties)\s+(de l'|de la |du |des |d'|of the |to the |of )$")


def not_an_event(folded: str, start: int, end: int, sub: str, tear_gas: re.Match[str] | None) -> bool:
    """Does the trigger of sub-type `sub` at folded[start:end] tell no event here? (`tear_gas`:
    the report's first tear gas grenade, looked up once.)"""
    if _HEARD.search(folded[max(0, start - 40) : start]):
        return True
    if sub == "Agreement" and _UNDER_AN_AGREEMENT.search(folded[max(0, start - 40) : start]):
        return True  # "les groupes armés signataires de l'Accord pour la paix": an agreement in force, no new one
    if sub in _TERRITORY and _RELATIVE_BEFORE.search(folded[max(0, start - 24) : start]):
        return True  # "rebels of the PSF, who regained control of Kidal after the UN left": who they are, their past
    if sub == "Abduction/forced disappearance" and _GROUP_AFTER.match(folded[end : end + 14]):
        return True  # "dismantled kidnapping gangs": who the gang are, no kidnapping told
    if re.search(r"(?<![a-z])(non|anti)[- ]$", folded[max(0, start - 5) : start]):
        return True  # "pacte de non-agression", "anti-riot police": the word negated or a kind of thing
    if sub in _WEAPON_SUBS and _ARMED_WITH.search(folded[max(0, start - 50) : start]):
        return True  # "les assaillants sont venus armés de roquettes et de mitraillettes": their kit, not a shelling
    if sub == "Violent demonstration" and folded.startswith("block", start) \
            and _FORCES_DID.search(folded[max(0, start - 40) : start]):
        return True  # "the security forces blocked all streets around the parliament": policing, no riot
        # (nor an armed group's blockade)
    if sub == "Grenade" and _DEFINITE_BEFORE.search(folded[max(0, start - 16) : start]) \
            and tear_gas is not None and tear_gas.end() <= start:
        return True  # "fired tear gas grenades into the crowd … one of the grenades hit the market": the same tear gas
    if sub in _WEAPON_SUBS and _SEIZED_WITH.search(folded[max(0, start - 80) : start]) \
            and not re.match(r"\S*\s+(attack|strike|fire|shell|explo|attaque|tir|frappe)", folded[end : end + 20]):
        return True  # "a pick-up recovered along with a 60 mm mortar": booty, not the weapon of the attack
    if sub == "Abduction/forced disappearance" and folded.startswith(("porte", "missing"), start) \
            and (_FORCES_MISSING.search(folded[max(0, start - 50) : start]) or _TOLL_LIST_BEFORE.search(folded[max(0, start - 50) : start])):
        # "cinq soldats maliens seraient « portés disparus »": soldiers missing after a fight, no
        # abduction; nor "un bilan de 16 morts, 6 blessés et un porté disparu": a toll's missing
        return True
    if sub == "Looting/property destruction" and _GOODS_BEFORE.search(folded[max(0, start - 20) : start]) \
            and re.match(r"(volee?s?|pillee?s?|stolen)(?![a-z])", folded[start:end]):
        return True  # "transportant du bétail volé", "stolen cattle": goods described, not a theft told
    if sub == "Abduction/forced disappearance" and folded.startswith("enlev", start) \
            and _THINGS_TAKEN.search(folded[max(0, start - 40) : start]):
        return True  # "la restitution du bétail enlevé": animals and goods taken are no people abducted
    if sub == "Armed clash" and _SWEEP.match(folded, start) and (_TO_FIND_THEM.match(folded[end : end + 90]) or only_set_out(folded, end)):
        return True  # "une opération de ratissage de grande envergure pour retrouver les assaillants": a search set out, nothing met yet
    if sub == "Armed clash" and _RESCUE_BEFORE.search(folded[max(0, start - 30) : start]):
        return True  # "while rescue and security operations were being organised": the response to it, no fight
    if sub == "Armed clash" and folded.startswith("neutralis", start) and _A_DEVICE_BEFORE.search(folded[max(0, start - 40) : start]):
        return True  # "un autre engin neutralisé à Makalondi": a device defused, no fight
    if folded.startswith("par voie aerienne", start) and not _STRUCK_BEFORE.search(folded[max(0, start - 50) : start]):
        return True  # "les blessés ont été évacués par voie aérienne vers Niamey": carried by air, nothing struck
    if folded.startswith("offensive", start) and _KIND_OF_MISSION.search(folded[max(0, start - 40) : start]):
        return True  # "une mission de reconnaissance offensive": the kind of a mission, an adjective
    if folded.startswith(("coup", "putsch"), start) and (_COUP_NAMES.match(folded[end : end + 24])
                                                        or _SINCE_THE.search(folded[max(0, start - 40) : start])):
        return True  # "the coup leaders", "since the coup", "depuis le coup d'État": the junta, or a coup told as a time
    if sub == "Armed clash" and folded.startswith(("operation", "sweep", "mopping"), start) and _GOES_ON.match(folded[end : end + 30]):
        return True  # "les opérations de ratissage se poursuivent": a sweep that goes on, nothing it did told
    if folded.startswith("assaut", start) and _TAKEN_BY_STORM.search(folded[max(0, start - 16) : start]) \
            and _CROWDED_PLACE.match(folded[end : end + 30]):
        return True  # "des milliers de Nigériens ont pris d'assaut les rues de Niamey": a crowd filled them, no assault
    return False


# "prendre d'assaut les rues, les marchés, les guichets": crowds that fill a place (the idiom), not an attack
_TAKEN_BY_STORM = re.compile(r"(?<![a-z])(pris|prise|prises|prendre|prennent|prend|prenaient|prenait|prenant)\s+d'\s*$")
CROWDED_PLACES = (r"(les |la |le |l'|des )?(rues?|arteres?|places?|boulevards?|avenues?|marches?|magasins?|boutiques?|"
                  r"stations?|guichets?|banques?|stades?|plages?|reseaux sociaux|urnes|bureaux de vote|centres? de vote)(?![a-z])")
_CROWDED_PLACE = re.compile(r"s?\s+" + CROWDED_PLACES)


# a coup as a noun naming its makers or regime: "the coup leaders", "coup-installed", "les auteurs du coup"
_COUP_NAMES = re.compile(r"[\s-]*(leaders?|plotters?|makers?|government|regime|authorities|junta|installed|era|d'etat (leaders?|plotters?))(?![a-z])")
# a coup told as the time something else happened: "since the coup", "a year after the coup", "depuis le putsch"
_SINCE_THE = re.compile(r"(?<![a-z])(since|after|following|before|anniversary of|post|depuis|apres|avant|anniversaire du|"
                        r"year after|years after|an apres|ans apres)(\s+(the|a|its|le|la|l'|du|un)\s+|\s+|-)([\w'-]+\s+){0,3}$|"
                        r"(?<![a-z])(auteurs|meneurs|chefs|leaders) (du|de ce|des) $")


# what an operation does when it only goes on: "se poursuivent", "continue", "are continuing"
_GOES_ON = re.compile(r"\s*(se poursui(t|vent)|continue(nt)?|are continuing|is continuing|continues?)\s*(\.|,|;|$|dans|in|au|a |en |sur)")
