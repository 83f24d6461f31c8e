"""Dates: absolute ("1 March 2020", "mardi 3 juin", "June 2") and relative ("on Sunday",
"dimanche dernier", "dans la nuit de samedi à dimanche", "hier", "days before"), resolved
against the publication date. With no publication date, a day without its year takes the
year the text has written; with none, the value is None: never today's date.

This module reads dates out of a text; `report_dates` is the component that reads a report's
and marks which tell when it was reported; `place_past` holds the asides on a place's past.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from conflictwire.extract.doc import DateMention
from conflictwire.textutil import Spans, fold

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = "|".join(WEEKDAYS)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# ("by the end of March": a deadline to come, no date)
_PART_OF_MONTH = r"(?<!by )the (?:end|beginning|start|middle) of\s+"

# "the day after" a date given relative to the event told before (relative_offset)
DAY_AFTER = r"the (?:next|following) day|the day after|le lendemain|le jour suivant"
# "the day before", "la veille": the day before the event told before
DAY_BEFORE = r"la veille|l'avant-veille|la nuit precedente|the (?:day|night) before|the previous (?:day|night)"
# a sentence that opens on a day counted from the event told before: "La veille, …", "The next day, …"
OPENS_ON_A_COUNTED_DAY = re.compile(rf"^\W*(?:{DAY_BEFORE}|{DAY_AFTER})(?![a-z])")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")),
    # day/month/year, as French and most Sahel outlets write it
    ("iso", re.compile(r"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")),
    # ranges: "November 1 to 17 2019", "7-8 novembre", "du 13 au 17 février 2014": the first day
    # ("entre le 1er et le 10 décembre")
    ("dmy_range", re.compile(rf"(?<![a-z0-9])(?:du\s+|from\s+|between\s+|entre\s+(?:le\s+)?)?{_DAY}\s*(?:-|"
                             rf"to|and|au|a|et)\s*(?:le\s+)?[0-3]?\d(?:st|nd|rd|th|"
                             rf"er)?\s+(?:of\s+)?(?P<mon>{_MON})\.?(?:,?\s+{_YEAR})?(?![a-z])")),
    # across two months: "between 27 March and 1 April", "du 30 avril au 2 mai 2023": the first day
    ("dmy_range", re.compile(rf"(?<![a-z0-9])(?:du\s+|from\s+|"
                             rf"between\s+){_DAY}\s+(?:of\s+)?(?P<mon>{_MON})\.?\s*(?:-|to|and|au|a|et)\s*"
                             rf"[0-3]?\d(?:st|nd|rd|th|"
                             rf"er)?\s+(?:of\s+)?(?:{_MON})\.?(?:,?\s+{_YEAR})?(?![a-z])")),
    # ("Mar.28", "Nov. 1": an abbreviated month's dot may stand for the space)
    ("mdy_range", re.compile(rf"(?<![a-z0-9])(?:from\s+|between\s+)?(?P<mon>{_MON})(?:\.\s*|"
                             rf"\s+){_DAY}\s*(?:-|to|and)\s*(?:(?:{_MON})(?:\.\s*|\s+))?[0-3]?\d(?:st|nd|rd|"
                             rf"th)?(?:,?\s+{_YEAR})?(?![a-z0-9])")),
    # ("On 2January": a day glued to its month, as pages lose a space)
    ("dmy", re.compile(rf"(?<![a-z0-9])(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?{_DAY}\s*(?:of\s+)?(?P<mon>{_MON})\.?(?:,?\s+{_YEAR})?(?![a-z])")),
    ("mdy", re.compile(rf"(?<![a-z0-9])(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})(?:\.\s*|"
                       rf"\s+){_DAY}(?:,?\s+{_YEAR})?(?![a-z0-9])")),
    ("night", re.compile(rf"(?:dans la )?nuit (?:de |du )(?P<wd>{_WD})\s+(?:a|au)\s+(?P<wd2>{_WD})|"
                         rf"(?:overnight|night) (?:from |of |between )?(?P<wd3>{_WD})(?: to| into|"
                         rf" and) (?P<wd4>{_WD})")),
    # ("overnight Saturday": that Saturday's night, not the night before the page)
    ("weekday", re.compile(rf"(?<![a-z])(?:(?:on|last|this|early|late|overnight)\s+)?(?:ce\s+|"
                           rf"le\s+)?(?P<wd>{_WD})(?:\s+(?:dernier|passe|matin|soir|night|morning|evening|"
                           rf"afternoon|apres-midi))?(?![a-z])")),
    # ("at the end of October": a part of the month, as "late October" is)
    ("month", re.compile(rf"(?<![a-z])(?:in\s+|en\s+|(?:early|late|mid|debut|fin|"
                         rf"mi)[- ](?:de\s+)?|{_PART_OF_MONTH})?(?P<mon>{_MON})\s+{_YEAR}(?![a-z0-9])")),
    ("month_only", re.compile(rf"(?<![a-z])(?:(?:in|en|au mois de|during|durant|early|late|mid|debut|fin|"
                              rf"mi)[- ](?:de\s+)?|{_PART_OF_MONTH})(?P<mon>{_MON})(?![a-z0-9])(?!\s*\d)")),
    ("yesterday", re.compile(r"(?<![a-z])(yesterday|hier|avant-hier|the day before yesterday|last night|"
                             r"la nuit derniere|overnight|cette nuit)(?![a-z])")),
    ("ago", re.compile(r"(?<![a-z])(?:(?P<n>\w+|a few|several|quelques) days? (?:ago|earlier)|"
                       r"il y a (?P<n2>\w+|quelques) jours)(?![a-z])")),
    ("before_event", re.compile(r"(?<![a-z])((?:just )?(?:a few |several |two |three |\w+ )?days (?:before|"
                                r"prior|earlier)|(?:quelques|deux|trois) jours (?:plus tot|avant|auparavant)|"
                                r"la veille|the day before|the previous day|"
                                rf"{DAY_AFTER}|le meme jour|le jour meme|ce meme jour|(?:dans |durant |"
                                rf"au cours de )?la meme journee|the same day|that same day|on the same day|"
                                # "quelques heures plus tôt", "hours earlier": the day of the event told before
                                # ("fought for several hours before withdrawing": a duration, no date)
                                r"(?<!for )(?<!pendant )(?<!durant )(?:a few |several |some |two |three |"
                                r"quelques |plusieurs |deux |trois )?"
                                r"(?<!for a few )(?<!for several )(?<!for some )(?<!for two )(?<!for three )(?<!pendant quelques )"
                                r"(?<!pendant plusieurs )(?<!durant plusieurs )(?:hours|heures) "
                                # ("the fighting lasted three hours before the attackers were repelled": a
                                # duration; "hours before", at a clause's end, is a time)
                                r"(?:earlier|before(?=\s*(?:[,.;:)]|$))|later|plus tot|auparavant|"
                                r"avant(?=\s*(?:[,.;:)]|$))|plus tard)|"
                                r"(?:earlier|later) that (?:day|morning|afternoon|evening|night)|"
                                r"plus tot dans la journee|plus tard dans la journee)(?![a-z])")),
    ("weekend", re.compile(r"(?<![a-z])((?:at|over|during|on|last|this) (?:the )?weekend|(?:ce|le|du|"
                           r"pendant le|durant le) week-end(?: dernier)?|"
                           # ("en fin de semaine dernière": the end of last week, its weekend)
                           r"(?:en )?fin de (?:la )?semaine(?: derniere| passee)?|(?:at )?the end of (?:last|the) week)(?![a-z])")),
    ("week", re.compile(r"(?<![a-z])(last week|earlier this week|this week|la semaine derniere|cette semaine|"
                        r"en debut de semaine)(?![a-z])")),
]
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "deux": 2,
          "trois": 3, "quatre": 4, "cinq": 5, "a few": 3, "several": 3, "quelques": 3}


def _last_weekday(ref: date, weekday: int) -> date:
    """The most recent such weekday on or before ref (a report's "on Sunday")."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# days counted back from now (from the day the teller spoke, when the sentence gives it)
DAYS_BACK = {"yesterday": 1, "hier": 1, "last night": 1, "la nuit derniere": 1, "overnight": 1, "cette nuit": 1,
             "avant-hier": 2, "the day before yesterday": 2}


def _resolve(kind: str, m: re.Match[str], ref: date | None) -> tuple[date | None, int] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe(int(g["year"]), int(g["month"]), int(g["day"]))
        return (d, 1) if d else None
    if kind in ("dmy", "mdy", "dmy_range", "mdy_range"):
        month, day = MONTHS[g["mon"]], int(g["day"])
        precision = 2 if kind.endswith("range") else 1
        if g.get("year"):
            d = _safe(int(g["year"]), month, day)
            return (d, precision) if d else None
        if ref is None:
            return None, precision
        d = _safe(ref.year, month, day)
        if d and d > ref + timedelta(days=1):
            d = _safe(ref.year - 1, month, day)
        return (d, precision) if d else None
    if kind == "month":
        # a month alone is coded mid-month, as ACLED does; "mid-October" is nearer than that
        d = _safe(int(g["year"]), MONTHS[g["mon"]], 15)
        return (d, 2 if re.match(r"(mid|mi)[- ]", m.group(0)) else 3) if d else None
    if ref is None:
        return None, 2
    if kind == "month_only":
        # the latest such month up to the report's: "in July", written in December, is July
        month = MONTHS[g["mon"]]
        year = ref.year if month <= ref.month else ref.year - 1
        return _safe(year, month, 15), 3
    if kind == "night":
        wd = g.get("wd") or g.get("wd3")
        return _last_weekday(ref - timedelta(days=1), WEEKDAYS[wd or "sunday"]), 1
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"]]
        back = 1 if re.search(r"(last|dernier|passe)", m.group(0)) else 0
        return _last_weekday(ref - timedelta(days=back), wd), 1
    if kind == "yesterday":
        return ref - timedelta(days=DAYS_BACK[m.group(1)]), 1
    if kind == "ago":
        n = _SMALL.get(g.get("n") or g.get("n2") or "", None)
        if n is None and (g.get("n") or g.get("n2") or "").isdigit():
            n = int(g.get("n") or g.get("n2") or 0)
        return (ref - timedelta(days=n), 2) if n else None
    if kind == "weekend":  # the Saturday of the latest weekend before the report: a guess within two days
        return _last_weekday(ref - timedelta(days=1), WEEKDAYS["saturday"]), 2
    if kind == "week":
        word = m.group(1)
        back = 7 if ("last" in word or "derniere" in word or "dernier" in word) else 2
        return ref - timedelta(days=back), 2
    return None


# (after the teller, set off by a comma: "According to him, the next day, …", "Selon lui, le lendemain, …")
_OPENS_ON_DAY_AFTER = re.compile(rf"^\W*(?:(?:according to|selon|"
                                 rf"d'apres)\s+[\w'-]+(?:\s[\w'-]+)?\s*,\s*)?(?:{DAY_AFTER})(?![a-z])")


def opens_on_the_day_after(folded: str) -> bool:
    """"The next day, police arrested…", "Le lendemain, l'armée…": a (folded) sentence that
    opens on the day after the event told before."""
    return bool(_OPENS_ON_DAY_AFTER.match(folded))


def relative_offset(text: str) -> tuple[int, int]:
    """(days, precision) from the event told before, for a date given relative to it: "la
    veille" is the day before, "le lendemain" the day after, "days before" about three."""
    t = fold(text)
    if re.search(DAY_AFTER, t):
        return 1, 1
    if re.search(r"veille|day before|previous day", t):
        return -1, 1
    if re.search(r"meme jour|same day|hours|heures|that (day|morning|afternoon|evening|night)|la journee", t):
        return 0, 1
    return -3, 2


# what a day names in the region: a movement, a square, a street, a school ("Mouvement du 5 juin",
# "Place du 26 Mars", "Boulevard du 3 août", "Lycée du 8 mars"), its head word written with a capital
_NAMED_AFTER_A_DAY = re.compile(r"(?<![\w'-])(Mouvement|Movement|Place|Avenue|Boulevard|Rue|Stade|Pont|Lycée|Lycee|"
                                r"École|Ecole|Collège|College|Quartier|Cité|Cite|Rond-point|Monument|Carrefour|"
                                r"Hôpital|Hopital) (du|de la|de l'|des|of the|of) $")
_ANY_WEEKDAY = re.compile(r"(?<![a-z])(un|a|one|chaque|every|each)\s+$")


def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """The dates of a text, resolved against `ref` (the page's date); with none, a day told
    without its year is read in the year the text has given (_year_from_the_text)."""
    folded = fold(text)
    taken = Spans()  # spans already read as a date: the first pattern to match a span keeps it
    out: list[DateMention] = []
    yearless: list[tuple[DateMention, int, int]] = []
    for kind, regex in _PATTERNS:
        for m in regex.finditer(folded):
            if taken.overlaps(m.start(), m.end()):
                continue
            if kind == "weekday" and _ANY_WEEKDAY.search(folded[max(0, m.start() - 8) : m.start()]):
                taken.add(m.start(), m.end())  # "un samedi", "every Friday": some such day, no one date
                continue
            if kind in ("dmy", "mdy") and _NAMED_AFTER_A_DAY.search(text[max(0, m.start() - 30) : m.start()]):
                taken.add(m.start(), m.end())  # "le Mouvement du 5 juin", "la place du 26 Mars": a name, no date
                continue
            if kind == "before_event":
                taken.add(m.start(), m.end())
                out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], 0, None, 2,
                                       relative_to_event=True))
                continue
            got = _resolve(kind, m, ref)
            if got is None:
                continue
            taken.add(m.start(), m.end())
            value, precision = got
            out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], 0, value, precision))
            if value is None and kind in _DAY_MONTH:
                yearless.append((out[-1], MONTHS[m.group("mon")], int(m.group("day"))))
    out.sort(key=lambda d: d.start)
    if ref is None:
        _year_from_the_text(text, out, yearless)
    return out


