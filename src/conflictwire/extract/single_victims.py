"""One death per person a report names without a number: "a gendarme was shot dead", "killed the
village chief and his son" (2), "one of the wounded later died", "arrested nine men and executed
them" (9). Each becomes a Toll with its span, like the counted tolls of fatalities.py.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from conflictwire.extract.actors import find_actors
from conflictwire.extract.counts import (
    ATTACK_NOUN_AFTER,
    NOT_PEOPLE,
    TOLL_BEFORE_CHARS,
    classify,
    toll_before,
)
from conflictwire.extract.dates import MONTHS, WEEKDAYS
from conflictwire.extract.doc import Toll
from conflictwire.extract.numbers import find_quantities, word_number
from conflictwire.extract.off_duty import out_of_service
from conflictwire.extract.toll_cues import JOINED
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import Spans, fold

SAID = re.compile(r"(?<![a-z])(said|says|told|added|reported|confirmed|according|a (dit|declare|confirme|indique|affirme)|ont (dit|declare|confirme|indique)|selon|dit|declare)(?![a-z])")


def person_side(words: str, lang: str) -> str:
    """The side of the first person noun among the words after a count, else "unknown"."""
    nouns = _singular(lang).nouns
    tokens = re.findall(r"[a-z][a-z'-]*", words[:60])
    for i in range(len(tokens)):
        for w in (" ".join(tokens[i : i + 2]), tokens[i]):
            for form in (w, w[:-1] if w.endswith("s") else w):
                if form in nouns:
                    if ATTACK_NOUN_AFTER.match(" " + " ".join(tokens[i + len(w.split()) : i + len(w.split()) + 1])):
                        return "unknown"  # "killed in a jihadist attack": who attacked, not who died
                    return nouns[form]
    return "unknown"


class _Patterns(NamedTuple):
    active: re.Pattern[str]  # "killed the village chief"
    passive: re.Pattern[str]  # "a gendarme was shot dead", "a gendarme who later died"
    nouns: dict[str, str]  # person noun -> side
    coord: re.Pattern[str]  # "and <one more>"
    headline: re.Pattern[str]  # a passive with no auxiliary: "Retired policeman shot dead by gunmen"
    named: re.Pattern[str]  # "X, a village councilman, was murdered"
    named_anchor: re.Pattern[str]  # its apposition and verb, found from the comma: where to look for it
    named_object: re.Pattern[str]  # "shot dead CSMAK officer Baba Ag Adobent": a name the verb takes


@lru_cache(maxsize=2)
def _singular(lang: str) -> _Patterns:
    """The patterns for one person killed, without a number."""
    nouns = {fold(w): r["side"] for r in read_tsv("person_nouns.tsv") if r["lang"] == lang for w in r["word"].split("|")}
    noun = "(?P<noun>" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + ")(?![a-z])"
    if lang == "fr":
        det, verb = r"(le|la|l'|un|une|un autre|une autre|son|sa|leur)", r"(tue|tuant|abattu|abattant|assassine|assassinant|execute|executant|egorge|egorgeant|decapite|lynche)"
        passive = r"(a ete|est|fut|avait ete)\s+(\w+\s+)?(tue|tuee|abattu|abattue|assassine|assassinee|execute|executee|egorge|egorgee|decapite|lynche|battue? a mort|retrouve mort|retrouvee morte)"
        passive += r"|(a|avait|aurait)\s+(\w+\s+)?succombe|(est|etait)\s+(\w+\s+)?decedee?"
        # ("Un homme, sa femme et leur enfant ont été tués": a list of persons, the plural's subject)
        plural = r"(ont ete|sont|furent|avaient ete)\s+(\w+\s+)?(tues|tuees|abattus|abattues|assassines|assassinees|executes|executees|egorges|egorgees|decapites|lynches)"
        # a headline's participle, with no auxiliary: "Un conseiller municipal assassiné à Djibo"
        participle = r"(tuee?|abattue?|assassinee?|executee?|egorgee?|decapitee?|lynchee?)"
        follow = r"(par|a|au|aux|dans|pres|lors|en|sur|entre|hier|et|ce|cette|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)"
    else:
        det, verb = r"(the|a|an|one|another|his|her|their)", (
            r"(killed|killing|kill|shot dead|shooting dead|assassinated|assassinating|executed|executing|beheaded|"
            r"murdered|lynched|stabbed to death|beat to death|beaten to death|hacked to death|slit the throat of)"
        )
        passive = (r"(?:(was|were|has been|have been|had been|got)\s+(\w+\s+)?(killed|shot dead|shot down|shot and killed|assassinated|executed|beheaded|murdered|lynched|beaten to death|stabbed to death|found dead)"
                   r"|(later\s+|has\s+|had\s+|subsequently\s+)?(died|succumbed)(?! of (natural|illness|disease)))")
        participle = r"(killed|shot dead|shot and killed|assassinated|executed|beheaded|murdered|lynched|beaten to death|stabbed to death|found dead|found murdered)"
        plural = ""  # (English says "were" for one as for many: in `passive`)
        follow = (r"(by|in|at|near|on|during|while|when|after|last|this|overnight|yesterday|and|along|between|outside|inside|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
    # a noun may carry a short complement: "a leader of the Issamedawane faction", "un chef de village"
    mod = r"(\s+(of|from|in|accused of|de|du|des|d')\s*(the\s+|la\s+|l')?(?!and |et )[\w'-]+(\s+(?!and |et |was |were |a ete )[\w'-]+){0,2})?"
    np = det + r"\s+([\w'-]+\s+){0,4}?" + noun + mod
    # a pronoun victim: "robbing and killing him", "il a été retrouvé mort", "l'ont abattu"
    if lang == "fr":
        pron = r"(?P<pron>(?<![a-z])l')(ont|a|avaient|avait)\s+(tue|tuee|abattu|abattue|execute|executee|egorge|egorgee|assassine|assassinee)(?![a-z])"
        pron_passive = r"(?<![a-z])(il|elle)\s+" + passive + r"(?![a-z])" \
            + r"|(?<![a-z])(son|le) (corps|cadavre)( sans vie)? (a ete|fut|avait ete|est) (\w+\s+)?(retrouve|decouvert)(?![a-z])"
    else:
        pron = verb + r"\s+(?P<pron>him|her)(?![a-z])"
        pron_passive = (r"(?<![a-z])(he|she)\s+((was|has been|had been)\s+(\w+\s+)?(killed|shot dead|executed|beheaded|murdered|lynched|found dead|beaten to death)"
                        # "he later succumbed to his wounds", "she died in hospital"
                        r"|(later\s+|subsequently\s+|eventually\s+)?(died|succumbed)(?! of (natural|illness|disease)))(?![a-z])"
                        # "his body was discovered three days later": the one taken, dead
                        r"|(?<![a-z])(his|her|the) (dead )?(body|corpse) (was|has been|had been) (\w+\s+)?(found|discovered|recovered)(?![a-z])")
    # a day may sit between the verb and its victim: "ont assassiné samedi le maire"
    when = r"(\s+(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday)(\s+(matin|soir|morning|night|evening))?)?"
    active = re.compile(r"(?<![a-z])" + verb + r"(\s+and\s+\w+)?" + when + r"\s+" + np + "|" + pron)
    # "killed the commander and his associate", "shot dead a businessman with his driver and bodyguard"
    bare = "(" + noun.replace("?P<noun>", "") + ")"
    item = "(" + np.replace("?P<noun>", "") + "|" + bare + ")"
    coord = re.compile(r"\s*(,\s*and|,\s*et|,|and|et|with|avec)\s+" + item)
    # "a school principal and another civilian were killed": the list before a passive, each one dead
    more = r"(?P<more>(\s*(,\s*and|,\s*et|,|and|et)\s+" + item + r")*)"
    # an apposition between the victim and the verb: "Le chef du village, 60 ans, a été exécuté"
    apposition = r"(\s*,\s*[^,.;:]{1,30}\s*,)?"
    # ("a gendarme who later died of his wounds": the relative pronoun is the victim's)
    # (only a later death: "a journalist who was killed in 1998" describes someone, it tells nothing)
    later = r"(a|avait)\s+(\w+\s+)?succombe|(est|etait)\s+(\w+\s+)?decedee?" if lang == "fr" else \
        r"(later\s+|subsequently\s+|eventually\s+)?succumbed|(later|subsequently|eventually)\s+died(?! of (natural|illness|disease))|died (of|from) (his|her) (wounds|injuries)"
    # a participle phrase that says what the victim was doing: "a soldier and a gendarme traveling
    # together on a motorbike were killed", "one security guard working for the ICRC was shot"
    doing = r"(\s+(?!being\b|during\b|including\b)[a-z]+ing(\s+(?!(was|were|has|have|had|is|are)\b)[\w'-]+){0,9}?)?" if lang == "en" else ""
    passive_rx = re.compile(r"(?<![a-z])" + np + more + doing + apposition + r"(\s+" + passive + (r"|\s+(?:" + plural + r")" if plural else "") + r"|(?P<who>\s+(who|qui))\s+(" + later + r"))(?![a-z])|" + pron_passive)
    # a headline's or a note's passive with no auxiliary, opening its clause: "Retired policeman shot
    # dead by gunmen", "the village chief killed and others wounded" (a participle followed by its
    # object is active: "a soldier killed two civilians")
    clause_np = r"(?<![^.;:\n,(])\s*(" + det + r"\s+)?([\w'-]+\s+){0,4}?" + noun + mod
    headline = re.compile(clause_np + more + apposition + r"\s+" + participle + r"(?=\s+" + follow + r"(?![a-z])|\s*[,.;:]|\s*$)")
    # a victim named, then said who they were: "Tidiane Pare, director general at the ministry, was
    # killed" (the name's capitals are checked on the text)
    named = re.compile(r"(?<![\w'-])(?P<name>[a-z][\w'-]+(\s+[a-z][\w'-]+){1,3}),\s+(" + det + r"\s+)?([\w'-]+\s+){0,4}?"
                       + noun + r"[^,.;:]{0,60},\s+" + passive + r"(?![a-z])")
    # (the named form is tried only before an apposition and its verb: tried at every word of a long
    # page, its name's words cost more than every other pattern together)
    named_anchor = re.compile(r",\s+[^,.;:]{1,200}?,\s+(" + passive + r")(?![a-z])")
    # a killing verb whose object is a person's name, after their title or alone ("killed councillor
    # Tamboura Boucari Aissama", "assassinated Yehiya Maiga"); the name ends the clause, else its
    # capitals were a group's or a people's ("killed Ansar Dine fighters"); capitals are checked on the text
    title = r"(?P<title>([\w'-]+\s+){0,2}?" + noun + r"\s+)?"
    named_object = re.compile(r"(?<![a-z])" + verb + r"(\s+and\s+\w+)?" + when + r"\s+" + title
                              + r"(?P<name>[a-z][\w'-]+(\s+[a-z][\w'-]+){1,3}?)(?=\s*[,.;:(]|\s*$|\s+(" + follow[1:-1] + r"|from|of|who|de|du|qui)(?![a-z]))")
    return _Patterns(active, passive_rx, nouns, coord, headline, named, named_anchor, named_object)


def find_singular_tolls(text: str, lang: str, sentences: list[tuple[int, int]], taken: list[Toll]) -> list[Toll]:
    """One death per singular victim: "killed the village chief and his son" (2), "a
    gendarme was shot dead" (1), where the report gives no number."""
    folded = fold(text)
    active, passive, nouns, coord, headline, named, named_anchor, named_object = _singular(lang)
    out: list[Toll] = []
    found = Spans()
    for rx in (active, passive, headline, named, named_object):
        for m in (_named_matches(folded, named, named_anchor) if rx is named else rx.finditer(folded)):
            if found.overlaps(m.start(), m.end()):
                continue
            if rx in (named, named_object) and not _a_name(text[m.start("name") : m.end("name")]):
                continue  # "the attack, a gendarme said, was…": no name
            if rx is named_object and (not text[m.start()].islower() or find_actors(text[m.start("name") : m.end("name")])):
                continue  # a headline's capitals ("Gunmen Kill Two Soldiers"), or a group ("killed Ansar Dine")
            if rx in (active, named_object) and _ACCUSED.search(folded[max(0, m.start() - 30) : m.start()]):
                continue  # "six guards accused of killing journalist Norbert Zongo": a charge, not this event's dead
            count, end = 1, m.end()
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            listed = m.groupdict().get("more")
            if m.groupdict().get("who"):
                # "wounding a girl and a gendarme who later died": the gendarme, one more dead of the
                # wounded just counted (the span is the relative clause's, apart from the count)
                start = m.start("who") + 1
            elif listed:
                count += len(re.findall(r"(,\s*and|,\s*et|,|(?<![a-z])and|(?<![a-z])et)\s", listed))
            while rx is active and (c := coord.match(folded, end)) is not None:
                count, end = count + 1, c.end()  # (after a passive, the next clause: "killed and an apprentice abducted")
            # "killed a retired catechist and three other worshippers": a counted group joins
            link = _LINK.match(folded, end) if rx is active else None
            if link:
                q = next((q for q in find_quantities(folded[end : end + 40], lang) if q.start == link.end() - end and not q.article), None)
                if q is not None:
                    count, end = count + q.value, end + q.end
            si = sentence_at(sentences, start)
            # (a named victim's title says who he was, not which side he fought on)
            side = "unknown" if rx is named_object else nouns.get(m.groupdict().get("noun") or "", "unknown")
            if side == "forces" and m.group("noun") and out_of_service(folded, m.start("noun"), m.end("noun")):
                side = "civilians"  # "killed an off duty policeman", "a retired National Guard"
            joined = bool(JOINED.search(folded[max(0, start - 6) : start]))
            # "Another soldier later died of his injuries": one more than those counted
            joined = joined or (rx is passive and folded.startswith(("another ", "un autre ", "une autre "), start))
            # ("his body was discovered": the dead of a killing told, or the only word of one: a part,
            # counted only where no other toll is given)
            body = rx is passive and _BODY_FOUND.search(m.group(0)) is not None
            out.append(Toll(start=start, end=end, text=text[start:end], sent=si, kind="killed",
                            value=count, low=None, high=None, side=side, revision=False, vague=False,
                            additional=joined and rx is not active, part=body))
            found.add(start, end)
    # "tuant quatre fidèles et le pasteur principal": a person named after the count a killing verb
    # takes, with no verb of their own ("… and a civilian was wounded"), is one more dead ("were
    # killed and their leader captured": after a passive, the next clause's subject)
    for t in taken:
        if t.kind != "killed" or t.value is None or t.vague \
                or not toll_before(lang).search(folded[max(0, t.start - TOLL_BEFORE_CHARS) : t.start]):
            continue
        end, n = t.end, 0
        while _ONE_MORE.match(folded, end) and (c := coord.match(folded, end)) is not None and not found.overlaps(end, c.end()):
            n, end = n + 1, c.end()
        if n and not _OWN_VERB.match(folded, end) and not SAID.search(folded[end : end + 15]):
            out.append(Toll(start=t.end, end=end, text=text[t.end : end], sent=t.sent, kind="killed", value=n, low=None,
                            high=None, side=t.side, revision=False, vague=False, additional=True))
            found.add(t.end, end)
    return out


