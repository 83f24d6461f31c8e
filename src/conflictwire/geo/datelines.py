"""Wire datelines ("BAMAKO, June 2 (Reuters) -", "OUAGADOUGOU:", "Dakar(Senegal):", "Niamey: …"
under the title): where a story was filed from, never where its events happened, and the
story's country when its text names none."""

from __future__ import annotations

import re

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.gazetteer import Place, default_gazetteer
from conflictwire.textutil import norm_key

# "BAMAKO, June 2 (Reuters) -": a city (and its country), maybe a date, an agency's brackets, a dash
DATELINE = re.compile(
    # ("BAMAKO/DAKAR (Reuters) -": a story filed from two desks)
    r"^\s*(?:date [\d-]+\s+)?(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ /-]{1,30}?)\s*(?:\[[^\]]{1,30}\]\s*)?"
    # "OUAGADOUGOU, Burkina Faso (AP) —": the city's country or state after it
    r"(?:,\s*[A-Z][A-Za-zÀ-ÿ'’ -]{2,30}?(?=\s*(?:\(|—|--|,)))?"
    # ("Niamey, 21 Oct. (ANP) –": a month abbreviated with its full stop)
    r"(?:,\s*(?:\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+\.?)(?:,?\s*\d{4})?)?\s*"
    # ("Ouagadougou, (APP - UrduPoint … - 14th Jun, 2022 ) :": a comma before the agency's brackets)
    # (a bracketed organisation is no agency: "United Nations (UN) soldiers patrol…", a caption)
    r"(?:,?\s*\((?!(?:UN|ONU|EU|UE|AU|UA|ECOWAS|CEDEAO|NATO|OTAN)\))(?:[A-Z]{2,6}|dpa|Reuters|Xinhua|Anadolu|Sputnik|Belga)[^)]*\)|—|–|--)\s*[-—–:]?",
    re.M,
)
# "OUAGADOUGOU: Five people were killed…": a city in capitals and a colon opening a paragraph
# ("BAMAKO, MALI: Thirty-seven civilians…": its country in capitals too)
DATELINE_COLON = re.compile(r"^\s*(?!(?:PHOTOS?|CREDITS?|SOURCES?|VIDEO|FILE|LIRE AUSSI|READ ALSO|UPDATE|NOTE)\s*:)(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)(?P<country>,\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30})?\s*:\s+(?=[A-ZÀ-Ý])", re.M)
# "Dakar(Senegal): At least 15 civilians…", "Niamey (Niger) - Des hommes armés…": a city and its country in brackets
# ("APA-Ouagadougou (Burkina Faso)" on a line of its own: an agency's desk and its city)
DATELINE_COUNTRY = re.compile(
    r"^\s*(?:[A-Z]{2,6}\s*[-–]\s*)?(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30}?)\s*\([A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30}\)"
    r"(?:\s*[:—–-]\s+(?=[A-ZÀ-Ý])|[ \t]*$)", re.M)
# A dated dateline may name any outlet in its brackets: "BAMAKO, Feb 6, 2024 (Sahel Wire) -",
# or stand on its own line: "Bamako, 5 septembre 2024 (L'Écho de Bamako)"
DATELINE_DATED = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{1,30}?)\s*,\s*(?:[A-Za-zéû]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?)"
    r",?\s*\d{4}\s*(?:(?:\([A-Z][^()\n]{1,40}\))?\s*[-—–:]|\([A-Z][^()\n]{1,40}\)[ \t]*$)"
    # a city in capitals, a day without its year and a dash: "NIAMEY, 10 mai -", "DORI, May 4 -"
    r"|^\s*(?P<upper>[A-ZÀ-Ý]{3,}(?:[ '-][A-ZÀ-Ý]{2,})*)\s*,\s*(?:[A-Za-zéû]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?)"
    r"\s*(?:\([A-Z][^()\n]{1,40}\)\s*)?[-—–]\s",
    re.M,
)
# a city, its country and the outlet's name in brackets, opening a line: "Ouagadougou, Burkina Faso
# (Top News Africa) Quelque 33 personnes …" (any outlet: the country after the city makes it a dateline)
DATELINE_OUTLET = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{1,30}?)\s*,\s*(?P<country>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30}?)\s*"
    r"\([A-ZÀ-Ý][^()\n]{1,40}\)\s*[-—–:]?\s*(?=[A-ZÀ-Ý«\"“])"
    # or a city and its country on a line of their own: "Niamey, NIGER" under the title
    r"|^[ \t]*(?P<place2>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{1,30}?)[ \t]*,[ \t]*(?P<country2>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’ -]{2,30}?)[ \t]*$", re.M)
