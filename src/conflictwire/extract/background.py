"""Which sentences report something new, and which are background, analysis or warnings.

A sentence is background when it dates itself before the report (another year, "last
year", "since 2012"), speaks of a campaign or a series rather than one event, or is a
warning, forecast or opinion. The reason is kept: `--include-background` shows it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from conflictwire.extract.dates import MONTHS, WEEKDAYS
from conflictwire.extract.doc import ReportDoc, component
from conflictwire.extract.place_past import PLACE_PAST
from conflictwire.lexicons import read_tsv
from conflictwire.textutil import fold, unquoted

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


@lru_cache(maxsize=2)
def _cues(lang: str) -> list[tuple[re.Pattern[str], str]]:
    rows = read_tsv("background.tsv")
    return [
        (re.compile(r"(?<![a-z])(?:" + r["pattern"] + r")(?![a-z])"), r["reason"])
        for r in rows
        if r["lang"] in (lang, "any")
    ]


_SPACES = re.compile(r"\s+")
_CREDIT_THEN_DATELINE = re.compile(r"^[^.]{0,80}?(©|click to expand image|photo credit)[^()]{0,80}\([a-z .'-]{2,30}\)\s*[-–—]\s*")


def background_reason(sentence: str, lang: str, report_year: int | None) -> str | None:
    """Why a sentence is background, or None if it may report a new event. A clause that tells
    a place's past ("…, which was attacked in 2022") says nothing of the sentence's own time."""
    # (read through quotation marks: "dans 206 ‘’incidents sécuritaires’’" counts incidents)
    # (a hard-wrapped page breaks its lines inside a sentence: the cues read words, not line ends)
    sentence = _SPACES.sub(" ", sentence)
    folded = COUNTRY_DESCRIBED.sub("", COMMENT_CLAUSE.sub("", PERSON_PAST.sub(",", PLACE_PAST.sub("", unquoted(fold(sentence))[0]))))
    folded = PLACE_DESCRIBED.sub(",", folded)
    folded = FLED_BEFORE.sub("", folded)
    folded = COMPARED_SINCE.sub("", folded)
    # ("Click to expand Image © 2013 Human Rights Watch (Nairobi) – Malian armed forces…": a photo's
    # credit run into the story's dateline; the story is what follows the dateline)
    folded = _CREDIT_THEN_DATELINE.sub("", folded)
    sentence = folded
    if _NEWS_SUBJECT.match(folded):
        return None  # "Cette attaque qui a frappé le détachement de Koutougou … est la plus meurtrière depuis 2015"
    for regex, reason in _cues(lang):
        if regex.search(folded):
            return reason
    if report_year is not None:
        years = [int(y) for y in _YEAR.findall(sentence)]
        if years and all(y < report_year for y in years):
            return f"dated {min(years)}, before the report"
        if (m := _YEAR_ONLY.search(sentence)) and not _DAY.search(sentence):
            # "…have killed more than 420 civilians in 2021": a toll over the report's own
            # year is a statistic; news dates its event by the day or the month
            return f"dated {m.group(2)} only, a whole year"
    elif (m := _YEAR_OPENER.match(folded) or _YEAR_ONLY.search(folded) or _YEAR_NAMED.search(folded)
          or _MONTH_YEAR_ONLY.search(folded)) and not _DAY.search(folded):
        # no publication date to compare with, but a story told by its year alone ("In 2017,
        # they killed four US soldiers…", "…ont fait 76 morts au Mali en 2020") is history: a
        # report dates its news by the day
        return f"dated {m.group(2)} only, a past year"
    return None


# a clause that tells a person's past: "Jeffery Woodke, who … has lived in Niger since 1992, was taken
# from his home", "X, qui travaille au Niger depuis 2010, a été enlevé"
PERSON_PAST = re.compile(r",\s*(who (has |had |have )?(been )?(lives?|lived|living|works?|worked|working|teach(es)?|taught|teaching|"
                         r"runs?|ran|running|serves?|served|serving|settled|moved|arrived|was born|is from)|qui (vit|vivait|travaille|travaillait|reside|residait|habite|habitait|est ne|etait ne|est installe|"
                         r"etait installe|est arrive|etait arrive|enseigne|enseignait|dirige|dirigeait))(?![a-z])[^,.;]*?(19|20)\d\d[^,.;]*,")


# ", one of the heaviest tolls since the junta took power in January", ", l'une des plus meurtrières
# depuis 2015": the news compared in apposition with a past; the comparison does not date the news
COMPARED_SINCE = re.compile(r"[,;–—-]\s*(one of |among |l'une |l'un |parmi )?(the |la |le |les |des )?([\w'-]+ (les |la |le ))?(heaviest|deadliest|worst|bloodiest|"
                            r"biggest|largest|most (deadly|serious|violent)|plus (meurtriere?s?|lourde?s?|graves?|sanglante?s?|importante?s?))"
                            r"( [\w'-]+){0,3} (since|depuis) [^.;]*")


# "to allow the return of residents who had left the area more than two years ago": when the people
# the news is about fled, told of them
FLED_BEFORE = re.compile(r"(?<![a-z])(who|qui)\s+(had |have |has |avaient |avait |ont |a )?[\"“”«»\s]*(left|fled|abandoned|been displaced|"
                         r"quitte|fui|abandonne|ete deplacee?s?)(?![a-z])[^.;]*")


# the country described in apposition ("… au Niger, pays sahélien régulièrement ciblé par les groupes
# jihadistes", "in Mali, a country grappling with a jihadist insurgency"): what it is, not the news
COUNTRY_DESCRIBED = re.compile(r",\s*(un |a |the )?(pays|country|nation|etat|state)\s+([\w'-]+\s+){0,2}?"
                               r"(regulierement|souvent|frequemment|en proie|confronte|secoue|regularly|often|frequently|plagued|"
                               r"grappling|struggling|battling|wracked|hit|rocked|secoue)[^.;]*")


# a place described by a participle in apposition ("dans le centre du Mali, en proie aux violences
# jihadistes, …", "in central Mali, plagued by jihadist violence, …"): what it is, not the news
PLACE_DESCRIBED = re.compile(r",\s*(deja\s+|longtemps\s+|long\s+)?(en proie|plagued|wracked|rocked|grappling|struggling|confrontee?s?|secouee?s?|"
                             r"meurtrie?s?|ravagee?s?|ravaged)\s+(a|aux|au|par|by|with|de|des)\s[^,.;]*")


# a relative clause that comments on the news ("… in a rocket attack on a U.N. base claimed by Ansar
# Dine, which the Security Council warned could be a war crime"): a warning about the act told,
# not a forecast of another
COMMENT_CLAUSE = re.compile(r",\s*(which|qui|ce qui)\s+([\w.'-]+\s+){0,5}?(warned|said|says|called|condemned|a qualifie|qualifie|"
                            r"a denonce|denonce)\s+(it\s+)?(could|may|might|would|pourrait|comme|as|de)?\s*[^.;]*")


# the news as the sentence's subject, told again by what it did: "Cette attaque qui a frappé le
# détachement militaire de Koutougou, …", "The attack, which targeted the base at Inata, …", "The
# attack targeted a village in the Circle of Bankass – one of several areas … since 2012". The
# sentence says more about the news (where it struck), whatever it then compares it with.
_NEWS_SUBJECT = re.compile(r"^\W*(cette|cet|l')\s*(attaque|embuscade|assaut|incursion)\s*,?\s*(qui\s+)?(a|ont|avait)\s+(frappe|vise|cible)|"
                           r"^\W*(this|the) (attack|ambush|assault|raid)\s*,?\s*((which|that) )?(struck|hit|targeted)")
_YEAR_OPENER = re.compile(r"^\W*(in|en|back in|during|durant)\s+(19[5-9]\d|20[0-4]\d)\s*,")
_YEAR_ONLY = re.compile(r"(?<![a-z])(in|en|during|durant|depuis|since|courant|au cours de l'annee|in the year)\s+(19[5-9]\d|20[0-4]\d)(?![\d/-])")
# the event just recalled, by the demonstrative of distance: "That attack was claimed by AQIM"
_THAT_ONE = re.compile(r"^\W*((in|during|after|since) )?(that|those) (attacks?|assaults?|raids?|ambush(es)?|bombings?|massacres?|killings?|incidents?)(?![a-z])|"
                       # "Ils ont été commis par deux kamikazes", "They were carried out by…": said of it by a pronoun
                       r"^\W*(ils|elles|il|elle|it|they) (ont|a|avaient|avait|was|were|had) (ete|been) (commise?s?|perpetree?s?|revendiquee?s?|"
                       r"menee?s?|carried out|committed|perpetrated|claimed)(?![a-z])|"
                       r"^\W*(cette|ces) (attaques?|embuscades?|tueries?)-la(?![a-z])|"
                       # "The next day, an elderly Australian couple were kidnapped": a day counted from the one recalled
                       r"^\W*(the next day|the following day|the day after|a day later|le lendemain|the same day|le meme jour)(?![a-z])|"
                       # "… after a 2012 uprising. Twelve months later, French and Malian forces regained control": time
                       # counted from the history just told
                       r"^\W*(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+|un|une|deux|trois|"
                       r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs) (weeks?|months?|years?|semaines|mois|ans|annees) "
                       r"(later|plus tard|apres)(?![a-z])")
# "in January 2016 launched a major attack": a month of a year, no day
# ("at an unspecified date in July 2019": the event's own date, its day unknown)
_MONTH_NAMES = "|".join(m for m in MONTHS if len(m) > 3)  # written out, not "mar" or "dec"
# ("Début novembre 2016, cinq soldats…": a sentence may open on the month)
_MONTH_YEAR_ONLY = re.compile(r"(?<![a-z])(?<!date )(?<!unspecified time )(?<!unknown time )(in\s+|en\s+|during\s+|durant\s+|depuis\s+|since\s+|^\W*)"
                              r"(?:(?:early|late|mid|debut|fin|mi)[- ](?:de\s+)?)?"
                              r"(?:" + _MONTH_NAMES + r")\s+(?:of\s+)?(19[5-9]\d|20[0-4]\d)(?![\d/-])")  # ("in August of 2017")
# an event named by its year: "stems from a 2012 Tuareg separatist uprising", "the 2015 peace deal"
_YEAR_NAMED = re.compile(r"(?<![a-z])(a|an|the)\s+(19[5-9]\d|20[0-4]\d)\s+(?!(to|and|et)\b)[a-z]")
# a day or a month named beside the year: the sentence dates an event, not a period
_DAY = re.compile(
    r"(?<![a-z])(\d{1,2}(er)?\s+(jan|fev|feb|mar|avr|apr|mai|may|jun|jui|jul|aou|aug|sep|oct|nov|dec)|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


# a report whose news is a report just released (a rights group's investigation, a UN
# report): the killings it documents are the news, told weeks after they happened
_REPORT_RELEASED = re.compile(
    r"(?<![a-z])((report|investigation|inquiry|rapport|enquete)s? (released|published|issued|made public|out|"
    r"publiee?s?|rendue?s? publique?s?|diffusee?s?)|(said|says|according to|documented|details|detailed) (in )?(a|its|the|their|un|son|leur) "
    r"(new )?(report|investigation|rapport|enquete)|(selon|dans) (un|son|leur|le) (nouveau )?(rapport|enquete)|"
    # a rights group's findings: weeks of inquiry, told when published ("…in late March, Human Rights Watch said today")
    r"(human rights watch|amnesty international|hrw|rights (group|watchdog)s?) (said|says|found|documented|reported|a (dit|indique|documente|affirme)|"
    r"affirme|indique|denonce)|(investigations?|inquiry|inquiries|enquetes?) (revealed|found|showed|established|ont revele|a revele|a etabli))(?![a-z])"
)
OLD_NEWS = timedelta(days=31)  # an event dated this long before the report is not its news
NEWS_DAYS = timedelta(days=7)  # a report tells the news of its week by the day


def _own_days(doc: ReportDoc, i: int) -> list[date]:
    """The days a sentence dates an event of its own by (not when something was told, not a day
    counted from another event, not the dateline's)."""
    return [d.value for d in doc.in_sents(doc.dates, (i,)) if d.value is not None and d.precision == 1
            and not d.reporting and not d.relative_to_event and not doc.in_dateline(d.start)]


_NIGHT_ONLY = re.compile(r"\s*(overnight|during the night|in the night|la nuit|dans la nuit|pendant la nuit|cette nuit)\s*")


def _dated_news(doc: ReportDoc, i: int) -> bool:
    """A sentence that dates an event of its own to the report's week by the day, and tells it
    with event words: news, whatever aside it makes about a campaign or the past."""
    if doc.published is None or not doc.in_sents(doc.triggers, (i,)):
        return False
    # ("this month … during an overnight raid": a time of night names no day)
    days = [d.value for d in doc.in_sents(doc.dates, (i,)) if d.value is not None and d.precision == 1 and not d.reporting
            and not d.relative_to_event and not doc.in_dateline(d.start) and not _NIGHT_ONLY.fullmatch(fold(d.text))]
    return bool(days) and all(doc.published - NEWS_DAYS <= v <= doc.published for v in days)


# a month and its year, in the pluperfect's sentence ("en novembre 2019 : 38 personnes avaient été tuées")
_MONTH_YEAR = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r") (19|20)\d\d"
# a verb in the pluperfect: "avaient pris d'assaut", "had been killed"
_PLUPERFECT_VERB = r"(?<![a-z])(avai(en)?t|had) (ete |been )?[a-z]+(e|es|ee|ees|ed|u|us|is)(?![a-z])"
_PLUPERFECT = re.compile(_PLUPERFECT_VERB)
_PLUPERFECT_DATED = re.compile(
    r"(?<![a-z])" + _MONTH_YEAR + r"(?![0-9])[^.]{0,80}" + _PLUPERFECT_VERB + r"|" + _PLUPERFECT_VERB + r"[^.]{0,80}(?<![a-z])" + _MONTH_YEAR)
# (reported speech puts the news in the pluperfect: "the army said it had killed 32 fighters")
_SAID_THAT = re.compile(r"(?<![a-z])(said|says|told|stated|announced|claimed|reported|a (indique|declare|annonce|affirme|precise)|"
                        r"ont (indique|declare|annonce|affirme)|selon|according to)(?![a-z])")


_MONTH_WORD = re.compile(r"(?<![a-z])(" + _MONTH_NAMES + r")(?![a-z])")


def _this_weeks_day(doc: ReportDoc, i: int) -> bool:
    """Does a sentence with event words date something of its own by a day of the week?"""
    return bool(doc.in_sents(doc.triggers, (i,))) and any(
        not d.reporting and not d.relative_to_event and any(w in WEEKDAYS for w in re.findall(r"[a-z]+", fold(d.text)))
        for d in doc.in_sents(doc.dates, (i,)))


_PLUPERFECT_MONTH = "an earlier month's event told in the pluperfect"  # (background.tsv's reason)


# (an adverb may stand inside it: "avaient complètement été détruits", "had already been burned")
_PLUPERFECT_ADVERB = re.compile(r"(?<![a-z])(avai(en)?t|had)( [a-z]+(ment|ly)| deja| already)? (ete |been )?[a-z]+(e|es|ee|ees|ed|u|us|is|it|its)(?![a-z])")


def _tells_its_toll(doc: ReportDoc, i: int) -> bool:
    """Does sentence i tell only a toll or damage, with no date, place or trigger of another kind of
    its own (the harm of the event told just before)?"""
    own = doc.in_sents(doc.triggers, (i,))
    return bool(doc.in_sents(doc.tolls, (i,))) and not doc.in_sents(doc.dates, (i,)) \
        and not doc.in_sents(doc.places, (i,)) and all(t.sub_event_type == "Looting/property destruction" for t in own)


def _recalled_on(doc: ReportDoc, i: int) -> bool:
    """Is sentence i told in the pluperfect, not as reported speech, with no date of its own?"""
    told = fold(doc.sentences[i].text)
    plu = _PLUPERFECT_ADVERB.search(told)
    return plu is not None and not _SAID_THAT.search(told[: plu.start()]) and not doc.in_sents(doc.dates, (i,))


@component("background", requires=("triggers", "dates", "dateline", "published"), assigns=("background",))
def mark_background(doc: ReportDoc) -> ReportDoc:
    """Runs after `dates`: a sentence whose every own date lies a month or more before the
    report ("In July, 18 soldiers were killed…" in a December story) is background too."""
    year = doc.published.year if doc.published else None
    # (the title and the lead say whether the news is a report on what happened weeks ago)
    late_report = any(_REPORT_RELEASED.search(fold(s.text)) for s in doc.sentences[:5])  # (a subtitle and a caption may come first)
    weeks_news = any(_this_weeks_day(doc, j) for j in range(min(3, len(doc.sentences))))
    for i, sent in enumerate(doc.sentences):
        reason = background_reason(sent.text, doc.lang, year)
        if reason is not None and not reason.startswith(("a trial", "a plan", "statistics", "a photo caption")) \
                and _dated_news(doc, i):
            # "… killed 12 on Sunday, amid a wave of attacks": the clause qualifies the news (a
            # trial opened this week is still about the earlier attack; a photo's caption, dated by
            # the day it was taken, shows the news and tells none)
            reason = None
        if reason == _PLUPERFECT_MONTH and (dated := doc.in_sents(doc.dates, (i,))) and all(d.reporting for d in dated):
            # "The French government on Monday, 2 November, stated that its forces had killed…": the
            # month is the telling's, and the pluperfect the reported speech's tense, not an earlier event
            reason = None
        if reason is not None and reason.startswith("comparison") and _this_weeks_day(doc, i):
            # "C'est la seconde attaque en trois jours après une autre qui a eu lieu dimanche":
            # the other attack, dated by its day, is news too
            reason = None
        if reason is None and doc.published is not None and not late_report:
            mine = [d for d in doc.in_sents(doc.dates, (i,)) if not d.aside]
            own = [d.value for d in mine if d.value is not None and not d.reporting
                   and not doc.in_dateline(d.start)]
            if own and all(v < doc.published - OLD_NEWS for v in own):
                reason = f"dated {min(own).isoformat()}, a month or more before the report"
            # news dates its event by the day: "In January, two soldiers were killed…" in a
            # February report is an earlier month's story
            months = [d for d in mine if d.value is not None and d.precision == 3 and not d.reporting]
            if reason is None and months and len(months) == len(own) and all(
                    (d.value.year, d.value.month) < (doc.published.year, doc.published.month) for d in months if d.value):
                reason = f"dated {months[0].text!r} only, an earlier month"
        # (not in an aside on the place's past: "à Ogossagou, où 160 Peuls avaient été massacrés en mars 2019")
        if reason is None and doc.published is None:
            told = PLACE_PAST.sub("", fold(sent.text))  # (not an aside on a place's past)
            if _PLUPERFECT_DATED.search(told):
                # a page with no date: a killing told in the pluperfect with its month and year ("en
                # novembre 2019 : 38 personnes avaient été tuées") is told as before the news
                reason = _PLUPERFECT_MONTH
            elif (plu := _PLUPERFECT.search(told)) and not _SAID_THAT.search(told[: plu.start()]) \
                    and any(d.precision == 1 and not d.reporting for d in doc.in_sents(doc.dates, (i,))) and i > 0:
                # "Le 5 janvier, des islamistes avaient pris d'assaut la base de Nampala": a day of its
                # own in the pluperfect, told as before the news
                reason = "an earlier day's event told in the pluperfect"
        if reason is None and doc.published is None and i > 0 and weeks_news:
            # a page with no date whose news is this week's, by its weekday ("samedi matin"): a
            # sentence dated by a month only ("Début octobre, … une attaque") tells an earlier one
            mine = [d for d in doc.in_sents(doc.dates, (i,)) if not d.aside and not d.reporting and not doc.in_dateline(d.start)]
            if mine and all(_MONTH_WORD.search(fold(d.text)) and not re.search(r"\d", d.text)
                            and not any(w in WEEKDAYS for w in re.findall(r"[a-z]+", fold(d.text))) for d in mine) \
                    and bool(doc.in_sents(doc.triggers, (i,))):
                reason = f"dated {mine[0].text!r} only, an earlier month than the week's news"
        if reason is None and i - 1 in doc.background and _THAT_ONE.match(fold(sent.text)):
            reason = "says more of the event recalled just before"  # "… an assault in January 2016. That attack was claimed by AQIM."
        if reason is None and i - 1 in doc.background and _recalled_on(doc, i):
            # "En mars dernier, une centaine de civils avaient été massacrés … Des villages entiers avaient
            # été détruits.": the pluperfect, with no day of its own, goes on with the past just recalled
            reason = "says more of the event recalled just before"
        if reason is None and i - 1 in doc.background and _tells_its_toll(doc, i):
            # "At the end of October, a demonstration degenerated into riots. Twenty-three policemen
            # were injured, a police station burned …": the harm told next, with no day or place of its
            # own, is the recalled event's
            reason = "says more of the event recalled just before"
        if reason:
            doc.background[i] = reason
    if doc.published is None:
        _older_than_the_latest_day(doc)
    _recalled_days(doc)
    return doc


def _older_than_the_latest_day(doc: ReportDoc) -> None:
    """A page with no date of its own was written after the latest day it dates an event by: an
    event it dates a month or more before that day (by the day or the month) is history, not its
    news ("la nuit du 13 au 14 août 2017 … après l'attaque de janvier 2016"); so is one it dates
    by another month's name alone ("In September, seven people were shot…" in a story of October 6)."""
    days = [d.value for d in doc.dates if d.value is not None and d.precision in (1, 2) and not d.reporting and not d.aside
            and not d.relative_to_event]
    # (the month of the days the text writes without a year: "October 6" on a page with no date)
    months = {MONTHS[m.group(1)] for d in doc.dates if d.value is None and d.precision == 1 and not d.reporting
              and (m := _DAY_OF_MONTH.search(fold(d.text)))}
    latest = max(days) if days else None
    latest_month = latest.month if latest else (next(iter(months)) if len(months) == 1 else None)
    for i in range(len(doc.sentences)):
        if i in doc.background or not doc.in_sents(doc.triggers, (i,)):
            continue
        mine = [d for d in doc.in_sents(doc.dates, (i,)) if not d.reporting and not d.aside]
        own = [d.value for d in mine if d.value is not None]
        if latest and own and all(v < latest - OLD_NEWS for v in own):
            doc.background[i] = f"dated {min(own).isoformat()}, a month or more before the latest day the report tells"
        elif latest_month and mine and all(d.value is None and _MONTH_NAMED.search(fold(d.text)) for d in mine) \
                and all(MONTHS[_month_of(d.text)] != latest_month for d in mine):
            doc.background[i] = "dated by another month than the latest day the report tells"


_DAY_OF_MONTH = re.compile(r"(?<![a-z])(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])")
_MONTH_NAMED = re.compile(r"(?<![a-z])(in|en|au mois de|during|durant)\s+(de\s+)?(" + _MONTH_NAMES + r")$")


def _month_of(text: str) -> str:
    return fold(text).split()[-1]


_LAST = re.compile(r"(?<![a-z])(dernier|derniere|last)(?![a-z])")


def _recalled_days(doc: ReportDoc) -> None:
    """A report whose news is dated this week ("mardi", "on Tuesday") and that later tells an
    event dated by its day a week or more before ("Le 19 août dernier, 24 militaires ont péri à
    Koutougou", "last Monday") recalls that event: it was news in its own week."""
    if doc.published is None:
        return
    news = next((i for i in range(len(doc.sentences)) if i not in doc.background and _dated_news(doc, i)), None)
    if news is None:
        return
    for i in range(news + 1, len(doc.sentences)):
        days = _own_days(doc, i)
        if i not in doc.background and days and doc.in_sents(doc.triggers, (i,)) \
                and all(v < doc.published - NEWS_DAYS for v in days) and _LAST.search(fold(doc.sentences[i].text)):
            doc.background[i] = f"dated {min(days).isoformat()}, a week or more before the report's news"

