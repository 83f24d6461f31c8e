"""One event from one frame, in named steps run in a declared order.

A frame (segment.py) says which sentences tell an event. `build_event` fills a `Draft` from
their mentions through STEPS: where (the place mention and the country), kind (the sub-type
from the triggers and who was hit), actors (the two sides, then ACLED's rules that need them),
place (the ACLED place fields), date, toll, tags (weapons, outcome), names (ACLED's names of
the day) and confidence. Each step reads what the steps before it set on the draft and sets
its own fields; `STEPS` is the order. The place is chosen in event_place.py and its fields
filled in place_fields.py; the date step lives in event_date.py, the toll step in event_toll.py.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from conflictwire.extract import confidence as confidence_model
from conflictwire.extract.actors import acled_name
from conflictwire.extract.communities import communal_conflict, communities_named, identity_militias
from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.draft import Draft, new_draft
from conflictwire.extract.event_date import date
from conflictwire.extract.event_place import choose_place, event_country
from conflictwire.extract.event_toll import toll
from conflictwire.extract.frame_index import CROWD_CLASH, Frame
from conflictwire.extract.place_fields import at_the_dateline_town, fill_place
from conflictwire.extract.remote_subtypes import fired_from_the_air
from conflictwire.extract.roles import (
    ARMED,
    CIVILIANS,
    EXTERNAL,
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    PROTESTERS,
    REBEL,
    RIOTERS,
    STATE,
    assign_actors,
    fill_country,
)
from conflictwire.extract.segment import TURNS
from conflictwire.extract.subtypes import (
    HARM,
    KILLING,
    MILITARY_TARGET,
    PEOPLE_TARGETED,
    by_participants,
    choose_sub,
    civilians_hit_only,
    clash_both_sides,
    mutiny_told,
    resolve_sub,
)
from conflictwire.extract.toll_cues import PART_WORDS
from conflictwire.extract.triggers import ANCHOR_CLAUSE
from conflictwire.geo.countries_named import COUNTRY_NAME
from conflictwire.model import Event
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import fold


def where(doc: ReportDoc, d: Draft) -> None:
    """The place mention the event is placed at, and its country."""
    d.place = choose_place(doc, d.frame, d.places)
    d.country_cc = event_country(doc, d.place, d.frame.all_sents, d.actors)
    d.country = COUNTRY_NAME.get(d.country_cc) if d.country_cc else None


# "dont quelques miliciens", "including one soldier": a share of the dead told (toll_cues.PART_BEFORE's words)
_AMONG_THEM = re.compile(r"(?<![a-z])" + PART_WORDS + r"\s+(quelques|some|a few|un|une|one|deux|two)?\s*([\w'-]+\s+){0,2}$")


def kind(doc: ReportDoc, d: Draft) -> None:
    """The sub-type from the strongest trigger and who was hit (ACLED: violence against
    unarmed people is an attack, between armed sides a battle)."""
    # "22 civils tués … 22 morts, dont quelques miliciens", "quatorze personnes, dont un supplétif des
    # forces de sécurité": the armed among the civilian dead are a part of them; the attack was on civilians
    if any(t.side == "civilians" and t.kind == "killed" for t in d.tolls):
        d.among_dead = {a.start for a in d.actors if a.role == "victim" and a.inter in ARMED
                        and _AMONG_THEM.search(fold(doc.text[max(0, a.start - 40) : a.start]))}
    victims = {a.inter for a in d.actors if a.role == "victim" and a.start not in d.among_dead}
    # (soldiers wounded or missing were hit as surely as the dead: "cinq soldats portés disparus")
    victims |= {STATE for t in d.tolls if t.side == "forces" and t.kind in ("killed", "wounded", "missing")}
    victims |= {CIVILIANS for t in d.tolls if t.side == "civilians" and t.kind in ("killed", "abducted", "wounded")}
    victims |= {IDENTITY_MILITIA for t in d.tolls if t.side == "militia" and t.kind in ("killed", "wounded")}
    # attackers who died met armed resistance: ACLED codes the fight, not an attack on civilians
    victims |= {REBEL for t in d.tolls if t.side == "attackers" and t.kind == "killed" and (t.value or 0) > 0}
    d.agents = {a.inter for a in d.actors if a.role in ("agent", "self_report")}
    d.best = best = choose_sub(d.triggers, victims, d.agents)
    d.said = said = fold(" ".join(doc.sentences[i].text for i in sorted(d.frame.sents)))
    d.around = fold(" ".join(doc.sentences[i].text for i in sorted(d.frame.all_sents)))
    if post := MILITARY_TARGET.search(ANCHOR_CLAUSE.sub(" ", d.around)):
        d.post_hit = post.group(0)
        victims.add(STATE)  # "attack on a military camp", "visait des unités": the forces were hit
    d.victims = victims
    # "police arrested four people suspected of taking part in the killing": a killing referred
    # back to is the earlier event's, not a death in this one
    told_back = said
    for t in d.triggers:
        if t.tags.get("refers_back"):
            told_back = told_back.replace(fold(t.text), " ")
    deaths = any(t.kind == "killed" and (t.value or 0) > 0 for t in d.tolls) or bool(KILLING.search(told_back))
    d.harmed = deaths or any(t.kind == "wounded" and (t.value or 0) > 0 for t in d.tolls) or bool(HARM.search(said))
    d.sub = resolve_sub(best, victims, d.agents, d.triggers, deaths)
    if d.sub == "Looting/property destruction" and (d.harmed or PEOPLE_TARGETED.search(said)):
        # someone wounded, or shot at: ACLED codes the violence
        d.sub = "Armed clash" if victims & ARMED else "Attack"
    # (the report's triggers read only for a missile attack: a generator, not a list built per event)
    if fired_from_the_air(d.sub, best, (t for t in doc.triggers if t.sent not in doc.background), said):
        d.sub = "Air/drone strike"
    if d.prev is not None and SAME_WAY.search(said) and SUB_TO_TYPE.get(d.prev.sub_event_type or "") in _VIOLENT:
        # "le second accident a eu lieu près de Hombori dans les mêmes circonstances": told as
        # the event before it was, it is of its kind
        d.sub = d.prev.sub_event_type or d.sub
    d.evidence["event_type"] = d.evidence["sub_event_type"] = [best.span()]


SAME_WAY = re.compile(r"(?<![a-z])(dans les memes circonstances|de la meme (maniere|facon)|selon le meme mode operatoire|"
                      r"in (the same|similar) (circumstances|way|manner|fashion))(?![a-z])")
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_BETWEEN = re.compile(r"(?<![a-z])(entre|between|opposant|opposed|pitting)(?![a-z])")


def actors(doc: ReportDoc, d: Draft) -> None:
    """actor1, actor2, the claim and the associated actor; then the type rules that need to
    know who took part (a crowd, a mutiny, who an explosion hit). Makes the event."""
    assert d.best is not None
    country, prev = d.country, d.prev
    actor1, actor2, d.claimed, joined = assign_actors([a for a in d.actors if a.start not in d.among_dead], d.sub, SUB_TO_TYPE[d.sub], country, prev, doc, d.frame)
    # a crowd and, at most, the forces that face it: no armed group takes part
    crowd = {a.inter for a in d.actors}
    crowd_clash = CROWD_CLASH.search(d.said) is not None  # "clashes between police and Diré youth"
    crowd_only = bool(crowd & {CIVILIANS, PROTESTERS, RIOTERS} or crowd_clash) and crowd <= {CIVILIANS, PROTESTERS, RIOTERS, STATE} and not any(
        t.tags.get("weapon") for t in d.triggers
    ) and (STATE not in crowd or bool(crowd & {PROTESTERS, RIOTERS}) or crowd_clash) and not (
        # "ils ont pillé les boutiques": they, the armed men of the event before, are no crowd
        actor1 is not None and actor1[2] is None and prev is not None and actor1[0] == prev.actor1 and actor1[1] in ARMED - {STATE})
    sub, actor1 = by_participants(d.sub, d.best, d.triggers, actor1, actor2, d.harmed, country, crowd_only, d.said, d.around)
    if actor1 is not None and actor1[0].startswith("Military Forces of ") and mutiny_told(d.said) \
            and SUB_TO_TYPE[sub] != "Strategic developments":
        # "soldiers mutinied over unpaid salaries": ACLED codes the mutineers apart from the army
        actor1 = (f"Mutiny of {actor1[0]}", REBEL, actor1[2])
    if SUB_TO_TYPE[sub] == "Riots" and crowd_clash and (actor2 is None or actor2[1] == CIVILIANS):
        # the crowd fought the forces: they are the other side, not the people in the crowd
        forces = next((a for a in d.actors if a.inter == STATE), None)
        if forces is not None:
            actor2 = (fill_country(forces.canonical, forces.country or country), STATE, forces.span())
    if sub == "Armed clash" and actor2 is not None and actor2[1] == CIVILIANS and actor1 is not None and actor1[1] != STATE:
        # "des chasseurs dozos … à des éleveurs peuls": people of a community who fight are ACLED's
        # identity militia, not civilians (the forces' victims stay civilians)
        # (the sentence that names the fighters first: a title may name other communities)
        here = doc.sentences[doc.sent_of(actor1[2].start)] if actor1[2] is not None else None
        named = [c for c, _ in communities_named(fold(here.text))] if here is not None else []
        named = named or [c for c, _ in communities_named(d.said)]
        if named and actor1[1] in (IDENTITY_MILITIA, POLITICAL_MILITIA):
            own = {c for c in named if c.lower() in actor1[0].lower()}
            other = next((c for c in named if c not in own), None)
            if other is not None:
                actor2 = (f"{other} Ethnic Militia ({country or 'Unknown'})", IDENTITY_MILITIA, actor2[2])
    if civilians_hit_only(sub, actor1, actor2, d.triggers, d.post_hit is not None, d.tolls):
        sub = "Attack"
    if sub == "Attack" and (actor1 is None or actor1[2] is None or actor1[1] == IDENTITY_MILITIA) and communal_conflict(d.said):
        # "one person was killed in an inter-communal conflict between Peul and Mossi": ACLED
        # codes the two communities' fight as a clash of their militias, whoever died
        sides = identity_militias([doc.sentences[i] for i in sorted(d.frame.sents)], d.said, country, None)
        if sides is not None:
            sub, (actor1, actor2) = "Armed clash", sides
    if sub == "Armed clash" and actor2 is None and (actor1 is None or actor1[2] is None) and _BETWEEN.search(d.said) \
            and len(communities_named(d.said)) >= 2:
        # "des affrontements entre Dogons et Peuls": two communities and no one else named fight
        # as ACLED's identity militias
        sides = identity_militias([doc.sentences[i] for i in sorted(d.frame.sents)], d.said, country, None)
        if sides is not None:
            actor1, actor2 = sides
    if sub == "Mob violence" and STATE not in crowd and clash_both_sides(d.triggers):
        sides = identity_militias([doc.sentences[i] for i in sorted(d.frame.sents)], d.said, country, actor1)
        if sides is not None:
            sub, (actor1, actor2) = "Armed clash", sides
    if sub == "Government regains territory" and actor1 is not None and actor1[1] not in (STATE, EXTERNAL):
        sub = "Non-state actor overtakes territory"  # mutineers who took the towns are not the government
    event_type = SUB_TO_TYPE[sub]
    if actor2 is None and event_type == "Explosions/Remote violence":
        # "a patrol hit an explosive, killing a park official": the toll says who was hit
        hit = {t.side for t in d.tolls if t.kind in ("killed", "wounded") and (t.value or 0) > 0} - {"unknown", "attackers"}
        unnamed = any(t.kind in ("killed", "wounded") and (t.value or 0) > 0 and t.side == "unknown" for t in d.tolls)
        if hit == {"civilians"} or (not hit and unnamed):
            # ("an IED exploded near a market, killing four people": victims the report does not
            # name as fighters are civilians, as ACLED codes them)
            actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, None)
        elif hit == {"forces"}:
            actor2 = (f"Military Forces of {country or 'Unknown'}", STATE, None)
    if actor2 is None and event_type == "Battles" and (actor1 is None or actor1[1] != STATE) \
            and d.post_hit is not None and not _NOT_ARMY.search(d.post_hit):
        # "ont attaqué le détachement de Djibo": the army's post stands for the army
        actor2 = (f"Military Forces of {country or 'Unknown'}", STATE, None)
    if actor2 is None and sub == "Mob violence" and d.harmed:
        # a mob that lynched or beat someone: the person it turned on, a civilian as ACLED codes it
        actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, None)
    if event_type == "Violence against civilians" and actor2 is not None and actor2[1] in ARMED:
        # ("killing numerous civilians and security personnel", coded as an attack on civilians):
        # ACLED's violence against civilians is against the civilians the event names
        civ = next((a for a in d.actors if a.inter == CIVILIANS and a.role == "victim" and a.sent in d.frame.sents), None)
        if civ is not None:
            actor2 = (fill_country(civ.canonical, civ.country or country), CIVILIANS, civ.span())
    d.sub, d.actor1, d.actor2 = sub, actor1, actor2
    key = f"{doc.article.doc_id}:{d.index}"
    ev = d.ev = Event(doc_id=doc.article.doc_id, event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
                      event_type=event_type, sub_event_type=sub)
    for slot, mention in (("actor1", actor1), ("actor2", actor2)):
        if mention is None:
            continue
        name, inter, span = mention
        setattr(ev, slot, name)
        setattr(ev, "inter1" if slot == "actor1" else "inter2", inter)
        if span:
            d.evidence[slot] = [span]
    assoc = joined or next((a for a in d.actors if a.role == "assoc"), None)
    if assoc is not None and ev.actor1:
        ev.assoc_actor_1 = fill_country(assoc.canonical, assoc.country or country)
        d.evidence["assoc_actor_1"] = [assoc.span()]
    if d.claimed:
        ev.claimed_by, span = d.claimed
        d.evidence["claimed_by"] = [span]


def place(doc: ReportDoc, d: Draft) -> None:
    """The ACLED place fields, with evidence (an event told "there" takes the town before)."""
    d.country, d.lent_place = fill_place(d.event, doc, d.place, d.places, d.country_cc, d.country, d.prev, d.said, d.evidence, d.frame.reason in TURNS)
    at_the_dateline_town(d.event, doc, d.evidence)


# posts of the other forces (police, gendarmerie, customs, foresters): ACLED names those forces
_NOT_ARMY = re.compile(r"gendarm|police|commissariat|douane|customs|forest|national guard|garde nationale")


def tags(doc: ReportDoc, d: Draft) -> None:
    """Weapons and outcome, from the triggers' tags."""
    ev, weapons = d.event, []
    for t in d.triggers:
        w = t.tags.get("weapon")
        if w and w not in weapons:
            weapons.append(w)
            d.evidence.setdefault("weapons", []).append(t.span())
        if t.tags.get("outcome") and not ev.outcome:
            ev.outcome = t.tags["outcome"]
            d.evidence["outcome"] = [t.span()]
    ev.weapons = weapons


