"""Toll mentions: a quantity, what happened to them (killed, wounded…) and whose side.

"12 soldiers were killed", "killing at least 30 civilians", "fait une trentaine de morts",
"20 terroristes neutralisés", "the toll rose to 28". Each becomes a Toll with its span; the
per-event headline/low/high is reduced in frames.py (see reduce_tolls).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from conflictwire.extract.doc import ReportDoc, Toll, component
from conflictwire.extract.numbers import Quantity, find_quantities, word_number
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, fold

_NOT_PEOPLE = re.compile(
    r"\s*(%|km|kilomet|kms?\b|miles?|hours?|heures?|h\b|days?|jours?|years?|ans\b|mois|months?|"
    r"weeks?|semaines?|vehicles?|vehicules?|motorcycles?|motorbikes?|motos?|cattle|head of|tetes|tonnes?|"
    r"(?:\w+\s+)?sources?(?![a-z])|of (the|those|them|these)(?![a-z])|d'entre|"
    r"(?:cows?|sheep|goats?|camels?|donkeys?|animals?|livestock|bofs?|boeufs?|vaches?|chevres?|moutons?|"
    r"chameaux|anes?|animaux|betail|tricycles?|pick-?ups?|trucks?|camions?|shops?|boutiques?|houses?|"
    r"maisons?|cases?|schools?|ecoles?|localites?|hamlets?|hameaux|"
    # "two villages", but "two village chiefs" are people
    r"villages?(?!\s+(chiefs?|heads?|elders?|leaders?|councill?ors?|officials?|guards?|youths?|imams?|notables?|residents?|volunteers?)))(?![a-z])|"
    r"fcfa|cfa|dollars?|euros?|million|milliards?|billion|meters|metres|pm\b|am\b|gmt|utc|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
)
_EVENT_NOUN = re.compile(
    r"\s*(\w+ )?(attack|strike|drone|air|raid|ambush|bomb|explosion|blast|ied|mine|clash|group|convoy|"
    r"vehicle|car|truck|suicide|roadside|shelling|attaque|frappe|embuscade|explosion|engin|mine|"
    r"bombe|vehicule|groupe|convoi|affrontement|operation|offensive|assault|gunfight|fight|series)"
)
_MONTH_BEFORE = re.compile(
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s*$"
)
_REVISION = re.compile(
    r"(rose to|risen to|climbed to|increased to|rising to|new toll|latest toll|final toll|revised|"
    r"now stands at|s'est alourdi|est passe a|passe a|nouveau bilan|bilan definitif|bilan revu|"
    r"porte a|grimpe a|bilan s'eleve desormais|revu a la hausse|revised (upwards?|up)|a ete revu)"
)


@lru_cache(maxsize=2)
def _toll_before(lang: str) -> re.Pattern[str]:
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


_CODE_BEFORE = re.compile(r"(geoprecision|precision|phase|level|number|n°|no\.|article|km|kms)\s*$")
_TWO_WORDS = re.compile(r"^\s*([\w'-]+\s+){1,2}")
_CUT = re.compile(r"[;:\n]|\.(\s|$)|,\s*(and |et )?(?=(\d|at least|au moins|une? ))|\d")
_QUOTE_END = re.compile(r"[«»\"“”]\s*$")
_NEGATION_END = re.compile(r"(?<![a-z])(no|without|sans|aucune?|pas de)\s+$")
_AND_END = re.compile(r"(,|and|et)\s*$")
_NONE_BEFORE = re.compile(r"(?<![a-z])(no|not a single|pas un seul|aucun)\s*$")
_MORE_AFTER = re.compile(r"\s*(more|other|others|additional|further|autres|de plus|supplementaires)(?![a-z])")
_ATTACK_NOUN_AFTER = re.compile(r"\s*(attacks?|assaults?|raids?|ambush(es)?|offensives?|attaques?|assauts?|embuscades?)(?![a-z])")
_SIDE_AFTER = re.compile(r"\s*(cote|du cote d(es?|u)|dans les rangs d(es?|u)|among( the)?|in the ranks of|on the side of)\s+")
_SIDE_BEFORE = re.compile(r"(?<![a-z])(cote|du cote d(es?|u)|dans les rangs d(es?|u)|on the side of)\s+(?P<who>[\w'-]+(\s+[\w'-]+)?)\s*[,:]\s*([\w']+\s+){0,3}$")
_PARTITIVE = re.compile(r"\s*(of (them|those|these|the)|d'entre (eux|elles))(?![a-z])")
_PARENS = re.compile(r"\([^()]{0,40}\)")
# "onze personnes, dont neuf VDP, ont été tuées": a breakdown of the count before it
_PART_BEFORE = re.compile(r"(?<![a-z])(dont|including|among them|among whom|of whom|of them|parmi (eux|elles|lesquels|lesquelles))\s*$")
# "Une quinzaine de soldats figurent parmi les morts", "five soldiers were among the dead": a share of a count
_PART_AFTER = re.compile(r"\s*([\w'-]+\s+){0,3}(figurent|figure|comptent|sont|etaient|are|were|was|is) (parmi|among) "
                         r"(les |the )?(morts|victimes|tues|personnes tuees|dead|victims|killed|fatalities)(?![a-z])")
_ASIDE = re.compile(r",\s*(dont|including|among them|among whom|parmi (eux|elles|lesquels|lesquelles)|"
                    r"(most|many|all|half|some) of them|mostly|the majority|la plupart|pour la plupart|en majorite|majoritairement)\b[^,]{0,80},")


def _blank_asides(window: str) -> str:
    """The window with brackets and breakdowns blanked out (same length: offsets stay valid)."""
    window = _PARENS.sub(lambda m: " " * len(m.group(0)), window)
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), window)
_JOINED = re.compile(r"(?<![a-z])(and|et)\s*$")


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


def classify(
    folded: str, q: Quantity, lang: str, sent_start: int, sent_end: int
) -> tuple[str, str, int] | None:
    """(kind, side, end of evidence) for a quantity, or None if it counts no people."""
    kinds, sides = _toll_words(lang)
    if _MONTH_BEFORE.search(folded[max(0, q.start - 12) : q.start]):
        return None  # "June 4": a date, not a count
    if _CODE_BEFORE.search(folded[max(0, q.start - 14) : q.start]):
        return None  # "coded at geoprecision 2": a code, not a count
    after = folded[q.end : min(sent_end, q.end + 90)]
    # "neutralisant « plusieurs dizaines de terroristes »": a quote mark between verb and count
    before = _QUOTE_END.sub("", folded[max(sent_start, q.start - 60) : q.start])
    bm = _toll_before(lang).search(before)
    # "killing three of them", "tuant trois d'entre eux", "20 of the attackers were killed": a share
    # of people already named, after a toll verb or before a noun of a side ("one of the soldiers
    # killed" names a person, it counts nothing)
    partitive = _PARTITIVE.match(after)
    share_of_dead = partitive is not None and (bool(bm) or (
        (q.value or 0) >= 2 and _first(sides, _prefix(after[partitive.end() :], 2)) is not None))
    # "two neighbouring Dogon villages": a count of things two words on ("35 civilians, most of
    # them displaced": people, whatever follows them)
    things_after = _NOT_PEOPLE.match(_TWO_WORDS.sub(" ", after)) and _first(sides, _prefix(after, 2)) is None
    if not share_of_dead and (_NOT_PEOPLE.match(after) or things_after):
        return None
    # stop at the next number or clause break so "3 killed, 5 wounded" splits
    cut = _CUT.search(after)
    window = after[: cut.start()] if cut else after
    side = _first(sides, _prefix(window, 5))
    if side is not None and _ATTACK_NOUN_AFTER.match(window[side[1] :]):
        side = None  # "100 killed in a jihadist attack": who attacked, not who died
    if q.article and not bm and not (side and side[0] <= 2) and (
        not _first(kinds, _prefix(window, 4)) or _EVENT_NOUN.match(window)
    ):
        return None  # "a"/"un" is a count only next to a person noun or a toll word
    if bm:  # "killed 6 militants", "fait 12 morts": the verb before the number decides
        word = bm.group(1)
        k = _first(kinds, _prefix(window, 3))
        kind_name = "killed"
        if word.startswith(("wound", "injur", "bless")):
            kind_name = "wounded"
        elif word.startswith(("kidnap", "abduct", "enlev")):
            kind_name = "abducted"
        elif k and k[2] != "killed" and word in ("left", "leaving", "fait", "faisant"):
            kind_name = k[2]
        # "put the number of soldiers killed at 35": the side may be named in the words before
        told_before = _first(sides, word) if side is None else None
        side_name = side[2] if side else told_before[2] if told_before else ("attackers" if word.startswith("neutrali") else "unknown")
        end = max(side[1] if side else 0, k[1] if k and k[2] == kind_name else 0)
        return kind_name, side_name, q.end + end
    # "six volontaires pour la défense de la patrie (VDP) ont été tués": a numeral's victims may be
    # named at length (a bracketed abbreviation or a breakdown ", dont neuf VDP," is no word of it);
    # an article ("a soldier", "un civil") names one person in a short phrase
    kind = _first(kinds, _prefix(_blank_asides(window), 6 if q.article else 11))
    if kind is not None and _NEGATION_END.search(window[: kind[0]]):
        return None  # "an army position, attack repelled and no casualties": no count
    if kind is None and cut is not None and _AND_END.search(window):
        # "one assailant and one customs officer killed": the verb after the list counts both
        rest = after[cut.start() :]
        later = _first(kinds, _prefix(rest, 9))
        if later is not None:
            return later[2], side[2] if side else "unknown", q.end + len(window)
    if kind is None:
        return None
    if side is not None and side[0] > kind[0]:
        side = None  # the side noun must come before the verb: "12 soldiers were killed"
    # "11 morts côté FAMa", "Côté terroriste, une quarantaine de corps": the side named by "côté"
    said_side = _SIDE_AFTER.match(window[kind[1] :])
    if side is None and said_side:
        side = _first(sides, _prefix(window[kind[1] + said_side.end() :], 2))
    said_before = _SIDE_BEFORE.search(before)
    if side is None and said_before:
        side = _first(sides, said_before.group("who"))
    return kind[2], side[2] if side else "unknown", q.end + kind[1]


_OWN_LOSSES = re.compile(
    r"(?<![a-z])(army|military|forces|troops|armee|fama|fds|soldiers)\b[^.;]{0,30}(its|their|ses|leurs) (own )?(losses|pertes|casualties)"
    r"[^.;]{0,12}$"
)


# one item of a victims list: ", one soldier", ", and a French trainer", " et deux civils"
_LIST_LINK = re.compile(r"\s*(,\s*(and\s+|et\s+)?|\s+(and|et)\s+)$")
_ITEM = re.compile(r"\s*([\w'-]+\s+){0,3}?[\w'-]+\s*(?=,|\s(and|et)\s|\.|$|\s(who|qui|and|et)\b)")


_SAID = re.compile(r"(?<![a-z])(said|says|told|added|reported|confirmed|according|a (dit|declare|confirme|indique|affirme)|ont (dit|declare|confirme|indique)|selon|dit|declare)(?![a-z])")


def _victims_list(folded: str, quantities: list[Quantity], k: int, end: int, lang: str, sent: tuple[int, int],
                  classified: dict[tuple[int, int, int], tuple[str, str, int] | None]) -> tuple[int, int]:
    """"killing five park rangers, one park official, one soldier and a French trainer": the
    counts listed after the verb's first one, that are no toll on their own, add up.
    (value added, new end)"""
    added, sent_end = 0, sent[1]
    for j in range(k + 1, len(quantities)):
        q = quantities[j]
        if q.start >= sent_end:
            break  # the sentence ends before it (asked first: the answer is the same, and cheaper)
        key = (j, sent[0], sent_end)
        if key not in classified:
            classified[key] = classify(folded, q, lang, sent[0], sent_end)
        if classified[key] is not None:
            break  # "12 soldiers and two civilians killed": tolls of their own, each with its side
        gap = folded[end : q.start]
        if q.start >= sent_end or len(gap) > 40 or not _LIST_LINK.search(gap) or not re.fullmatch(r"[\w\s'-]*,?\s*((and|et)\s+)?", gap):
            break
        after = folded[q.end : sent_end]
        item = _ITEM.match(after)
        if item is None or _NOT_PEOPLE.match(after) or _EVENT_NOUN.match(after) or _SAID.search(after[: item.end() + 12]):
            break  # ", a local official said": the source, not one more victim
        added, end = added + q.value, q.end + item.end()
    return added, end


def find_tolls(text: str, lang: str, sentences: list[tuple[int, int]]) -> list[Toll]:
    folded = fold(text)
    out: list[Toll] = []
    si = 0
    quantities = find_quantities(folded, lang)
    listed_until = -1
    classified: dict[tuple[int, int, int], tuple[str, str, int] | None] = {}  # asked by _victims_list already
    for k, q in enumerate(quantities):
        if q.start < listed_until:
            continue  # counted as part of a list already
        while si < len(sentences) - 1 and sentences[si][1] <= q.start:
            si += 1
        sent_start, sent_end = sentences[si] if sentences else (0, len(text))
        if (q.start > 0 and folded[q.start - 1] in "-_/") or folded[q.end : q.end + 1] in ("-", "_", "/"):
            continue  # a word of a URL slug ("deux-soldats-tues"), not the report's sentence
        if _NONE_BEFORE.search(folded[max(0, q.start - 16) : q.start]):
            continue  # "no one died"
        key = (k, sent_start, sent_end)
        got = classified.pop(key) if key in classified else classify(folded, q, lang, sent_start, sent_end)
        if got is None:
            continue
        kind, side, end = got
        value = q.value
        if kind != "killed_or_wounded" and _toll_before(lang).search(folded[max(sent_start, q.start - 60) : q.start]):
            more, end = _victims_list(folded, quantities, k, end, lang, (sent_start, sent_end), classified)
            value, listed_until = value + more, end
        if side == "unknown" and "neutrali" in folded[q.start : end + 1]:
            side = "attackers"
        if side == "unknown" and _OWN_LOSSES.search(folded[max(sent_start, q.start - 60) : q.start]):
            side = "forces"  # "the army put its losses at seven dead", "l'armée a fait état de ses pertes: 4 morts"
        if side == "unknown":
            words = re.split(r"[,;:.]| and | et ", folded[q.end : min(sent_end, q.end + 40)] + ".")[0]
            side = _person_side(words, lang)  # "killing a park official": a civilian
        start_ctx = max(sentences[si][0] if sentences else 0, q.start - 100)  # "a new toll given on Monday by a local official put … at 200"
        revision = bool(_REVISION.search(folded[start_ctx : q.start]))
        additional = bool(_MORE_AFTER.match(folded[q.end : q.end + 20]))
        part = bool(_PART_BEFORE.search(folded[max(sent_start, q.start - 25) : q.start])
                    or _PART_AFTER.match(folded[q.end : q.end + 80]))
        # "four women and a child were killed": the child is one more
        additional = additional or (q.article and bool(_JOINED.search(folded[max(0, q.start - 6) : q.start])))
        out.append(
            Toll(
                start=q.start,
                end=end,
                text=text[q.start : end],
                sent=si,
                kind=kind,
                value=None if kind == "killed_or_wounded" else value,
                low=q.low,
                high=q.high,
                side=side,
                revision=revision,
                vague=q.vague,
                additional=additional,
                part=part,
            )
        )
    return out


def _person_side(words: str, lang: str) -> str:
    """The side of the first person noun among the words after a count, else "unknown"."""
    nouns = _singular(lang)[2]
    tokens = re.findall(r"[a-z][a-z'-]*", words[:60])
    for i in range(len(tokens)):
        for w in (" ".join(tokens[i : i + 2]), tokens[i]):
            for form in (w, w[:-1] if w.endswith("s") else w):
                if form in nouns:
                    if _ATTACK_NOUN_AFTER.match(" " + " ".join(tokens[i + len(w.split()) : i + len(w.split()) + 1])):
                        return "unknown"  # "killed in a jihadist attack": who attacked, not who died
                    return nouns[form]
    return "unknown"


@lru_cache(maxsize=2)
def _singular(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """(active, passive, noun -> side, "and <one more>") patterns for one person killed,
    without a number."""
    nouns = {fold(w): r["side"] for r in read_tsv("person_nouns.tsv") if r["lang"] == lang for w in r["word"].split("|")}
    noun = "(?P<noun>" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + ")(?![a-z])"
    if lang == "fr":
        det, verb = r"(le|la|l'|un|une|un autre|une autre|son|sa|leur)", r"(tue|tuant|abattu|abattant|assassine|assassinant|execute|executant|egorge|egorgeant|decapite|lynche)"
        passive = r"(a ete|est|fut|avait ete)\s+(\w+\s+)?(tue|tuee|abattu|abattue|assassine|assassinee|execute|executee|egorge|egorgee|decapite|lynche|retrouve mort|retrouvee morte)"
    else:
        det, verb = r"(the|a|an|one|another|his|her|their)", (
            r"(killed|killing|kill|shot dead|shooting dead|assassinated|assassinating|executed|executing|beheaded|"
            r"murdered|lynched|stabbed to death|beat to death|beaten to death|hacked to death|slit the throat of)"
        )
        passive = r"(was|has been|had been|got)\s+(\w+\s+)?(killed|shot dead|shot and killed|assassinated|executed|beheaded|murdered|lynched|beaten to death|stabbed to death|found dead)"
    # a noun may carry a short complement: "a leader of the Issamedawane faction", "un chef de village"
    mod = r"(\s+(of|from|in|accused of|de|du|des|d')\s*(the\s+|la\s+|l')?(?!and |et )[\w'-]+(\s+(?!and |et |was |were |a ete )[\w'-]+){0,2})?"
    np = det + r"\s+([\w'-]+\s+){0,3}?" + noun + mod
    # a pronoun victim: "robbing and killing him", "il a été retrouvé mort", "l'ont abattu"
    if lang == "fr":
        pron = r"(?P<pron>(?<![a-z])l')(ont|a|avaient|avait)\s+(tue|tuee|abattu|abattue|execute|executee|egorge|egorgee|assassine|assassinee)(?![a-z])"
        pron_passive = r"(?<![a-z])(il|elle)\s+" + passive + r"(?![a-z])"
    else:
        pron = verb + r"\s+(?P<pron>him|her)(?![a-z])"
        pron_passive = r"(?<![a-z])(he|she)\s+(was|has been|had been)\s+(\w+\s+)?(killed|shot dead|executed|beheaded|murdered|lynched|found dead|beaten to death)(?![a-z])"
    active = re.compile(r"(?<![a-z])" + verb + r"(\s+and\s+\w+)?\s+" + np + "|" + pron)
    passive_rx = re.compile(r"(?<![a-z])" + np + r"\s+" + passive + r"(?![a-z])|" + pron_passive)
    return active, passive_rx, nouns, re.compile(r"\s*(,\s*and|,\s*et|,|and|et)\s+" + np.replace("?P<noun>", ""))


def find_singular_tolls(text: str, lang: str, sentences: list[tuple[int, int]], taken: list[Toll]) -> list[Toll]:
    """One death per singular victim: "killed the village chief and his son" (2), "a
    gendarme was shot dead" (1), where the report gives no number."""
    folded = fold(text)
    active, passive, nouns, coord = _singular(lang)
    out: list[Toll] = []
    found = Spans()
    for rx in (active, passive):
        for m in rx.finditer(folded):
            if found.overlaps(m.start(), m.end()):
                continue
            count, end = 1, m.end()
            while (c := coord.match(folded, end)) is not None:
                count, end = count + 1, c.end()
            # "killed a retired catechist and three other worshippers": a counted group joins
            link = _LINK.match(folded, end) if rx is active else None
            if link:
                q = next((q for q in find_quantities(folded[end : end + 40], lang) if q.start == link.end() - end and not q.article), None)
                if q is not None:
                    count, end = count + q.value, end + q.end
            si = sentence_at(sentences, m.start())
            side = nouns.get(m.groupdict().get("noun") or "", "unknown")
            joined = bool(_JOINED.search(folded[max(0, m.start() - 6) : m.start()]))
            out.append(Toll(start=m.start(), end=end, text=text[m.start() : end], sent=si, kind="killed",
                            value=count, low=None, high=None, side=side, revision=False, vague=False,
                            additional=joined and rx is passive))
            found.add(m.start(), end)
    return out


