"""What the words around a capitalised name say of it, for find_places (geo/places.py): that
the text calls it a place ("in X", "the village of X", "the X area"), puts it in a country ("the
Burkina town of X"), makes it a person's name, a quarter, an institution, or one half of a
hyphenated name. Pure functions over the text and the folded text."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from conflictwire.geo.admin import country_keys as _country_names
from conflictwire.geo.admin import region_keys as _regions
from conflictwire.geo.cues import CUE, STOP
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import fold, norm_key


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    text = resources.files(__package__).joinpath("person_names.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


# "in the Ganguel area of Tenenkou", "the Djibo area": the name before "area" is the place
# told, the one after "area of" only its surroundings
AREA_AFTER = re.compile(r"^\s+(area|zone|sector)\s+(of|near|in|around)(?![a-z])")
AREA_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+(area|zone|sector)\s+(of|near|in|around)\s+(the\s+)?$")


# the first half of a Tamasheq or Arabic place name ("Tin-Akoff", "In-Tillit", "I-n-Telli")
NAME_PREFIX = re.compile(r"(?<![a-z])(tin|in|n|ti|tan|ag|ain|bir|el|al)-$")
AREA_OF_NAME = re.compile(r"^(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:area|zone|sector)\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w'’-]+)")
CITY = 100_000  # a town this big has quarters ("areas") of its own


COUNTRY_TOWN = re.compile(
    r"(?<![a-z])(?:the\s+)?([a-z]+(?: faso)?)\s+(?:town|village|city|locality|commune|hamlet|border town)\s+of\s+$"
    r"|(?<![a-z])(?:ville|village|localite|commune|cite)\s+([a-z]+)\s+(?:de|d')\s*$")


def country_cue(before: str) -> str | None:
    """The country (ISO2) the words before a name put it in: "the Burkina town of", "la ville
    malienne de"."""
    m = COUNTRY_TOWN.search(before)
    if m is None:
        return None
    hit = _country_names().get(m.group(1) or m.group(2))
    return hit[0] if hit else None


def cued(text: str, start: int, end: int) -> bool:
    """Does the text call this name a place ("in X", "the village of X", "the X area")?"""
    if AREA_AFTER.match(text[end : end + 20]):
        return True
    if AREA_BEFORE.search(text[max(0, start - 50) : start]):
        return False
    return bool(CUE.search(fold(text[max(0, start - 40) : start])))


# a place name inside a longer capitalised sequence that is not a place is part of a person's
# or an organisation's name ("Norbert Zongo", "Saran Sereme"), unless the neighbour is a
# particle or a geographic word ("In Delimane", "Mopti Region", "Lac Tchad")
GEO_WORDS = {
    "region", "province", "cercle", "commune", "department", "departement", "district", "forest",
    "foret", "river", "fleuve", "lake", "lac", "mount", "mont", "camp", "valley", "vallee", "park",
    "parc", "national", "reserve", "border", "town", "city", "village", "axis", "axe", "road",
    "route", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "central", "centre",
    "greater", "upper", "lower", "haut", "bas", "in", "i", "ti", "tin", "n", "el", "al", "ag",
    # institutions named after their town ("Gaoua Provincial High School", "Bobo-Dioulasso
    # Dafra University"): the town's name, not a person's
    "university", "universite", "school", "ecole", "high", "college", "lycee", "provincial",
    "regional", "hospital", "hopital", "market", "marche", "prison", "airport", "aeroport",
    "stadium", "stade", "mosque", "mosquee", "church", "eglise", "cathedral", "polytechnic",
    "mine", "gold", "station", "barracks", "caserne", "garrison", "municipal", "town hall", "mairie",
    # sites named after their place: "the Mentao Refugee Camp", "the Pieni hunting camp"
    "refugee", "refugees", "hunting", "site", "outskirts",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
}


INSTITUTION_AFTER = re.compile(r"^\s*(university|universite|college|school|hospital|hopital|stadium|stade|lycee)(?![a-z])")
QUARTER_AFTER = re.compile(r"^\s*(neighbou?rhoods?|quarters?|districts? of the (town|city))(?![a-z])")
# "dans les quartiers de Légal Ségou et de Plateau": a named part of the town told, named like a town
# elsewhere ("un quartier de Gao" is a part of Gao: the town itself)
QUARTER_BEFORE = re.compile(r"(?<![a-z])(le|les) quartiers? (de |du |d')\s*([\w'-]+\s+){0,2}((et|,) (de |d')?)?$"
                            # "dans leur fada du quartier Sabon Gari": a quarter of the town told
                            r"|(?<![a-z])(du|au|dans le) quartier (de |d')?\s*$")
