// The dashboard: loads every event once, filters in the browser, and keeps map, timeline and
// table in step; new events arrive by server-sent events (/events/stream).
import { t, setLang, getLang, applyStatic, TYPES } from "./i18n.js";
import { MapView } from "./map.js";
import { Timeline } from "./timeline.js";
import { Table } from "./table.js";
import { openEvent } from "./event.js";
import { initSubscribe } from "./subscribe.js";
import { loadEscalations, relabelEscalations } from "./escalations.js";

const state = {
  events: [], byId: new Map(), shown: [], seq: 0,
  f: { country: "", admin1: "", event_type: "", actor: "", min_fatalities: "", from: "", to: "" },
};
window.cw = { state, ready: false };  // read by the tests and the bench

const $ = (id) => document.getElementById(id);
const FILTERS = ["country", "admin1", "event_type", "actor", "min_fatalities", "from", "to"];

function toObjects(cols, rows) {
  return rows.map((r) => {
    const o = {};
    cols.forEach((c, i) => { o[c] = r[i]; });
    o.week = weekOf(o.event_date);
    return o;
  });
}

export function weekOf(d) {  // Monday of the ISO week, as YYYY-MM-DD
  if (!d) return null;
  const dt = new Date(d + "T00:00:00Z");
  const day = (dt.getUTCDay() + 6) % 7;
  dt.setUTCDate(dt.getUTCDate() - day);
  return dt.toISOString().slice(0, 10);
}

function match(e, f, skipDates = false) {
  if (f.country && e.country !== f.country) return false;
  if (f.admin1 && e.admin1 !== f.admin1) return false;
  if (f.event_type && e.event_type !== f.event_type) return false;
  if (f.actor) {
    const a = f.actor.toLowerCase();
    if (!((e.actor1 || "").toLowerCase().includes(a) || (e.actor2 || "").toLowerCase().includes(a))) return false;
  }
  if (f.min_fatalities !== "" && (e.fatalities ?? -1) < Number(f.min_fatalities)) return false;
  if (!skipDates) {
    if (f.from && (!e.event_date || e.event_date < f.from)) return false;
    if (f.to && (!e.event_date || e.event_date > f.to)) return false;
  }
  return true;
}

let mapView, timeline, table;

function options(select, values, current) {
  const keep = current || "";
  select.replaceChildren(new Option(t("any"), ""));
  for (const v of values) {
    const label = TYPES.includes(v) ? t(v) : v;
    select.append(new Option(label, v));
  }
  select.value = keep;
}

function refreshOptions() {
  const f = state.f;
  const uniq = (key, pred = () => true) =>
    [...new Set(state.events.filter(pred).map((e) => e[key]).filter(Boolean))].sort();
  options($("f-country"), uniq("country"), f.country);
  options($("f-admin1"), uniq("admin1", (e) => !f.country || e.country === f.country), f.admin1);
  options($("f-event_type"), TYPES.filter((x) => state.events.some((e) => e.event_type === x)), f.event_type);
  const actors = uniq("actor1").concat(uniq("actor2"));
  $("actors").replaceChildren(...[...new Set(actors)].sort().map((a) => new Option(a)));
}

function chips() {
  const ul = $("chips");
  ul.replaceChildren();
  for (const k of FILTERS) {
    const v = state.f[k];
    if (v === "" || v == null) continue;
    const li = document.createElement("li");
    const shown = k === "event_type" ? t(v) : v;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip";
    b.dataset.filter = k;
    b.textContent = `${t(k)}: ${shown} ×`;
    b.setAttribute("aria-label", `${t("remove_filter")} ${t(k)}: ${shown}`);
    b.addEventListener("click", () => { setFilter({ [k]: "" }); $("f-" + k)?.focus(); });
    li.append(b);
    ul.append(li);
  }
}

export function apply() {
  const t0 = performance.now();
  const f = state.f;
  state.shown = state.events.filter((e) => match(e, f));
  const forTimeline = state.events.filter((e) => match(e, f, true));
  mapView.setEvents(state.shown);
  timeline.setEvents(forTimeline, f.from, f.to);
  table.setRows(state.shown);
  chips();
  $("count").textContent = t("count", { n: state.shown.length, t: state.events.length });
  $("dl-note").textContent = t("dl_note", { n: state.shown.length });
  window.cw.lastApplyMs = performance.now() - t0;
  document.body.dataset.shown = String(state.shown.length);
}

