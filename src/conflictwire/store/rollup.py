"""The trends rollup (`trend_days`): merged events and their fatalities per name and segment,
with both by event type, kept current by the database's own triggers on `clusters`.

A segment is the days one ISO week (from Monday) shares with one calendar month: a week that
crosses a month's end is two segments. Each row keeps its segment's first and last day, its
`week` (Monday) and `month` (1st), so that /trends sums whole segments by week or by month,
and a since/until at day precision takes the segments wholly inside it from here and the days
of the two segments cut by it from `clusters` (trends/aggregate.py).

Rows come in grains: the names a row keeps (the others are ''). One grain holding every name
at once would have about as many rows as there are events; a grain per question keeps the rows
a query reads near the rows of its answer (rows over bench/trends.py's million events):

    country  country                     940   by=country
    admin1   country, admin1           9,700   by=admin1, and by=country filtered by admin1
    admin2   country, admin1, admin2  38,700   by=admin2
    actor1   country, actor1           4,700   by=actor1 (filtered by admin1: from `clusters`)

The event types are not in the key: each row holds its counts by type as JSON objects, `types`
(events) and `deaths` (fatalities, none at 0), which the triggers add to key by key. A row a
type made six times the rows, and grouping them in SQL and folding them in Python took twice
as long as reading these (admin1 by week over the million events: ~100 ms against ~50 ms).

Key columns cannot hold NULL (a unique key treats NULLs as distinct): no name is ''. Two flags
are key columns too, so that the default exclusions are a WHERE: `candidate` (confidence below
the threshold of extract/confidence.py, written into the trigger SQL) and `rejected` (an
analyst's verdict). Rows that reach zero events are deleted.

The triggers are row triggers on SQLite and statement triggers over transition tables on
PostgreSQL (a COPY of a backfill's clusters is then one upsert, not one a row). `ensure`, run on
every open, compares the installed triggers with the ones this release writes (the threshold
included) and, when they differ, installs these and rebuilds the rollup from `clusters`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import Connection

from conflictwire.extract import confidence

GRAINS: dict[str, tuple[str, ...]] = {
    "country": ("country",),
    "admin1": ("country", "admin1"),
    "admin2": ("country", "admin1", "admin2"),
    "actor1": ("country", "actor1"),
}
NAMES = ("country", "admin1", "admin2", "actor1")
# in the table's key order: a grain's rows come by name, then in time
KEY = ("grain", *NAMES, "week", "month", "candidate", "rejected")
COLUMNS = (*KEY, "first_day", "last_day", "events", "fatalities", "types", "deaths")
# the clusters columns a row's contribution depends on: an update of any other leaves it alone
READS = ("event_date", "event_type", *NAMES, "fatalities", "confidence", "review")
SQLITE_TRIGGERS = ("trend_days_insert", "trend_days_delete", "trend_days_update_old", "trend_days_update_new")
PG_TRIGGERS = ("trend_days_insert", "trend_days_delete", "trend_days_update", "trend_days_truncate")
PG_FUNCTIONS = ("trend_days_apply", "trend_days_clear")


def segment(d: date) -> tuple[date, date]:
    """First and last day of the segment holding d."""
    monday, first = d - timedelta(days=d.weekday()), d.replace(day=1)
    month_end = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    return max(monday, first), min(monday + timedelta(days=6), month_end)


def _grain_names(grain: str, ref: str, named: bool = False) -> str:
    """The name columns of a grain's row from row `ref` ('' for no name, and for the names the
    grain does not keep); `named`: each with its column's name."""
    return ", ".join((f"coalesce({ref}.{n}, '')" if n in GRAINS[grain] else "''") + (f" AS {n}" if named else "")
                     for n in NAMES)


def _upsert(merged: Callable[[str], str]) -> str:
    """An insert's ON CONFLICT: add to the row there (`merged`: the SQL of a JSON object of
    counts by type summed with the insert's, without the types that reach 0)."""
    return (f"ON CONFLICT ({', '.join(KEY)}) DO UPDATE SET events = trend_days.events + excluded.events, "
            f"fatalities = trend_days.fatalities + excluded.fatalities, types = {merged('types')}, "
            f"deaths = {merged('deaths')}")