# "Rimkiéta, un quartier de Ouagadougou", "Tabtenga in sector 45 of Ouagadougou": a part of a
# city told by its own name; coded at the city, named next
QUARTER_OF = re.compile(
    r"^\s*(,\s*((a|an|un|une|le|la)\s+([\w-]+\s+)?)?|\s+(in|dans|au|du)\s+(the\s+|le\s+|la\s+)?)"
    r"(neighbou?rhood|quarter|suburb|sector|secteur|quartier|faubourg|banlieue)(?![a-z])")
# "marched to Kaya", "gathered in Koupela", "se sont rassemblés à Kaya": where a crowd went is
# where it protested, not where its members came from
GATHERED_IN = re.compile(
    r"(?<![a-z])(marched|marching|gathered|gathering|rallied|converged|assembled|se sont rassembles|rassembles|"
    r"ont marche|ont converge|se sont reunis|reunis)\s+(\w+\s+)?(to|on|in|at|towards|a|au|vers|sur|jusqu'a)\s*"
    r"(the\s+|la\s+|le\s+|l')?$")
TITLE_BEFORE = re.compile(
    r"(president|presidente|journalist|journaliste|minister|ministre|general|colonel|captain|"
    r"capitaine|lieutenant|sergeant|sergent|commander|commandant|leader|chef|chief|imam|"
    r"mr|mrs|ms|dr|m\.|mme|spokesman|porte-parole|named|nomme|called|dit|alias|mayor|maire|"
    r"prefect|prefet|governor|gouverneur|deputy|depute|senator|activist|militant|student|"
    r"etudiant|author|auteur|singer|chanteur|opponent|opposant)\s+$"
)


# a country's name that ends a person's name after a title: "le capitaine Chaibou Mali", "Captain
# Moussa Niger" (a surname, not where the report is)
_TITLED_GIVEN_NAME = re.compile(
    r"(?i:(?<![a-z])(capitaine|captain|colonel|commandant|commander|lieutenant|sergent|sergeant|g[eé]n[eé]ral|"
    r"mr|mrs|m\.|mme|dr|pr[eé]fet|prefect|maire|mayor|imam|chef|chief|ministre|minister|d[eé]put[eé]|deputy|"
    r"journaliste|journalist))\.?\s+[A-ZÀ-Þ][\w'’-]+\s+$")


def surname_after_title(text: str, start: int) -> bool:
    """Is the name at text[start] the last of a person's names a title introduces?"""
    return _TITLED_GIVEN_NAME.search(text[max(0, start - 50) : start]) is not None


# a name in apposition after an office and its place: "the mayor of the town of N'Guigmi, Abba Kaya Issa"
TITLE_OF_PLACE_BEFORE = re.compile(
    r"(?<![a-z])(mayor|maire|prefect|prefet|governor|gouverneur|chief|chef|imam|president|presidente|deputy|depute|"
    r"sous-prefet|sub-prefect|high commissioner|haut-commissaire|"
    # ("un communiqué lu par le ministre de la Sécurité et de la Protection civile, Daoud Aly Mohammedine")
    r"ministre|minister|porte-parole|spokesman|spokesperson|directeur|director|commandant|commander)\s+(of|de|du|d')\s*[\w'’ -]{1,45},\s+$")


