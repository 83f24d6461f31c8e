"""Quantities in text: digits, number words (en/fr, compounds), ranges and vague words."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from conflictwire.lexicons import read_tsv


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: int  # the ACLED-style headline (conservative)
    low: int | None
    high: int | None
    vague: bool
    article: bool  # "a"/"un": only a count when a person noun follows


@lru_cache(maxsize=2)
def _words(lang: str) -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in read_tsv("numbers.tsv") if r["lang"] == lang}


@lru_cache(maxsize=2)
def _vague(lang: str) -> dict[str, tuple[int, int | None, int | None]]:
    out = {}
    for r in read_tsv("vague.tsv"):
        if r["lang"] == lang:
            out[r["phrase"]] = (
                int(r["value"]),
                int(r["low"]) if r["low"] else None,
                int(r["high"]) if r["high"] else None,
            )
    return out


def word_number(token: str, lang: str) -> int | None:
    """'twenty-five' -> 25, 'vingt et un' -> 21, 'quatre-vingt-dix' -> 90, '12' -> 12."""
    token = token.strip().replace("\u202f", "").replace(" ", "-")
    if token.isdigit():
        return int(token)
    words = _words(lang)
    if token in words:
        return words[token]
    parts = [p for p in token.split("-") if p and p != "et" and p != "and"]
    total, current = 0, 0
    for part in parts:
        if part not in words:
            return None
        v = words[part]
        if v == 1000:  # "two thousand five hundred": what comes before is counted in thousands
            total, current = total + max(current, 1) * 1000, 0
        elif v == 100:
            current = max(current, 1) * 100
        elif part == "dozen":
            current = max(current, 1) * 12  # "two dozen" is 24, not 2 + 12
        elif lang == "fr" and v == 20 and current == 4:  # quatre-vingt
            current = 80
        else:
            current += v
    total += current
    return total or None


@lru_cache(maxsize=2)
def quantity_regex(lang: str) -> re.Pattern[str]:
    words = sorted((w for w in _words(lang) if " " not in w), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    # a compound joins by "et" only before one ("vingt et un", "soixante et onze") and by "and"
    # only after a hundred or a thousand ("two hundred and five"): "cinq et sept", "five and
    # seven" are two numbers, a range
    joined = r"(?:et[- ](?=un\b|une\b|onze\b)|(?<=hundred )and[- ]|(?<=thousand )and[- ])"
    num = rf"(?:\d{{1,3}}(?:[ ,.\u202f]\d{{3}})*|{word}(?:[- ](?:{joined})?{word}){{0,3}})"
    # (a quotation mark blanked out may leave two spaces between its words)
    vague = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(_vague(lang), key=len, reverse=True))
    if lang == "fr":
        mod = r"(?:au moins|plus de|pres de|pas moins de|environ|jusqu'a|au total|quelque|moins de|un total de|entre)"
        join = r"(?:a|et|ou|-)"
    else:
        # ("killing a reported ten militants": the article goes with the word between, not the number)
        mod = (r"(?:no fewer than|no less than|not less than|not fewer than|at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|"
               r"a total of|fewer than|less than|between|an estimated|a reported|a confirmed|a further|an additional|a known)")
        join = r"(?:to|and|or|-)"
    pattern = (
        rf"(?P<mod>{mod}\s+)?(?:(?P<vague>{vague})|(?P<a>{num})(?:\s*{join}\s*(?P<b>{num}))?)"
    )
    return re.compile(r"(?<![a-z0-9])" + pattern + r"(?![a-z0-9])")


# a toll changed from one figure to another: "revised upward the number … from 25 to 89", "passé de 12 à 20"
_FROM_REVISED = re.compile(r"(?<![a-z])(revised|raised|rose|risen|increased|climbed|jumped|updated|revu|passe|passant|grimpe|"
                           r"porte|alourdi)(?![a-z])[^.;]{0,80}(?<![a-z])(from|de)\s+$")
_HOW = re.compile(r"(?<![a-z])(how|so|too|as)\s+$")


_TIMES_AFTER = re.compile(r"\s*(fois|times)(?![a-z])")


# 'une "vingtaine" de morts', "a « dozen »": a figure quoted inside its phrase (read unquoted, padded
# so that every offset after it stays)
# ("un bilan d'une « quinzaine de morts »": the quotation may open on the figure and close further on)
_QUOTED_FIGURE = re.compile(r"(?<![a-z])(une?|an?)\s+[\"«“]\s*([a-z]+)(\s*[\"»”])?")


# "une centaines de morts": the article counts one, the plural is a slip of the pen (read singular,
# padded as above)
_ONE_IN_PLURAL = re.compile(r"(?<![a-z])une\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s(?![a-z])")


def _unquoted(folded: str) -> str:
    folded = _QUOTED_FIGURE.sub(lambda m: f"{m.group(1)} {m.group(2)}".ljust(len(m.group(0))), folded)
    return _ONE_IN_PLURAL.sub(lambda m: f"une {m.group(1)}".ljust(len(m.group(0))), folded)


def find_quantities(folded: str, lang: str) -> list[Quantity]:
    out: list[Quantity] = []
    folded = _unquoted(folded)
    for m in quantity_regex(lang).finditer(folded):
        mod = (m.group("mod") or "").strip()
        if m.group("vague"):
            if _HOW.search(folded[max(0, m.start() - 8) : m.start()]):
                continue  # "it is unclear how many were killed": a question, no count
            value, low, high = _vague(lang)[" ".join(m.group("vague").split())]
            # "une vingtaine", "a dozen": an approximate figure, not a vague word ("several",
            # "dozens", "de nombreux"), which counts only when the report gives no figure at all
            approximate = high is not None and low is not None and high - low <= value / 2
            out.append(Quantity(m.start(), m.end(), value, low, high, not approximate, False))
            continue
        a = word_number(re.sub(r"[ ,.\u202f](?=\d{3})", "", m.group("a")), lang)
        if a is None or _TIMES_AFTER.match(folded[m.end() : m.end() + 8]):
            continue  # "cela fait quatre fois que…", "three times": how often, no count of people
        b_raw = m.group("b")
        b = word_number(re.sub(r"[ ,.\u202f](?=\d{3})", "", b_raw), lang) if b_raw else None
        if b is not None and b <= a:
            b = None  # "2-1" or "one or two ..." nonsense: keep the first
        # ("ran over a mine": "over" with an article is no count of more than one)
        article = m.group("a") in ("a", "an", "un", "une", "one") and b is None and (not mod or m.group("a") in ("a", "an"))
        value = a
        low, high = (a, b) if b else (None, None)
        if b is not None and _FROM_REVISED.search(folded[max(0, m.start() - 90) : m.start()]):
            value, low, high = b, None, None  # "revised the toll from 25 to 89": the new figure, no range
        elif mod in ("up to", "as many as", "jusqu'a"):
            low, high = None, a
        elif mod in ("at least", "more than", "over", "au moins", "plus de", "pas moins de", "no fewer than", "no less than",
                     "not less than", "not fewer than"):
            low, high = a, b  # the figure is a floor
        elif mod in ("nearly", "almost", "about", "around", "some", "roughly",
                     "approximately", "pres de", "environ", "quelque", "an estimated"):
            low, high = (a, b) if b else (None, None)
        elif mod in ("fewer than", "less than", "moins de"):
            value, low, high = max(a - 1, 0), None, a - 1
        out.append(Quantity(m.start(), m.end(), value, low, high, False, article))
    return _restated_in_figures(folded, out)


def _restated_in_figures(folded: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "Vingt (20) militaires", "four (04) killed": an official communiqué writes the number in words
    and again in figures; one count."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and q.value == prev.value and re.fullmatch(r"\s*\(\s*", folded[prev.end : q.start]) \
                and re.match(r"\s*\)", folded[q.end : q.end + 3]):
            out[-1] = replace(prev, end=q.end + folded[q.end : q.end + 3].index(")") + 1, article=False)
            continue
        out.append(q)
    return out
