"""The analyst's review page (/web/review) in headless Chromium: the queue, evidence, the edit
form, confirm and reject by keyboard; and the taxonomy it offers. Chromium tests skip when
Debian's chromium is absent."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conflictwire.ingest import iter_inputs
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest
from conflictwire.taxonomy import EVENT_TYPES

sys.path.insert(0, str(Path(__file__).parent))
from web_server import opened_page, serve, until  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(str(p) for p in (ROOT / "samples" / "reports").iterdir())
Site = tuple[str, Store, dict[str, str]]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    store = Store(str(tmp_path_factory.mktemp("review") / "review.db"))
    assert ingest(store, iter_inputs(SAMPLES)).failed == 0
    keys = {"analyst": store.create_key("analyst-desk", "analyst"), "reader": store.create_key("desk-reader", "reader")}
    with serve(store) as base:
        yield base, store, keys


def test_the_taxonomy_lists_every_type_and_the_stores_actors(site: Site) -> None:
    base, store, _ = site
    got = httpx.get(base + "/web/taxonomy").json()
    assert got["event_types"] == {k: list(v) for k, v in EVENT_TYPES.items()}
    actors = {e["actor1"] for e in store.clusters(limit=1000)} - {None}
    assert actors and actors <= set(got["actors"])


@pytest.fixture(scope="module")
def page(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with opened_page(site[0] + "/web/review", tmp_path_factory.mktemp("chromium-review")) as pg:
        yield pg


def _login(pg: Any, key: str) -> None:
    pg.evaluate("document.body.dataset.ready = ''")
    pg.fill("#key", key)
    pg.click("#key-form button[type=submit]")
    pg.wait_for_selector("body[data-ready='1']", timeout=15000)


def test_a_reader_key_is_told_it_may_not_review(page: Any, site: Site) -> None:
    _login(page, site[2]["reader"])
    assert "HTTP 403" in page.text_content("#status")
    assert page.locator("#queue li").count() == 0


def test_an_analyst_corrects_confirms_and_rejects(page: Any, site: Site) -> None:
    base, _, keys = site
    auth = {"Authorization": f"Bearer {keys['analyst']}"}
    _login(page, keys["analyst"])
    confidences = [float(c) for c in page.eval_on_selector_all("#queue button", "bs => bs.map(b => b.dataset.confidence)")]
    assert len(confidences) >= 10 and confidences == sorted(confidences)  # least certain first
    first = until(lambda: page.get_attribute("#detail", "data-id"))
    assert page.locator("#reports mark.ev").count() > 0  # the evidence of each field, highlighted
    # correct the toll and the sub-event type, then save
    event = httpx.get(f"{base}/events/{first}").json()
    page.fill("#edit input[name=fatalities]", str((event["fatalities"] or 0) + 7))
    subs = page.eval_on_selector_all("#f-sub option", "os => os.map(o => o.value)")
    other = next(s for s in subs if s != event["sub_event_type"])
    page.select_option("#f-sub", other)
    page.fill("#edit input[name=comment]", "the hospital's count")
    page.click("#save")
    until(lambda: "Saved" in (page.text_content("#status") or ""))
    after = httpx.get(f"{base}/events/{first}").json()
    assert after["fatalities"] == (event["fatalities"] or 0) + 7 and after["sub_event_type"] == other
    assert {"fatalities", "sub_event_type"} <= set(after["locked"]) and "actor1" not in after["locked"]
    assert after["locked"]["fatalities"]["by"] == "analyst-desk"
    # c confirms the event shown: it leaves the queue
    page.press("body", "c")
    until(lambda: "Confirmed" in (page.text_content("#status") or ""))
    assert httpx.get(f"{base}/events/{first}").json()["reviewed"] is True
    queue = httpx.get(f"{base}/review?limit=500", headers=auth).json()["events"]
    assert first not in {e["id"] for e in queue}
    # j moves on, x rejects that one: it leaves /events
    shown = page.get_attribute("#detail", "data-id")
    page.press("body", "j")
    second = until(lambda: (page.get_attribute("#detail", "data-id") != shown) and page.get_attribute("#detail", "data-id"))
    page.evaluate("document.getElementById('status').textContent = ''")

    def listed(**params: str) -> set[str]:
        return {e["id"] for e in httpx.get(f"{base}/events", params={"limit": "1000", "candidates": "true", **params}).json()["events"]}

    assert second in listed()
    page.press("body", "x")
    until(lambda: "Rejected" in (page.text_content("#status") or ""))
    assert second not in listed() and first in listed()
    assert second in listed(include_rejected="true")
    # the page speaks French too, the queue included
    page.click("#lang")
    until(lambda: page.text_content("#queue-h") == "À relire (les moins sûrs d'abord)")
    until(lambda: "morts" in (page.text_content("#queue") or ""))
    assert page.get_attribute("html", "lang") == "fr" and page.text_content("#save") == "Enregistrer les corrections"
    assert not page.errors  # no script error, no Content-Security-Policy violation