# -- SQLite: row triggers --------------------------------------------------------------------
def _sqlite_segment(ref: str, threshold: float) -> dict[str, str]:
    """The key and segment of row `ref` (NEW, OLD, or a table) as SQLite expressions."""
    d = f"{ref}.event_date"  # ISO text, as SQLAlchemy stores a Date
    week, month = f"date({d}, 'weekday 0', '-6 days')", f"date({d}, 'start of month')"
    return {"week": week, "month": month, "candidate": f"coalesce({ref}.confidence < {threshold!r}, 0)",
            "rejected": f"coalesce({ref}.review = 'rejected', 0)", "first_day": f"max({week}, {month})",
            "last_day": f"min(date({d}, 'weekday 0'), date({d}, 'start of month', '+1 month', '-1 day'))",
            "event_type": f"coalesce({ref}.event_type, '')"}


def _sqlite_merged(column: str) -> str:
    return ("(SELECT json_group_object(key, n) FROM (SELECT key, sum(value) AS n FROM ("
            f"SELECT key, value FROM json_each(trend_days.{column}) UNION ALL "
            f"SELECT key, value FROM json_each(excluded.{column})) GROUP BY key HAVING n <> 0))")


def _sqlite_change(ref: str, sign: str, threshold: float) -> str:
    """Add (sign '') or take away (sign '-') the contribution of row `ref`; a take-away then
    deletes the rows it left empty."""
    s = _sqlite_segment(ref, threshold)
    keys = [f"('{g}', {_grain_names(g, ref)}, {s['week']}, {s['month']}, {s['candidate']}, {s['rejected']}"
            for g in GRAINS]
    deaths = f"coalesce({ref}.fatalities, 0)"
    sums = (f"{s['first_day']}, {s['last_day']}, {sign}1, {sign}{deaths}, json_object({s['event_type']}, {sign}1), "
            f"CASE {deaths} WHEN 0 THEN '{{}}' ELSE json_object({s['event_type']}, {sign}{deaths}) END)")
    values = ",\n    ".join(f"{k}, {sums}" for k in keys)
    sql = f"  INSERT INTO trend_days ({', '.join(COLUMNS)}) VALUES\n    {values}\n  {_upsert(_sqlite_merged)};\n"
    if sign:
        sql += (f"  DELETE FROM trend_days WHERE events <= 0 AND ({', '.join(KEY)}) IN (VALUES\n    "
                + ",\n    ".join(k + ")" for k in keys) + ");\n")
    return sql


def _sqlite_ddl(threshold: float) -> dict[str, str]:
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in READS)
    of = f"UPDATE OF {', '.join(READS)} ON clusters"
    return {
        "trend_days_insert": "CREATE TRIGGER trend_days_insert AFTER INSERT ON clusters "
                             f"WHEN NEW.event_date IS NOT NULL BEGIN\n{_sqlite_change('NEW', '', threshold)}END",
        "trend_days_delete": "CREATE TRIGGER trend_days_delete AFTER DELETE ON clusters "
                             f"WHEN OLD.event_date IS NOT NULL BEGIN\n{_sqlite_change('OLD', '-', threshold)}END",
        "trend_days_update_old": f"CREATE TRIGGER trend_days_update_old AFTER {of} WHEN OLD.event_date IS NOT NULL "
                                 f"AND ({changed}) BEGIN\n{_sqlite_change('OLD', '-', threshold)}END",
        "trend_days_update_new": f"CREATE TRIGGER trend_days_update_new AFTER {of} WHEN NEW.event_date IS NOT NULL "
                                 f"AND ({changed}) BEGIN\n{_sqlite_change('NEW', '', threshold)}END",
    }


