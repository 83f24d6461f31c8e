"""The toll step of an event (event.py's STEPS): the tolls told with the event, reduced to
ACLED's fatalities with low/high; tolls of earlier events, of another place's attack, of a
summing-up over several events and of a crowd's grievance are left out."""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.background import OLD_NEWS
from conflictwire.extract.doc import ReportDoc, Toll
from conflictwire.extract.draft import NO_DEATHS, Draft
from conflictwire.extract.place_past import PLACE_PAST
from conflictwire.extract.summaries import sums_up
from conflictwire.extract.toll_cues import GRIEVANCE, PAST_KILLING
from conflictwire.extract.tolls import reduce_tolls
from conflictwire.model import Event, TollMention
from conflictwire.textutil import fold, norm_key

_DEATH_WORDS = re.compile(r"(?<![a-z])(killed|dead|died|deaths|lost their lives|fatalities|tues|tuees|morts|ont peri|perdu la vie)(?![a-z])")
# a grievance and the few words of its toll ("the killing of seven civilians")
_GRIEVANCE_TOLD = re.compile(GRIEVANCE.pattern.removesuffix("$") + r"([\w'-]+\s*){0,3}")


# a relative clause on an event the sentence tells as an earlier one
_WHICH = re.compile(r"^[,;]\s*(which|that|qui|lequel|laquelle)\s")
_AN_EARLIER_ONE = re.compile(r"(?<![a-z])(last (week|month|year)|the previous|an earlier|le mois (dernier|passe)|la semaine (derniere|passee)|"
                             r"l'an (dernier|passe)|l'annee derniere|precedente?)(?![a-z])")


# a clause that goes on with the one before it: its toll is that clause's event's
_GOES_ON = re.compile(r"[,;]?\s*(avec|with|leaving|faisant|causant|qui a fait|which left|that left)(?![a-z])")


_AFTER_DEATHS_BEFORE = re.compile(r"(?<![a-z])(avai(en)?t|had)\s[^.;]{0,120}(apres|following|after) (la mort|le deces|the deaths?|the killing) (de|d'|of)\s*$")


