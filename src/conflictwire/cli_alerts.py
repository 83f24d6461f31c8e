"""Commands for real-time use: watch, deliver, subscriptions (thin layers over watch.py and
alerts/)."""

from __future__ import annotations

import json
import logging
import signal
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from conflictwire.cli_store import DbOption, open_store

if TYPE_CHECKING:  # (imported by the commands that use them: every command starts faster)
    from conflictwire.alerts.delivery import Deliverer
    from conflictwire.store.db import Store

err = Console(stderr=True)
KeyOption = Annotated[str, typer.Option("--key", envvar="CONFLICTWIRE_KEY", help="your API key (conflictwire keys create)")]
SmtpOption = Annotated[str | None, typer.Option("--smtp", help="SMTP server HOST:PORT for email alerts")]
MailFromOption = Annotated[str, typer.Option("--mail-from", help="sender address of email alerts")]
PrivateHooks = Annotated[bool, typer.Option("--allow-private-webhooks", help="deliver to webhooks on loopback or private networks")]
LeaseOption = Annotated[float, typer.Option("--lease", help="seconds a worker holds an alert it is sending")]


def make_deliverer(store: Store, smtp: str | None, mail_from: str, allow_private: bool, lease: float = 60.0) -> Deliverer:
    from conflictwire.alerts.channels import EmailSender, WebhookSender
    from conflictwire.alerts.delivery import Deliverer, RetryPolicy

    email = None
    if smtp:
        host, _, port = smtp.rpartition(":")
        if not host or not port.isdigit():
            raise typer.BadParameter("--smtp is HOST:PORT")
        email = EmailSender(host, int(port), mail_from)
    return Deliverer(store, WebhookSender(timeout=min(10.0, lease / 2), allow_private=allow_private), email,
                     RetryPolicy(lease_s=lease))


def _key(store: Store, key: str) -> int:
    kid = store.key_id(key)
    if kid is None:
        err.print("[red]error[/red] unknown API key (conflictwire keys create NAME)")
        raise typer.Exit(2)
    return kid


