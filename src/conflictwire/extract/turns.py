"""The rules segmentation applies at each sentence: what turns the story to
another event (a crowd after armed violence, air strikes after a fight, another place) and what
brings it back to one already told (its place, its day, its victims named again, deaths told
with no act of their own)."""

from __future__ import annotations

import re

from conflictwire.extract.dates import WEEKDAYS
from conflictwire.extract.doc import PlaceMention, ReportDoc, Trigger
from conflictwire.extract.frame_index import (
    Frame,
    FrameIndex,
    date_key,
    same_day,
    specific_place,
)
from conflictwire.geo.resolve import km
from conflictwire.textutil import fold, same_name

_DEATH_WORD = re.compile(
    r"(died|dead|deaths?|lost (their|his|her) lives?|succumbed|perished|passed away|decede(e|s|es)?|morte?s?|"
    r"succombe|ont succombe|a succombe|ont peri|a peri|(ont |a )?perdu la vie|rendu l'ame)"
)


def clause_of_the_sentence_before(doc: ReportDoc, i: int) -> bool:
    """A clause read apart from the sentence before it (nlp's clause splits end on no full stop):
    "…, and Darey-Daye, where three others died" tells its own place's dead."""
    return i > 0 and doc.sentences[i].paragraph == doc.sentences[i - 1].paragraph \
        and not re.search(r"[.!?»\"”:)]\s*$", doc.sentences[i - 1].text)


# a sentence that opens on its place, set off by a comma: "À Bankass, huit soldats ont péri", "In
# Bankass, eight soldiers died" (the topic of what follows, not where the wounded later died)
# (a day may open the sentence before it: "Samedi dernier, dans la zone de Tillia, …")
_OPENING_DAY = (r"((le |ce |on |last )?(" + "|".join(WEEKDAYS) + r"|hier|yesterday)( dernier| precedent| last)?"
                r"( (matin|soir|apres-midi|morning|afternoon|evening|night))?,?\s+)?")
_FRONTED_PLACE = re.compile(r"^\W*" + _OPENING_DAY + r"(a|au|in|at|near|outside|pres de|non loin de|a proximite de|dans le village de|"
                            r"dans la localite de|in the village of|dans la zone de|dans la commune de|in the area of)\s+$")


def opens_on_another_place(doc: ReportDoc, index: FrameIndex, current: Frame, i: int, place: PlaceMention | None) -> bool:
    """Does the sentence open on a place the event being told was not told at ("À Diallassagou,
    des hommes armés ont tué douze civils. À Bankass, huit soldats ont péri…")? Then it tells
    the next event, even with deaths only."""
    if place is None:
        return False
    sent = doc.sentences[i]
    head = fold(doc.text[sent.start : place.start])
    return bool(_FRONTED_PLACE.match(head)) and doc.text[place.end : place.end + 2].lstrip().startswith(",") \
        and not any(same_name(place.name, told) for told in index.told(current))


# a killing word inside a toll's wording: "portant à onze le nombre de soldats tués"
_IN_A_TOLL = re.compile(r"(?<![a-z])(nombre|bilan|toll|number|total)( de| des| d'| of)( [\w'-]+)?\s*$")