# a wire's dateline whose agency and dash a copy lost: "OUAGADOUGOU, April 4 Unidentified gunmen …" (a
# city in capitals, a month named and its day, then the story)
DATELINE_BARE = re.compile(
    r"^\s*(?P<upper>[A-ZÀ-Ý]{3,}(?:[ '-][A-ZÀ-Ý]{2,})*)\s*,\s*(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+(?:janvier|"
    r"f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre))[ \t]+(?=[A-ZÀ-Ý])",
    re.M,
)


def find_dateline(text: str) -> tuple[int, int] | None:
    """Span of a wire dateline ("BAMAKO, June 2 (Reuters) -") in the first lines."""
    m = _dateline_match(text)
    return (m.start(), m.end()) if m else None


def _dateline_match(text: str) -> re.Match[str] | None:
    head = text[:400]
    m = DATELINE.search(head) or DATELINE_DATED.search(head) or DATELINE_COLON.search(head) or DATELINE_COUNTRY.search(head) \
        or DATELINE_BARE.search(head)
    if m is None:
        m = next((o for o in DATELINE_OUTLET.finditer(head)
                  if norm_key(o.group("country") or o.group("country2")) in _country_names()), None)
    if m is None:
        # "Cotonou in Benin-The government confirmed…": a city in its country and a dash
        # (the city a town the gazetteer knows: "Violence in Burkina: …" is a title, not a dateline)
        m = next((o for o in _DATELINE_IN.finditer(head) if norm_key(o.group("country")) in _country_names()
                  and default_gazetteer().lookup([norm_key(o.group("place"))]).get(norm_key(o.group("place")))), None)
    if m is None and (t := _DATELINE_TITLED.search(head) or _DATELINE_LEAD.match(head)) \
            and norm_key(t.group("place")) not in _country_names():
        m = t  # "Niamey: Niger's army said …" opening the story under its title (a title's own "Ménaka :" is its place)
    if m is None:
        m = _AGENCY_LINE.search(head) or _WRITER_OUTLET_LINE.search(head)  # "AFP Bamako" on a line of its own under the title
    if m is None:
        m = _DATELINE_RUN_ON.search(head)  # "Two soldiers killed in Mali: army Bamako, Nov 3 (AFP) Nov 03, 2019 Two…"
    # (an agency's dateline may follow a title, a byline and a teaser: "Ouagadougou, (APP - …) :")
    # (a city in capitals and its country, "NIAMEY, Niger:", is a wire's dateline below any teaser)
    if m and (m.start() < 200 or m.re in (DATELINE, DATELINE_OUTLET) or (m.re is DATELINE_COLON and m.group("country"))):
        return m
    # "NIAMEY: Five Indian citizens were kidnapped…" below a title, a teaser and its bullets: a
    # capital in capitals opening a line is the wire's dateline, however far down
    from conflictwire.geo.countries_named import capital_keys

    return next((c for c in _CAPITAL_LINE.finditer(text[:_FAR]) if norm_key(c.group("place")) in capital_keys()), None)


_FAR = 1500  # how far down the page a capital's dateline may open a line
# "NIAMEY:", "NIAMEY, NIGER -", "NIAMEY -At least…" (a copy that lost the space) opening a line (or right after the page's date): a capital in capitals
_CAPITAL_LINE = re.compile(r"(?:^|(?<=\d{4}-\d\d-\d\d ))[ \t]*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)"
                           r"(?:,[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}?)?[ \t]*(?::[ \t]+|[ \t][-–—][ \t]*)(?=[A-ZÀ-Ý])", re.M)

