// Evidence: a report's text with each field's evidence span marked and labelled (actor,
// place, toll, date, ...). Shared by the dashboard's event view and the review page.
import { t } from "./i18n.js";

export const LABEL = {
  actor1: "actor", actor2: "actor", assoc_actor_1: "actor", assoc_actor_2: "actor", inter1: "actor",
  inter2: "actor", claimed_by: "actor",
  location: "place", admin1: "place", admin2: "place", country: "place", iso3: "place", latitude: "place",
  longitude: "place", geo_precision: "place", geonames_id: "place",
  fatalities: "toll", fatalities_low: "toll", fatalities_high: "toll",
  event_date: "date", time_precision: "date", weapons: "weapon",
  event_type: "event", sub_event_type: "event", outcome: "event",
};
export const h = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...kids.filter((k) => k != null));
  return e;
};

// The report text with its evidence spans as <mark>s, each labelled (actor, place, toll, ...).
export function highlight(text, evidence) {
  const spans = [];
  for (const [field, list] of Object.entries(evidence || {})) {
    const label = LABEL[field];
    if (!label) continue;
    for (const s of list || []) {
      if (s.end > s.start && s.end <= text.length) spans.push({ start: s.start, end: s.end, labels: new Set([label]) });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = [];  // overlapping spans merge into one mark with all their labels
  for (const s of spans) {
    const g = groups[groups.length - 1];
    if (g && s.start < g.end) { g.end = Math.max(g.end, s.end); s.labels.forEach((l) => g.labels.add(l)); }
    else groups.push({ ...s, labels: new Set(s.labels) });
  }
  const out = h("div", { class: "report-text" });
  let at = 0;
  for (const g of groups) {
    if (g.start > at) out.append(text.slice(at, g.start));
    const labels = [...g.labels];
    const mark = h("mark", { class: "ev " + labels.map((l) => "ev-" + l).join(" "), "data-labels": labels.join(" ") },
      text.slice(g.start, g.end));
    const tag = h("span", { class: "tag", text: labels.map((l) => t("lab_" + l)).join(", ") });
    out.append(mark, tag);
    at = g.end;
  }
  out.append(text.slice(at));
  return out;
}
