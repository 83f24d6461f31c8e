"""Segmentation: which sentences tell which event.

A sentence with a trigger starts an event unless it continues the one before (same place,
same day, no "separate"/"le même jour" cue, or it only refers back to the event told: "the
group claimed the raid"). Sentences without triggers lend their tolls, claims and actors to
the event before them in the same or the next paragraph. Background sentences form
background frames.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from conflictwire.extract.dates import MONTHS, WEEKDAYS, opens_on_the_day_after, relative_offset
from conflictwire.extract.doc import DateMention, PlaceMention, ReportDoc, Trigger
from conflictwire.geo.resolve import km
from conflictwire.lexicons import read_tsv
from conflictwire.taxonomy import SUB_TO_TYPE
from conflictwire.textutil import fold


@lru_cache(maxsize=2)
def _separators(lang: str) -> re.Pattern[str]:
    pats = [r["pattern"] for r in read_tsv("separators.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![a-z])(?:" + "|".join(pats) + r")(?![a-z])")


@lru_cache(maxsize=2)
def _follow_ups(lang: str) -> re.Pattern[str]:
    pats = [r["pattern"] for r in read_tsv("follow_ups.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![a-z])(?:" + "|".join(pats) + r")(?![a-z])")


@dataclass
class Frame:
    sents: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)  # trigger-less sentences lending mentions
    lead: list[int] = field(default_factory=list)  # trigger-less sentences before the first event
    background: str | None = None
    marked: bool = False  # opened by a cue ("in a separate attack") or a new day: never a recap
    cue: bool = False  # opened by a separator cue, not only by a new day
    reason: str = ""  # why a new event starts here (kept for tools and tests)
    when: str | None = None  # what its first dated sentence says about when

    @property
    def all_sents(self) -> set[int]:
        return set(self.sents) | set(self.extra) | set(self.lead)


class _Index:
    """The report's mentions by sentence, and what each frame has told so far, kept up to date
    as frames grow (lists only grow while segmenting), so that a sentence costs the same
    however long the report is: a scan of every mention for every sentence made a 26 KB
    run-on page take half a minute."""

    def __init__(self, doc: ReportDoc) -> None:
        self.folded = fold(doc.text)
        # (sentences folded once, and those where people fight the forces: looked up per frame)
        self.sentence_folded = [self.folded[s.start : s.end] for s in doc.sentences]
        self.crowd_clash = {k for k, t in enumerate(self.sentence_folded) if CROWD_CLASH.search(t)}
        self.places: dict[int, list[PlaceMention]] = {}
        for p in doc.places:
            self.places.setdefault(p.sent, []).append(p)
        self.triggers: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            self.triggers.setdefault(t.sent, []).append(t)
        self.dates: dict[int, list[DateMention]] = {}
        for d in doc.dates:
            self.dates.setdefault(d.sent, []).append(d)
        self.told_in_events: set[str] = set()  # named places of every frame not background
        self._seen: dict[int, tuple[Frame, list[int]]] = {}
        self._names: dict[int, set[str]] = {}  # frame → places told in all its sentences
        self._own: dict[int, set[str]] = {}  # frame → places told in its trigger sentences
        self._areas: dict[int, set[tuple[str | None, str]]] = {}  # frame → (country, admin1) of its trigger sentences
        self._kinds: dict[int, set[str]] = {}  # frame → kinds of its trigger sentences

    def specific(self, sent: int) -> list[PlaceMention]:
        return [p for p in self.places.get(sent, ()) if p.feature in ("P", "U")]

    def names(self, sent: int) -> set[str]:
        return {fold(p.name) for p in self.specific(sent)}

    def _refresh(self, f: Frame) -> None:
        key = id(f)
        if key not in self._seen:
            self._seen[key] = (f, [0, 0, 0])  # the frame is kept so that its id stays its own
            self._names[key], self._own[key], self._areas[key], self._kinds[key] = set(), set(), set(), set()
        counts = self._seen[key][1]
        if counts[0] == len(f.sents) and counts[1] == len(f.extra) and counts[2] == len(f.lead):
            return  # nothing new since the last look
        for k, sents in enumerate((f.sents, f.extra, f.lead)):
            for i in sents[counts[k]:]:
                names = self.names(i)
                self._names[key] |= names
                if not f.background:
                    self.told_in_events |= names
                if k == 0:
                    self._own[key] |= names
                    self._areas[key] |= {(p.country, p.admin1) for p in self.places.get(i, ()) if p.feature == "A" and p.admin1}
                    self._kinds[key] |= self.kinds(i)
            counts[k] = len(sents)

    def told(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._names[id(f)]

    def told_own(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._own[id(f)]

    def areas(self, f: Frame) -> set[tuple[str | None, str]]:
        self._refresh(f)
        return self._areas[id(f)]

    def frame_kinds(self, f: Frame) -> set[str]:
        self._refresh(f)
        return self._kinds[id(f)]

    def kinds(self, sent: int) -> set[str]:
        """'crowd' and/or 'armed': what the sentence's event words (not referring back) tell."""
        out = set()
        for t in self.triggers.get(sent, ()):
            if not t.tags.get("refers_back"):
                kind = SUB_TO_TYPE.get(t.sub_event_type, "violence" if t.sub_event_type == "*violence" else "")
                out.add("crowd" if kind in _CROWD else "armed" if kind in ("violence", "Battles", "Explosions/Remote violence", "Violence against civilians") else "")
        return out - {""}


