"""Where an event happened: the place mention chosen for a frame and the event's country (the
ACLED place fields they fill are place_fields.py's)."""

from __future__ import annotations

import re
from collections import Counter

from conflictwire.extract.doc import ActorMention, PlaceMention, ReportDoc
from conflictwire.extract.segment import Frame
from conflictwire.extract.segment_cues import seat_names_of
from conflictwire.geo.candidates import LIST_GOES_ON
from conflictwire.geo.countries_named import COUNTRY_NAME, ISO3, is_capital
from conflictwire.geo.cues import CODED_AS
from conflictwire.geo.distances import DISTANCE
from conflictwire.textutil import fold

_INSIDE = re.compile(
    r"^\s*(,|\()\s*(dans|in|near|pres de|au sein de)?\s*(la|le|l'|the|une?|an?)?\s*"
    r"(region|cercle|circle|commune|departement|department|province|district|prefecture|area|zone|localite|secteur|"
    r"(north|south|east|west|nord|sud|est|ouest)(-?(east|west|est|ouest))?)\s*(de|du|d'|des|of)?\s*$"
    # "Imboraghane (Bourem)", "Tagalalt, Ménaka": an unknown village with the known place it
    # belongs to in brackets or after a comma
    r"|^\s*[(,]\s*$"
    # "the village of Kourougnawoulé in the Bankass circle", "Tiloua dans la commune de Banibangou"
    # ("dans la province de la Kompienga": the division's own article)
    r"|^\s*,?\s*(in|dans)\s+(the\s+|la\s+|le\s+)?((circle|cercle|commune|department|departement|province|region)\s+(of|de|du|d')\s*(the\s+|la\s+|le\s+|l')?)?$"
    # "Tilwagou, a village in the commune of Tin-Akoff", "Tilwagou, une localité de la commune de
    # Djibo": the name's own place noun, then the place that holds it
    r"|^\s*,\s*(a|an|un|une)\s+([a-z-]+\s+)?(village|hamlet|locality|settlement|community|localite|hameau|bourgade)\s+"
    # ("Beydi, a community located between Gossi and Inabaw")
    r"(situee?\s+|located\s+|situated\s+)?(in|of|near|between|dans|de|du|pres de|entre)\s+(the\s+|la\s+|le\s+)?"
    r"((circle|cercle|commune|department|departement|province|region|district|area|zone|secteur)\s+(of|de|du|d')\s*(the\s+|la\s+|le\s+|l')?)?$"
    # "le village de Wiyé, situé dans la même commune de Banibangou": the village, then where it lies
    r"|^\s*,\s*(situee?|located|situated)\s+(dans|in)\s+(la\s+|le\s+|the\s+)?(meme\s+|same\s+)?"
    r"(commune|cercle|circle|department|departement|province|region|district|area|zone)\s+(de|du|d'|of)\s*(the\s+|la\s+|le\s+|l')?$"
    # "the hamlet of Pirga near Ouenkoro": an unknown village by the known town it is near
    r"|^\s*,?\s*(near|close to|not far from|outside|pres de|non loin de|a proximite de|aux abords de)\s*"
    r"(the (town|village) of|la (ville|localite|commune) de|le village de)?\s*$"
    # "secteur de Dourou, à 25 km de la localité de Bandiagara", "Pepa, 10 km from Kiri"
    r"|^\s*,\s*(a|about|some|environ|a environ)?\s*\d{1,3}\s*(km|kms|kilometres|kilometers)\s+"
    r"((au|a l')\s*\w+(-\w+)?\s+)?(de|du|d'|from|of)\s*(la localite de|la ville de|the town of|the village of)?\s*$"
)


def _inside_named(doc: ReportDoc, places: list[PlaceMention], sents: set[int]) -> PlaceMention | None:
    """An unknown name followed by the known place or division it lies in: the unknown one is
    the more precise, placed at the known one (remembered in doc.inside)."""
    mine = sorted((p for p in places if p.sent in sents), key=lambda p: p.start)
    for a, b in zip(mine, mine[1:], strict=False):
        between = fold(doc.text[a.end : b.start])
        if between.strip() == "," and LIST_GOES_ON.match(doc.text[b.end : b.end + 6]):
            continue  # "Mougnoukana, Douna, Kobou and …": a list of villages, not one inside the next
        if a.feature == "U" and b.feature in ("P", "A") and _INSIDE.match(between):
            doc.inside[a.start] = b
            return a
    return None


