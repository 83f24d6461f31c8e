// Weekly counts stacked by event type (SVG); dragging across it sets the date filter.
import { t, TYPES, COLORS, getLang } from "./i18n.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const el = (name, attrs = {}) => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const ms = (d) => Date.parse(d + "T00:00:00Z");

export class Timeline {
  constructor(root, { onBrush }) {
    this.root = root;
    this.onBrush = onBrush;
    this.svg = el("svg", { width: "100%", height: "140", role: "img" });
    this.title = el("title");
    this.svg.append(this.title);
    this.bars = el("g");
    this.axis = el("g", { class: "axis", "aria-hidden": "true" });
    this.brush = el("rect", { class: "brush", y: 0, height: 120, width: 0, x: 0 });
    this.svg.append(this.bars, this.axis, this.brush);
    root.append(this.svg);
    this.wire();
    new ResizeObserver(() => this.draw()).observe(root);
  }

  setEvents(evs, from, to) {
    this.events = evs;
    this.from = from; this.to = to;
    this.draw();
    document.getElementById("brush-clear").hidden = !(from || to);
  }

  draw() {
    if (!this.events) return;
    const W = this.root.clientWidth || 600, H = 120;
    const weeks = new Map();
    let lo = Infinity, hi = -Infinity;
    for (const e of this.events) {
      if (!e.week) continue;
      const w = ms(e.week);
      lo = Math.min(lo, w); hi = Math.max(hi, w);
      let row = weeks.get(w);
      if (!row) { row = {}; weeks.set(w, row); }
      row[e.event_type] = (row[e.event_type] || 0) + 1;
    }
    if (lo === Infinity) { lo = Date.now() - 28 * DAY; hi = Date.now(); }
    this.lo = lo; this.hi = hi + 7 * DAY;
    const n = Math.max(1, Math.round((this.hi - this.lo) / (7 * DAY)));
    const bw = (W - 10) / n;
    let max = 1;
    for (const row of weeks.values()) max = Math.max(max, Object.values(row).reduce((a, b) => a + b, 0));
    this.x = (m) => 5 + ((m - this.lo) / (this.hi - this.lo)) * (W - 10);
    this.inv = (x) => this.lo + ((x - 5) / (W - 10)) * (this.hi - this.lo);
    const f = document.createDocumentFragment();
    for (const [w, row] of weeks) {
      let y = H;
      for (const type of TYPES) {
        const c = row[type];
        if (!c) continue;
        const h = (c / max) * (H - 10);
        y -= h;
        f.append(el("rect", { x: this.x(w) + 0.5, y, width: Math.max(1, bw - 1), height: h, fill: COLORS[type], "data-week": iso(w), "data-type": type }));
      }
    }
    this.bars.replaceChildren(f);
    this.root.dataset.total = String([...weeks.values()].reduce((a, r) => a + Object.values(r).reduce((x, y) => x + y, 0), 0));
    const ax = document.createDocumentFragment();
    const fmt = new Intl.DateTimeFormat(getLang(), { month: "short", year: "2-digit", timeZone: "UTC" });
    const start = new Date(this.lo);
    for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1); d < this.hi; ) {
      const x = this.x(d);
      ax.append(el("line", { x1: x, x2: x, y1: H, y2: H + 4 }));
      ax.append(Object.assign(el("text", { x: x + 2, y: H + 15 }), { textContent: fmt.format(d) }));
      const dt = new Date(d);
      d = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + (n > 120 ? 3 : 1), 1);
    }
    this.axis.replaceChildren(ax);
    this.title.textContent = t("weeks_chart", { a: iso(this.lo), b: iso(this.hi - DAY) });
    this.svg.setAttribute("height", String(H + 20));
    this.showBrush();
  }

  showBrush() {
    if (!(this.from || this.to) || !this.x) { this.brush.setAttribute("width", "0"); return; }
    const a = this.x(this.from ? ms(this.from) : this.lo), b = this.x(this.to ? ms(this.to) + DAY : this.hi);
    this.brush.setAttribute("x", String(Math.min(a, b)));
    this.brush.setAttribute("width", String(Math.max(1, Math.abs(b - a))));
  }

  wire() {
    let start = null;
    const xOf = (ev) => ev.clientX - this.svg.getBoundingClientRect().left;
    this.svg.addEventListener("pointerdown", (ev) => {
      start = xOf(ev);
      this.svg.setPointerCapture(ev.pointerId);
    });
    this.svg.addEventListener("pointermove", (ev) => {
      if (start == null) return;
      const x = xOf(ev);
      this.brush.setAttribute("x", String(Math.min(start, x)));
      this.brush.setAttribute("width", String(Math.abs(x - start)));
    });
    this.svg.addEventListener("pointerup", (ev) => {
      if (start == null) return;
      const x = xOf(ev);
      const a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      if (b - a < 3) { this.onBrush("", ""); return; }
      // snap to whole weeks (Monday .. Sunday)
      const wk = 7 * DAY;
      const from = this.lo + Math.floor((this.inv(a) - this.lo) / wk) * wk;
      const to = this.lo + Math.ceil((this.inv(b) - this.lo) / wk) * wk - DAY;
      this.onBrush(iso(from), iso(to));
    });
  }
}