def _specific_place(index: _Index, sent: int) -> PlaceMention | None:
    found = index.specific(sent)
    return found[0] if found else None


def _date_key(doc: ReportDoc, index: _Index, sent: int) -> str | None:
    """What a sentence says about when: the resolved date, else the words ("on Monday")."""
    for d in index.dates.get(sent, ()):
        if d.aside:
            continue  # "Seytenga, which was attacked in June 2022": not this sentence's day
        if d.precision >= 2 and re.search(r"week", fold(d.text)):
            continue  # "at the weekend", "cette semaine": no one day, so no other day either
        if d.relative_to_event and relative_offset(d.text)[0] > 0:
            continue  # "… were killed the following day": the same story, unless it opens the sentence (_separated)
        if d.sent == sent and not d.reporting and not doc.in_dateline(d.start):
            if d.value:
                return str(d.value)
            # unresolved ("samedi matin" and "samedi" are one day): compare the day words only
            words = [w for w in re.findall(r"[a-z0-9]+", fold(d.text)) if w in WEEKDAYS or w in MONTHS or w.isdigit()]
            return " ".join(words) or fold(d.text)
    return None


# a sentence that announces the next event by its rank: "The second operation took place on…"
_NEXT_ONE = re.compile(r"^\W*(the|a|la|le|une?) (second|third|fourth|next|deuxieme|seconde?|troisieme|quatrieme) "
                       r"(operation|attack|ambush|raid|incident|clash|strike|assault|attaque|embuscade|affrontement|frappe|offensive)")
_OPENER = re.compile(r"^\W*(on|le|depuis le|dans la nuit du|in the night of)?\s*$")


def _opens_on_a_day(doc: ReportDoc, index: _Index, sent: int) -> bool:
    """A sentence that opens on a day of its own ("On September 5, a convoy struck an IED")
    after a story told over several sentences without one: another event, told by its day
    (unless it refers back to the one told: "Le 26 septembre, une patrouille était sur le lieu
    de l'attaque")."""
    start = doc.sentences[sent].start
    return any(d.precision == 1 and not d.reporting and not d.relative_to_event
               and _OPENER.match(fold(doc.text[start:d.start])) for d in index.dates.get(sent, ()))


def _separated(seps: re.Pattern[str], opener: str) -> bool:
    # a sentence that opens on the day after tells another event (mid-sentence, "… were killed
    # the following day", it goes on with the same one)
    return bool(seps.search(opener)) or opens_on_the_day_after(opener)


