"""The store: open (and migrate) a database, read clusters and changes, manage API keys.

SQLite by default (`./conflictwire.db`, WAL), PostgreSQL with a `postgresql+psycopg://` URL;
both through SQLAlchemy Core. Writing articles and clustering their events is store/ingest.py.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import ColumnElement, Engine, create_engine, event, func, select

from conflictwire.extract import confidence
from conflictwire.store import rollup
from conflictwire.store.schema import (
    api_keys,
    articles,
    changes,
    clusters,
    corrections,
    events,
    members,
)

DEFAULT_URL = "sqlite:///conflictwire.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def now() -> datetime:
    return datetime.now(UTC)


def database_url(db: str | None) -> str:
    """A URL from what a user types: a URL, a file path, or nothing (the default)."""
    if not db:
        return DEFAULT_URL
    if "://" in db:
        return db.replace("postgresql://", "postgresql+psycopg://", 1) if db.startswith("postgresql://") else db
    return f"sqlite:///{db}"


# PostgreSQL's codes for "try the transaction again": a deadlock broken by rolling this one
# back, a serialization failure
RETRY_SQLSTATES = frozenset({"40P01", "40001"})


def worth_retrying(exc: BaseException) -> bool:
    """Whether a failed transaction may succeed as it is if run again: PostgreSQL broke a
    deadlock or a serialization conflict by rolling it back, or SQLite's wait for the write lock
    ran out (busy_timeout)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in RETRY_SQLSTATES:
        return True
    return "database is locked" in str(orig or "")


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()


@dataclass
class EventFilter:
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    q: str | None = None
    candidates: bool = False  # also events below the confidence threshold (flagged 'candidate')
    include_rejected: bool = False  # also events an analyst rejected


def _flagged(row: dict[str, Any]) -> dict[str, Any]:
    row["candidate"] = confidence.is_candidate(row.get("confidence"))
    row["reviewed"] = row.get("review") == "confirmed"
    return row


