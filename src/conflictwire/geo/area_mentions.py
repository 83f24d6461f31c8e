"""Names that a report tells as an area rather than a settlement: a country, a second-level
division (cercle, province, département) or a region. Each is placed at its chief town, or at
its region's, with precision 3 (geo/places.py asks first, before looking for a village)."""

from __future__ import annotations

import re

from conflictwire.geo.admin import (
    ADMIN2_AFTER,
    ADMIN2_BEFORE,
    admin2_index,
    capital_of,
    region_spelt,
)
from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.countries_named import COUNTRY_NAME, ISO3
from conflictwire.geo.cues import (
    BORDER_AFTER,
    BORDER_BEFORE,
    CAME_FROM,
    REGION_AFTER,
    REGION_BEFORE,
    RIVER_AFTER,
    RIVER_BEFORE,
    TELLER_FROM,
)
from conflictwire.geo.gazetteer import Place
from conflictwire.geo.name_context import surname_after_title
from conflictwire.geo.unknown import PlaceMatch
from conflictwire.textutil import norm_key

# ("au Soum", "dans le Yatenga": French gives a province its article, a town none)
_ARTICLE_OF_A_DIVISION = re.compile(r"(?<![a-z])(au|dans le)\s+$")


# the Sahel told as the belt across Africa: "the Sahel region, including Mali and Niger", "le Sahel africain"
_THE_BELT_AFTER = re.compile(r"^\s*(region|belt|zone)?\s*,?\s*(including|notamment|comprising|which includes|such as|of (west |western |north )?africa|"
                             r"d'afrique|africain|ouest-africain|(countries|pays|nations|states|etats)(?![a-z]))")


def area_mention(text: str, folded: str, start: int, end: int, surface: str, key: str, places: list[Place],
                 doc_country: str | None) -> tuple[bool, PlaceMatch | None]:
    """(is the name told here as a country, division or region, the match it places if any).
    True with no match: an area's name that places nothing here (a demonym, a river, a country
    beyond the border)."""
    before = folded[max(0, start - 40) : start]
    after = folded[end : end + 20]
    if key in _country_names():
        cc, demonym = _country_names()[key]
        if demonym or RIVER_BEFORE.search(before) or RIVER_AFTER.match(after) or surname_after_title(text, start):
            return True, None  # (a demonym, "le fleuve Niger": the river, "le capitaine Chaibou Mali": a man, not the country)
        if TELLER_FROM.search(before):
            return True, None  # "Reporting from Dakar, Senegal, …": where the reporter is, city and country
        if CAME_FROM.search(before):
            return True, None  # "24 civils venant du Burkina Faso": the country they came from, not where it happened
        if (BORDER_BEFORE.search(before) or BORDER_AFTER.match(after)) and doc_country not in (None, cc):
            return True, None  # "near the southeast border with Nigeria", in a report on Niger: the country beyond it
        return True, PlaceMatch(start, end, surface, COUNTRY_NAME[cc], cc, ISO3.get(cc),
                                None, None, None, None, None, 3, feature="C", score=0.3)
    division = admin2_index().get(key)
    named_division = division and (ADMIN2_BEFORE.search(before) or ADMIN2_AFTER.match(after) or _ARTICLE_OF_A_DIVISION.search(before)
                                   # "the Poni region": a province no region shares its name with
                                   or (key not in _regions() and REGION_AFTER.match(after)))
    bare_division = division and not places and doc_country in (None, division.country)
    if division and (named_division or bare_division):
        # "province du Soum", "cercle de Bandiagara", or a division's bare name no town bears
        # ("forces in Yatenga"): the division, placed at its chief town when one shares its
        # name, else at its region's
        town = [p for p in places if p.country == division.country and p.admin1 == division.admin1]
        lat, lon = ((town[0].latitude, town[0].longitude) if town else capital_of(division.country, division.admin1)) or (None, None)
        return True, PlaceMatch(start, end, surface, division.admin2 or surface, division.country, ISO3.get(division.country),
                                division.admin1, division.admin2, lat, lon, None, 3, feature="A", score=0.7)
    if key == "sahel" and _THE_BELT_AFTER.match(folded[end : end + 60]):
        return True, None  # "the Sahel region, including Mali and Niger": the belt across Africa, not Burkina's region
    is_region_ctx = bool(REGION_AFTER.match(after) or REGION_BEFORE.search(before))
    region = _regions().get(key) or (region_spelt(key) if is_region_ctx and not places else None)
    if not region or not (is_region_ctx or not places):
        return False, None
    cc, name = region
    lat, lon = capital_of(cc, name) or (None, None)
    # "la région de Bandiagara": a newer region, filed under the one it was cut from, is placed at
    # its own seat
    seat = next((p for p in places if p.country == cc and p.admin1 == name and p.kind != "region"), None) \
        if key != norm_key(name) else None
    if seat is not None:
        lat, lon = seat.latitude, seat.longitude
    return True, PlaceMatch(start, end, surface, seat.name if seat else name, cc, ISO3.get(cc), name, None, lat, lon,
                            None, 3, feature="A", score=0.6)
