"""Scoring extraction against human-coded events.

- ACLED-style CSV rows: the `notes` text is the input, the other columns the answer.
- News reports: `*.txt` with `*.gold.json` (an `accept` list gives every acceptable value).
"""

from __future__ import annotations

import csv
import json
import math
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictwire.extract.actors import current_name
from conflictwire.geo.admin import country_code
from conflictwire.geo.gazetteer import admin1_names, default_gazetteer
from conflictwire.ingest.errors import InputError
from conflictwire.ingest.files import make_article
from conflictwire.model import Article, Event
from conflictwire.pipeline import Pipeline
from conflictwire.textutil import norm_key

_SUFFIX = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def actor_key(name: str | None) -> str:
    """Actor name without ACLED's period ("Police Forces of Burkina Faso (2015-) Gendarmerie"
    is compared as "Police Forces of Burkina Faso Gendarmerie"), under its current name (ACLED
renamed "Islamic State (Greater Sahara)" "Islamic State (Sahel)": one actor, two eras)."""
    if not name:
        return ""
    return norm_key(current_name(_SUFFIX.sub("", name)))


def _admin_aliases() -> dict[str, str]:
    out = {}
    for (_cc, _code), (name, aliases) in admin1_names().items():
        for n in [name, *aliases]:
            out[norm_key(n)] = norm_key(name)
    return out


_ADMIN = _admin_aliases()


def admin_key(name: str | None) -> str:
    key = norm_key(name or "")
    return _ADMIN.get(key, key)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@dataclass
class Score:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else float("nan")


@dataclass
class AcledReport:
    rows: int = 0
    seconds: float = 0.0
    fields: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))


def _primary(events: list[Event]) -> Event | None:
    return events[0] if events else None


def eval_acled(path: Path, *, limit: int | None = None, countries: list[str] | None = None,
               source_country: bool = False) -> AcledReport:
    """Score the first event of each note. source_country: give each note its row's country as
    the source's country, as a feed configured with `country:` would (a note often leaves the
    country to the dataset's column)."""
    pipeline = Pipeline()
    report = AcledReport()
    wanted = {c.lower() for c in countries} if countries else None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not wanted or r["country"].lower() in wanted]
    if limit:
        rows = rows[:limit]
    start = time.perf_counter()
    for row in rows:
        art = Article(doc_id=row["event_id"], text=row["notes"],
                      country=country_code(row["country"]) if source_country else None)
        ev = _primary(pipeline(art))
        score_acled_row(report, row, ev)
    report.seconds = time.perf_counter() - start
    report.rows = len(rows)
    return report


def score_acled_row(report: AcledReport, row: dict[str, str], ev: Event | None) -> None:
    f = report.fields
    f["event_found"].add(ev is not None)
    f["event_type"].add(ev is not None and ev.event_type == row["event_type"])
    f["sub_event_type"].add(ev is not None and ev.sub_event_type == row["sub_event_type"])
    f["actor1"].add(ev is not None and actor_key(ev.actor1) == actor_key(row["actor1"]))
    gold_actors = {actor_key(row["actor1"]), actor_key(row["actor2"])} - {""}
    pred = {actor_key(ev.actor1), actor_key(ev.actor2)} - {""} if ev else set()
    for g in gold_actors:
        f["actor_either_side"].add(g in pred)
    # the "an actor right": one of the note's actors is among the event's two
    f["actor_any"].add(bool(gold_actors & pred))
    f["admin1"].add(ev is not None and admin_key(ev.admin1) == admin_key(row["admin1"]))
    loc_ok = False
    if ev is not None:
        loc_ok = norm_key(ev.location or "") == norm_key(row["location"])
        if not loc_ok and ev.latitude is not None and ev.longitude is not None and row["latitude"]:
            loc_ok = km(ev.latitude, ev.longitude, float(row["latitude"]), float(row["longitude"])) <= 10
    f["location"].add(loc_ok)
    # the same on the notes that name ACLED's place as ACLED spells it: a fifth of the notes name
    # none (the coder placed the event from other sources) and no geocoder can place those
    place = norm_key(row["location"])
    if place and re.search(rf"(?<![a-z0-9]){re.escape(place)}(?![a-z0-9])", norm_key(row["notes"])):
        f["admin1_place_named"].add(ev is not None and admin_key(ev.admin1) == admin_key(row["admin1"]))
        f["location_place_named"].add(loc_ok)
    f["fatalities"].add(ev is not None and ev.fatalities == int(row["fatalities"] or 0))
    date_ok = ev is not None and str(ev.event_date) == row["event_date"]
    if re.search(r"\b(19|20)\d\d\b", row["notes"]):
        f["event_date"].add(date_ok)
    if row["event_date"][:4] in row["notes"]:
        f["event_date_year_in_note"].add(date_ok)


