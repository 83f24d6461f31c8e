"""Commands for trends (thin layers over trends/):

  conflictwire trends [--by country|admin1|admin2|actor1] [--interval week|month]
                      [--from D] [--to D] [--country X] [--db DB] [--format table|csv|json]
  conflictwire trends backtest FILE.csv [--country X]...

`trends` is a sub-app whose default (no sub-command) prints the counts, so the common case
stays one word; `trends backtest` is its one sub-command.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from conflictwire.cli_store import DbOption, open_store

err = Console(stderr=True)


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name) from None


def _table(rows: list[dict[str, Any]], keys: tuple[str, ...], title: str) -> None:
    table = Table(title=title)
    for col in (*keys, "period", "events", "fatalities", "by type"):
        table.add_column(col, overflow="fold", justify="right" if col in ("events", "fatalities") else "left")
    for r in rows:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(r["types"].items(), key=lambda kv: -kv[1]))
        table.add_row(*(str(r.get(k) or "-") for k in keys), str(r["period"]), str(r["events"]),
                      str(r["fatalities"]), kinds)
    Console().print(table)


def register(app: typer.Typer) -> None:
    trends_app = typer.Typer(help="Counts per area and week or month; the escalation back-test.",
                             invoke_without_command=True)
    app.add_typer(trends_app, name="trends")

    @trends_app.callback()
    def trends_cmd(
        ctx: typer.Context,
        by: Annotated[str, typer.Option("--by", help="country, admin1, admin2 or actor1")] = "country",
        interval: Annotated[str, typer.Option("--interval", help="week (ISO, from Monday) or month")] = "week",
        since: Annotated[str | None, typer.Option("--from", help="first day YYYY-MM-DD")] = None,
        until: Annotated[str | None, typer.Option("--to", help="last day YYYY-MM-DD")] = None,
        country: Annotated[str | None, typer.Option("--country")] = None,
        db: DbOption = None,
        format: Annotated[str, typer.Option("--format", help="table, csv or json")] = "table",
    ) -> None:
        """Events, fatalities and events by type per group and period (merged events)."""
        if ctx.invoked_subcommand:
            return
        from conflictwire.store.db import EventFilter
        from conflictwire.trends.aggregate import BY, INTERVALS, KEYS, store_periods, to_csv

        if by not in BY:
            raise typer.BadParameter(f"one of {', '.join(BY)}", param_hint="--by")
        if interval not in INTERVALS:
            raise typer.BadParameter("week or month", param_hint="--interval")
        if format not in ("table", "csv", "json"):
            raise typer.BadParameter("table, csv or json", param_hint="--format")
        f = EventFilter(country=country, since=_date(since, "--from"), until=_date(until, "--to"))
        rows = store_periods(open_store(db), f, by, interval)
        if format == "csv":
            sys.stdout.write(to_csv(rows, by))
        elif format == "json":
            sys.stdout.write(json.dumps({"by": by, "interval": interval, "periods": rows}, default=str, indent=2) + "\n")
        else:
            _table(rows, KEYS[by], f"{len(rows)} {by} × {interval}")

    @trends_app.command("backtest")
    def backtest_cmd(
        file: Annotated[Path, typer.Argument(help="an ACLED-format CSV (event_date, country, admin1, …)",
                                             exists=True, dir_okay=False)],
        country: Annotated[list[str] | None, typer.Option("--country", help="only this country (repeatable)")] = None,
        plot: Annotated[Path | None, typer.Option("--plot", help="also draw the busiest areas' series, bounds, "
                                                  "flags and escalations to this PNG")] = None,
    ) -> None:
        """Rolling-origin back-test of the escalation baseline (last line: name=value pairs).

        Forecast MAE against two naive forecasts, precision and recall of its flags.
        """
        from conflictwire.trends.backtest import backtest

        result = backtest(file, country or [])
        if not result.areas:
            err.print("[red]error[/red] no dated events in the file (or none of those countries)")
            raise typer.Exit(1)
        if plot is not None:
            from conflictwire.trends.backtest import read_rows
            from conflictwire.trends.plot import plot_backtest

            drawn = plot_backtest(read_rows(file, country or []), plot)
            err.print(f"drew {drawn} areas to {plot}")
        print(result.table())
