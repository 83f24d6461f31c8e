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
from itertools import pairwise

from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.extract.numbers import Quantity, word_number
from conflictwire.extract.place_counts import (
    count_before,
    counts_told_apart,
    folded_sentence,
    ordinal_tolls,
    respectively,
)
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
    # ("à Ouallam, dans le sud-ouest, et surtout à Niamey": a bearing apposed, an adverb after "and")
    # ("at Bobo Dioulasso, the country's second largest city, and then at Ouagadougou": a noun phrase apposed)
    r"^\s*(\([^()]{1,40}\)\s*)?(,\s*(dans|in)\s+(le\s+|la\s+|l'|the\s+)[\w-]+(\s+(du pays|of the country))?\s*"
    r"|,\s*(the|la|le|l')\s*[^,.;]{1,40}?(city|town|capital|village|ville|capitale|localite|chef-lieu)\s*)?"
    r"(,\s*(et\s+|and\s+)?|\s(et|and)\s+)((surtout|notamment|aussi|egalement|especially|also|above all|particularly|mainly|"
    r"then|puis|ensuite)\s+)?"
    r"((" + _NUMBER + r"(\s+[\w'-]+){0,2}(,\s*" + PART_WORDS + r"[^,]{0,40},)?\s+)?"
    r"(a|in|at|dans|au|aux)\s+(the\s+)?(nearby\s+|neighbouring\s+)?|(de|du|of)\s+|d')?"
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
# ("Des attaques ont également frappé Nioro du Sahel, Niono, Molodo, Sandaré et Gogui": the places the acts hit)
_RAIDED = r"(attacked|raided|stormed|overran|torched|looted|pillaged|burned|burnt|set fire to|hit|struck|targeted|" \
          r"attaque|investi|incendie|pille|frappe|touche|cible|vise)(\s+the)?"
# the first place follows a preposition of place ("à", "in", "the villages of")
_BEFORE_FIRST = re.compile(
    r"(?<![a-z])(a|in|at|dans|au|aux|on|against|contre|(villages?|localites?|hamlets?|hameaux|towns?|communes?|villes?|cities|city) (of|de|d'|du|des)"
    # ("Les villages Diallassagou, Dianweli, Déguéssagou et environs …": French apposes the names)
    r"(\s+(the|la|le))?|(les|des|the) (villages|localites|hameaux)|"
    # ("deux petits hameaux (Songoré et Ouoro)": the names in brackets after the plural)
    r"(villages|localites|hameaux|hamlets|localities)\s*\(|"
    # ("les positions avancées des FDS de Bouloudjounga et de Samira": the forces' posts by their villages)
    r"\((fds|fama|fan)\)\s+(de|d')|(des|les) (fds|fama|fan)\s+(de|d')|"
    # ("targeted seven towns: Niono, Molodo, … and Kayes": the list after a colon)
    r"(towns|villages|localities|localites|villes|communes|cities|sites|locations|positions|camps|posts|postes)"
    r"( (in|of|du|de|au|en) [\w' -]{1,30})?\s*:|" + _POSTS + "|" + PLACES_APPOSED + "|" + _RAIDED + r")\s*$")
# a road, a route or a journey between places, or places named as origin: one event, or none of them
_NOT_WHERE = re.compile(r"(?<![a-z])(between|entre|from|de la ville de|en provenance de|a destination de|"
                        r"towards?|vers|road|route|axe|axis|troncon)(?![a-z])[^,.;]{0,40}$"
                        # ("dont les chefs des villages d'Alidougou et de Yirikoro": the people's homes, where
                        # they were taken is not told by them)
                        r"|(?<![a-z])(chefs?|chiefs?|heads?|notables|maires?|mayors?|elders|imams?|conseillers|councillors)"
                        r" (des|du|de|of|of the) (villages?|localites?|communes?|hameaux|hamlets?) (of |de |d'|du )?$")
# acts told in the plural: as many incidents as places ("attacks on the villages of Yoro and Gangafani")
_PLURAL_ACTS = re.compile(r"(attacks|raids|assaults|killings|massacres|executions|strikes|ambushes|clashes|attaques|"
                          r"assauts|tueries|massacres|executions|frappes|embuscades|affrontements|incursions)")
