// Escalations: for the latest complete week, each region's weekly events over the model's
// window as a sparkline, with the bound the baseline drew for each week (GET /trends/escalations);
// regions out of their range first, marked. Clicking one filters the dashboard to it.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 180, H = 36;
let last = null;

function line(values, max, cls) {
  const p = document.createElementNS(SVG, "polyline");
  const step = values.length > 1 ? W / (values.length - 1) : 0;
  p.setAttribute("points", values.map((v, i) => `${(i * step).toFixed(1)},${(H - 2 - (v / max) * (H - 4)).toFixed(1)}`).join(" "));
  p.setAttribute("class", cls);
  return p;
}

export function spark(series, bands, flag) {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("width", W);
  svg.setAttribute("height", H);
  svg.setAttribute("class", "spark" + (flag ? " flagged" : ""));
  const max = Math.max(1, ...series, ...bands);
  svg.append(line(bands, max, "band"), line(series, max, "series"));
  return svg;
}

function render(data, onPick) {
  document.getElementById("esc-week").textContent = t("esc_week", { week: data.week });
  const list = document.getElementById("esc-list");
  list.replaceChildren(...data.areas.slice(0, 12).map((a) => {
    const li = document.createElement("li");
    li.className = a.flag || a.fatalities.flag ? "flagged" : "";
    li.dataset.admin1 = a.admin1 || "";
    const b = document.createElement("button");
    b.type = "button";
    b.className = "link";
    b.textContent = `${a.admin1 || "?"}, ${a.country || "?"}`;
    b.addEventListener("click", () => onPick(a));
    const figures = document.createElement("span");
    figures.textContent = " " + t("esc_row", { obs: a.observed, exp: a.expected.toFixed(1), up: a.upper,
      kobs: a.fatalities.observed, kup: Math.round(a.fatalities.upper) }) +
      (a.flag || a.fatalities.flag ? " · " + t("esc_flag") : "");
    li.append(b, figures, spark(a.series, a.bands, a.flag));
    return li;
  }));
  list.dataset.shown = String(list.children.length);
}

export async function loadEscalations(onPick) {
  try {
    const r = await fetch("/trends/escalations?by=admin1");
    if (!r.ok) return;
    last = await r.json();
    render(last, onPick);
  } catch { /* the panel stays empty: the rest of the dashboard works without it */ }
}

export function relabelEscalations(onPick) {
  if (last) render(last, onPick);
}