def segment(doc: ReportDoc) -> list[Frame]:
    """Split the report's trigger sentences into event frames: a new frame at a separator cue
    ("in a separate attack", "le même jour"), a different place or a different day."""
    index = _Index(doc)
    trig_sents = set(index.triggers)
    frames: list[Frame] = []
    current: Frame | None = None
    current_date: str | None = None
    seps = _separators(doc.lang)
    lead: list[int] = []  # trigger-less sentences before the first event
    pending: list[int] = []  # a new paragraph about another place: it opens the next event
    last_told: Frame | None = None
    for i, sent in enumerate(doc.sentences):
        bg = doc.background.get(i)
        if i not in trig_sents:
            if current is not None and not bg and doc.sentences[current.sents[-1]].paragraph + 1 >= sent.paragraph:
                if pending or _turns_to_another_place(doc, index, current, i) or _NEXT_ONE.match(fold(sent.text)):
                    # "The second operation took place on September 19.": it opens the next event
                    pending.append(i)  # "Dans la commune voisine de Mansila, les forces se sont repliées…"
                else:
                    current.extra.append(i)
            elif current is None and not bg:
                lead.append(i)
            continue
        place = _specific_place(index, i)
        opened_by = pending if pending and doc.sentences[pending[0]].paragraph == sent.paragraph else []
        if pending and not opened_by and current is not None:
            # the paragraph told no event there: more about the one told at its place, else the current one
            home = _told_before_at(doc, index, frames, current, _specific_place(index, pending[0]), pending[0]) or current
            home.extra.extend(pending)
            current = home  # (the story is back on that event)
        pending = []
        if opened_by and place is None:
            place = _specific_place(index, opened_by[0])
        folded = fold(sent.text)  # (same length as the text: fold keeps offsets)
        separated = _separated(seps, folded[:80])  # opens on a separator cue or the day after
        # "… neutralisé une dizaine de terroristes lors d'une opération de ratissage": the forces' sweep after it
        separated = separated or bool(_follow_ups(doc.lang).search(folded))
        # "IS claimed the raid", "the attack was repelled": more about the event being told (the
        # last one not background: a history aside may stand between)
        target = current if current is None or (bg or None) == current.background else (last_told if not bg else None)
        here = index.triggers.get(i, [])
        if target is not None and not separated and all(t.tags.get("refers_back") or t.tags.get("hedged") for t in here):
            told = index.told(target)
            says_where = any(t.tags.get("where") for t in here)
            # "the Deou ambush … the attack in Tin-Akoff": a recap of events already told
            mine = index.names(i)
            for grown in (current, last_told):  # the only frames that grow once opened
                if grown is not None:
                    index.told(grown)
            earlier = index.told_in_events
            called = any(t.tags.get("hedged") for t in here)  # a call, a guess: nothing happened there
            if place is None or not told or fold(place.name) in told or says_where or (mine and mine <= earlier) or called:
                # "The attack on the Baroua position…" after a lead that went on to another event:
                # more about the event told at that place, which the story is back on
                told_there = _told_before_at(doc, index, frames, target, place, i) if place is not None and not bg else None
                if told_there is not None:
                    told_there.extra.append(i)
                    current = told_there
                    continue
                target.extra.append(i)
                index.told(target)  # it may stop growing without being current again
                continue
        back = _told_before_at(doc, index, frames, current, place, i) if opened_by and not separated and not bg else None
        if back is None and place is None and not separated and not bg and current is not None \
                and sent.paragraph > doc.sentences[current.sents[-1]].paragraph and _date_key(doc, index, i) is None:
            # a lead that told two events (a fight, then the next day's lynching in town) and a body
            # that opens, with no place or day, on the fight: back to the armed event told
            back = _armed_told_before(index, frames, current, i)
        if current is not None and not separated and (bg or None) == current.background \
                and _tells_only_deaths(index, i) and not (place is not None and _clause_of_the_sentence_before(doc, i)):
            # "One of the injured died on Monday at Ouahigouya hospital", "Deux d'entre eux sont
            # décédés mardi", "Un premier bilan faisait état de treize morts": deaths with no act
            # of their own are the aftermath of the event told (with the paragraph that led to them,
            # of the event told before at its place if it names one)
            home = back or current
            home.extra.extend(opened_by)
            home.extra.append(i)
            current = home
            continue
        if back is not None:
            # a lead that ends on the next event ("Lundi, un poste a par ailleurs été attaqué à Léré")
            # and a body that goes back to the first one's place: more about the first event
            back.extra.extend(opened_by)
            back.sents.append(i)
            current = back
            continue
        new = current is None or separated or (bg or None) != current.background or bool(opened_by)
        reason = ("first" if current is None else "separator cue" if separated
                  else "background changes" if (bg or None) != current.background else "a paragraph about another place")
        if current is not None and not new and place is not None:
            cur_places = index.told(current)
            if cur_places and fold(place.name) not in cur_places and not _names_the_told_again(doc, index, current, i, place):
                new, reason = True, "another place"
            # "…in eastern Gnagna province. An army base in Djibo came under attack": a town outside
            # the division the event was placed in is another event
            areas = index.areas(current)
            told_here = index.told_own(current)
            if not told_here and areas and place.admin1 and all(c == place.country and a1 != place.admin1 for c, a1 in areas):
                new, reason = True, "a town outside the region told"
        if current is not None and not new and _the_crowd_s_grievance(doc, index, current, i):
            new, reason = True, "what the crowd rose over"  # "…, after gunmen killed a trader in the town"
        if current is not None and not new and _turns_to_a_crowd(index, current, i):
            crowd = _crowd_told_before(index, frames, current, place)
            if crowd is not None and not marked_day(doc, index, i, crowd):
                # "Les forces de l'ordre ont dispersé les manifestants" after an aside on the
                # abduction the crowd rose over: more about the crowd's event told before
                crowd.sents.append(i)
                continue
            new, reason = True, "a crowd after armed violence"  # "On Sunday, thousands marched through Niamey"
        if current is not None and not new and _turns_to_the_air(index, current, i):
            new, reason = True, "air strikes after ground fighting"  # the air force's own event
        ground = current is not None and not new and _turns_to_the_ground(doc, index, current, i)
        if ground:  # (marked below: the ground fight is no restatement of the strikes)
            new, reason = True, "ground fighting after air strikes"
        when = _date_key(doc, index, i)
        marked = current is not None and (separated or ground or bool(when and current_date and when != current_date)
                                          or (current_date is None and len(current.sents) >= 2
                                              and _opens_on_a_day(doc, index, i)
                                              and not any(t.tags.get("refers_back") for t in here)))
        # (a frame opened on a day counted from another, "le lendemain", has no day of its own here)
        undated = current is not None and current.marked and current.when is None and when is not None
        if (marked or undated) and not new:
            reason = "another day"
            that_day = _told_that_day(index, frames, current, when, place) if not separated and not ground and not bg else None
            if that_day is not None:
                # "Le lendemain, des femmes ont manifesté à Niono. Dès jeudi matin, des centaines de
                # jeunes ont érigé des barricades…": back to the event told on that day
                that_day.sents.append(i)
                current, current_date = that_day, that_day.when
                continue
        new = new or marked
        if new:
            if current is not None:
                index.told(current)  # settles what it told before it stops growing
            current = Frame(background=bg, marked=marked, cue=current is not None and separated, reason=reason)
            current.lead = opened_by
            if not frames and not bg:
                # a lead without event words ("Monday's incident took place on the road between
                # X and Y") tells where and when the first event happened
                current.lead = [j for j in lead if doc.sentences[j].paragraph + 1 >= sent.paragraph]
            frames.append(current)
            current_date = None
        current_date = current_date or when
        assert current is not None
        current.when = current.when or when
        current.sents.append(i)
        if not current.background:
            last_told = current
    if pending and current is not None:
        current.extra.extend(pending)  # no event followed: more about the last one
    return frames