def names(doc: ReportDoc, d: Draft) -> None:
    """ACLED's names by region and date ("Islamic State (Sahel)" was "(Greater Sahara)"); one
    actor is not both sides."""
    ev = d.event
    when = ev.event_date.isoformat() if ev.event_date else None
    ev.actor1 = acled_name(ev.actor1, when) if ev.actor1 else None
    ev.actor2 = acled_name(ev.actor2, when) if ev.actor2 else None
    ev.claimed_by = acled_name(ev.claimed_by, when) if ev.claimed_by else None
    if ev.actor2 is not None and ev.actor2 == ev.actor1:
        ev.actor2, ev.inter2 = None, None
        d.evidence.pop("actor2", None)
        if ev.event_type == "Violence against civilians":
            ev.actor2, ev.inter2 = f"Civilians ({d.country or 'Unknown'})", CIVILIANS
    killed = [t for t in d.tolls if t.kind == "killed" and not t.vague]
    if ev.sub_event_type == "Armed clash" and (ev.actor2 or "").startswith("Civilians") and killed and d.best is not None \
            and all(t.side == "civilians" for t in killed) and (d.best.sub_event_type != "Armed clash" or all(t.sent != d.best.sent for t in killed)):
        # violence whose other side is civilians, and whose dead are all civilians, is an attack on them
        # (ACLED: a battle is between armed sides), unless it was told as a clash that killed them
        ev.event_type, ev.sub_event_type = "Violence against civilians", "Attack"


