"""Whether two tellings in one report are one incident: a restatement (a headline, a lead, a
recap), another teller's account, a revised toll, the burning at an attack's place, one day's
fight placed twice only roughly. consolidate.py asks these questions as it groups a report's
frames; each answers for a pair and knows nothing of the grouping.
"""

from __future__ import annotations

import re

from conflictwire.extract.dates import WEEKDAYS
from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.frame_index import CROWD, title_sent
from conflictwire.extract.restated import Told
from conflictwire.extract.segment import Frame
from conflictwire.geo.gazetteer import division_key
from conflictwire.geo.resolve import km
from conflictwire.model import Event
from conflictwire.textutil import fold


def same_event(a: Event, b: Event) -> bool:
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
        and a.location not in (None, a.country, a.admin1) and (a.admin1 is None or b.admin1 in (None, a.admin1))
    if near_unknown and a.event_type == b.event_type and a.sub_event_type == b.sub_event_type:
        return True
    vague = b.geonames_id is None and b.location in (None, b.country, b.admin1)
    # ("le marché de Soum", the province, then "dans le village de Sikiré": a division holds a village of it)
    division = b.geonames_id is None and b.geo_precision == 3 and b.admin2 is not None and b.location == b.admin2 \
        and a.admin1 == b.admin1 and a.admin2 is not None and division_key(a.admin2) == division_key(b.admin2)
    if (vague or division) and (b.admin1 is None or a.admin1 in (None, b.admin1)):
        return a.event_type == b.event_type or b.location in (None, b.country)
    same_place = bool(a.location and b.location and fold(a.location) == fold(b.location))
    if a.sub_event_type == b.sub_event_type and a.fatalities and a.fatalities == b.fatalities and a.admin1 and a.admin1 == b.admin1:
        return True  # "23 soldiers killed … in Tillaberi" then "the 23 soldiers who died" between Teguey and Bankilare: one toll, one event
    if said_a and said_b and near_one_another(a, b) and a.sub_event_type == b.sub_event_type:
        return True  # "près de Déou" … "dans la zone de Tin-Akoff": one day's fight placed twice, roughly
    if {a.event_type, b.event_type} <= set(CROWD) and (same_place or _in_the_city(a, b)):
        # a crowd told marching, then rioting, on the day, in the town (or a quarter of it,
        # "Badalabougou" in Bamako): one demonstration
        return True
    return a.event_type == b.event_type and same_place


APPROXIMATE_KM = 75  # two places told only roughly ("near", "in the area of") this close can be one


CITY_KM = 10  # a quarter of a city lies this close to the city's point


def _in_the_city(a: Event, b: Event) -> bool:
    return a.admin1 is not None and a.admin1 == b.admin1 and None not in (a.latitude, a.longitude, b.latitude, b.longitude) \
        and km(a.latitude, a.longitude, b.latitude, b.longitude) <= CITY_KM  # type: ignore[arg-type]


def near_one_another(a: Event, b: Event) -> bool:
    """Both placed only near a town, on one day said to the day, the towns close together."""
    if a.geo_precision != 2 or b.geo_precision != 2 or a.time_precision != 1 or b.time_precision != 1:
        return False
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= APPROXIMATE_KM