_CROWD = ("Protests", "Riots")
# people of no armed group fighting the forces: "affrontements entre étudiants et policiers"
CROWD_CLASH = re.compile(r"(?<![a-z])(affrontements?|echauffourees?|heurts?|clash(es|ed)?|scuffles?) (entre|between|avec|with) (des |les |the )?"
                         r"(etudiants|eleves|jeunes|habitants|manifestants|students|pupils|youths?|residents|protesters|villagers|commercants|traders)")
_DEATH_WORD = re.compile(
    r"(died|dead|deaths?|lost (their|his|her) lives?|succumbed|perished|passed away|decede(e|s|es)?|morte?s?|"
    r"succombe|ont succombe|a succombe|ont peri|a peri|(ont |a )?perdu la vie|rendu l'ame)"
)


def _clause_of_the_sentence_before(doc: ReportDoc, i: int) -> bool:
    """A clause read apart from the sentence before it (nlp's clause splits end on no full stop):
    "…, and Darey-Daye, where three others died" tells its own place's dead."""
    return i > 0 and doc.sentences[i].paragraph == doc.sentences[i - 1].paragraph \
        and not re.search(r"[.!?»\"”:)]\s*$", doc.sentences[i - 1].text)


# a killing word inside a toll's wording: "portant à onze le nombre de soldats tués"
_IN_A_TOLL = re.compile(r"(?<![a-z])(nombre|bilan|toll|number|total)( de| des| d'| of)( [\w'-]+)?\s*$")


