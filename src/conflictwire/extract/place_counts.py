"""The count a report gives each place it lists: told before the place ("six personnes à Gadabo"),
after it in another sentence ("À A, 70 personnes ont été tuées, et à B, 30"), "respectively" in
order, or by the attacks' ranks ("the first attack … three dead, the second … five")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from conflictwire.extract.doc import PlaceMention, ReportDoc
from conflictwire.extract.numbers import Quantity, find_quantities
from conflictwire.extract.toll_cues import PART_WORDS
from conflictwire.textutil import fold


@lru_cache(maxsize=256)
def folded_sentence(sentence: str) -> str:
    """A sentence folded once: each event of a report asks of the sentences it spans."""
    return fold(sentence)

_PART_BEFORE = re.compile(r"(?<![a-z])" + PART_WORDS + r"\s+(at least\s+|au moins\s+)?$")


def count_before(doc: ReportDoc, place: PlaceMention, prev_end: int) -> Quantity | None:
    """The count told just before a listed place ("six personnes à Gadabo", "31 in Kourakou",
    "six personnes ont été tuées dans le village de Fiego"), after the place listed before it."""
    segment = fold(doc.text[prev_end : place.start])
    # (a breakdown between the count and its place is part of it: "at least 44 people, including
    # 20 children, in Nondin, and 179 people, including 36 children, in nearby Soro")
    counts = [q for q in find_quantities(segment, doc.lang) if not q.vague and not _PART_BEFORE.search(segment[: q.start])]
    if counts and re.fullmatch(r"\s*([\w'-]+,?\s+){0,4}?(a|in|at|dans)\s+(the\s+)?(nearby\s+|neighbouring\s+|voisine?\s+)?"
                               r"((the |le |la )?(village|localite) (of|de|d')\s*)?",
                               segment[counts[-1].end :]):
        q = counts[-1]
        return replace(q, start=q.start + prev_end, end=q.end + prev_end)
    return None


def _count_after(doc: ReportDoc, place: PlaceMention) -> Quantity | None:
    """The count told right after a place and its comma ("À Tchoma Bangou, 70 personnes ont été
    tuées, et à Zaroumadareye, 30")."""
    segment = fold(doc.text[place.end : place.end + 40])
    counts = [q for q in find_quantities(segment, doc.lang) if not q.vague]
    if counts and re.fullmatch(r"\s*,\s*", segment[: counts[0].start]):
        q = counts[0]
        return replace(q, start=q.start + place.end, end=q.end + place.end)
    return None


def counts_told_apart(doc: ReportDoc, listed: list[PlaceMention], sents: list[int]) -> list[Quantity | None]:
    """Each listed place's count from another sentence that gives one for every place, after
    the place's name ("…deux villages, A et B. À A, 70 personnes ont été tuées, et à B, 30.")."""
    for i in sents:
        if i == listed[0].sent:
            continue
        here = {fold(p.name): p for p in doc.in_sents(doc.places, (i,))}
        spots = [here.get(fold(p.name)) for p in listed]
        counts = [_count_after(doc, s) if s is not None else None for s in spots]
        if all(c is not None for c in counts):
            return counts
    return [None] * len(listed)


_UNIT_AFTER = re.compile(r"\s*(km|kms|kilometres?|kilometers?|miles?|metres?|meters?|m|ans|years?|heures?|hours?|jours?|days?|%)(?![a-z])")
_RESPECTIVELY = re.compile(r"(?<![a-z])(respectivement|respectively)(?![a-z])")


def respectively(doc: ReportDoc, listed: list[PlaceMention], i: int) -> list[Quantity | None] | None:
    """"… les villages de Nagraogo et d'Alamou et y a abattu respectivement 32 et 4 personnes":
    the counts after "respectively", one for each listed place, in order."""
    sent = doc.sentences[i]
    base = listed[-1].end
    rest = fold(doc.text[base : sent.end])
    m = _RESPECTIVELY.search(rest)
    windows: list[tuple[int, str]] = []
    if m is not None:
        # (the counts follow the word, "respectivement 32 et 4", or come before it, "32 and 4 respectively")
        windows = [(m.end(), rest[m.end() :]), (0, rest[: m.start()])]
    else:
        # ("Deux pêcheurs et une personne ont été tués respectivement à Chétimari et à Droum": the
        # counts open the sentence, the word stands before the places)
        head = fold(doc.text[sent.start : listed[0].start])
        m = _RESPECTIVELY.search(head)
        if m is None or len(head) - m.end() > 12:
            return None
        base = sent.start
        windows = [(0, head[: m.start()])]
    for at, window in windows:
        out: list[Quantity | None] = []
        for piece in re.finditer(r"[^,;]+?(?=,|;|(?<![a-z])(?:et|and)(?![a-z])|$)", window):
            if piece.group(0).strip() in ("", "et", "and"):
                continue
            counts = [q for q in find_quantities(piece.group(0), doc.lang) if not q.vague]
            if not counts:
                if out:
                    break
                continue
            q = counts[0]
            if _UNIT_AFTER.match(piece.group(0)[q.end :]):
                break  # "respectivement à 30 et 40 km de Djibo": distances, not counts
            out.append(replace(q, start=base + at + piece.start() + q.start, end=base + at + piece.start() + q.end))
            if len(out) == len(listed):
                return out
    return None


# "le bilan de la première attaque a fait trois morts … la deuxième attaque, cinq morts": the
# attacks counted in the order the report told them
_ORDINAL = re.compile(r"(?<![a-z])(?P<n>first|second|third|premiere?|1re|1ere|deuxieme|seconde?|2e|troisieme|3e)\s+"
                      r"(attack|attaque|assault|assaut|raid|incursion|ambush|embuscade)(?![a-z])")
_ORDINALS = {"first": 1, "premier": 1, "premiere": 1, "1re": 1, "1ere": 1, "second": 2, "seconde": 2, "deuxieme": 2,
             "2e": 2, "third": 3, "troisieme": 3, "3e": 3}


def ordinal_tolls(doc: ReportDoc, sents: list[int]) -> dict[int, Quantity]:
    """The tolls of "the first attack … N dead, the second … M", by rank: each ordinal with the
    first death toll the report tells after it in its sentence."""
    found: dict[int, Quantity] = {}
    for i in sents:
        sent = doc.sentences[i]
        tolls = [t for t in doc.in_sents(doc.tolls, (i,)) if t.kind == "killed" and t.value is not None and not t.vague]
        for m in _ORDINAL.finditer(folded_sentence(sent.text)):
            after = next((t for t in tolls if t.start >= sent.start + m.end()), None)
            if after is not None and after.value is not None and (n := _ORDINALS[m.group("n")]) not in found:
                found[n] = Quantity(after.start, after.end, after.value, after.low, after.high, False, False)
    return found