_DAY_MONTH = ("dmy", "mdy", "dmy_range", "mdy_range")
_PAST_DAY = re.compile(r"\s*(dernier|derniere|passe|passee|last)(?![a-z])")
WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _year_from_the_text(text: str, dates: list[DateMention], yearless: list[tuple[DateMention, int, int]]) -> None:
    """"On March 3, militants abducted a man close to the mayor assassinated in April 2018": on
    a page with no date, a day told without its year is read after the first date written in full
    (a day or a month with its year) that the text has told by the end of its sentence. A text
    tells its news after the history it recalls: the day is the first of its name from a week
    before that date on (the week: "On July 11, the state of emergency was extended from July
    13, 2019"). A bare year places nothing ("grievances detailed back in 2017")."""
    full = [d for d in dates if d.value is not None and WRITTEN_YEAR.search(d.text)]
    for d, month, day in yearless:
        end = m.start() if (m := _SENTENCE_END.search(text, d.end)) else len(text)
        told = next((f for f in full if f.start < end and f.value is not None), None)
        if told is None or told.value is None:
            continue
        since = told.value
        value = _safe(since.year, month, day)
        past = _PAST_DAY.match(fold(text[d.end : d.end + 12]))  # "le 23 août dernier": before, whatever the week
        if value is not None and past and value > since:
            value = _safe(since.year - 1, month, day)
        elif value is not None and not past and value < since - timedelta(days=7):
            later = _safe(since.year + 1, month, day)
            # (after a day written in full, the news's own, "le 25 décembre 2022", the days the text
            # goes on to tell are around it: "entre le 1er et le 10 décembre" is that December)
            if told.precision != 1 or later is None or (later - since) < (since - value):
                value = later
        said_day = next((WEEKDAYS[w] for w in re.findall(r"[a-z]+", fold(d.text)) if w in WEEKDAYS), None)
        if value is not None and said_day is not None and value.weekday() != said_day:
            value = None  # "vendredi 24 novembre" after "19 novembre 1968": not that year, whose 24th was a Sunday
        d.value = value


def finest(absolute: list[DateMention]) -> DateMention:
    """The event's first date, or the day it goes on to name inside that week or month ("last
    week's attack … The attack on Thursday": the Thursday)."""
    first = absolute[0]
    if first.precision == 1 or first.value is None:
        return first
    days = 7 if first.precision == 2 else 31
    return next((x for x in absolute[1:] if x.precision == 1 and x.value is not None
                 # (a week's value is a day inside it: "earlier this week" is the Tuesday, its Monday before)
                 and (-days < (x.value - first.value).days < days if first.precision == 2 else 0 <= (x.value - first.value).days < days)
                 and (first.precision == 2 or x.value.month == first.value.month)), first)