@lru_cache(maxsize=64)
def _place_pasts(folded_sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of a sentence's asides on a place's past (PLACE_PAST), read once per sentence:
    a sentence may hold many tolls."""
    return tuple((m.start(), m.end()) for m in PLACE_PAST.finditer(folded_sentence))


def _told_of_the_past(doc: ReportDoc, t: Toll) -> bool:
    """A toll in a clause that tells an earlier event, by a pluperfect killing or by a date a
    month or more before the report: that event's, not this one's."""
    sent = doc.sentences[t.sent]
    folded = fold(doc.text[sent.start : sent.end])
    at = t.start - sent.start
    begin = max(folded.rfind(",", 0, at), folded.rfind(";", 0, at), 0)
    ends = [i for i in (folded.find(",", at + len(t.text)), folded.find(";", at + len(t.text))) if i != -1]
    end = min(ends) if ends else len(folded)
    if PAST_KILLING.search(folded[begin:at]):
        return True
    if any(a <= at < b for a, b in _place_pasts(folded)):
        return True  # "à Ogossagou, où 160 Peuls avaient été massacrés en mars 2019": the place's past
    if _GOES_ON.match(folded[begin:at]) and PAST_KILLING.search(folded[max(folded.rfind(",", 0, begin), folded.rfind(";", 0, begin), 0) : at]):
        return True  # "48 heures après l'attaque du site de Foraco, avec un bilan de sept techniciens tués"
    if _AFTER_DEATHS_BEFORE.search(folded[:at]):
        return True  # "avait décrété un deuil national … après la mort de 69 villageois": the dead mourned before
    if _WHICH.match(folded[begin:at]) and _AN_EARLIER_ONE.search(folded[max(0, begin - 100) : begin]):
        return True  # "last month's raid … on another outpost, which left 71 soldiers dead"
    if doc.published is None:
        return False
    old = doc.published - OLD_NEWS
    return any(x.value is not None and x.value < old and not x.reporting
               for x in doc.in_sents(doc.dates, (t.sent,)) if sent.start + begin <= x.start < sent.start + end)


def toll(doc: ReportDoc, d: Draft) -> None:
    """The tolls told with the event, reduced to ACLED's fatalities with low/high; deaths told
    without a number stay unknown, no death word at all means 0."""
    ev = d.event
    tolls = d.tolls
    # a figure told before the event happened ("had said on Wednesday six were killed", of an
    # event on Thursday) belongs to an earlier one
    if d.date_said and ev.time_precision == 1 and ev.event_date is not None:
        told_on = {x.sent: x.value for x in doc.in_sents(doc.dates, d.frame.all_sents) if x.reporting and x.value is not None}
        tolls = [t for t in tolls if not (t.sent in told_on and told_on[t.sent] < ev.event_date)]
    # "Quinze personnes ont été tuées dans deux attaques … Samedi, … tuant neuf civils": a toll
    # told for several events together is cumulative, no single event's, when the event has one of its own
    summed = {i for i in d.frame.all_sents if sums_up(doc.sentences[i].text)}
    # the title that repeats the summing-up's figure ("une quarantaine de personnes … tuées" over
    # "une quarantaine … lors de deux attaques") gives the same cumulative toll
    summed_values = {t.value for t in tolls if t.sent in summed and t.value is not None}
    summed |= {t.sent for t in tolls if t.sent == 0 and t.value in summed_values and 0 in d.frame.all_sents}
    # (a share of the dead, "les obsèques de 22 des militaires tués", is no toll of its own)
    if summed and any(t.kind == "killed" and t.value is not None and t.sent not in summed and not t.part for t in tolls):
        tolls = [t for t in tolls if t.sent not in summed]
    told = len(tolls)
    others = [t for t in tolls if _told_of_the_past(doc, t) or _of_another_places_attack(doc, t, ev)]
    tolls = [t for t in tolls if t not in others]
    if ev.event_type in ("Protests", "Riots"):
        # the deaths a crowd gathered over are another event's: the protest counts its own
        tolls = [t for t in tolls if not GRIEVANCE.search(fold(doc.text[max(doc.sentences[t.sent].start, t.start - 90) : t.start]))]
    d.tolls = tolls
    ev.tolls = [
        TollMention(start=t.start, end=t.end, text=t.text, kind=t.kind, side=t.side, source=t.source,
                    value=t.value, low=t.low, high=t.high, revision=t.revision)
        for t in tolls
    ]
    reduced = reduce_tolls(tolls)
    ev.fatalities, ev.fatalities_low, ev.fatalities_high = reduced.value, reduced.low, reduced.high
    if reduced.spans:
        d.evidence["fatalities"] = reduced.spans
    elif not any(t.kind == "killed_or_wounded" for t in tolls):
        said = NO_DEATHS.sub(" ", re.sub(r"\S+(?:[-/_]\S+){2,}", " ", d.around))  # no slugs or URLs
        for t in others:  # (the dead of another event told with it are no sign of this one's)
            said = said.replace(fold(t.text), " ")
        if ev.event_type in ("Protests", "Riots"):
            said = _GRIEVANCE_TOLD.sub(" ", said)  # ("to denounce the killing of a trader": none died here)
        # (a crowd's deaths told only of another event: none of its own)
        crowd_others = ev.event_type in ("Protests", "Riots") and told > len(tolls)
        # a protest is non-violent by definition, and a riot's own dead come with a count: a death
        # told without one is the grievance it rose over ("for the murder of Norbert Zongo")
        crowd_others = crowd_others or (ev.event_type == "Protests" and ev.sub_event_type != "Excessive force against protesters") \
            or ev.sub_event_type == "Violent demonstration"
        ev.fatalities = None if _DEATH_WORDS.search(said) and not crowd_others else 0


# "51 soldiers died in the Deou ambush": a toll tied by its words to the attack at a named place
_IN_THE_ATTACK_AT = re.compile(r"^\s*(in|during|lors de|dans|de)\s+(the|l'|la|le)\s*(?P<place>[\w'-]+(\s+[\w'-]+)?)\s+"
                              r"(attack|ambush|assault|raid|massacre|attaque|embuscade)(?![a-z])")


def _of_another_places_attack(doc: ReportDoc, t: Toll, ev: Event) -> bool:
    """Is the toll told of the attack at another place than the event's ("51 soldiers died in the
    Deou ambush", in the telling of the attack on Tin-Akoff)?"""
    m = _IN_THE_ATTACK_AT.match(fold(doc.text[t.end : t.end + 60]))
    if m is None or not ev.location:
        return False
    start = t.end + m.start("place")
    named = [p for p in doc.in_sents(doc.places, (t.sent,)) if start <= p.start < t.end + m.end("place")]
    return bool(named) and all(norm_key(p.name) != norm_key(ev.location) and p.admin1 != ev.location for p in named)