def _print(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")


def register(app: typer.Typer) -> None:
    subs_app = typer.Typer(help="Subscriptions: what to be alerted about, and where.")
    app.add_typer(subs_app, name="subscriptions")

    @app.command("watch")
    def watch_cmd(
        feeds: Annotated[str, typer.Option("--feeds", help="FEEDS.yml: the feeds and pages to poll")],
        db: DbOption = None,
        once: Annotated[bool, typer.Option("--once", help="poll every feed once, deliver, exit (for cron)")] = False,
        smtp: SmtpOption = None,
        mail_from: MailFromOption = "conflictwire@localhost",
        allow_private_webhooks: PrivateHooks = False,
        lease: LeaseOption = 60.0,
        verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
    ) -> None:
        """Poll feeds and pages, ingest new reports, deliver alerts; until SIGTERM or Ctrl-C."""
        from conflictwire.ingest.errors import InputError
        from conflictwire.ingest.feeds import load_config
        from conflictwire.watch import Watcher

        logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(asctime)s %(name)s %(message)s")
        try:
            config = load_config(feeds)
        except InputError as e:
            err.print(f"[red]error[/red] {e}", highlight=False)
            raise typer.Exit(2) from None
        store = open_store(db)
        watcher = Watcher(store, config, deliverer=make_deliverer(store, smtp, mail_from, allow_private_webhooks, lease))
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: watcher.stop.set())  # finish the entry at hand, then exit
        err.print(f"watching {len(config.feeds)} feed(s){' once' if once else ''}")
        watcher.run(once=once)

    @app.command("deliver")
    def deliver_cmd(
        db: DbOption = None,
        once: Annotated[bool, typer.Option("--once", help="send what is due, then exit")] = False,
        smtp: SmtpOption = None,
        mail_from: MailFromOption = "conflictwire@localhost",
        allow_private_webhooks: PrivateHooks = False,
        lease: LeaseOption = 60.0,
    ) -> None:
        """Send pending alerts (the watcher and the server do it too; this is for a separate worker)."""
        import threading

        d = make_deliverer(open_store(db), smtp, mail_from, allow_private_webhooks, lease)
        if once:
            n = 0
            while (k := d.run_once()):
                n += k
            err.print(f"attempted={n}")
            return
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        d.run(stop)

    @subs_app.command("create")
    def subs_create(
        name: Annotated[str, typer.Argument()],
        key: KeyOption,
        db: DbOption = None,
        country: Annotated[list[str] | None, typer.Option("--country")] = None,
        admin1: Annotated[list[str] | None, typer.Option("--admin1")] = None,
        near: Annotated[str | None, typer.Option("--near", help="LAT,LON,KM")] = None,
        actor: Annotated[list[str] | None, typer.Option("--actor")] = None,
        event_type: Annotated[list[str] | None, typer.Option("--event-type")] = None,
        sub_event_type: Annotated[list[str] | None, typer.Option("--sub-event-type")] = None,
        min_fatalities: Annotated[int | None, typer.Option("--min-fatalities")] = None,
        on_new_source: Annotated[bool, typer.Option("--on-new-source", help="alert again for each new report")] = False,
        on_toll_change: Annotated[bool, typer.Option("--on-toll-change/--not-on-toll-change")] = True,
        webhook: Annotated[str | None, typer.Option("--webhook", help="URL to POST alerts to")] = None,
        email: Annotated[str | None, typer.Option("--email")] = None,
        escalation: Annotated[bool, typer.Option("--escalation", help="alert when an area's week breaks out of its "
                                                  "usual range (areas: --country, --admin1), not per event")] = False,
    ) -> None:
        """Create a subscription (prints it, with the webhook's signing secret, once)."""
        from pydantic import ValidationError

        from conflictwire.alerts import subscriptions
        from conflictwire.alerts.subscriptions import Near, SubscriptionIn

        store = open_store(db)
        try:
            point = None
            if near:
                lat, lon, km = (float(x) for x in near.split(","))
                point = Near(lat=lat, lon=lon, km=km)
            body = SubscriptionIn(name=name, countries=country or [], admin1=admin1 or [], near=point, actors=actor or [],
                                  event_types=event_type or [], sub_event_types=sub_event_type or [],
                                  min_fatalities=min_fatalities, on_new_source=on_new_source,
                                  on_toll_change=on_toll_change, webhook_url=webhook, email=email,
                                  kind="escalation" if escalation else "events")
        except (ValueError, ValidationError) as e:
            raise typer.BadParameter(str(e)) from None
        _print(subscriptions.create(store, _key(store, key), body))

    @subs_app.command("list")
    def subs_list(key: KeyOption, db: DbOption = None) -> None:
        """Your subscriptions."""
        from conflictwire.alerts import subscriptions

        store = open_store(db)
        _print(subscriptions.list_for_key(store, _key(store, key)))

    @subs_app.command("delete")
    def subs_delete(sub_id: Annotated[str, typer.Argument()], key: KeyOption, db: DbOption = None) -> None:
        from conflictwire.alerts import subscriptions

        store = open_store(db)
        if not subscriptions.remove(store, _key(store, key), sub_id):
            err.print(f"[red]error[/red] no subscription {sub_id}")
            raise typer.Exit(1)

    @subs_app.command("dead-letters")
    def subs_dead(sub_id: Annotated[str, typer.Argument()], key: KeyOption, db: DbOption = None,
                  replay: Annotated[bool, typer.Option("--replay", help="queue them again")] = False) -> None:
        """Alerts given up on after 24 hours of failures; --replay queues them again."""
        from conflictwire.alerts import delivery, subscriptions

        store = open_store(db)
        if subscriptions.get(store, _key(store, key), sub_id) is None:
            err.print(f"[red]error[/red] no subscription {sub_id}")
            raise typer.Exit(1)
        _print({"replayed": delivery.replay(store, sub_id)} if replay else delivery.dead_letters(store, sub_id))