def dates_the_undated(doc: ReportDoc, told: tuple[Frame, Event], ev: Event) -> bool:
    """Does an event told by its day, at a village and of a type, date one told before with no
    day of its own (dated, if at all, by the page) at that village and of that type ("the army
    camp at Mondoro has become the target of a jihadist assault. On Sunday, JNIM fighters
    attacked the camp"), or at its region or country with the same toll?"""
    frame, first = told
    undated = frame.when is None and ("event_date" not in first.evidence or first.event_date == doc.published)
    # (a weekday no date resolves, "mercredi" on a page with none, is the day told later that fell on it)
    days = [WEEKDAYS[w] for w in (frame.when or "").split() if w in WEEKDAYS]
    that_weekday = first.event_date is None and ev.event_date is not None and bool(days) and days[0] == ev.event_date.weekday()
    if (undated or that_weekday) and first.event_type == ev.event_type and ev.event_date is not None and _a_village_no_one_knows(first, ev):
        return True  # "l'attaque, mercredi, d'un dispositif militaire à Intangom … mercredi 12 octobre 2016 … à Intangom"
    if not undated or first.event_type != ev.event_type or ev.geo_precision not in (1, 2):
        return False
    if first.geo_precision == 3:
        # told first only by its region or country, with the same toll: "douze personnes tuées dans
        # le nord du Burkina … Mercredi soir, une attaque contre Boala, tuant au moins douze personnes"
        return bool(first.fatalities) and first.fatalities == ev.fatalities and first.country == ev.country \
            and first.admin1 in (None, ev.admin1)
    return first.geo_precision in (1, 2) and bool(first.location) \
        and fold(first.location or "") == fold(ev.location or "") and first.admin1 == ev.admin1


def _a_village_no_one_knows(a: Event, b: Event) -> bool:
    """Both placed at one village the gazetteer lacks, by its name."""
    return a.geonames_id is None and b.geonames_id is None and bool(a.location) and fold(a.location or "") == fold(b.location or "") \
        and a.location not in (a.admin1, a.admin2, a.country) and a.admin1 == b.admin1


def burned_there(ev: Event, out: list[tuple[Frame, Event]], told: Told) -> int | None:
    """Looting or burning told apart at the very place of an attack just told ("Almost the
    entire village was burnt down, a witness said"): part of that attack (its index), not a
    new event."""
    if ev.sub_event_type != "Looting/property destruction" or not ev.location or ev.location == ev.country:
        return None
    for k in told.named(ev):  # the events told at a place of the same name, in order
        f, e = out[k]
        if f.background or e.event_type == "Strategic developments" or fold(e.location or "") != fold(ev.location):
            continue
        # (a burning told with no day of its own, dated only by the page, is the attack's)
        if "event_date" in ev.evidence and e.event_date and ev.event_date and abs((e.event_date - ev.event_date).days) > 1:
            continue
        return k
    return None


def revises(doc: ReportDoc, frame: Frame, ev: Event) -> bool:
    """A passage that only gives a new toll ("Le bilan a été revu à la hausse dimanche : 132
    personnes ont été tuées"): a revision, and no place of its own. Its day is the telling's."""
    if not any(t.revision for t in ev.tolls):
        return False
    return not any(p.sent in frame.sents and p.feature in ("P", "U") and not doc.in_dateline(p.start) for p in doc.places)


_NEW_ONE = re.compile(r"(?<![a-z])(another|second|separate|also|other|autre|seconde|deuxieme|egalement|aussi|nouvelle)(?![a-z])")


def another_account(doc: ReportDoc, frame: Frame, ev: Event, out: list[tuple[Frame, Event]]) -> int | None:
    """'Meanwhile, a local NGO official said at least 20 civilians had been killed in the drone
    strikes on Sunday': after a cue, another teller's account of an event told (same day said,
    same sub-type, country, and no place of its own) is that event, unless the cue says it is
    another ("another attack", "also")."""
    if "event_date" not in ev.evidence or ev.location not in (None, ev.country, ev.admin1):
        return None
    if _NEW_ONE.search(fold(doc.sentences[frame.sents[0]].text)):
        return None
    return next((k for k in range(len(out)) if not out[k][0].background and out[k][1].event_date == ev.event_date
                 and "event_date" in out[k][1].evidence and out[k][1].sub_event_type == ev.sub_event_type
                 and out[k][1].country == ev.country), None)


