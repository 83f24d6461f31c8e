"""Capitalised name sequences in a text, the candidates for place names: each sequence cut
after a possessive and before a pronoun a missing stop left in it, then every contiguous
sub-sequence with its capitalised neighbours (geo/places.py looks each up)."""

from __future__ import annotations

import re

from conflictwire.geo.cues import NAME

_POSSESSIVE = re.compile(r"['’]s(?=\s|$)")


def name_chunks(text: str) -> list[tuple[int, str]]:
    """Capitalised name sequences, cut after a possessive: "Niger's Tillaberi" is Niger, then
    Tillaberi; "Monday's raid" is Monday. (start, text) each."""
    out = []
    for m in NAME.finditer(text):
        pos = 0
        seq = m.group(0)
        if pronoun := _PRONOUN_AFTER.search(seq):
            seq = seq[: pronoun.start()]  # "north of Tilwa We have 15 dead": a stop left out, "We" starts the next
        for p in _POSSESSIVE.finditer(seq):
            if seq[pos : p.start()].strip():
                out.append((m.start() + pos, seq[pos : p.start()]))
            pos = p.end()
            while pos < len(seq) and seq[pos].isspace():
                pos += 1
        if seq[pos:].strip():
            out.append((m.start() + pos, seq[pos:]))
    return out


# the tri-border zone, named after two regions: no road between two places ("the Liptako-Gourma area")
_A_ZONE = re.compile(r"^liptako-gourma$", re.IGNORECASE)
_PRONOUN_AFTER = re.compile(r"(?<=\S)\s+(?:We|They|He|She|You|Nous|Ils|Elles|Je)(?=\s|$)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-ÖØ-Þ][\w-]*) $")  # (not a possessive: "Niger's Tillaberi")


def name_candidates(text: str, chunks: list[tuple[int, str]]) -> list[tuple[int, int, str, str | None, str | None]]:
    """Capitalised name sequences and their sub-sequences, each with the capitalised word
    just before and after it inside the sequence ("Norbert" before "Zongo")."""
    out = []
    for m_start, seq in chunks:
        words = list(re.finditer(r"[^\s-]+(?:-[^\s-]+)*", seq))
        # (a sequence is cut at four words: "While Defence Minister Mahamoudou | Sana"; the word
        # just before the cut is still the first word's neighbour)
        cut = _CAPITALISED_BEFORE.search(text[max(0, m_start - 40) : m_start])
        # every contiguous sub-sequence, longest first, so "Fada N'Gourma" beats "Fada"
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                s, e = m_start + words[i].start(), m_start + words[j - 1].end()
                prev = words[i - 1].group(0) if i > 0 else (cut.group(1) if cut else None)
                nxt = words[j].group(0) if j < len(words) else None
                out.append((s, e, text[s:e], prev, nxt))
            # the ends of a road ("the Dori-Gorgadji axis", "l'axe Kaya-Barsalogho"): each
            # part is a candidate once the whole is not a place
            if "-" in words[i].group(0) and not _A_ZONE.match(words[i].group(0)):
                offset = m_start + words[i].start()
                parts = list(re.finditer(r"[^-]+", words[i].group(0)))
                # every run of parts, so that a hyphenated town stays whole: "l'axe Dori-Gorom-Gorom"
                # is Dori and Gorom-Gorom (the whole word is a candidate already)
                for a in range(len(parts)):
                    for b in range(len(parts), a, -1):
                        first, last = parts[a], parts[b - 1]
                        if (a, b) == (0, len(parts)) or not first.group(0)[:1].isupper():
                            continue
                        if b - a == 1 and len(first.group(0)) < 3:
                            continue
                        out.append((offset + first.start(), offset + last.end(), words[i].group(0)[first.start() : last.end()], None, None))
    return out
