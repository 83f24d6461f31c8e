"""Delivery workers: read the outbox, send each alert on its channels, retry, give up to a
dead-letter list after 24 hours, and replay dead letters on demand.

A worker first *claims* a delivery with a conditional UPDATE (a lease), so two workers —
say the watcher and the API server — never send the same alert at the same moment. A worker
killed after sending but before recording it leaves the lease to expire; the alert is then
sent again with the same idempotency key (at-least-once, as receivers are told).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select, update

from conflictwire.alerts.channels import DeliveryError, EmailSender, WebhookSender
from conflictwire.alerts.outbox import NEW_ALERTS
from conflictwire.store.db import Store
from conflictwire.store.schema import deliveries, outbox, subscriptions

log = logging.getLogger("conflictwire.delivery")


@dataclass
class RetryPolicy:
    first_s: float = 5.0  # wait after the first failure; doubles after each one
    max_wait_s: float = 3600.0
    give_up_after_s: float = 24 * 3600.0  # then the alert goes to the dead-letter list
    lease_s: float = 60.0  # longer than a send can take

    def wait(self, attempts: int) -> float:
        base = min(self.first_s * 2 ** (attempts - 1), self.max_wait_s)
        return base * random.uniform(0.9, 1.1)  # jitter: retries of many alerts do not stampede


@dataclass
class Deliverer:
    store: Store
    webhook: WebhookSender = field(default_factory=WebhookSender)
    email: EmailSender | None = None
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    batch: int = 100

    def run_once(self) -> int:
        """Send every delivery due now. Returns how many were attempted."""
        due = self._due()
        for seq, channel in due:
            if self._claim(seq, channel):
                self._deliver(seq, channel)
        return len(due)

    def run(self, stop: threading.Event, poll_s: float = 0.5) -> None:
        """Deliver until `stop` is set; wake at once when this process writes alerts."""
        while not stop.is_set():
            try:
                busy = self.run_once()
            except Exception:  # a database hiccup must not end delivery for good
                log.exception("delivery round failed")
                busy = 0
            if busy >= self.batch:
                continue
            if NEW_ALERTS.wait(poll_s):
                NEW_ALERTS.clear()

    def _due(self) -> list[tuple[int, str]]:
        t = time.time()
        d = deliveries.c
        stmt = (select(d.outbox_seq, d.channel)
                .where(d.status == "pending", d.next_attempt <= t, or_(d.lease_until.is_(None), d.lease_until < t))
                .order_by(d.next_attempt, d.outbox_seq).limit(self.batch))
        with self.store.engine.connect() as conn:
            return [(r.outbox_seq, r.channel) for r in conn.execute(stmt)]

    def _claim(self, seq: int, channel: str) -> bool:
        t = time.time()
        d = deliveries.c
        with self.store.engine.begin() as conn:
            got = conn.execute(update(deliveries).where(
                d.outbox_seq == seq, d.channel == channel, d.status == "pending",
                or_(d.lease_until.is_(None), d.lease_until < t),
            ).values(lease_until=t + self.policy.lease_s))
        return got.rowcount == 1

    def _deliver(self, seq: int, channel: str) -> None:
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(outbox.c.payload, outbox.c.created, subscriptions.c.webhook_url, subscriptions.c.webhook_secret,
                       subscriptions.c.email, deliveries.c.attempts)
                .join(subscriptions, subscriptions.c.id == outbox.c.subscription_id)
                .join(deliveries, and_(deliveries.c.outbox_seq == outbox.c.seq, deliveries.c.channel == channel))
                .where(outbox.c.seq == seq)
            ).first()
        if row is None:  # the subscription was deleted meanwhile (its outbox rows with it)
            return
        try:
            self._send(channel, row._mapping)
        except DeliveryError as e:
            self._failed(seq, channel, row.attempts + 1, row.created, str(e))
            return
        with self.store.engine.begin() as conn:
            conn.execute(update(deliveries).where(deliveries.c.outbox_seq == seq, deliveries.c.channel == channel)
                         .values(status="delivered", delivered=time.time(), attempts=row.attempts + 1, lease_until=None, last_error=None))

    def _send(self, channel: str, row: Any) -> None:
        if channel == "webhook" and row["webhook_url"]:
            self.webhook.send(row["webhook_url"], row["webhook_secret"], row["payload"])
        elif channel == "email" and row["email"]:
            if self.email is None:
                raise DeliveryError("no SMTP server configured (--smtp HOST:PORT)")
            self.email.send(row["email"], row["payload"])
        else:
            raise DeliveryError(f"the subscription has no {channel} any more")

    def _failed(self, seq: int, channel: str, attempts: int, created: float, error: str) -> None:
        t = time.time()
        nxt = t + self.policy.wait(attempts)
        dead = nxt - created > self.policy.give_up_after_s
        log.warning("alert %s via %s failed (attempt %d%s): %s", seq, channel, attempts, ", dead-lettered" if dead else "", error)
        with self.store.engine.begin() as conn:
            conn.execute(update(deliveries).where(deliveries.c.outbox_seq == seq, deliveries.c.channel == channel).values(
                status="dead" if dead else "pending", attempts=attempts, next_attempt=nxt, lease_until=None, last_error=error[:2000]))


# -- dead letters --------------------------------------------------------------------------
def dead_letters(store: Store, subscription_id: str) -> list[dict[str, Any]]:
    stmt = (select(outbox.c.seq, outbox.c.idempotency_key, outbox.c.reason, outbox.c.cluster_id, deliveries.c.channel,
                   deliveries.c.attempts, deliveries.c.last_error, outbox.c.created)
            .join(deliveries, deliveries.c.outbox_seq == outbox.c.seq)
            .where(outbox.c.subscription_id == subscription_id, deliveries.c.status == "dead").order_by(outbox.c.seq))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def replay(store: Store, subscription_id: str, seqs: list[int] | None = None) -> int:
    """Put dead letters back in the queue (all of the subscription's, or those named).
    Their 24-hour clock starts again. Returns how many."""
    t = time.time()
    mine = (select(outbox.c.seq).join(deliveries, deliveries.c.outbox_seq == outbox.c.seq)
            .where(outbox.c.subscription_id == subscription_id, deliveries.c.status == "dead"))
    if seqs:
        mine = mine.where(outbox.c.seq.in_(seqs))
    with store.engine.begin() as conn:
        ids = list({r.seq for r in conn.execute(mine)})
        done = conn.execute(update(deliveries).where(deliveries.c.outbox_seq.in_(ids), deliveries.c.status == "dead")
                            .values(status="pending", attempts=0, next_attempt=t, lease_until=None))
        conn.execute(update(outbox).where(outbox.c.seq.in_(ids)).values(created=t))
    return done.rowcount