def choose_place(doc: ReportDoc, frame: Frame, places: list[PlaceMention]) -> PlaceMention | None:
    """The place mention an event is placed at, among those of its sentences."""
    sents, own = frame.all_sents, set(frame.sents)
    # "selon le maire de la ville de Bankass": an official's seat is where the teller sits, no
    # place of the event where the sentences name another
    # (a name the sentences also give as where it happened, "in the Bankass circle", stays)
    seat_names = seat_names_of(doc)
    if seat_names and any(fold(p.name) in seat_names for p in places) \
            and any(p.sent in sents and fold(p.name) not in seat_names and p.feature in ("P", "U") for p in places):
        places = [p for p in places if fold(p.name) not in seat_names]
    coded = next((p for p in places if p.sent in sents and p.feature in ("P", "U")
                  and CODED_AS.search(fold(doc.text[max(0, p.start - 45) : p.start]))), None)
    if coded is not None:
        return _among_known(doc, coded, places, sents)
    # place: the most specific mention in the trigger sentences, then the lending ones
    # (a named place in a lending sentence beats a region or country in the trigger's own:
    # "jihadists killed 12 soldiers in Burkina Faso … The ambush was near Dounkou")
    where = {t.sent for t in doc.in_sents(doc.triggers, sents) if t.tags.get("where")}
    told_where = [p for p in places if p.sent in where and p.feature in ("P", "U")]
    # "the attack took place at X"; of several, the one the sentence comes back to ("on the road
    # between Torodi and Makalondi, about 8 km north of Makalondi")
    named_there = Counter(fold(p.name) for p in told_where)
    place = _inside_named(doc, places, where) or (
        max(told_where, key=lambda p: (named_there[fold(p.name)], -p.start)) if told_where else None)
    place = place or _inside_named(doc, places, own)
    if place is None and not any(p.sent in own and p.feature in ("P", "U") for p in places):
        # the trigger's sentence names no place: an unknown village inside a known one, in the
        # sentences that lend it theirs, is still the more precise ("near Tin Bidene (Kidal)")
        place = _inside_named(doc, places, sents)
    near: PlaceMention | None = None
    for features in (("P", "U"), ("A", "C")) if place is None else ():
        # the division the trigger's own sentence names bounds the places lent to it
        own_areas = {p.admin1 for p in places if p.sent in own and p.feature == "A" and p.admin1}
        for group in (own, sents):
            cands = [p for p in places if p.sent in group]
            for feature in features:
                hits = [p for p in cands if p.feature == feature
                        and not (own_areas and p.sent not in own and p.feature == "P" and p.admin1 not in own_areas)]
                if feature == "P" and hits and all(_road_end(doc, p) for p in hits) \
                        and any(p.feature == "U" and p.score >= 0.5 and not _road_end(doc, p) for p in cands):
                    # "a unit moving between Boni and Torodi fell into an ambush on the outskirts of the
                    # town of Kotogo": the road's ends say where it went, the named town where it was hit
                    continue
                if feature == "P" and hits and all(p.precision == 2 for p in hits) and any(p.feature == "U" for p in cands):
                    # "enlevés à l'ouest de Niamey … dans le village de Bossey Bangou": the village,
                    # placed near the town
                    near = max(hits, key=lambda p: (p.score, -p.start))
                    continue
                if hits:
                    # of equally specific places, the one the sentences of the group name most
                    # often (a report comes back to where it happened; sentences that only say
                    # more, a bus's route, vote only when the event's own name no place), then the first told
                    # (a region of the same name, "la région de Tillabéri", is no vote for the town)
                    # (a town a distance is measured from, just after the village it locates, is a landmark: no vote)
                    told_here = [p for p in places if p.sent in group]
                    between = _between(doc, told_here)
                    marks = _landmarks(doc, told_here, between) | _event_names(doc, hits)
                    if feature == "P" and {h.start for h in hits} <= between:
                        continue  # every town told only locates the place between them: that place, whatever it is
                    named = Counter(fold(p.name) for p in places if p.sent in group and p.feature == feature
                                    and p.start not in marks)
                    # (then, of a road's two ends across a border, "l'axe Dori-Téra" in a report on
                    # Niger, the one in the country the report names most)
                    home = doc.country_votes.most_common(1)[0][0] if doc.country_votes else None
                    road = len({h.country for h in hits}) > 1 and any(_ROAD_ENDS.search(fold(doc.sentences[h.sent].text)) for h in hits)
                    # (a town named like its region, "à Tahoua", may be the region when the report names
                    # the region too: a village of it the event is also told at, "à Tébaram", is the more precise)
                    regions = {q.admin1 for q in places if q.feature == "A" and q.admin1 and q.admin2 is None}
                    # (a road from a town to the capital, "un bus reliant Bankass à Bamako": where it set out
                    # from or went, the capital is the far end, the incident out on the road)
                    place = max(hits, key=lambda p: (p.start not in marks, not (p.admin1 in regions and _region_named(p, hits)),
                                                     not (is_capital(p) and _road_end(doc, p) and len(hits) > 1),
                                                     p.score, named[fold(p.name)],
                                                     road and p.country == home, -p.start))
                    break
            if place:
                break
        if place:
            break
    if place is not None and place.feature == "A" and _like_its_region(place) and place.sent in own:
        # "une nouvelle attaque dans le Tillabéry … circulait entre Taroun et Tizigorou, dans le
        # département de Banibangou": a division of the region, told in a lending sentence, is the finer
        finer = [p for p in places if p.sent in sents and p.feature == "A" and p.admin2 and p.admin1 == place.admin1
                 and not _like_its_region(p)]
        place = finer[0] if finer else place
    if place is not None and place.feature == "P" and _like_its_region(place) and place.sent in own:
        # "Double attaque terroriste à Tillabéri … les positions de Bouloudjounga et de Samira, situées dans
        # le département de Gothèye, région de Tillabéri": a town named like its region stands for the
        # region when the story names villages of it, told with the region
        region_sents = {p.sent for p in places if p.feature == "A" and p.admin1 == place.admin1}
        villages = [p for p in places if p.sent in sents and p.sent not in own and p.sent in region_sents
                    and p.feature in ("P", "U") and fold(p.name) != fold(place.name) and p.admin1 in (None, place.admin1)]
        place = villages[0] if villages else place
    if place is not None and place.feature == "U" and near is not None:
        doc.inside.setdefault(place.start, near)
    if place is None or place.feature == "C":
        place = _named_before(doc, own, _THIS_TOWN, ("P", "U")) or _named_before(doc, own, _THIS_DIVISION, ("A",)) or place
    elif (place.feature == "A" or _like_its_region(place)) and (spot := _named_before(doc, own, _THIS_SPOT, ("P", "U"))) is not None \
            and spot.admin1 == place.admin1:
        place = spot  # "lors du raid qu'ils ont mené dans cette zone de la région de Tahoua": the villages told
    return _among_known(doc, place, places, sents)