def tells_only_deaths(index: FrameIndex, i: int) -> bool:
    """A sentence whose event words are all deaths ("died", "sont décédés"): no act of its own."""
    here = [t for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")]
    return bool(here) and all(_DEATH_WORD.fullmatch(fold(t.text)) or _IN_A_TOLL.search(index.folded[max(0, t.start - 40) : t.start])
                              for t in here)


# a clause split off a crowd's sentence that tells what it rose over (nlp._TURN)
_GRIEVANCE_CLAUSE = re.compile(r"^\W*(after|following|days after|a day after|apres qu|apres que)(?![a-z])")


def the_crowd_s_grievance(doc: ReportDoc, index: FrameIndex, current: Frame, i: int) -> bool:
    """"Residents marched in Djibo, after gunmen killed a trader": the killing the crowd rose
    over, told in a clause of its own after the crowd's, is an event of its own."""
    return bool(_GRIEVANCE_CLAUSE.match(fold(doc.sentences[i].text))) and current.sents[-1] == i - 1 \
        and index.frame_kinds(current) == {"crowd"} and index.kinds(i) == {"armed"}


def armed_told_before(index: FrameIndex, frames: list[Frame], current: Frame, i: int) -> Frame | None:
    """The armed event told before a crowd's, for a sentence telling armed violence only."""
    if index.kinds(i) != {"armed"} or index.frame_kinds(current) != {"crowd"}:
        return None
    for f in reversed(frames):
        if f is not current and not f.background and "armed" in index.frame_kinds(f):
            return f
    return None


def told_before_at(doc: ReportDoc, index: FrameIndex, frames: list[Frame], current: Frame | None,
                    place: PlaceMention | None, i: int) -> Frame | None:
    """An earlier event (not the current one) told at this place and on no other day."""
    if place is None or current is None:
        return None
    name = fold(place.name)
    if name in index.told(current):
        return None
    when = date_key(doc, index, i)
    for f in reversed(frames):
        if f is current or f.background:
            continue
        if name in index.told_own(f) and (when is None or f.when is None or when == f.when):
            return f
    return None


def told_in_the_named_country(index: FrameIndex, frames: list[Frame], current: Frame | None, i: int) -> Frame | None:
    """The event told last in the country a sentence names ("two people died in Sunday morning
    clashes in Niger"), when the sentence names no town and the event being told is in another
    country ("the convoy had been blocked by demonstrators in Kaya, Burkina Faso"): it tells
    more of that one."""
    if current is None or index.specific(i):
        return None
    named = {p.country for p in index.places.get(i, ()) if p.feature == "C" and p.country}
    if len(named) != 1:
        return None

    def countries(f: Frame) -> set[str | None]:
        return {p.country for j in f.sents for p in index.specific(j)}

    here = countries(current)
    if not here or named & here:
        return None
    for f in reversed(frames):
        if f is current or f.background:
            continue
        if countries(f) == named:
            return f
    return None


def told_that_day(index: FrameIndex, frames: list[Frame], current: Frame | None, when: str | None,
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


def crowd_told_before(index: FrameIndex, frames: list[Frame], current: Frame, place: PlaceMention | None) -> Frame | None:
    """The last crowd event told before the current one, when the sentence names no other place."""
    for f in reversed(frames):
        if f is current or f.background:
            continue
        if index.frame_kinds(f) == {"crowd"} and (place is None or fold(place.name) in index.told(f)):
            return f
        return None  # only the event just before the current one
    return None


def marked_day(doc: ReportDoc, index: FrameIndex, i: int, frame: Frame) -> bool:
    """The sentence tells a day other than the frame's."""
    when = date_key(doc, index, i)
    return bool(when and frame.when and when != frame.when)


def turns_to_a_crowd(index: FrameIndex, current: Frame, i: int) -> bool:
    """A sentence that tells only of a crowd (a march, a riot) after an armed event: another
    event, not part of it (the other way round, forces firing on the crowd, it is)."""
    return index.kinds(i) == {"crowd"} and index.frame_kinds(current) == {"armed"} \
        and not index.crowd_clash.intersection(current.sents)


_SUSPECTS = re.compile(r"(?<![a-z])(suspects?|suspected|soupconnee?s?|presumee?s? (complices?|auteurs?)|accomplices|complices)(?![a-z])")


def turns_to_arrests(index: FrameIndex, current: Frame, i: int) -> bool:
    """A sentence that tells only of suspects arrested after an armed event ("la gendarmerie a
    interpellé trois hommes soupçonnés d'avoir servi de guides"): ACLED codes the arrests apart."""
    subs = {t.sub_event_type for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")}
    return subs == {"Arrests"} and index.frame_kinds(current) == {"armed"} \
        and bool(_SUSPECTS.search(index.sentence_folded[i]))


_AIR = {"Air/drone strike"}


def _told_subs(index: FrameIndex, current: Frame) -> set[str]:
    """The sub-types the frame's own event words tell (not those referring back)."""
    return {t.sub_event_type for j in current.sents for t in index.triggers.get(j, ()) if not t.tags.get("refers_back")}


_AS_RESULT = re.compile(r"tuant|killing|faisant|causing|causant|leaving")
# what a strike told as the subject did: "une frappe aérienne a ensuite neutralisé 15 terroristes"
_STRIKE_DID = re.compile(r"(neutralisee?s?|neutraliser|neutralized|neutralised|neutralize|tuee?s?|killed|kill|abattue?s?|"
                         r"detruite?s?|destroyed)")


_BY_THE_STRIKE = re.compile(r"\s+(par|by)\s+(une?|des|la|les|an?|the)?\s*")


def _the_strikes_result(index: FrameIndex, i: int, t: Trigger) -> bool:
    """A killing told as the strikes' result: "…, tuant plusieurs responsables", or the verb
    after a strike told as its subject in the same sentence."""
    if t.sub_event_type not in ("*violence", "Armed clash"):
        return False
    if t.sub_event_type == "*violence" and _AS_RESULT.fullmatch(fold(t.text)):
        return True
    air = [a for a in index.triggers.get(i, ()) if a.sub_event_type in _AIR]
    # ("Tous les assaillants ont été neutralisés par une frappe aérienne": the strike as the agent)
    by_the_strike = any(t.end <= a.start and _BY_THE_STRIKE.fullmatch(index.folded[t.end : a.start]) for a in air)
    return bool(_STRIKE_DID.fullmatch(fold(t.text))) and (any(a.end <= t.start for a in air) or by_the_strike)


def turns_to_the_air(index: FrameIndex, current: Frame, i: int) -> bool:
    """A sentence that tells only of air strikes after fighting on the ground: ACLED codes the
    strikes apart (Explosions/Remote violence, by the air force), not as part of the fight."""
    # (a killing told as the strikes' result is their toll: "une frappe aérienne ciblée, tuant plusieurs
    # responsables", "airstrikes killing ten")
    subs = {t.sub_event_type for t in index.triggers.get(i, ()) if not t.tags.get("refers_back")
            and not t.tags.get("support") and not _the_strikes_result(index, i, t)}
    # (what the strikes destroyed is theirs: "airstrikes destroyed their vehicles")
    if not subs & _AIR or not subs <= _AIR | {"Looting/property destruction"}:
        return False
    if _GROUND_UNITS.search(index.sentence_folded[i]):
        return False  # "les unités terrestres, en coordination avec les vecteurs aériens, ont détruit…": one joint fight
    # (a frame that tells only of things destroyed, "ont localisé et détruit deux véhicules", then
    # the aircraft that destroyed them, is the strike told twice)
    told = _told_subs(index, current) - {"Looting/property destruction"}
    return bool(told) and not told & _AIR and not _missiles_only(index, current)


def _missiles_only(index: FrameIndex, current: Frame) -> bool:
    """Does the frame tell its strike only as missiles ("Un missile a été largué en pleine nuit")?
    The aircraft that then track the survivors fired them: the same strike."""
    told = [t for j in current.sents for t in index.triggers.get(j, ()) if not t.tags.get("refers_back")]
    return bool(told) and all(fold(t.text) in ("missile", "missiles") for t in told)


# ground units named as the actors: "les unités terrestres engagées", "ground troops moved in"
_GROUND_UNITS = re.compile(
    r"(?<![a-z])(unites? terrestres?|forces? terrestres?|composante terrestre|troupes au sol|elements au sol|"
    r"ground (units?|troops|forces|component|operation|assault|offensive)|troops on the ground|commandos?)(?![a-z])"
)


def turns_to_the_ground(doc: ReportDoc, index: FrameIndex, current: Frame, i: int) -> bool:
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


def names_the_told_again(doc: ReportDoc, index: FrameIndex, current: Frame, i: int, place: PlaceMention) -> bool:
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


def in_the_told(doc: ReportDoc, place: PlaceMention, told: set[str]) -> bool:
    """Is the place said to lie in one the event was told at ("l'école primaire de Bouro dans la
    commune de Nassoubou")? The same event, told more precisely."""
    m = _LIES_IN.match(fold(doc.text[place.end : place.end + 50]))
    return m is not None and any(same_name(m.group("name"), t) for t in told)


_LIES_IN = re.compile(r"[\s,]*(\(|dans (la commune|le departement|la province|le cercle|la region|la localite) (de |du |d')|"
                      r"in the (commune|department|province|circle|region|district) of )\s*(?P<name>[a-z][\w'-]*( [a-z][\w'-]*)?)")


def turns_to_another_place(doc: ReportDoc, index: FrameIndex, current: Frame, i: int) -> bool:
    """A sentence without event words that opens a new paragraph on a place the event being
    told was not placed at."""
    if doc.sentences[i].paragraph == doc.sentences[current.sents[-1]].paragraph:
        return False
    place = specific_place(index, i)
    told = index.told_own(current)
    if 0 in current.sents and len(index.names(0)) >= 2 and current.sents != [0]:
        # a title that names two places ("exécutions à Kouakourou et Gossiri") heads two events:
        # its places are not the first one's
        told = {n for j in current.all_sents if j != 0 for n in index.names(j)}
    return place is not None and bool(told) and fold(place.name) not in told and not in_the_told(doc, place, told)


def another_day_and_place(doc: ReportDoc, index: FrameIndex, current: Frame, current_date: str | None, i: int) -> bool:
    """A sentence without event words that names a day, a place and an actor of its own, the day
    and place not the event's being told ("Le 10 août 2022, les FAMa ont mené une reconnaissance
    dans la zone de Boni." after the 20 August attack at Ménaka): it opens the next event, whose
    toll follows."""
    when = date_key(doc, index, i)
    place = specific_place(index, i)
    told = index.told_own(current)
    return when is not None and current_date is not None and not same_day(when, current_date) \
        and place is not None and bool(told) and fold(place.name) not in told \
        and (any(a.sent == i for a in doc.actors)  # (someone acts there: "Niger hosts a summit on July 6-9" does not)
             or _EARLIER_OPENING.match(fold(doc.sentences[i].text)) is not None)


# an earlier telling of the event, not an earlier event: "Un peu plus tôt, un responsable policier
# avait fait état d'une dizaine de morts", "Earlier, officials had put the toll at ten", "… avait revu à
# la hausse le bilan"
EARLIER_TELLING = re.compile(
    r"^\W*(un peu |quelques heures )?(plus tot|auparavant|earlier)\s*,[^.;]{0,120}?\s(avai(en)?t|had)\s+"
    r"(fait etat|fait part|annonce|indique|evoque|parle|rapporte|signale|communique|avance|donne|revu|revise|releve|"
    r"reported|said|given|put|spoken|cited|announced|revised|raised)(?![a-z])")
# a sentence that opens by going back in time: "Auparavant, le dimanche 25 août…", "Earlier, on Sunday…"
_EARLIER_OPENING = re.compile(r"^\W*(auparavant|plus tot|anterieurement|earlier|previously|before that)\s*,")
