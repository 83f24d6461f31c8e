// The analyst's review page: the queue of events waiting for a verdict (GET /review, least
// certain first), each event's reports with their evidence, an edit form that sends only the
// fields changed (PATCH /events/{id}), and confirm / reject (POST /events/{id}/review).
import { highlight } from "./evidence.js";
import { t, getLang, setLang, applyStatic } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "latitude", "longitude",
  "event_date", "fatalities", "fatalities_low", "fatalities_high"];
const NUMBERS = new Set(["latitude", "longitude", "fatalities", "fatalities_low", "fatalities_high"]);
const state = { key: sessionStorage.getItem("cw-key") || "", queue: [], at: -1, event: null, taxonomy: null };
window.cwReview = state;  // read by the tests

function say(text, ok = true) {
  const s = $("status");
  s.textContent = text;
  s.className = ok ? "ok" : "error";
}

async function api(method, path, body) {
  const r = await fetch(path, {
    method, headers: { "Authorization": "Bearer " + state.key, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  let data = null;
  try { data = await r.json(); } catch { data = null; }
  return { status: r.status, data };
}

function detail(data) {  // the server's reason, whatever its shape
  const d = data && data.detail;
  if (Array.isArray(d)) return d.map((e) => `${(e.loc || []).slice(-1)[0]}: ${e.msg}`).join("; ");
  return d || "";
}

async function loadQueue(keepId) {
  const r = await api("GET", "/review?limit=200");
  if (r.status !== 200) {
    say(t("rv_http", { status: r.status, detail: detail(r.data) }), false);
    document.body.dataset.ready = "1";
    return;
  }
  state.queue = r.data.events;
  const list = $("queue");
  list.replaceChildren(...state.queue.map((e, i) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link";
    b.dataset.id = e.id;
    b.dataset.confidence = e.confidence ?? "";
    b.textContent = t("rv_item", { date: e.event_date || t("rv_no_date"), sub: e.sub_event_type,
      place: e.location || e.country || "?", fat: e.fatalities ?? "?",
      conf: e.confidence == null ? "?" : Number(e.confidence).toFixed(2) });
    const doubts = document.createElement("span");
    doubts.className = "doubts";
    doubts.textContent = e.doubts.length ? " " + t("rv_unsure", { fields: e.doubts.join(", ") }) : "";
    b.addEventListener("click", () => select(i));
    li.append(b, doubts);
    return li;
  }));
  document.body.dataset.ready = "1";
  if (!state.queue.length) {
    $("detail").hidden = true;
    say(t("rv_empty"));
    return;
  }
  const again = keepId ? state.queue.findIndex((e) => e.id === keepId) : -1;
  await select(again >= 0 ? again : Math.min(Math.max(state.at, 0), state.queue.length - 1));
}

function fillTypes(type, sub) {
  const types = state.taxonomy.event_types;
  $("f-type").replaceChildren(...Object.keys(types).map((tp) => new Option(tp, tp, false, tp === type)));
  $("f-sub").replaceChildren(...(types[type] || []).map((s) => new Option(s, s, false, s === sub)));
}

async function select(i) {
  state.at = i;
  for (const [j, li] of [...$("queue").children].entries()) li.classList.toggle("current", j === i);
  const id = state.queue[i].id;
  const r = await fetch(`/web/events/${encodeURIComponent(id)}`);
  if (!r.ok) { say(`HTTP ${r.status} for event ${id}`, false); return; }
  const ev = state.event = await r.json();
  $("detail").hidden = false;
  $("detail-h").textContent = `${ev.sub_event_type} · ${ev.location || ev.country || ""} · ${ev.event_date || ""}`;
  $("detail").dataset.id = id;
  const form = $("edit");
  fillTypes(ev.event_type, ev.sub_event_type);
  for (const f of FIELDS) if (f !== "event_type" && f !== "sub_event_type") form.elements[f].value = ev[f] ?? "";
  form.elements.comment.value = "";
  $("reports").replaceChildren(...ev.reports.map((rep) => {
    const a = document.createElement("article");
    a.className = "report";
    const h = document.createElement("h3");
    h.textContent = `${rep.outlet || rep.doc_id || t("rv_report")} ${rep.published || ""}`;
    a.append(h, highlight(rep.text || "", rep.evidence));
    return a;
  }));
}

function changed() {  // only what the analyst changed, typed as the API wants it
  const form = $("edit"), ev = state.event, out = {};
  for (const f of FIELDS) {
    const raw = form.elements[f].value;
    const value = raw === "" ? null : NUMBERS.has(f) ? Number(raw) : raw;
    const before = ev[f] == null ? null : NUMBERS.has(f) ? Number(ev[f]) : String(ev[f]);
    if (value !== before) out[f] = value;
  }
  return out;
}

async function save() {
  const body = changed();
  if (!Object.keys(body).length) { say(t("rv_nothing")); return; }
  const comment = $("edit").elements.comment.value.trim();
  if (comment) body.comment = comment;
  const id = state.event.id;
  const r = await api("PATCH", `/events/${encodeURIComponent(id)}`, body);
  if (r.status !== 200) { say(t("rv_http", { status: r.status, detail: detail(r.data) }), false); return; }
  say(t("rv_saved", { fields: Object.keys(body).filter((k) => k !== "comment").join(", ") }));
  await loadQueue(id);
}

async function verdict(v) {
  if (!state.event) return;
  const id = state.event.id;
  const r = await api("POST", `/events/${encodeURIComponent(id)}/review`, { verdict: v, comment: $("edit").elements.comment.value.trim() || null });
  if (r.status !== 200) { say(t("rv_http", { status: r.status, detail: detail(r.data) }), false); return; }
  say(t(v === "confirmed" ? "rv_confirmed" : "rv_rejected"));
  await loadQueue();
}

function typing(el) {
  return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
}

async function start() {
  applyStatic();
  $("lang").addEventListener("click", () => { setLang(getLang() === "en" ? "fr" : "en"); if (state.queue.length) loadQueue(state.event && state.event.id); });
  state.taxonomy = await (await fetch("/web/taxonomy")).json();
  $("actor-names").replaceChildren(...state.taxonomy.actors.map((a) => new Option(a)));
  $("f-type").addEventListener("change", () => fillTypes($("f-type").value, ""));
  $("key").value = state.key;
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    state.key = $("key").value.trim();
    sessionStorage.setItem("cw-key", state.key);
    loadQueue();
  });
  $("edit").addEventListener("submit", (e) => { e.preventDefault(); save(); });
  $("confirm").addEventListener("click", () => verdict("confirmed"));
  $("reject").addEventListener("click", () => verdict("rejected"));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && e.ctrlKey && $("edit").contains(document.activeElement)) { e.preventDefault(); save(); return; }
    if (typing(document.activeElement) || e.ctrlKey || e.metaKey || e.altKey || !state.queue.length) return;
    if (e.key === "j") select(Math.min(state.at + 1, state.queue.length - 1));
    else if (e.key === "k") select(Math.max(state.at - 1, 0));
    else if (e.key === "c") verdict("confirmed");
    else if (e.key === "x") verdict("rejected");
    else if (e.key === "e") { e.preventDefault(); $("f-type").focus(); }
  });
  if (state.key) loadQueue();
  else document.body.dataset.ready = "1";
}

start();
