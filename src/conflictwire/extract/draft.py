"""A frame's mentions gathered into a `Draft`: the triggers of its own sentences, the actors,
tolls, dates and places of all its sentences, less those of a dateline, a title that only lends
its words, a time anchor to another event or a group's habits. The steps of event.py then fill
the draft in; `Draft` holds what each step sets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from conflictwire.extract.doc import (
    ActorMention,
    DateMention,
    PlaceMention,
    ReportDoc,
    Toll,
    Trigger,
)
from conflictwire.extract.frame_index import Frame, is_title, title_sent
from conflictwire.extract.summaries import sums_up
from conflictwire.extract.triggers import anchor_spans
from conflictwire.model import Event, Span
from conflictwire.textutil import fold

Side = tuple[str, int, Span | None]  # an actor's name, inter code and evidence

# "no one was killed", "sans faire de victime": a report that says no one died
NO_DEATHS = re.compile(
    r"(no one|nobody|no-one|none) (was |were )?(killed|died|dead|hurt)|no (casualties|deaths|fatalities|one died|loss of li[fv]es?)|"
    # "there were no reported fatalities", "no outcome or fatalities reported"
    r"no (reported|known|immediate|confirmed) (casualties|deaths|fatalities)|no (outcome or )?(casualties|fatalities) (were )?reported|"
    r"without (causing )?(any )?(casualties|deaths|fatalities)|aucune? (victime|perte|mort|deces)|pas de (victime|mort|perte)s?|"
    r"sans faire de (victime|mort)s?|n'a fait (aucune victime|aucun mort)|"
    # "Les attaques n'ont pas fait de morts", "aucune perte en vie humaine n'a été enregistrée"
    r"n'(a|ont) pas fait de (victimes?|morts?)|(aucune?|pas de) pertes? en vies? humaines?"
)


@dataclass
class Draft:
    """An event being built: its frame's mentions, then what each step decides."""

    frame: Frame
    index: int
    prev: Event | None  # the event told before it in the report (pronouns, "the same town")
    triggers: list[Trigger]
    actors: list[ActorMention]
    tolls: list[Toll]
    dates: list[DateMention]
    places: list[PlaceMention]
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    # where
    place: PlaceMention | None = None
    country_cc: str | None = None
    country: str | None = None
    # kind
    best: Trigger | None = None
    said: str = ""  # the folded text of the trigger sentences
    around: str = ""  # the folded text of all the frame's sentences (those that only say more too)
    victims: set[int] = field(default_factory=set)
    post_hit: str | None = None  # the forces' post or unit told as the target ("le détachement de Djibo")
    among_dead: set[int] = field(default_factory=set)  # starts of armed mentions told as part of the civilian dead
    agents: set[int] = field(default_factory=set)
    harmed: bool = False
    sub: str = ""
    # actors
    actor1: Side | None = None
    actor2: Side | None = None
    claimed: tuple[str, Span] | None = None
    # date
    date_said: bool = False
    # place
    lent_place: bool = False  # placed at the report's one place, not at one of its own
    listed: bool = False  # one of the places a list told as struck (per_place): its frame places the first
    # confidence
    features: dict[str, float] = field(default_factory=dict)
    ev: Event | None = None

    @property
    def event(self) -> Event:
        assert self.ev is not None, "the 'actors' step makes the event"
        return self.ev


_HABITUAL = re.compile(r"(?<![a-z])(who|which|that|qui)\s+((have|has|had|ont|a|avaient|avait)\s+)?(\w+\s+)?"
                       r"(frequently|regularly|often|repeatedly|routinely|souvent|regulierement|frequemment|a plusieurs reprises)"
                       r"(?![a-z])[^.;]*")


@lru_cache(maxsize=512)
def _habit_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _HABITUAL.finditer(fold(sentence)))


def _with_finer_days(own: list[DateMention], all_told: list[DateMention]) -> list[DateMention]:
    """The frame's own dates, else those of all its sentences; a frame dated only by a week or
    a month ("last week's attack") also keeps the days its other sentences give ("the attack on
    Thursday"), for event.date to pick the one inside that week."""
    if not own:
        return all_told
    if all(x.precision > 1 for x in own):
        return own + [x for x in all_told if x not in own and x.precision == 1 and not x.relative_to_event]
    return own


def _the_event_itself(sent: int, anchors: list[tuple[int, int]], triggers: list[Trigger]) -> bool:
    """Is the anchor in a sentence the event itself: every event word of its sentence lies in an
    anchor after its main clause ("Burkina Faso's president vowed Thursday …, a day after at least 37
    people were killed")? (`anchors`: those that do not open their sentence: one that does is a
    clause split off as another event's, "a day after five were killed in Niger's second city")"""
    mine = [t for t in triggers if t.sent == sent]
    return bool(mine) and all(any(x <= t.start < y for x, y in anchors) for t in mine)


