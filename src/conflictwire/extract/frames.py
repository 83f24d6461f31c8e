"""Events: fill the ACLED fields of each frame (segment.py says which sentences tell which
event), merge frames that restate one event (headline, lead, recap), drop country-level
commentary, score confidence. Background frames become background events, hidden unless
asked for.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta

from conflictwire.extract import confidence
from conflictwire.extract.actors import acled_name
from conflictwire.extract.dates import relative_offset
from conflictwire.extract.doc import (
    ActorMention,
    DateMention,
    Mention,
    PlaceMention,
    ReportDoc,
    Toll,
)
from conflictwire.extract.event_place import choose_place, event_country, fill_place
from conflictwire.extract.restated import Told
from conflictwire.extract.roles import (
    ARMED,
    CIVILIANS,
    IDENTITY_MILITIA,
    PROTESTERS,
    REBEL,
    RIOTERS,
    STATE,
    assign_actors,
    fill_country,
)
from conflictwire.extract.segment import Frame, segment
from conflictwire.extract.subtypes import (
    HARM,
    KILLING,
    MILITARY_TARGET,
    by_participants,
    choose_sub,
    resolve_sub,
)
from conflictwire.extract.tolls import reduce_tolls
from conflictwire.geo.places import COUNTRY_NAME
from conflictwire.model import Event, Span, TollMention
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import fold


def _in_dateline(doc: ReportDoc, m: Mention) -> bool:
    return doc.dateline is not None and doc.dateline[0] <= m.start < doc.dateline[1]


_DEATH_WORDS = re.compile(r"(?<![a-z])(killed|dead|died|deaths|lost their lives|fatalities|tues|tuees|morts|ont peri|perdu la vie)(?![a-z])")


_MUTINY = re.compile(r"(?<![a-z])(mutin(y|ies|ied|ous|eers?|ying)|mutinerie|mutine(s|es)?|mutins)(?![a-z])")

_NO_DEATHS = re.compile(
    r"(no one|nobody|no-one|none) (was |were )?(killed|died|dead|hurt)|no (casualties|deaths|fatalities|one died|loss of li[fv]es?)|"
    r"without (causing )?(any )?(casualties|deaths|fatalities)|aucune? (victime|perte|mort|deces)|pas de (victime|mort|perte)s?|"
    r"sans faire de (victime|mort)s?|n'a fait (aucune victime|aucun mort)"
)


# "Tiloua, dans la région d'Ouallam", "Gaigorou, in the Tillaberi region", "Kwala (cercle de Kolokani)"
def build_event(doc: ReportDoc, frame: Frame, index: int, prev: Event | None) -> Event:
    sents = frame.all_sents
    triggers = doc.in_sents(doc.triggers, frame.sents)
    actors: list[ActorMention] = doc.in_sents(doc.actors, sents)
    tolls: list[Toll] = doc.in_sents(doc.tolls, sents)

    def dated(group: Iterable[int]) -> list[DateMention]:
        return [d for d in doc.in_sents(doc.dates, group) if not _in_dateline(doc, d) and not d.reporting]

    dates: list[DateMention] = dated(frame.sents) or dated(sents)
    places: list[PlaceMention] = [p for p in doc.in_sents(doc.places, sents) if not _in_dateline(doc, p)]
    evidence: dict[str, list[Span]] = {}

    place = choose_place(doc, frame, places)
    country_cc = event_country(doc, place, frame.all_sents, actors)
    country = COUNTRY_NAME.get(country_cc) if country_cc else None

    # actors
    victims_inter = {a.inter for a in actors if a.role == "victim"}
    victims_inter |= {STATE for t in tolls if t.side == "forces" and t.kind == "killed"}
    victims_inter |= {CIVILIANS for t in tolls if t.side == "civilians" and t.kind in ("killed", "abducted", "wounded")}
    victims_inter |= {IDENTITY_MILITIA for t in tolls if t.side == "militia" and t.kind in ("killed", "wounded")}
    # attackers who died met armed resistance: ACLED codes the fight, not an attack on civilians
    victims_inter |= {REBEL for t in tolls if t.side == "attackers" and t.kind == "killed" and (t.value or 0) > 0}
    agents_inter = {a.inter for a in actors if a.role == "agent"}
    best = choose_sub(triggers, victims_inter, agents_inter)
    said = fold(" ".join(doc.sentences[i].text for i in sorted(frame.sents)))
    if MILITARY_TARGET.search(fold(" ".join(doc.sentences[i].text for i in sorted(sents)))):
        victims_inter.add(STATE)  # "attack on a military camp", "visait des unités": the forces were hit
    # "police arrested four people suspected of taking part in the killing": a killing referred
    # back to is the earlier event's, not a death in this one
    told_back = said
    for t in triggers:
        if t.tags.get("refers_back"):
            told_back = told_back.replace(fold(t.text), " ")
    deaths = any(t.kind == "killed" and (t.value or 0) > 0 for t in tolls) or bool(KILLING.search(told_back))
    harmed = deaths or any(t.kind == "wounded" and (t.value or 0) > 0 for t in tolls) or bool(HARM.search(said))
    sub = resolve_sub(best, victims_inter, agents_inter, triggers, deaths)
    event_type = SUB_TO_TYPE[sub]
    evidence["event_type"] = evidence["sub_event_type"] = [best.span()]

    actor1, actor2, claimed = assign_actors(actors, sub, event_type, country, prev, doc, frame)
    # a crowd and, at most, the forces that face it: no armed group takes part
    crowd = {a.inter for a in actors}
    crowd_only = bool(crowd & {CIVILIANS, PROTESTERS, RIOTERS}) and crowd <= {CIVILIANS, PROTESTERS, RIOTERS, STATE} and not any(
        t.tags.get("weapon") for t in triggers
    ) and (STATE not in crowd or bool(crowd & {PROTESTERS, RIOTERS})) and not (
        # "ils ont pillé les boutiques": they, the armed men of the event before, are no crowd
        actor1 is not None and actor1[2] is None and prev is not None and actor1[0] == prev.actor1 and actor1[1] in ARMED - {STATE})
    sub, actor1 = by_participants(sub, best, triggers, actor1, actor2, harmed, country, crowd_only, said)
    if actor1 is not None and actor1[0].startswith("Military Forces of ") and _MUTINY.search(said) \
            and SUB_TO_TYPE[sub] != "Strategic developments":
        # "soldiers mutinied over unpaid salaries": ACLED codes the mutineers apart from the army
        actor1 = (f"Mutiny of {actor1[0]}", REBEL, actor1[2])
    event_type = SUB_TO_TYPE[sub]
    if actor2 is None and event_type == "Explosions/Remote violence":
        # "a patrol hit an explosive, killing a park official": the toll says who was hit
        hit = {t.side for t in tolls if t.kind in ("killed", "wounded") and (t.value or 0) > 0} - {"unknown", "attackers"}
        if hit == {"civilians"}:
            actor2 = (f"Civilians ({country or 'Unknown'})", CIVILIANS, None)
        elif hit == {"forces"}:
            actor2 = (f"Military Forces of {country or 'Unknown'}", STATE, None)
    key = f"{doc.article.doc_id}:{index}"
    ev = Event(doc_id=doc.article.doc_id, event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
               event_type=event_type, sub_event_type=sub)
    for slot, mention in (("actor1", actor1), ("actor2", actor2)):
        if mention is None:
            continue
        name, inter, span = mention
        setattr(ev, slot, name)
        setattr(ev, "inter1" if slot == "actor1" else "inter2", inter)
        if span:
            evidence[slot] = [span]
    assoc = next((a for a in actors if a.role == "assoc"), None)
    if assoc is not None and ev.actor1:
        ev.assoc_actor_1 = fill_country(assoc.canonical, assoc.country or country)
        evidence["assoc_actor_1"] = [assoc.span()]
    if claimed:
        ev.claimed_by, span = claimed
        evidence["claimed_by"] = [span]

    country = fill_place(ev, doc, place, places, country_cc, country, prev, said, evidence)

    # date
    absolute = [d for d in dates if not d.relative_to_event and d.value is not None]
    relative = [d for d in dates if d.relative_to_event]
    if absolute:
        d = absolute[0]
        ev.event_date, ev.time_precision = d.value, d.precision
        evidence["event_date"] = [d.span()]
    elif relative and prev is not None and prev.event_date is not None:
        days, precision = relative_offset(relative[0].text)
        ev.event_date, ev.time_precision = prev.event_date + timedelta(days=days), max(precision, prev.time_precision or 1)
        evidence["event_date"] = [relative[0].span()]
    elif doc.published and not relative:
        ev.event_date, ev.time_precision = doc.published, 2  # a guess: no span, marked by precision

    # tolls: a figure told before the event happened ("had said on Wednesday six were killed",
    # of an event on Thursday) belongs to an earlier one
    if absolute and ev.time_precision == 1 and ev.event_date is not None:
        told_on = {d.sent: d.value for d in doc.in_sents(doc.dates, sents) if d.reporting and d.value is not None}
        tolls = [t for t in tolls if not (t.sent in told_on and told_on[t.sent] < ev.event_date)]
    ev.tolls = [
        TollMention(start=t.start, end=t.end, text=t.text, kind=t.kind, side=t.side, source=t.source,
                    value=t.value, low=t.low, high=t.high, revision=t.revision)
        for t in tolls
    ]
    reduced = reduce_tolls(tolls)
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = reduced.value, reduced.low, reduced.high
    if reduced.spans:
        evidence["fatalities"] = reduced.spans
    elif not any(t.kind == "killed_or_wounded" for t in tolls):
        # deaths reported without a number stay unknown; no deaths word at all means 0
        said = " ".join(doc.sentences[i].text for i in sorted(sents))
        said = _NO_DEATHS.sub(" ", re.sub(r"\S+(?:[-/_]\S+){2,}", " ", fold(said)))  # no slugs or URLs
        ev.fatalities = None if _DEATH_WORDS.search(said) else 0

    # weapons and outcome from trigger tags
    weapons = []
    for t in triggers:
        w = t.tags.get("weapon")
        if w and w not in weapons:
            weapons.append(w)
            evidence.setdefault("weapons", []).append(t.span())
        if t.tags.get("outcome") and not ev.outcome:
            ev.outcome = t.tags["outcome"]
            evidence["outcome"] = [t.span()]
    ev.weapons = weapons

    # ACLED's names by region and date ("Islamic State (Sahel)" was "(Greater Sahara)")
    when = ev.event_date.isoformat() if ev.event_date else None
    ev.actor1 = acled_name(ev.actor1, when) if ev.actor1 else None
    ev.actor2 = acled_name(ev.actor2, when) if ev.actor2 else None
    ev.claimed_by = acled_name(ev.claimed_by, when) if ev.claimed_by else None
    if ev.actor2 is not None and ev.actor2 == ev.actor1:
        ev.actor2, ev.inter2 = None, None
        evidence.pop("actor2", None)
        if ev.event_type == "Violence against civilians":
            ev.actor2, ev.inter2 = f"Civilians ({country or 'Unknown'})", CIVILIANS

    ev.evidence = evidence
    ev.background = frame.background is not None
    ev.reason = frame.background
    actor_spans = ev.evidence.get("actor1") or []
    actor_named = bool(actor_spans) and any(a.kind == "named" and a.span() == actor_spans[0] for a in actors)
    feats = confidence.features(ev, best, place, bool(absolute), bool(tolls), frame.marked, actor_named)
    doc.cache.setdefault("features", {})[ev.event_id] = feats
    ev.confidence = confidence.score(feats)
    return ev


def _same_event(a: Event, b: Event) -> bool:
    """Does frame b restate event a (a headline, a lead, a recap)? A compatible day, and a
    place that does not contradict: b names no place more precise than a region that a is
    in (then the type may differ: "jihadists killed 17 soldiers in Burkina Faso" heads the
    report of the ambush it sums up), or the same place and type."""
    if a.country and b.country and a.country != b.country:
        return False
    # only dates the text gives count: the publication date stands in for a missing one
    said_a, said_b = "event_date" in a.evidence, "event_date" in b.evidence
    if said_a and said_b and a.event_date != b.event_date:
        return False
    # "neuf humanitaires enlevés à l'ouest de Niamey" heads the story of a village no gazetteer
    # knows: a place near a town does not contradict an unknown one
    near_unknown = b.geo_precision == 2 and b.geonames_id is not None and a.geonames_id is None \
        and a.location not in (None, a.country, a.admin1)
    if near_unknown and a.event_type == b.event_type and a.sub_event_type == b.sub_event_type:
        return True
    vague = b.geonames_id is None and b.location in (None, b.country, b.admin1)
    if vague and (b.admin1 is None or a.admin1 in (None, b.admin1)):
        return a.event_type == b.event_type or b.location in (None, b.country)
    if a.event_type != b.event_type:
        return False
    return bool(a.location and b.location and fold(a.location) == fold(b.location))


def _burned_there(ev: Event, out: list[tuple[Frame, Event]], told: Told) -> int | None:
    """Looting or burning told apart at the very place of an attack just told ("Almost the
    entire village was burnt down, a witness said"): part of that attack (its index), not a
    new event."""
    if ev.sub_event_type != "Looting/property destruction" or not ev.location or ev.location == ev.country:
        return None
    for k in told.named(ev):  # the events told at a place of the same name, in order
        f, e = out[k]
        if f.background or e.event_type == "Strategic developments" or fold(e.location or "") != fold(ev.location):
            continue
        if e.event_date and ev.event_date and abs((e.event_date - ev.event_date).days) > 1:
            continue
        return k
    return None


def merge_restatements(doc: ReportDoc, frames: list[Frame]) -> list[Frame]:
    """Fold frames that restate an earlier (or later, more specific) event into it."""
    built: list[Event] = []
    prev: Event | None = None
    for i, f in enumerate(frames):
        built.append(build_event(doc, f, i, prev))
        if not f.background:
            prev = built[-1]
    out: list[tuple[Frame, Event]] = []
    told = Told()
    for frame, ev in zip(frames, built, strict=True):
        burned = _burned_there(ev, out, told)
        # a frame opened by a new day may go back to a day already told ("Deux civils… samedi
        # … La veille, trois soldats… Le camion qui a explosé samedi…"): only there a recap
        back = frame.marked and not frame.cue and frame.when is not None
        if frame.background or (frame.marked and not back and burned is None):
            told.add(len(out), ev)
            out.append((frame, ev))
            continue
        target = burned if burned is not None else next(
            (k for k in told.candidates(ev, len(out)) if not out[k][0].background
             and (not frame.marked or out[k][0].when == frame.when)
             and (_same_event(out[k][1], ev) or _same_event(ev, out[k][1]))), None)
        if target is None:
            told.add(len(out), ev)
            out.append((frame, ev))
            continue
        f0, e0 = out[target]
        merged = Frame(sents=sorted(set(f0.sents) | set(frame.sents)), extra=sorted((set(f0.extra) | set(frame.extra)) - set(f0.sents) - set(frame.sents)),
                       lead=sorted(set(f0.lead) | set(frame.lead)), marked=f0.marked, cue=f0.cue, when=f0.when or frame.when)
        out[target] = (merged, build_event(doc, merged, target, None))
        told.replace(target, e0, out[target][1])
    return [f for f, _ in out]


def _drop_vague_mentions(events: list[Event], lent: set[str]) -> list[Event]:
    """In a report that places its events, a passage that names only the country ("Burkina
    Faso has faced attacks…", "the army said it killed terrorists") and gives neither its own
    date and toll, nor a claim or an outcome, is commentary on those events, not one more."""
    def vague(e: Event) -> bool:  # placed at the country, or only at the report's one place
        return e.location == e.country or e.event_id in lent

    placed = [e for e in events if not e.background and e.location and not vague(e)]
    if not placed:
        return events
    return [
        e for e in events
        if e.background or not vague(e) or e.claimed_by or e.outcome
        or ("event_date" in e.evidence and "fatalities" in e.evidence)
    ]


# "two coordinated attacks", "deux opérations militaires", "une double attaque", "a series of raids"
_SUMMARY = re.compile(
    r"(?<![a-z])(two|three|four|five|several|multiple|a series of|a wave of|twin|deux|trois|quatre|cinq|plusieurs|"
    r"une serie d'|une vague d'|double)\s+((coordinated|simultaneous|separate|distinct|deadly|military|jihadist|terrorist|"
    r"coordonnees?|simultanees?|distinctes?|meurtrieres?|militaires?|jihadistes?|terroristes?)\s+){0,2}"
    r"(attacks?|assaults?|operations?|raids?|ambush(es)?|strikes|clashes|bombings|attaques?|offensives|embuscades|assauts|frappes|affrontements)(?![a-z])"
    # "killed this week in attacks in a national park": a bare plural, no one event
    r"|(?<![a-z])(in|during|dans des|lors d')\s+((recent|separate|coordinated|jihadist|terrorist|recentes|jihadistes|terroristes)\s+)?"
    r"(attacks|raids|ambushes|bombings|attaques|embuscades)(?![a-z])"
)


def _drop_summaries(doc: ReportDoc, told: list[tuple[Frame, Event]]) -> list[Event]:
    """A passage that sums up several events ("10 soldiers killed in two coordinated attacks
    in Tillabéri") is not one more when the report tells them one by one: it is dropped when
    at least two other events lie in the region (or country) it names."""
    out = []
    told_events = [e for _, e in told if not e.background]
    # where the other events lie: the names of every event, counted, less the event's own
    names = Counter(x for e in told_events for x in _where(e))
    for frame, ev in told:
        summary = any(_SUMMARY.search(fold(doc.sentences[i].text)) for i in frame.sents)
        others = len(told_events) - (0 if ev.background else 1)
        own = Counter() if ev.background else Counter(_where(ev))
        here = fold(ev.location or "")
        if summary and not ev.background and others >= 2 and names[here] - own[here] > 0:
            continue
        out.append(ev)
    return out


def _where(ev: Event) -> set[str]:
    return {fold(x) for x in (ev.admin1, ev.country, ev.location) if x}


def assemble(doc: ReportDoc, include_background: bool = False) -> list[Event]:
    events: list[Event] = []
    prev: Event | None = None
    frames = merge_restatements(doc, segment(doc))
    if len(doc.sentences) <= 2 and frames and all(f.background for f in frames):
        # a one- or two-sentence note is about its event: its history clause ("who was killed
        # in 1998") qualifies it, it does not replace it
        for f in frames:
            f.background = None
    built: list[tuple[Frame, Event]] = []
    for i, frame in enumerate(frames):
        ev = build_event(doc, frame, i, prev)
        if ev.background and not include_background:
            continue
        built.append((frame, ev))
        if not ev.background:
            prev = ev
    events = _drop_vague_mentions(_drop_summaries(doc, built), doc.cache.get("lent_place", set()))
    told = [e for e in events if not e.background]
    for k, ev in enumerate(told):
        feats = doc.cache["features"][ev.event_id]
        feats["one_event"] = float(len(told) == 1)
        feats["first_event"] = float(k == 0)
        feats["many_events"] = float(len(told) >= 3)
        ev.confidence = confidence.score(feats)
    for ev in events:
        if ev.background:
            ev.confidence = round(min(ev.confidence, 0.2), 2)  # shown on request, never trusted
    return events
