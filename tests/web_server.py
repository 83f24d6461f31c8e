"""A live conflictwire server on a free loopback port, for the dashboard's tests and bench."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from conflictwire.api.app import create_app
from conflictwire.store.db import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(store: Store, **options: Any) -> Iterator[str]:
    """Run create_app(store, **options) under uvicorn in a thread; yield its base URL."""
    port = free_port()
    config = uvicorn.Config(create_app(store, **options), host="127.0.0.1", port=port, log_level="warning",
                            timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@contextmanager
def browser(user_data_dir: Path, width: int = 1400, height: int = 900) -> Iterator[object]:
    """Debian's headless Chromium driven by Playwright (no browser download), fresh profile."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(user_data_dir), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": width, "height": height}, service_workers="block")
        try:
            yield ctx
        finally:
            ctx.close()


@contextmanager
def opened_page(url: str, user_data_dir: Path) -> Iterator[Any]:
    """A page of Debian's Chromium at `url`, once its body says data-ready=1, with `.errors`:
    every script error, failed request and Content-Security-Policy violation (the page's own
    assets must pass its CSP). Skips the test when Chromium or Playwright is missing."""
    import pytest

    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium not installed at /usr/bin/chromium (.ci/run installs it)")
    pytest.importorskip("playwright")
    with browser(user_data_dir) as ctx:
        pg = ctx.new_page()  # type: ignore[attr-defined]
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("requestfailed", lambda r: errors.append("failed " + r.url))
        pg.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
        pg.goto(url)
        pg.wait_for_selector("body[data-ready='1']", timeout=15000)
        pg.errors = errors
        yield pg


def until(check: Callable[[], Any], seconds: float = 10) -> Any:
    """Poll `check` from the test until it gives something true, and return it. (A page's CSP
    forbids the string functions Playwright's wait_for_function evaluates.)"""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = check()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError("the page did not get there in time")
