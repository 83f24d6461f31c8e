"""Toll mentions: a quantity, what happened to them (killed, wounded…) and whose side.

"12 soldiers were killed", "killing at least 30 civilians", "fait une trentaine de morts",
"20 terroristes neutralisés", "the toll rose to 28". Each becomes a Toll with its span; the
per-event headline/low/high is reduced in tolls.py (reduce_tolls); what one number counts is
read in counts.py, what its sentence says of the toll besides (a new total, a share) in toll_cues.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from conflictwire.extract.counts import (
    CLAUSE_OPENERS,
    EVENT_NOUN,
    NOT_PEOPLE,
    TOLL_BEFORE_CHARS,
    a_date_or_code,
    classify,
    toll_before,
)
from conflictwire.extract.doc import ReportDoc, Toll, component
from conflictwire.extract.numbers import Quantity, find_quantities
from conflictwire.extract.off_duty import counted_out_of_service
from conflictwire.extract.single_victims import (
    SAID,
    find_died_of_wounds,
    find_killed_captives,
    find_singular_tolls,
    person_side,
)
from conflictwire.extract.toll_cues import (
    AVENGED_BEFORE,
    JOINED,
    MORE_AFTER,
    NEW_TOLL_AFTER,
    NONE_BEFORE,
    PART_AFTER,
    PART_BEFORE,
    REVISION,
)
from conflictwire.extract.tolls import join_counts
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, fold

_IN_THE_EVENT = re.compile(r"(?<![a-z])(dans|in|during|lors|au cours)\s+((de|des|du|une?|la|le|an?|the|multiple|several|two|"
                           r"deux|plusieurs|ces|these|those)\s+|(d'|l')\s*)*(attaques?|attacks?|assauts?|assaults?|embuscades?|ambush(es)?|"
                           r"raids?|attentats?|violences?|affrontements?|clash(es)?)(?![a-z])")
_OWN_LOSSES = re.compile(
    r"(?<![a-z])(army|military|forces|troops|armee|fama|fds|soldiers)\b[^.;]{0,30}(its|their|ses|leurs) (own )?(losses|pertes|casualties)"
    r"[^.;]{0,12}$"
)


# one item of a victims list: ", one soldier", ", and a French trainer", " et deux civils", "and
# three members of the Homeland Defence Volunteers (VDP)"
# ("a village chief and his two sons", "le chef et ses deux fils": his kin, one more item)
_LIST_LINK = re.compile(r"\s*(,\s*(and\s+|et\s+)?|\s+(and|et)\s+)((his|her|their|ses|leurs)\s+)?$")
# an item ends at a list mark, the sentence's end, or where the clause goes on to where, when
# or how ("two civilians in Namsiguia on Saturday")
_ITEM = re.compile(r"\s*([\w'-]+\s+){0,5}?[\w'-]+(\s+\([\w-]+\))?\s*(?=,|\s(and|et)\s|\.|$|\s(who|qui|and|et)\b"
                   r"|\s(in|at|near|on|during|when|while|after|as|outside|a|au|aux|dans|pres|lors|le|en|apres|pendant|alors)\s)")


# "dix au total", "16 in all": a total, the latest word on the toll
_TOTAL_AFTER = re.compile(r"^\s*(au total|in total|in all|en tout|all told)(?![a-z])")
# a toll that rose, without its figure: "Le bilan s'est toutefois alourdi", "The toll has since risen"
_ROSE = re.compile(r"(?<![a-z])((le )?bilan (s'est|s'est encore|s'est toutefois|a) (alourdi|aggrave|augmente)|(the )?(death )?toll (has |had )?(since |later |then )?(risen|rose|climbed|increased))(?![a-z])")


# between two counts of one list: the first's noun and where they came from, then "and"
_SECOND_COUNT = re.compile(r"\s+[a-z]+(\s+(from|of|de|du|des)\s+[a-z' -]{2,20})?\s+(and|et)\s+")
_NOUN_LEFT_OUT = re.compile(r"\s+(from|of|de|du|des|d')\s")  # ("two from Nigeria": the first count's noun, left out)
NEW_TOLL_CHARS = 240  # how far after a count its sentence may call it a new toll (a run-on page is one long sentence)
_OTHER_FATE = re.compile(r"(?<![a-z])(portee?s? disparue?s?|disparue?s?|blessee?s?|enlevee?s?|missing|wounded|injured|abducted|kidnapped|captured)(?![a-z])")
# "16 personnes ont trouvé la mort. Il s'agit de 8 Maliens et de 8 Mauritaniens": who the dead were, a breakdown
# ("Among the dead were 12 soldiers" is the count itself)
_WHO_THEY_WERE = re.compile(r"(?<![a-z])(il s'agit d[e']|il s'agissait d[e']|they were)\s*([^.;]{0,40}(et|and)\s+(de\s+|d')?)?$")
# "a further 14", "another 12" (the words may be the count's own: "a further 14" is one quantity)
_FIRST_STEP = re.compile(r"(?<![a-z])(d'abord|tout d'abord|first|at first|initially)\s+([\w'-]+\s+){0,2}$")
_FURTHER = re.compile(r"(?<![a-z])(a further|an additional|another)\s+(?=\S+$|$)")
_OF_THEM = re.compile(r"\s*(of them|of whom|d'entre eux|d'entre elles)(?![a-z])")


_ONE_OF_THE_DEAD = re.compile(r"\s+(of the|of those|des|d'entre les)\s+(\w+\s+)?(dead|killed|victims|morts|tues|victimes)(?![a-z])")
_THE_DEAD_AGAIN = re.compile(r"(?<![a-z])(of the|the|these|those|des|les|ces)\s+$")
_DEAD_NOUN = re.compile(r"\s+(dead|morts)(?![a-z])")
_NATIONALS = re.compile(r"\s*(of (our|their|its) |d'entre nos |de nos )?([a-z-]+ )?(citizens|nationals|compatriots|ressortissants|compatriotes)(?![a-z])")
_IDENTIFIED = re.compile(r"\s*(bodies|corps|victims|victimes|of the (dead|victims|bodies))\s+(have |has |had |ont |a |avaient )?"
                         r"(already |now |so far |deja )?(been |ete )?identifi"
                         # "Two charred bodies were recovered from a church": the dead found at one spot
                         r"|\s*((charred|burned|burnt|calcines|carbonises)\s+)?(bodies|corps|cadavres)\s+(calcines\s+|carbonises\s+)?"
                         r"(were|have been|had been|ont ete|avaient ete|a ete)\s+(\w+\s+)?(recovered|found|discovered|retrouves|decouverts|"
                         r"repeches)\s+(from|in|at|near|dans|a|au|pres)(?![a-z])")
_LOST = re.compile(r"(?<![a-z])(lost|losing|perdu|perdant)(\s+[a-z]+ly)?\s*$")
_KIN = re.compile(r"\s*(of (my|his|her|their|our) )?([a-z]+\s+)?(friends?|relatives?|brothers?|sisters?|sons?|daughters?|children|"
                  r"cousins?|nephews?|uncles?|family members|amis?|proches|parents|freres?|soeurs?|fils|filles?|enfants|"
                  r"neveux|oncles?|membres de (ma|sa|leur|notre) famille)(?![a-z])")


def _victims_list(folded: str, quantities: list[Quantity], k: int, end: int, lang: str, sent: tuple[int, int],
                  classified: dict[tuple[int, int, int], tuple[str, str, int] | None]) -> tuple[int, int]:
    """"killing five park rangers, one park official, one soldier and a French trainer": the
    counts listed after the verb's first one, that are no toll on their own, add up.
    (value added, new end)"""
    added, sent_end = 0, sent[1]
    if _broken_down(folded, quantities, k, sent_end):
        return 0, end
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
        if q.start >= sent_end or a_date_or_code(folded, q) or len(gap) > 40 or not _LIST_LINK.search(gap) or not re.fullmatch(r"[\w\s'-]*,?\s*((and|et)\s+)?", gap):
            break
        after = folded[q.end : sent_end]
        item = _ITEM.match(after)
        if item is None or NOT_PEOPLE.match(after) or EVENT_NOUN.match(after) or SAID.search(after[: item.end() + 12]):
            break  # ", a local official said": the source, not one more victim
        if _OTHER_FATE.search(after[: item.end()]):
            break  # "la mort de six d'entre eux, un porté disparu et deux blessés": another count of its own
        added, end = added + q.value, q.end + item.end()
    return added, end


_ARTICLE = re.compile(r"(a|an|un|une)$")


def _broken_down(folded: str, quantities: list[Quantity], k: int, sent_end: int) -> bool:
    """"fourteen people, nine in a field, three in the village and two on their way back": the
    counts after the first, which add up to it, say where its dead died, not more dead."""
    rest = [q.value for q in quantities[k + 1 :] if q.start < sent_end and not _ARTICLE.fullmatch(folded[q.start : q.end])]
    return len(rest) >= 2 and sum(rest) == quantities[k].value and folded[quantities[k].end : quantities[k + 1].start].count(",") <= 2 \
        and "," in folded[quantities[k].end : quantities[k + 1].start]


# "31 soldats et trois VDP tués": counts of people listed under one toll word at the end
_AND_NEXT = re.compile(r"\s+([a-z'-]+\s+){1,3}(et|and)\s+")


def _first_of_a_list(folded: str, quantities: list[Quantity], k: int, lang: str, sent: tuple[int, int],
                     classified: dict[tuple[int, int, int], tuple[str, str, int] | None]) -> tuple[str, str, int] | None:
    """The toll of a count that only the next count of its list gives ("de 31 soldats et trois
    Volontaires pour la défense de la patrie (Vdp) tués"): the same kind, its own people's side."""
    q = quantities[k]
    nxt = quantities[k + 1] if k + 1 < len(quantities) else None
    # (figures only: "un conseiller municipal et un enseignant ont été tués" may be two events' dead)
    if q.article or nxt is None or nxt.article or nxt.start >= sent[1] or (m := _AND_NEXT.fullmatch(folded[q.end : nxt.start])) is None:
        return None
    got = classify(folded, nxt, lang, sent[0], sent[1])
    classified[(k + 1, sent[0], sent[1])] = got
    if got is None or got[0] != "killed":
        return None
    noun = folded[q.end : q.end + m.start(2)]
    return "killed", person_side(noun, lang), q.end + len(noun.rstrip())


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
        if NONE_BEFORE.search(folded[max(0, q.start - 16) : q.start]):
            continue  # "no one died"
        key = (k, sent_start, sent_end)
        got = classified.pop(key) if key in classified else classify(folded, q, lang, sent_start, sent_end)
        if got is None:
            got = _first_of_a_list(folded, quantities, k, lang, (sent_start, sent_end), classified)
        if got is None:
            continue
        kind, side, end = got
        value = q.value
        if kind != "killed_or_wounded" and toll_before(lang).search(folded[max(sent_start, q.start - TOLL_BEFORE_CHARS) : q.start]):
            more, end = _victims_list(folded, quantities, k, end, lang, (sent_start, sent_end), classified)
            value, listed_until = value + more, end
        # ("from 25 to 89, and said that the army neutralized 63": the count's own clause only)
        if side == "unknown" and "neutrali" in re.split(r"[,;]", folded[q.start : end + 1])[0]:
            side = "attackers"
        if side == "unknown" and _OWN_LOSSES.search(folded[max(sent_start, q.start - 60) : q.start]):
            side = "forces"  # "the army put its losses at seven dead", "l'armée a fait état de ses pertes: 4 morts"
        if side == "unknown":
            # (the words before the toll's own: "three tourists were killed by bandits" counts no bandit)
            # (nor past a clause: "the toll rose to 24 when the militants murdered 14 more" counts no militant)
            # (nor past "but": "quatorze mort mais une source militaire parle de 40 civils tués")
            # (nor the event's noun: "dix personnes ont été tuées dans des attaques terroristes" counts no terrorist)
            words = re.split(rf"[,;:.]| and | et | dont | including | but | mais |(?<![a-z])(by|par|{CLAUSE_OPENERS})(?![a-z])",
                             _IN_THE_EVENT.split(folded[q.end : min(sent_end, q.end + 60)])[0] + ".")[0]
            side = person_side(words, lang)  # "killing a park official": a civilian
        if side == "forces" and counted_out_of_service(folded, q.end):
            side = "civilians"  # "two off-duty soldiers were killed", "an off duty policeman"
        start_ctx = max(sentences[si][0] if sentences else 0, q.start - 100)  # "a new toll given on Monday by a local official put … at 200"
        revision = bool(REVISION.search(folded[start_ctx : q.start])) or bool(_TOTAL_AFTER.match(folded[q.end : q.end + 20])) \
            or bool(NEW_TOLL_AFTER.search(folded[q.end : min(sent_end, q.end + NEW_TOLL_CHARS)]))
        # "Le bilan s'est toutefois alourdi. « Neuf militaires sont morts… »": a sentence that says
        # the toll rose, with no figure, announces the figures that follow as the new toll
        revision = revision or (si > 0 and _ROSE.search(folded[sentences[si - 1][0] : sentences[si - 1][1]]) is not None
                                and not re.search(r"\d", folded[sentences[si - 1][0] : sentences[si - 1][1]]))
        # ("kidnapped 37 women and killed nine other people": others than a count of another
        # harm in the sentence are those killed, not more dead)
        additional = bool(MORE_AFTER.match(folded[q.end : q.end + 20])) \
            and not (out and out[-1].sent == si and out[-1].kind not in (kind, "killed_or_wounded")
                     and not any(o.sent == si and o.kind == kind for o in out))
        further = bool(_FURTHER.search(folded[max(0, q.start - 16) : q.end]))
        # "a further 14 were killed": more dead on top of a count; after a new total in its sentence
        # ("the toll rose to 24 when the militants murdered a further 14") a part of that total
        further_part = further and revision
        if further:
            additional, revision = not further_part, False
        # ("Ils ont d'abord exécuté un homme … puis ils ont tiré sur tous les hommes": the first
        # step of the killing told, a part of its toll)
        part = further_part or bool(_FIRST_STEP.search(folded[max(sent_start, q.start - 40) : q.start])) \
            or bool(_WHO_THEY_WERE.search(folded[max(sent_start, q.start - 70) : q.start])) \
            or bool(PART_BEFORE.search(folded[max(sent_start, q.start - 25) : q.start])
                    or PART_AFTER.match(folded[q.end : q.end + 80]))
        # "I have personally lost two friends", "j'ai perdu deux frères": a teller's own dead, a part of the toll
        part = part or bool(_LOST.search(folded[max(sent_start, q.start - 30) : q.start]) and _KIN.match(folded[q.end : q.end + 30]))
        # "six Russian citizens were killed", "Six of our citizens", "deux ressortissants français": a
        # country's own dead among an attack's, a share of its toll (counted whole where it is told)
        part = part or bool(_NATIONALS.match(folded[q.end : q.end + 40]))
        # "One of the four dead was killed in the Yibi": one of a count told, and "the four dead"
        # that count told again (a definite article): shares, no new toll
        part = part or bool(_ONE_OF_THE_DEAD.match(folded[q.end : q.end + 40])) \
            or bool(_THE_DEAD_AGAIN.search(folded[max(sent_start, q.start - 12) : q.start]) and _DEAD_NOUN.match(folded[q.end : q.end + 12]))
        # "Five bodies have already been identified": the dead named so far, a share of the toll
        part = part or bool(_IDENTIFIED.match(folded[q.end : q.end + 60]))
        # "Five people, four of them police, were killed": a breakdown of the count just before
        prior = quantities[k - 1] if k > 0 else None
        # ("quarante personnes, dont 6 soldats et 34 VDP": the breakdown's next item is a share too)
        part = part or bool(prior is not None and out and out[-1].sent == si and out[-1].part and out[-1].start == prior.start
                            and PART_BEFORE.search(folded[max(sent_start, prior.start - 25) : prior.start])
                            and _NEXT_ITEM.fullmatch(folded[prior.end : q.start]))
        part = part or bool(prior is not None and prior.end >= sent_start and q.start - prior.end < 30
                            and "," in folded[prior.end : q.start] and _OF_THEM.match(folded[q.end : q.end + 15]))
        # "four women and a child were killed": the child is one more; so are "two" in "30 soldiers
        # from Niger and two from Nigeria were killed" (a second count joined to the first's noun)
        additional = additional or (q.article and bool(JOINED.search(folded[max(0, q.start - 6) : q.start])))
        additional = additional or bool(prior is not None and prior.end >= sent_start and q.start - prior.end < 40
                                         and _SECOND_COUNT.fullmatch(folded[prior.end : q.start])
                                         and _NOUN_LEFT_OUT.match(folded[q.end : q.end + 12]))
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
                earlier=bool(_EARLIER_FIGURE.search(folded[sent_start : q.start])),
            )
        )
    return out