# places named under a plural noun ("the villages of A and B", "les localités de A et B"): each
# was struck, and ACLED codes each location as its own event
_PLURAL_PLACES = re.compile(r"(?<![a-z])((villages|localites|hamlets|hameaux|towns|communes|villes|cities) (of|de|d'|du|des)(\s+(the|la|le))?|"
                            + _POSTS + "|" + PLACES_APPOSED + "|" + _RAIDED + r")\s*$")
# the posts named after their towns, in the plural ("attacked the Tongomayel and Baraboulé police
# stations"): a post in each town, each an attack of its own
_POSTS_AFTER = re.compile(r"\s+(army |military |gendarmerie |police )?(posts|outposts|bases|camps|positions|barracks|"
                          r"checkpoints|police stations|gendarmerie stations|brigades)(?![a-z])")
# acts or targets counted just before the list ("simultaneous attacks targeting three army bases …
# Targets in Sevare, Niono and Bapho were all hit"): as many incidents as the count, one per place
_COUNTED_ACTS = re.compile(r"(?<![a-z])(?P<n>two|three|four|five|six|deux|trois|quatre|cinq|six|double|[2-6])\s+([\w-]+\s+){0,2}?"
                           # ("une double attaque simultanée": two attacks in the singular)
                           r"(attacks?|raids|assaults|strikes|ambushes|bases|camps|posts|positions|villages|towns|localities|"
                           r"attaques?|assauts|frappes|embuscades|postes|localites|villes)(?![a-z])")


def _acts_counted(folded: str) -> int | None:
    """How many acts or targets a sentence counts ("three army bases", "une double attaque"), if any."""
    m = _COUNTED_ACTS.search(folded)
    if m is None:
        return None
    n = m.group("n")
    return 2 if n == "double" else word_number(n, "en") or word_number(n, "fr")


_CROWDS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"})
MAX_GAP = 60  # characters between two listed places


def _division_in_brackets(text: str, start: int) -> bool:
    opened = text.rfind("(", max(0, start - 40), start)
    return in_parentheses(text, start) and bool(_DIVISION_WORD.match(fold(text[opened + 1 : start])))


_DIVISION_WORD = re.compile(r"\s*(commune|cercle|province|departement|department|region|district|prefecture)(?![a-z])")


def listed_places(doc: ReportDoc, sent: int) -> list[PlaceMention]:
    """The villages or towns a sentence lists as where something happened (two or more, or none)."""
    # (the sentence folded alone, read at offsets from its start: fold keeps lengths)
    base = doc.sentences[sent].start
    folded = folded_sentence(doc.sentences[sent].text)
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
                                 or (len(best) >= 3 and bool(_AND_AROUND.match(folded[best[-1].end - base :])))
                                 or _each_counted(folded, best, base))
    return best if listed and len(names) == len(best) and len(countries) <= 1 else []


# a count opening each item after the first: "15 morts à Bourari, 5 à Gaza, 4 à Madina"
_COUNTED_LINK = re.compile(r"^\s*,\s*" + _NUMBER + r"(?![a-z0-9])")


def _each_counted(folded: str, best: list[PlaceMention], base: int) -> bool:
    """A toll told place by place is a list whole, with or without "and" before its last item."""
    return all(_COUNTED_LINK.match(folded[a.end - base : b.start - base]) for a, b in pairwise(best))


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
    two_acts = any(_TWO_ACTS.search(folded_sentence(doc.sentences[i].text)) for i in (sent - 1, sent) if i >= 0)
    base = doc.sentences[sent].start
    folded = folded_sentence(doc.sentences[sent].text)
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