def new_draft(doc: ReportDoc, frame: Frame, index: int, prev: Event | None) -> Draft:
    """A frame's mentions: triggers of its own sentences, the rest of all its sentences; no
    date or place of the dateline, no date that only says when something was told."""
    sents = frame.all_sents

    def dated(group: set[int] | list[int]) -> list[DateMention]:
        return [d for d in doc.in_sents(doc.dates, group) if not doc.in_dateline(d.start) and not d.reporting and not d.aside]

    # a headline or lead that sums up several events ("deux soldats tués et un policier enlevé
    # dans des attaques") lends no event words or actors to the one event told after it at a
    # place of its own ("une double attaque … quinze soldats tués", with no other place, is one)
    own = [i for i in frame.sents if not sums_up(doc.sentences[i].text)]
    if not any(p.feature in ("P", "U") for p in doc.in_sents(doc.places, own)):
        own = frame.sents
    # a title line is the story told short, at times with the next event in it ("quatre soldats
    # tués par un engin explosif, l'armée riposte par des frappes de drones"): the body's own
    # sentences decide the event's words when they name its place
    told = set(own) | set(frame.extra) | set(frame.lead) if len(own) < len(frame.sents) else sents
    title = title_sent(doc)
    body = [i for i in own if not is_title(doc, i)]
    toll_sents = set(sents)
    if body and len(body) < len(own) and any(p.feature in ("P", "U") for p in doc.in_sents(doc.places, body)):
        own = body  # (its actors still count: the title names who did it as often as the body)
        # (and its toll may be the next event's, "…pillé et incendié, trois VDP tués", unless the
        # body gives none: "at least 100 killed in jihadist attack on Barsalogho")
        rest = set(sents) - {title}
        if any(t.kind == "killed" for t in doc.in_sents(doc.tolls, rest)) or NO_DEATHS.search(
                fold(" ".join(doc.sentences[i].text for i in sorted(rest)))):
            toll_sents -= {title}
    # the title's places too ("…kills civilians in Kidal region; fighting near Aguelhok") leave
    # when the body names a known town (a village no gazetteer knows is placed near the title's)
    title_placed = title in sents and is_title(doc, title) and not any(
        p.feature == "P" for p in doc.in_sents(doc.places, set(sents) - {title}))
    # those named in another event told as a time anchor ("days after an attack on a military
    # post") take no part in this one
    anchors = [(doc.sentences[i].start + a, doc.sentences[i].start + b) for i in sorted(told)
               for a, b in anchor_spans(doc.sentences[i].text)]
    # "jihadis who have frequently attacked remote communities and security forces": what a group
    # does habitually names no side of this event
    habits = [(doc.sentences[i].start + a, doc.sentences[i].start + b) for i in sorted(told)
              for a, b in _habit_spans(doc.sentences[i].text)]
    # (an anchor that is the frame's own event, "days after another attack in Tin-Akoff", places
    # it; one beside an event word of the frame's own, "two days after an attack in Djibo,
    # gunmen ambushed a convoy near Dori", is another event)
    triggers = doc.in_sents(doc.triggers, own)
    # (a relative clause after the anchor, ", where dozens of soldiers were killed", is the anchor's)
    whole = [(x, _relative_after(doc, y)) for x, y in anchors]
    told_apart = any(not any(x <= t.start < y for x, y in whole) for t in triggers)
    # ("«Trois jours après les violences … dans les localités de Kama…, le dernier bilan est de
    # vingt morts»": a sentence that only says more of the event, its anchor is that event)
    more = {doc.sentences[i].start for i in frame.extra if i not in own}
    other_events = [(x, y) for x, y in anchors if (told_apart or not any(x <= t.start < y for t in triggers))
                    and doc.sentences[doc.sent_of(x)].start not in more]
    return Draft(
        frame=frame, index=index, prev=prev,
        triggers=triggers,
        actors=[a for a in doc.in_sents(doc.actors, told) if not any(x <= a.start < y for x, y in anchors + habits)],
        # ("au lendemain d'une autre attaque qui a coûté la vie à 10 civils": that attack's toll)
        # (an anchor that is the event itself, "a day after at least 37 people were killed when gunmen
        # attacked a convoy" under a statement, gives its toll)
        tolls=[t for t in doc.in_sents(doc.tolls, toll_sents)
               if not any(x <= t.start < y for x, y in anchors)
               or _the_event_itself(t.sent, [(x, y) for x, y in anchors if x > doc.sentences[t.sent].start], triggers)],
        dates=_with_finer_days(dated(frame.sents), dated(sents)),
        places=[p for p in doc.in_sents(doc.places, sents) if not doc.in_dateline(p.start)
                and (p.sent != title or not is_title(doc, title) or title_placed) and not any(x <= p.start < y for x, y in other_events)],
    )


_RELATIVE = re.compile(r"\s*,\s*(where|in which|which|that|ou|qui|dans laquelle|lors de laquelle)(?![a-z])")


def _relative_after(doc: ReportDoc, end: int) -> int:
    """Where a relative clause right after offset `end` stops (its sentence's end), else `end`."""
    if not _RELATIVE.match(fold(doc.text[end : end + 30])):
        return end
    return doc.sentences[doc.sent_of(end)].end