_BODY_FOUND = re.compile(r"(?<![a-z])(body|corpse|corps|cadavre)(?![a-z])")
_ACCUSED = re.compile(r"(?<![a-z])(accused of|suspected of|charged with|convicted of|blamed for|responsible for|"
                      r"accuses? d'avoir|soupconnes? d'avoir|inculpes? pour avoir)\s*$")


def _a_name(words: str) -> bool:
    """Every word capitalised, and not a month or a weekday ("killed on Monday March 3")."""
    return all(w[:1].isupper() for w in words.split()) and not _CALENDAR.search(fold(words))


# the months written out and the weekdays, of dates.py (not "mar" or "dec", abbreviations a name may be)
_CALENDAR = re.compile(r"(?<![a-z])(" + "|".join([m for m in MONTHS if len(m) > 3 or m in ("may", "mai")] + list(WEEKDAYS))
                       + r")(?![a-z])")


NAME_CHARS = 160  # room for a name of four words before its apposition


def _named_matches(folded: str, named: re.Pattern[str], anchor: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The named form's matches, looked for only where an apposition and its verb are ("…, a village
    councilman, was murdered"), from up to NAME_CHARS before it."""
    seen: set[int] = set()
    for a in anchor.finditer(folded):
        for m in named.finditer(folded, max(0, a.start() - NAME_CHARS), a.end()):
            if m.start() not in seen:
                seen.add(m.start())
                yield m


_ONE_MORE = re.compile(r"\s*(,\s*)?(and|et)\s+(the|a|an|one|another|his|her|their|le|la|l'|un|une|son|sa|leur)(?![a-z])")
_OWN_VERB = re.compile(r"\s+(was|were|is|are|has|have|had|a (ete|e)|ont|est|sont|etait|avait|fut)(?![a-z])")


_LINK = re.compile(r"\s*(,\s*and|,\s*et|,|and|et)\s+")


def sentence_at(sentences: list[tuple[int, int]], pos: int) -> int:
    """The index of the (sorted, disjoint) sentence holding `pos`, or 0 if none does."""
    i = bisect.bisect_right(sentences, (pos, float("inf"))) - 1
    return i if i >= 0 and sentences[i][0] <= pos < sentences[i][1] else 0


# "one of the wounded succumbed", "deux des blessés ont succombé": more dead, counted apart
_DIED_OF_WOUNDS = re.compile(
    r"(?<![a-z])(?P<n>one|two|three|four|five|\d{1,2}|un|une|deux|trois|quatre|cinq) (of the|of them|des|d'entre eux)\s*"
    r"(wounded|injured|blesses)?\s*(later |has |have |had |subsequently |a |ont |avait |avaient |sont |est |ensuite |plus tard )*"
    r"(died|succumbed|passed away|succombe|decede|decedes|rendu l'ame)(?![a-z])"
    # "one of the three soldiers succumbed": people named by their noun, who succumbed (to wounds:
    # "one of the peacekeepers died" may be one of the dead just counted)
    r"|(?<![a-z])(?P<of>one|two|three|un|une|deux|trois) (of the|des) ((two|three|four|five|six|\d{1,2}|deux|trois|quatre|cinq|six) )?[a-z'-]+ "
    r"(later |subsequently |has |have |had |a |ont |ensuite |plus tard )*(succumbed|succombe)(?![a-z])"
    # "wounding two youths, one succumbed to his wounds": one of the wounded just counted
    r"|(?<=[,;] )(?P<one>one|un|une) (later |subsequently |a |ensuite |plus tard )*(succumbed|died|succombe|decede)"
    r"(?= (to|of|from|a|de|des) (his|her|its|ses|sa|son) )"
)
# "11 soldiers died at the scene and another died of his wounds": one more
_ANOTHER_DIED = re.compile(r"(?<![a-z])(and|et|,)\s+(another|one more|un autre|une autre)\s+(one\s+)?(later\s+|subsequently\s+|a\s+|est\s+)?"
                           r"(died|succumbed|passed away|succombe|decede|decedee)(?![a-z])")


def find_died_of_wounds(text: str, folded: str, lang: str, sentences: list[tuple[int, int]]) -> list[Toll]:
    out = []
    for m in _ANOTHER_DIED.finditer(folded):
        si = sentence_at(sentences, m.start())
        out.append(Toll(start=m.start(2), end=m.end(), text=text[m.start(2) : m.end()], sent=si, kind="killed",
                        value=1, low=None, high=None, side="unknown", revision=False, vague=False, additional=True))
    for m in _DIED_OF_WOUNDS.finditer(folded):
        value = word_number(m.group("n") or m.group("of") or m.group("one"), lang)
        if value is None:  # "un" in an English report
            continue
        si = sentence_at(sentences, m.start())
        out.append(Toll(start=m.start(), end=m.end(), text=text[m.start() : m.end()], sent=si, kind="killed",
                        value=value, low=None, high=None, side="unknown", revision=False, vague=False, additional=True))
    return out


# "arrested nine herders and executed them", "avant de les exécuter": the people just counted,
# killed (a pronoun for the captives of the clause before)
_KILLED_THEM = re.compile(
    r"(?<![a-z])(executed|killed|murdered|shot dead|shot|slaughtered|beheaded|burned|burnt|gunned down|massacred)\s+them(?![a-z])"
    r"|(?<![a-z])(avant de|apres|puis|et|pour|qui)\s+les\s+(avoir\s+|ont\s+|auraient\s+|aurait\s+|a\s+)?"
    r"(execut|tue|tuer|abatt|egorg|assassin|brul|massacr)\w*"
    r"|(?<![a-z])les\s+(ont|avaient|auraient)\s+(execut|tue|abatt|egorg|assassin|brul|massacr)\w*"
)


def find_killed_captives(text: str, folded: str, lang: str, sentences: list[tuple[int, int]]) -> list[Toll]:
    """The captives a clause counts and the next one kills by a pronoun: "soldiers arrested nine
    men and executed them" is nine dead. The count is the last one before the pronoun in its
    sentence, when it counts people and is no toll of its own."""
    out = []
    for m in _KILLED_THEM.finditer(folded):
        si = sentence_at(sentences, m.start())
        lo, hi = sentences[si] if sentences else (0, len(folded))
        before = find_quantities(folded[lo : m.start()], lang)
        if not before:
            continue
        q = before[-1]
        words = folded[lo + q.end : lo + q.end + 40]
        told = classify(folded, replace(q, start=lo + q.start, end=lo + q.end), lang, lo, hi)
        if NOT_PEOPLE.match(words) or (told is not None and told[0] in ("killed", "killed_or_wounded")):
            continue  # "two trucks", or the dead already ("killed 12 soldiers and burned them")
        side = person_side(re.split(r"[,;:.]| and | et ", words + ".")[0], lang)
        out.append(Toll(start=m.start(), end=m.end(), text=text[m.start() : m.end()], sent=si, kind="killed",
                        value=q.value, low=q.low, high=q.high, side=side, revision=False, vague=q.vague))
    return out