def print_acled(report: AcledReport) -> None:
    table = Table(title=f"ACLED rows: {report.rows}")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("n", justify="right")
    for name, s in report.fields.items():
        table.add_row(name, f"{s.value:.3f}", str(s.total))
    Console().print(table)
    rate = report.rows / report.seconds if report.seconds else 0.0
    print(f"docs_per_s={rate:.1f} " + " ".join(f"{k}={v.value:.3f}" for k, v in report.fields.items()))


# ---- news reports with *.gold.json -------------------------------------------------------


def _accept(spec: Any) -> list[Any]:
    if isinstance(spec, dict) and "accept" in spec:
        return list(spec["accept"])
    return [spec]


def _first(spec: Any) -> Any:
    """The first accepted value, None when the coder accepts none (an empty list)."""
    return next(iter(_accept(spec)), None)


def _matches(pred: Event, gold: dict[str, Any], spelling: bool = True) -> bool:
    """Same event: same type, and the place agrees (name, admin1 or distance)."""
    if pred.event_type != gold.get("event_type") and pred.event_type not in gold.get("event_type_alt", []):
        return False  # the coder may accept another type as defensible
    return place_ok(pred, gold, spelling)


def match_events(preds: list[Event], golds: list[dict[str, Any]]) -> dict[int, int]:
    """Gold event index -> the prediction it is matched to. Matches by the coder's own names (or
    coordinates) are made first, for every gold event; a place matched only as another spelling
    nearby comes second, so it never takes a prediction a later gold event names outright."""
    out: dict[int, int] = {}
    for spelling in (False, True):
        for gi, g in enumerate(golds):
            if gi in out:
                continue
            used = set(out.values())
            m = next((i for i, p in enumerate(preds) if i not in used and _matches(p, g, spelling)), None)
            if m is not None:
                out[gi] = m
    return out


SPELLING_KM = 10  # #17: spelling variants are one place when they resolve this close


def _spelling_of_gold(pred: Event, gold: dict[str, Any]) -> bool:
    """Is the predicted place another spelling of a place the coder named (Djiguibombo and
    Djiguibambo, Boulkessi and Boulkési)? Yes when one of the gold names resolves, in the gold's
    country and admin1, under its own or another spelling, within SPELLING_KM of the prediction."""
    names = [x for x in _accept(gold.get("location")) if x]
    admins = {admin_key(a) for a in _accept(gold.get("admin1")) if a}
    if pred.latitude is None or pred.longitude is None or not names or (admins and admin_key(pred.admin1) not in admins):
        return False
    country = gold.get("country")
    gz = default_gazetteer()
    keys = [norm_key(n) for n in names if norm_key(n)]
    found = gz.lookup(keys)
    spelt = gz.lookup_spellings(keys)
    cc = country_code(country or "")
    return any(
        (not cc or p.country == cc) and p.kind not in ("region", "country") and km(p.latitude, p.longitude, pred.latitude, pred.longitude) <= SPELLING_KM
        for k in keys for p in [*found.get(k, []), *spelt.get(k, [])])


def _no_region_accepted(pred: Event, gold: dict[str, Any]) -> bool:
    """A coder who accepts no region (admin1 [None, "Sahel"]) accepts an event left at its country."""
    return pred.admin1 is None and None in _accept(gold.get("admin1"))


def place_ok(pred: Event, gold: dict[str, Any], spelling: bool = True) -> bool:
    accepted = _accept(gold.get("location"))
    locs = [norm_key(x) for x in accepted if x]
    if locs:
        if norm_key(pred.location or "") in locs:
            return True
        lat, lon = gold.get("latitude"), gold.get("longitude")
        if lat is not None and lon is not None and pred.latitude is not None and pred.longitude is not None:
            return km(pred.latitude, pred.longitude, lat, lon) <= gold.get("max_distance_km", 25)
        if spelling and _spelling_of_gold(pred, gold):
            return True
        if None not in accepted:  # else the coder accepts an unnamed place: the region decides
            return False
    admins = [admin_key(x) for x in _accept(gold.get("admin1")) if x]
    if admins and not _no_region_accepted(pred, gold):
        return admin_key(pred.admin1) in admins
    return norm_key(pred.country or "") == norm_key(gold.get("country") or "")


