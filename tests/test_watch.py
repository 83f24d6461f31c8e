"""The watcher against a local news site and webhook receiver; the SSE stream on a live
server. Everything stays on 127.0.0.1."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from conflictwire.alerts import subscriptions
from conflictwire.alerts.channels import WebhookSender
from conflictwire.alerts.delivery import Deliverer
from conflictwire.alerts.subscriptions import SubscriptionIn
from conflictwire.api.app import create_app
from conflictwire.ingest.errors import InputError
from conflictwire.ingest.feeds import FeedConfig, WatchConfig, load_config, parse_feed
from conflictwire.store.db import Store
from conflictwire.store.schema import articles, feed_items
from conflictwire.watch import Watcher
from localnet import NewsSite, Receiver


@pytest.fixture
def site() -> Any:
    s = NewsSite().start()
    yield s
    s.stop()


@pytest.fixture
def receiver() -> Any:
    r = Receiver().start()
    yield r
    r.stop()


def _store_with_hook(tmp_path: Path, hook: str) -> tuple[Store, dict[str, Any], str]:
    store = Store(str(tmp_path / "cw.db"))
    key = store.create_key("t")
    kid = store.key_id(key)
    assert kid is not None
    return store, subscriptions.create(store, kid, SubscriptionIn(name="all", webhook_url=hook)), key


def _count(store: Store, table: Any) -> int:
    from sqlalchemy import func, select

    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_config_errors_name_the_field(tmp_path: Path) -> None:
    p = tmp_path / "feeds.yml"
    p.write_text("feeds:\n  - url: ftp://example.org/x\n")
    with pytest.raises(InputError, match="feeds.0.url"):
        load_config(p)
    p.write_text("feeds: [unclosed\n")
    with pytest.raises(InputError, match="not valid YAML"):
        load_config(p)
    p.write_text("- https://example.org/rss\n- url: https://example.org/page\n  kind: page\n  interval: 60\n")
    cfg = load_config(p)
    assert [f.kind for f in cfg.feeds] == ["feed", "page"] and cfg.feeds[0].interval == 300


def test_feed_parsing_tolerates_flaws_but_not_garbage() -> None:
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><id>urn:1</id><title>A</title><link href="https://n.example/1"/><published>2024-05-06T10:00:00Z</published>
    <summary>Gunmen killed 3 civilians &amp; more</summary></entry></feed>"""
    (e,) = parse_feed("atom", atom)
    assert e.link == "https://n.example/1" and str(e.published) == "2024-05-06" and "killed 3" in e.content
    with pytest.raises(InputError, match="broken feed|not an RSS"):
        parse_feed("junk", b"\x89PNG\r\n not a feed at all <<<")
    assert parse_feed("empty", b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>') == []


def test_watcher_ingests_new_entries_once_and_delivers(tmp_path: Path, site: NewsSite, receiver: Receiver) -> None:
    store, sub, _ = _store_with_hook(tmp_path, receiver.url + "/hook")
    cfg = WatchConfig(feeds=[FeedConfig(url=site.url + "/feed.xml", interval=1)], politeness=0, allow_private=True)
    w = Watcher(store, cfg, deliverer=Deliverer(store, WebhookSender(timeout=5, allow_private=True)))
    site.published += [0, 1, 2]
    w.run(once=True)
    assert len(receiver.received) == 3 and _count(store, articles) == 3
    assert w.poll(w.config.feeds[0]).status == 304  # nothing new: the conditional GET says so
    assert site.not_modified == 1 and len(receiver.received) == 3
    site.published += [3, 4]
    w.run(once=True)
    alerts = receiver.alerts()
    assert len(alerts) == 5 and len({a["idempotency_key"] for a in alerts}) == 5
    assert {a["event"]["location"] for a in alerts} >= {"Mopti", "Ségou", "Gao"}
    assert all(a["subscription_id"] == sub["id"] and a["sources"][0]["url"].startswith(site.url) for a in alerts)
    assert _count(store, feed_items) == 5


def test_a_broken_feed_backs_off_and_the_others_go_on(tmp_path: Path, site: NewsSite, receiver: Receiver) -> None:
    bad = NewsSite(broken=True).start()
    down = NewsSite(feed_status=503).start()
    try:
        store, _, _ = _store_with_hook(tmp_path, receiver.url + "/hook")
        bad.published += [7]
        site.published += [8]
        cfg = WatchConfig(feeds=[FeedConfig(url=u + "/feed.xml", interval=10) for u in (bad.url, down.url, site.url)],
                          politeness=0, allow_private=True)
        w = Watcher(store, cfg, deliverer=Deliverer(store, WebhookSender(timeout=5, allow_private=True)))
        w.run(once=True)
        assert [a["event"]["location"] for a in receiver.alerts()] == ["Djibo"]  # item 8 only
        broken, unavailable, good = w.states
        assert broken.failures == 1 and unavailable.failures == 1 and good.failures == 0
        first_wait = unavailable.next_poll - time.time()
        assert 15 < first_wait <= 20  # interval 10, doubled
        w.run(once=True)
        assert unavailable.failures == 2 and unavailable.next_poll - time.time() > 35
        assert _count(store, feed_items) == 1  # nothing of the broken feed was marked seen
    finally:
        bad.stop()
        down.stop()


def test_watch_command_stops_cleanly_on_sigterm(tmp_path: Path, site: NewsSite, receiver: Receiver) -> None:
    store, _, _ = _store_with_hook(tmp_path, receiver.url + "/hook")
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"politeness: 0\nallow_private: true\nfeeds:\n  - url: {site.url}/feed.xml\n    interval: 0.2\n")
    site.published += [0]
    proc = subprocess.Popen([sys.executable, "-m", "conflictwire", "watch", "--feeds", str(feeds), "--db", str(tmp_path / "cw.db"),
                             "--allow-private-webhooks"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 30
        while len(receiver.received) < 1 and time.time() < deadline:
            time.sleep(0.05)
        site.published += [1]
        while len(receiver.received) < 2 and time.time() < deadline:
            time.sleep(0.05)
        assert len(receiver.received) == 2
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


def test_sse_stream_resumes_from_last_event_id(tmp_path: Path) -> None:
    store, _, key = _store_with_hook(tmp_path, "https://hooks.example/unused")
    sub_id = subscriptions.list_for_key(store, store.key_id(key) or 0)[0]["id"]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    auth = {"Authorization": f"Bearer {key}"}

    def post(text: str) -> None:
        assert httpx.post(base + "/reports", json={"text": text, "published": "2024-05-06"}, headers=auth).status_code == 201

    def read_alerts(n: int, headers: dict[str, str]) -> list[tuple[int, str]]:
        got: list[tuple[int, str]] = []
        with httpx.stream("GET", base + "/stream", params={"subscription": sub_id, "key": key}, headers=headers, timeout=10) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            ident = 0
            for line in r.iter_lines():
                if line.startswith("id: "):
                    ident = int(line[4:])
                elif line.startswith("data: "):
                    got.append((ident, line[6:]))
                    if len(got) == n:
                        return got
        return got

    try:
        poster = threading.Timer(0.5, post, ["Gunmen killed twelve civilians in Mopti, Mali, on Saturday, officials said."])
        poster.start()
        (first,) = read_alerts(1, {})
        assert '"location":"Mopti"' in first[1]
        post("Gunmen killed four soldiers near Gao, Mali, on Friday, sources said.")
        post("Des hommes armés ont tué sept civils jeudi à Ayorou, au Niger.")
        later = read_alerts(2, {"Last-Event-ID": str(first[0])})  # missed while disconnected
        assert [i for i, _ in later] == sorted(i for i, _ in later) and later[0][0] > first[0]
        assert '"location":"Gao"' in later[0][1] and '"location":"Ayorou"' in later[1][1]
        assert httpx.get(base + "/stream", params={"subscription": sub_id}).status_code == 401
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_cli_subscribe_watch_once_and_dead_letters(tmp_path: Path, site: NewsSite, receiver: Receiver) -> None:
    import json

    from typer.testing import CliRunner

    from conflictwire.cli import app

    cli = CliRunner()
    db = str(tmp_path / "cw.db")
    key = cli.invoke(app, ["keys", "create", "team", "--db", db]).stdout.strip()
    made = cli.invoke(app, ["subscriptions", "create", "Mopti", "--key", key, "--db", db, "--near", "14.49,-4.19,30",
                            "--webhook", receiver.url + "/hook"])
    assert made.exit_code == 0, made.output
    sub = json.loads(made.stdout)
    assert sub["near"] == {"lat": 14.49, "lon": -4.19, "km": 30.0} and sub["webhook_secret"]
    assert cli.invoke(app, ["subscriptions", "create", "x", "--key", key, "--db", db, "--near", "1,2"]).exit_code != 0
    assert cli.invoke(app, ["subscriptions", "list", "--key", "cw_wrong", "--db", db]).exit_code == 2
    feeds = tmp_path / "feeds.yml"
    feeds.write_text(f"politeness: 0\nallow_private: true\nfeeds:\n  - {site.url}/feed.xml\n")
    site.published += [0, 1, 2]  # Mopti, Djenné, Ségou: only Mopti is within 30 km
    done = cli.invoke(app, ["watch", "--feeds", str(feeds), "--db", db, "--once", "--allow-private-webhooks"])
    assert done.exit_code == 0, done.output
    assert [a["event"]["location"] for a in receiver.alerts()] == ["Mopti"]
    assert json.loads(cli.invoke(app, ["subscriptions", "dead-letters", sub["id"], "--key", key, "--db", db]).stdout) == []
    assert cli.invoke(app, ["subscriptions", "delete", sub["id"], "--key", key, "--db", db]).exit_code == 0
    assert json.loads(cli.invoke(app, ["subscriptions", "list", "--key", key, "--db", db]).stdout) == []
    bad = tmp_path / "bad.yml"
    bad.write_text("feeds: 3\n")
    assert cli.invoke(app, ["watch", "--feeds", str(bad), "--db", db]).exit_code == 2