_LINK = re.compile(r"\s*(,\s*and|,\s*et|,|and|et)\s+")


def sentence_at(sentences: list[tuple[int, int]], pos: int) -> int:
    """The index of the (sorted, disjoint) sentence holding `pos`, or 0 if none does."""
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    return i if i >= 0 and sentences[i][0] <= pos < sentences[i][1] else 0


# "one of the wounded succumbed", "deux des blessés ont succombé": more dead, counted apart
_DIED_OF_WOUNDS = re.compile(
    r"(?<![a-z])(?P<n>one|two|three|four|five|\d{1,2}|un|une|deux|trois|quatre|cinq) (of the|of them|des|d'entre eux)\s*"
    r"(wounded|injured|blesses)?\s*(later |has |have |had |subsequently |a |ont |avait |avaient |ensuite |plus tard )*"
    r"(died|succumbed|passed away|succombe|decede|decedes|rendu l'ame)(?![a-z])"
)
def find_died_of_wounds(text: str, folded: str, lang: str, sentences: list[tuple[int, int]]) -> list[Toll]:
    out = []
    for m in _DIED_OF_WOUNDS.finditer(folded):
        value = word_number(m.group("n"), lang)
        if value is None:  # "un" in an English report
            continue
        si = sentence_at(sentences, m.start())
        out.append(Toll(start=m.start(), end=m.end(), text=text[m.start() : m.end()], sent=si, kind="killed",
                        value=value, low=None, high=None, side="unknown", revision=False, vague=False, additional=True))
    return out