class Store:
    def __init__(self, db: str | None = None) -> None:
        self.url = database_url(db)
        self.engine = create_engine(self.url, future=True)
        if self.url.startswith("sqlite"):
            _sqlite_pragmas(self.engine)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the newest revision (Alembic, run on every open), and the trends
        rollup's triggers to this release's (rebuilt when the confidence threshold changed)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            rollup.ensure(conn)

    def rebuild_trends(self) -> int:
        """Recompute the trends rollup from `clusters` in one statement; returns its rows."""
        with self.engine.begin() as conn:
            return rollup.rebuild(conn)

    # -- reading ---------------------------------------------------------------------------
    def clusters(self, f: EventFilter | None = None, after: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Merged events matching f, newest first, `limit` after cursor `after` (a cluster id)."""
        c = clusters.c
        conds = filter_conditions(f or EventFilter())
        if after:
            conds.append(c.id < after)
        stmt = select(clusters).where(*conds).order_by(c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [_flagged(dict(r._mapping)) for r in conn.execute(stmt)]

    def cluster(self, cluster_id: str) -> dict[str, Any] | None:
        """One merged event with every report that tells it, and each field's evidence text."""
        with self.engine.connect() as conn:
            row = conn.execute(select(clusters).where(clusters.c.id == cluster_id)).first()
            if row is None:
                return None
            out = _flagged(dict(row._mapping))
            rows = conn.execute(
                select(events, members.c.reason, articles.c.url, articles.c.outlet, articles.c.published,
                       articles.c.doc_id, articles.c.language)
                .join(members, members.c.event_id == events.c.id)
                .join(articles, articles.c.id == events.c.article_id)
                .where(members.c.cluster_id == cluster_id)
            )
            out["reports"] = [dict(r._mapping) for r in rows]
            out["locked"] = {r.field: {"value": r.value, "by": r.by, "at": r.at, "comment": r.comment}
                             for r in conn.execute(select(corrections).where(corrections.c.cluster_id == cluster_id))}
        return out

    def changes(self, since: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(changes).where(changes.c.seq > since).order_by(changes.c.seq).limit(limit))
            return [dict(r._mapping) for r in rows]

    # -- API keys --------------------------------------------------------------------------
    def create_key(self, name: str, role: str = "analyst") -> str:
        """A new API key with its role (reader, analyst, admin); only its hash is stored, so
        it is shown once."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        key = "cw_" + secrets.token_urlsafe(24)
        with self.engine.begin() as conn:
            conn.execute(api_keys.insert().values(name=name, key_hash=_hash(key), created_at=now(), role=role))
        return key

    def check_key(self, key: str | None) -> bool:
        return self.key_id(key) is not None

    def key_id(self, key: str | None) -> int | None:
        """The id of the API key, or None when it is unknown or revoked."""
        info = self.key_info(key)
        return info.id if info else None

    def key_info(self, key: str | None) -> KeyInfo | None:
        """Who a key is (id, name, role), or None when it is unknown or revoked."""
        if not key:
            return None
        k = api_keys.c
        with self.engine.connect() as conn:
            row = conn.execute(select(k.id, k.name, k.role).where(k.key_hash == _hash(key), k.revoked_at.is_(None))).first()
        return KeyInfo(row.id, row.name, row.role) if row else None

    def keys(self) -> list[dict[str, Any]]:
        """Every key (never the key itself): id, name, role, created, revoked."""
        k = api_keys.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(k.id, k.name, k.role, k.created_at, k.revoked_at).order_by(k.id))
            return [dict(r._mapping) for r in rows]

    def revoke_key(self, name_or_id: str) -> int:
        """Revoke the keys of that name (or that id); returns how many were revoked."""
        k = api_keys.c
        which = (k.id == int(name_or_id)) if name_or_id.isdigit() else (k.name == name_or_id)
        with self.engine.begin() as conn:
            return conn.execute(api_keys.update().where(which, k.revoked_at.is_(None)).values(revoked_at=now())).rowcount


ROLES = ("reader", "analyst", "admin")  # each can do what the one before it can


@dataclass(frozen=True)
class KeyInfo:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        """Whether this key's role reaches `role`."""
        return ROLES.index(self.role) >= ROLES.index(role)


def filter_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE of an EventFilter over `clusters` (GET /events, exports, trends): candidates
    and rejected events are out unless asked for."""
    c = clusters.c
    conds: list[ColumnElement[bool]] = []
    if f.country:
        conds.append(func.lower(c.country) == f.country.lower())
    if f.admin1:
        conds.append(func.lower(c.admin1) == f.admin1.lower())
    if f.event_type:
        conds.append(c.event_type == f.event_type)
    if f.sub_event_type:
        conds.append(c.sub_event_type == f.sub_event_type)
    if f.actor:
        like = _contains(f.actor)
        conds.append(func.lower(c.actor1).like(like, escape="\\") | func.lower(c.actor2).like(like, escape="\\"))
    if f.since:
        conds.append(c.event_date >= f.since)
    if f.until:
        conds.append(c.event_date <= f.until)
    if f.min_fatalities is not None:
        conds.append(c.fatalities >= f.min_fatalities)
    if f.bbox:
        west, south, east, north = f.bbox
        conds += [c.longitude >= west, c.longitude <= east, c.latitude >= south, c.latitude <= north]
    if f.q:
        ids = select(members.c.cluster_id).join(events, events.c.id == members.c.event_id).join(
            articles, articles.c.id == events.c.article_id
        ).where(func.lower(articles.c.text).like(_contains(f.q), escape="\\"))
        conds.append(c.id.in_(ids))
    if not f.candidates:
        conds.append(c.confidence.is_(None) | (c.confidence >= confidence.threshold()))
    if not f.include_rejected:
        conds.append(c.review.is_(None) | (c.review != "rejected"))
    return conds


def _contains(words: str) -> str:
    """A LIKE pattern for text holding `words` as given: % and _ are not wildcards."""
    return "%" + words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
