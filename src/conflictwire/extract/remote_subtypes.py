"""Remote violence and the fight around it: a missile told in a report of air strikes is an air
strike; an IED, a shelling or an air strike that opened or supported a fight on the ground is
coded as the fight (ACLED codes the battle); a suicide car bomb that opened an assault the
defenders fought is an armed clash."""

from __future__ import annotations

import re
from collections.abc import Iterable

from conflictwire.extract.doc import Trigger
from conflictwire.extract.roles import ARMED
from conflictwire.textutil import fold

# "Un missile a frappé leur position" in a communiqué on the air force's strikes: a report that
# tells air strikes and names no ground launcher fires its missiles from the air (ACLED codes
# missiles from aircraft and drones as air strikes, shelling is the artillery's)
_MISSILE = re.compile(r"^missiles?$")
_GROUND_LAUNCHER = re.compile(r"(?<![a-z])(artiller\w*|obus|mortiers?|mortars?|shell(s|ed|ing)|howitzers?|"
                              r"canons?|cannons?|"
                              r"lance-roquettes?|rocket launchers?|roquettes?|rockets?)(?![a-z])")


def fired_from_the_air(sub: str, best: Trigger, report_triggers: Iterable[Trigger], said: str) -> bool:
    """Is a missile attack an air strike: told as a missile, in a report that tells air strikes,
    with no ground launcher named where it is told?"""
    return sub == "Shelling/artillery/missile attack" and bool(_MISSILE.match(fold(best.text))) \
        and any(t.sub_event_type == "Air/drone strike" for t in report_triggers) and not _GROUND_LAUNCHER.search(said)


# remote violence that opens or accompanies ground fighting: ACLED codes the fight (an IED then
# gunfire on a convoy, airstrikes then commandos on the ground). A suicide bombing keeps its own
# sub-type even with gunfire around it, unless it opened an assault that was fought (below).
_REMOTE = ("Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack")
# an attack that a fight on the ground followed: "followed by an armed assault", "suivie d'une fusillade"
_FOLLOWED_BY_FIGHT = (r"followed by (an? )?(ground |armed )?(assault|attack|clash|fighting|combat)|"
                      r"suivie? d'une? (assaut|attaque|accrochage|fusillade)")
_GROUND_FIGHT = re.compile(
    r"(?<![a-z])(gunfire|gun fire|small[- ]arms|opened fire|exchange of fire|exchanged fire|firefight|"
    r"gunfight|gun battle|"
    r"ground (operation|assault|attack|offensive)|(troops|soldiers|commandos) on (the )?(ground|land)|"
    r"air-ground|air-land|" + _FOLLOWED_BY_FIGHT + r"|"
    # ("la zone d'où les tirs ont été lancés": fire launched from afar, the shells')
    # ("des tirs de sommation pour faire sortir les suspects": warning shots, no fight)
    r"tirs(?! (ont ete |avaient ete |ont |sont )?lances)(?! d'obus| de (roquettes?|mortiers?|missiles?|"
    r"drones?)| d'artillerie| aeriens| de sommation)|coups de feu(?! de sommation)|echanges? de tirs|"
    r"fusillade|accrochage|(?<!hors de )combats?|"
    r"(operation|offensive) (aeroterrestre|terrestre)|au sol"
    # attackers who rode up to the target were on the scene: ACLED's shelling is fire from afar
    r"|(came|arrived|arriving|riding|rode|venus|arrives|arrivant|circulant) (on|in|aboard|a bord d'|"
    r"a bord de|en|a|sur)\s*"
    r"([\w'-]+ ){0,3}(motorbikes|motorcycles|motos|engins a deux roues|pick-?ups|vehicles|"
    r"vehicules))(?![a-z])"
)


# a complex attack on a camp: a suicide car bomb, then an assault the defenders fought ("initiated by a
# suicide car bomb followed by an armed assault", "provoquant une riposte des forces armées"): ACLED's
# Sahel notes code it an armed clash
_ASSAULT_FOUGHT = re.compile(
    r"(?<![a-z])(" + _FOLLOWED_BY_FIGHT + r"|followed by (an? )?(ground |armed )?gun ?fire|complex attack|"
    r"initiated by|began with|started with|opened with|provoquant une riposte|attaque complexe|"
    r"initiee? par)(?![a-z])")


# aircraft that came to an ambush or to the soldiers' riposte ("la riposte des soldats et l'intervention
# des vecteurs aériens ont forcé les assaillants à se replier"): air support of a fight on the ground
# (an "IED ambush" stays the blast: only air strikes are support)
# ("air strikes on the militants who had taken part in the ambush": the ambush told before, not this fight)
_SUPPORTED_FIGHT = re.compile(r"(?<![a-z])(une embuscade|an ambush|ambushed|riposte(?! aerienne)|"
                              r"fought back)(?![a-z])")


def fought_on_the_ground(sub: str, inter1: int | None, inter2: int | None, said: str) -> bool:
    """Remote violence between two armed sides that the text says came with ground fighting."""
    if inter1 not in ARMED or inter2 not in ARMED:
        return False
    if sub == "Suicide bomb":
        return bool(_ASSAULT_FOUGHT.search(said))
    if sub == "Air/drone strike" and _SUPPORTED_FIGHT.search(said):
        return True
    return sub in _REMOTE and bool(_GROUND_FIGHT.search(said))
