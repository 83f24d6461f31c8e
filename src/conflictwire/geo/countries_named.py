"""The countries and capitals a text names: how strongly it points at each country (names 2,
demonyms 1; not across a border, an origin or the river Niger), and capitals named by their
role ("la capitale burkinabè", "Mali's capital")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Protocol

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.cues import (
    BORDER_AFTER,
    BORDER_BEFORE,
    DESTINATION,
    NEAR,
    ORIGIN_BEFORE,
    RIVER_AFTER,
    RIVER_BEFORE,
    WITHDRAWAL,
)
from conflictwire.geo.gazetteer import Place, countries, default_gazetteer
from conflictwire.geo.name_context import surname_after_title
from conflictwire.geo.unknown import PlaceMatch
from conflictwire.textutil import Spans, fold, norm_key

ISO3 = {c["iso2"]: c["iso3"] for c in countries()}
COUNTRY_NAME = {c["iso2"]: c["name"] for c in countries()}


@lru_cache(maxsize=1)
def _capital_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "Burkina Faso's capital", "the Malian capital", "la capitale nigérienne", "capitale du
    Mali", "Burkina Faso's parliament": the capital city named by its role or by an institution that
    sits in it. Returns the regex and norm key -> ISO2."""
    names = {k: cc for k, (cc, _) in _country_names().items()}
    alt = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
    # (a country's parliament and presidential palace sit in its capital: "Burkina Faso's parliament",
    # "l'Assemblée nationale burkinabè")
    rx = re.compile(
        rf"(?<![a-z])(?:(?P<a>{alt})(?:'s|s')?\s+(?:capital|parliament|national assembly|presidential palace)|"
        rf"(?:capital (?:city )?|parliament |national assembly |presidential palace )of (?:the )?(?P<b>{alt})|"
        rf"(?:capitale|parlement|assemblee nationale|palais presidentiel) (?:du |de la |de l'|d')?(?P<c>{alt}))(?![a-z])"
    )
    return rx, names


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {c["iso2"]: c["capital"] for c in countries()}


def capital_name(cc: str) -> str | None:
    """The capital of a country (ISO2), as countries.tsv names it."""
    return _capitals().get(cc) or None


@lru_cache(maxsize=1)
def capital_keys() -> frozenset[str]:
    """The countries' capitals, as norm keys ("bamako", "niamey")."""
    return frozenset(norm_key(c) for c in _capitals().values() if c)


class _Named(Protocol):
    """Anything named in a country: a gazetteer place or a place mention of a report."""

    @property
    def name(self) -> str: ...

    @property
    def country(self) -> str | None: ...


def is_capital(p: _Named) -> bool:
    return p.country is not None and norm_key(_capitals().get(p.country) or "") == norm_key(p.name)


_OUTSKIRTS_AFTER = re.compile(r"^('s|s')?\s*(outskirts|suburbs|periphery|vicinity|environs|surroundings)(?![a-z])")


def capital_mentions(text: str, folded: str, taken: Spans) -> list[PlaceMatch]:
    rx, names = _capital_regex()
    by_cc = _capitals()
    out = []
    for m in rx.finditer(folded):
        if taken.overlaps(m.start(), m.end()) or DESTINATION.search(folded[max(0, m.start() - 60) : m.start()]):
            continue
        if m.group("b") and re.match(r"( faso)?['’]s(?![a-z])", folded[m.end() : m.end() + 8]):
            continue  # "the capital of Burkina Faso's Sahel region": the region's
        cc = names[norm_key(m.group("a") or m.group("b") or m.group("c"))]
        city = by_cc.get(cc)
        key = norm_key(city or "")
        if key and re.search(rf"(?<![a-z]){re.escape(key)}\s*[,(]\s*(la |the |l')?$", folded[max(0, m.start() - 40) : m.start()]):
            continue  # "à 50 km au nord-ouest de Niamey, la capitale du Niger": the city named again, in its role
        p = _capital_place(cc, key)
        if p is not None:
            out.append(_capital_match(text, folded, m, p, score=0.9))
    return out


def _capital_place(cc: str | None, key: str) -> Place | None:
    """The gazetteer's entry for a country's capital (its biggest town of that name there)."""
    found = [p for p in default_gazetteer().lookup([key])[key] if p.country == cc] if key else []
    return max(found, key=lambda x: x.population) if found else None


def _capital_match(text: str, folded: str, m: re.Match[str], p: Place, score: float) -> PlaceMatch:
    # "près de la capitale burkinabè", "the Malian capital's outskirts": near it (precision 2)
    near = NEAR.search(folded[max(0, m.start() - 40) : m.start()]) is not None \
        or _OUTSKIRTS_AFTER.match(folded[m.end() : m.end() + 24]) is not None
    return PlaceMatch(m.start(), m.end(), text[m.start():m.end()], p.name, p.country, ISO3.get(p.country), p.admin1, p.admin2,
                      p.latitude, p.longitude, p.geonames_id if p.geonames_id < 900_000_000 else None,
                      2 if near else 1, feature="P", score=score)