@lru_cache(maxsize=1)
def _sources() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r"(?<![a-z])(?:" + r["pattern"] + r")(?![a-z])"), r["source"]) for r in read_tsv("toll_sources.tsv")]


def toll_source(folded: str, sent: tuple[int, int], start: int) -> str:
    """Who gives the figure: the source cue nearest the toll in its sentence, else "report"."""
    best: tuple[int, str] | None = None
    lo = max(sent[0], start - 300)  # a cue further than that in a run-on sentence tells another figure
    text = folded[lo : min(sent[1], start + 300)]
    at = start - lo
    for rx, source in _sources():
        for m in rx.finditer(text):
            dist = min(abs(m.start() - at), abs(m.end() - at))
            if best is None or dist < best[0]:
                best = (dist, source)
    return best[1] if best else "report"


@component("fatalities", assigns=("tolls",))
def add_tolls(doc: ReportDoc) -> ReportDoc:
    sents = [(s.start, s.end) for s in doc.sentences]
    tolls = find_tolls(doc.text, doc.lang, sents)
    singular = find_singular_tolls(doc.text, doc.lang, sents, tolls)
    # a counted list ("a councillor and a village chief": 2) beats its parts; a lone "a
    # soldier" already counted as a number is not counted twice
    lists = [t for t in singular if (t.value or 0) > 1]
    listed, in_lists = Spans([(u.start, u.end) for u in lists]), {id(u) for u in lists}
    tolls = [t for t in tolls if not listed.overlaps(t.start, t.end)]
    counted = Spans([(t.start, t.end) for t in tolls])
    singular = [u for u in singular if id(u) in in_lists or not counted.overlaps(u.start, u.end)]
    folded = fold(doc.text)
    killed = Spans([(u.start, u.end) for u in tolls + singular if u.kind == "killed"])
    died = [t for t in find_died_of_wounds(doc.text, folded, doc.lang, sents) if not killed.overlaps(t.start, t.end)]
    # "deux des blessés ont succombé": the wounded who died, not a count of wounded
    succumbed = Spans([(t.start, t.end) for t in died])
    tolls = [u for u in tolls if not succumbed.overlaps(u.start, u.end)]
    doc.tolls.extend(tolls + singular + died)
    doc.tolls.sort(key=lambda t: t.start)
    for t in doc.tolls:
        t.source = toll_source(folded, sents[t.sent] if sents else (0, len(folded)), t.start)
    return doc
