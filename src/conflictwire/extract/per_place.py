"""One event per place: a sentence that tells one attack on several villages ("les terroristes ont
attaqué trois villages, tuant six personnes à Zibane-Koira Zéno, une à Zibane-Koira Tégui et six
autres à Gadabo"; "the gunmen killed 31 in Kourakou and 13 in Tondobi") is, as ACLED codes it,
one event per location. Each takes the count the report gives for its place; where the report
gives only a total, the total is shared evenly (the remainder to the first place), as ACLED does.

The list must be told as where the violence fell: places after a locative preposition, linked
by commas and "and/et", each a village or town of one country; and as several acts: a count for
each place, acts in the plural ("attacks on A and B") or places under a plural noun ("an attack
on the villages of A and B": incidents that differ in location are separate events to ACLED). A road between two places
("entre Djibo et Namssiguia"), where victims came from or went to, and places told in another
sentence are not split.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache

from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.numbers import Quantity, find_quantities
from conflictwire.extract.place_fields import fill_place
from conflictwire.extract.toll_cues import PART_WORDS
from conflictwire.geo.cues import PLACES_APPOSED
from conflictwire.geo.name_context import in_parentheses
from conflictwire.model import Span
from conflictwire.textutil import fold

# what may stand between two listed places: a comma or "and", then a count and its noun and a
# preposition ("…à Zibane-Koira Zéno, une personne à Zibane-koira Tégui et six autres à Gadabo")
_NUMBER = (r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
           r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)")
_LINK = re.compile(
    # ("Bourari (commune de Lewol Géou), Madina (commune de Kendié), Banguel": a place's division in brackets)
    r"^\s*(\([^()]{1,40}\)\s*)?(,\s*(et\s+|and\s+)?|\s(et|and)\s+)"
    r"((" + _NUMBER + r"(\s+[\w'-]+){0,2}(,\s*" + PART_WORDS + r"[^,]{0,40},)?\s+)?"
    r"(a|in|at|dans|au|aux)\s+(nearby\s+|neighbouring\s+)?|(de|du|of)\s+|d')?"
    r"((the |le |la )?(village|localite) (of|de|d')\s*)?$")
_AND = re.compile(r"(?<![a-z])(et|and)(?![a-z])")
_AND_AROUND = re.compile(r"\s*,?\s*(et (leurs )?environs|et (les )?villages (voisins|environnants)|and (the )?(surroundings|surrounding (areas|villages)))(?![a-z])")
# the posts of the forces, in the plural, at several places ("les commissariats de Tongomayel et de
# Baraboulé", "army posts in Boulkessi and Mondoro"): each post attacked is its own event to ACLED
_POSTS = (r"(posts|outposts|bases|camps|positions|barracks|checkpoints|police stations|postes|postes avances|bases|camps|"
          r"positions|casernes|commissariats|brigades|gendarmeries|detachements)(\s+(militaires|de (police|gendarmerie)|"
          r"de l'armee|des fama))?\s+(of|in|at|de|d'|du|des|a|dans)")
# villages as the objects of one attack verb ("gunmen raided Tilwagou, Ndalkoy and Gorkobé"):
# each village raided is an incident of its own
_RAIDED = r"(attacked|raided|stormed|overran|torched|looted|pillaged|attaque|investi|incendie|pille)"
# the first place follows a preposition of place ("à", "in", "the villages of")
_BEFORE_FIRST = re.compile(
    r"(?<![a-z])(a|in|at|dans|au|aux|on|against|contre|(villages?|localites?|hamlets?|hameaux|towns?|communes?|villes?|cities|city) (of|de|d'|du|des)"
    # ("Les villages Diallassagou, Dianweli, Déguéssagou et environs …": French apposes the names)
    r"(\s+(the|la|le))?|(les|des|the) (villages|localites|hameaux)|"
    # ("deux petits hameaux (Songoré et Ouoro)": the names in brackets after the plural)
    r"(villages|localites|hameaux|hamlets|localities)\s*\(|"
    # ("targeted seven towns: Niono, Molodo, … and Kayes": the list after a colon)
    r"(towns|villages|localities|localites|villes|communes|cities|sites|locations|positions|camps|posts|postes)"
    r"( (in|of|du|de|au|en) [\w' -]{1,30})?\s*:|" + _POSTS + "|" + PLACES_APPOSED + "|" + _RAIDED + r")\s*$")
# a road, a route or a journey between places, or places named as origin: one event, or none of them
_NOT_WHERE = re.compile(r"(?<![a-z])(between|entre|from|de la ville de|en provenance de|a destination de|"
                        r"towards?|vers|road|route|axe|axis|troncon)(?![a-z])[^,.;]{0,40}$")
# acts told in the plural: as many incidents as places ("attacks on the villages of Yoro and Gangafani")
_PLURAL_ACTS = re.compile(r"(attacks|raids|assaults|killings|massacres|executions|strikes|ambushes|clashes|attaques|"
                          r"assauts|tueries|massacres|executions|frappes|embuscades|affrontements|incursions)")
# places named under a plural noun ("the villages of A and B", "les localités de A et B"): each
# was struck, and ACLED codes each location as its own event
_PLURAL_PLACES = re.compile(r"(?<![a-z])((villages|localites|hamlets|hameaux|towns|communes|villes|cities) (of|de|d'|du|des)(\s+(the|la|le))?|"
                            + _POSTS + "|" + PLACES_APPOSED + "|" + _RAIDED + r")\s*$")
_CROWDS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"})
MAX_GAP = 60  # characters between two listed places


@lru_cache(maxsize=256)
def _folded(sentence: str) -> str:
    return fold(sentence)  # (each event of a report asks of the sentences it spans)


def _division_in_brackets(text: str, start: int) -> bool:
    opened = text.rfind("(", max(0, start - 40), start)
    return in_parentheses(text, start) and bool(_DIVISION_WORD.match(fold(text[opened + 1 : start])))


_DIVISION_WORD = re.compile(r"\s*(commune|cercle|province|departement|department|region|district|prefecture)(?![a-z])")


def listed_places(doc: ReportDoc, sent: int) -> list[PlaceMention]:
    """The villages or towns a sentence lists as where something happened (two or more, or none)."""
    # (the sentence folded alone, read at offsets from its start: fold keeps lengths)
    base = doc.sentences[sent].start
    folded = _folded(doc.sentences[sent].text)
    # (a division told in brackets after a village, "Bourari (commune de Lewol Géou)", is no item of the
    # list; hamlets in brackets after their plural, "deux petits hameaux (Songoré et Ouoro)", are)
    spots = sorted((p for p in doc.in_sents(doc.places, (sent,)) if p.feature in ("P", "U") and not doc.in_dateline(p.start)
                    and not _division_in_brackets(doc.text, p.start)), key=lambda p: p.start)
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    away: PlaceMention | None = None  # the last place of a list told as not where it happened
    for p in spots:
        start = p.start - base
        if run and p.start - run[-1].end <= MAX_GAP and _LINK.match(folded[run[-1].end - base : start]):
            run.append(p)
        elif away is not None and p.start - away.end <= MAX_GAP and _LINK.match(folded[away.end - base : start]):
            away, run = p, []  # ("men from the villages of A, B, C and D": the whole list is their home)
        else:
            not_where = bool(_NOT_WHERE.search(folded[max(0, start - 60) : start]))
            run = [p] if not not_where and _BEFORE_FIRST.search(folded[max(0, start - 40) : start]) else []
            away = p if not_where else None
        if len(run) > len(best):
            best = list(run)
    names = {fold(p.name) for p in best}
    countries = {p.country for p in best if p.country}
    # a list ends on "and" ("… et environs", "and surrounding villages", after its last name, too);
    # "Banibangou, à Tillabéri" is a village and the place it lies in
    listed = len(best) >= 2 and (bool(_AND.search(folded[best[-2].end - base : best[-1].start - base]))
                                 or (len(best) >= 3 and bool(_AND_AROUND.match(folded[best[-1].end - base :]))))
    return best if listed and len(names) == len(best) and len(countries) <= 1 else []


# "One was in the city of Agadez … and one in Arlit", "l'une à Diffa, l'autre à Bosso": acts told one place each
_ONE_IN = re.compile(r"(?<![a-z])(one|the first|l'une?|la premiere|le premier)\s+(was\s+|took place\s+|a eu lieu\s+|s'est produite?\s+)?"
                     r"(in|at|near|a|au|dans|pres de)\s+((the\s+)?(city|town|village)\s+of\s+|la ville de\s+|la localite de\s+|le village de\s+)?$")
_THE_OTHER_IN = re.compile(r"((?<![a-z])(and|et)|,)\s+(one|the other|the second|another|l'autre|la seconde|la deuxieme|le second)\s+"
                           r"(was\s+|took place\s+|a eu lieu\s+)?(in|at|near|a|au|dans|pres de)\s+"
                           r"((the\s+)?(city|town|village)\s+of\s+|la ville de\s+|la localite de\s+|le village de\s+)?$")


# the acts counted before ("two car bomb attacks", "deux attaques"): "one" is one of them, not one person
_TWO_ACTS = re.compile(r"(?<![a-z])(two|deux|2|double)\s+([\w-]+\s+){0,3}?(attacks|attaques|assaults|assauts|raids|ambushes|embuscades|"
                       r"explosions|blasts|bombings|attentats|attaque)(?![a-z])")


def one_here_one_there(doc: ReportDoc, sent: int) -> list[PlaceMention]:
    """The two places of "one in X and one in Y" in a sentence (none if it has no such pair): acts,
    unless a count of people comes first and no two acts were told."""
    spots = sorted((p for p in doc.in_sents(doc.places, (sent,)) if p.feature in ("P", "U") and not doc.in_dateline(p.start)),
                   key=lambda p: p.start)
    if len(spots) < 2:
        return []
    two_acts = any(_TWO_ACTS.search(_folded(doc.sentences[i].text)) for i in (sent - 1, sent) if i >= 0)
    base = doc.sentences[sent].start
    folded = _folded(doc.sentences[sent].text)
    first_toll = min((t.start for t in doc.in_sents(doc.tolls, (sent,))), default=None)
    for k, first in enumerate(spots):
        # ("Three were killed in Pogouwol, while one in Petega and another in Kourou": one person)
        counted = first_toll is not None and first_toll < first.start
        if (two_acts or not counted) and _ONE_IN.search(folded[max(0, first.start - base - 40) : first.start - base]):
            for other in spots[k + 1 :]:
                if fold(other.name) != fold(first.name) and other.country == first.country \
                        and _THE_OTHER_IN.search(folded[max(0, other.start - base - 40) : other.start - base]):
                    return [first, other]
    return []


_PART_BEFORE = re.compile(r"(?<![a-z])" + PART_WORDS + r"\s+(at least\s+|au moins\s+)?$")


def _count_before(doc: ReportDoc, place: PlaceMention, prev_end: int) -> Quantity | None:
    """The count told just before a listed place ("six personnes à Gadabo", "31 in Kourakou",
    "six personnes ont été tuées dans le village de Fiego"), after the place listed before it."""
    segment = fold(doc.text[prev_end : place.start])
    # (a breakdown between the count and its place is part of it: "at least 44 people, including
    # 20 children, in Nondin, and 179 people, including 36 children, in nearby Soro")
    counts = [q for q in find_quantities(segment, doc.lang) if not q.vague and not _PART_BEFORE.search(segment[: q.start])]
    if counts and re.fullmatch(r"\s*([\w'-]+,?\s+){0,4}?(a|in|at|dans)\s+(nearby\s+|neighbouring\s+|voisine?\s+)?"
                               r"((the |le |la )?(village|localite) (of|de|d')\s*)?",
                               segment[counts[-1].end :]):
        q = counts[-1]
        return replace(q, start=q.start + prev_end, end=q.end + prev_end)
    return None


def _count_after(doc: ReportDoc, place: PlaceMention) -> Quantity | None:
    """The count told right after a place and its comma ("À Tchoma Bangou, 70 personnes ont été
    tuées, et à Zaroumadareye, 30")."""
    segment = fold(doc.text[place.end : place.end + 40])
    counts = [q for q in find_quantities(segment, doc.lang) if not q.vague]
    if counts and re.fullmatch(r"\s*,\s*", segment[: counts[0].start]):
        q = counts[0]
        return replace(q, start=q.start + place.end, end=q.end + place.end)
    return None


def _counts_told_apart(doc: ReportDoc, listed: list[PlaceMention], sents: list[int]) -> list[Quantity | None]:
    """Each listed place's count from another sentence that gives one for every place, after
    the place's name ("…deux villages, A et B. À A, 70 personnes ont été tuées, et à B, 30.")."""
    for i in sents:
        if i == listed[0].sent:
            continue
        here = {fold(p.name): p for p in doc.in_sents(doc.places, (i,))}
        spots = [here.get(fold(p.name)) for p in listed]
        counts = [_count_after(doc, s) if s is not None else None for s in spots]
        if all(c is not None for c in counts):
            return counts
    return [None] * len(listed)


_UNIT_AFTER = re.compile(r"\s*(km|kms|kilometres?|kilometers?|miles?|metres?|meters?|m|ans|years?|heures?|hours?|jours?|days?|%)(?![a-z])")
_RESPECTIVELY = re.compile(r"(?<![a-z])(respectivement|respectively)(?![a-z])")


def _respectively(doc: ReportDoc, listed: list[PlaceMention], i: int) -> list[Quantity | None] | None:
    """"… les villages de Nagraogo et d'Alamou et y a abattu respectivement 32 et 4 personnes":
    the counts after "respectively", one for each listed place, in order."""
    sent = doc.sentences[i]
    base = listed[-1].end
    rest = fold(doc.text[base : sent.end])
    m = _RESPECTIVELY.search(rest)
    windows: list[tuple[int, str]] = []
    if m is not None:
        # (the counts follow the word, "respectivement 32 et 4", or come before it, "32 and 4 respectively")
        windows = [(m.end(), rest[m.end() :]), (0, rest[: m.start()])]
    else:
        # ("Deux pêcheurs et une personne ont été tués respectivement à Chétimari et à Droum": the
        # counts open the sentence, the word stands before the places)
        head = fold(doc.text[sent.start : listed[0].start])
        m = _RESPECTIVELY.search(head)
        if m is None or len(head) - m.end() > 12:
            return None
        base = sent.start
        windows = [(0, head[: m.start()])]
    for at, window in windows:
        out: list[Quantity | None] = []
        for piece in re.finditer(r"[^,;]+?(?=,|;|(?<![a-z])(?:et|and)(?![a-z])|$)", window):
            if piece.group(0).strip() in ("", "et", "and"):
                continue
            counts = [q for q in find_quantities(piece.group(0), doc.lang) if not q.vague]
            if not counts:
                if out:
                    break
                continue
            q = counts[0]
            if _UNIT_AFTER.match(piece.group(0)[q.end :]):
                break  # "respectivement à 30 et 40 km de Djibo": distances, not counts
            out.append(replace(q, start=base + at + piece.start() + q.start, end=base + at + piece.start() + q.end))
            if len(out) == len(listed):
                return out
    return None


# "le bilan de la première attaque a fait trois morts … la deuxième attaque, cinq morts": the
# attacks counted in the order the report told them
_ORDINAL = re.compile(r"(?<![a-z])(?P<n>first|second|third|premiere?|1re|1ere|deuxieme|seconde?|2e|troisieme|3e)\s+"
                      r"(attack|attaque|assault|assaut|raid|incursion|ambush|embuscade)(?![a-z])")
_ORDINALS = {"first": 1, "premier": 1, "premiere": 1, "1re": 1, "1ere": 1, "second": 2, "seconde": 2, "deuxieme": 2,
             "2e": 2, "third": 3, "troisieme": 3, "3e": 3}


def _ordinal_tolls(doc: ReportDoc, sents: list[int]) -> dict[int, Quantity]:
    """The tolls of "the first attack … N dead, the second … M", by rank: each ordinal with the
    first death toll the report tells after it in its sentence."""
    found: dict[int, Quantity] = {}
    for i in sents:
        sent = doc.sentences[i]
        tolls = [t for t in doc.in_sents(doc.tolls, (i,)) if t.kind == "killed" and t.value is not None and not t.vague]
        for m in _ORDINAL.finditer(_folded(sent.text)):
            after = next((t for t in tolls if t.start >= sent.start + m.end()), None)
            if after is not None and after.value is not None and (n := _ORDINALS[m.group("n")]) not in found:
                found[n] = Quantity(after.start, after.end, after.value, after.low, after.high, False, False)
    return found


def _several_acts(doc: ReportDoc, sents: list[int]) -> tuple[list[PlaceMention], list[Quantity | None]] | None:
    """The list of places, among the sentences, told as several acts: the first with a count for
    each place, else the first told with acts in the plural or under a plural noun ("the villages
    of A and B")."""
    found: tuple[list[PlaceMention], list[Quantity | None]] | None = None
    ranked = _ordinal_tolls(doc, sents)  # (the attacks in the order the places were listed)
    for i in sents:
        if found is None and (pair := one_here_one_there(doc, i)):
            found = pair, [None] * len(pair)
        listed = listed_places(doc, i)
        if not listed:
            continue
        ends = [listed[k - 1].end if k else doc.sentences[i].start for k in range(len(listed))]
        counts = [_count_before(doc, p, e) for p, e in zip(listed, ends, strict=True)]
        if all(c is not None for c in counts):
            return listed, counts
        apart = _counts_told_apart(doc, listed, sents)
        if all(c is not None for c in apart):
            return listed, apart
        if (each := _respectively(doc, listed, i)) is not None:
            return listed, each
        if sorted(ranked) == list(range(1, len(listed) + 1)):
            return listed, [ranked[k + 1] for k in range(len(listed))]
        first = _folded(doc.sentences[i].text)[: listed[0].start - doc.sentences[i].start]
        # (crowds in several towns are a protest in each: ACLED codes one per location)
        if found is None and (_PLURAL_PLACES.search(first[-40:]) or any(
                _PLURAL_ACTS.fullmatch(fold(t.text)) or t.sub_event_type in _CROWDS for t in doc.in_sents(doc.triggers, (i,)))):
            found = listed, counts
    return found


def _only_near(d: Draft) -> bool:
    """Is the event placed only near a town, or at a region or country? Villages its sentences
    list, each with its own count, are then where it happened ("la commune, à 30 km de Diffa …
    six tués à Fiego, deux à Ngarwa-Koura")."""
    return d.place is None or d.place.precision >= 2 or d.place.feature in ("A", "C")


def _counts_dead(doc: ReportDoc, c: Quantity) -> bool:
    """Does a place's count count dead, not people taken or wounded (the toll it belongs to)?"""
    toll = next((t for t in doc.tolls if t.start <= c.start < t.end), None)
    return toll is None or toll.kind == "killed"


def _told_alone(doc: ReportDoc, d: Draft, listed: list[PlaceMention]) -> dict[int, Draft]:
    """For each listed place that later sentences of the event tell of alone ("The camp in Niafunké
    was targeted by a suicide vehicle … Simultaneously, the group fired mortar shells at the camp in
    Goundam"), the event those sentences tell with the list's (its kind and toll there)."""
    from conflictwire.extract.event import build_event  # (event.py runs this module's split)

    names = [fold(p.name) for p in listed]
    first = min(p.sent for p in listed)
    own: dict[int, list[int]] = {}
    lent: dict[int, list[int]] = {}
    for i in sorted(d.frame.all_sents):
        if i <= first:
            continue
        here = {fold(p.name) for p in doc.in_sents(doc.places, (i,))} & set(names)
        if len(here) == 1:
            (own if i in d.frame.sents else lent).setdefault(names.index(next(iter(here))), []).append(i)
    return {k: build_event(doc, replace(d.frame, sents=sorted({first, *sents}), extra=lent.get(k, [])), d.index, d.prev)
            for k, sents in own.items()} if len(own) == len(listed) else {}


def split_by_place(doc: ReportDoc, drafts: list[Draft]) -> list[Draft]:
    """Each event whose trigger sentence lists the villages it struck, as one event per village."""
    out: list[Draft] = []
    # (a place another event of the report is told at, with its type, keeps that telling)
    placed = {(fold(d.event.location or ""), d.event.event_type) for d in drafts if not d.event.background}
    for d in drafts:
        ev = d.event
        # (the sentence the event's place was lent from lists the villages as well as its own)
        sents = sorted(set(d.frame.sents) | set(d.frame.extra) | ({d.place.sent} if d.place is not None else set()))
        found = _several_acts(doc, sents) if not ev.background and ev.location else None
        if found is None or (fold(ev.location or "") not in {fold(p.name) for p in found[0]}
                             and not (all(c is not None for c in found[1]) and _only_near(d))):
            out.append(d)
            continue
        listed, counts = found
        if any(fold(p.name) != fold(ev.location or "") and (fold(p.name), ev.event_type) in placed for p in listed):
            out.append(d)  # (a title over villages the body tells one by one: each has its event)
            continue
        # (each place's count is its dead only where the report counts deaths: "16 filles à Toumour,
        # 09 à Blahardé" counts the girls taken, no one killed)
        told = all(c is not None and _counts_dead(doc, c) for c in counts)
        total = ev.fatalities if all(c is None or _counts_dead(doc, c) for c in counts) else None
        told_alone = {} if told else _told_alone(doc, d, listed)
        for k, spot in enumerate(listed):
            new = ev.model_copy(deep=True)
            evidence = {f: list(v) for f, v in d.evidence.items()}
            for f in ("location", "admin1", "latitude", "longitude"):
                evidence.pop(f, None)
            fill_place(new, doc, spot, d.places, d.country_cc, d.country, None, d.said, evidence)
            alone = told_alone.get(k)
            if alone is not None:
                # the sentences that tell of this place alone say what happened there and its toll
                for f in ("event_type", "sub_event_type", "fatalities"):
                    evidence.pop(f, None)
                    if f in alone.evidence:
                        evidence[f] = list(alone.evidence[f])
                new.event_type, new.sub_event_type = alone.event.event_type, alone.event.sub_event_type
                new.fatalities, new.fatalities_low, new.fatalities_high = \
                    alone.event.fatalities, alone.event.fatalities_low, alone.event.fatalities_high
            elif told:
                c = counts[k]
                assert c is not None
                new.fatalities, new.fatalities_low, new.fatalities_high = c.value, None, None
                evidence["fatalities"] = [Span(start=c.start, end=c.end, text=doc.text[c.start : c.end])]
            elif total is not None:
                share, rest = divmod(total, len(listed))
                new.fatalities, new.fatalities_low, new.fatalities_high = share + (rest if k == 0 else 0), None, None
            new.evidence = evidence
            if k:
                new.event_id = hashlib.sha1(f"{ev.doc_id}:{d.index}:{k}".encode()).hexdigest()[:16]
            out.append(replace(d, ev=new, place=spot, evidence=evidence))
    return out