def _tells_only_deaths(index: _Index, i: int) -> bool:
    """A sentence whose event words are all deaths ("died", "sont décédés"): no act of its own."""
    here = [t for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")]
    return bool(here) and all(_DEATH_WORD.fullmatch(fold(t.text)) or _IN_A_TOLL.search(index.folded[max(0, t.start - 40) : t.start])
                              for t in here)


# a clause split off a crowd's sentence that tells what it rose over (nlp._TURN)
_GRIEVANCE_CLAUSE = re.compile(r"^\W*(after|following|days after|a day after|apres qu|apres que)(?![a-z])")


def _the_crowd_s_grievance(doc: ReportDoc, index: _Index, current: Frame, i: int) -> bool:
    """"Residents marched in Djibo, after gunmen killed a trader": the killing the crowd rose
    over, told in a clause of its own after the crowd's, is an event of its own."""
    return bool(_GRIEVANCE_CLAUSE.match(fold(doc.sentences[i].text))) and current.sents[-1] == i - 1 \
        and index.frame_kinds(current) == {"crowd"} and index.kinds(i) == {"armed"}


def _armed_told_before(index: _Index, frames: list[Frame], current: Frame, i: int) -> Frame | None:
    """The armed event told before a crowd's, for a sentence telling armed violence only."""
    if index.kinds(i) != {"armed"} or index.frame_kinds(current) != {"crowd"}:
        return None
    for f in reversed(frames):
        if f is not current and not f.background and "armed" in index.frame_kinds(f):
            return f
    return None


def _told_before_at(doc: ReportDoc, index: _Index, frames: list[Frame], current: Frame | None,
                    place: PlaceMention | None, i: int) -> Frame | None:
    """An earlier event (not the current one) told at this place and on no other day."""
    if place is None or current is None:
        return None
    name = fold(place.name)
    if name in index.told(current):
        return None
    when = _date_key(doc, index, i)
    for f in reversed(frames):
        if f is current or f.background:
            continue
        if name in index.told_own(f) and (when is None or f.when is None or when == f.when):
            return f
    return None


def _told_that_day(index: _Index, frames: list[Frame], current: Frame | None, when: str | None,
                   place: PlaceMention | None) -> Frame | None:
    """An earlier event (not the current one) told on that day, at this place if it names one."""
    if when is None or current is None:
        return None
    for f in reversed(frames):
        if f is current or f.background or f.when != when:
            continue
        if place is None or fold(place.name) in index.told(f):
            return f
        return None
    return None


def _crowd_told_before(index: _Index, frames: list[Frame], current: Frame, place: PlaceMention | None) -> Frame | None:
    """The last crowd event told before the current one, when the sentence names no other place."""
    for f in reversed(frames):
        if f is current or f.background:
            continue
        if index.frame_kinds(f) == {"crowd"} and (place is None or fold(place.name) in index.told(f)):
            return f
        return None  # only the event just before the current one
    return None


def marked_day(doc: ReportDoc, index: _Index, i: int, frame: Frame) -> bool:
    """The sentence tells a day other than the frame's."""
    when = _date_key(doc, index, i)
    return bool(when and frame.when and when != frame.when)


def _turns_to_a_crowd(index: _Index, current: Frame, i: int) -> bool:
    """A sentence that tells only of a crowd (a march, a riot) after an armed event: another
    event, not part of it (the other way round, forces firing on the crowd, it is)."""
    return index.kinds(i) == {"crowd"} and index.frame_kinds(current) == {"armed"} \
        and not index.crowd_clash.intersection(current.sents)


_AIR = {"Air/drone strike"}


def _told_subs(index: _Index, current: Frame) -> set[str]:
    """The sub-types the frame's own event words tell (not those referring back)."""
    return {t.sub_event_type for j in current.sents for t in index.triggers.get(j, ()) if not t.tags.get("refers_back")}


def _turns_to_the_air(index: _Index, current: Frame, i: int) -> bool:
    """A sentence that tells only of air strikes after fighting on the ground: ACLED codes the
    strikes apart (Explosions/Remote violence, by the air force), not as part of the fight."""
    subs = {t.sub_event_type for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")}
    # (what the strikes destroyed is theirs: "airstrikes destroyed their vehicles")
    if not subs & _AIR or not subs <= _AIR | {"Looting/property destruction"}:
        return False
    told = _told_subs(index, current)
    return bool(told) and not told & _AIR


# ground units named as the actors: "les unités terrestres engagées", "ground troops moved in"
_GROUND_UNITS = re.compile(
    r"(?<![a-z])(unites? terrestres?|forces? terrestres?|composante terrestre|troupes au sol|elements au sol|"
    r"ground (units?|troops|forces|component|operation|assault|offensive)|troops on the ground|commandos?)(?![a-z])"
)


def _turns_to_the_ground(doc: ReportDoc, index: _Index, current: Frame, i: int) -> bool:
    """A sentence where ground units act after a telling of air strikes ("les rescapés des
    frappes ont été pris en tenailles par les unités terrestres"): ACLED codes the strikes and
    the fighting on the ground as two events."""
    if not _GROUND_UNITS.search(fold(doc.sentences[i].text)):
        return False
    here = {t.sub_event_type for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")}
    told = _told_subs(index, current)
    return bool(told & _AIR) and not here & _AIR


# a sentence that opens on a definite noun phrase: "The hunters, who…", "Le convoi, escorté…"
_DEFINITE_OPENING = re.compile(r"^\W*(the|les|le|la|l')\s*([a-z][a-z-]{3,})(?![a-z])")
NEAR_KM = 60


def _names_the_told_again(doc: ReportDoc, index: _Index, current: Frame, i: int, place: PlaceMention) -> bool:
    """A sentence that opens on a definite noun the event told already named ("Islamic State killed
    15 Dozo hunters near Macina … The hunters were ambushed near Kolongo") tells that event
    again, at a place near the one told: a closer place, not another event."""
    m = _DEFINITE_OPENING.match(fold(doc.sentences[i].text))
    if m is None:
        return False
    noun = re.compile(rf"(?<![a-z]){re.escape(m.group(2))}(?![a-z])")
    if not any(noun.search(index.sentence_folded[j]) for j in current.sents):
        return False
    spots = [(p.latitude, p.longitude) for j in current.sents for p in index.specific(j)
             if p.latitude is not None and p.longitude is not None]
    if place.latitude is None or place.longitude is None or not spots:
        return False
    return min(km(place.latitude, place.longitude, lat, lon) for lat, lon in spots) <= NEAR_KM


def _turns_to_another_place(doc: ReportDoc, index: _Index, current: Frame, i: int) -> bool:
    """A sentence without event words that opens a new paragraph on a place the event being
    told was not placed at."""
    if doc.sentences[i].paragraph == doc.sentences[current.sents[-1]].paragraph:
        return False
    place = _specific_place(index, i)
    told = index.told_own(current)
    return place is not None and bool(told) and fold(place.name) not in told
