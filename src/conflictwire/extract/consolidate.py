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
from dataclasses import dataclass, field

from conflictwire.extract import confidence
from conflictwire.extract.counter_assault import split_counter_assaults
from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.dropped import (
    Note,
    drop_commentary,
    drop_returns_from_asides,
    drop_summaries,
    drop_told_from_afar,
    drop_undated_twins,
    joined,
    unplaced,
)
from conflictwire.extract.event import build_event
from conflictwire.extract.frame_index import is_title, same_day, title_sent
from conflictwire.extract.genre import review_reason
from conflictwire.extract.per_place import split_by_place
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
from conflictwire.model import Event
from conflictwire.textutil import fold


@dataclass
class Consolidated:
    drafts: list[Draft]  # the report's events, in order (background ones too if asked for)
    notes: list[Note] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [d.event for d in self.drafts]


_THAT_DAY = re.compile(r"(plus tot|plus tard) dans la journee|(dans )?la meme journee|(earlier|later) (in|that) (the )?day|le meme jour|the same day|"
                      r"ce meme jour|le jour meme|that same day|on the same day")


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
                             or (frame.when is not None and out[k][0].when == frame.when)
                             # "Des milliers de personnes ont manifesté plus tôt dans la journée devant
                             # l'ambassade…": earlier on the day just told, at the same place
                             or (frame.when is not None and _THAT_DAY.fullmatch(frame.when) is not None
                                 and _on_the_day_just_told(out, k)))
                        and (out[k][1].event_type == ev.event_type
                             # (a crowd told twice, once at its violent turn: one demonstration)
                             or {out[k][1].event_type, ev.event_type} <= {"Protests", "Riots"})), None) \
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
             and (((not frame.marked or _one_day(out[k][0].when, frame.when) or _same_day_said(out[k][1], ev))
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
            and not frame.background and (same_area(out[0][1], ev, title_line=is_title(doc, title_sent(doc)))
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
        merged = joined(f0, frame)
        out[target] = (merged, build_event(doc, merged, target, None).event)
        told.replace(target, e0, out[target][1])
    return [f for f, _ in _aggregate(doc, out, notes)]


def _on_the_day_just_told(out: list[tuple[Frame, Event]], k: int) -> bool:
    """Is event k told on the day of the last event told (its own day words, else the lead's, when
    the last names none: "samedi … à Sollé … Dans la même journée, … à Titao")?"""
    last = max(j for j in range(len(out)) if not out[j][0].background)
    day = out[last][0].when or out[0][0].when
    return k == last or (day is not None and out[k][0].when == day)


def _one_day(a: str | None, b: str | None) -> bool:
    """Two frames' day keys name one day: both none, or equal, or a weekday and a date that falls
    on it ("le vendredi 22 mars 2019" … "ce vendredi")."""
    return a == b or (a is not None and b is not None and same_day(a, b))


def _same_day_said(a: Event, b: Event) -> bool:
    """Both events' days are written in the text and are one ("la veille" and "dimanche"), and one
    is placed at a division only ("le marché de Soum", the province)."""
    at_division = any(e.geo_precision == 3 and e.admin2 is not None and e.location == e.admin2 for e in (a, b))
    return at_division and a.event_date is not None and a.event_date == b.event_date and "event_date" in a.evidence and "event_date" in b.evidence


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
        merged = joined(f0, frame)
        out[k] = (merged, build_event(doc, merged, k, None).event)
    return out


def _day_place_kind(frame: Frame, ev: Event) -> tuple[str, str | None, str, str] | None:
    """What makes one event to ACLED: the village, its region, the sub-type and the day the text
    gives (None for background, or without a village or a day told)."""
    if frame.background or ev.geo_precision not in (1, 2) or not ev.location or ev.event_date is None \
            or "event_date" not in ev.evidence:
        return None
    return fold(ev.location), ev.admin1, ev.sub_event_type, ev.event_date.isoformat()


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
    drafts = drop_undated_twins(drop_commentary(drop_summaries(doc, by_place, notes), notes), notes)
    told = [d for d in drafts if not d.event.background]
    for k, d in enumerate(told):
        d.features["one_event"] = float(len(told) == 1)
        d.features["first_event"] = float(k == 0)
        d.features["many_events"] = float(len(told) >= 3)
        d.event.confidence = confidence.score(d.features)
        d.event.candidate = confidence.is_candidate(d.event.confidence)
    unplaced(doc, told, notes)
    if (why := review_reason(doc)) is not None:
        for d in told:
            if not d.event.candidate:
                d.event.candidate = True
                notes.append(Note("candidate", list(d.frame.sents), why))
    for d in drafts:
        if d.event.background:
            d.event.confidence = round(min(d.event.confidence, 0.2), 2)  # shown on request, never trusted
    drafts = drop_told_from_afar(drafts, notes)
    return Consolidated(drafts, notes)


def assemble(doc: ReportDoc, include_background: bool = False) -> list[Event]:
    """The report's events (see `consolidate`)."""
    return consolidate(doc, include_background).events
