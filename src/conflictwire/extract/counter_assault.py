"""An attack on civilians that the security forces then fought: two events, as ACLED codes them.

"More than 18 people were shot dead in a restaurant … Two attackers were killed by security
forces in a counter-assault": the gunmen's attack on the diners is violence against civilians
(its toll the civilians' dead), and the forces' assault on the gunmen is a battle between armed
sides (its toll the attackers' and the forces' dead). Told as one story, the two would otherwise
be one armed clash whose toll mixes both. The split needs the text to say the forces fought the
attackers in so many words (a counter-assault, attackers killed by the forces): attackers shot by
the villagers they attacked stay one event. A wider cue (the forces "intervened", "la riposte des
FDS") cost an event of precision on the `check` split and on a blind set, so it is not used.

So is an attack on civilians in which the attackers struck the forces as well ("who also targeted
soldiers and a self-defence militia stationed locally"): ACLED codes one event per pair of sides,
the attack on the worshippers and the attack on the soldiers, the latter the attackers' own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from conflictwire.extract.doc import ReportDoc, Toll
from conflictwire.extract.draft import Draft
from conflictwire.extract.roles import CIVILIANS
from conflictwire.extract.tolls import Reduced, reduce_tolls
from conflictwire.model import Event, Span

# the forces fought the attackers: "in a counter-assault", "two attackers were killed by security
# forces", "les assaillants ont été neutralisés par les forces"
_FORCES = r"(security|special|defen[cs]e|armed|government|malian|burkinabe|nigerien|french)\s+forces|troops|soldiers|the army|police"
FORCES_FOUGHT = re.compile(
    r"(?<![a-z])(counter-?assault|contre-assaut|"
    rf"(attackers|assailants|gunmen|militants|jihadists|terrorists)\s+(were|was)\s+(killed|shot dead|neutrali[sz]ed)\s+by\s+(the\s+)?({_FORCES})|"
    r"(assaillants|terroristes|jihadistes|djihadistes)\s+(\w+\s+){0,2}(ont ete|sont)\s+(neutralises|abattus|tues)\s+par\s+les\s+"
    r"(forces|fds|militaires|soldats|gendarmes|policiers))(?![a-z])"
)


# the attackers struck the forces as well: "who also targeted soldiers and a self-defence militia
# stationed locally", "les VDP … et des militaires ont également essuyé des tirs nourris"
_ARMED = (r"(soldiers|troops|the army|army posts?|military posts?|police|gendarmes|self-defen[cs]e (militia|group)|militia|vdps?|"
          r"volunteers|militaires|soldats|l'armee|policiers|fds|volontaires|suppletifs|dozos?|koglweogos?)")
ALSO_STRUCK_FORCES = re.compile(
    rf"(?<![a-z])((also|as well as|and then) (targeted|attacked|fired on|struck|hit|ambushed) (\w+\s+){{0,3}}{_ARMED}|"
    rf"{_ARMED}(\s+[\w'’-]+){{0,14}}\s+(ont|a|avaient|avait) (egalement|aussi|par ailleurs) (essuye des tirs|ete (vises|attaques|cibles|pris pour cible))|"
    rf"(s'en (sont|est) (egalement|aussi|ensuite) pris|ont (egalement|aussi|ensuite) (attaque|vise|cible)) (\w+\s+){{0,2}}{_ARMED})(?![a-z])"
)


def split_counter_assaults(doc: ReportDoc, drafts: list[Draft]) -> list[Draft]:
    """Each armed clash told as an attack on civilians the forces then fought, as the attack and
    the battle."""
    out: list[Draft] = []
    for d in drafts:
        parts = _parts(d)
        if parts is None:
            out.append(d)
            continue
        out.extend(parts)
    share_the_dead(out)
    return out


def share_the_dead(drafts: list[Draft]) -> None:
    """An attack on civilians told apart from the battle at its place and day ("opened fire on
    diners at the Aziz Istanbul" after "at least 18 people were killed … two assailants were shot
    dead as police secured the area"): the people killed are the attack's, the fighters killed
    the battle's, when the attack was told no toll of its own."""
    for attack in drafts:
        ev = attack.event
        if ev.background or ev.sub_event_type != "Attack" or any(t.kind == "killed" for t in attack.tolls):
            continue
        for battle in drafts:
            other = battle.event
            if other.background or other.sub_event_type != "Armed clash" or (other.location, other.event_date) != (ev.location, ev.event_date):
                continue
            hit, fought = _the_dead_by_side(battle.tolls)
            if not hit or not fought:
                continue
            moved = {(t.start, t.end) for t in hit}
            attack.event.tolls = [m for m in other.tolls if (m.start, m.end) in moved]
            other.tolls = [m for m in other.tolls if (m.start, m.end) not in moved]
            attack.tolls = hit
            battle.tolls = [t for t in battle.tolls if t not in hit]
            for d, reduced in ((attack, reduce_tolls(hit)), (battle, reduce_tolls(fought))):
                d.evidence = _with_toll(d.event, d.evidence, reduced)
                d.event.evidence = {f: list(v) for f, v in d.evidence.items()}
            break


def _the_dead_by_side(tolls: list[Toll]) -> tuple[list[Toll], list[Toll]]:
    """The killed of an attack and a battle told as one: the people hit (civilians, or no side
    told), and the fighters (attackers and forces)."""
    killed = [t for t in tolls if t.kind == "killed"]
    return [t for t in killed if t.side in ("civilians", "unknown")], [t for t in killed if t.side in ("attackers", "forces")]


def _with_toll(ev: Event, evidence: dict[str, list[Span]], reduced: Reduced) -> dict[str, list[Span]]:
    """Give the event the reduced toll; returns a copy of `evidence` with its toll's spans."""
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = reduced.value or 0, reduced.low, reduced.high
    out = {f: list(v) for f, v in evidence.items() if f != "fatalities"}
    if reduced.spans:
        out["fatalities"] = list(reduced.spans)
    return out


# where civilians gather: people killed there, told with no side, are civilians
_CIVILIAN_PLACE = re.compile(r"(?<![a-z])(mosques?|churche?s?|markets?|restaurants?|hotels?|schools?|worshippers|congregation|"
                             r"mosquees?|eglises?|marches?|fideles|ecoles?|maquis|prayers?|prieres?|offices? religieux|messe)(?![a-z])")


# the sides that defend (the state's forces and the militias that fight beside them)
_DEFENDERS = ("Military Forces", "Police Forces", "VDP", "Dozo", "Koglweogo")


def _civilians_hit(d: Draft) -> bool:
    if CIVILIANS in d.victims or any(t.side == "civilians" and t.kind == "killed" and (t.value or 0) > 0 for t in d.tolls):
        return True
    return any(t.side == "unknown" and t.kind == "killed" for t in d.tolls) and _CIVILIAN_PLACE.search(d.around) is not None


def _parts(d: Draft) -> list[Draft] | None:
    ev = d.event
    if ev.background or ev.sub_event_type != "Armed clash" or not _civilians_hit(d):
        return None
    countered = FORCES_FOUGHT.search(d.around) is not None
    if not countered and not ALSO_STRUCK_FORCES.search(d.around):
        return None
    sides = [a for a in (ev.actor1, ev.actor2) if a]
    # (the cue names the forces that fought: the event's own state side, else its country's army)
    forces = next((a for a in sides if a.startswith(_DEFENDERS)), None)
    civilians = next((a for a in sides if a.startswith("Civilians")), f"Civilians ({ev.country or 'Unknown'})")
    attackers = next((a for a in sides if a not in (forces, civilians)), f"Unidentified Armed Group ({ev.country or 'Unknown'})")
    forces = forces or f"Military Forces of {ev.country or 'Unknown'}"
    hit_tolls, fought_tolls = _the_dead_by_side(d.tolls)
    hit, fought = reduce_tolls(hit_tolls), reduce_tolls(fought_tolls)
    attack = ev.model_copy(deep=True)
    attack.event_type, attack.sub_event_type = "Violence against civilians", "Attack"
    attack.actor1, attack.actor2 = attackers, civilians
    battle = ev.model_copy(deep=True)
    battle.event_type, battle.sub_event_type = "Battles", "Armed clash"
    # (the forces' counter-assault is theirs; an attack on them as well is the attackers')
    battle.actor1, battle.actor2 = (forces, attackers) if countered else (attackers, forces)
    battle.event_id = hashlib.sha1(f"{ev.doc_id}:{d.index}:counter-assault".encode()).hexdigest()[:16]
    out = []
    for new, reduced in ((attack, hit), (battle, fought)):
        evidence = _with_toll(new, ev.evidence, reduced)
        new.evidence = evidence
        out.append(replace(d, ev=new, evidence=evidence))
    return out
