"""Communities that fight each other: ACLED's identity militias.

ACLED codes a fight between two communities (two ethnic groups, farmers and herders, the
people of two villages) as an armed clash between communal or ethnic militias named after
them ("Fulani Ethnic Militia (Burkina Faso)" against "Mossi Ethnic Militia (Burkina
Faso)"), not as a riot: the sides are organised by who they are, not gathered as a crowd.
The community names are a lexicon (lexicons/communities.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from conflictwire.extract.roles import IDENTITY_MILITIA
from conflictwire.lexicons import read_tsv
from conflictwire.model import Span
from conflictwire.nlp import Sentence
from conflictwire.textutil import fold

Mention = tuple[str, int, Span | None]  # an actor's name, its interaction code, its words

# farmers against herders (either order), two villages, and the like: sides named by their livelihood or home
_TWO_SIDES = re.compile(
    r"(farmers?|cultivators?|agriculteurs?|cultivateurs?)\b[\w ,'-]{0,60}\b(herders?|herdsmen|pastoralists?|cattle breeders|breeders|"
    r"eleveurs?|pasteurs?|bergers?)(?![a-z])"
    r"|(herders?|herdsmen|pastoralists?|cattle breeders|eleveurs?|pasteurs?)\b[\w ,'-]{0,60}\b(farmers?|cultivators?|agriculteurs?|"
    r"cultivateurs?)(?![a-z])"
    r"|(?<![a-z])(two|neighbou?ring|rival) (villages|communities|camps|clans)|(?<![a-z])(deux|villages|communautes) (villages|voisins|voisines|rivales?|camps|clans)"
)
# "a conflict between farmers and herders", "violence between Dogons and Fulanis", "des
# affrontements entre Peuls et Dozos": the words that tell a fight of two sides, then its sides
_CONFLICT_BETWEEN = re.compile(
    r"(?<![a-z])(conflicts?|violence|fighting|clash(es)?|confrontations?|feud|conflits?|violences|affrontements?|heurts|"
    r"rivalites?)\s+((inter-?)?(communal|ethnic)\s+|(inter-?)?(communautaires?|ethniques?)\s+)?"
    # (the sides may come a clause later: "des violences qui ont éclaté la semaine dernière dans le
    # centre du Mali entre membres de la minorité peule et des Bambaras")
    r"([^.;:]{0,80}?\s)?(between|entre|opposant|(ayant|qui ont|qui a) oppose|pitting)\s+(?P<sides>[^.;:]{3,90})"
)


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    by_alias = {alias: row["community"] for row in read_tsv("communities.tsv") for alias in row["aliases"].split("|")}
    words = "|".join(sorted(map(re.escape, by_alias), key=len, reverse=True))
    return re.compile(rf"(?<![a-z])({words})(?![a-z])"), by_alias


def communities_named(folded: str, offset: int = 0, text: str = "") -> list[tuple[str, Span]]:
    """The communities a folded text names, in order, each once, with its span (`offset` is
    the folded text's start in the report, `text` the original of the folded text)."""
    pattern, by_alias = _names()
    out: list[tuple[str, Span]] = []
    for m in pattern.finditer(folded):
        name = by_alias[m.group(1)]
        if all(name != seen for seen, _ in out):
            out.append((name, Span(start=offset + m.start(), end=offset + m.end(), text=(text or folded)[m.start():m.end()])))
    return out


def communal_fight(folded: str) -> bool:
    """The text tells the two sides as communities: two named groups, or farmers and herders,
    or two villages."""
    return len(communities_named(folded)) >= 2 or bool(_TWO_SIDES.search(folded))


def communal_conflict(folded: str) -> bool:
    """The text tells a fight between two communities as such ("an inter-communal conflict
    between Peul and Mossi groups"): ACLED codes it as a clash of their militias, whoever died."""
    return any(communal_fight(m.group("sides")) for m in _CONFLICT_BETWEEN.finditer(folded))


def identity_militias(sentences: Sequence[Sentence], said: str, country: str | None,
                      crowd: Mention | None) -> tuple[Mention, Mention] | None:
    """The two sides of a fight between communities told in these sentences (`said`: their
    folded text), as ACLED's identity militias; None when the sides are no communities.
    `crowd` lends its words to a side the text does not name."""
    named: list[tuple[str, Span]] = []
    for s in sentences:
        named += [(c, sp) for c, sp in communities_named(fold(s.text), s.start, s.text) if all(c != n for n, _ in named)]
    if not named and not communal_fight(said):
        return None
    where = country or "Unknown"
    sides: list[Mention] = [(f"{c} Ethnic Militia ({where})", IDENTITY_MILITIA, sp) for c, sp in named[:2]]
    while len(sides) < 2:
        sides.append((f"Unidentified Communal Militia ({where})", IDENTITY_MILITIA, crowd[2] if crowd and not sides else None))
    return sides[0], sides[1]
