"""The `dates` component: a report's dates, each marked as when something happened or as when
it was told (a dateline, a byline, a time stamp, a sign-off, "said on Saturday"), and a page
with no date read from the first day it writes in full as a telling's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from conflictwire.extract.dates import DAYS_BACK, WEEKDAYS, WRITTEN_YEAR, find_dates
from conflictwire.extract.doc import DateMention, ReportDoc, component
from conflictwire.extract.place_past import PLACE_PAST
from conflictwire.extract.told_on import BYLINE, is_reporting, opens_a_telling
from conflictwire.textutil import fold

_WD = "|".join(WEEKDAYS)

_GLOSS = re.compile(r"^\s*\(\s*(" + _WD + r")\s*\)")
_RELATIVE_DAY = re.compile(r"^(hier|avant-hier|yesterday|aujourd'hui|today)$")


def _glossed(doc: ReportDoc) -> None:
    """"hier (samedi)", "yesterday (Saturday)": the weekday in brackets names the day meant; the
    relative word takes its date, and the gloss is no second day."""
    glosses = {d.start: d for d in doc.dates}
    for d in list(doc.dates):
        m = _GLOSS.match(fold(doc.text[d.end : d.end + 16]))
        if m is None or not _RELATIVE_DAY.match(fold(d.text).strip()):
            continue
        gloss = glosses.get(d.end + m.start(1))
        if gloss is not None and gloss.value is not None:
            d.value, d.precision = gloss.value, 1
            doc.dates.remove(gloss)


# a clock time with its zone or a seconds field after a date: a time stamp ("03:24 (UTC +04:00)", "14:02 GMT", "09:15:33")
_CLOCK_STAMP = re.compile(r"\s*[,|-]?\s*(a |at )?\d{1,2}[:h]\d{2}(:\d{2}|\s*\(?(utc|gmt)|\s*(am|"
                          r"pm)?\s*\(?(utc|gmt))")
_WRITTEN_DAY = re.compile(r"\d")  # a day written with its number ("March 21", "21 mars"), not a weekday or "overnight"


def _on_the_dateline(doc: ReportDoc, folded: str, d: DateMention) -> bool:
    """Is the date in the dispatch's dateline, or on its line with nothing but dates after it
    ("Niamey, Dec 11 (AFP) Dec 11, 2019")?"""
    if doc.dateline is None:
        return False
    start, end = doc.dateline
    if start <= d.start < end:
        return True
    line_start = folded.rfind("\n", 0, d.start) + 1
    line_end = folded.find("\n", d.end)
    line_end = len(folded) if line_end == -1 else line_end
    if not (line_start <= start and end <= d.start):
        return False
    rest = folded[end:line_end]
    for m in find_dates(doc.text[end:line_end], None):
        rest = rest[: m.start] + " " * (m.end - m.start) + rest[m.end :]
    return not rest.strip(" ,.|-\t")


@component("dates", requires=("triggers", "published", "dateline"), assigns=("dates",))
def add_dates(doc: ReportDoc) -> ReportDoc:
    folded = fold(doc.text)
    last = len(doc.sentences) - 1
    asides = [(m.start(), m.end()) for m in PLACE_PAST.finditer(folded)]
    for d in _dates_of(doc.text, folded, doc.published):
        d.aside = any(a <= d.start < b for a, b in asides)
        d.reporting = is_reporting(folded, d.start, d.end)
        d.sent = doc.sent_of(d.start)
        if d.start - doc.sentences[d.sent].start < 25 and opens_a_telling(folded, d.end):
            d.reporting = True  # "Dimanche soir, un second communiqué … a revu ce bilan": when it was told
        if BYLINE.match(fold(doc.sentences[d.sent].text)):
            d.reporting = True  # "OCHA Burkina Faso | 14 May 2024": a line of a name and the page's date
        if d.sent <= 6 and fold(doc.sentences[d.sent].text).strip(" .|-") == fold(d.text).strip():
            d.reporting = True  # "12 July 2017" on a line of its own under the title: the page's date
        if _on_the_dateline(doc, folded, d):
            d.reporting = True  # "Niamey, Dec 11 (AFP) Dec 11, 2019": the day the dispatch was filed
        if _CLOCK_STAMP.match(folded[d.end : d.end + 30]) and d.precision == 1:
            d.reporting = True  # "28 September 2022 03:24 (UTC +04:00)": a page's time stamp, when it was posted
        if d.sent == last and last > 0 and _is_sign_off(doc, last):
            d.reporting = True  # "L'Indicateur du Renouveau du 11 Janvier 2018": the paper's date
        doc.dates.append(d)
    _glossed(doc)
    # "On March 21, a suicide bomber blew up a car at the start of an overnight assault": the
    # adjective is that day's night, not the night before the page
    dated = {d.sent for d in doc.dates if d.precision == 1 and not d.relative_to_event and _WRITTEN_DAY.search(fold(d.text))}
    doc.dates = [d for d in doc.dates if not (d.sent in dated and fold(d.text) == "overnight"
                                               and re.search(r"(?<![a-z])(an|the)\s+$", folded[max(0, d.start - 5) : d.start]))]
    _count_from_the_telling(doc)
    if doc.published is None:
        _weekdays_in_a_span_told(doc)
    return doc


def _dates_of(text: str, folded: str, published: date | None) -> list[DateMention]:
    """The text's dates, read from the page's date; "Le gouvernement décide d'un deuil national à
    compter du mardi 15 décembre 2020": a page with no date is read from the first day it writes
    in full as a telling's or a response's (a statement, a decree), as it would be from its own."""
    if published is not None:
        return find_dates(text, published)
    first = find_dates(text, None)
    told = next((d.value for d in first if d.value is not None and d.precision == 1
                 and WRITTEN_YEAR.search(d.text) and is_reporting(folded, d.start, d.end)), None)
    return first if told is None else find_dates(text, told)


_DAY_SPAN = re.compile(r"(?<!\d)(\d{1,2})(?:er)?\s*(?:-|–|et|and|au|to)\s*(\d{1,2})(?!\d)")


def _weekdays_in_a_span_told(doc: ReportDoc) -> None:
    """"le week-end du 24-25 février 2024 … Dimanche, …": on a page with no date, a weekday the
    text names is the day of that name inside the span of days it told before."""
    spans: list[tuple[date, int]] = []
    for d in doc.dates:
        word = next((w for w in fold(d.text).split() if w in WEEKDAYS), "")
        if d.value is None and word and spans:
            first, width = spans[-1]
            hit = [first + timedelta(days=k) for k in range(width + 1) if (first + timedelta(days=k)).weekday() == WEEKDAYS[word]]
            if hit:
                d.value, d.precision = hit[0], 1
        elif d.value is not None and (m := _DAY_SPAN.search(d.text)) and 0 < int(m.group(2)) - int(m.group(1)) <= 6 \
                and d.value.day == int(m.group(1)):
            spans.append((d.value, int(m.group(2)) - int(m.group(1))))


def _count_from_the_telling(doc: ReportDoc) -> None:
    """"An overnight raid …, the government said on Saturday": a day counted back from the
    telling ("overnight", "hier") counts from the day the sentence says it was told, not from
    the page's date."""
    for d in doc.dates:
        back = DAYS_BACK.get(fold(d.text).strip())
        if back is None or d.reporting or d.value is None:
            continue
        told = [x.value for x in doc.dates if x.sent == d.sent and x.reporting and x.precision == 1 and x.value is not None]
        if len(told) == 1 and told[0] is not None and told[0] != doc.published:
            d.value = told[0] - timedelta(days=back)


def _is_sign_off(doc: ReportDoc, sent: int) -> bool:
    """A short closing line with no event word: an outlet, a place or a byline with its date."""
    text = doc.sentences[sent].text
    return len(text.split()) <= 12 and not any(t.sent == sent for t in doc.triggers)