def _sqlite_rebuild(threshold: float) -> str:
    s = _sqlite_segment("clusters", threshold)
    segment = ", ".join(f"{s[k]} AS {k}" for k in ("week", "month", "candidate", "rejected", "event_type",
                                                    "first_day", "last_day"))
    by_type = [f"SELECT '{g}' AS grain, {_grain_names(g, 'clusters', named=True)}, {segment}, count(*) AS n, "
               "sum(coalesce(clusters.fatalities, 0)) AS f FROM clusters WHERE clusters.event_date IS NOT NULL "
               "GROUP BY 2, 3, 4, 5, 6, 7, 8, 9, 10" for g in GRAINS]  # (the key and the type)
    return (f"INSERT INTO trend_days ({', '.join(COLUMNS)})\n"
            f"SELECT {', '.join(KEY)}, min(first_day), min(last_day), sum(n), sum(f), json_group_object(event_type, n), "
            "coalesce(json_group_object(event_type, f) FILTER (WHERE f <> 0), '{}')\n"
            f"FROM (\n{chr(10).join(by_type[:1])}\n" + "".join(f"UNION ALL\n{q}\n" for q in by_type[1:])
            + f") GROUP BY {', '.join(KEY)}")


# -- PostgreSQL: statement triggers over transition tables -----------------------------------
def _pg_keyed(src: str, threshold: float) -> str:
    """FROM ... of the rollup keys of `src` (rows of clusters' READS columns and a sign), one
    row per source row and grain: g (grain, names), p (segment), s (the row's figures)."""
    d = "x.event_date::timestamp"
    grains = ", ".join(f"('{g}', {_grain_names(g, 's')})" for g in GRAINS)
    return (f"(SELECT x.sign, coalesce(x.event_type, '') AS event_type, x.country, x.admin1, x.admin2, x.actor1, "
            f"coalesce(x.fatalities, 0) AS fatalities, coalesce(x.confidence < {threshold!r}, false) AS candidate, "
            "coalesce(x.review = 'rejected', false) AS rejected, "
            f"date_trunc('week', {d}) AS wk, date_trunc('month', {d}) AS mo "
            f"FROM ({src}) x WHERE x.event_date IS NOT NULL) s\n"
            "CROSS JOIN LATERAL (SELECT greatest(s.wk, s.mo)::date AS first_day, least(s.wk + interval '6 days', "
            "s.mo + interval '1 month - 1 day')::date AS last_day, s.wk::date AS week, s.mo::date AS month) p\n"
            f"CROSS JOIN LATERAL (VALUES {grains}) g(grain, {', '.join(NAMES)})")


_PG_KEY = ("g.grain", *(f"g.{n}" for n in NAMES), "p.week", "p.month", "s.candidate", "s.rejected")
_PG_KEYS = ", ".join(f"{e} AS {k}" for e, k in zip(_PG_KEY, KEY, strict=True))


def _pg_merged(column: str) -> str:
    return ("(SELECT coalesce(json_object_agg(key, n ORDER BY key), '{}')::text FROM (SELECT key, sum(value::bigint) AS n "
            f"FROM (SELECT * FROM json_each_text(trend_days.{column}::json) UNION ALL "
            f"SELECT * FROM json_each_text(excluded.{column}::json)) x GROUP BY key HAVING sum(value::bigint) <> 0) y)")


def _pg_by_type(src: str, threshold: float, having: str = "") -> str:
    """Signed sums of `src` by rollup key and event type."""
    return (f"SELECT {_PG_KEYS}, s.event_type, p.first_day, p.last_day, sum(s.sign) AS n, "
            f"sum(s.sign * s.fatalities) AS f\nFROM {_pg_keyed(src, threshold)}\n"
            f"GROUP BY {', '.join(str(i) for i in range(1, len(KEY) + 4))}{having}")


