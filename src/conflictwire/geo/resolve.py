"""Which of several same-named places a report means.

Hard rules first (never a far homonym: a place abroad only in a country the report names, or
a city everyone knows). Then a score from the report's own context: its country, the regions
and cercles/provinces it names ("Boni, Mopti Region", "cercle de Bandiagara"), closeness to
the places it names without ambiguity, then population and kind (an army camp or a town
before a hamlet).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from conflictwire.geo.gazetteer import Place, division_key
from conflictwire.textutil import norm_key

# With no country named in the report, places in these countries win over homonyms elsewhere
# (the Sahel is what conflictwire watches; CONFLICTWIRE_FOCUS changes it).
FOCUS = tuple(os.environ.get("CONFLICTWIRE_FOCUS", "ML,BF,NE").split(","))
FAMOUS_CITY = 500_000
# a town the whole region knows (Dori, Gao, Kaya): named in a report about a neighbour, it is
# still itself, not a hamlet of that neighbour with the same name
REGIONAL_TOWN = 10_000


def _rows(name: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return rows[1:]  # past the header


CONFLICT_REGIONS = frozenset((r[0], r[1]) for r in _rows("conflict_regions.tsv"))
W = {r[0]: float(r[1]) for r in _rows("resolve_weights.tsv")}


@dataclass
class Context:
    country: str | None = None  # the report's country (ISO2), if it names one
    named: frozenset[str] = frozenset()  # every country the report names
    admin1: set[tuple[str, str]] = field(default_factory=set)  # (ISO2, region) named in the report
    admin2: set[str] = field(default_factory=set)  # norm keys of cercles, provinces, départements named
    anchors: list[tuple[float, float]] = field(default_factory=list)  # places named without ambiguity
    soft_anchors: list[tuple[str, list[tuple[float, float]]]] = field(default_factory=list)  # (key, its candidates)
    hinted: frozenset[str] = frozenset()  # countries of the actors it names (Dan Na Ambassagou: Mali)
    borders: frozenset[str] = frozenset()  # countries whose border it says it happened near


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def allowed(places: list[Place], ctx: Context, cue_country: str | None = None, key: str | None = None) -> list[Place]:
    """The candidates the hard rules leave. A far city everyone knows is allowed by its name or
    a spelling of it ("Alger" for Algiers), not by any of its alternate names: "Salem" in a
    Timbuktu report is not Jerusalem (key: the name as looked up)."""
    def famous(p: Place) -> bool:
        return p.population >= FAMOUS_CITY and (key is None or norm_key(p.name)[:3] == key[:3])

    want = cue_country or ctx.country
    if want:
        same = [p for p in places if p.country == want]
        if same and not cue_country:
            # the report's country is a guess from the whole text: a watched country's town of
            # some size stays a candidate beside its own hamlets ("refugees reached Dori", in a
            # report on Niger), and the score weighs its size against the country
            same += [p for p in places if p.country != want and regional_town(p)]
        # a big city of the watched countries stays itself in a report that names another country
        # ("a rally in Ouagadougou against French actions in Libya")
        return same or [p for p in places if p.country in ctx.named] or [
            p for p in places if famous(p) and p.country in FOCUS]
    focus = [p for p in places if p.country in FOCUS or p.country in ctx.named]
    return focus or [p for p in places if famous(p)]


def regional_town(p: Place) -> bool:
    return p.country in FOCUS and p.population >= REGIONAL_TOWN


def score(p: Place, ctx: Context, key: str | None = None) -> float:
    s = 0.0
    # (a town the region knows is at home in any of its reports, by its own name: "Karangasso" in a
    # report on Mali is Mali's, not Burkina's Karankasso that a few write so)
    if ctx.country and (p.country == ctx.country or (regional_town(p) and (key is None or norm_key(p.name) == key))):
        s += W["country"]
    elif p.country in ctx.named or p.country in ctx.hinted:
        s += W["named_country"]
    elif p.country in FOCUS:
        s += W["focus"]
    if p.admin1 and (p.country, p.admin1) in ctx.admin1:
        s += W["admin1"]
    if p.admin2 and division_key(p.admin2) in ctx.admin2:
        s += W["admin2"]  # (GeoNames writes "Cercle de Koro", a report "the Cercle of Koro" or "Koro")
    near = [km(p.latitude, p.longitude, lat, lon) for lat, lon in ctx.anchors]
    near = [d for d in near if d > 0.5]  # not itself
    if near:
        s += max(0.0, W["anchor"] - min(near) / W["km_per_point"])
    soft = [km(p.latitude, p.longitude, lat, lon) for k, spots in ctx.soft_anchors
            if k != (key or norm_key(p.name)) for lat, lon in spots]
    soft = [d for d in soft if d > 0.5]
    if soft:
        s += max(0.0, W["soft_anchor"] - min(soft) / W["km_per_point"])
    if any(cc != p.country and near_country(p.latitude, p.longitude, cc) for cc in ctx.borders):
        s += W["border"]  # "a base in Sokoura near the border with Burkina Faso": the Sokoura by it
    s += math.log10(p.population + 1) / W["population_decades_per_point"]
    if (p.country, p.admin1) in CONFLICT_REGIONS:
        s += W["conflict_region"]  # a homonym in a region at war is likelier to be the one a conflict report means
    s += W.get(f"kind_{p.kind}", 0.0)  # an army camp or a town before a hamlet
    if p.geonames_id >= 900_000_000:
        s += W["supplement"]  # the project's supplement was written for conflict reporting: its entry wins
    if key is not None and norm_key(p.name) == key:
        s += W["own_name"]  # the name written is the place's own, not an alternate one
    if _seat_of_division(p):
        s += W["seat"]  # the town a cercle, province or département is named after (Torodi, Tillabéri)
    return s


@lru_cache(maxsize=4096)
def near_country(lat: float, lon: float, country: str) -> bool:
    """Is the point within border_km of a place of the country (ISO2)?"""
    from conflictwire.geo.gazetteer import default_gazetteer

    reach = W["border_km"] / 111 + 0.2  # (degrees: a cell's corner beyond the reach in km)
    return any(abs(lat - a) <= reach and abs(lon - b) <= reach and km(lat, lon, a, b) <= W["border_km"]
               for a, b in default_gazetteer().cells(country))


def _seat_of_division(p: Place) -> bool:
    return _is_seat(p.name, p.country, p.admin1)


@lru_cache(maxsize=65536)
def _is_seat(name: str, country: str, admin1: str | None) -> bool:
    from conflictwire.geo.admin import admin2_index

    division = admin2_index().get(norm_key(name))
    return division is not None and division.country == country and division.admin1 == admin1


def pick(places: list[Place], ctx: Context, cue_country: str | None = None, key: str | None = None) -> Place | None:
    """The likeliest of a name's candidates (key: the name as looked up, so that its own
    homonyms do not vouch for each other)."""
    cands = allowed(places, ctx, cue_country, key)
    if not cands:
        return None
    return max(cands, key=lambda p: (score(p, ctx, key), -p.geonames_id))
