"""What the consolidation drops or folds once a report's events are built, and why (`Note`).

A passage at the country's level that only comments on events placed elsewhere, an event told
from afar that the report places at a town, a passage that sums up events the report tells one
by one, and a return from an aside with no day of its own are no events of their own; each
drop keeps its reason, as the store keeps its merge reasons. (consolidate.py groups the
restatements and runs these steps in order.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.event import build_event
from conflictwire.extract.recalled import recalled_elsewhere
from conflictwire.extract.segment import Frame
from conflictwire.extract.summaries import sums_up
from conflictwire.geo.admin import country_code, within_region
from conflictwire.model import Event
from conflictwire.textutil import fold


@dataclass
class Note:
    """Why the consolidation grouped or dropped a telling (kept for tools and tests)."""

    action: str  # "merged" (into `into`), "dropped", "split" or "kept"
    sents: list[int]  # the trigger sentences of the telling
    reason: str
    into: int | None = None  # the frame it was merged into, by position


def joined(first: Frame, then: Frame) -> Frame:
    """The frame of one event told twice: both tellings' sentences, the first's cues and reason."""
    return Frame(sents=sorted(set(first.sents) | set(then.sents)),
                 extra=sorted((set(first.extra) | set(then.extra)) - set(first.sents) - set(then.sents)),
                 lead=sorted(set(first.lead) | set(then.lead)), marked=first.marked, cue=first.cue,
                 when=first.when or then.when, reason=first.reason)


def drop_commentary(drafts: list[Draft], notes: list[Note]) -> list[Draft]:
    """In a report that places its events, a passage that names only the country ("Burkina
    Faso has faced attacks…", "the army said it killed terrorists") and gives neither its own
    date and toll, nor a claim or an outcome, is commentary on those events, not one more."""
    def vague(d: Draft) -> bool:  # placed at the country, or only at the report's one place
        return d.event.location == d.event.country or d.lent_place

    placed = [d for d in drafts if not d.event.background and d.event.location and not vague(d)]
    if not placed:
        return drafts
    out = []
    for d in drafts:
        e = d.event
        if e.background or not vague(d) or e.claimed_by or e.outcome or ("event_date" in e.evidence and "fatalities" in e.evidence):
            out.append(d)
        else:
            notes.append(Note("dropped", list(d.frame.sents), "names only the country of events placed elsewhere"))
    return out


def unplaced(doc: ReportDoc, drafts: list[Draft], notes: list[Note]) -> None:
    """An event placed at no more than its country, in a report that names no part of it
    ("attacks in Mali", not "in northern Mali", "dans le nord du Burkina"), is a candidate: ACLED
    codes an event only where a report places it within a country, and an alert needs a region.
    So is one left at the country after the lead, beside events the report places within it."""
    if len(doc.sentences) < ARTICLE_SENTENCES:
        return  # a note of a few sentences is about its one event, wherever it is placed
    told = [d for d in drafts if not d.event.background]
    placed = any(d.event.location and d.event.location != d.event.country for d in told)
    for d in drafts:
        e = d.event
        if e.background or e.candidate or not e.country or e.location != e.country:
            continue
        if _PART_OF.search(fold(doc.text)) is None:
            e.candidate = True
            notes.append(Note("candidate", list(d.frame.sents), "placed at no more than its country, and no part of it named"))
        elif placed and d is not told[0]:
            # (after the lead, beside events the report places, one it leaves at the country is told
            # too vaguely to alert on; the lead's own event, "an assault on a Malian army base", stays)
            e.candidate = True
            notes.append(Note("candidate", list(d.frame.sents), "placed at no more than its country, after the lead, beside events placed within it"))


ARTICLE_SENTENCES = 5  # a text this long is an article, which places the events it reports
# "the north of", "northern", "dans le nord du", "l'est du pays", "centre du Mali", "the south-west"
_PART_OF = re.compile(
    r"(?<![a-z])((north|south|east|west|central|centre|center)(ern|-?east(ern)?|-?west(ern)?)?\s+(part of\s+|region of\s+)?"
    r"(the country|mali|burkina|niger|chad|the sahel)|(nord|sud|est|ouest|centre)(-est|-ouest)?\s+(du pays|du mali|du burkina|"
    r"du niger|du tchad|malien|burkinabe|nigerien)|(north|south|east|west)(-?(east|west))? of the country|"
    r"(le|la|du|au|dans le|l')\s*(nord|sud|centre|est|ouest)(-est|-ouest)?(?![a-z]))")


def told_from_afar(e: Event) -> bool:
    """Placed only at its country, or at a region or cercle with no town of its own."""
    if e.location is None or e.location == e.country:
        return True
    return e.geo_precision == 3 and fold(e.location) in {fold(x) for x in (e.admin1, e.admin2) if x}


def placed_version(far: Event, near: Event) -> bool:
    """Is `near`, placed at a town, the event `far` tells from afar: same country, in the region
    (or cercle) `far` names, the same sub-type, no other day told and no other toll told?"""
    if near.country != far.country or (far.admin1 and near.admin1 != far.admin1):
        return False
    if far.admin2 and far.location and fold(far.location) == fold(far.admin2) and near.admin2 != far.admin2:
        return False  # "dans la zone de Tin-Essako" is not the strike near Aguelhok, in the same region
    if near.sub_event_type != far.sub_event_type:
        return False
    if "event_date" in far.evidence and "event_date" in near.evidence and far.event_date and near.event_date \
            and abs((far.event_date - near.event_date).days) > 1:
        return False
    return not ("fatalities" in far.evidence and "fatalities" in near.evidence and far.fatalities != near.fatalities)


def drop_told_from_afar(drafts: list[Draft], notes: list[Note]) -> list[Draft]:
    """"Four soldiers killed when their vehicle hit a mine near Banh … « Un autre véhicule a aussi
    sauté sur un engin explosif » (placed at the province)": a telling
    placed only at the country or a region, of the same kind, day and toll as an event the report
    places at a town there, is that event told from afar (the merges above miss it when other
    tellings stand between them, or it comes after)."""
    placed = [d for d in drafts if not d.event.background and not told_from_afar(d.event)]
    out: list[Draft] = []
    for d in drafts:
        if not d.event.background and told_from_afar(d.event) and any(placed_version(d.event, p.event) for p in placed):
            notes.append(Note("dropped", list(d.frame.sents), "tells from afar an event the report places at a town"))
            continue
        out.append(d)
    return out


def drop_summaries(doc: ReportDoc, told: list[Draft], notes: list[Note]) -> list[Draft]:
    """A passage that sums up several events ("10 soldiers killed in two coordinated attacks
    in Tillabéri") is not one more when the report tells them one by one: it is dropped when
    at least two other events lie in the region (or country) it names."""
    out = []
    lent: list[Draft] = []
    told_events = [d.event for d in told if not d.event.background]
    # where the other events lie: the names of every event, counted, less the event's own
    names = Counter(x for e in told_events for x in _where(e))
    for d in told:
        ev = d.event
        # (a summary split one event per place, "attacks on the villages of Ogota and Oimbe", is
        # the parts the report tells one by one, not one more)
        summary = not d.listed and any(sums_up(doc.sentences[i].text) for i in d.frame.sents)
        others = len(told_events) - (0 if ev.background else 1)
        own = Counter() if ev.background else Counter(_where(ev))
        here = fold(ev.location or "")
        if summary and not ev.background and others >= 2 and (names[here] - own[here] > 0 or _sum_of(doc, d, told)):
            notes.append(Note("dropped", list(d.frame.sents), "sums up events the report tells one by one"))
            lent.append(d)
            continue
        out.append(d)
    at = Counter(fold(o.event.location or "") for o in out if not o.event.background)
    return [_lent_to(doc, o, lent) if at[fold(o.event.location or "")] == 1 else o for o in out]


def _lent_to(doc: ReportDoc, d: Draft, summaries: list[Draft]) -> Draft:
    """The event with the sentences a dropped summary gathered at its place, the report's only
    event there ("Le Mali a connu plusieurs attaques hier. L'une d'elle s'est déroulée à Kidal …
    Cette attaque-suicide a causé la mort d'au moins six casques bleus"): they tell this event,
    not the sum."""
    here = fold(d.event.location or "")
    if not here or d.event.geo_precision != 1 or d.event.background or d.listed:
        return d  # (an event split from a list keeps its place and share: its frame places the first)
    mine = {i for s in summaries if s.place is not None and fold(s.event.location or "") == here
            for i in s.frame.all_sents if i not in s.frame.sents}
    if not mine:
        return d
    f = d.frame
    frame = Frame(sents=list(f.sents), extra=sorted((set(f.extra) | mine) - set(f.sents)), lead=list(f.lead), marked=f.marked,
                  cue=f.cue, when=f.when, reason=f.reason)
    return build_event(doc, frame, d.index, d.prev)


# "dans la commune de Gueskérou", "in the department of Bankilaré": an area, where villages lie
_AREA_BEFORE = re.compile(r"(?<![a-z])(commune|department|departement|cercle|province|district|prefecture|"
                          r"sous-prefecture|area|zone|secteur)\s+(of|de|du|d')\s*$")


def _sum_of(doc: ReportDoc, d: Draft, told: list[Draft]) -> bool:
    """Are the events of its type the report tells one by one its parts: their tolls add up to
    its toll, or they lie in the region of the area it names ("une série d'attaques dans la
    commune de Gueskérou … six tués à Fiego, deux à Ngarwa-Koura")?"""
    ev = d.event
    rest = [o.event for o in told if o is not d and not o.event.background and o.event.event_type == ev.event_type
            and o.event.country == ev.country]
    if len(rest) < 2:
        return False
    if ev.fatalities and all(e.fatalities is not None for e in rest) and sum(e.fatalities or 0 for e in rest) == ev.fatalities:
        return True
    return d.place is not None and ev.admin1 is not None and all(e.admin1 == ev.admin1 for e in rest) \
        and bool(_AREA_BEFORE.search(fold(doc.text[max(0, d.place.start - 30) : d.place.start])))


def drop_returns_from_asides(doc: ReportDoc, drafts: list[Draft], notes: list[Note]) -> list[Draft]:
    """Where the report comes back from background (history, context, other years) with event
    words but no day of its own, no separator cue and no new day, after its news is told: it
    goes on about that news ("Le camp a été pillé"), it does not tell one more event (the news
    gate: an event of its own needs a date or a cue of its own; "La semaine dernière, …" has one)."""
    out: list[Draft] = []
    for d in drafts:
        f = d.frame
        told_before = any(not o.event.background for o in out)
        dated = any(not x.reporting and not x.aside for x in doc.in_sents(doc.dates, f.sents))  # ("last week" too)
        if told_before and not d.event.background and f.reason == "background changes" and not dated \
                and not f.marked:
            news = next(k for k in range(len(out) - 1, -1, -1) if not out[k].event.background)
            if recalled_elsewhere(doc, out[news].event, d):
                notes.append(Note("kept", list(f.sents), "what the news came a few days after, at another town"))
                out.append(d)
                continue
            if _places_it(out[news].event, d.event) or _same_places(doc, out[news], d):
                # "Le convoi a été la cible d'une embuscade près de la localité de Gaskindé": it
                # goes on about the news, and says where it happened
                notes.append(Note("merged", list(f.sents), "back from an aside: places the news told vaguely", news))
                o = out[news]
                out[news] = build_event(doc, joined(o.frame, f), o.index, o.prev)
                continue
            notes.append(Note("dropped", list(f.sents), "back from an aside with no day or cue of its own"))
            continue
        out.append(d)
    return out


def _same_places(doc: ReportDoc, news: Draft, more: Draft) -> bool:
    """Does `more` name a village of the news again, of the same kind ("A Tongomayel, les assaillants
    ont incendié le commissariat" after the two attacks told at Tongomayel and Karaboulé)?"""
    named = {fold(p.name) for p in doc.in_sents(doc.places, news.frame.all_sents) if p.feature in ("P", "U")}
    again = {fold(p.name) for p in doc.in_sents(doc.places, more.frame.sents) if p.feature in ("P", "U")}
    return bool(again & (named | {fold(news.event.location or "")})) and news.event.event_type == more.event.event_type


def _places_it(news: Event, more: Event) -> bool:
    """Does `more` name a town or village for `news`, told only at its country or region, of the
    same kind?"""
    return news.geo_precision == 3 and more.geo_precision in (1, 2) and more.location is not None \
        and news.event_type == more.event_type and news.country == more.country \
        and (news.admin1 is None or within_region(country_code(news.country or ""), more.admin1, {news.admin1}))


def _where(ev: Event) -> set[str]:
    return {fold(x) for x in (ev.admin1, ev.country, ev.location) if x}


def drop_undated_twins(drafts: list[Draft], notes: list[Note]) -> list[Draft]:
    """A telling with no day of its own that gives an event told by its day again, same place,
    same kind and the same toll ("About 10 Niger soldiers killed in 'terrorist' attack" under
    the story of Monday's ambush that killed about 10 soldiers in Dosso), is that event told
    again, wherever the report put it (a link line, a caption, a recap)."""
    dated = [d.event for d in drafts if not d.event.background and "event_date" in d.event.evidence]
    out = []
    for d in drafts:
        e = d.event
        twin = None if e.background or d.listed or "event_date" in e.evidence or not e.fatalities else next(
            (o for o in dated if o is not e and o.sub_event_type == e.sub_event_type and o.fatalities == e.fatalities
             and o.location and fold(o.location) == fold(e.location or "")), None)
        if twin is None:
            out.append(d)
        else:
            notes.append(Note("dropped", list(d.frame.sents), "tells again, with no day, the place, kind and toll of an event told"))
    return out
