"""Small pure text helpers (in the spirit of sqlite-utils' recipes)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "–": "-", "—": "-",
                         "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "œ": "o", "Œ": "o",
                         "æ": "a", "Æ": "a", "ß": "s"})


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)
    for c in base:
        if not unicodedata.combining(c):
            return c.lower() if len(c.lower()) == 1 else c
    return ch


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (fast on repeat)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        quoted = ch.translate(_QUOTES)
        out = quoted.lower() if code < 128 else _fold_char(quoted)
        if len(out) != 1:
            out = ch
        self[code] = out
        return out


_FOLD = _FoldTable()


FOLD_CACHED_CHARS = 2000  # a sentence or a window: cached; a whole page: folded afresh, not kept alive


def fold(text: str) -> str:
    """Lowercase, accent-free, straight-quoted copy of text with the same length, so that a
    match offset in the folded text is the same offset in the original. (Short texts are cached:
    the steps of extraction fold the same sentences again and again; a whole page is not, so a
    stream of long documents does not stay in memory.)"""
    return _fold_cached(text) if len(text) <= FOLD_CACHED_CHARS else text.translate(_FOLD)


@lru_cache(maxsize=16384)
def _fold_cached(text: str) -> str:
    return text.translate(_FOLD)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# (two apostrophes, or "‘’" folded to them, stand for a double quotation mark: "‘’incidents sécuritaires’’")
_QUOTE_MARKS = re.compile(r"""\s*(?:[«»“”„"]|'')+\s*""")


def unquoted(text: str) -> tuple[str, list[int]]:
    """text without its double quotation marks ("ont permis « de neutraliser" reads "ont permis de
    neutraliser"), and for each of its characters the offset it came from (a quotation mark and
    the space beside it become one space; one within a word, nothing)."""
    out: list[str] = []
    pos: list[int] = []
    at = 0
    for m in _QUOTE_MARKS.finditer(text):
        out.append(text[at : m.start()])
        pos.extend(range(at, m.start()))
        if m.group(0).strip() != m.group(0) and m.start() > 0 and m.end() < len(text):
            out.append(" ")
            pos.append(m.start() if text[m.start()].isspace() else m.end() - 1)
        at = m.end()
    out.append(text[at:])
    pos.extend(range(at, len(text)))
    return "".join(out), pos


@lru_cache(maxsize=65536)
def norm_key(name: str) -> str:
    """Lookup key for a name: folded, punctuation to spaces, single spaces (cached: a report
    names the same places again and again)."""
    return " ".join(_NOT_ALNUM.sub(" ", fold(name)).split())


def compile_union(patterns: list[str]) -> re.Pattern[str]:
    """One regex with a named group per pattern (g0, g1, …), word-bounded."""
    parts = [f"(?P<g{i}>{p})" for i, p in enumerate(patterns)]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


class Spans:
    """Character spans, merged where they overlap and kept sorted, so that a long report's
    thousands of mentions test overlap and containment in log time, not one by one."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        # merge with the neighbours it touches: the spans stay disjoint, their ends sorted
        while i > 0 and self.ends[i - 1] >= start:
            i -= 1
            start, end = min(start, self.starts[i]), max(end, self.ends[i])
            del self.starts[i], self.ends[i]
        while i < len(self.starts) and self.starts[i] <= end:
            end = max(end, self.ends[i])
            del self.starts[i], self.ends[i]
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def contains(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.ends[i - 1] >= end



def edit_distance(a: str, b: str, cap: int | None = None) -> int:
    """Letters to insert, delete or change to turn a into b (Levenshtein); with a cap, cap + 1
    as soon as the distance is known to exceed it."""
    if cap is not None and abs(len(a) - len(b)) > cap:
        return cap + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if cap is not None and min(row) > cap:
            return cap + 1
    return row[-1]


def same_name(a: str, b: str) -> bool:
    """Two spellings of one place name in one report ("Thiem"/"Theim", "Natiaboni"/"Natiaboani"):
    equal when folded, or, from five letters, one letter added, dropped, changed or two swapped
    (two for names of eight letters or more), with the same first letter."""
    a, b = norm_key(a).replace(" ", ""), norm_key(b).replace(" ", "")
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    limit = 2 if min(len(a), len(b)) >= 8 else 1
    if sorted(a) == sorted(b) and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2:
        return True  # two letters swapped
    return edit_distance(a, b) <= limit