# "C'est dans cette province qu'au moins 51 soldats ont été tués", "in this region": a division named by
# its demonstrative, the one the report named just before; "dans cette zone", "in this area", "cette
# localité": the town or village told just before
_THIS_DIVISION = re.compile(r"(?<![a-z])(dans|in|de|of) (cette|this|that) (province|region|cercle|departement|department)(?![a-z])")
# ("l'armée a repris le contrôle de cette commune", "this town": the commune, town or village told just before)
_THIS_TOWN = re.compile(r"(?<![a-z])(dans|in|de|of|a|at) (cette|this|that) (commune|ville|town|village)(?![a-z])")
_THIS_SPOT = re.compile(r"(?<![a-z])(dans|in|de|of|a) (cette|this|that) (zone|area|localite|locality|secteur)(?![a-z])")


def _named_before(doc: ReportDoc, own: set[int], demonstrative: re.Pattern[str], features: tuple[str, ...]) -> PlaceMention | None:
    """The place a sentence names by a demonstrative: the last of those features named before it."""
    for i in sorted(own):
        sent = doc.sentences[i]
        if demonstrative.search(fold(sent.text)):
            told = [p for p in doc.places if p.start < sent.start and p.feature in features and not doc.in_dateline(p.start)]
            return told[-1] if told else None
    return None


