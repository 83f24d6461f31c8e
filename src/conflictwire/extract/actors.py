"""Actors: lexicon matches (lexicons/actors.tsv, en/fr aliases, ACLED interaction codes)
with their role in the sentence (extract/actor_roles.py): agent (who acted), victim (who was
hit), claimed, suspected.

Generic names ("soldiers", "hommes armés", "civils") carry "{country}" in their canonical
name; frames.py fills in the event's country ("Civilians (Mali)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from conflictwire.extract.actor_roles import role_of
from conflictwire.extract.doc import ActorMention, ReportDoc, component
from conflictwire.extract.off_duty import out_of_service
from conflictwire.extract.other_roles import SPECULATION, active_in_area
from conflictwire.geo.gazetteer import countries
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, fold


@dataclass(frozen=True)
class ActorEntry:
    canonical: str
    inter: int
    country: str | None
    kind: str


def lexicon_entries() -> list[tuple[ActorEntry, list[str]]]:
    """Every lexicon entry with its aliases, templates ('*' rows) expanded per country."""
    out: list[tuple[ActorEntry, list[str]]] = []
    for row in read_tsv("actors.tsv"):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        if row["country"] == "*":
            for c in countries():
                dems = [d.strip() for d in c["demonyms"].split("|") if d.strip()]
                forms = sorted({a.replace("{dem}", d) for a in aliases for d in dems})
                entry = ActorEntry(row["canonical"], int(row["inter"]), c["name"], row["kind"])
                out.append((entry, forms))
            continue
        entry = ActorEntry(row["canonical"], int(row["inter"]), row["country"] or None, row["kind"])
        if entry.kind == "named":
            aliases.append(entry.canonical)
        out.append((entry, aliases))
    return out


# a name spelt with hyphens or spaces is one name ("Boko-Haram", "Al-Qaida", "Ansar-Dine"): both
# the lexicon and the text are matched with a hyphen between letters read as a space
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


@lru_cache(maxsize=1)
def actor_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for entry, names in lexicon_entries():
        for alias in names:
            key = fold(alias.strip())
            key = _HYPHEN.sub(" ", re.sub(r"\s+", " ", key))
            if len(key) < 2:
                continue
            # Short all-caps abbreviations must match in capitals only (FLA, not "fla")
            strict = alias.strip().isupper() and len(alias.strip()) <= 5
            auto.add_word(key, (len(key), entry, alias.strip() if strict else None))
    auto.make_automaton()
    return auto


@dataclass(frozen=True)
class Rename:
    name: str
    replacement: str
    start: str  # ISO dates; "" for open
    until: str
    kind: str  # "region", "era" (the same actor renamed) or "merger" (absorbed by another)

    def applies(self, event_date: str | None) -> bool:
        # an undated event is named as the actor is named today
        if self.start and event_date is not None and event_date < self.start:
            return False
        return not self.until or (event_date is not None and event_date < self.until)


@lru_cache(maxsize=1)
def renames() -> list[Rename]:
    rows = [Rename(r["name"], r["replacement"], r["from"], r["until"], r["kind"]) for r in read_tsv("actor_names.tsv")]
    return sorted(rows, key=lambda r: (r.kind != "region", r.until or "9999"))


def acled_name(name: str, event_date: str | None = None) -> str:
    """The ACLED name of a filled-in actor name: the regional name ("Islamic State (Mali)" is
    "Islamic State (Sahel)") and the name in use at the event's date."""
    for r in renames():
        if r.kind != "spelling" and r.name in name and r.applies(event_date):
            name = name.replace(r.name, r.replacement)
    return name


def current_name(name: str) -> str:
    """The name an actor has today, whatever era's name it is given under."""
    for r in renames():
        if r.kind in ("era", "spelling") and r.replacement in name:
            name = name.replace(r.replacement, r.name)
    return name


_ADJECTIVE_ARMEE = re.compile(r"(attaque|attaques|agression|bande|branche|aile|vol|braquage|incursion|violence|lutte|rebellion|intervention|escorte|presence|faction|milice|force|resistance|opposition)\s+$")


_RULERS_AFTER = re.compile(r"^[\s-]*(led\s+)?(government|junta|regime|rulers?|authorities|leaders?|leadership|"
                           r"administration|council)(?![a-z])")
