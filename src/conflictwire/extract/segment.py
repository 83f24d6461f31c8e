"""Segmentation: which sentences tell which event.

A sentence with a trigger starts an event unless it continues the one before (same place,
same day, no "separate"/"le même jour" cue, or it only refers back to the event told: "the
group claimed the raid"). Sentences without triggers lend their tolls, claims and actors to
the event before them in the same or the next paragraph. Background sentences form
background frames. The frames and their index are in frame_index.py, the rules that turn the
story to another event or back to one already told in turns.py, and wording cues (another
story's title, a paragraph on another province, people found dead) in segment_cues.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.dates import opens_on_the_day_after
from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.extract.frame_index import (
    Frame,
    FrameIndex,
    date_key,
    is_title,
    said_before,
    same_day,
    specific_place,
    started_the_day_before,
    title_sent,
)
from conflictwire.extract.segment_cues import (
    BODIES_COUNTED,
    FOUND_DEAD,
    THIS_EVENT,
    a_follow_up,
    another_division,
    another_storys_title,
    days_from_history,
    told_by_its_name,
    where_a_teller_sits,
)
from conflictwire.extract.turns import (
    EARLIER_TELLING,
    another_day_and_place,
    armed_told_before,
    clause_of_the_sentence_before,
    crowd_told_before,
    in_the_told,
    marked_day,
    names_the_told_again,
    opens_on_another_place,
    tells_only_deaths,
    the_crowd_s_grievance,
    told_before_at,
    told_in_the_named_country,
    told_that_day,
    turns_to_a_crowd,
    turns_to_another_place,
    turns_to_arrests,
    turns_to_the_air,
    turns_to_the_ground,
)
from conflictwire.geo.distances import DISTANCE, distance_km
from conflictwire.geo.resolve import km as km_between
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import fold, same_name

__all__ = ["Frame", "another_storys_title", "segment"]  # (Frame lives in frame_index.py; re-exported for the event steps)


_ORDINAL_NEXT = re.compile(
    r"\W*(the (second|third|fourth|other|latter) (deadly |fatal )?(attack|incident|ambush|explosion|blast|bombing|raid|assault|strike)"
    r"|(le|la|l') ?(second|seconde|deuxieme|troisieme|quatrieme|autre) (accident|incident|attaque|embuscade|explosion|attentat|"
    r"assaut|drame|frappe))(?![a-z])")


@lru_cache(maxsize=2)
def _separators(lang: str) -> re.Pattern[str]:
    pats = [r["pattern"] for r in read_tsv("separators.tsv") if r["lang"] == lang]
    return re.compile(r"(?<![a-z])(?:" + "|".join(pats) + r")(?![a-z])")


# a sentence that announces the next event by its rank: "The second operation took place on…"
_NEXT_ONE = re.compile(r"^\W*(the|a|la|le|une?) (second|third|fourth|next|deuxieme|seconde?|troisieme|quatrieme) "
                       r"(operation|attack|ambush|raid|incident|clash|strike|assault|attaque|embuscade|affrontement|frappe|offensive)")
_OPENER = re.compile(r"^\W*(on|le|depuis le|dans la nuit du|in the night of)?\s*$")


# the reasons of frames that tell the other half of a fight (strikes after it, ground after strikes)
TURNS = ("air strikes after ground fighting", "ground fighting after air strikes")


def _opens_on_a_day(doc: ReportDoc, index: FrameIndex, sent: int) -> bool:
    """A sentence that opens on a day of its own ("On September 5, a convoy struck an IED")
    after a story told over several sentences without one: another event, told by its day
    (unless it refers back to the one told: "Le 26 septembre, une patrouille était sur le lieu
    de l'attaque")."""
    start = doc.sentences[sent].start
    return any(d.precision == 1 and not d.reporting and not d.relative_to_event
               and _OPENER.match(fold(doc.text[start:d.start]))
               and not _DAY_OF_THE_TOLD.match(fold(doc.text[d.end : d.end + 30])) for d in index.dates.get(sent, ()))


def _opens_on_another_day(doc: ReportDoc, index: FrameIndex, current_date: str | None, sent: int) -> bool:
    """A sentence without event words that opens on a day of its own, not the day of the event
    being told ("Le 25 septembre 2024, dans la région de l'Est, un camp a été localisé." after the
    strikes of the 29th): a chronicle's next entry, which the next event words tell."""
    if current_date is None or not _opens_on_a_day(doc, index, sent):
        return False
    when = date_key(doc, index, sent)
    return when is not None and not same_day(when, current_date)


def _last_day(frames: list[Frame]) -> str | None:
    """The day of the last frame told with one (a chronicle's entry without its own day is told
    on the day of the one before: "À Korko, des frappes ont également neutralisé…")."""
    return next((f.when for f in reversed(frames) if f.when and not f.background), None)


# "Friday's attack targeted a Fulani village": a day's possessive names the event told, as "the
# attack" does
_DAY_OF_THE_TOLD = re.compile(r"^'s?\s+(\w+\s+)?(attack|assault|raid|ambush|killings?|massacre|attaque|assaut|embuscade)(?![a-z])")




# "wounded in the attack earlier this week": a cue after the event's noun dates the event told
_THE_TOLD_BEFORE = re.compile(r"(?<![a-z])(the|this|that|la|le|l'|cette|cet) (attack|assault|raid|ambush|killings?|massacre|"
                              r"attaque|assaut|embuscade|tuerie) $")


# an aside that may open another event or say more of the one told ("par ailleurs", "moreover")
_BY_THE_WAY = re.compile(r"^\W*(par ailleurs|en outre|d'autre part|de plus|moreover|furthermore|meanwhile|in addition)(?![a-z])")


OPENING = 80  # a separator cue counts in a sentence's first this many characters


def _separated(seps: re.Pattern[str], folded: str, cut: int = OPENING) -> bool:
    """Does a cue open within the sentence's first `cut` characters? (Read in the whole sentence,
    so that a cue's exceptions see the words after it: "par une autre source sécuritaire" is no
    other event.)"""
    # a sentence that opens on the day after tells another event (mid-sentence, "… were killed
    # the following day", it goes on with the same one)
    return any(m.start() < cut and not _THE_TOLD_BEFORE.search(folded[max(0, m.start() - 20) : m.start()])
               for m in seps.finditer(folded)) or opens_on_the_day_after(folded[:cut])


# the later places of a road named from its first ("l'axe Dargol–Banjo–Tchetchirey–Goundey")
_ROAD_ON = re.compile(r"(\s*[-–—]\s*[\w'’]+(\s[A-Z][\w'’]+)?)+")
_ALONG = re.compile(r"(?<![a-z])(le long de|tout au long de|along)\s+(l'axe|l'itineraire|la route|the (axis|road|route))\s*$")


def _on_the_told_road(doc: ReportDoc, place: PlaceMention, told: set[str]) -> bool:
    """Is the place the first of a road that runs on to one the event was told at ("une opération
    le long de l'axe Dargol–Banjo–Goundey" after the post at Goundey): the same event, along its
    road?"""
    m = _ROAD_ON.match(doc.text, place.end)
    if m is None or not _ALONG.search(fold(doc.text[max(0, place.start - 30) : place.start])):
        return False  # ("sur l'axe Gorom-Gorom–Markoye": a point on the road, not a sweep along it)
    names = [n.strip() for n in re.split(r"[-–—]", m.group(0)) if n.strip()]
    return any(same_name(n, t) for n in names for t in told)


def _as_far_as_the_told(doc: ReportDoc, place: PlaceMention, frame: Frame) -> bool:
    """Is the place a landmark the event is told some kilometres from ("à une dizaine de km de
    Koutiala"), with a village the event was told at lying about that far from it (Sincina, 5 km
    from Koutiala)? The same event, placed by its landmark."""
    m = DISTANCE.search(fold(doc.text[max(0, place.start - 60) : place.start]))
    if m is None or place.latitude is None or place.longitude is None:
        return False
    reach = distance_km(m.group(1)) + _LANDMARK_SLACK_KM
    sents = set(frame.all_sents)
    return any(p.sent in sents and p.feature == "P" and p.latitude is not None and p.longitude is not None
               and km_between(p.latitude, p.longitude, place.latitude, place.longitude) <= reach for p in doc.places)


_LANDMARK_SLACK_KM = 10  # "about ten km": writers round their distances




def segment(doc: ReportDoc) -> list[Frame]:
    """Split the report's trigger sentences into event frames: a new frame at a separator cue
    ("in a separate attack", "le même jour"), a different place or a different day."""
    index = FrameIndex(doc)
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
            # (counted from the title's lead when only the title told the event yet: a lead without
            # event words, then the paragraph that places the story)
            last = current.sents[-1] if current is not None else -1
            if current is not None and current.sents == [title_sent(doc)] and current.extra and is_title(doc, title_sent(doc)):
                last = max(last, current.extra[-1])  # (only the title told yet)
            if current is not None and not bg and doc.sentences[last].paragraph + 1 >= sent.paragraph:
                # ("Le lendemain, des unités du MSA se sont lancées à la poursuite des assaillants."
                # opens the next day's event: its actors are that event's)
                if pending or turns_to_another_place(doc, index, current, i) or _NEXT_ONE.match(fold(sent.text)) \
                        or another_day_and_place(doc, index, current, current_date, i) \
                        or (sent.paragraph > doc.sentences[current.sents[-1]].paragraph and opens_on_the_day_after(fold(sent.text)[:40])) \
                        or _opens_on_another_day(doc, index, current_date or _last_day(frames), i):
                    # "The second operation took place on September 19.": it opens the next event
                    pending.append(i)  # "Dans la commune voisine de Mansila, les forces se sont repliées…"
                elif current.background and current.background.startswith("comparison") and last_told is not None:
                    # "C'est la deuxième attaque en 4 jours … C'est une position qui a été visée mardi":
                    # after a comparison, more about the news it compared
                    last_told.extra.append(i)
                else:
                    current.extra.append(i)
            elif current is None and not bg:
                lead.append(i)
            continue
        place = specific_place(index, i)
        opened_by = pending if pending and doc.sentences[pending[0]].paragraph == sent.paragraph else []
        if pending and not opened_by and current is not None:
            # the paragraph told no event there: more about the one told at its place, else the current one
            home = told_before_at(doc, index, frames, current, specific_place(index, pending[0]), pending[0]) or current
            home.extra.extend(pending)
            current = home  # (the story is back on that event)
        pending = []
        if opened_by and place is None:
            place = specific_place(index, opened_by[0])
        folded = fold(sent.text)  # (same length as the text: fold keeps offsets)
        cut = OPENING
        while cut < len(folded) and folded[cut].isalpha():
            cut += 1  # (a whole last word: "une autre autorit…" is no cue)
        separated = _separated(seps, folded, cut)  # opens on a separator cue or the day after
        # "Le second accident mortel a eu lieu près de Hombori": the next of the events counted, at a
        # place of its own (one that names none, "La deuxième attaque a fait cinq morts", gives
        # the toll of a place told before)
        separated = separated or (place is not None and _ORDINAL_NEXT.match(folded) is not None)
        # "… neutralisé une dizaine de terroristes lors d'une opération de ratissage": the forces' sweep after it
        # (not the bodies counted in it, "18 corps de terroristes ont été dénombrés au cours des opérations
        # de ratissage": the fight's dead)
        separated = separated or (a_follow_up(doc.lang, folded) and not BODIES_COUNTED.search(folded)) \
            or another_storys_title(doc, i)
        if separated and not index.names(i) and FOUND_DEAD.search(folded):
            separated = False  # "Trois jours plus tard, cinq personnes ont été retrouvées mortes": the abductees' fate, told after
        if separated and EARLIER_TELLING.match(folded):
            separated = False  # "Un peu plus tôt, un responsable avait fait état d'une dizaine de morts": an earlier toll of it
        if separated and _BY_THE_WAY.match(folded) and place is None and all(t.tags.get("refers_back") for t in index.triggers.get(i, [])) \
                and date_key(doc, index, i) is None:
            separated = False  # "Par ailleurs, l'attaque n'a pas encore été revendiquée": more about the attack told
        # "IS claimed the raid", "the attack was repelled": more about the event being told (the
        # last one not background: a history aside may stand between)
        target = current if current is None or (bg or None) == current.background else (last_told if not bg else None)
        here = index.triggers.get(i, [])
        if target is None and last_told is None and current is not None and here and current.background \
                and current.background.startswith(("dated", "earlier period")) and all(t.tags.get("refers_back") for t in here):
            target = current  # ("Les boutiques détruites…" after the history told: more of that history)
        if current is not None and current.background and here and THIS_EVENT.match(folded) \
                and current.background.startswith(("dated", "earlier period", "an earlier month", "a past event")):
            target = current  # ("… avait été la cible d'une attaque. Cette attaque a fait 37 victimes": the history's, by its demonstrative)
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
            # "Le préfet de Bankilaré a confirmé l'attaque": an official's seat is where the teller sits
            # ("An aid worker in Sebba said … fleeing the attack": where the teller is)
            seat = place is not None and where_a_teller_sits(doc, place)
            if place is None or not told or fold(place.name) in told or says_where or (mine and mine <= earlier) or called or seat:
                # "The attack on the Baroua position…" after a lead that went on to another event:
                # more about the event told at that place, which the story is back on
                told_there = told_before_at(doc, index, frames, target, place, i) if place is not None and not bg else None
                if told_there is not None:
                    told_there.extra.append(i)
                    current = told_there
                    continue
                target = told_by_its_name(index, frames, target, i) or target
                target.extra.append(i)
                index.told(target)  # it may stop growing without being current again
                continue
        back = told_before_at(doc, index, frames, current, place, i) if opened_by and not separated and not bg else None
        if back is None and place is None and not separated and not bg and current is not None \
                and sent.paragraph > doc.sentences[current.sents[-1]].paragraph and date_key(doc, index, i) is None:
            # a lead that told two events (a fight, then the next day's lynching in town) and a body
            # that opens, with no place or day, on the fight: back to the armed event told
            back = armed_told_before(index, frames, current, i)
        if current is not None and not separated and (bg or None) == current.background \
                and tells_only_deaths(index, i) and not (place is not None and clause_of_the_sentence_before(doc, i)) \
                and not opens_on_another_place(doc, index, current, i, place):
            # "One of the injured died on Monday at Ouahigouya hospital", "Deux d'entre eux sont
            # décédés mardi", "Un premier bilan faisait état de treize morts": deaths with no act
            # of their own are the aftermath of the event told (with the paragraph that led to them,
            # of the event told before at its place if it names one)
            home = back or current
            home.extra.extend(opened_by)
            home.extra.append(i)
            current = home
            continue
        if back is None and place is None and not separated and not bg and current is not None \
                and (current.background or None) is None:
            back = told_in_the_named_country(index, frames, current, i)
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
            # ("« des hommes armés ont encerclé le village », a déclaré le maire de Bankass": the teller's seat)
            if cur_places and not any(same_name(place.name, told) for told in cur_places) \
                    and not names_the_told_again(doc, index, current, i, place) and not _on_the_told_road(doc, place, cur_places) \
                    and not _as_far_as_the_told(doc, place, current) and not where_a_teller_sits(doc, place) \
                    and not in_the_told(doc, place, cur_places):
                new, reason = True, "another place"
            elif not cur_places and current.reason in TURNS and len(frames) >= 2 \
                    and not any(same_name(place.name, told) for told in index.told(frames[-2])):
                # strikes told after an attack, placed by it ("L'armée a ensuite réalisé une frappe
                # aérienne"), then a sentence at another place ("Mardi, dans la région d'Agadez…")
                new, reason = True, "another place"
            # "…in eastern Gnagna province. An army base in Djibo came under attack": a town outside
            # the division the event was placed in is another event
            areas = index.areas(current)
            told_here = index.told_own(current)
            if not told_here and areas and place.admin1 and all(c == place.country and a1 != place.admin1 for c, a1 in areas):
                new, reason = True, "a town outside the region told"
        if current is not None and not new and place is None and sent.paragraph > doc.sentences[current.sents[-1]].paragraph \
                and another_division(index, current, i):
            new, reason = True, "a division outside the region told"
        if current is not None and not new and the_crowd_s_grievance(doc, index, current, i):
            new, reason = True, "what the crowd rose over"  # "…, after gunmen killed a trader in the town"
        if current is not None and not new and turns_to_a_crowd(index, current, i):
            crowd = crowd_told_before(index, frames, current, place)
            if crowd is not None and not marked_day(doc, index, i, crowd):
                # "Les forces de l'ordre ont dispersé les manifestants" after an aside on the
                # abduction the crowd rose over: more about the crowd's event told before
                crowd.sents.append(i)
                continue
            new, reason = True, "a crowd after armed violence"  # "On Sunday, thousands marched through Niamey"
        if current is not None and not new and turns_to_arrests(index, current, i):
            new, reason = True, "suspects arrested after armed violence"
        air = current is not None and not new and turns_to_the_air(index, current, i)
        if air:
            new, reason = True, "air strikes after ground fighting"  # the air force's own event
        ground = current is not None and not new and turns_to_the_ground(doc, index, current, i)
        if ground:  # (marked below: the ground fight is no restatement of the strikes)
            new, reason = True, "ground fighting after air strikes"
        when = date_key(doc, index, i) or said_before(doc, index, i, current_date)
        if started_the_day_before(doc, index, i, current_date):
            when = None
        marked = current is not None and (separated or ground or air or bool(when and current_date and not same_day(when, current_date))
                                          or (current_date is None and len(current.sents) >= 2
                                              and _opens_on_a_day(doc, index, i)
                                              and not any(t.tags.get("refers_back") for t in here)))
        # (a frame opened on a day counted from another, "le lendemain", has no day of its own here)
        undated = current is not None and current.marked and current.when is None and when is not None
        if (marked or undated) and not new:
            reason = "another day"
            that_day = told_that_day(index, frames, current, when, place) if not separated and not ground and not bg else None
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
    days_from_history(doc, frames)
    return frames
