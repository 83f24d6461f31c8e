"""How an alert leaves: a signed webhook POST, or an email over SMTP.

Webhook receivers check `X-Conflictwire-Signature: t=<unix time>,v1=<hex>` where v1 is
HMAC-SHA256(secret, f"{t}.{body}"); `verify_signature` does it for Python receivers. The
`Idempotency-Key` header (also in the body) is the same on every retry of one alert.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import httpx

from conflictwire.ingest.errors import InputError
from conflictwire.ingest.fetch import check_host

SIGNATURE_HEADER = "X-Conflictwire-Signature"
TOLERANCE_S = 300  # receivers should refuse signatures older than this (replays)


class DeliveryError(Exception):
    """The channel did not take the alert; it will be retried."""


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    t = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def verify_signature(secret: str, body: bytes, header: str, now: float | None = None, tolerance: int = TOLERANCE_S) -> bool:
    """True when the header signs this body with this secret, recently enough."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        t = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs((time.time() if now is None else now) - t) > tolerance:
        return False
    expected = sign(secret, body, t).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


@dataclass
class WebhookSender:
    timeout: float = 10.0
    allow_private: bool = False  # webhooks to loopback or private networks (tests, intranets)

    def __post_init__(self) -> None:
        self._client = httpx.Client(timeout=self.timeout, follow_redirects=False)

    def send(self, url: str, secret: str, alert: dict[str, Any]) -> None:
        try:
            check_host(url, self.allow_private)  # a subscriber may not aim us at our own network
        except InputError as e:
            raise DeliveryError(e.reason) from None
        body = json.dumps(alert, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json", "User-Agent": "conflictwire/0.1",
            SIGNATURE_HEADER: sign(secret, body), "Idempotency-Key": alert["idempotency_key"],
        }
        try:
            r = self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as e:
            raise DeliveryError(f"{type(e).__name__}: {e}") from None
        if not 200 <= r.status_code < 300:
            raise DeliveryError(f"HTTP {r.status_code}")

    def close(self) -> None:
        self._client.close()


@dataclass
class EmailSender:
    host: str = "localhost"
    port: int = 25
    sender: str = "conflictwire@localhost"
    timeout: float = 10.0

    def send(self, to: str, alert: dict[str, Any]) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"] = self.sender, to
        msg["Subject"] = f"[conflictwire] {title(alert)}"
        msg["Message-ID"] = f"<{alert['idempotency_key'].replace(':', '.')}@conflictwire>"  # the same on retries
        msg.set_content(describe(alert))
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(f"SMTP {type(e).__name__}: {e}") from None


def title(alert: dict[str, Any]) -> str:
    """One line for an alert: an email's subject, a feed entry's title."""
    ev, esc = alert["event"], alert.get("escalation")
    if esc:
        return (f"escalation: {esc['events']['observed']:g} events, {esc['fatalities']['observed']:g} killed in "
                f"{esc['admin1']}, {esc['country']}, week of {esc['week']}")
    return f"{alert['reason']}: {ev.get('sub_event_type')} in {ev.get('location') or ev.get('country')}"


def describe(alert: dict[str, Any]) -> str:
    """A plain-text account of an alert, for email and feed readers."""
    ev, esc = alert["event"], alert.get("escalation")
    head = [] if not esc else [
        f"Escalation in {esc['admin1']}, {esc['country']}, week of {esc['week']}:",
        f"events {esc['events']['observed']:g} (expected {esc['events']['expected']:.1f}, bound {esc['events']['upper']:g}), "
        f"killed {esc['fatalities']['observed']:g} (expected {esc['fatalities']['expected']:.1f}, "
        f"bound {esc['fatalities']['upper']:g})", "", "The event that tipped it:"]
    lines = [*head,
        f"{ev.get('event_type')} / {ev.get('sub_event_type')}",
        f"Date: {ev.get('event_date') or 'unknown'}",
        f"Place: {', '.join(str(x) for x in (ev.get('location'), ev.get('admin2'), ev.get('admin1'), ev.get('country')) if x)}",
        f"Actors: {ev.get('actor1') or 'unknown'} / {ev.get('actor2') or '-'}",
        f"Fatalities: {ev.get('fatalities')}" + (f" ({ev.get('fatalities_low')}-{ev.get('fatalities_high')})" if ev.get("fatalities_high") else ""),
        "", "Sources:",
    ]
    lines += [f"- {s.get('outlet') or s.get('doc_id')} {s.get('published') or ''} {s.get('url') or ''}".rstrip() for s in alert.get("sources", [])]
    return "\n".join(lines) + f"\n\nAlert {alert['idempotency_key']} ({alert['reason']})\n"