def confidence(doc: ReportDoc, d: Draft) -> None:
    """The evidence features and the confidence they give (report-wide features are set
    once the report's events are known: consolidate.py)."""
    assert d.best is not None
    ev = d.event
    ev.evidence = d.evidence
    ev.background = d.frame.background is not None
    ev.reason = d.frame.background
    actor_spans = ev.evidence.get("actor1") or []
    actor_named = bool(actor_spans) and any(a.kind == "named" and a.span() == actor_spans[0] for a in d.actors)
    d.features = confidence_model.features(ev, d.best, d.place, d.date_said, bool(d.tolls), d.frame.marked, actor_named)
    ev.confidence = confidence_model.score(d.features)


Step = Callable[[ReportDoc, Draft], None]
STEPS: tuple[tuple[str, Step], ...] = (
    ("where", where), ("kind", kind), ("actors", actors), ("place", place), ("date", date),
    ("toll", toll), ("tags", tags), ("names", names), ("confidence", confidence),
)


def build_event(doc: ReportDoc, frame: Frame, index: int, prev: Event | None, until: str | None = None) -> Draft:
    """Run the steps over a frame (up to and including `until`, for tests and tools)."""
    d = new_draft(doc, frame, index, prev)
    for name, step in STEPS:
        step(doc, d)
        if name == until:
            break
    return d
