"""Analyst review: roles on keys, corrections that stay locked, verdicts, history, the queue
and 'updated' alerts; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from conflictwire.alerts import subscriptions
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.api.app import create_app
from conflictwire.model import Article
from conflictwire.store import rollup
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest
from conflictwire.store.schema import outbox

PUB = date(2024, 5, 6)
DJIBO = "Gunmen killed five soldiers near Djibo, Burkina Faso, on Sunday, security sources said."
DJIBO_FR = "Des hommes armés ont tué six soldats dimanche près de Djibo, au Burkina Faso, selon des sources sécuritaires."
MOPTI = "On 2 May 2024, suspected jihadists killed eight civilians in the village of Ogossagou in Mali's Mopti region."


def art(doc_id: str, body: str, url: str, lang: str = "en") -> Article:
    return Article(doc_id=doc_id, text=body, url=url, published=PUB, language=lang)


def _client(store: Store) -> tuple[TestClient, dict[str, dict[str, str]]]:
    keys = {role: {"Authorization": f"Bearer {store.create_key(role + '-key', role)}"} for role in ("reader", "analyst", "admin")}
    return TestClient(create_app(store)), keys


def _one(store: Store) -> str:
    ingest(store, [art("a", DJIBO, "https://ex.org/a")])
    (cluster,) = store.clusters()
    return str(cluster["id"])


def test_every_write_needs_the_right_role(store: Store) -> None:
    cid = _one(store)
    client, keys = _client(store)
    writes: list[tuple[str, str, dict[str, Any]]] = [
        ("post", "/reports", {"text": MOPTI, "published": "2024-05-06"}),
        ("post", f"/events/{cid}/split", {"event_id": "nope"}),
        ("patch", f"/events/{cid}", {"fatalities": 6}),
        ("post", f"/events/{cid}/review", {"verdict": "confirmed"}),
        ("get", "/review", {}),
    ]
    for method, path, body in writes:
        call = getattr(client, method)
        kw = {"json": body} if method != "get" else {}
        assert call(path, **kw).status_code == 401, path
        assert call(path, headers=keys["reader"], **kw).status_code == 403, path
        got = call(path, headers=keys["analyst"], **kw)
        assert got.status_code in (200, 201, 404), (path, got.text)  # the split names no event of it: 404, past the role
        assert got.status_code != 404 or path.endswith("/split")
    # readers read and subscribe
    assert client.get(f"/events/{cid}/history").status_code == 200
    assert client.post("/subscriptions", json={"name": "mine", "countries": ["Mali"]}, headers=keys["reader"]).status_code == 201
    store.revoke_key("analyst-key")
    assert client.patch(f"/events/{cid}", json={"fatalities": 7}, headers=keys["analyst"]).status_code == 401
    assert client.patch(f"/events/{cid}", json={"fatalities": 7}, headers=keys["admin"]).status_code == 200


def test_a_correction_shows_everywhere_and_survives_new_reports_and_reingest(store: Store) -> None:
    cid = _one(store)
    client, keys = _client(store)
    got = client.patch(f"/events/{cid}", headers=keys["analyst"],
                       json={"fatalities": 12, "location": "Gaskindé", "latitude": 14.3, "longitude": -1.5,
                             "comment": "the army's toll, two days later"})
    assert got.status_code == 200, got.text
    assert got.json()["fatalities"] == 12 and set(got.json()["locked"]) == {"fatalities", "location", "latitude", "longitude"}
    assert client.get(f"/events/{cid}").json()["fatalities"] == 12
    assert [e["fatalities"] for e in client.get("/events").json()["events"]] == [12]
    assert "Gaskindé" in client.get("/events", params={"format": "csv"}).text
    feed = ET.fromstring(client.get("/feed.atom").content)
    assert "Gaskindé" in ET.tostring(feed, encoding="unicode")
    # a second outlet's report merges in: the corrected fields stay, the sources grow
    ingest(store, [art("fr", DJIBO_FR, "https://ex.fr/b", "fr")])
    (cluster,) = store.clusters()
    assert cluster["id"] == cid and cluster["sources"] == 2
    assert (cluster["fatalities"], cluster["location"]) == (12, "Gaskindé")
    # a new version of the first report: its event goes back to the reviewed one, still corrected
    ingest(store, [art("a", DJIBO.replace("five", "nine"), "https://ex.org/a")])
    (cluster,) = store.clusters()
    assert cluster["id"] == cid and (cluster["fatalities"], cluster["location"]) == (12, "Gaskindé")
    full = store.cluster(cid)
    assert full is not None and sorted(r["fatalities"] for r in full["reports"]) == [6, 9]  # the reports keep their own


def test_a_corrected_event_whose_only_report_changes_keeps_its_id(store: Store) -> None:
    cid = _one(store)
    client, keys = _client(store)
    assert client.patch(f"/events/{cid}", headers=keys["analyst"], json={"actor1": "JNIM: Group for Support of Islam and Muslims"}).status_code == 200
    ingest(store, [art("a", DJIBO.replace("five", "nine"), "https://ex.org/a")])
    (cluster,) = store.clusters()
    assert cluster["id"] == cid and cluster["actor1"] == "JNIM: Group for Support of Islam and Muslims"
    assert cluster["fatalities"] == 9  # not corrected: the new version's toll


@pytest.mark.parametrize("body,field", [
    ({"sub_event_type": "Peaceful protest", "event_type": "Battles"}, "sub_event_type"),
    ({"event_type": "Riots"}, "sub_event_type"),
    ({"admin1": "Atlantis"}, "admin1"),
    ({"event_date": (date.today() + timedelta(days=3)).isoformat()}, "event_date"),
    ({"fatalities_low": 9}, "fatalities_low"),
    ({"latitude": 95}, "latitude"),
    ({"country": "Narnia"}, "country"),
    ({"colour": "red"}, "colour"),
])
def test_bad_corrections_are_refused_with_the_field_named(store: Store, body: dict[str, Any], field: str) -> None:
    cid = _one(store)
    client, keys = _client(store)
    got = client.patch(f"/events/{cid}", headers=keys["analyst"], json=body)
    assert got.status_code == 422, got.text
    assert field in {str(p) for d in got.json()["detail"] for p in d["loc"]}
    assert store.cluster(cid)["fatalities"] == 5  # type: ignore[index]  # nothing changed


def test_a_sub_event_type_brings_its_event_type_and_regions_take_their_canonical_name(store: Store) -> None:
    cid = _one(store)
    client, keys = _client(store)
    got = client.patch(f"/events/{cid}", headers=keys["analyst"], json={"sub_event_type": "Remote explosive/landmine/IED",
                                                                       "admin1": "sahel"}).json()
    assert (got["event_type"], got["sub_event_type"], got["admin1"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED", "Sahel")


def test_verdicts(store: Store) -> None:
    cid = _one(store)
    ingest(store, [art("m", MOPTI, "https://ex.org/m")])
    client, keys = _client(store)
    other = next(c["id"] for c in store.clusters() if c["id"] != cid)
    ok = client.post(f"/events/{cid}/review", headers=keys["analyst"], json={"verdict": "confirmed", "comment": "two outlets"})
    assert ok.status_code == 200 and ok.json()["reviewed"] is True and ok.json()["reviewed_by"] == "analyst-key"
    client.post(f"/events/{other}/review", headers=keys["analyst"], json={"verdict": "rejected", "comment": "recalled history"})
    assert [e["id"] for e in client.get("/events").json()["events"]] == [cid]
    assert {e["id"] for e in client.get("/events", params={"include_rejected": "true"}).json()["events"]} == {cid, other}
    assert "Ogossagou" not in client.get("/events", params={"format": "csv"}).text
    assert client.post(f"/events/{cid}/review", headers=keys["analyst"], json={"verdict": "maybe"}).status_code == 422
    assert client.post("/events/nope/review", headers=keys["analyst"], json={"verdict": "confirmed"}).status_code == 404


def test_history_tells_every_change_with_who_and_why(store: Store) -> None:
    cid = _one(store)
    ingest(store, [art("fr", DJIBO_FR, "https://ex.fr/b", "fr")])
    client, keys = _client(store)
    client.patch(f"/events/{cid}", headers=keys["analyst"], json={"fatalities": 11, "comment": "hospital count"})
    client.post(f"/events/{cid}/review", headers=keys["admin"], json={"verdict": "confirmed"})
    hist = client.get(f"/events/{cid}/history").json()["history"]
    assert [h["kind"] for h in hist] == ["insert", "merge", "correct", "review"]
    assert hist[0]["by"] == "conflictwire" and hist[0]["fields"]["fatalities"] == {"old": None, "new": 5}
    assert hist[1]["fields"]["fatalities_high"] == {"old": None, "new": 6}  # the French report's six
    assert hist[2]["by"] == "analyst-key" and hist[2]["comment"] == "hospital count"
    assert hist[2]["fields"]["fatalities"] == {"old": 5, "new": 11}
    assert hist[3]["by"] == "admin-key" and hist[3]["reason"] == "confirmed"
    kinds = [c["kind"] for c in client.get("/changes").json()["changes"]]
    assert "correct" in kinds and "review" in kinds
    assert client.get("/events/nope/history").status_code == 404


def test_the_queue_puts_the_least_certain_first_and_drops_judged_events(store: Store) -> None:
    cid = _one(store)
    ingest(store, [art("m", MOPTI, "https://ex.org/m")])
    client, keys = _client(store)
    queue = client.get("/review", headers=keys["analyst"]).json()["events"]
    assert len(queue) == 2
    confidences = [e["confidence"] for e in queue]
    assert confidences == sorted(confidences)
    assert all(isinstance(e["doubts"], list) for e in queue)
    client.post(f"/events/{cid}/review", headers=keys["analyst"], json={"verdict": "confirmed"})
    assert [e["id"] for e in client.get("/review", headers=keys["analyst"]).json()["events"]] != [cid]
    assert cid not in {e["id"] for e in client.get("/review", headers=keys["analyst"]).json()["events"]}
    assert len(client.get("/review", params={"country": "Mali"}, headers=keys["analyst"]).json()["events"]) == 1


def test_a_correction_alerts_subscribers_it_newly_concerns_once(store: Store) -> None:
    kid = store.key_id(store.create_key("watcher", "reader"))
    assert kid is not None
    mali = subscriptions.create(store, kid, SubscriptionIn(name="mali", countries=["Mali"]))
    burkina = subscriptions.create(store, kid, SubscriptionIn(name="bf", countries=["Burkina Faso"]))
    cid = _one(store)  # alerts 'new' to bf only
    client, keys = _client(store)
    # the Djibo event is moved to Mali: mali hears of it (updated), bf was alerted before and
    # no longer matches (updated); nobody gets anything when it is corrected again the same way
    client.patch(f"/events/{cid}", headers=keys["analyst"], json={"country": "Mali", "admin1": "Mopti"})
    client.patch(f"/events/{cid}", headers=keys["analyst"], json={"country": "Mali"})
    with store.engine.connect() as conn:
        rows = conn.execute(select(outbox.c.subscription_id, outbox.c.cluster_id, outbox.c.reason).order_by(outbox.c.seq)).all()
    mine = [(r.subscription_id, r.reason) for r in rows if r.cluster_id == cid]
    assert (mali["id"], "updated") in mine
    assert (burkina["id"], "new") in mine and (burkina["id"], "updated") in mine
    assert len(mine) == 3


def test_keys_made_before_roles_become_analysts(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    st = Store(db)
    key = st.create_key("old")
    with st.engine.begin() as conn:  # the database as revision 0003 left it
        rollup.uninstall(conn)  # (0005's triggers read clusters.review)
        conn.execute(text("DROP TABLE trend_days"))
        conn.execute(text("DROP TABLE corrections"))
        for table, column in (("api_keys", "role"), ("api_keys", "revoked_at"), ("clusters", "review"),
                              ("clusters", "reviewed_by"), ("clusters", "reviewed_at")):
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    again = Store(db)
    info = again.key_info(key)
    assert info is not None and info.role == "analyst"
    assert again.clusters() == []


def test_keys_from_the_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from conflictwire.cli import app

    db = str(tmp_path / "k.db")
    run = CliRunner()
    made = run.invoke(app, ["keys", "create", "desk", "--role", "reader", "--db", db])
    assert made.exit_code == 0 and made.stdout.strip().startswith("cw_")
    assert run.invoke(app, ["keys", "create", "x", "--role", "boss", "--db", db]).exit_code != 0
    listed = run.invoke(app, ["keys", "list", "--db", db]).stdout
    assert "desk\treader" in listed and "active" in listed and "cw_" not in listed
    assert run.invoke(app, ["keys", "revoke", "desk", "--db", db]).exit_code == 0
    assert Store(db).key_info(made.stdout.strip()) is None
    assert run.invoke(app, ["keys", "revoke", "desk", "--db", db]).exit_code == 1  # none active left


def test_corrections_become_gold_that_scores_the_extractor(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from conflictwire.cli import app

    db = str(tmp_path / "g.db")
    st = Store(db)
    reports = [("a", DJIBO), ("m", MOPTI),
               ("k", "On 4 May 2024, gunmen abducted three teachers in Kaya, Burkina Faso, local sources said.")]
    ingest(st, [art(i, t, f"https://ex.org/{i}") for i, t in reports])
    by_text = {c["location"]: c["id"] for c in st.clusters()}
    assert {"Djibo", "Ogossagou", "Kaya"} <= set(by_text)
    client, keys = _client(st)
    fixes = {by_text["Djibo"]: {"fatalities": 12}, by_text["Ogossagou"]: {"actor1": "Dan Na Ambassagou"},
             by_text["Kaya"]: {"location": "Korsimoro", "latitude": 12.82, "longitude": -1.06}}
    for cid, fix in fixes.items():
        assert client.patch(f"/events/{cid}", headers=keys["analyst"], json=fix).status_code == 200
    out = tmp_path / "gold.jsonl"
    assert CliRunner().invoke(app, ["export", "--db", db, "--format", "gold", "--reviewed", "--out", str(out)]).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    scored = CliRunner().invoke(app, ["eval", "--gold", str(out)])
    assert scored.exit_code == 0, scored.output
    assert "fatalities want 12; got 5" in scored.output
    assert "actor1 want Dan Na Ambassagou" in scored.output
    assert "Korsimoro" in scored.output  # the Kaya event is now placed elsewhere: a miss of the extractor
    # an unreviewed report is not gold
    ingest(st, [art("z", "Gunmen killed two herders near Dori, Burkina Faso, on 1 May 2024.", "https://ex.org/z")])
    again = CliRunner().invoke(app, ["export", "--db", db, "--format", "gold", "--reviewed"])
    assert len(again.stdout.splitlines()) == 3
