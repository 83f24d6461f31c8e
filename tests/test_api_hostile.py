"""The API against hostile requests: huge integers, huge bodies, keys in the wrong form,
control characters, slow-drip upstream pages. Each once gave a 500, read a body it should
have refused, or let a request through."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conflictwire.api.app import create_app
from conflictwire.ingest import InputError
from conflictwire.ingest.fetch import fetch
from conflictwire.store.db import Store

HUGE = "157265569497689237291220491640806309888"
REPORT = {"text": "Gunmen killed 5 civilians in Mopti on 3 May 2024.", "published": "2024-05-05"}


@pytest.fixture()
def api(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    key = store.create_key("tester")
    with TestClient(create_app(store, max_body=64 * 1024), raise_server_exceptions=False) as client:
        assert client.post("/reports", json=REPORT, headers={"Authorization": f"Bearer {key}"}).status_code == 201
        yield client, key


@pytest.mark.parametrize("path", [f"/events?min_fatalities={HUGE}", f"/changes?since={HUGE}", f"/events/stream?since={HUGE}",
                                  "/events?min_fatalities=-1", "/changes?since=-5"])
def test_integers_out_of_range_are_422_not_500(api: tuple[TestClient, str], path: str) -> None:
    client, _ = api
    assert client.get(path).status_code == 422
    assert client.get("/events").status_code == 200  # the connection is still good


def test_subscription_alerts_since_is_bounded(api: tuple[TestClient, str]) -> None:
    client, key = api
    auth = {"Authorization": f"Bearer {key}"}
    sub = client.post("/subscriptions", json={"name": "all"}, headers=auth).json()
    assert client.get(f"/subscriptions/{sub['id']}/alerts?since={HUGE}", headers=auth).status_code == 422
    body = {"seqs": [int(HUGE)]}
    assert client.post(f"/subscriptions/{sub['id']}/dead-letters/replay", json=body, headers=auth).status_code == 422


def test_body_over_the_cap_is_413_and_never_echoed(api: tuple[TestClient, str]) -> None:
    client, key = api
    big = {"text": "Gunmen killed 5 in Mopti. " * 5000}  # 130 KB, over the fixture's 64 KB cap
    r = client.post("/reports", json=big, headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 413 and len(r.content) < 300 and "Mopti" not in r.text


def test_body_without_a_content_length_is_cut_off_while_streaming(api: tuple[TestClient, str]) -> None:
    client, key = api
    chunks = (b"x" * 8192 for _ in range(100))  # 800 KB, chunked: no Content-Length to refuse it by
    r = client.post("/reports", content=chunks, headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_no_key_is_401_before_the_body_is_read(api: tuple[TestClient, str]) -> None:
    client, _ = api
    read = 0

    def body() -> Iterator[bytes]:
        nonlocal read
        for _ in range(100):
            read += 1
            yield b"x" * 8192

    r = client.post("/reports", content=body(), headers={"Content-Type": "application/json"})
    assert r.status_code == 401
    assert read <= 2  # the server answered without taking the body in


def test_validation_errors_do_not_echo_the_input(api: tuple[TestClient, str]) -> None:
    client, key = api
    r = client.post("/reports", json={"text": "Gunmen killed 5 in Mopti.", "language": "xx-" + "A" * 5000},
                    headers={"Authorization": f"Bearer {key}"})
    assert r.status_code == 422 and "AAAA" not in r.text


@pytest.mark.parametrize("header", ["{key}", "Token {key}", "Basic {key}", "Bearer", "Bearer {key} extra"])
def test_only_the_bearer_form_of_a_key_is_accepted(api: tuple[TestClient, str], header: str) -> None:
    client, key = api
    r = client.post("/reports", json=REPORT, headers={"Authorization": header.format(key=key)})
    assert r.status_code == 401
    assert client.post("/reports", json=REPORT, headers={"Authorization": f"bearer {key}"}).status_code == 201


@pytest.mark.parametrize("query", ["actor=%00", "actor=%25", "actor=_", "q=%25"])
def test_control_characters_and_wildcards_match_nothing_by_themselves(api: tuple[TestClient, str], query: str) -> None:
    client, _ = api
    r = client.get(f"/events?{query}")
    assert r.status_code == 422 or r.json()["events"] == []


@pytest.mark.parametrize("query", ["to=0", "from=12", "to=2024-13-40", "to=yesterday"])
def test_dates_must_be_dates(api: tuple[TestClient, str], query: str) -> None:
    client, _ = api
    assert client.get(f"/events?{query}").status_code == 422


def test_a_date_filter_still_filters(api: tuple[TestClient, str]) -> None:
    client, _ = api
    assert len(client.get("/events?from=2024-05-01&to=2024-05-31").json()["events"]) == 1
    assert client.get("/events?to=2024-04-30").json()["events"] == []


def test_allow_names_every_method_of_the_path(api: tuple[TestClient, str]) -> None:
    client, _ = api
    r = client.options("/subscriptions")
    assert r.status_code == 405 and set(r.headers["allow"].split(", ")) == {"GET", "POST"}


def test_other_media_types_are_in_the_openapi_document(api: tuple[TestClient, str]) -> None:
    client, _ = api
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths["/events"]["get"]["responses"]["200"]["content"]) >= {"application/json", "text/csv", "application/geo+json"}
    assert "application/atom+xml" in paths["/feed.atom"]["get"]["responses"]["200"]["content"]
    assert {"401", "413"} <= set(paths["/reports"]["post"]["responses"])
    assert "404" in paths["/events/{cluster_id}"]["get"]["responses"]


class _Drip:
    """A loopback server that sends its page one byte at a time, `gap` seconds apart."""

    def __init__(self, size: int, gap: float) -> None:
        self.size, self.gap, self.sent = size, gap, 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        conn.recv(65536)
        conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {self.size}\r\n\r\n".encode())
        try:
            for _ in range(self.size):
                conn.sendall(b"a")
                self.sent += 1
                time.sleep(self.gap)
        except OSError:
            pass  # the client hung up: what this test wants
        finally:
            conn.close()


def test_a_slow_drip_page_is_cut_off_at_the_fetch_deadline() -> None:
    drip = _Drip(size=60, gap=0.25)  # 15 s to send it all; every single read is quick
    with pytest.raises(InputError) as exc:
        fetch(drip.url, allow_private=True, timeout=1.0)
    assert "timed out" in exc.value.reason
    assert drip.sent < drip.size / 2  # it gave up long before the page was sent


def test_a_stalled_read_is_cut_off_at_the_deadline_too() -> None:
    drip = _Drip(size=3, gap=30)  # one byte, then silence
    with pytest.raises(InputError) as exc:
        fetch(drip.url, allow_private=True, timeout=1.0)
    assert "timed out" in exc.value.reason
    assert drip.sent == 1


def test_security_headers_and_no_cors(api: tuple[TestClient, str]) -> None:
    client, _ = api
    for path in ("/", "/events", "/nope"):
        r = client.get(path, headers={"Origin": "https://elsewhere.example"})
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "access-control-allow-origin" not in r.headers  # other sites' pages cannot read it


def test_writes_are_rate_limited_per_key(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'rate.db'}")
    k1, k2 = store.create_key("one"), store.create_key("two")
    # (one write a minute refills the bucket slowly enough that a busy machine, where each write
    # takes seconds, still sees the third refused)
    with TestClient(create_app(store, writes_per_minute=1, write_burst=2)) as client:
        codes = [client.post("/reports", json=REPORT, headers={"Authorization": f"Bearer {k1}"}).status_code
                 for _ in range(3)]
        assert codes[:2] == [201, 201] and codes[2] == 429
        r = client.post("/reports", json=REPORT, headers={"Authorization": f"Bearer {k1}"})
        assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 60
        assert client.post("/reports", json=REPORT, headers={"Authorization": f"Bearer {k2}"}).status_code == 201
        assert client.get("/events").status_code == 200  # reads are not limited
