"""Wire datelines ("BAMAKO, June 2 (Reuters) -", "OUAGADOUGOU:", "Dakar(Senegal):", "Niamey: …"
under the title): where a story was filed from, never where its events happened, and the
story's country when its text names none. The patterns are in geo/cues.py."""

from __future__ import annotations

import re

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.cues import (
    DATELINE,
    DATELINE_BARE,
    DATELINE_COLON,
    DATELINE_COUNTRY,
    DATELINE_DATED,
)
from conflictwire.geo.gazetteer import default_gazetteer
from conflictwire.textutil import norm_key


def find_dateline(text: str) -> tuple[int, int] | None:
    """Span of a wire dateline ("BAMAKO, June 2 (Reuters) -") in the first lines."""
    m = _dateline_match(text)
    return (m.start(), m.end()) if m else None


def _dateline_match(text: str) -> re.Match[str] | None:
    head = text[:400]
    m = DATELINE.search(head) or DATELINE_DATED.search(head) or DATELINE_COLON.search(head) or DATELINE_COUNTRY.search(head) \
        or DATELINE_BARE.search(head)
    if m is None and (t := _DATELINE_TITLED.search(head)) and norm_key(t.group("place")) not in _country_names():
        m = t  # "Niamey: Niger's army said …" opening the story under its title (a title's own "Ménaka :" is its place)
    if m is None:
        m = _AGENCY_LINE.search(head) or _WRITER_OUTLET_LINE.search(head)  # "AFP Bamako" on a line of its own under the title
    # (an agency's dateline may follow a title, a byline and a teaser: "Ouagadougou, (APP - …) :")
    # (a city in capitals and its country, "NIAMEY, Niger:", is a wire's dateline below any teaser)
    if m and (m.start() < 200 or m.re is DATELINE or (m.re is DATELINE_COLON and m.group("country"))):
        return m
    # "NIAMEY: Five Indian citizens were kidnapped…" below a title, a teaser and its bullets: a
    # capital in capitals opening a line is the wire's dateline, however far down
    from conflictwire.geo.countries_named import capital_keys

    return next((c for c in _CAPITAL_LINE.finditer(text[:_FAR]) if norm_key(c.group("place")) in capital_keys()), None)


_FAR = 1500  # how far down the page a capital's dateline may open a line
# "NIAMEY:", "NIAMEY, NIGER -" opening a line (or right after the page's date): a capital in capitals
_CAPITAL_LINE = re.compile(r"(?:^|(?<=\d{4}-\d\d-\d\d ))[ \t]*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)"
                           r"(?:,[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)?[ \t]*(?::|[ \t][-–—])[ \t]+(?=[A-ZÀ-Ý])", re.M)

_DATELINE_TITLED = re.compile(r"(?<=\n)[ \t]*(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})?):[ \t]+(?=[A-ZÀ-Ý]\S*( \S+){4})")


_AGENCY_LINE = re.compile(r"(?<=\n)[ \t]*(AFP|Reuters|AP|APA|Xinhua|IANS|PTI|ANP)[ \t]*[|,/-]?[ \t]*"
                          r"(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})[ \t]*(?=\n)")


# "Modibo Kane Diallo - 7Dnews Bamako": a writer's name, the outlet and its city, on a line of their own
_WRITER_OUTLET_LINE = re.compile(r"(?<=\n)[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,3}[ \t]+[-–—|][ \t]+"
                     r"(?:[\w'’.&-]+[ \t]+){1,3}(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})[ \t]*(?=\n)")


DATELINE_TOWN = 20_000  # a dateline names a city a wire has a desk or a stringer in


def dateline_country(text: str) -> str | None:
    """The country (ISO2) of a dateline's city ("OUAGADOUGOU (AFP) -": BF): where the story is
    filed from, the story's country when its text names none. A town only, of some size."""
    m = _dateline_match(text)
    if m is None:
        return None
    key = norm_key((m.groupdict().get("place") or m.groupdict().get("upper") or "").split("/")[0])
    if key in _country_names():
        return _country_names()[key][0]
    towns = [p for p in default_gazetteer().lookup([key]).get(key, []) if p.population >= DATELINE_TOWN]
    return max(towns, key=lambda p: p.population).country if towns else None
