"""Backups: taken while reports are being ingested, a backup holds every article committed
before it finished, each with its events, and restores into a working store."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictwire.cli import app
from conflictwire.model import Article
from conflictwire.store.backup import BackupError, backup, restore
from conflictwire.store.db import Store
from conflictwire.store.ingest import ingest

TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Ménaka", "Téra", "Ayorou"]


def _reports(n: int) -> list[Article]:
    out = []
    for i in range(n):
        d = date(2024, 1, 1) + timedelta(days=3 * i)
        out.append(Article(doc_id=f"r{i}", url=f"https://example.org/r{i}", published=d, language="en",
                           text=f"Gunmen killed {i % 9 + 2} civilians in {TOWNS[i % len(TOWNS)]} on {d:%d %B %Y}."))
    return out


def test_a_backup_taken_during_ingest_is_consistent_and_restores(tmp_path: Path) -> None:
    db = str(tmp_path / "live.db")
    store = Store(db)
    ingest(store, _reports(5))
    writer = threading.Thread(target=ingest, args=(store, _reports(80)[5:]))
    writer.start()
    copies = []
    for k in range(3):  # while the writer goes on
        copies.append(tmp_path / f"b{k}.db")
        backup(db, copies[-1], pages=8)
    writer.join()
    for copy in copies:
        con = sqlite3.connect(copy)
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                              "(SELECT 1 FROM events e WHERE e.article_id = a.id)").fetchone()[0]
        unclustered = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                                  "(SELECT 1 FROM members m WHERE m.event_id = e.id)").fetchone()[0]
        con.close()
        assert articles >= 5 and orphans == 0 and unclustered == 0  # whole transactions only
    restored = str(tmp_path / "restored.db")
    restore(copies[-1], restored)
    assert len(Store(restored).clusters(limit=1000)) >= 5


def test_backup_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="pg_dump"):
        backup("postgresql://u@localhost/x", tmp_path / "b.db")
    with pytest.raises(BackupError, match="no such"):
        backup(str(tmp_path / "none.db"), tmp_path / "b.db")
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="not"):
        restore(tmp_path / "junk.db", str(tmp_path / "x.db"))


def test_the_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    ingest(Store(db), _reports(3))
    res = CliRunner().invoke(app, ["backup", str(tmp_path / "b.db"), "--db", db])
    assert res.exit_code == 0 and "bytes=" in res.stdout
    again = CliRunner().invoke(app, ["backup", str(tmp_path / "b.db"), "--db", db])
    assert again.exit_code == 1 and "exists already" in again.output
    res = CliRunner().invoke(app, ["restore", str(tmp_path / "b.db"), "--db", str(tmp_path / "r.db")])
    assert res.exit_code == 0, res.output
    assert len(Store(str(tmp_path / "r.db")).clusters()) == 3