export function setFilter(changes) {
  Object.assign(state.f, changes);
  if ("country" in changes) state.f.admin1 = changes.admin1 ?? "";
  for (const k of FILTERS) {
    const el = $("f-" + k);
    if (el && el.value !== String(state.f[k] ?? "")) el.value = state.f[k] ?? "";
  }
  if ("country" in changes) refreshOptions();
  apply();
}

async function download(format) {
  const ids = state.shown.map((e) => e.id);
  const r = await fetch("/web/export", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ids, format }),
  });
  const blob = await r.blob();
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = format === "csv" ? "conflictwire-events.csv" : "conflictwire-events.geojson";
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function summary(e) {
  return `${t(e.event_type)} — ${e.location || e.admin1 || e.country || "?"}, ${e.event_date || "?"}`;
}

function upsert(ev) {
  const [o] = toObjects(state.columns, [ev]);
  const had = state.byId.has(o.id);
  if (had) state.events[state.events.findIndex((x) => x.id === o.id)] = o;
  else state.events.push(o);
  state.byId.set(o.id, o);
  o.fresh = true;
  return had;
}

function live() {
  const src = new EventSource(`/events/stream?since=${state.seq}`);
  src.addEventListener("open", () => { $("live").textContent = t("live_on"); $("live").dataset.state = "on"; });
  src.addEventListener("error", () => { $("live").textContent = t("live_off"); $("live").dataset.state = "off"; });
  src.addEventListener("change", (m) => {
    const ch = JSON.parse(m.data);
    state.seq = ch.seq;
    if (ch.event) {
      const had = upsert(ch.event);
      $("live").textContent = t(had ? "updated_event" : "new_event", { s: summary(state.byId.get(ch.event[0])) });
    } else if (ch.cluster_id && state.byId.has(ch.cluster_id)) {
      state.events = state.events.filter((e) => e.id !== ch.cluster_id);
      state.byId.delete(ch.cluster_id);
    }
    refreshOptions();
    apply();
  });
  window.cw.stream = src;
}

async function main() {
  applyStatic();
  const basemapP = fetch("/web/basemap.json").then((r) => (r.ok ? r.json() : null)).catch(() => null);
  const eventsP = fetch("/web/events.json").then((r) => r.json());
  mapView = new MapView($("map"), { onOpen: (id) => openEvent(id) });
  timeline = new Timeline($("timeline"), { onBrush: (from, to) => setFilter({ from, to }) });
  table = new Table($("table"), $("more"), { onOpen: (id) => openEvent(id) });
  basemapP.then((b) => {
    if (b) { mapView.setBasemap(b); $("attribution").textContent = b.attribution; }
  });
  const data = await eventsP;
  state.columns = data.columns;
  state.events = toObjects(data.columns, data.rows);
  state.byId = new Map(state.events.map((e) => [e.id, e]));
  state.seq = data.seq;
  for (const k of FILTERS) {
    const el = $("f-" + k);
    const ev = el.tagName === "SELECT" ? "change" : "input";
    el.addEventListener(ev, () => setFilter({ [k]: el.value }));
  }
  // the filters apply as they change; Enter in a field submits nothing (no inline handler: the
  // page's Content-Security-Policy allows scripts from its own files only)
  $("filter-form").addEventListener("submit", (e) => e.preventDefault());
  $("brush-clear").addEventListener("click", () => setFilter({ from: "", to: "" }));
  $("dl-csv").addEventListener("click", () => download("csv"));
  $("dl-geojson").addEventListener("click", () => download("geojson"));
  $("lang").addEventListener("click", () => {
    setLang(getLang() === "en" ? "fr" : "en");
    refreshOptions();
    table.relabel();
    mapView.relabel();
    relabelEscalations(pickRegion);
    apply();
  });
  initSubscribe(state);
  loadEscalations(pickRegion);
  refreshOptions();
  apply();
  await basemapP;
  window.cw.ready = true;
  document.body.dataset.ready = "1";
  live();
}

function pickRegion(area) {  // an escalation row narrows the dashboard to its region
  $("f-country").value = area.country || "";
  setFilter({ country: area.country || "", admin1: "" });
  refreshOptions();
  $("f-admin1").value = area.admin1 || "";
  setFilter({ admin1: area.admin1 || "" });
}

main();