def headline(doc: ReportDoc, frame: Frame) -> bool:
    """The report's title told alone: its first sentence, a line without a full stop (or a line
    of its own in capitals, "NIGER : … DANS UNE ATTAQUE DE BOKO HARAM À DIFFA.")."""
    t = title_sent(doc) if doc.sentences else 0
    first = doc.sentences[t].text if doc.sentences else ""
    return frame.sents == [t] and len(doc.sentences) > t + 1 and (
        not re.search(r"[.!?»\"”]\s*$", first) or (first.isupper() and doc.text[doc.sentences[t].end : doc.sentences[t].end + 1] == "\n"))


def same_area(a: Event, b: Event, title_line: bool = False) -> bool:
    """Same type, country and region (or one without a region): what a title and its story share
    ("un casque bleu tué près de Kidal" over the blast near Aguelhok, in the Kidal region).
    `title_line`: a is the report's title (frame_index.is_title)."""
    # a title that places its story only by a direction from a town ("enlevés à l'ouest de
    # Niamey") names no region: the town's own may not be the story's
    # ("une attaque terroriste fait une dizaine de morts à Djibo" over the convoy's soldiers killed
    # at Gaskindé: a title that names neither who was hit nor the day guesses the type)
    guessed = title_line and "actor2" not in a.evidence and "event_date" not in a.evidence
    return (a.event_type == b.event_type or guessed) and a.country == b.country and (
        a.admin1 is None or b.admin1 is None or a.admin1 == b.admin1 or a.geo_precision == 2)


def title_words_told(doc: ReportDoc, title: Frame, frame: Frame, a: Event, b: Event) -> bool:
    """A title that names the story's place and tells it in the story's own words ("A police
    convoy runs into an ambush in Solle" over "killed in an ambush with a homemade explosive
    device in … Solle"): the story's telling decides the type."""
    if not (a.location and b.location and fold(a.location) == fold(b.location)):
        return False
    # (a day the title gives may be the page's, a day or two after the story's)
    if "event_date" in a.evidence and a.event_date is not None and b.event_date is not None \
            and not 0 <= (a.event_date - b.event_date).days <= 3:
        return False
    words = {fold(t.text) for t in doc.in_sents(doc.triggers, title.sents)}
    told = {fold(t.text) for t in doc.in_sents(doc.triggers, frame.sents)}
    return bool(words) and words <= told


def nested_in(doc: ReportDoc, told: Told, ev: Event) -> list[int]:
    """The events told at the town or commune the report places ev's village in ("the cattle
    market in Namoungou, a village in Fada N'Gourma municipality" after "an attack on a cattle
    market in … Fada N'Gourma"): one incident told at two depths when the kind and the day agree."""
    span = ev.evidence.get("location")
    if not span:
        return []
    box = doc.inside.get(span[0].start)
    if box is None:  # a known village the text places itself: "Namoungou, a village in Fada N'Gourma municipality"
        # (the sentence's own places, not a scan of the report's: a long report tells hundreds)
        mine = doc.in_sents(doc.places, (doc.sent_of(span[0].start),))
        here = next((p for p in mine if p.start == span[0].start), None)
        after = next((p for p in mine if here is not None and p.start > here.end), None)
        if here is not None and after is not None and _VILLAGE_IN.match(fold(doc.text[here.end : after.start])):
            box = after
    if box is None or not box.name:
        return []
    return sorted(told.by_place.get(fold(box.name), set()))


_VILLAGE_IN = re.compile(
    r"^\s*,\s*(a|an|un|une)\s+([a-z-]+\s+)?(village|hamlet|locality|settlement|localite|hameau)\s+(situee?\s+)?"
    r"(in|of|near|dans|de|du|pres de)\s+(the\s+|la\s+|le\s+)?((rural\s+|urban\s+)?(commune|municipality|department|"
    r"departement|district|area|zone|secteur)\s+(of|de|du|d')\s*)?$")


def same_kind_and_day(a: Event, b: Event) -> bool:
    """The same sub-type and country, and no two different days the text gives."""
    if a.sub_event_type != b.sub_event_type or (a.country and b.country and a.country != b.country):
        return False
    return not ("event_date" in a.evidence and "event_date" in b.evidence and a.event_date != b.event_date)
