"""Commands over the store: ingest, serve, keys, export (thin layers over store/ and api/)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:  # (the store and its SQLAlchemy/Alembic load when a command opens it)
    from conflictwire.ingest import InputError
    from conflictwire.model import Article
    from conflictwire.store.db import Store

err = Console(stderr=True)
DbOption = Annotated[str | None, typer.Option("--db", envvar="CONFLICTWIRE_DB", help="database file or URL (default ./conflictwire.db)")]


def open_store(db: str | None) -> Store:
    """The store at `db` (its schema brought up to date)."""
    from conflictwire.store.db import Store

    return Store(db)


def register(app: typer.Typer) -> None:
    keys_app = typer.Typer(help="API keys (writes need one).")
    app.add_typer(keys_app, name="keys")

    @app.command("ingest")
    def ingest_cmd(
        inputs: Annotated[list[str], typer.Argument(help="files, URLs, '-' for stdin, JSONL")],
        db: DbOption = None,
        published: Annotated[str | None, typer.Option("--published", help="publication date YYYY-MM-DD")] = None,
        allow_private: Annotated[bool, typer.Option("--allow-private")] = False,
    ) -> None:
        """Extract and store reports; reports of one event merge into one cluster."""
        from rich.progress import Progress

        from conflictwire.ingest import iter_inputs
        from conflictwire.store.ingest import ingest

        store = open_store(db)
        pub = date.fromisoformat(published) if published else None
        # streamed: a JSONL file of any size is read a line at a time
        items = iter_inputs(inputs, published=pub, allow_private=allow_private)
        with Progress(console=err, transient=True, disable=not sys.stderr.isatty()) as progress:
            task = progress.add_task("ingesting", total=None)

            def tick() -> Iterator[Article | InputError]:
                for item in items:
                    yield item
                    progress.advance(task)

            summary = ingest(store, tick())
        for e in summary.errors:
            err.print(f"[red]error[/red] {e}", highlight=False)
        err.print(f"new={summary.new} updated={summary.updated} unchanged={summary.unchanged} "
                  f"failed={summary.failed} events={summary.events}")
        raise typer.Exit(1 if summary.failed else 0)

    @app.command("backup")
    def backup_cmd(
        target: Annotated[Path, typer.Argument(help="the backup file to write (a new SQLite file)")],
        db: DbOption = None,
    ) -> None:
        """Back up the SQLite store while it is in use (a consistent snapshot); PostgreSQL: pg_dump."""
        from conflictwire.store.backup import BackupError, backup

        try:
            size = backup(db, target)
        except BackupError as e:
            err.print(f"[red]error[/red] {e}")
            raise typer.Exit(1) from None
        print(f"backup={target} bytes={size}")

    @app.command("restore")
    def restore_cmd(
        source: Annotated[Path, typer.Argument(help="a backup written by `conflictwire backup`")],
        db: DbOption = None,
    ) -> None:
        """Replace the SQLite store by a backup (stop the server and watchers first)."""
        from conflictwire.store.backup import BackupError, restore

        try:
            size = restore(source, db)
        except BackupError as e:
            err.print(f"[red]error[/red] {e}")
            raise typer.Exit(1) from None
        print(f"restored={source} bytes={size}")

    @app.command("serve")
    def serve_cmd(
        db: DbOption = None,
        host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port")] = 8000,
        private_reads: Annotated[bool, typer.Option("--private-reads", help="reads need an API key too")] = False,
        deliver: Annotated[bool, typer.Option("--deliver/--no-deliver", help="send alerts from this process")] = True,
        smtp: Annotated[str | None, typer.Option("--smtp", help="SMTP server HOST:PORT for email alerts")] = None,
        mail_from: Annotated[str, typer.Option("--mail-from")] = "conflictwire@localhost",
        allow_private_webhooks: Annotated[bool, typer.Option("--allow-private-webhooks")] = False,
        writes_per_minute: Annotated[float, typer.Option("--writes-per-minute", min=0.1, help="writes a key may make a minute")] = 600,
        write_burst: Annotated[int, typer.Option("--write-burst", min=1, help="writes a key may make at once")] = 300,
    ) -> None:
        """Serve the REST API (OpenAPI at /docs) and deliver alerts."""
        import uvicorn

        from conflictwire.api.app import create_app
        from conflictwire.cli_alerts import make_deliverer

        store = open_store(db)
        deliverer = make_deliverer(store, smtp, mail_from, allow_private_webhooks) if deliver else None
        err.print(f"conflictwire at http://{host}:{port}/ (API docs: /docs)")
        api = create_app(store, private_reads=private_reads, deliverer=deliverer, writes_per_minute=writes_per_minute,
                         write_burst=write_burst)
        uvicorn.run(api, host=host, port=port, log_level="warning")

    @keys_app.command("create")
    def keys_create(
        name: Annotated[str, typer.Argument()], db: DbOption = None,
        role: Annotated[str, typer.Option("--role", help="reader (read, subscribe), analyst (also post reports, "
                                                         "correct and judge events), admin (also manage keys)")] = "analyst",
    ) -> None:
        """Create an API key with its role; it is printed once and stored hashed."""
        from conflictwire.store.db import ROLES

        if role not in ROLES:
            raise typer.BadParameter(f"role is one of {', '.join(ROLES)}")
        print(open_store(db).create_key(name, role))

    @keys_app.command("list")
    def keys_list(db: DbOption = None) -> None:
        """Every key's id, name, role, creation and revocation (never the key itself)."""
        for k in open_store(db).keys():
            revoked = f"revoked {k['revoked_at']:%Y-%m-%d %H:%M}" if k["revoked_at"] else "active"
            print(f"{k['id']}\t{k['name']}\t{k['role']}\tcreated {k['created_at']:%Y-%m-%d %H:%M}\t{revoked}")

    @keys_app.command("revoke")
    def keys_revoke(name: Annotated[str, typer.Argument(help="a key's name or id")], db: DbOption = None) -> None:
        """Revoke keys by name or id: they are refused from then on (401)."""
        n = open_store(db).revoke_key(name)
        if not n:
            err.print(f"[red]error[/red] no active key {name}")
            raise typer.Exit(1)
        err.print(f"revoked {n} key{'s' if n > 1 else ''}")

    @app.command("export")
    def export_cmd(
        db: DbOption = None,
        format: Annotated[str, typer.Option("--format", help="csv, geojson, parquet, or gold (reports with their "
                                                             "reviewed events, for eval --gold)")] = "csv",
        reviewed: Annotated[bool, typer.Option("--reviewed", help="gold: only reports whose every event was reviewed")] = False,
        country: Annotated[str | None, typer.Option("--country")] = None,
        since: Annotated[str | None, typer.Option("--from")] = None,
        until: Annotated[str | None, typer.Option("--to")] = None,
        out: Annotated[Path | None, typer.Option("--out", help="file (default stdout)")] = None,
        candidates: Annotated[bool, typer.Option("--candidates", help="also events below the confidence threshold")] = False,
        include_rejected: Annotated[bool, typer.Option("--include-rejected", help="also events an analyst rejected")] = False,
    ) -> None:
        """Export merged events (csv in ACLED column order, geojson, or parquet to --out)."""
        from conflictwire.api.formats import to_csv, to_geojson, to_parquet
        from conflictwire.store.db import EventFilter

        if format not in ("csv", "geojson", "parquet", "gold"):
            raise typer.BadParameter("format is csv, geojson, parquet or gold")
        if format == "gold":
            import json

            from conflictwire.store.gold import gold_reports

            fh = out.open("w", encoding="utf-8") if out else sys.stdout
            try:
                for rec in gold_reports(open_store(db), reviewed_only=reviewed):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            finally:
                if out:
                    fh.close()
            return
        if format == "parquet" and out is None:
            raise typer.BadParameter("parquet needs --out FILE")
        f = EventFilter(country=country, since=date.fromisoformat(since) if since else None,
                        until=date.fromisoformat(until) if until else None, candidates=candidates,
                        include_rejected=include_rejected)
        rows = open_store(db).clusters(f, limit=1_000_000)
        if format == "parquet":
            assert out is not None
            to_parquet(rows, str(out))
            return
        text = to_csv(rows) if format == "csv" else to_geojson(rows)
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
