"""Where the text says a place lies: the cercle, province, département or region named right
after it ("Bondo, Cercle of Koro", "Bouroy (Nassoumbou), Soum Province", "Tillia (région de
Tahoua)"), so that a homonym elsewhere is not taken for it."""

from __future__ import annotations

import re

from conflictwire.geo.admin import admin2_index
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.textutil import norm_key

# what may stand between a place and the division it lies in: "Takoubatt village, in the…",
# "Kouni, a village in the…", "Sollé, une localité située dans la…"
_LIES_IN = (r"^\s*((village|town|locality|hamlet|localite)\s*)?(,|\()\s*((an?|un|une|the|le|la)\s+(small\s+|petit\s+|petite\s+)?"
            r"(village|town|locality|hamlet|localite|hameau|ville|commune)\s+)?((located|situated|situee?)\s+)?(in\s+|dans\s+)?")
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