@dataclass
class NewsReport:
    by_lang: dict[str, dict[str, Score]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Score)))
    misses: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)  # reports the ingest refused ("why" each): scored as no events
    docs: int = 0
    seconds: float = 0.0


def news_split(directory: Path, split: str | None) -> set[str] | None:
    """The report ids of a split of INDEX.csv (`tune`, `check`), or None for every report."""
    if split is None:
        return None
    index = directory / "INDEX.csv"
    if not index.exists():
        raise FileNotFoundError(f"{index}: no INDEX.csv to read the {split!r} split from")
    with index.open(encoding="utf-8") as fh:
        ids = {r["id"] for r in csv.DictReader(fh) if r.get("split") == split}
    if not ids:
        raise ValueError(f"no report of split {split!r} in {index}")
    return ids


def eval_news(directory: Path, suffix: str = ".gold.json", model_places: bool = False,
              split: str | None = None) -> NewsReport:
    """Score every `X.txt` that has a gold file `X<suffix>` beside it (of `split` only, if given)."""
    pipeline = Pipeline(model_places=model_places)
    report = NewsReport()
    start = time.perf_counter()
    only = news_split(directory, split)
    for gold_path in sorted(directory.glob(f"*{suffix}")):
        if only is not None and gold_path.name.replace(suffix, "") not in only:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold_path.name.replace(suffix, ".txt"))
        if not txt.exists():
            continue
        pub = date.fromisoformat(gold["published"]) if gold.get("published") else None
        try:
            art = make_article(str(txt), txt.read_text(encoding="utf-8"), kind="text", doc_id=txt.stem, published=pub)
            preds = pipeline(art, gold.get("language"))
        except InputError as exc:  # one report the ingest refuses must not stop the others: it finds nothing
            report.unreadable.append(str(exc))
            preds = []
        report.docs += 1
        score_news_doc(report, txt.stem, gold, preds)
    report.seconds = time.perf_counter() - start
    return report


def eval_gold(path: Path) -> NewsReport:
    """Score the extractor against a gold file of reviewed reports (`export --format gold`),
    one report a line: the same figures as eval_news."""
    pipeline = Pipeline()
    report = NewsReport()
    start = time.perf_counter()
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            gold = json.loads(line)
            pub = date.fromisoformat(gold["published"]) if gold.get("published") else None
            art = Article(doc_id=str(gold.get("id") or n), text=gold["text"], published=pub, url=gold.get("url"),
                          language=gold.get("language"))
            report.docs += 1
            score_news_doc(report, art.doc_id, gold, pipeline(art, gold.get("language")))
    report.seconds = time.perf_counter() - start
    return report


