"""Trends: the escalation baseline on made-up series, aggregation by week and month over a
store (SQLite and PostgreSQL), the API and command line, and the back-test's summary line."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from conflictwire.api.app import create_app
from conflictwire.cli import app as cli
from conflictwire.store.db import EventFilter, Store, now
from conflictwire.store.schema import clusters
from conflictwire.trends import aggregate, backtest, baseline

S = baseline.DEFAULT


# -- the model -------------------------------------------------------------------------------
def test_nb_quantile_matches_the_pmf_summed_by_hand() -> None:
    for shape, mean, q in [(0.5, 0.04, 0.99), (2.0, 3.0, 0.99), (7.5, 12.0, 0.5), (40.0, 100.0, 0.999)]:
        p = shape / (shape + mean)
        cdf, k = 0.0, 0
        while True:
            cdf += math.exp(math.lgamma(k + shape) - math.lgamma(shape) - math.lgamma(k + 1)
                            + shape * math.log(p) + k * math.log1p(-p))
            if cdf >= q:
                break
            k += 1
        assert baseline.nb_quantile(shape, mean, q) == k


def test_a_flat_poisson_series_is_above_its_bound_in_about_alpha_of_its_weeks() -> None:
    rng = np.random.default_rng(7)
    above = flagged = 0
    for rate in (0.3, 2.0, 10.0):  # 100 scored weeks each after a full window
        y = rng.poisson(rate, S.window + 100)
        _, upper = baseline.rolling(y, S)
        above += int((y[S.window:] > upper[S.window:]).sum())
        flagged += int(baseline.flags(y[S.window:], upper[S.window:], S).sum())
    # 300 weeks at α = 0.05 is 15 expected (fewer: counts are whole numbers); 27 or more
    # (3 standard deviations over) would be a miscalibrated bound
    assert above <= 26
    assert flagged <= above


def test_a_constant_series_never_flags() -> None:
    for level in (0, 1, 3, 12):
        y = np.full(S.window + 60, level)
        _, upper = baseline.rolling(y, S)
        assert not baseline.flags(y[S.window:], upper[S.window:], S).any()


def test_fewer_than_the_minimum_never_flag_however_quiet_the_past() -> None:
    quiet = [0] * 30
    assert not baseline.signal(quiet, S.min_count - 1).flag
    assert baseline.signal(quiet, S.min_count + 2).flag


def test_a_tripling_flags() -> None:
    rng = np.random.default_rng(3)
    y = np.concatenate([rng.poisson(5.0, 40), [15, 16, 14]])
    _, upper = baseline.rolling(y, S)
    assert y[40] > upper[40]
    assert baseline.signal(list(y[:40]), 15).flag


def test_after_empty_weeks_one_event_is_no_alarm_but_ten_are() -> None:
    quiet = [0] * 30
    assert not baseline.signal(quiet, 1).flag
    assert baseline.signal(quiet, 10).flag
    assert not baseline.signal(quiet, 1, overdispersed=True).flag
    assert baseline.signal(quiet, 10, overdispersed=True).flag
    assert baseline.forecast(quiet)[0] < 0.1


def test_fatalities_in_clumps_are_not_flagged_every_week() -> None:
    # deaths over-dispersed (NB, mean 6): the Poisson bound flags often, the quasi-Poisson rarely
    rng = np.random.default_rng(11)
    y = rng.negative_binomial(0.5, 0.5 / 6.5, S.window + 100)
    plain = int((y[S.window:] > baseline.rolling(y, S)[1][S.window:]).sum())
    scaled = int((y[S.window:] > baseline.rolling(y, S, overdispersed=True)[1][S.window:]).sum())
    assert scaled <= 10 < plain


def test_rolling_and_one_forecast_agree() -> None:
    y = [3, 0, 5, 2, 8, 1, 0, 0, 4] * 5
    expected, upper = baseline.rolling(y, S, overdispersed=True)
    for t in (0, 1, 7, 30, len(y) - 1):
        e, u = baseline.forecast(y[:t], S, overdispersed=True)
        assert expected[t] == pytest.approx(e) and upper[t] == pytest.approx(u)


# -- aggregation over a store -----------------------------------------------------------------
def _event(i: int, day: str, country: str, admin1: str, kind: str = "Battles", deaths: int | None = 1,
           **extra: Any) -> dict[str, Any]:
    return {"id": f"ev{i:04d}", "event_date": date.fromisoformat(day), "event_type": kind, "sub_event_type": "x",
            "country": country, "admin1": admin1, "admin2": extra.pop("admin2", None), "actor1": "JNIM",
            "fatalities": deaths, "sources": 1, "updated_at": now(), "confidence": 0.9, "review": None, **extra}


EVENTS = [  # Mon 2024-05-06 .. Sun 2024-05-12 is one week; 2024-05-31 and 2024-06-01 one week, two months
    _event(1, "2024-05-06", "Mali", "Mopti", deaths=3),
    _event(2, "2024-05-12", "Mali", "Mopti", "Riots", deaths=None),
    _event(3, "2024-05-13", "Mali", "Mopti", deaths=2),
    _event(4, "2024-05-31", "Mali", "Gao"),
    _event(5, "2024-06-01", "Mali", "Gao", "Protests", deaths=0),
    _event(6, "2024-06-01", "Niger", "Gao", deaths=5),
    _event(7, "2024-06-02", "Niger", "Gao", review="rejected"),  # left out
    _event(8, "2024-06-02", "Niger", "Gao", confidence=0.01),  # a candidate: left out
]


def _fill(store: Store, rows: list[dict[str, Any]]) -> None:
    with store.engine.begin() as conn:
        conn.execute(clusters.insert(), rows)


def _counts(rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], tuple[int, int]]:
    return {(r["country"], r.get("admin1"), str(r["period"])): (r["events"], r["fatalities"]) for r in rows}


def test_counts_by_week_and_month(store: Store) -> None:
    _fill(store, EVENTS)
    week = aggregate.store_periods(store, EventFilter(), "admin1", "week")
    assert _counts(week) == {("Mali", "Gao", "2024-05-27"): (2, 1), ("Mali", "Mopti", "2024-05-06"): (2, 3),
                             ("Mali", "Mopti", "2024-05-13"): (1, 2), ("Niger", "Gao", "2024-05-27"): (1, 5)}
    assert week[2]["types"] == {"Battles": 1}
    assert week[0]["types"] == {"Battles": 1, "Protests": 1}
    month = aggregate.store_periods(store, EventFilter(), "admin1", "month")
    assert _counts(month) == {("Mali", "Gao", "2024-05-01"): (1, 1), ("Mali", "Gao", "2024-06-01"): (1, 0),
                              ("Mali", "Mopti", "2024-05-01"): (3, 5), ("Niger", "Gao", "2024-06-01"): (1, 5)}
    by_country = aggregate.store_periods(store, EventFilter(country="mali"), "country", "month")
    assert [(r["country"], r["events"]) for r in by_country] == [("Mali", 4), ("Mali", 1)]
    # the SQL grouping and the Python fold agree
    kept = [e for e in EVENTS if e.get("review") is None and e["confidence"] > 0.5]
    for by in aggregate.BY:
        for interval in aggregate.INTERVALS:
            assert aggregate.store_periods(store, None, by, interval) == aggregate.periods(kept, by, interval)


def _history(store: Store) -> date:
    """Mopti: 2 events a week for 26 weeks, then 9; Gao: 1 a week, then 1. Returns the last week."""
    last = date(2024, 6, 3)
    rows, i = [], 0
    for w in range(27):
        monday = last - timedelta(weeks=26 - w)
        for n, place in ((9 if w == 26 else 2, "Mopti"), (1, "Gao")):
            for k in range(n):
                i += 1
                rows.append(_event(i, (monday + timedelta(days=k % 7)).isoformat(), "Mali", place))
    _fill(store, rows)
    return last


def test_the_api_answers(store: Store) -> None:
    _fill(store, EVENTS)
    client = TestClient(create_app(store))
    res = client.get("/trends", params={"by": "admin1", "interval": "week", "country": "Mali"})
    assert res.status_code == 200
    body = res.json()
    assert body["by"] == "admin1" and body["interval"] == "week"
    assert [(p["admin1"], p["period"], p["events"]) for p in body["periods"]] == [
        ("Gao", "2024-05-27", 2), ("Mopti", "2024-05-06", 2), ("Mopti", "2024-05-13", 1)]
    csv_res = client.get("/trends", params={"interval": "month", "format": "csv"})
    assert csv_res.headers["content-type"].startswith("text/csv")
    assert csv_res.text.splitlines()[:2] == ["country,period,events,fatalities,Battles,Protests,Riots",
                                            "Mali,2024-05-01,4,6,3,0,1"]
    for bad in ({"by": "village"}, {"interval": "day"}, {"format": "xml"}):
        assert client.get("/trends", params=bad).status_code == 422
    assert client.get("/trends/escalations", params={"from": "2024-01-01"}).status_code == 422
    assert client.get("/trends/escalations", params={"week": "2024-02-30"}).status_code == 422


def test_escalations_flag_the_area_that_jumped(store: Store) -> None:
    last = _history(store)
    client = TestClient(create_app(store))
    res = client.get("/trends/escalations", params={"by": "admin1", "week": (last + timedelta(days=3)).isoformat()})
    assert res.status_code == 200
    body = res.json()
    assert body["week"] == "2024-06-03"
    areas = {a["admin1"]: a for a in body["areas"]}
    assert areas["Mopti"]["observed"] == 9 and areas["Mopti"]["flag"] is True
    assert 1.5 < areas["Mopti"]["expected"] < 2.5 and areas["Mopti"]["upper"] < 9
    assert areas["Gao"]["observed"] == 1 and areas["Gao"]["flag"] is False
    assert body["areas"][0]["admin1"] == "Mopti"  # flagged first
    # without week=: the latest complete week is the newest event's (the store ends in the past)
    assert client.get("/trends/escalations").json()["week"] == "2024-06-03"


# -- command line and back-test ---------------------------------------------------------------
def test_trends_command(tmp_path: Path) -> None:
    db = str(tmp_path / "cw.db")
    _fill(Store(db), EVENTS)
    res = CliRunner().invoke(cli, ["trends", "--by", "admin1", "--interval", "month", "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[1] == "Mali,Gao,2024-05-01,1,1,1,0,0"
    table = CliRunner().invoke(cli, ["trends", "--db", db])
    assert table.exit_code == 0 and "Mali" in table.stdout
    assert CliRunner().invoke(cli, ["trends", "--by", "village", "--db", db]).exit_code != 0


def test_backtest_prints_its_figures_last(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    start = date(2023, 1, 2)
    lines = ["event_id,event_date,country,admin1,admin2,location,latitude,longitude,event_type,"
             "sub_event_type,actor1,actor2,fatalities,notes,source"]
    i = 0
    for week in range(40):
        for country, admin1, rate in (("Mali", "Mopti", 3.0 if week < 30 else 9.0), ("Mali", "Gao", 1.0),
                                      ("Niger", "Diffa", 0.5)):
            for _ in range(rng.poisson(rate)):
                i += 1
                day = start + timedelta(weeks=week, days=int(rng.integers(7)))
                lines.append(f"X{i},{day},{country},{admin1},,,,,Battles,Armed clash,A,B,1,,")
    path = tmp_path / "acled.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["trends", "backtest", str(path), "--country", "mali"])
    assert res.exit_code == 0, res.output
    last = dict(pair.split("=") for pair in res.stdout.strip().splitlines()[-1].split())
    assert tuple(last) == backtest.SUMMARY_KEYS
    assert last["areas"] == "2" and last["weeks"] == "40"
    figures = backtest.backtest(path, ["Mali"]).figures()
    assert figures["esc_recall"] > 0 and 0 < figures["mae"] < figures["naive_last_mae"]
    # the picture: a PNG of the two areas
    png = tmp_path / "bt.png"
    res = CliRunner().invoke(cli, ["trends", "backtest", str(path), "--country", "mali", "--plot", str(png)])
    assert res.exit_code == 0, res.output
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(head[20:24], "big") > 300  # drawn, two panels tall
