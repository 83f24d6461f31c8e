"""The dashboard: its read endpoints and change stream, then the page itself in headless
Chromium (Debian's package; those tests skip when it is absent)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conflictwire.ingest import iter_inputs
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest

sys.path.insert(0, str(Path(__file__).parent))
from web_server import CHROMIUM, opened_page, serve, until  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(str(p) for p in (ROOT / "samples" / "reports").iterdir())
# screenshots go to a scratch directory; CONFLICTWIRE_SCREENSHOTS=docs/screenshots refreshes the README's
SHOTS = Path(os.environ.get("CONFLICTWIRE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "conflictwire-screenshots")
NEW_REPORT = ("NIAMEY, Dec 2, 2024 (Test Wire)\n\n"
              "Gunmen killed eleven civilians in the village of Banibangou on Sunday, residents said.")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store, str]]:
    store = Store(str(tmp_path_factory.mktemp("web") / "web.db"))
    summary = ingest(store, iter_inputs(SAMPLES))
    assert summary.failed == 0 and summary.new == len(SAMPLES)
    key = store.create_key("test")
    with serve(store) as base:
        yield base, store, key


def test_samples_give_30_events_in_three_countries_some_merged(site: tuple[str, Store, str]) -> None:
    base, _, _ = site
    d = httpx.get(base + "/web/events.json").json()
    rows = [dict(zip(d["columns"], r, strict=True)) for r in d["rows"]]
    assert len(rows) >= 30
    assert {r["country"] for r in rows} == {"Mali", "Burkina Faso", "Niger"}
    assert all(r["latitude"] is not None and r["event_date"] for r in rows)
    assert sum(r["sources"] > 1 for r in rows) >= 5
    assert any(r["geo_precision"] == 3 for r in rows)
    api = httpx.get(base + "/events", params={"limit": 1000}).json()["events"]
    assert {r["id"] for r in api} == {r["id"] for r in rows}


def test_event_with_texts_and_export(site: tuple[str, Store, str]) -> None:
    base, _, _ = site
    rows = httpx.get(base + "/web/events.json").json()["rows"]
    merged = next(r[0] for r in rows if r[13] > 1)
    ev = httpx.get(f"{base}/web/events/{merged}").json()
    assert len(ev["reports"]) == 2 and len({r["outlet"] for r in ev["reports"]}) == 2
    for rep in ev["reports"]:
        for spans in rep["evidence"].values():
            for s in spans:
                assert rep["text"][s["start"]:s["end"]] == s["text"]
    assert httpx.get(base + "/web/events/nope").status_code == 404
    ids = [r[0] for r in rows[:3]]
    csv = httpx.post(base + "/web/export", json={"ids": ids, "format": "csv"})
    assert csv.status_code == 200 and csv.text.count("\n") == 4 and all(i in csv.text for i in ids)
    gj = httpx.post(base + "/web/export", json={"ids": ids, "format": "geojson"}).json()
    assert [f["id"] for f in gj["features"]] == ids
    page = httpx.get(base + "/")
    assert page.status_code == 200 and "/static/js/app.js" in page.text
    assert httpx.get(base + "/web/basemap.json").status_code == 200, "run make setup"


def test_stream_resumes_from_last_event_id(site: tuple[str, Store, str]) -> None:
    base, _, _ = site
    seen: list[tuple[int, dict]] = []
    with httpx.stream("GET", base + "/events/stream", headers={"Last-Event-ID": "2"}, timeout=10) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        ident = None
        for line in r.iter_lines():
            if line.startswith("id: "):
                ident = int(line[4:])
            elif line.startswith("data: "):
                seen.append((ident or 0, json.loads(line[6:])))
                if len(seen) == 3:
                    break
    assert [s[0] for s in seen] == [3, 4, 5]
    assert all(s[1]["seq"] == s[0] for s in seen)


# ---- in the browser ------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium not installed at /usr/bin/chromium (.ci/run installs it)")


@pytest.fixture(scope="module")
def page(site: tuple[str, Store, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    with opened_page(site[0] + "/", tmp_path_factory.mktemp("chromium")) as pg:
        yield pg


def _shown(pg: object) -> dict[str, int]:
    return pg.evaluate("""async () => {
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        return {
        shown: Number(document.body.dataset.shown), drawn: Number(document.getElementById('map').dataset.drawn),
        timeline: Number(document.getElementById('timeline').dataset.total),
        rows: document.querySelectorAll('#table tbody tr').length,
        total: window.cw.state.events.length }; }""")  # type: ignore[attr-defined, no-any-return]


@needs_chromium
def test_page_loads_with_markers(page: object) -> None:
    pg = page
    n = _shown(pg)
    assert n["total"] >= 30 and n["shown"] == n["drawn"] == n["timeline"] == n["rows"] == n["total"]
    markers = pg.locator("#map [data-kind]").count()  # type: ignore[attr-defined]
    assert markers >= 10
    assert pg.locator("#map path.admin1").count() > 50  # type: ignore[attr-defined]
    assert pg.locator("#map text.town").count() > 10  # type: ignore[attr-defined]
    assert pg.locator("#map .marker.p3").count() + pg.locator("#map .cluster").count() >= 1  # type: ignore[attr-defined]
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / "map.png"))  # type: ignore[attr-defined]
    assert not pg.errors  # type: ignore[attr-defined]


@needs_chromium
def test_filter_narrows_map_timeline_and_table(page: object) -> None:
    pg = page
    pg.select_option("#f-country", "Niger")  # type: ignore[attr-defined]
    n = _shown(pg)
    assert 0 < n["shown"] < n["total"] and n["shown"] == n["drawn"] == n["timeline"] == n["rows"]
    countries = pg.eval_on_selector_all("#table tbody tr td:nth-child(2)", "tds => tds.map(t => t.textContent)")  # type: ignore[attr-defined]
    assert set(countries) == {"Niger"}
    assert pg.locator("#chips .chip[data-filter=country]").count() == 1  # type: ignore[attr-defined]
    # brushing the timeline narrows by dates too
    box = pg.locator("#timeline svg").bounding_box()  # type: ignore[attr-defined]
    pg.mouse.move(box["x"] + box["width"] * 0.05, box["y"] + 40)  # type: ignore[attr-defined]
    pg.mouse.down()  # type: ignore[attr-defined]
    pg.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + 40, steps=5)  # type: ignore[attr-defined]
    pg.mouse.up()  # type: ignore[attr-defined]
    m = _shown(pg)
    assert m["shown"] < n["shown"] and m["shown"] == m["drawn"] == m["rows"]
    frm, to = pg.input_value("#f-from"), pg.input_value("#f-to")  # type: ignore[attr-defined]
    dates = pg.eval_on_selector_all("#table tbody tr td:first-child", "tds => tds.map(t => t.textContent)")  # type: ignore[attr-defined]
    assert frm and to and all(frm <= d <= to for d in dates)
    pg.click("#chips .chip[data-filter=country]")  # type: ignore[attr-defined]
    pg.click("#brush-clear")  # type: ignore[attr-defined]
    assert _shown(pg)["shown"] == n["total"]


@needs_chromium
def test_event_view_highlights_evidence(page: object) -> None:
    pg = page
    pg.click("#table thead th[data-key=sources] button")  # type: ignore[attr-defined]
    pg.click("#table thead th[data-key=sources] button")  # type: ignore[attr-defined]  # most sources first
    pg.click("#table tbody tr:first-child button.link")  # type: ignore[attr-defined]
    pg.wait_for_selector("#panel:not([hidden]) mark.ev")  # type: ignore[attr-defined]
    assert pg.locator("#panel article.report").count() == 2  # type: ignore[attr-defined]
    assert pg.locator("#panel table.compare").count() == 1  # type: ignore[attr-defined]
    labels = set(pg.eval_on_selector_all("#panel mark.ev", "ms => ms.flatMap(m => m.dataset.labels.split(' '))"))  # type: ignore[attr-defined]
    assert {"actor", "place", "toll", "date"} <= labels
    assert pg.locator("#panel a[href^='https://']").count() == 2  # type: ignore[attr-defined]
    pg.screenshot(path=str(SHOTS / "event.png"))  # type: ignore[attr-defined]
    pg.keyboard.press("Escape")  # type: ignore[attr-defined]
    assert pg.locator("#panel").is_hidden()  # type: ignore[attr-defined]


@needs_chromium
def test_escalations_panel_follows_the_api(page: object, site: tuple[str, Store, str]) -> None:
    pg: Any = page
    api = httpx.get(site[0] + "/trends/escalations", params={"by": "admin1"}).json()
    top = api["areas"][:12]
    until(lambda: pg.evaluate("document.getElementById('esc-list').children.length") >= len(top))
    assert 0 < len(top) == pg.locator("#esc-list li").count()
    assert pg.locator("#esc-list svg.spark polyline.series").count() == len(top)
    flagged = [a["admin1"] for a in top if a["flag"] or a["fatalities"]["flag"]]
    assert pg.eval_on_selector_all("#esc-list li.flagged", "ls => ls.map(l => l.dataset.admin1)") == flagged
    assert api["week"] in pg.text_content("#esc-week")
    # a region's row narrows the dashboard to it
    pg.click("#esc-list li:first-child button")
    assert pg.input_value("#f-admin1") == top[0]["admin1"]
    rows = pg.eval_on_selector_all("#table tbody tr td:nth-child(2)", "tds => tds.map(t => t.textContent)")
    assert rows and set(rows) == {top[0]["country"]}
    for f in ("admin1", "country"):
        pg.click(f"#chips .chip[data-filter={f}]")


@needs_chromium
def test_posted_report_appears_live(page: object, site: tuple[str, Store, str]) -> None:
    pg = page
    base, _, key = site
    before = _shown(pg)["total"]
    pg.focus("#map .marker")  # type: ignore[attr-defined]
    focused = pg.evaluate("document.activeElement.dataset.id")  # type: ignore[attr-defined]
    r = httpx.post(base + "/reports", json={"text": NEW_REPORT, "published": "2024-12-02", "id": "live-test"},
                   headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert r.status_code == 201, r.text
    # (polled from the test: wait_for_function evaluates a string in the page, which its CSP forbids)
    deadline = time.monotonic() + 10
    while pg.evaluate("window.cw.state.events.length") <= before and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.1)
    assert pg.evaluate("window.cw.state.events.length") > before  # type: ignore[attr-defined]
    assert "Banibangou" in pg.text_content("#live")  # type: ignore[attr-defined]
    assert pg.locator("#table tbody tr.fresh").count() >= 1  # type: ignore[attr-defined]
    # the live redraw left the keyboard user on the marker they were on
    assert _shown(pg)["drawn"] > before
    assert pg.evaluate("document.activeElement.dataset.id") == focused  # type: ignore[attr-defined]
    pg.evaluate("document.activeElement.blur()")  # type: ignore[attr-defined]


@needs_chromium
def test_french_subscribe_and_keyboard(page: object, site: tuple[str, Store, str]) -> None:
    pg = page
    base, _, key = site
    pg.click("#lang")  # type: ignore[attr-defined]
    assert pg.get_attribute("html", "lang") == "fr"  # type: ignore[attr-defined]
    assert pg.text_content("#map-h") == "Carte"  # type: ignore[attr-defined]
    pg.fill("#sub-form input[name=name]", "Tillabéri")  # type: ignore[attr-defined]
    pg.check("#sub-form input[value=Niger]")  # type: ignore[attr-defined]
    pg.fill("#sub-form input[name=key]", "wrong-key")  # type: ignore[attr-defined]
    pg.click("#sub-form button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_selector("#sub-result[data-status]")  # type: ignore[attr-defined]
    status = int(pg.get_attribute("#sub-result", "data-status"))  # type: ignore[attr-defined]
    assert status == 401 and "HTTP" in pg.text_content("#sub-result")  # type: ignore[attr-defined]
    pg.fill("#sub-form input[name=key]", key)  # type: ignore[attr-defined]
    pg.click("#sub-form button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_selector("#sub-result.ok")  # type: ignore[attr-defined]
    assert pg.get_attribute("#sub-result", "data-status") == "201"  # type: ignore[attr-defined]
    mine = httpx.get(base + "/subscriptions", headers={"Authorization": f"Bearer {key}"}).json()["subscriptions"]
    assert [(s["name"], s["countries"]) for s in mine] == [("Tillabéri", ["Niger"])]
    # the subscription's alerts arrive live on the page (GET /stream)
    seq = pg.evaluate("window.cw.state.seq")  # type: ignore[attr-defined]
    r = httpx.post(base + "/reports", json={"text": "Des hommes armés ont tué neuf civils vendredi à Ayorou, au Niger.",
                                            "published": "2024-12-07", "id": "alert-test"},
                   headers={"Authorization": f"Bearer {key}"}, timeout=60)
    assert r.status_code == 201, r.text
    pg.wait_for_selector("#sub-alert-list li", timeout=10000)  # type: ignore[attr-defined]
    assert "Ayorou" in pg.text_content("#sub-alert-list")  # type: ignore[attr-defined]
    # ... and on the map, by the other stream (GET /events/stream), before a marker is chosen
    deadline = time.monotonic() + 10
    while pg.evaluate("window.cw.state.seq") == seq and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.1)
    # keyboard: a marker takes focus and Enter opens its event
    pg.focus("#map .marker")  # type: ignore[attr-defined]
    pg.keyboard.press("Enter")  # type: ignore[attr-defined]
    pg.wait_for_selector("#panel:not([hidden]) mark.ev")  # type: ignore[attr-defined]
    pg.keyboard.press("Escape")  # type: ignore[attr-defined]
    pg.click("#lang")  # type: ignore[attr-defined]