# "les carrefours de la capitale", "in the capital": the capital of the country the report is about
_BARE_CAPITAL = re.compile(r"(?<![a-z])(la capitale|the capital)(?! (city )?(of|de|du|d'|regionale|regional|economique|economic|"
                           r"provinciale|provincial|administrative)(?![a-z]))(?!['’]s)(?![a-z])")


def bare_capital_mentions(text: str, folded: str, taken: list[PlaceMatch], cc: str | None) -> list[PlaceMatch]:
    """"The capital" with no country named: the capital of the report's country `cc`."""
    key = norm_key(_capitals().get(cc or "") or "")
    p = _capital_place(cc, key)
    if p is None:
        return []
    out = []
    for m in _BARE_CAPITAL.finditer(folded):
        if any(t.start <= m.start() < t.end for t in taken) or DESTINATION.search(folded[max(0, m.start() - 60) : m.start()]):
            continue
        if re.search(rf"(?<![a-z]){re.escape(key)}\s*[,(]\s*$", folded[max(0, m.start() - 40) : m.start()]):
            continue  # "Niamey, la capitale": the city named already
        if re.match(rf"\s*(city\s+)?(of\s+)?,?\s*{re.escape(key)}(?![a-z])", folded[m.end() : m.end() + 40]):
            continue  # "the capital Niamey": the city named next
        if re.search(r"(?<![a-z])(is|was|est|etait|became|devenue?)\s+$", folded[max(0, m.start() - 12) : m.start()]):
            continue  # "of which Mopti city is the capital": what a town is, said of it
        out.append(_capital_match(text, folded, m, p, score=0.8))
    return out


def country_votes(doc_text: str, demonyms: bool = True) -> Counter[str]:
    """How strongly the text points at each country (names 2, demonyms 1 unless left out:
    "a Nigerien MINUSMA officer" in Gao says nothing of where Gao is)."""
    names_only, with_demonyms = name_votes(doc_text)
    return with_demonyms if demonyms else names_only


_OR_ANOTHER = re.compile(r"\s*(,|or|ou|and|et)\s+(from\s+|du\s+|de\s+la\s+|de\s+l'|de\s+|d'|des\s+|the\s+)?")


def name_votes(doc_text: str) -> tuple[Counter[str], Counter[str]]:
    """Both tallies of country_votes in one pass: (names only, names and demonyms)."""
    names_only, votes, _ = country_mentions(doc_text)
    return names_only, votes


# "the tri-border area", "la zone des trois frontières": where Mali, Burkina Faso and Niger meet
_THREE_BORDERS = re.compile(r"(?<![a-z])(tri-?border|three[- ]borders?|trois frontieres|liptako[- ]gourma)(?![a-z])")


def country_mentions(doc_text: str) -> tuple[Counter[str], Counter[str], frozenset[str]]:
    """One pass over the countries a text names: the two tallies of name_votes, and the countries
    whose border it says it happened near ("near the border with Burkina Faso", "à la frontière
    nigérienne", "the tri-border area"), as ISO2 codes."""
    names_only: Counter[str] = Counter()
    votes: Counter[str] = Counter()
    names = _country_names()
    folded = fold(doc_text)
    borders = {"ML", "BF", "NE"} if _THREE_BORDERS.search(folded) else set()
    left_out = -1  # where the last country told as an origin or a border ends
    # one alternation, longest names first: "Burkina Faso" is one mention, not two
    for m in _country_regex().finditer(folded):
        before = folded[max(0, m.start() - 40) : m.start()]
        cc, demonym = names[norm_key(m.group(0))]
        at_border = bool(BORDER_BEFORE.search(before) or BORDER_AFTER.match(folded[m.end() : m.end() + 12]))
        if at_border:
            borders.add(cc)
        if left_out >= 0 and _OR_ANOTHER.fullmatch(folded[left_out : m.start()]):
            left_out = m.end()
            continue  # "en provenance du Burkina ou du Mali": the list goes on
        if at_border:
            left_out = m.end()
            continue  # "near the Burkina Faso border": the event is on the other side of it
        if ORIGIN_BEFORE.search(before) or WITHDRAWAL.search(before):
            left_out = m.end()
            continue  # "jihadists from Mali", "withdrew towards Mali": where the attackers came from or went
        if RIVER_BEFORE.search(before) or RIVER_AFTER.match(folded[m.end() : m.end() + 12]):
            continue  # "le fleuve Niger": the river
        if not demonym and surname_after_title(doc_text, m.start()):
            continue  # "le capitaine Chaibou Mali": a man's name
        votes[cc] += 1 if demonym else 2
        if not demonym:
            names_only[cc] += 2
    return names_only, votes, frozenset(borders)


def borders_named(doc_text: str) -> frozenset[str]:
    """The countries whose border the text says it happened near (see country_mentions)."""
    return country_mentions(doc_text)[2]


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern[str]:
    keys = sorted(_country_names(), key=len, reverse=True)
    # (a name run on into digits is an outlet's, not the country: "Burkina24", "Senegal7")
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in keys) + r")(?![a-z0-9])")

