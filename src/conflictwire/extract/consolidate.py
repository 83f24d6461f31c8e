"""Consolidation: a report's frames become its events, one per incident.

Segmentation (segment.py) cuts a report into frames; `event.build_event` makes a draft event
of each. Here a report's drafts are grouped into incidents: a frame that restates an event
already told (a headline, a lead, a recap) is folded into it and the merged frame is built
again, so the event takes the evidence of every telling; a passage that sums up events told
one by one, or comments on them at the country's level, is dropped. Every grouping and
drop is kept with its reason (`Consolidated.notes`), as the store keeps its merge reasons.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from conflictwire.extract import confidence
from conflictwire.extract.counter_assault import split_counter_assaults
from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.event import build_event
from conflictwire.extract.frame_index import is_title
from conflictwire.extract.per_place import split_by_place
from conflictwire.extract.recalled import recalled_elsewhere
from conflictwire.extract.restated import Told
from conflictwire.extract.same_incident import (
    another_account,
    burned_there,
    dates_the_undated,
    headline,
    nested_in,
    revises,
    same_area,
    same_event,
    same_kind_and_day,
    title_words_told,
)
from conflictwire.extract.segment import Frame, segment
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


@dataclass
class Consolidated:
    drafts: list[Draft]  # the report's events, in order (background ones too if asked for)
    notes: list[Note] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [d.event for d in self.drafts]


def _names_no_town(ev: Event) -> bool:
    """Is the event placed at no more than its region or country ("20 soldiers killed in Tillaberi")?
    Unlike told_from_afar, a region's name read as its chief town counts: a title's "in Tillaberi"."""
    return not ev.location or fold(ev.location) in {fold(ev.admin1 or ""), fold(ev.country or "")}


def merge_restatements(doc: ReportDoc, frames: list[Frame], notes: list[Note] | None = None) -> list[Frame]:
    """Fold frames that restate an earlier (or later, more specific) event into it."""
    built: list[Event] = []
    prev: Event | None = None
    for i, f in enumerate(frames):
        built.append(build_event(doc, f, i, prev).event)
        if not f.background:
            prev = built[-1]
    out: list[tuple[Frame, Event]] = []
    told = Told()
    for frame, ev in zip(frames, built, strict=True):
        burned = burned_there(ev, out, told)
        # a frame opened by a new day may go back to a day already told ("Deux civils… samedi
        # … La veille, trois soldats… Le camion qui a explosé samedi…"): only there a recap
        back = frame.marked and not frame.cue and frame.when is not None
        revised = revises(doc, frame, ev) and not frame.background and not frame.cue
        if revised:  # the latest event told in the same country: its toll, told anew
            burned = next((k for k in range(len(out) - 1, -1, -1) if not out[k][0].background
                           and (not ev.country or out[k][1].country == ev.country)), None)
        # a cue parts an event from the one just told, not from a lead that told it already ("…
        # Lundi, un poste a par ailleurs été attaqué à Léré. … Par ailleurs, lundi matin, des
        # hommes armés ont attaqué le poste militaire de Léré…"): same village, day and type
        told_at = next((k for k in range(len(out)) if not out[k][0].background and ev.location and ev.geo_precision in (1, 2)
                        and out[k][1].location == ev.location
                        # the same known day, or the same day words on a page with no date ("lundi")
                        and ((ev.event_date is not None and out[k][1].event_date == ev.event_date and ev.time_precision == 1)
                             or (frame.when is not None and out[k][0].when == frame.when))
                        and out[k][1].event_type == ev.event_type), None) \
            if frame.marked and not frame.background and burned is None else None
        account = told_at is None and frame.marked and frame.cue and not frame.background and burned is None \
            and (told_at := another_account(doc, frame, ev, out)) is not None
        if told_at is not None:
            burned = told_at  # (merged below as a restatement)
        if frame.background or (frame.marked and not back and burned is None):
            told.add(len(out), ev)
            out.append((frame, ev))
            continue
        target = burned if burned is not None else next(
            (k for k in told.candidates(ev, len(out)) if not out[k][0].background
             and (((not frame.marked or out[k][0].when == frame.when or _same_day_said(out[k][1], ev))
                   and (same_event(out[k][1], ev) or same_event(ev, out[k][1])))
                  or (frame.marked and dates_the_undated(doc, out[k], ev)))), None)
        if target is None and not frame.marked and not frame.background:
            target = next((k for k in nested_in(doc, told, ev) if not out[k][0].background
                           and same_kind_and_day(out[k][1], ev)), None)
        # the title over a story it does not restate word for word (another town of the region)
        # (an aside told between them, "The Tillaberi region … faces regular attacks", stands apart
        # from a title that named no town: "20 soldiers killed in Tillaberi")
        titled = target is None and (len(out) == 1 or (len(out) > 1 and all(f.background for f, _ in out[1:])
                                                       and _names_no_town(out[0][1]))) \
            and not out[0][0].background and headline(doc, out[0][0]) \
            and not frame.background and (same_area(out[0][1], ev, title_line=is_title(doc, 0))
                                          or title_words_told(doc, out[0][0], frame, out[0][1], ev))
        target = 0 if titled else target
        if target is None:
            told.add(len(out), ev)
            out.append((frame, ev))
            continue
        if notes is not None:
            reason = ("the story the report's title tells: same type, country and region" if titled
                      else "gives a new toll of the event told before, and no place of its own" if revised
                      else "another teller's account of an event told: same day and type, no place of its own" if account
                      else "tells again, after a cue, an event the lead told: same village, day and type" if told_at is not None
                      else "burned at the place of an attack just told" if burned is not None
                      else "gives the day of an event told before without one: same village and type"
                      if frame.marked and dates_the_undated(doc, out[target], ev)
                      else "restates an event told: same day and type, a place that does not contradict")
            notes.append(Note("merged", list(frame.sents), reason, target))
        f0, e0 = out[target]
        if titled:  # the story's own sentences place and date it; the title lends its words
            merged = Frame(sents=list(frame.sents), extra=sorted((set(f0.all_sents) | set(frame.extra)) - set(frame.sents)),
                           lead=list(frame.lead), marked=frame.marked, cue=frame.cue, when=frame.when or f0.when,
                           reason=frame.reason)
            out[target] = (merged, build_event(doc, merged, target, None).event)
            told.replace(target, e0, out[target][1])
            continue
        merged = _joined(f0, frame)
        out[target] = (merged, build_event(doc, merged, target, None).event)
        told.replace(target, e0, out[target][1])
    return [f for f, _ in _aggregate(doc, out, notes)]


def _same_day_said(a: Event, b: Event) -> bool:
    """Both events' days are written in the text and are one ("la veille" and "dimanche"), and one
    is placed at a division only ("le marché de Soum", the province)."""
    at_division = any(e.geo_precision == 3 and e.admin2 is not None and e.location == e.admin2 for e in (a, b))
    return at_division and a.event_date is not None and a.event_date == b.event_date and "event_date" in a.evidence and "event_date" in b.evidence


def _joined(first: Frame, then: Frame) -> Frame:
    """The frame of one event told twice: both tellings' sentences, the first's cues and reason."""
    return Frame(sents=sorted(set(first.sents) | set(then.sents)),
                 extra=sorted((set(first.extra) | set(then.extra)) - set(first.sents) - set(then.sents)),
                 lead=sorted(set(first.lead) | set(then.lead)), marked=first.marked, cue=first.cue,
                 when=first.when or then.when, reason=first.reason)


def _aggregate(doc: ReportDoc, told: list[tuple[Frame, Event]], notes: list[Note] | None) -> list[tuple[Frame, Event]]:
    """ACLED aggregates what happened at one village on one day, of one kind, into one event: two
    tellings left apart (the title's restatement took the lead's telling before the body told it
    again, "on Tuesday a suicide bomber blew herself up at a market in Toumour") are one. A cue
    ("in a separate attack") still parts them."""
    out: list[tuple[Frame, Event]] = []
    seen: dict[tuple[str, str | None, str, str], int] = {}  # (linear: a report may tell hundreds)
    for frame, ev in told:
        key = _day_place_kind(frame, ev)
        k = seen.get(key) if key is not None and not frame.cue else None
        if k is None:
            if key is not None:
                seen.setdefault(key, len(out))
            out.append((frame, ev))
            continue
        f0, e0 = out[k]
        if notes is not None:
            notes.append(Note("merged", list(frame.sents), "the same village, day and kind of event: one event to ACLED", k))
        merged = _joined(f0, frame)
        out[k] = (merged, build_event(doc, merged, k, None).event)
    return out


def _day_place_kind(frame: Frame, ev: Event) -> tuple[str, str | None, str, str] | None:
    """What makes one event to ACLED: the village, its region, the sub-type and the day the text
    gives (None for background, or without a village or a day told)."""
    if frame.background or ev.geo_precision not in (1, 2) or not ev.location or ev.event_date is None \
            or "event_date" not in ev.evidence:
        return None
    return fold(ev.location), ev.admin1, ev.sub_event_type, ev.event_date.isoformat()


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
        summary = any(sums_up(doc.sentences[i].text) for i in d.frame.sents)
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
    if not here or d.event.geo_precision != 1 or d.event.background:
        return d
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
                out[news] = build_event(doc, _joined(o.frame, f), o.index, o.prev)
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


def consolidate(doc: ReportDoc, include_background: bool = False) -> Consolidated:
    """The report's events, one per incident, with the reasons for every grouping."""
    notes: list[Note] = []
    frames = merge_restatements(doc, segment(doc), notes)
    if len(doc.sentences) <= 2 and frames and all(f.background for f in frames):
        # a one- or two-sentence note is about its event: its history clause ("who was killed
        # in 1998") qualifies it, it does not replace it
        for f in frames:
            f.background = None
    for frame in frames:
        frame.others = {i for f in frames if f is not frame and not f.background for i in f.sents} - frame.all_sents
    built: list[Draft] = []
    prev: Event | None = None
    for i, frame in enumerate(frames):
        d = build_event(doc, frame, i, prev)
        if d.event.background and not include_background:
            continue
        built.append(d)
        if not d.event.background:
            prev = d.event
    kept = drop_returns_from_asides(doc, built, notes)
    by_place = split_counter_assaults(doc, split_by_place(doc, kept))
    was = {id(d) for d in kept}
    for d in (d for d in by_place if id(d) not in was):
        notes.append(Note("split", list(d.frame.sents), f"one event per place: told at {d.event.location} with the others listed"))
    drafts = drop_commentary(drop_summaries(doc, by_place, notes), notes)
    told = [d for d in drafts if not d.event.background]
    for k, d in enumerate(told):
        d.features["one_event"] = float(len(told) == 1)
        d.features["first_event"] = float(k == 0)
        d.features["many_events"] = float(len(told) >= 3)
        d.event.confidence = confidence.score(d.features)
        d.event.candidate = confidence.is_candidate(d.event.confidence)
    for d in drafts:
        if d.event.background:
            d.event.confidence = round(min(d.event.confidence, 0.2), 2)  # shown on request, never trusted
    drafts = drop_told_from_afar(drafts, notes)
    return Consolidated(drafts, notes)


def assemble(doc: ReportDoc, include_background: bool = False) -> list[Event]:
    """The report's events (see `consolidate`)."""
    return consolidate(doc, include_background).events