def _pg_apply(src: str, threshold: float) -> str:
    """Add the signed contribution of `src` to the rollup: net sums per key, in key order
    (two writers then lock shared rows in the same order)."""
    keys = ", ".join(KEY)
    by_type = _pg_by_type(src, threshold, "\nHAVING sum(s.sign) <> 0 OR sum(s.sign * s.fatalities) <> 0")
    return (f"INSERT INTO trend_days ({', '.join(COLUMNS)})\n"
            f"SELECT {keys}, min(first_day), min(last_day), sum(n), sum(f), "
            "coalesce(json_object_agg(event_type, n) FILTER (WHERE n <> 0), '{}')::text, "
            "coalesce(json_object_agg(event_type, f) FILTER (WHERE f <> 0), '{}')::text\n"
            f"FROM ({by_type}) d\nGROUP BY {keys}\nORDER BY {keys}\n{_upsert(_pg_merged)}")


def _pg_prune(src: str, threshold: float) -> str:
    """Delete the rows of `src`'s keys that no event is left in."""
    match = " AND ".join(f"t.{k} = k.{k}" for k in KEY)
    return (f"DELETE FROM trend_days t USING (SELECT DISTINCT {_PG_KEYS}\nFROM {_pg_keyed(src, threshold)}) k\n"
            f"WHERE t.events <= 0 AND {match}")


# Writers take turns at the rollup, each until its transaction ends: nearly every write shares
# its country-and-week rows with the others, so they wait on one another anyway, and a writer
# of several statements (an update, then a delete) would otherwise hold some rows while waiting
# for others another holds: a deadlock (tests/test_trends_rollup.py, four writers at once).
_PG_SERIAL = "  PERFORM pg_advisory_xact_lock(7152033504);  -- trend_days writers, one at a time\n"


def _pg_ddl(threshold: float) -> dict[str, str]:
    cols = ", ".join(READS)
    old, new = f"SELECT {cols}, -1 AS sign FROM old_rows", f"SELECT {cols}, 1 AS sign FROM new_rows"
    both = f"{old} UNION ALL {new}"
    body = ("\nDECLARE\n  changed bigint;\nBEGIN\n" + _PG_SERIAL +
            f"  IF TG_OP = 'INSERT' THEN\n{_pg_apply(new, threshold)};\n"
            f"  ELSIF TG_OP = 'DELETE' THEN\n{_pg_apply(old, threshold)};\n{_pg_prune(old, threshold)};\n"
            f"  ELSE\n{_pg_apply(both, threshold)};\n"
            "  GET DIAGNOSTICS changed = ROW_COUNT;\n"  # most updates (sources, updated_at) change no sum
            f"  IF changed > 0 THEN\n{_pg_prune(old, threshold)};\n  END IF;\n"
            "  END IF;\n  RETURN NULL;\nEND\n")
    each = "FOR EACH STATEMENT EXECUTE FUNCTION"
    return {
        "trend_days_apply": f"CREATE FUNCTION trend_days_apply() RETURNS trigger LANGUAGE plpgsql AS $body${body}$body$",
        "trend_days_clear": "CREATE FUNCTION trend_days_clear() RETURNS trigger LANGUAGE plpgsql AS "
                            "$body$\nBEGIN\n" + _PG_SERIAL + "  DELETE FROM trend_days;\n  RETURN NULL;\nEND\n$body$",
        "trend_days_insert": "CREATE TRIGGER trend_days_insert AFTER INSERT ON clusters REFERENCING NEW TABLE AS "
                             f"new_rows {each} trend_days_apply()",
        "trend_days_delete": "CREATE TRIGGER trend_days_delete AFTER DELETE ON clusters REFERENCING OLD TABLE AS "
                             f"old_rows {each} trend_days_apply()",
        # (a trigger with transition tables takes no column list: the sums tell what changed)
        "trend_days_update": "CREATE TRIGGER trend_days_update AFTER UPDATE ON clusters REFERENCING OLD TABLE AS "
                             f"old_rows NEW TABLE AS new_rows {each} trend_days_apply()",
        "trend_days_truncate": f"CREATE TRIGGER trend_days_truncate AFTER TRUNCATE ON clusters {each} trend_days_clear()",
    }