_RULERS_BEFORE = re.compile(r"(?<![a-z])(junte|junta|regime|pouvoir|gouvernement|government|transition)\s+$")


def find_actors(text: str) -> list[tuple[int, int, ActorEntry]]:
    """Longest, non-overlapping, word-bounded actor matches: (start, end, entry)."""
    folded = fold(text)
    auto = actor_automaton()
    cands: list[tuple[int, int, ActorEntry]] = []
    for end_idx, (length, entry, strict) in auto.iter(_HYPHEN.sub(" ", folded)):
        start, end = end_idx - length + 1, end_idx + 1
        if start > 0 and folded[start - 1].isalnum():
            continue
        if end < len(folded) and folded[end].isalnum():
            continue
        # (French papers write acronyms of four letters or more as names: "Aqmi", "Jnim")
        if strict is not None and text[start:end] != strict and not (len(strict) >= 4 and text[start:end] == strict.capitalize()):
            continue
        if entry.kind == "state_generic" and _ADJECTIVE_ARMEE.search(folded[max(0, start - 25) : start]) and folded[start:end] == "armee":
            continue  # "une attaque armée", "une bande armée": armed, not the army
        if folded[start:end] in ("military", "militaire", "militaires") and (
                _RULERS_AFTER.match(folded[end : end + 30]) or _RULERS_BEFORE.search(folded[max(0, start - 20) : start])):
            continue  # "the military government", "la junte militaire": the rulers, not the forces
        cands.append((start, end, entry))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, ActorEntry]] = []
    spans = Spans()
    for c in cands:
        if not spans.overlaps(c[0], c[1]):
            taken.append(c)
            spans.add(c[0], c[1])
    taken.sort(key=lambda c: c[0])
    taken = _filed_under(text, _shared_noun(text, _short_forms(folded, taken)))
    return [c for i, c in enumerate(taken) if not _describes_neighbour(text, taken, i)]


# a force's short name, once the report has named it in full: "sept Volontaires pour la défense de
# la patrie (VDP) … l'équipe de volontaires qui rentrait d'une patrouille"
_SHORT_FORMS = {"VDP: Volunteers for the Defense of the Homeland": re.compile(r"(?<![a-z])(volontaires|volunteers)(?![a-z])")}


def _short_forms(folded: str, taken: list[tuple[int, int, ActorEntry]]) -> list[tuple[int, int, ActorEntry]]:
    named = {c[2].canonical: c for c in taken}
    spans = Spans([(c[0], c[1]) for c in taken])
    more = [(m.start(), m.end(), named[name][2]) for name, pattern in _SHORT_FORMS.items() if name in named
            for m in pattern.finditer(folded, named[name][1]) if not spans.overlaps(m.start(), m.end())]
    return sorted(taken + more, key=lambda c: c[0]) if more else taken


_FIRST_OF_PAIR = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s+(and|et)\s+$")
_SECOND_OF_PAIR = re.compile(r"^\s+(and|et)\s+([a-z][\w-]+)(?![\w-])")


def _shared_noun(text: str, taken: list[tuple[int, int, ActorEntry]]) -> list[tuple[int, int, ActorEntry]]:
    """"French and Malian forces", "les forces françaises et maliennes": two forces sharing one
    noun are two mentions; the adjective left without its noun is a mention of its own."""
    found = list(taken)
    for start, end, _entry in taken:
        words = text[start:end].split()
        if len(words) != 2:
            continue
        if (m := _FIRST_OF_PAIR.search(text[max(0, start - 30) : start])) and words[0][:1].isupper():
            whole, at = f"{m.group(1)} {words[1]}", (start - len(m.group(0)), start - len(m.group(0)) + len(m.group(1)))
        elif (m := _SECOND_OF_PAIR.match(text[end : end + 30])) and words[1][:1].islower():
            whole, at = f"{words[0]} {m.group(2)}", (end + m.start(2), end + m.end(2))
        else:
            continue
        alone = [c for c in find_actors(whole) if (c[0], c[1]) == (0, len(whole))] if whole != text else []
        if alone and not any(c[0] < at[1] and at[0] < c[1] for c in found):
            found.append((at[0], at[1], alone[0][2]))
    return sorted(found, key=lambda c: c[0])


# groups ACLED keeps under their own name when a source files them under JNIM ("Ansar Dine
# (JNIM)": 9 of 9 Sahel notes), unlike the rest ("Ansaroul Islam (JNIM)": JNIM, 18 of 19)
_OWN_NAME_KEPT = {"Ansar Dine"}