def _like_its_region(p: PlaceMention) -> bool:
    """Is the place named like its region ("Tillabéri", the town, the department or the region)?"""
    return fold(p.name) == fold(p.admin1 or "")


def _region_named(p: PlaceMention, hits: list[PlaceMention]) -> bool:
    """Is the place a town named like its region ("Tahoua"), told beside another place of that region?"""
    return bool(p.admin1) and _like_its_region(p) \
        and any(q.admin1 == p.admin1 and fold(q.name) != fold(p.name) for q in hits)


# "l'axe Dori-Téra", "the road between Dori and Tera": a road and its two ends
_ROAD_ENDS = re.compile(r"(?<![a-z])(axe|axis|road|route|troncon|highway) ([\w'-]+ ){0,3}?(reliant|linking|between|entre|from|de)?"
                        r"\s*[\w'-]+(-| (and|et|to|a) )[\w'-]+")
_ROAD = re.compile(r"(?<![a-z])(reliant|entre|between|from|road|route|axe|axis|troncon|linking)(?![a-z])")


def _road_end(doc: ReportDoc, p: PlaceMention) -> bool:
    """Is the place an end of a road or a route told ("between Boni and Torodi", "l'axe Dori-Téra")?"""
    before = fold(doc.text[max(0, p.start - 40) : p.start])
    # ("l'axe Fada N'Gourma - Kantchari": the ends set apart by a spaced dash)
    return bool(_ROUTE_BEFORE.search(before)) or doc.text[p.end : p.end + 1] in ("-", "–") \
        or (re.search(r"\s[-–]\s*$", before) is not None and _ROAD.search(before) is not None)


# "between Boni and ", "entre Dori et ", "from Gao to ", "reliant Ouallam à ", "l'axe "
_ROUTE_BEFORE = re.compile(r"(?<![a-z])(between|entre|from|reliant|linking|axe|axis|road|route|troncon)\s+"
                           r"((the\s+)?(towns?|villes?|localites?|villages?)\s+(of|de|d')\s*)?([\w'-]+\s+(and|et|to|a)\s+)?$")


_RIGHT_AFTER = re.compile(r"\s*((a|at|some|about|around|environ|a environ|a quelque|a une)\s+)?")


def _landmarks(doc: ReportDoc, mentions: list[PlaceMention], between: set[int] | None = None) -> set[int]:
    """The starts of the towns a distance is measured from, just after the village they locate
    ("Tabangout, a nomadic settlement about 30 km south of the town of Ménaka", "Taghatert et
    Inekar-ouest, à 40 et 45 km de Ménaka"): the village is where it happened. A road's end measured
    from the other end ("l'axe reliant Ouallam à Banibangou, à 25 km de Ouallam") locates nothing.
    (One pass over the mentions in order: each is compared with the one told before it.)"""
    # (the towns a place lies between are landmarks too; `between`, when the caller has read them already)
    out = set(_between(doc, mentions) if between is None else between)
    prev: PlaceMention | None = None
    for o in sorted((m for m in mentions if m.feature in ("P", "U")), key=lambda m: m.start):
        if prev is not None and prev.sent == o.sent and fold(prev.name) != fold(o.name) and o.start not in out:
            window = max(0, o.start - 60)
            m = DISTANCE.search(fold(doc.text[window : o.start]))
            # (in an apposition to the village: "Kompienbiga, une localité située à une quinzaine de km de
            # Pama"; "a réunion à Niono lorsque … intercepté à 15 km de Diabaly" locates no Niono)
            # (or right after it: "la commune de Saloba à 25 km au sud de Macina")
            if m is not None and 0 <= window + m.start() - prev.end <= 80 \
                    and (re.match(r"\s*[,(]", doc.text[prev.end : prev.end + 3])
                         or _RIGHT_AFTER.fullmatch(fold(doc.text[prev.end : window + m.start()]))) \
                    and not _ROAD.search(fold(doc.text[max(0, prev.start - 40) : prev.start])):
                out.add(o.start)
        prev = o
    return out


