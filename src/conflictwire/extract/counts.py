"""What a number in a report counts: one quantity read with the words around it as a toll
(killed, wounded, abducted…), whose side, and where its evidence ends; or as no toll at all
("June 4", "two villages", "geoprecision 2"). fatalities.py finds the numbers and builds Tolls.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.count_cues import (
    ACTIVE_VERB,
    AND_END,
    ASIDE,
    ATTACK_NOUN_AFTER,
    CLAUSE_OPENERS,
    CODE_BEFORE,
    COLLECTIVE,
    CUT,
    ELIDED_AFTER,
    FR_ACTIVE_AUX,
    HEARSAY,
    LISTED_ASIDE,
    NEGATION_END,
    OBJECT_AFTER,
    ONE_OF_A_GROUP,
    ONE_WAS,
    OUT_OF,
    OWN_PASSIVE,
    OWN_TOLL_WORD,
    PARENS,
    PARTITIVE,
    PASSIVE_AUX,
    QUOTE_END,
    QUOTES,
    RISE_BY,
    SIDE_AFTER,
    SIDE_BEFORE,
    SOWED,
    SPEAKS_AFTER,
    TELLERS_AFTER,
    TELLERS_BEFORE,
    THEN_KILLED,
    THOSE_BEFORE,
    TWO_WORDS,
)
from conflictwire.extract.numbers import Quantity
from conflictwire.lexicons import read_tsv

NOT_PEOPLE = re.compile(
    r"\s*(%|km|kilomet|kms?\b|miles?|hours?|heures?|h\b|days?|jours?|years?|ans\b|mois|months?|"
    r"weeks?|semaines?|vehicles?|vehicules?|motorcycles?|motorbikes?|motos?|cattle|head of|tetes|tonnes?|"
    r"(?:\w+\s+)?sources?(?![a-z])|of (the|those|them|these)(?![a-z])|d'entre|"
    r"(?:cows?|sheep|goats?|camels?|donkeys?|animals?|livestock|bofs?|boeufs?|vaches?|chevres?|moutons?|"
    r"chameaux|anes?|animaux|betail|tricycles?|pick-?ups?|trucks?|camions?|shops?|boutiques?|houses?|"
    r"maisons?|cases?|huts?|granar(y|ies)|greniers?|factions?|tribes?|schools?|ecoles?|localites?|hamlets?|hameaux|communes?|departements?|departments?|provinces?|cercles?|districts?|prefectures?|towns?|villes?|"
    # "démantelé une base terroriste", "destroyed two camps": the places an operation took, no people
    r"bases?|camps?|positions?|caches?|hideouts?|repaires?|planques?|sanctuaires?|sanctuar(y|ies)|depots?|"
    # "two villages", but "two village chiefs" are people
    r"villages?(?!\s+(chiefs?|heads?|elders?|leaders?|councill?ors?|officials?|guards?|youths?|imams?|notables?|residents?|volunteers?)))(?![a-z])|"
    r"fcfa|cfa|dollars?|euros?|million|milliards?|billion|meters|metres|pm\b|am\b|gmt|utc|"
    r"(communiques?|statements?|messages?|rapports?|reports?|videos?|projectiles?|obus|roquettes?|rockets?|shells?|"
    r"balles|bullets?|cartouches?|cartridges?|douilles|rounds|grenades?|"
    r"investigations?|inquiry|inquiries|probes?|enquetes?|autops(y|ies|ie)|"
    # "without giving a figure for the dead", "un bilan": a figure, no one counted
    r"figures?|tolls?|totals?|chiffres?|bilans?|"
    # "un deuil national", "a day of mourning": the response, no one counted
    r"deuils?|mourning|minutes? de silence|minutes? of silence)(?![a-z])|"
    # "10 oct (AFP)": a dateline's day and month, abbreviated
    r"(jan|feb|fev|mar|apr|avr|jun|juil|jul|aug|aou|sep|sept|oct|nov|dec)\.?(?![a-z])|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
)
EVENT_NOUN = re.compile(
    r"\s*([\w-]+ )?(attack|strike|drone|air|raid|ambush|bomb|explosion|blast|ied|mine|clash|group|convoy|"
    r"vehicle|car|truck|suicide|roadside|shelling|attaque|frappe|embuscade|explosion|engin|mine|"
    r"bombe|vehicule|groupe|convoi|affrontement|operation|offensive|assault|gunfight|fight|series)(e?s)?(?![a-z])"
)
_MONTH_BEFORE = re.compile(
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*$"
    # "kidnapped on August, 25": a day after "on" and its month, whatever the comma
    r"|(?<![a-z])on (january|february|march|april|may|june|july|august|september|october|november|december),\s*$"
)


# how far back a toll's verb may stand: "the death toll from Saturday's attack on a military post
# in Djibo has risen to 24" (each pattern ends where the number begins, so only long ones reach)
TOLL_BEFORE_CHARS = 130


@lru_cache(maxsize=2)
def toll_before(lang: str) -> re.Pattern[str]:
    """The words a toll follows, up to the number ("killing at least 12"): lexicons/toll_before.tsv."""
    rows = [r for r in read_tsv("toll_before.tsv") if r["lang"] == lang]
    words = "|".join(r["pattern"] for r in rows if r["role"] == "word")
    lead = "".join(rf"{r['pattern']}\s*|" for r in rows if r["role"] == "lead").rstrip("|")
    return re.compile(rf"({words})\s*({lead})?$")


@lru_cache(maxsize=2)
def _toll_words(lang: str) -> tuple[list[tuple[re.Pattern[str], str]], list[tuple[re.Pattern[str], str]]]:
    kinds: list[tuple[re.Pattern[str], str]] = []
    sides: list[tuple[re.Pattern[str], str]] = []
    for r in read_tsv("toll_words.tsv"):
        if r["lang"] != lang:
            continue
        rx = re.compile(r"(?<![a-z])(?:" + r["word"] + r")(?![a-z])")
        (kinds if r["role"] == "kind" else sides).append((rx, r["value"]))
    # longest alternatives first: "killed or wounded" must beat "killed"
    kinds.sort(key=lambda kv: kv[1] != "killed_or_wounded")
    return kinds, sides


def _blank_asides(window: str) -> str:
    """The window with brackets, breakdowns and hearsay blanked out (same length: offsets stay valid)."""
    window = HEARSAY.sub(lambda m: " " * len(m.group(0)), window)
    window = PARENS.sub(lambda m: " " * len(m.group(0)), window)
    window = LISTED_ASIDE.sub(lambda m: " " * len(m.group(0)), window)
    return ASIDE.sub(lambda m: " " * len(m.group(0)), window)


def acts_on_object(window: str, kind: tuple[int, int, str], lang: str) -> bool:
    """The toll word after a count is an active verb with its own object: the count did it."""
    if kind[2] != "killed" or not ACTIVE_VERB.search(window[kind[0] : kind[1]]):
        return False
    before = window[: kind[0]]
    if PASSIVE_AUX.search(before):
        return False  # "were killed", "ont été tués"
    if lang == "fr" and not FR_ACTIVE_AUX.search(before):
        return False  # "deux civils tués", a participle: the count are the dead
    obj = OBJECT_AFTER.match(window, kind[1])
    # ("one soldier killed one wounded": the next count and its own toll word, no object)
    # (nor "8 killed 2 vehicles destroyed": things, no one the count killed)
    return obj is not None and not OWN_TOLL_WORD.match(window, obj.end()) and not NOT_PEOPLE.match(window, obj.end())


def _first(rules: list[tuple[re.Pattern[str], str]], text: str) -> tuple[int, int, str] | None:
    best: tuple[int, int, str] | None = None
    for rx, value in rules:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0] or (m.start() == best[0] and m.end() > best[1])):
            best = (m.start(), m.end(), value)
    return best


def _prefix(window: str, n_words: int) -> str:
    """The first n words of window, keeping original spacing (offsets stay valid)."""
    m = _words(max(n_words - 1, 0)).match(window)
    return m.group(0) if m else window


@lru_cache(maxsize=16)
def _words(n: int) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:\S+\s+){{0,{n}}}\S*")


def a_date_or_code(folded: str, q: Quantity) -> bool:
    """The number is a day ("June 4", "on August, 25") or a code ("coded at geoprecision 2"), no count."""
    return bool(_MONTH_BEFORE.search(folded[max(0, q.start - 18) : q.start])
                or CODE_BEFORE.search(folded[max(0, q.start - 14) : q.start]))


# ("left 12 fuel trucks stranded", "a incendié 12 camions citernes": one word, then the thing counted)
_ONE_WORD_THEN_THING = re.compile(r"^\s*(fuel|oil|water|cargo|passenger|transport|army|military|civilian|police|commercial|"
                                  r"private|armoured|armored|citernes?)\s+(trucks?|tankers?|vehicles?|buses|bus|cars?|boats?|"
                                  r"camions?|vehicules?|motos?|motorcycles?|houses?|shops?)(?![a-z])")


# ("killed 12 truck drivers", "trois chauffeurs de camions"): the people of the thing named, people
_PEOPLE_OF_THINGS = re.compile(r"^\s*([\w'-]+\s+)?(drivers?|chauffeurs?|passengers?|passagers?|owners?|traders?|transporteurs?|"
                               r"conducteurs?|occupants?|herders?|bergers?|eleveurs?)(?![a-z])")


def classify(
    folded: str, q: Quantity, lang: str, sent_start: int, sent_end: int
) -> tuple[str, str, int] | None:
    """(kind, side, end of evidence) for a quantity, or None if it counts no people."""
    kinds, sides = _toll_words(lang)
    if a_date_or_code(folded, q):
        return None
    if OUT_OF.search(folded[max(sent_start, q.start - 16) : q.start]):
        return None  # "Out of the 130 soldiers stationed there, 27 were confirmed dead": the whole, not the dead
    if RISE_BY.search(folded[max(sent_start, q.start - 30) : q.start]):
        return None  # "the death toll rose by seven, taking the number killed to 86": the increase, not a toll
    after = folded[q.end : min(sent_end, q.end + 90)]
    if TELLERS_BEFORE.search(folded[max(sent_start, q.start - 16) : q.start]) or TELLERS_AFTER.match(after):
        return None  # "selon deux élus locaux", "two officials said": the people who tell, not the dead
    listed = LISTED_ASIDE.search(folded, q.end, min(sent_end, q.end + 250))
    if listed is not None and listed.start() - q.end <= 20:
        # (a breakdown listed up to the verb reads on past it: "Around twenty individuals, including
        # many women, volunteers for the defense of the nation, children, and the village chief were killed")
        after = folded[q.end : min(sent_end, listed.end() + 40)]
    # "neutralisant « plusieurs dizaines de terroristes »": a quote mark between verb and count
    before = QUOTE_END.sub("", folded[max(sent_start, q.start - TOLL_BEFORE_CHARS) : q.start])
    before = QUOTES.sub("", before)  # 'permis de "neutraliser une quinzaine': a quote inside the phrase
    bm = toll_before(lang).search(before)
    # "killing three of them", "tuant trois d'entre eux", "20 of the attackers were killed": a share
    # of people already named, after a toll verb or before a noun of a side ("one of the soldiers
    # killed" names a person, it counts nothing)
    partitive = PARTITIVE.match(after)
    share_of_dead = partitive is not None and (bool(bm) or bool(ONE_WAS.match(after[partitive.end() :])) or (
        (q.value or 0) >= 2 and (_first(sides, _prefix(after[partitive.end() :], 2)) is not None
                                 # "trois d'entre eux ont été neutralisés", "three of them were killed"
                                 or _first(kinds, _prefix(_blank_asides(after[partitive.end() :]), 4)) is not None)))
    # "two neighbouring Dogon villages": a count of things two words on ("35 civilians, most of
    # them displaced": people, whatever follows them)
    # ("cinq à sept morts selon les sources": a toll word right after the count counts people)
    things_after = NOT_PEOPLE.match(TWO_WORDS.sub(" ", after)) and _first(sides, _prefix(after, 2)) is None \
        and _first(kinds, _prefix(after, 1)) is None
    # (after a toll's own words, "the number of soldiers killed had risen to 10 after four of the
    # wounded died", what comes two words on says nothing of what was counted)
    if not share_of_dead and not _PEOPLE_OF_THINGS.match(after) \
            and (NOT_PEOPLE.match(after) or (things_after and not bm) or _ONE_WORD_THEN_THING.match(after)):
        return None
    # stop at the next number or clause break so "3 killed, 5 wounded" splits
    # (a breakdown's own number, "53 people, including 49 gendarmes, were killed", is no break)
    cut = CUT.search(_blank_asides(after))
    window = after[: cut.start()] if cut else after
    # (the people counted end at a comma: "killed three youths from Zinibeogo, the assailants also…")
    # (nor past a clause: "the toll rose to 24 when the militants murdered 14 more" counts no militant)
    # ("seven more killed in nearby areas as the attackers moved on": the attackers of the clause after)
    side = _first(sides, _prefix(re.split(rf",|(?<![a-z])(?:{CLAUSE_OPENERS})(?![a-z])", window)[0], 5))
    if side is not None and ATTACK_NOUN_AFTER.match(window[side[1] :]):
        side = None  # "100 killed in a jihadist attack": who attacked, not who died
    if q.article and SPEAKS_AFTER.match(after):
        return None  # "A VDP official confirmed two dead", "un responsable local a indiqué": who told it
    if q.article and (COLLECTIVE.match(after) or EVENT_NOUN.match(after)):
        # "eliminated a group of terrorists", "un groupe d'assaillants": how many is not told; "a
        # military operation eliminated…": an operation, not a person
        return None
    # ("un de ses soldats a été tué", "one of its soldiers was killed": one of a group, a few words longer)
    reach = (5 if lang == "fr" else 4) + (3 if ONE_OF_A_GROUP.match(window) else 0)
    if q.article and not bm and not share_of_dead and not (side and side[0] <= 2) and (
        not _first(kinds, _prefix(window, reach)) or EVENT_NOUN.match(window)
    ):
        return None  # "a"/"un" is a count only next to a person noun or a toll word
    if bm:  # "killed 6 militants", "fait 12 morts": the verb before the number decides
        word = bm.group(1)
        k = _first(kinds, _prefix(window, 3))
        if q.article and k is None and word in ("left", "leaving", "fait", "faisant") and not (side and side[0] <= 2) \
                and not re.match(r"\s*(victimes?|victims?|casualty|casualties)(?![a-z])", window):
            return None  # "a fait une poussée de fièvre": an article after "made" counts no one
        kind_name = "killed"
        if word.startswith(("wound", "injur", "bless")):
            kind_name = "wounded"
        elif word.startswith(("kidnap", "abduct", "enlev")):
            kind_name = "abducted"
        elif k and k[2] != "killed" and (word in ("left", "leaving", "fait", "faisant") or word.startswith(("deplor", "bilan", "toll "))
                                          # "one gendarme killed two wounded": the count's own toll word decides
                                          or k[0] <= 1
                                          # ("one student who was killed a total of 109 people were injured": the
                                          # count is the subject of a clause of its own, a comma lost before it)
                                          or OWN_PASSIVE.fullmatch(window[: k[0]]) is not None):
            # ("Le bilan est de deux blessés": a toll word says what is counted only by its noun)
            kind_name = k[2]
        # "faisant quatre morts dans les rangs de l'armée", "left 5 dead among the soldiers": the side
        # named after the toll word
        if side is None and k is not None and (ranks := SIDE_AFTER.match(window[k[1] :])):
            off = k[1] + ranks.end()
            if (named := _first(sides, _prefix(window[off:], 2))) is not None:
                side = (named[0] + off, named[1] + off, named[2])
        # "put the number of soldiers killed at 35": the side may be named in the words before
        told_before = _first(sides, word) if side is None else None
        side_name = side[2] if side else told_before[2] if told_before else ("attackers" if word.startswith(("neutrali", "elimin")) else "unknown")
        end = max(side[1] if side else 0, k[1] if k and k[2] == kind_name else 0)
        return kind_name, side_name, q.end + end
    # "six volontaires pour la défense de la patrie (VDP) ont été tués": a numeral's victims may be
    # named at length (a bracketed abbreviation or a breakdown ", dont neuf VDP," is no word of it);
    # an article ("a soldier", "un civil") names one person in a short phrase
    # (a count whose first word names its people may name their unit at length, "Douze soldats des
    # Forces de défense et de sécurité du Togo ont été tués", told by a passive verb after them)
    # (not "hundreds of students protested … over the death of": a noun, the topic of another verb)
    kind = _first(kinds, _prefix(_blank_asides(window), 6 if q.article and not share_of_dead else 11))
    if kind is None and not q.article and side is not None and side[0] <= 2:
        far = _first(kinds, _prefix(_blank_asides(window), 15))
        kind = far if far is not None and PASSIVE_AUX.search(window[: far[0]]) else None
    if kind is None and (elided := SIDE_AFTER.match(window)) and (told := ELIDED_AFTER.search(before)):
        first = _first(kinds, told.group("kind"))
        who = _first(sides, _prefix(window[elided.end() :], 2))
        if first is not None:
            return first[2], who[2] if who else "unknown", q.end + elided.end() + (who[1] if who else 0)
    if kind is not None and NEGATION_END.search(window[: kind[0]]):
        return None  # "an army position, attack repelled and no casualties": no count
    if kind is not None and SOWED.search(window[: kind[0]]):
        return None  # "une trentaine d'hommes armés ont … semé la mort": the killers, not the dead
    # ("three militiamen, eight militants, and four bystanders were killed": a list of counts by commas;
    # not "attacked an army unit in Nadiagou, two assailants were killed", an article's noun)
    if kind is None and cut is not None and (AND_END.search(window) or (not q.article and AND_END.search(after[: cut.end()]))):
        # "one assailant and one customs officer killed": the verb after the list counts both
        rest = after[cut.start() :]
        later = _first(kinds, _prefix(rest, 11))
        # ("two gunmen, one of the assailants killed": a share of the count, no second item of a list)
        # (nor ", leaving one dead": a clause with a toll of its own)
        # (nor ", while another ten soldiers were injured": a clause with a count of its own)
        if later is not None and not re.match(r"[\s,]*([\w'-]+" + PARTITIVE.pattern + r"|(leaving|faisant|while|whereas|but|tandis|alors|mais)\s)", rest):
            return later[2], side[2] if side else "unknown", q.end + len(window)
    if kind is None or acts_on_object(after, kind, lang):
        return None
    if q.article and THOSE_BEFORE.search(_blank_asides(window)[: kind[0]]):
        return None  # "An officer involved in burying those killed": the dead are others, not him
    if side is not None and side[0] > kind[0]:
        side = None  # the side noun must come before the verb: "12 soldiers were killed"
    # "11 morts côté FAMa", "Côté terroriste, une quarantaine de corps": the side named by "côté"
    said_side = SIDE_AFTER.match(window[kind[1] :])
    if side is None and said_side:
        side = _first(sides, _prefix(window[kind[1] + said_side.end() :], 2))
    said_before = SIDE_BEFORE.search(before)
    if side is None and said_before:
        side = _first(sides, said_before.group("who"))
    if kind[2] == "abducted" and (then := THEN_KILLED.match(window, kind[1])) is not None:
        killed = _first(kinds, _prefix(window[then.end() :], 2))
        if killed is not None and killed[2] == "killed" and killed[0] <= 1:
            # "trois personnes ont été enlevées et exécutées": taken, then killed; the dead count
            return "killed", side[2] if side else "unknown", q.end + then.end() + killed[1]
    return kind[2], side[2] if side else "unknown", q.end + kind[1]