def _filed_under(text: str, taken: list[tuple[int, int, ActorEntry]]) -> list[tuple[int, int, ActorEntry]]:
    """"Ansaroul Islam (JNIM)": a group the source files under another in brackets is coded as
    the group in brackets, as ACLED codes a unit under the coalition it reports to."""
    out = list(taken)
    for i in range(len(out) - 1):
        (start, end, entry), (s2, e2, outer) = out[i], out[i + 1]
        if entry.kind == "named" and outer.kind == "named" and outer.canonical != entry.canonical \
                and entry.canonical not in _OWN_NAME_KEPT and text[end:s2].strip() == "(" \
                and text[e2 : e2 + 2].strip().startswith(")"):
            out[i] = (start, end, outer)
    return out


_APPOSITION = re.compile(r"^\s*(\(|\)|,|-|–|of|from|de|du|des|d')?\s*$", re.IGNORECASE)


def _describes_neighbour(text: str, taken: list[tuple[int, int, ActorEntry]], i: int) -> bool:
    """A generic word next to a named actor describes it: "JNIM militants", "a militant group,
    JNIM", "les jihadistes du GSIM", "Katiba Macina (JNIM)" are one actor each."""
    start, end, entry = taken[i]
    if entry.kind in ("named", "civilian_generic"):
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(taken) or taken[j][2].kind not in ("named", "is_generic"):
            continue
        gap = text[taken[j][1] : start] if j < i else text[end : taken[j][0]]
        if len(gap) <= 16 and _APPOSITION.match(gap):
            return True
    return False


# words that name the side that attacked by what it did
_THE_ATTACKERS = re.compile(r"(the |les |des )?(attackers?|assailants?|assaillants?|raiders?|kidnappers?|ravisseurs?)")


@component("actors", assigns=("actors",))
def add_actors(doc: ReportDoc) -> ReportDoc:
    folded = fold(doc.text)
    for start, end, entry in find_actors(doc.text):
        sent = doc.sent_of(start)
        if doc.sentences[sent].text.strip(" .:-–—\"«»") == doc.text[start:end]:
            continue  # "Jihadistes" alone on its line: a page's tag or a section's heading, no one's part
        role, claimed, suspected = role_of(folded, start, end, doc.sentences[sent].start)
        if role != "victim" and SPECULATION.search(folded[max(doc.sentences[sent].start, start - 60) : start]):
            role = "speculated"  # "il pourrait s'agir de groupes djihadistes": a guess names no side
        if role == "victim" and _THE_ATTACKERS.fullmatch(folded[start:end]):
            role = "attacking_side"  # "four attackers were killed": the side that attacked, neither hit nor a new agent
        if role is None and active_in_area(folded, end):
            role = "speculated"  # "the Islamic State group is active in the area": a presence, not a part
        if role == "qualifies_attack":
            # "an IS ambush": the group made it; "a jihadist attack": not a victim, but a word
            # that names no group says too little to make it a side (ACLED: an unidentified group)
            role = "agent" if entry.kind in ("named", "is_generic") else None
        if entry.inter in (1, 8) and out_of_service(folded, start, end):
            entry = ActorEntry("Civilians ({country})", 7, None, "civilian_generic")
        doc.actors.append(
            ActorMention(
                start=start,
                end=end,
                text=doc.text[start:end],
                sent=sent,
                canonical=entry.canonical,
                inter=entry.inter,
                kind=entry.kind,
                country=entry.country,
                role=role,
                claimed=claimed,
                suspected=suspected,
            )
        )
    # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the acronym in brackets is the same mention again
    for prev, a in zip(doc.actors, doc.actors[1:], strict=False):
        if a.role is None and prev.role is not None and a.canonical == prev.canonical \
                and doc.text[prev.end : a.start].strip() == "(":
            a.role = prev.role
    # "French and Malian forces conducted…": the first of two subjects joined by "and" acts too
    for a, nxt in zip(doc.actors[::-1][1:], doc.actors[::-1], strict=False):
        if a.role is None and nxt.role == "agent" and a.sent == nxt.sent \
                and doc.text[a.end : nxt.start].strip().lower() in ("and", "et"):
            a.role = "agent"
    return doc