def _pg_rebuild(threshold: float) -> str:
    keys = ", ".join(KEY)
    by_type = _pg_by_type(f"SELECT {', '.join(READS)}, 1 AS sign FROM clusters", threshold)
    return (f"INSERT INTO trend_days ({', '.join(COLUMNS)})\n"
            f"SELECT {keys}, min(first_day), min(last_day), sum(n), sum(f), json_object_agg(event_type, n)::text, "
            "coalesce(json_object_agg(event_type, f) FILTER (WHERE f <> 0), '{}')::text\n"
            f"FROM ({by_type}) d\nGROUP BY {keys}")


# -- installing, checking, rebuilding --------------------------------------------------------
def _ddl(dialect: str, threshold: float) -> dict[str, str]:
    return _pg_ddl(threshold) if dialect == "postgresql" else _sqlite_ddl(threshold)


def _mark(dialect: str, threshold: float) -> str:
    """A digest of every statement that installs the triggers, kept in the PostgreSQL function's
    body: its trigger definitions are stored reformatted, the body as written."""
    return hashlib.sha256("\n".join(_ddl(dialect, threshold).values()).encode()).hexdigest()[:16]


def expected(dialect: str, threshold: float | None = None) -> dict[str, str]:
    """The statements installing this release's triggers, by name."""
    t = confidence.threshold() if threshold is None else threshold
    ddl = _ddl(dialect, t)
    if dialect == "postgresql":
        ddl["trend_days_apply"] = ddl["trend_days_apply"].replace(
            "\nDECLARE", f"\n-- conflictwire trends rollup {_mark(dialect, t)}\nDECLARE", 1)
    return ddl


def installed(conn: Connection) -> dict[str, str]:
    """What is installed, comparable with `expected`: each SQLite trigger's SQL; on PostgreSQL
    the triggers' names and the functions' statements rebuilt from their bodies."""
    if conn.dialect.name != "postgresql":
        return {r[0]: r[1] for r in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'clusters'")}
    have = {r[0]: "" for r in conn.exec_driver_sql(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = 'clusters'::regclass AND NOT tgisinternal")}
    for name, body in conn.exec_driver_sql("SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(%(names)s)",
                                           {"names": list(PG_FUNCTIONS)}):
        have[name] = f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body${body}$body$"
    return have


def _current(conn: Connection, want: dict[str, str]) -> bool:
    have = installed(conn)
    if conn.dialect.name == "postgresql":  # trigger definitions: by name, the digest covers their text
        return all(have.get(k) == v if k in PG_FUNCTIONS else k in have for k, v in want.items())
    return all(have.get(k) == v for k, v in want.items())


def uninstall(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        for name in PG_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON clusters")
        for name in PG_FUNCTIONS:
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def install(conn: Connection) -> int:
    """(Re)create the triggers for the current threshold and rebuild the rollup; its rows."""
    if conn.dialect.name == "postgresql":  # no write between the rebuild's read and the triggers
        conn.exec_driver_sql("LOCK TABLE clusters IN SHARE ROW EXCLUSIVE MODE")
    uninstall(conn)
    for sql in expected(conn.dialect.name).values():
        conn.exec_driver_sql(sql)
    return rebuild(conn)


def ensure(conn: Connection) -> bool:
    """Install the triggers and rebuild the rollup unless this release's are in place (the
    threshold of the data file changed, or a trigger is missing); whether it did."""
    dialect = conn.dialect.name
    want = expected(dialect)
    if _current(conn, want):
        return False
    if dialect == "postgresql":  # another process may be doing the same: look again under the lock
        conn.exec_driver_sql("LOCK TABLE clusters IN SHARE ROW EXCLUSIVE MODE")
        if _current(conn, want):
            return False
    install(conn)
    return True


def rebuild(conn: Connection) -> int:
    """The rollup recomputed from `clusters` in one statement (after emptying it); its rows."""
    threshold = confidence.threshold()
    conn.exec_driver_sql("DELETE FROM trend_days")
    sql = _pg_rebuild(threshold) if conn.dialect.name == "postgresql" else _sqlite_rebuild(threshold)
    conn.exec_driver_sql(sql)
    return int(conn.exec_driver_sql("SELECT count(*) FROM trend_days").scalar() or 0)