@lru_cache(maxsize=1)
def _person_noun_before() -> re.Pattern[str]:
    """A noun for one person right before the name ("said restaurant owner Adama Assane", "le
    commerçant Issa Konaté"): the name is the person's. `given` is the capitalised word between, if any."""
    words = {fold(w) for r in read_tsv("person_nouns.tsv") for w in r["word"].split("|")} | {"owner", "proprietaire", "gerant"}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])({alternatives})\s+(?P<given>[a-z'-]+\s+)?$")


def _named_after_a_person_noun(before: str, prev: str | None) -> bool:
    m = _person_noun_before().search(before)
    # (the word between, if any, is the capitalised given name: "owner Adama Assane", not "official between")
    return m is not None and (m.group("given") is None or (prev is not None and norm_key(prev) == m.group("given").strip()))


def is_person(prev: str | None, nxt: str | None, before: str, found: dict[str, Any], countries: frozenset[str | None]) -> bool:
    if TITLE_BEFORE.search(before) or TITLE_OF_PLACE_BEFORE.search(before) or _PERSON_NAMED.search(before):
        return True
    if _named_after_a_person_noun(before, prev):
        return True
    for word in (prev, nxt):
        if word is None:
            continue
        key = norm_key(word)
        # a neighbour known only as a hamlet, or as a small town of a country the report does not
        # name, is more likely a surname ("Zakari Insa", "Bakoun Kanté")
        known = any((p.population > 0 or p.kind != "village") and (p.country in countries or p.population >= 100_000)
                    for p in found.get(key) or ())
        if key in GEO_WORDS or key in STOP or known or key in _regions() or key in _country_names():
            continue
        return True
    return False


# a person named in apposition, with or without a first name: "La victime, Ali Mainassara, a été
# enlevée", "the victim, identified as Moussa Diallo"
_PERSON_NAMED = re.compile(r"(?<![a-z])(the victim|la victime|identified as|identifie comme|identifiee comme|du nom de|"
                           r"a certain|un certain|une certaine)\s*,?\s+([a-z'-]+\s+)?$")


# a place noun before a hyphenated name: the name is one place ("the village of Woba-Tila")
ONE_VILLAGE = re.compile(r"(village|hamlet|locality|localite|hameau|quartier|neighbourhood|neighborhood)\s+(of|de|d'|du)\s*$")


def word_start(text: str, start: int) -> int:
    """Where the hyphenated word around start begins."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    return start


def word_end(text: str, end: int) -> int:
    """Where the hyphenated word around end ends."""
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return end


def in_parentheses(text: str, start: int) -> bool:
    """'Edjerir (Tessalit, Kidal)': names in brackets after a place are its cercle and region."""
    opened = text.rfind("(", max(0, start - 40), start)
    return opened != -1 and text.find(")", opened, start) == -1


# "By SAM MEDNICK", "Par Moussa Diallo": a byline opening a line
BYLINE = re.compile(r"(?:^|\n)\s*(?:By|BY|Par|PAR)\s+(?:[A-Z][\w'’-]*\s+)?$")


# words that tell a road between two places ("the Dori-Gorgadji axis", "l'axe Kaya-Barsalogho")
ROAD = re.compile(r"(?<![a-z])(axe|axis|road|route|troncon|highway|between|entre|stretch|corridor|convoy|convoi|"
                  r"bus|vehicule|vehicle|travelling|trajet|border|frontiere|intersection|carrefour|railway|chemin de fer)(?![a-z])")


def compound_name(text: str, folded: str, start: int, end: int) -> bool:
    """Is the hyphenated word around start:end one name, going on with another capitalised word
    ("Zibane-Koira Zéno") and with no road told around it?"""
    w0, w1 = word_start(text, start), word_end(text, end)
    if not re.match(r"\s+[A-ZÀ-Ý]", text[w1 : w1 + 3]):
        return False
    return not ROAD.search(folded[max(0, w0 - 40) : w0]) and not ROAD.search(folded[w1 : w1 + 25])


def one_name(text: str, folded: str, start: int, end: int) -> bool:
    """Is the hyphenated word around start:end one place's name: a name first ("Ngarwa", not an
    acronym or a prefix), and no road, route or journey told around it ("the Dori-Gorgadji axis"
    has two ends; "à Ngarwa-Lawandi" is one village)?"""
    w0, w1 = word_start(text, start), word_end(text, end)
    first = text[w0:w1].split("-", 1)[0]
    if not (first[:1].isupper() and first[1:2].islower()) or NAME_PREFIX.search(fold(first) + "-"):
        return False  # "GFSN-Djibo": a unit named after a town; "Tin-Hama": a prefix of one name
    if not text[w0:w1].split("-", 1)[1][:1].isupper():
        return False  # "Ouagadougou-based": a name and a word, not one name
    return not ROAD.search(folded[max(0, w0 - 40) : w0]) and not ROAD.search(folded[w1 : w1 + 25])


# words for a settlement that begin hamlets' names in the Sahel's languages (Fulfulde "wuro")
SETTLEMENT_WORDS = frozenset({"ouro", "wuro", "ourou"})
# "Pro-Islam", "Anti-Balaka", "Ex-Séléka": a prefix of a word, no place of that name at a road's end
WORD_PREFIXES = frozenset({"pro", "anti", "ex", "pre", "post", "non", "neo", "pan", "co", "semi", "ultra", "multi",
                            "inter", "intra", "trans", "mini", "micro", "super", "vice", "contre", "auto"})
