"""Where the text says a place lies: the cercle, province, département or region named right
after it ("Bondo, Cercle of Koro", "Bouroy (Nassoumbou), Soum Province", "Tillia (région de
Tahoua)"), so that a homonym elsewhere is not taken for it."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictwire.geo.admin import admin2_index
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.countries_named import ISO3
from conflictwire.geo.cues import REGION_AFTER, REGION_BEFORE
from conflictwire.geo.gazetteer import Place, default_gazetteer
from conflictwire.geo.resolve import FOCUS, km
from conflictwire.geo.unknown import PlaceMatch
from conflictwire.textutil import norm_key

# what may stand between a place and the division it lies in: "Takoubatt village, in the…",
# "Kouni, a village in the…", "Sollé, une localité située dans la…"
# ("Nondin and Soro in Yatenga province": "in" alone too)
_LIES_IN = (r"^\s*((village|town|locality|hamlet|localite)\s*)?((,|\()\s*((an?|un|une|the|le|la)\s+(small\s+|petit\s+|petite\s+)?"
            r"(village|town|locality|hamlet|localite|hameau|ville|commune)\s+)?((located|situated|situee?)\s+)?(in\s+|dans\s+)?|(in|dans)\s+)")
_DIVISION_AFTER = re.compile(
    _LIES_IN + r"(the\s+|la\s+|le\s+)?((cercle|province|commune|department|departement|prefecture)\s+(of|de|du|d')\s*"
    # (or the name first, as English writes it: "Bouroy, Soum Province")
    r"(?P<name>[a-z][a-z' -]{1,30}?)|(?P<first>[a-z][a-z'-]{1,30}(\s[a-z][a-z'-]{1,20})?)\s+(province|cercle|department|prefecture))\s*(,|\(|\)|\.|;|$)")
# a name in brackets after a place, the commune or village it is told by: "Bouroy (Nassoumbou), Soum Province"
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")


# "Welingara, in the Segou region", "Tillia (région de Tahoua)"
_REGION_AFTER_PLACE = re.compile(
    _LIES_IN + r"(the\s+|la\s+|le\s+)?(region\s+(of|de|du|d')\s*(the\s+|l'|la\s+|le\s+)?(?P<a>[a-z][a-z' -]{1,30}?)|"
    r"(?P<b>[a-z][a-z' -]{1,30}?)\s+region)\s*(,|\)|\.|$)")


def region_before(folded: str, start: int) -> tuple[str, str] | None:
    """(country, region) a clause names just before a place it goes on to place in it ("a patrol in
    the Diffa region near Baroua", "dans la région de Diffa, près de Baroua")."""
    r = _REGION_BEFORE_PLACE.search(folded[max(0, start - 60) : start])
    return _regions().get(norm_key(r.group("a") or r.group("b"))) if r is not None else None


_REGION_BEFORE_PLACE = re.compile(
    r"(?<![a-z])(in|dans)\s+(the\s+(?P<a>[a-z][a-z'-]{2,20})\s+region|la\s+region\s+(de|du|d')\s*(?P<b>[a-z][a-z'-]{2,20}))\s*,?\s*"
    r"(near|close to|not far from|at|in|around|pres de|non loin de|a|au|aux abords de)\s+((the\s+)?(village|town|locality)\s+of\s+|"
    r"(la\s+)?(localite|village|ville)\s+de\s+|le\s+village\s+de\s+)?$")


# the rest of a list of names: ", Ndalkoy, Sambo et Gorkobé"
_LIST_REST = re.compile(r"((\s*,\s*|\s+(and|et)\s+)[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*)?)+")


def division_after(folded: str, end: int, text: str = "") -> tuple[str, str] | None:
    """(country, region) of a cercle, province, département or region named right after a place,
    or after the list it heads or belongs to ("les villages de A, B et C, dans la province du
    Soum": each lies in the Soum)."""
    rest = _LIST_REST.match(text, end) if text else None
    if rest is not None and (told := division_after(folded, rest.end())) is not None:
        return told
    if (aside := _BRACKETED.match(folded, end)) is not None:
        end = aside.end()
    m = _DIVISION_AFTER.match(folded[end : end + 60])
    if m is not None:
        division = admin2_index().get(norm_key(m.group("name") or m.group("first")))
        return (division.country, division.admin1) if division else None
    r = _REGION_AFTER_PLACE.match(folded[end : end + 60])
    if r is not None:
        return _regions().get(norm_key(r.group("a") or r.group("b")))
    return None


# what may stand between a name and the known town it is told from: ", north of", "locality 100 km
# East of", "(à 30 km au nord de", "area, 140 km north of", "market, 80 km north from the town of"
# (a distance with no direction, "à 60 km de Bamako", is no such thing: the road or the town one
# set out from as often as where the place lies)
_SITE = r"(village|locality|localite|town|hamlet|hameau|area|zone|market|marche|site|camp)"
_UNITS = r"\d{1,3}\s*(km|kms|kilometres|kilometers|miles)"
_FROM_A_TOWN = re.compile(
    rf"^\s*({_SITE}\s*)?(,|\()?\s*((a|an|the|un|une|la|le)\s+)?({_SITE}\s+)?((situated|located|situee?)\s+)?"
    r"((about|some|around|environ|nearly|a|a environ|a quelque|a une)\s+)?"
    rf"({_UNITS}\s+)?((au|a l')\s*)?(north|south|east|west|nord|sud|est|ouest)(-?(east|west|est|ouest))?\s+(of|from|de|du|d')\s*((the\s+)?(town|city|village)\s+of\s+|la\s+(ville|localite|commune)\s+de\s+)?")


# a distance with no direction in an apposition that says where the place lies: "Tanwalbougou, une
# localité située à environ 50 km de Fada N'Gourma", "Kouni, a village located 30 km from Kaya"
_LOCATED_FROM = re.compile(
    rf"^\s*(,|\()\s*(a|an|un|une)\s+((small|petit|petite)\s+)?{_SITE}\s+(situated|located|situee?)\s+"
    rf"((about|some|around|environ|nearly|a|a environ|a quelque|a une)\s+)*{_UNITS}\s+(of|from|de|du|d')\s*")


def placed_by_a_town(text: str, folded: str, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """"Salem, north of Timbuktu", "Ahina locality 100 km East of Gawa": a name told from a town
    lies near that town; a name no gazetteer knows, or a homonym far away, is placed there (its
    country and region, precision 2)."""
    out = []
    for m in matches:
        gap = (_FROM_A_TOWN.match(folded[m.end : m.end + 60]) or _LOCATED_FROM.match(folded[m.end : m.end + 80])) \
            if m.feature in ("P", "U") else None
        town = _town_at(text, m.end + gap.end()) if gap else None
        far = town is not None and (m.latitude is None or m.longitude is None
                                    or km(m.latitude, m.longitude, town.latitude, town.longitude) > _near_km(gap))
        if town is None and m.feature == "P" and m.latitude is not None and m.longitude is not None:
            # "entre Diédiéni et Kolokani": a road's two ends lie near one another; a hamlet of that
            # name far from the town at the road's other end is another place of the name
            town = _road_end_town(text, folded, m)
            far = town is not None and km(m.latitude, m.longitude, town.latitude, town.longitude) > _NEAR_KM \
                and _only_hamlets(m)
        if town is not None and far:
            m = replace(m, name=m.text, country=town.country, iso3=ISO3.get(town.country), admin1=town.admin1,
                        admin2=town.admin2, latitude=town.latitude, longitude=town.longitude, geonames_id=None,
                        precision=2, feature="U")
        out.append(m)
    return out


_BETWEEN_BEFORE = re.compile(r"(?<![a-z])(entre|between)\s+(les localites de\s+|the towns of\s+)?$")
_AND_AFTER = re.compile(r"^\s+(et|and)\s+(de\s+|d')?")
_TOWN_SIZE = 5_000  # the other end of the road: a town, whose name is not a hamlet's


def _road_end_town(text: str, folded: str, m: PlaceMatch) -> Place | None:
    """The town at the other end of a road told "between" the name and it."""
    if not _BETWEEN_BEFORE.search(folded[max(0, m.start - 30) : m.start]):
        return None
    link = _AND_AFTER.match(folded[m.end : m.end + 12])
    town = _town_at(text, m.end + link.end()) if link else None
    return town if town is not None and town.population >= _TOWN_SIZE else None


def _only_hamlets(m: PlaceMatch) -> bool:
    key = norm_key(m.name)
    found = default_gazetteer().lookup([key]).get(key, [])
    return bool(found) and all(p.population == 0 and p.kind == "village" for p in found)


_TOWN_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?")


def _town_at(text: str, pos: int) -> Place | None:
    """The biggest town of the watched countries by the name that begins at pos."""
    m = _TOWN_NAME.match(text, pos)
    if m is None:
        return None
    key = norm_key(m.group(0))
    towns = [p for p in default_gazetteer().lookup([key]).get(key, []) if p.country in FOCUS and p.kind != "region"]
    return max(towns, key=lambda p: p.population) if towns else None


_NEAR_KM = 150  # a place told from a town further than this is another place of that name


def _near_km(gap: re.Match[str] | None) -> float:
    """How far from the town a place told from it may lie: _NEAR_KM, or further when the text
    gives the distance ("Almoustarat, 140 km north of Gao": 140 km, give or take)."""
    told = re.search(r"(\d{1,3})\s*(km|kms|kilometres|kilometers|miles)", gap.group(0)) if gap else None
    if told is None:
        return _NEAR_KM
    return max(_NEAR_KM, int(told.group(1)) * (1.6 if told.group(2) == "miles" else 1.0) + 75)


def regions_called(folded: str, cands: list[tuple[int, int, str, str | None, str | None]], keys: list[str]) -> str | None:
    """The one country (ISO2) whose regions a text calls regions ("dans la région de Tillaberi",
    "the Tillaberi region"), if it names regions of one country only: a report that names no
    country is about that one."""
    called = {_regions()[k][0] for (start, end, *_), k in zip(cands, keys, strict=True) if k in _regions()
              and (REGION_AFTER.match(folded[end : end + 20]) or REGION_BEFORE.search(folded[max(0, start - 40) : start]))}
    return next(iter(called)) if len(called) == 1 else None