# the words between two items of one breakdown: "6 soldats et 34 VDP", "four police, two soldiers"
_NEXT_ITEM = re.compile(r"\s+([\w'-]+\s+){0,3}?[\w'-]+\s*(,|,?\s+(et|and))\s+")


# "Plus tôt dans la journée, une source sécuritaire avait évoqué un bilan d'une quinzaine de victimes",
# "Earlier, a local official had put the toll at 15": a figure given before the one now told
_EARLIER_FIGURE = re.compile(r"^\W*((un peu |quelques heures |a little )?(plus tot|earlier|auparavant|initialement|initially|at first|dans un premier temps)(?![a-z])"
                             r"|.{0,80}(?<![a-z])(avai(en)?t (evoque|mentionne|fait etat|annonce|indique|parle|avance|donne)|"
                             r"had (said|reported|given|put|mentioned|spoken)))")


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
    # "deux des blessés ont succombé", "two of them later died": the wounded who died, more dead
    # on top of the count told (not a count of wounded, nor a share of the dead)
    died = find_died_of_wounds(doc.text, folded, doc.lang, sents)
    succumbed = Spans([(t.start, t.end) for t in died])
    tolls = [u for u in tolls if not succumbed.overlaps(u.start, u.end)]
    singular = [u for u in singular if not succumbed.overlaps(u.start, u.end)]
    captives = find_killed_captives(doc.text, folded, doc.lang, sents)
    doc.tolls.extend(tolls + singular + died + captives)
    doc.tolls.sort(key=lambda t: t.start)
    doc.tolls[:] = join_counts(doc.tolls, doc.text, folded)
    # ("une vengeance suite à la mort de deux éclaireurs": the dead an attack avenges are an earlier
    # event's, told as its motive)
    doc.tolls[:] = [t for t in doc.tolls if not _avenged(folded, sents, t)]
    for t in doc.tolls:
        t.source = toll_source(folded, sents[t.sent] if sents else (0, len(folded)), t.start)
    return doc


_AVENGED_REACH = 300  # characters before a toll its avenged clause may open (a run-on page has no sentence ends)


def _avenged(folded: str, sents: list[tuple[int, int]], t: Toll) -> bool:
    start = max(sents[t.sent][0] if sents else 0, t.start - _AVENGED_REACH)
    return bool(AVENGED_BEFORE.search(folded[start : t.end]))
