"""Command line: a thin layer over the library (extract mirrors Pipeline, eval mirrors eval.py)."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from conflictwire.cli_alerts import register as register_alert_commands
from conflictwire.cli_backfill import register as register_backfill_commands
from conflictwire.cli_store import register as register_store_commands
from conflictwire.cli_trends import register as register_trends_commands
from conflictwire.geo.gazetteer import use_gazetteer
from conflictwire.ingest import InputError, iter_inputs
from conflictwire.ingest.files import country_code
from conflictwire.model import EVENT_FIELDS, Event
from conflictwire.pipeline import Pipeline

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)


class InputKind(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class OutFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


class Lang(StrEnum):
    auto = "auto"
    en = "en"
    fr = "fr"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _write(events: list[Event], fmt: OutFormat) -> None:
    if fmt is OutFormat.jsonl:
        for ev in events:
            sys.stdout.write(ev.model_dump_json() + "\n")
    elif fmt is OutFormat.json:
        sys.stdout.write(json.dumps([ev.model_dump(mode="json") for ev in events], indent=2, ensure_ascii=False) + "\n")
    elif fmt is OutFormat.csv:
        cols = ["doc_id", "event_id", *EVENT_FIELDS, "confidence", "candidate"]
        writer = csv.DictWriter(sys.stdout, fieldnames=cols)
        writer.writeheader()
        for ev in events:
            writer.writerow(ev.acled_row())
    else:
        table = Table(title=f"{len(events)} events", show_lines=False)
        for col in ("doc", "date", "type / sub-type", "actor1", "actor2", "location", "admin1", "country", "fat.", "conf."):
            table.add_column(col, overflow="fold")
        for ev in events:
            fat = "" if ev.fatalities is None else str(ev.fatalities)
            if ev.fatalities_low is not None or ev.fatalities_high is not None:
                fat += f" ({ev.fatalities_low if ev.fatalities_low is not None else '?'}–{ev.fatalities_high if ev.fatalities_high is not None else '?'})"
            table.add_row(
                Path(ev.doc_id).name[:18],
                f"{ev.event_date or '?'}" + (f" p{ev.time_precision}" if ev.time_precision else ""),
                f"{ev.event_type} / {ev.sub_event_type}",
                ev.actor1 or "",
                ev.actor2 or "",
                f"{ev.location or ''}" + (f" p{ev.geo_precision}" if ev.geo_precision else ""),
                ev.admin1 or "",
                ev.country or "",
                fat,
                f"{ev.confidence:.2f}",
            )
        Console(width=max(Console().width, 160)).print(table)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="files (.txt, .html, .jsonl), http(s) URLs, or - for stdin")],
    input: Annotated[InputKind, typer.Option("--input", help="how to read the inputs")] = InputKind.auto,
    format: Annotated[OutFormat, typer.Option("--format", help="output format")] = OutFormat.jsonl,
    lang: Annotated[Lang, typer.Option("--lang", help="document language")] = Lang.auto,
    published: Annotated[str | None, typer.Option("--published", help="publication date YYYY-MM-DD")] = None,
    country: Annotated[str | None, typer.Option("--country", help="the sources' country (name or ISO code), used when a text names none")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="allow URLs on private/loopback addresses")] = False,
    include_background: Annotated[bool, typer.Option("--include-background", help="also emit background events, flagged")] = False,
    include_candidates: Annotated[bool, typer.Option("--include-candidates", help="also emit events below the confidence threshold, flagged 'candidate'")] = False,
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER", help="gazetteer file (default: built in the user cache)")] = None,
    model_places: Annotated[bool, typer.Option("--model-places", help="spaCy place entities for names no gazetteer knows (slower)")] = False,
) -> None:
    """Extract ACLED-style events, with evidence spans, from news reports."""
    use_gazetteer(gazetteer)
    pub = _parse_date(published)
    pipeline = Pipeline(include_background=include_background, include_candidates=include_candidates, model_places=model_places)
    language = None if lang is Lang.auto else lang.value
    failed = 0
    events: list[Event] = []
    stream = format is OutFormat.jsonl
    if country:
        try:
            country = country_code("--country", country)
        except InputError as e:
            raise typer.BadParameter(e.reason) from None
    for item in iter_inputs(inputs, mode=input.value, published=pub, language=language, allow_private=allow_private, country=country):
        if isinstance(item, InputError):
            failed += 1
            err.print(f"[red]error[/red] {item.source}: {item.reason}", highlight=False)
            continue
        try:
            found = pipeline(item, language)
        except Exception as exc:  # one bad document must not stop the others
            failed += 1
            err.print(f"[red]error[/red] {item.doc_id}: extraction failed ({type(exc).__name__}: {exc})", highlight=False)
            continue
        if stream:
            _write(found, format)
            sys.stdout.flush()
        else:
            events.extend(found)
    if not stream:
        _write(events, format)
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path | None, typer.Argument(help="ACLED-style CSV (text in 'notes')")] = None,
    news: Annotated[Path | None, typer.Option("--news", help="directory of *.txt + *.gold.json")] = None,
    gold_file: Annotated[Path | None, typer.Option("--gold", help="reviewed reports as gold (export --format gold)")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="score only the first N rows")] = None,
    country: Annotated[list[str] | None, typer.Option("--country", help="only rows of these countries")] = None,
    misses: Annotated[bool, typer.Option("--misses/--no-misses", help="list the misses (--news)")] = True,
    suffix: Annotated[str, typer.Option("--suffix", help="gold file suffix beside each .txt (--news)")] = ".gold.json",
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER", help="gazetteer file")] = None,
    split: Annotated[str | None, typer.Option("--split", help="only this split of INDEX.csv (--news): tune, check; "
                                               "check prints totals only")] = None,
    source_country: Annotated[bool, typer.Option("--source-country", help="give each note its row's country as "
                                                 "the source's, as a feed configured with a country would (CSV)")] = False,
) -> None:
    """Score extraction against human-coded events and print per-field accuracy."""
    from conflictwire import eval as evaluation

    use_gazetteer(gazetteer)
    if sum(x is not None for x in (gold, news, gold_file)) != 1:
        raise typer.BadParameter("give one of GOLD.csv, --news DIR or --gold FILE")
    if gold_file is not None:
        if not gold_file.is_file():
            err.print(f"[red]error[/red] {gold_file}: no such file")
            raise typer.Exit(1)
        try:
            evaluation.print_news(evaluation.eval_gold(gold_file), show_misses=misses)
        except (ValueError, KeyError, TypeError) as e:  # a line that is not a gold report
            err.print(f"[red]error[/red] {gold_file}: not a gold file ({type(e).__name__}: {e})")
            raise typer.Exit(1) from None
        return
    if gold is not None:
        if not gold.exists():
            err.print(f"[red]error[/red] {gold}: no such file")
            raise typer.Exit(1)
        report = evaluation.eval_acled(gold, limit=limit, countries=country, source_country=source_country)
        evaluation.print_acled(report)
    else:
        assert news is not None
        if not news.is_dir():
            err.print(f"[red]error[/red] {news}: not a directory")
            raise typer.Exit(1)
        try:
            nreport = evaluation.eval_news(news, suffix, split=split)
        except (FileNotFoundError, ValueError) as e:
            raise typer.BadParameter(str(e)) from None
        # the check split measures rules on reports nobody tuned them on: its cases stay unread
        evaluation.print_news(nreport, show_misses=misses and split != "check")


gazetteer_app = typer.Typer(help="Build, inspect and extend the place gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dumps: XX.txt, allCountries.txt, admin1CodesASCII.txt, admin2Codes.txt (or .zip)")],
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER", help="gazetteer file to extend")] = None,
) -> None:
    """Load GeoNames dumps into the gazetteer (full coverage of the countries you import)."""
    from conflictwire.geo.importer import import_dumps

    try:
        summary = import_dumps(files, gazetteer)
    except FileNotFoundError as exc:
        err.print(f"[red]error[/red] {exc.args[0]}: no such file")
        raise typer.Exit(1) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        err.print(f"[red]error[/red] not a GeoNames dump ({exc})")
        raise typer.Exit(1) from exc
    print(
        f"files={summary.files} places={summary.places} names={summary.names} "
        f"admin1={summary.admin1} admin2={summary.admin2} skipped={summary.skipped} regions_inferred={summary.filled}"
    )


@gazetteer_app.command("info")
def gazetteer_info(
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER")] = None,
) -> None:
    """Where the gazetteer is, what it holds, and the GeoNames files the shipped places come from."""
    import sqlite3

    from conflictwire.geo import shipped
    from conflictwire.geo.gazetteer import Gazetteer

    gz = Gazetteer(gazetteer)
    db = sqlite3.connect(gz.path)
    places = db.execute("SELECT count(*) FROM places").fetchone()[0]
    names = db.execute("SELECT count(*) FROM names").fetchone()[0]
    print(f"path={gz.path} places={places} names={names} bytes={gz.path.stat().st_size}")
    path = shipped.shipped_path()
    if path.exists():
        print(f"shipped={path} bytes={path.stat().st_size} ({shipped.ATTRIBUTION})")
        for s in shipped.sources(path):
            print(f"  {s.file}\trows={s.rows}\tnewest={s.newest or '-'}\tsha256={s.sha256[:16]}")


@gazetteer_app.command("build")
def gazetteer_build(
    dumps: Annotated[list[Path], typer.Argument(help="GeoNames country dumps (XX.txt or .zip) and admin1CodesASCII.txt, admin2Codes.txt")],
    out: Annotated[Path, typer.Option("--out", help="the file to write (the package's: src/conflictwire/geo/data/geonames_places.tsv.gz)")],
) -> None:
    """Build the shipped gazetteer from GeoNames dumps: deterministic, the same dumps give the same bytes."""
    from conflictwire.geo.shipped import build_shipped

    missing = [p for p in dumps if not p.exists()]
    if missing:
        err.print(f"[red]error[/red] {missing[0]}: no such file")
        raise typer.Exit(1)
    try:
        sources = build_shipped(dumps, out)
    except (UnicodeDecodeError, ValueError) as exc:
        err.print(f"[red]error[/red] not a GeoNames dump ({exc})")
        raise typer.Exit(1) from exc
    print(f"out={out} bytes={out.stat().st_size} sources={len(sources)}")


@gazetteer_app.command("download")
def gazetteer_download(
    countries: Annotated[list[str], typer.Argument(help="ISO2 codes of the countries to download (NG TD DZ …)")],
    gazetteer: Annotated[Path | None, typer.Option("--gazetteer", envvar="CONFLICTWIRE_GAZETTEER", help="gazetteer file to extend")] = None,
    base_url: Annotated[str, typer.Option("--base-url", help="where the dumps are")] = "https://download.geonames.org/export/dump",
    allow_private: Annotated[bool, typer.Option("--allow-private", help="allow a mirror on a private/loopback address")] = False,
) -> None:
    """Download GeoNames country dumps (and the admin code files) and import them: for users with internet."""
    import tempfile

    from conflictwire.geo.importer import import_dumps
    from conflictwire.ingest import InputError
    from conflictwire.ingest.fetch import fetch

    codes = [c.strip().upper() for c in countries]
    bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
    if bad:
        raise typer.BadParameter(f"not ISO2 country codes: {', '.join(bad)}")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name in ["admin1CodesASCII.txt", "admin2Codes.txt", *[f"{c}.zip" for c in codes]]:
            url = f"{base_url.rstrip('/')}/{name}"
            try:
                got = fetch(url, allow_private=allow_private, timeout=120)
            except InputError as e:
                err.print(f"[red]error[/red] {e.source}: {e.reason}")
                raise typer.Exit(1) from None
            path = Path(tmp) / name
            path.write_bytes(got.body)
            files.append(path)
            err.print(f"downloaded {url} ({len(got.body)} bytes)")
        try:
            summary = import_dumps(files, gazetteer)
        except (UnicodeDecodeError, ValueError, OSError) as exc:
            err.print(f"[red]error[/red] not a GeoNames dump ({exc})")
            raise typer.Exit(1) from exc
    print(f"files={summary.files} places={summary.places} names={summary.names} regions_inferred={summary.filled}")


register_store_commands(app)
register_alert_commands(app)
register_backfill_commands(app)
register_trends_commands(app)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
