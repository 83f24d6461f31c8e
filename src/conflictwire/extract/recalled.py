"""An event the news is dated by: "Cette attaque intervient à peine 24 heures après qu'un individu
armé ait pris pour cibles des fidèles … à Mainé Soroa", "today's attack came a day after two men
threw hand-grenades at troops in Kidal". The earlier violence is told outright, at a town of its
own, hours or a day before the news: ACLED codes it as an event of its own, dated from the news's
day. (Told "two days" or "weeks" before, the sentence is background by `lexicons/background.tsv`;
told without a town, it names no event of its own.)
"""

from __future__ import annotations

import re

from conflictwire.extract.doc import ReportDoc
from conflictwire.extract.draft import Draft
from conflictwire.geo.distances import NUMBER_WORDS
from conflictwire.model import Event, Span
from conflictwire.textutil import fold

_VIOLENCE = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_COUNT = r"(?P<n>\d{1,3}|an?|one|une?|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r")"
# "a day after", "48 heures après", "two days after", "au lendemain de": the news came so long after
_DATED_BY = re.compile(r"(?<![a-z])(came|comes|come|occurred|happened|intervient|interviennent|survient|surviennent|"
                       r"(est|sont) (intervenue?s?|survenue?s?))\s+((just|only|barely|some|nearly|a peine|seulement|pres de|environ|"
                       r"moins de)\s+)*(?P<ago>" + _COUNT + r"\s+(?P<unit>days?|hours?|jours?|heures?)\s+(after|apres)"
                       r"|(?P<next>au lendemain|the day after))(?![a-z])[^,.;]*$")
_AFTER_WORD = re.compile(r"(?<![a-z])(after|apres|lendemain)(?![a-z])")
MAX_DAYS = 3  # "a few days" at most: a recall further back is the background's


def _head(doc: ReportDoc, d: Draft) -> tuple[re.Match[str], int] | None:
    """The "N days after" that a trigger of the draft's place sentence follows, with the
    sentence's start."""
    if d.place is None or d.place.sent not in d.frame.sents:
        return None
    sent = doc.sentences[d.place.sent]
    folded = fold(sent.text)
    if not _AFTER_WORD.search(folded):
        return None  # (most sentences: the date step asks of every event built)
    for t in doc.in_sents(doc.triggers, (d.place.sent,)):
        if t.tags.get("refers_back") or t.tags.get("hedged"):
            continue
        # (the trigger in the head's own clause: "came a day after a car bomb killed two in Kidal")
        if head := _DATED_BY.search(folded[: t.start - sent.start]):
            return head, sent.start
    return None


def days_before(m: re.Match[str]) -> int | None:
    """How many days the head counts ("24 heures" is one, "48 hours" two), if a few."""
    if m.group("next"):
        return 1
    n = m.group("n")
    value = int(n) if n.isdigit() else 1 if n in ("a", "an", "one", "un", "une") else NUMBER_WORDS.get(n)
    if value is None:
        return None
    days = max(1, round(value / 24)) if m.group("unit").startswith(("hour", "heure")) else value
    return days if days <= MAX_DAYS else None


def head_days(doc: ReportDoc, d: Draft) -> tuple[int, Span] | None:
    """The days before the news the draft's violence is told at ("came a day after …"), with
    the words that say so, if a few."""
    found = _head(doc, d)
    if found is None:
        return None
    m, base = found
    days = days_before(m)
    if days is None:
        return None
    start, end = base + m.start(), base + m.end("ago")
    return days, Span(start=start, end=end, text=doc.text[start:end])


def recalled_elsewhere(doc: ReportDoc, news: Event, d: Draft) -> bool:
    """Is the draft violence told as what the news came a few days after, at a town other than
    the news's?"""
    ev = d.event
    if ev.event_type not in _VIOLENCE or ev.geo_precision != 1 \
            or ev.location is None or fold(ev.location) == fold(news.location or ""):
        return False
    return head_days(doc, d) is not None
