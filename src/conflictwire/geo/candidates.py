"""Which of a name's gazetteer entries the words around it allow: the one near the town it is
told with ("Welingara, près de Nara", "Tagalalt, Ménaka"), and the one place another spelling of
it can mean (geo/places.py asks; none left means a village the gazetteer lacks)."""

from __future__ import annotations

import re

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.gazetteer import Place
from conflictwire.geo.resolve import Context, allowed, km
from conflictwire.textutil import edit_distance, norm_key

# "Welingara, près de Nara", "Tagabati, near Ouallam": the name's place lies near the one named after it
_NEAR_AFTER = re.compile(
    r"^\s*,?\s*(?:near|close to|not far from|près de|pres de|non loin de|à proximité de|a proximite de)\s+"
    r"(?:the town of |la ville de |la localité de |la localite de )?([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
NEAR_KM = 150  # "near" in a Sahel report: up to the next district (Tagabati is 79 km from Ouallam), not across the country


# "Tagalalt, Ménaka": a hamlet told with the town it belongs to, not a list
# ("Diffa, Arlit, Zinder and Agadez", "Ndidja, Neyba and Sibe": the name after goes on the list)
_APPOSITION = re.compile(r"^\s*(,)\s*([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
# a list that goes on after a name: ", Kobou", " and Sibe", " et Gadabo"
LIST_GOES_ON = re.compile(r"(\s*,|\s+and|\s+et|\s*&)\s*[A-ZÀ-Ý]")


def spelt_place(key: str, places: list[Place], ctx: Context, source_country: str | None) -> list[Place]:
    """The one place another spelling of a name can mean: of the candidates the hard rules
    leave (rows of one place counted once), the one in the report's country (named, else the
    source's), else the one spelt nearest the text ("Dialloube": Dialoubé before Dyaloubé).
    None when that leaves several."""
    cands = sorted({(round(p.latitude, 2), round(p.longitude, 2)): p for p in allowed(places, ctx)}.values(),
                   key=lambda p: (-p.population, p.geonames_id))
    # a report that names its region rules out a village of that sound in another region of
    # that country ("the hamlet of Tancoulle (Koro), Mopti Region" is not Tankoulé, Ségou)
    regions = {cc: {r for c, r in ctx.admin1 if c == cc} for cc, _ in ctx.admin1}
    cands = [p for p in cands if p.country not in regions or p.admin1 in regions[p.country]]
    home = ctx.country or source_country
    if len(cands) > 1 and home and any(p.country == home for p in cands):
        cands = [p for p in cands if p.country == home]
    if len(cands) > 1:
        far = {id(p): edit_distance(key, norm_key(p.name)) for p in cands}
        best = min(far.values())
        cands = [p for p in cands if far[id(p)] == best]
    if len(cands) > 1 and all(km(p.latitude, p.longitude, cands[0].latitude, cands[0].longitude) <= SAME_SPOT_KM for p in cands):
        cands = cands[:1]  # camps or hamlets of one name a few km apart: one place to a coder
    return cands if len(cands) == 1 else []


SAME_SPOT_KM = 10  # ACLED's and the eval's tolerance for "the same place"


def near_the_landmark(places: list[Place], after: str, found: dict[str, list[Place]], ctx: Context) -> list[Place]:
    """The homonyms within NEAR_KM of the known town a name is said to be near, or told with
    ("X, near Nara"; "X, Bourem"): none there means the name is a village the
    gazetteer lacks, placed by that town. All of them when nothing is said."""
    m = _NEAR_AFTER.match(after)
    # ("Tinzaouatene, near Algeria": near a country's border, which places nothing)
    marks = found.get(norm_key(m.group(1))) or [] if m and norm_key(m.group(1)) not in _country_names() else []
    if not marks and places and all(p.population == 0 and p.kind != "town" for p in allowed(places, ctx)):
        a = _APPOSITION.match(after)
        if a is not None and not LIST_GOES_ON.match(after, a.end()) and norm_key(a.group(2)) not in _country_names():
            # the town after a hamlet's name places it; a hamlet after a hamlet is a list
            marks = [q for q in found.get(norm_key(a.group(2))) or [] if q.population > 0 or q.kind == "town"]
    if not places or not marks:
        return places
    return [p for p in places if any(km(p.latitude, p.longitude, q.latitude, q.longitude) <= NEAR_KM for q in marks)]
