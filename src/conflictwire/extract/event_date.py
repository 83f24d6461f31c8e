"""The event's date step: the first date of its own the text gives, else a day counted from
the event told before ("the day before", "came a day after"), else the day of the event
before where the text shares it, else the day it was reported or the publication day,
marked as a guess."""

from __future__ import annotations

import re
from datetime import timedelta

from conflictwire.extract.dates import finest, relative_offset
from conflictwire.extract.doc import DateMention, ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.recalled import head_days
from conflictwire.extract.segment import TURNS
from conflictwire.model import Event
from conflictwire.textutil import fold


def _split_clause(doc: ReportDoc, i: int) -> bool:
    """Whether sentence i is a clause read apart from the sentence before it (nlp.split_sentences:
    "…, while…", "…, and a roadside bomb…"), which ends on no full stop."""
    return i > 0 and doc.sentences[i].paragraph == doc.sentences[i - 1].paragraph \
        and not re.search(r"[.!?»\"”:)]\s*$", doc.sentences[i - 1].text)


# "killed on Sunday in two separate attacks": the day told once for the attacks told one by one
_SEVERAL_ATTACKS = re.compile(r"(?<![a-z])(two|three|four|several|deux|trois|quatre|plusieurs) (separate |distinct |simultaneous |coordinated )?"
                              r"(attacks|assaults|raids|ambushes|incidents|attaques|assauts|embuscades)(?![a-z])")


def _day_of_several(doc: ReportDoc, prev: Event) -> bool:
    """Was the event before dated by a sentence that told several attacks at once?"""
    spans = prev.evidence.get("event_date") or []
    if not spans:
        return False
    sent = doc.sentences[doc.sent_of(spans[0].start)]
    return bool(_SEVERAL_ATTACKS.search(fold(sent.text)))


# "It was able to leave on Friday but ran into new protests on Saturday morning": a clause turns
# to another day
_TURN = re.compile(r"(?<![a-z])(but|mais|then|puis|before|avant de|avant d'|and later|et plus tard)(?![a-z])|;")


def _the_trigger_s_day(doc: ReportDoc, d: Draft, absolute: list[DateMention]) -> DateMention | None:
    """Of two days the trigger's sentence names in two clauses, the one of the trigger's clause."""
    best = d.best
    if best is None or doc.sent_of(absolute[0].start) != best.sent:
        return None
    mine = [x for x in absolute if doc.sent_of(x.start) == best.sent]
    if len({x.value for x in mine}) < 2:
        return None
    nearest = min(mine, key=lambda x: abs(x.start - best.start))
    if nearest is absolute[0]:
        return None
    a, b = sorted((absolute[0], nearest), key=lambda x: x.start)
    return nearest if _TURN.search(fold(doc.text[a.end : b.start])) else None


def date(doc: ReportDoc, d: Draft) -> None:
    """The first date of the event's own that the text gives; else a day counted from the
    event before ("the day before"); else the publication day, marked as a guess."""
    ev, prev = d.event, d.prev
    absolute = [x for x in d.dates if not x.relative_to_event and x.value is not None]
    relative = [x for x in d.dates if x.relative_to_event]
    recalled = head_days(doc, d) if prev is not None and prev.event_date is not None else None
    if recalled is not None:
        # "today's attack came a day after two men threw grenades at troops in Kidal": the days
        # before the head are the news's, and those of other sentences another story's
        head_sent = doc.sent_of(recalled[1].start)
        absolute = [x for x in absolute if x.start > recalled[1].start and doc.sent_of(x.start) == head_sent]
    d.date_said = bool(absolute)
    if recalled is not None and not absolute and prev is not None and prev.event_date is not None:
        ev.event_date, ev.time_precision = prev.event_date - timedelta(days=recalled[0]), prev.time_precision
        d.evidence["event_date"] = [recalled[1]]
    elif absolute:
        first = _the_trigger_s_day(doc, d, absolute) or finest(absolute)
        ev.event_date, ev.time_precision = first.value, first.precision
        d.evidence["event_date"] = [first.span()]
    elif relative and prev is not None and prev.event_date is not None:
        days, precision = relative_offset(relative[0].text)
        ev.event_date, ev.time_precision = prev.event_date + timedelta(days=days), max(precision, prev.time_precision or 1)
        d.evidence["event_date"] = [relative[0].span()]
    elif prev is not None and prev.event_date is not None and (
            _split_clause(doc, min(d.frame.sents)) or d.frame.reason in TURNS
            or _day_of_several(doc, prev)):
        # the day of the event before: a clause read apart from its sentence shares the sentence's
        # ("In separate incidents on Sunday, gunmen killed…, and a roadside bomb struck…"), and
        # the ground units finishing what the strikes began (or the aircraft the fight), told without a day, the strikes'
        ev.event_date, ev.time_precision = prev.event_date, prev.time_precision
        if "event_date" in prev.evidence:
            d.evidence["event_date"] = prev.evidence["event_date"]
    elif not doc.published and not relative and (told := [
            x for x in doc.in_sents(doc.dates, d.frame.all_sents) if x.reporting and x.value is not None
            and x.precision == 1 and not doc.in_dateline(x.start)]):
        # "As reported on 21 September 2019, a skirmish took place…": on a page with no date of its
        # own, an event with no day of its own is coded at the day it was reported, as ACLED does
        # (a guess: precision 2)
        ev.event_date, ev.time_precision = told[0].value, 2
        d.evidence["event_date"] = [told[0].span()]
    elif doc.published and not relative:
        ev.event_date, ev.time_precision = doc.published, 2  # a guess: no span, marked by precision