def _between(doc: ReportDoc, mentions: list[PlaceMention]) -> set[int]:
    """The starts of the towns a place is said to lie between ("in the Gourma-Rharous area, between
    Timbuktu and Gao"): they locate the place told before them, the event is not at them."""
    out: set[int] = set()
    prev: PlaceMention | None = None
    for o in sorted((m for m in mentions if m.feature in ("P", "U", "A")), key=lambda m: m.start):
        if prev is not None and prev.sent == o.sent and fold(prev.name) != fold(o.name):
            between = fold(doc.text[prev.end : o.start])
            if _BETWEEN_AFTER.fullmatch(between) or (prev.start in out and re.fullmatch(r"\s+(and|et)\s+", between)):
                out.add(o.start)
        prev = o
    return out


_BETWEEN_AFTER = re.compile(r"(\s+(area|zone|sector|secteur|region|district))?\s*,\s*((situee?s?|located|situated)\s+)?(between|entre)\s+"
                            r"(the towns of\s+|les villes de\s+|les localites de\s+)?")


# "the Boulikessi attack": a place that names an event told before, not where this one was
_EVENT_NOUN_AFTER = re.compile(r"\s*(attacks?|ambush|raid|assault|massacre|bombing|killings|siege|offensive)(?![a-z])")


def _event_names(doc: ReportDoc, hits: list[PlaceMention]) -> set[int]:
    """The starts of the places told as an event's name ("In the aftermath of the Boulikessi
    attack, the same group targeted forces in Timbuktu"), where the sentence names another."""
    if len(hits) < 2:
        return set()
    out = {p.start for p in hits if _EVENT_NOUN_AFTER.match(fold(doc.text[p.end : p.end + 20]))
           and re.search(r"(?<![a-z])the\s+$", fold(doc.text[max(0, p.start - 8) : p.start]))}
    return out if len(out) < len(hits) else set()


def _among_known(doc: ReportDoc, place: PlaceMention | None, places: list[PlaceMention], sents: set[int]) -> PlaceMention | None:
    """An unknown village with no known place it is said to be in lies among the known places
    told with it ("between Tokabangou and Markoye"): placed by the nearest in the text, when
    they are all in one region."""
    if place is not None and place.feature == "U" and place.start not in doc.inside:
        known = [p for p in places if p.sent in sents and p.feature == "P" and p.admin1]
        if known and len({(p.country, p.admin1) for p in known}) == 1:
            doc.inside[place.start] = min(known, key=lambda p: abs(p.start - place.start))
    return place


def event_country(doc: ReportDoc, place: PlaceMention | None, sents: set[int], actors: list[ActorMention]) -> str | None:
    """The event's country (ISO2): its place's, else what its sentences or the report name,
    else its actors', else the source's."""
    inside = doc.inside.get(place.start) if place is not None and place.feature == "U" else None
    if inside is not None:  # "Tiloua, dans la région d'Ouallam": in Ouallam's country
        place_iso3 = inside.iso3
    else:
        place_iso3 = place.iso3 if place is not None else None
    country_cc = next((c for c, i3 in ISO3.items() if i3 == place_iso3), None) if place_iso3 else None
    if country_cc is None:
        from conflictwire.geo.countries_named import country_votes

        # the event's own sentences first ("deux policiers nigériens"), then the whole report
        votes = country_votes(" ".join(doc.sentences[i].text for i in sorted(sents)))
        if not any(votes.values()):
            votes = doc.country_votes
        top = votes.most_common(1)
        country_cc = top[0][0] if top and top[0][1] > 0 else None
    if country_cc is None:
        # the places the report places anything at (a region, a town in another sentence)
        known = Counter(p.country for p in doc.places if p.country and p.feature in ("P", "A")
                        and not doc.in_dateline(p.start))
        if known:
            country_cc = known.most_common(1)[0][0]
    if country_cc is None:
        # no place or country named: an actor that belongs to one country says where ("FAMa")
        own = Counter(a.country for a in actors if a.country)
        if own:
            country_cc = next((cc for cc, name in COUNTRY_NAME.items() if name == own.most_common(1)[0][0]), None)
    if country_cc is None:
        country_cc = doc.dateline_country  # "OUAGADOUGOU (AFP) - … in the north": filed from there
    if country_cc is None:
        country_cc = doc.article.country  # the source's country (a feed's, the user's): the last resort
    return country_cc
