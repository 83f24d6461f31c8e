// The event view: every report (outlet, date, link), its text with each field's evidence
// highlighted and labelled, confidence, and for a merged event which report said what.
import { t } from "./i18n.js";
import { h, highlight } from "./evidence.js";

export { highlight };

const COMPARE = ["event_date", "sub_event_type", "actor1", "actor2", "location", "fatalities", "weapons", "confidence"];
const FIELD_NAME = { event_date: "date", sub_event_type: "sub_type", actor1: "actor1", actor2: "actor2",
  location: "location", fatalities: "fatalities", weapons: "weapons", confidence: "confidence" };

let opener = null;

export async function openEvent(id) {
  const panel = document.getElementById("panel");
  opener = document.activeElement;
  const r = await fetch(`/web/events/${encodeURIComponent(id)}`);
  if (!r.ok) return;
  const ev = await r.json();
  render(panel, ev);
  panel.hidden = false;
  panel.dataset.id = id;
  panel.focus();
}

function close() {
  const panel = document.getElementById("panel");
  panel.hidden = true;
  if (opener && document.contains(opener)) opener.focus();
}

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !document.getElementById("panel").hidden) close();
});
document.getElementById("panel-close").addEventListener("click", close);

function value(ev, f) {
  const v = ev[f];
  if (Array.isArray(v)) return v.join(", ");
  if (f === "confidence" && v != null) return Math.round(v * 100) + " %";
  return v == null || v === "" ? "—" : String(v);
}

function render(panel, ev) {
  document.getElementById("panel-h").textContent =
    `${t(ev.event_type)} · ${ev.sub_event_type} — ${ev.location || ev.admin1 || ev.country || t("unknown")}, ${ev.event_date || "?"}`;
  const body = document.getElementById("panel-body");
  const prec = ev.geo_precision || 1;
  const fat = ev.fatalities == null ? "—" : String(ev.fatalities) +
    (ev.fatalities_low != null || ev.fatalities_high != null ? ` (${ev.fatalities_low ?? "?"}–${ev.fatalities_high ?? "?"})` : "");
  const dl = h("dl", { class: "facts" });
  const fact = (k, v) => dl.append(h("dt", { text: t(k) }), h("dd", { text: v }));
  fact("date", `${ev.event_date || "?"} (time precision ${ev.time_precision ?? "?"})`);
  fact("location", [ev.location, ev.admin2, ev.admin1, ev.country].filter(Boolean).join(", "));
  fact("precision", `${prec} · ${t("prec" + prec)}`);
  fact("actor1", ev.actor1 || "—");
  fact("actor2", ev.actor2 || "—");
  fact("fatalities", fat);
  fact("confidence", value(ev, "confidence"));
  fact("sources", String(ev.reports.length));
  const parts = [dl];
  if (ev.reports.length > 1) {
    parts.push(h("h3", { text: t("who_said") }));
    const table = h("table", { class: "compare" });
    const head = h("tr", {}, h("th", { scope: "col", text: t("field") }),
      ...ev.reports.map((r) => h("th", { scope: "col", text: r.outlet || r.doc_id })));
    table.append(h("thead", {}, head));
    const tb = h("tbody");
    for (const f of COMPARE) {
      const vals = ev.reports.map((r) => value(r, f));
      const differ = new Set(vals).size > 1;
      tb.append(h("tr", differ ? { class: "differ" } : {}, h("th", { scope: "row", text: t(FIELD_NAME[f]) }),
        ...vals.map((v) => h("td", { text: v }))));
    }
    table.append(tb);
    parts.push(table);
  }
  parts.push(h("h3", { text: `${t("reports")} (${ev.reports.length})` }));
  for (const r of ev.reports) {
    const link = r.url ? h("a", { href: r.url, rel: "noopener noreferrer", target: "_blank", text: r.url }) : h("span", { text: "—" });
    const meta = h("dl", { class: "facts small" },
      h("dt", { text: t("outlet") }), h("dd", { text: r.outlet || r.doc_id || "—" }),
      h("dt", { text: t("published") }), h("dd", { text: r.published || "—" }),
      h("dt", { text: t("link") }), h("dd", {}, link),
      h("dt", { text: t("confidence") }), h("dd", { text: value(r, "confidence") }),
      h("dt", { text: t("reason") }), h("dd", { text: r.reason || "—" }));
    const text = r.text ? highlight(r.text, r.evidence) : h("p", { text: t("no_text") });
    parts.push(h("article", { class: "report", "data-event": r.id, lang: r.language || "" },
      h("h4", { text: `${r.outlet || r.doc_id} — ${r.published || ""}` }), meta, h("h5", { text: t("evidence") }), text));
  }
  body.replaceChildren(...parts);
}
