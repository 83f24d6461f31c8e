"""Reduce an event's toll mentions to ACLED's headline, low and high.

Policy (README, coding notes): killed only (wounded, missing, abducted never count); vague
words count only when the report gives no figure at all;
attackers and victims both count; per side, a revised toll ("rose to 28") replaces earlier
ones, otherwise the lowest figure is the headline and the spread is low/high; across sides
the figures add up, unless an all-sides figure ("12 people killed") is larger; an unattributed
figure from another source than the one side named is that side's figure by other counters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from conflictwire.extract.doc import Toll
from conflictwire.model import Span

AGGREGATE = 1000


@dataclass
class Reduced:
    value: int | None = None
    low: int | None = None
    high: int | None = None
    spans: list[Span] = field(default_factory=list)


def _once_per_telling(extra: list[Toll], killed: list[Toll]) -> list[Toll]:
    """The victims added on top of a count, once: a list told again ("two peacekeepers and a
    civilian were killed" … "two Guinean peacekeepers and a civilian contractor were killed") adds
    its last victim once, not once per telling."""
    seen: set[tuple[str, int | None, tuple[tuple[str, int | None], ...]]] = set()
    out: list[Toll] = []
    for t in extra:
        base = tuple(sorted((k.side, k.value) for k in killed if k.sent == t.sent))
        key = (t.side, t.value, base)
        if base and key in seen:
            continue
        seen.add(key)
        out.append(t)
    return out


def reduce_tolls(tolls: list[Toll]) -> Reduced:
    # a figure in the thousands is a war's toll ("40,000 killed since 2009"), not an event's
    tolls = [t for t in tolls if t.value is None or t.value < AGGREGATE]
    # "eleven people, including nine VDP, were killed": a breakdown counts only if the whole is not given
    if any(not t.part for t in tolls if t.kind == "killed" and t.value is not None):
        tolls = [t for t in tolls if not t.part]
    # ("Plus tôt dans la journée, une source avait évoqué une quinzaine de victimes": superseded)
    now = [t for t in tolls if t.kind == "killed" and t.value is not None and not t.earlier]
    tolls = [t for t in tolls if not (t.earlier and any(n.side in (t.side, "unknown") or t.side == "unknown" for n in now))]
    extra = [t for t in tolls if t.kind == "killed" and t.value is not None and t.additional]
    killed = [t for t in tolls if t.kind == "killed" and t.value is not None and not t.additional]
    if not killed and not extra:
        return Reduced()
    if not killed:
        killed, extra = extra, []
    if any(not t.vague for t in killed + extra):
        extra = [t for t in extra if not t.vague]  # "dozens more" adds nothing to a figure
    # a vague word ("several", "dozens") stands in for a number only when the report gives none
    if any(not t.vague for t in killed):
        killed = [t for t in killed if not t.vague]
    # "the army said 10 civilians were killed, local sources 40 dead": when the report names
    # one side and another source gives an unattributed figure, that is the same victims counted
    # by someone else (a low/high spread), not more deaths
    sides = {t.side for t in killed if t.side != "unknown"}
    # (not when the one side named is the attackers: "« Nous avons 19 morts » … « Quatre kamikazes
    # sont morts »": the unattributed dead are those they hit)
    only = next(iter(sides)) if len(sides) == 1 and sides != {"attackers"} else None
    said_by = {t.source for t in killed if t.side == only}
    # "the army confirmed 18 dead and said 25 attackers had been killed": a count set against the
    # attackers' in its sentence is the other side's, the one side the report names as hit
    hit = sides - {"attackers"}
    hit_side = next(iter(hit)) if len(hit) == 1 else None
    against = {t.sent for t in killed if t.side == "attackers"}
    by_side: dict[str, list[Toll]] = {}
    for t in killed:
        side = only if only and t.side == "unknown" and t.source not in said_by | {"report"} else t.side
        if side == "unknown" and hit_side and t.sent in against:
            side = hit_side
        by_side.setdefault(side, []).append(t)
    spans: list[Span] = []
    totals: dict[str, tuple[int, int | None, int | None]] = {}
    for side, items in by_side.items():
        revised = [t for t in items if t.revision]
        chosen = [revised[-1]] if revised else items
        # the report's own count over a claim: "the army said 53 were killed; JNIM claimed over 50"
        counted = [t for t in chosen if t.source != "claim"]
        claims = [t for t in chosen if t.source == "claim"]
        chosen = counted or chosen
        # "at least 14" rules out "plus d'une dizaine" (8-12): a round figure below a stated minimum
        floor = max((t.low for t in chosen if t.low is not None and t.high is None), default=None)
        if floor is not None and any(t.value is not None and t.value < floor for t in chosen):
            # (and so is a smaller count by the same teller, a part of the dead it saw: another
            # teller's smaller count, "the army said 12", is the conservative figure, and stays)
            floor_by = {t.source for t in chosen if t.low == floor and t.high is None}
            chosen = [t for t in chosen if t.value is None or t.value >= floor or (t.low is None or t.high is None) and t.source not in floor_by]
        values = [t.value for t in chosen if t.value is not None]
        v = min(values)
        lows = [t.low for t in chosen if t.low is not None]
        highs = [t.high for t in chosen if t.high is not None]
        lo = min(lows + ([v] if len(set(values)) > 1 else [])) if lows or len(set(values)) > 1 else None
        hi = max(highs + ([max(values)] if len(set(values)) > 1 else [])) if highs or len(set(values)) > 1 else None
        if claims and counted:  # a higher claim still bounds the range
            top = max((t.high or t.value or 0) for t in claims)
            hi = max(hi or v, top) if top > v else hi
        totals[side] = (v, lo, hi)
        spans.extend(t.span() for t in chosen)
    specific = {s: v for s, v in totals.items() if s != "unknown"}
    value = sum(v[0] for v in specific.values())
    low: int | None = None
    high: int | None = None
    if any(v[1] is not None for v in specific.values()):
        low = sum(v[1] if v[1] is not None else v[0] for v in specific.values())
    if any(v[2] is not None for v in specific.values()):
        high = sum(v[2] if v[2] is not None else v[0] for v in specific.values())
    if "unknown" in totals and totals["unknown"][0] >= value:
        value, low, high = totals["unknown"]
    elif "unknown" in totals and set(specific) <= {"attackers"}:
        # "four (04) killed, thirty-one (31) terrorists neutralised": the unnamed side is the
        # attacked one, not everyone
        value += totals["unknown"][0]
        low = low + totals["unknown"][0] if low is not None else None
        high = high + totals["unknown"][0] if high is not None else None
    # "two more died", "… and a child": victims on top of the count they follow (a new total told
    # after them, "…, bringing the toll to 16", counts them already)
    revised_at = max((t.start for t in killed if t.revision), default=-1)
    extra = [t for t in extra if t.start > revised_at and not _completes_a_told_total(t, killed, value)]
    extra = _once_per_telling(extra, killed)
    more = sum(t.value or 0 for t in extra)
    if more:
        value += more
        low = low + more if low is not None else None
        high = high + more if high is not None else None
        spans.extend(t.span() for t in extra)
    return Reduced(value, low, high, spans)


def _completes_a_told_total(extra: Toll, killed: list[Toll], value: int) -> bool:
    """"22 villagers killed … they first shot 15 … then executed seven others": the more, with the
    count just before it, make the total a sentence before told, which counts them already."""
    before = [t for t in killed if t.start < extra.start and t.value is not None]
    if not before or extra.value is None:
        return False
    prev = max(before, key=lambda t: t.start)
    whole = (prev.value or 0) + extra.value
    return whole <= value and any(t.value == whole and t.sent < prev.sent for t in killed)


# what joins two counts of one side under one verb: a demonym or two, then "and"
_JOINED_GAP = re.compile(r"^\s*([a-z'-]+\s+){0,2}(et|and)\s*$")


def join_counts(tolls: list[Toll], text: str, folded: str) -> list[Toll]:
    """"Au moins 30 militaires nigériens et deux soldats nigérians ont été tués", "un bilan de
    trente militaires nigériens et deux militaires nigérians tués": two counts of one side under
    one verb are one count of both (tolls in text order)."""
    out: list[Toll] = []
    for t in tolls:
        a = out[-1] if out else None
        if a is not None and a.kind == t.kind == "killed" and a.sent == t.sent and not t.revision and not a.part and not t.part \
                and a.value is not None and t.value is not None and not a.vague and not t.vague and (
                    (a.side == t.side != "unknown" and _JOINED_GAP.match(folded[a.end : t.start]))
                    # "12 Fulani and 1 Dogon were killed", "two church leaders and four worshippers were
                    # killed": a list of counts under one verb is one count of all (two sides named
                    # stay two counts: the sides add up when the toll is reduced)
                    or ((a.side == t.side or "unknown" in (a.side, t.side)) and (
                        (not folded[a.end : t.start].strip() and re.search(r"(\s(et|and)|,)\s*$", folded[a.start : a.end]))
                        or _LIST_GAP.match(folded[a.end : t.start])))):
            a.value += t.value
            a.low = a.high = None
            a.side = t.side if a.side == "unknown" else a.side
            a.end, a.text = t.end, text[a.start : t.end]
            continue
        out.append(t)
    return out


_LIST_GAP = re.compile(r"^\s*(,\s*(et|and)?|et|and)\s*$")