_DATELINE_TITLED = re.compile(r"(?<=\n)[ \t]*(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})?):[ \t]+(?=[A-ZÀ-Ý]\S*( \S+){4})")

# the same opening the report's first line when that line is a story's lead, not a title: "Ouagadougou:
# Gunmen killed 15 civilians in northern Burkina Faso over the weekend, security sources said Monday, …"
# (a whole sentence of its own, where a title, "Ménaka : trois civils tués", is short and has no full stop)
_DATELINE_LEAD = re.compile(r"[ \t]*(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})?):[ \t]+"
                            r"(?=[A-ZÀ-Ý][^\n]{100,}?[.!?](\s|$))")

_DATELINE_IN = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})?) in "
                          r"(?P<country>[A-ZÀ-Ý][A-Za-zà-ÿ'’ -]{2,30}?)[ \t]*[-–—:][ \t]*(?=[A-ZÀ-Ý])", re.M)


# a wire's dateline run on after the title, its line breaks lost: "… by explosive device: army Bamako, Nov 3
# (AFP) Nov 03, 2019 Two Malian soldiers…" (a city, a day of a month and a wire agency's name in brackets)
_DATELINE_RUN_ON = re.compile(r"(?<=\s)(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30}),[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[a-zéû]{3,9}\.?)"
                              r"[ \t]*\((?:AFP|Reuters|AP|ANP|APA|AIB|AMAP|Xinhua|Anadolu)\)")

_AGENCY_LINE = re.compile(r"(?<=\n)[ \t]*(AFP|Reuters|AP|APA|Xinhua|IANS|PTI|ANP)[ \t]*[|,/-]?[ \t]*"
                          r"(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})[ \t]*(?=\n)")


# "Modibo Kane Diallo - 7Dnews Bamako": a writer's name, the outlet and its city, on a line of their own
_WRITER_OUTLET_LINE = re.compile(r"(?<=\n)[ \t]*[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,3}[ \t]+[-–—|][ \t]+"
                     r"(?:[\w'’.&-]+[ \t]+){1,3}(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,30})[ \t]*(?=\n)")


DATELINE_TOWN = 20_000  # a dateline names a city a wire has a desk or a stringer in


def _place_key(m: re.Match[str]) -> str:
    """The folded name of the place a dateline match names ("BAMAKO/DAKAR": the first)."""
    return norm_key((m.groupdict().get("place") or m.groupdict().get("place2") or m.groupdict().get("upper") or "").split("/")[0])


def dateline_town(text: str) -> Place | None:
    """The town a dateline names ("ABALAK, Niger, Oct. 15 (UPI) —"), by the gazetteer: the most
    populous of the name, in the country the dateline gives if it gives one; None for a country."""
    m = _dateline_match(text)
    key = _place_key(m) if m is not None else ""
    if m is None or not key or key in _country_names():
        return None
    told = norm_key(m.groupdict().get("country") or "").strip(", ")
    cc = _country_names()[told][0] if told in _country_names() else None
    towns = [p for p in default_gazetteer().lookup([key]).get(key, []) if p.kind != "region" and cc in (None, p.country)]
    return max(towns, key=lambda p: p.population) if towns else None


def dateline_country(text: str) -> str | None:
    """The country (ISO2) of a dateline's city ("OUAGADOUGOU (AFP) -": BF): where the story is
    filed from, the story's country when its text names none. A town only, of some size."""
    m = _dateline_match(text)
    if m is None:
        return None
    key = _place_key(m)
    if key in _country_names():
        return _country_names()[key][0]
    towns = [p for p in default_gazetteer().lookup([key]).get(key, []) if p.population >= DATELINE_TOWN]
    return max(towns, key=lambda p: p.population).country if towns else None
