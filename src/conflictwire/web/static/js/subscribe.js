// The subscription form: POST /subscriptions with the API key, and show the server's answer.
import { t, TYPES } from "./i18n.js";

const list = (s) => (s || "").split(",").map((x) => x.trim()).filter(Boolean);
const num = (s) => (s === "" || s == null ? null : Number(s));

export function subscriptionBody(form) {
  const d = new FormData(form);
  const lat = num(d.get("lat")), lon = num(d.get("lon")), km = num(d.get("km"));
  return {
    name: d.get("name"),
    countries: d.getAll("countries"),
    admin1: list(d.get("admin1")),
    near: lat != null && lon != null && km != null ? { lat, lon, km } : null,
    actors: list(d.get("actors")),
    event_types: d.getAll("event_types"),
    min_fatalities: num(d.get("min_fatalities")),
    webhook_url: d.get("webhook_url") || null,
    email: d.get("email") || null,
  };
}

export function initSubscribe(state) {
  const form = document.getElementById("sub-form");
  const out = document.getElementById("sub-result");
  const types = document.getElementById("sub-types");
  for (const type of TYPES) {
    const label = document.createElement("label");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", name: "event_types", value: type });
    const span = document.createElement("span");
    span.dataset.type = type;
    span.textContent = " " + t(type);
    label.append(box, span);
    types.append(label);
  }
  document.getElementById("lang").addEventListener("click", () => {
    for (const s of types.querySelectorAll("span[data-type]")) s.textContent = " " + t(s.dataset.type);
  });
  document.getElementById("sub-from-filters").addEventListener("click", () => {
    const f = state.f;
    for (const b of form.querySelectorAll('input[name="countries"]')) b.checked = b.value === f.country;
    for (const b of form.querySelectorAll('input[name="event_types"]')) b.checked = b.value === f.event_type;
    form.elements.admin1.value = f.admin1 || "";
    form.elements.actors.value = f.actor || "";
    form.elements.min_fatalities.value = f.min_fatalities || "";
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = subscriptionBody(form);
    const key = form.elements.key.value.trim();
    out.replaceChildren();
    out.className = "";
    let status = 0, text = "";
    try {
      const r = await fetch("/subscriptions", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
        body: JSON.stringify(body),
      });
      status = r.status;
      text = await r.text();
    } catch (e) {
      out.className = "error";
      out.textContent = `${t("sub_network")}: ${e}`;
      return;
    }
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON */ }
    const ok = status >= 200 && status < 300;
    out.className = ok ? "ok" : "error";
    out.dataset.status = String(status);
    const p = document.createElement("p");
    p.textContent = ok ? `${t("sub_created")} (HTTP ${status})` : `${t("sub_error")} (HTTP ${status})`;
    const pre = document.createElement("pre");
    pre.textContent = shown;
    out.append(p, pre);
    if (ok) followAlerts(JSON.parse(text).id, key);
  });
}

// The subscription's own alerts, as they are written (GET /stream, server-sent events).
let stream = null;
function followAlerts(id, key) {
  if (stream) stream.close();
  const box = document.getElementById("sub-alerts");
  const list = document.getElementById("sub-alert-list");
  list.replaceChildren();
  box.hidden = false;
  const q = new URLSearchParams({ subscription: id, key });
  stream = new EventSource(`/stream?${q}`);
  stream.addEventListener("alert", (msg) => {
    const a = JSON.parse(msg.data);
    const ev = a.event;
    const li = document.createElement("li");
    li.dataset.key = a.idempotency_key;
    li.textContent = `${ev.event_date || "?"} · ${t(ev.event_type)} · ${ev.location || ev.country || "?"} · ` +
      `${ev.fatalities ?? "?"} · ${a.reason} · ${a.sources.length} source(s)`;
    list.prepend(li);
  });
}