def score_news_doc(report: NewsReport, name: str, gold: dict[str, Any], preds: list[Event]) -> None:
    lang = gold.get("language", "en")
    fields = report.by_lang[lang]
    matched = match_events(preds, gold["events"])
    used = set(matched.values())
    for gi, g in enumerate(gold["events"]):
        match = matched.get(gi)
        fields["recall"].add(match is not None)
        fields["type_recall"].add(any(p.event_type == g.get("event_type") for p in preds))
        if match is None:
            # place figures are over every gold event: one no event was found for is a miss
            fields["location"].add(False)
            if any(_accept(g.get("admin1"))):
                fields["admin1"].add(False)
            got = ", ".join(f"{p.sub_event_type}@{p.location}" for p in preds) or "nothing"
            report.misses.append(f"{name} #{gi} [{lang}] want {g['event_type']}@{_first(g.get('location')) or _first(g.get('admin1'))}; got {got}")
            continue
        p = preds[match]
        fields["sub_event_type"].add(p.sub_event_type in _accept(g.get("sub_event_type")))
        # a matched event's wrong fields are misses too ("… actor1 want X; got Y")
        checks: list[tuple[str, bool, Any, Any]] = []
        if g.get("actor1") is not None:
            checks.append(("actor1", actor_key(p.actor1) in {actor_key(a) for a in _accept(g["actor1"])}, g["actor1"], p.actor1))
        if g.get("actor2") is not None:
            checks.append(("actor2", actor_key(p.actor2) in {actor_key(a) for a in _accept(g["actor2"])}, g["actor2"], p.actor2))
        if "fatalities" in g:
            checks.append(("fatalities", p.fatalities in _accept(g["fatalities"]), g["fatalities"], p.fatalities))
        # (scored where the page has a date: without one a weekday has no year, and None is right)
        if gold.get("published") and (days := gold_days(g)):
            checks.append(("date", p.event_date is not None and any(abs((p.event_date - d).days) <= DATE_DAYS for d in days),
                           days[0].isoformat(), p.event_date))
        checks.append(("location", _location_ok(p, g), g.get("location"), p.location))
        if any(_accept(g.get("admin1"))):
            checks.append(("admin1", admin_key(p.admin1) in {admin_key(a) for a in _accept(g["admin1"]) if a}
                           or _no_region_accepted(p, g), g.get("admin1"), p.admin1))
        for fname, ok, want, got_value in checks:
            fields[fname].add(ok)
            if not ok:
                report.misses.append(f"{name} #{gi} [{lang}] {fname} want {_first(want)}; got {got_value}")
    for i, p in enumerate(preds):
        fields["precision"].add(i in used)
        if i not in used:
            report.misses.append(f"{name} [{lang}] extra {p.sub_event_type}@{p.location} ({p.actor1})")


DATE_DAYS = 1  # a night told as the evening before or the morning after is the same event's day
_ISO_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def gold_days(event: dict[str, Any]) -> list[date]:
    """The days a coder wrote for an event: its `event_date`, else every ISO day in its `date` note
    ("2016-01-15 or 2016-01-16", "lundi (= 2019-08-19 given publication 2019-08-21)") but those the
    note gives as the page's (publication, date prefix, URL, dateline); none if it gives no day."""
    if (own := _ISO_DAY.fullmatch(str(event.get("event_date") or ""))) is not None:
        return [date(int(own.group(1)), int(own.group(2)), int(own.group(3)))]
    text = str(event.get("date") or "")
    out = []
    for m in _ISO_DAY.finditer(text):
        if _PAGE_DAY_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        try:
            out.append(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            continue
    return out


_PAGE_DAY_BEFORE = re.compile(r"(publication|published|prefix|url|page|dateline|posted|report(ed)?|dated)\W*(date\W*)?(on\W*)?$",
                              re.IGNORECASE)


def _location_ok(pred: Event, gold: dict[str, Any]) -> bool:
    """The place the coder wrote (any accepted spelling), within 10 km of it, or no town where
    the coder accepts none."""
    accepted = _accept(gold.get("location"))
    names = {norm_key(x) for x in accepted if x}
    if norm_key(pred.location or "") in names:
        return True
    lat, lon = gold.get("latitude"), gold.get("longitude")
    if lat is not None and lon is not None and pred.latitude is not None and pred.longitude is not None \
            and km(pred.latitude, pred.longitude, lat, lon) <= 10:
        return True
    if lat is None and _spelling_of_gold(pred, gold):
        return True
    return None in accepted and pred.location in (None, pred.country, pred.admin1, pred.admin2)


def print_news(report: NewsReport, show_misses: bool = True) -> None:
    if report.unreadable:
        warn = Console(stderr=True)
        for why in report.unreadable:
            warn.print(f"[yellow]unreadable, scored as no events[/yellow] {why}")
    table = Table(title=f"news reports: {report.docs}")
    table.add_column("field")
    langs = sorted(report.by_lang)
    for lang in [*langs, "all"]:
        table.add_column(lang, justify="right")
    names = ["recall", "type_recall", "precision", "sub_event_type", "actor1", "actor2", "fatalities", "location", "admin1", "date"]
    summary = []
    for name in names:
        cells = []
        tot = Score()
        for lang in langs:
            s = report.by_lang[lang].get(name, Score())
            tot.hits += s.hits
            tot.total += s.total
            cells.append(f"{s.value:.2f} ({s.total})")
        cells.append(f"{tot.value:.2f} ({tot.total})")
        summary.append(f"{name}={tot.value:.3f}")
        table.add_row(name, *cells)
    Console().print(table)
    if show_misses:
        for m in report.misses:
            print("  miss:", m)
    print(" ".join(summary))