def _several_acts(doc: ReportDoc, sents: list[int]) -> tuple[list[PlaceMention], list[Quantity | None]] | None:
    """The list of places, among the sentences, told as several acts: the first with a count for
    each place, else the first told with acts in the plural or under a plural noun ("the villages
    of A and B")."""
    found: tuple[list[PlaceMention], list[Quantity | None]] | None = None
    ranked = ordinal_tolls(doc, sents)  # (the attacks in the order the places were listed)
    longest: list[PlaceMention] = []
    for i in sents:
        if found is None and (pair := one_here_one_there(doc, i)):
            found = pair, [None] * len(pair)
        listed = listed_places(doc, i)
        if not listed:
            continue
        ends = [listed[k - 1].end if k else doc.sentences[i].start for k in range(len(listed))]
        counts = [count_before(doc, p, e) for p, e in zip(listed, ends, strict=True)]
        if all(c is not None for c in counts):
            return _within_longer(longest, listed, counts)
        if len(listed) > len(longest):
            longest = listed
        apart = counts_told_apart(doc, listed, sents)
        if all(c is not None for c in apart):
            return listed, apart
        if (each := respectively(doc, listed, i)) is not None:
            return listed, each
        if sorted(ranked) == list(range(1, len(listed) + 1)):
            return listed, [ranked[k + 1] for k in range(len(listed))]
        first = folded_sentence(doc.sentences[i].text)[: listed[0].start - doc.sentences[i].start]
        # (crowds in several towns are a protest in each: ACLED codes one per location)
        after = folded_sentence(doc.sentences[i].text)[listed[-1].end - doc.sentences[i].start :]
        if found is None and (_PLURAL_PLACES.search(first[-40:]) or _POSTS_AFTER.match(after) or any(
                _PLURAL_ACTS.fullmatch(fold(t.text)) or t.sub_event_type in _CROWDS for t in doc.in_sents(doc.triggers, (i,)))
                or (i - 1 in sents and _acts_counted(folded_sentence(doc.sentences[i - 1].text)) == len(listed))):
            found = listed, counts
    return found


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """One village named twice, maybe once in full ("Banguel" and "Banguel Toupè Singuel")."""
    x, y = fold(a.text), fold(b.text)
    return fold(a.name) == fold(b.name) or x.startswith(y + " ") or y.startswith(x + " ") or x == y


def _within_longer(longest: list[PlaceMention], listed: list[PlaceMention],
                   counts: list[Quantity | None]) -> tuple[list[PlaceMention], list[Quantity | None]]:
    """The places counted one by one ("15 morts à Bourari, 5 à Gaza"), and with them every other
    village an earlier sentence listed as struck ("Les villages de Bourari, Madina, …, Gaza et
    Sonfounou ont été ciblés"): each village struck is an event, counted or not."""
    if len(longest) <= len(listed) or not all(any(_same_place(p, q) for q in longest) for p in listed):
        return listed, counts
    places: list[PlaceMention] = []
    told: list[Quantity | None] = []
    for q in longest:
        k = next((k for k, p in enumerate(listed) if _same_place(p, q)), None)
        places.append(listed[k] if k is not None else q)
        told.append(counts[k] if k is not None else None)
    return places, told


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
        known = [c.value for c in counts if c is not None]
        # (a list counted in one sentence, with the villages another sentence adds: `_within_longer`)
        partly = not told and len({p.sent for p in listed}) > 1 and total is not None and all(v is not None for v in known)
        # (a place counted below the total keeps its count, "dont quatre à A"; a count as large as the
        # total, "12 morts à A, B et C", is the total's and the places share it)
        own = [c is not None and (told or partly or (total is not None and c.value < total)) for c in counts]
        if total is not None and not told:
            # (some places counted: the others share what is left of the total, none if nothing is)
            total = max(total - sum(c.value for c, o in zip(counts, own, strict=True) if o and c is not None), 0)
        told_alone = {} if told else _told_alone(doc, d, listed)
        uncounted = [j for j, o in enumerate(own) if not o]  # (the places that share the total)
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
            elif own[k] and (c := counts[k]) is not None:
                new.fatalities, new.fatalities_low, new.fatalities_high = c.value, None, None
                evidence["fatalities"] = [Span(start=c.start, end=c.end, text=doc.text[c.start : c.end])]
            elif total is not None and uncounted:
                share, rest = divmod(total, len(uncounted))
                new.fatalities, new.fatalities_low, new.fatalities_high = share + (rest if k == uncounted[0] else 0), None, None
            new.evidence = evidence
            if k:
                new.event_id = hashlib.sha1(f"{ev.doc_id}:{d.index}:{k}".encode()).hexdigest()[:16]
            out.append(replace(d, ev=new, place=spot, evidence=evidence, listed=True))
    return out
