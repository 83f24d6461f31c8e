"""Backups of the SQLite store: `conflictwire backup FILE` while the server and watchers run,
`conflictwire restore FILE` with them stopped. SQLite's online backup copies a consistent
snapshot page by page (readers and writers go on: a write during the copy restarts the pages it
touched), so a backup holds every transaction committed before it finished and none half-done.
PostgreSQL has its own tool for this: `pg_dump -Fc` and `pg_restore`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conflictwire.store.db import database_url


class BackupError(Exception):
    """The store cannot be backed up or restored this way (the message says why)."""


def sqlite_path(db: str | None) -> Path:
    url = database_url(db)
    if not url.startswith("sqlite:///"):
        raise BackupError("backup and restore are for the SQLite store; for PostgreSQL use pg_dump -Fc and pg_restore")
    return Path(url.removeprefix("sqlite:///"))


def backup(db: str | None, target: Path, pages: int = 1024) -> int:
    """Copy the store at `db` to `target` (a new SQLite file) while it is in use; returns its size."""
    source = sqlite_path(db)
    if not source.exists():
        raise BackupError(f"{source}: no such database")
    if target.exists():
        raise BackupError(f"{target}: exists already (a backup never overwrites a file)")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=pages)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()
    return target.stat().st_size


def restore(backup_file: Path, db: str | None) -> int:
    """Replace the store at `db` by a backup (stop whatever writes to it first); returns its size."""
    target = sqlite_path(db)
    if not backup_file.exists():
        raise BackupError(f"{backup_file}: no such backup")
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        if src.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError(f"{backup_file}: not an intact SQLite database")
        if not src.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            raise BackupError(f"{backup_file}: not a conflictwire store")
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup_file}: not an SQLite database ({exc})") from None
    finally:
        src.close()
    return target.stat().st_size
