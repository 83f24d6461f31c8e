// The map: an SVG of country and admin-1 outlines (built from Natural Earth at setup) with
// place labels, and event markers coloured by type, sized by fatalities, drawn by geo
// precision (solid: the place; ring: near it; dashed hollow: region only), clustered on a
// screen grid when dense. No tiles, no network.
import { t, COLORS } from "./i18n.js";

const NS = "http://www.w3.org/2000/svg";
const K = Math.cos((14 * Math.PI) / 180);  // equirectangular, true to scale at 14°N
const HOME = [-12.5, 9.3, 16.2, 24.5];      // Mali, Burkina Faso, Niger
const CELL = 34;

const el = (name, attrs = {}) => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};
const px = (lon) => lon * K;
const py = (lat) => -lat;

export function radius(fat) {
  return Math.min(22, 5 + 2.2 * Math.sqrt(Math.max(0, fat || 0)));
}

export class MapView {
  constructor(root, { onOpen }) {
    this.root = root;
    this.onOpen = onOpen;
    this.events = [];
    this.places = [];
    // two layers: the outlines (redrawn only when the view moves) and labels + markers
    this.baseSvg = el("svg", { class: "layer base-layer", width: "100%", height: "100%", "aria-hidden": "true", focusable: "false" });
    this.svg = el("svg", { class: "layer", width: "100%", height: "100%", focusable: "false" });
    this.base = el("g", { class: "base" });
    this.labels = el("g", { class: "labels", "aria-hidden": "true" });
    this.marks = el("g", { class: "marks" });
    this.baseSvg.append(this.base);
    this.svg.append(this.labels, this.marks);
    root.append(this.baseSvg, this.svg);
    this.s = 1; this.tx = 0; this.ty = 0;
    this.fit(HOME);
    this.wire();
    new ResizeObserver(() => { if (!this.w) this.fit(HOME); else this.render(); }).observe(root);
    document.getElementById("zoom-in").addEventListener("click", () => this.zoom(1.6));
    document.getElementById("zoom-out").addEventListener("click", () => this.zoom(1 / 1.6));
    document.getElementById("zoom-reset").addEventListener("click", () => this.fit(HOME));
    this.legend();
  }

  size() { return [this.root.clientWidth || 800, this.root.clientHeight || 500]; }

  fit([w, s, e, n]) {
    const [W, H] = this.size();
    this.w = this.root.clientWidth;
    this.s = Math.min(W / (px(e) - px(w)), H / (py(s) - py(n)));
    this.tx = W / 2 - this.s * (px(w) + px(e)) / 2;
    this.ty = H / 2 - this.s * (py(s) + py(n)) / 2;
    this.render();
  }

  zoom(f, cx, cy) {
    const [W, H] = this.size();
    cx = cx ?? W / 2; cy = cy ?? H / 2;
    const s = Math.max(8, Math.min(4000, this.s * f));
    f = s / this.s;
    this.tx = cx - (cx - this.tx) * f;
    this.ty = cy - (cy - this.ty) * f;
    this.s = s;
    this.render();
  }

  pan(dx, dy) { this.tx += dx; this.ty += dy; this.render(); }

  wire() {
    const r = this.root;
    let drag = null;
    r.addEventListener("pointerdown", (ev) => {
      if (ev.button !== 0) return;
      drag = { x: ev.clientX, y: ev.clientY, tx: this.tx, ty: this.ty, moved: false, target: ev.target };
    });
    r.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) { drag.moved = true; r.setPointerCapture(ev.pointerId); }
      this.tx = drag.tx + dx; this.ty = drag.ty + dy;
      this.base.setAttribute("transform", this.matrix());
      this.labels.setAttribute("transform", `translate(${dx},${dy})`);
      this.marks.setAttribute("transform", `translate(${dx},${dy})`);
    });
    r.addEventListener("pointerup", (ev) => {
      if (drag && drag.moved) { r.releasePointerCapture(ev.pointerId); this.render(); }
      else if (drag) this.activate(drag.target);
      drag = null;
    });
    r.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      const b = r.getBoundingClientRect();
      this.zoom(ev.deltaY < 0 ? 1.25 : 0.8, ev.clientX - b.left, ev.clientY - b.top);
    }, { passive: false });
    r.addEventListener("keydown", (ev) => {
      const step = 60;
      const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      if (ev.target === r && moves[ev.key]) { ev.preventDefault(); this.pan(...moves[ev.key]); }
      else if (ev.key === "+" || ev.key === "=") { ev.preventDefault(); this.zoom(1.6); }
      else if (ev.key === "-") { ev.preventDefault(); this.zoom(1 / 1.6); }
      else if ((ev.key === "Enter" || ev.key === " ") && ev.target.closest?.("[data-kind]")) {
        ev.preventDefault(); this.activate(ev.target);
      }
    });
  }

  activate(target) {
    const m = target?.closest?.("[data-kind]");
    if (!m) return;
    if (m.dataset.kind === "event") this.onOpen(m.dataset.id);
    else this.zoom(2.5, Number(m.dataset.x), Number(m.dataset.y));
  }

  matrix() { return `matrix(${this.s},0,0,${this.s},${this.tx},${this.ty})`; }

  setBasemap(b) {
    const path = (rings) => rings.map((r) => "M" + r.map(([x, y]) => `${(px(x)).toFixed(3)},${py(y)}`).join("L") + "Z").join("");
    const frag = document.createDocumentFragment();
    for (const c of b.countries) {
      frag.append(el("path", { d: path(c.rings), class: c.focus ? "country focus" : "country", "vector-effect": "non-scaling-stroke" }));
    }
    for (const a of b.admin1) {
      const p = el("path", { d: path(a.rings), class: "admin1", "vector-effect": "non-scaling-stroke" });
      p.append(Object.assign(el("title"), { textContent: `${a.name} (${a.country})` }));
      frag.append(p);
    }
    this.base.replaceChildren(frag);
    this.places = b.places;
    this.lastView = null;
    this.render();
  }

  setEvents(evs) { this.events = evs; this.marksOnly = true; this.render(); }

  relabel() { this.legend(); this.render(); }

  legend() {
    const lg = document.getElementById("legend");
    lg.replaceChildren();
    const ul = document.createElement("ul");
    for (const [type, color] of Object.entries(COLORS)) {
      const li = document.createElement("li");
      const sw = document.createElement("span");
      sw.className = "sw";
      sw.style.background = color;  // (set through the DOM: the page's CSP allows no inline style attribute)
      li.append(sw);
      li.append(t(type));
      ul.append(li);
    }
    const p = document.createElement("p");
    p.textContent = `${t("legend_size")}. ${t("legend_prec")}.`;
    lg.append(ul, p);
  }

  render() {
    if (this._raf) return;
    this._raf = requestAnimationFrame(() => { this._raf = 0; this.draw(); });
  }

  draw() {
    const [W, H] = this.size();
    const sx = (lon) => px(lon) * this.s + this.tx;
    const sy = (lat) => py(lat) * this.s + this.ty;
    const view = this.matrix();
    if (view !== this.lastView) { this.lastView = view; this.base.setAttribute("transform", view); this.drawLabels(W, H, sx, sy); }
    this.marks.removeAttribute("transform");
    this.drawMarks(W, H, sx, sy);
  }

  drawLabels(W, H, sx, sy) {
    this.labels.removeAttribute("transform");
    // labels: biggest towns first, no overlaps
    const taken = [];
    const lf = document.createDocumentFragment();
    for (const p of this.places) {
      const x = sx(p.lon), y = sy(p.lat);
      if (x < 0 || y < 10 || x > W - 20 || y > H) continue;
      const w = p.name.length * 6.2 + 6, box = [x - 2, y - 11, x + w, y + 3];
      if (taken.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
      taken.push(box);
      lf.append(el("circle", { cx: x, cy: y, r: 1.6, class: "town" }));
      lf.append(Object.assign(el("text", { x: x + 4, y: y - 2, class: "town" }), { textContent: p.name }));
      if (taken.length > 60) break;
    }
    this.labels.replaceChildren(lf);
  }

  drawMarks(W, H, sx, sy) {  // markers, clustered on a screen grid
    const cells = new Map();
    for (const e of this.events) {
      if (e.latitude == null || e.longitude == null) continue;
      const x = sx(e.longitude), y = sy(e.latitude);
      if (x < -30 || y < -30 || x > W + 30 || y > H + 30) continue;
      const key = Math.floor(x / CELL) + ":" + Math.floor(y / CELL);
      let c = cells.get(key);
      if (!c) { c = { x: 0, y: 0, list: [] }; cells.set(key, c); }
      c.x += x; c.y += y; c.list.push(e);
    }
    const mf = document.createDocumentFragment();
    let nEvents = 0, nClusters = 0;
    const singles = [];
    for (const c of cells.values()) {
      const n = c.list.length;
      const x = c.x / n, y = c.y / n;
      if (n === 1) { singles.push([c.list[0], x, y]); continue; }
      nClusters++;
      const counts = {};
      let fat = 0;
      for (const e of c.list) { counts[e.event_type] = (counts[e.event_type] || 0) + 1; fat += e.fatalities || 0; }
      const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
      const g = el("g", { class: "cluster", tabindex: "0", role: "button", "data-kind": "cluster", "data-x": x, "data-y": y,
        "data-count": n, "aria-label": t("cluster", { n }) });
      const r = Math.min(26, 11 + 2.5 * Math.log2(n));
      g.append(el("circle", { cx: x, cy: y, r, fill: COLORS[top] || "#555" }));
      g.append(Object.assign(el("text", { x, y: y + 4, "text-anchor": "middle" }), { textContent: n > 999 ? "999+" : String(n) }));
      mf.append(g);
    }
    singles.sort((a, b) => (b[0].fatalities || 0) - (a[0].fatalities || 0));  // small ones on top
    for (const [e, x, y] of singles) {
      nEvents++;
      const prec = e.geo_precision || 1;
      const color = COLORS[e.event_type] || "#555";
      const g = el("g", { class: `marker p${prec}${e.fresh ? " fresh" : ""}`, tabindex: "0", role: "button", "data-kind": "event",
        "data-id": e.id, "data-precision": prec, "data-type": e.event_type,
        "aria-label": t("marker", { type: t(e.event_type), place: e.location || e.admin1 || "?", date: e.event_date || "?",
          fat: e.fatalities ?? "?" }) + ` (${t("prec" + prec)})` });
      const r = radius(e.fatalities);
      const c = el("circle", { cx: x, cy: y, r: prec === 3 ? r + 4 : r, stroke: color });
      if (prec === 1) c.setAttribute("fill", color);
      else if (prec === 2) { c.setAttribute("fill", color); c.setAttribute("fill-opacity", "0.3"); }
      else { c.setAttribute("fill", "none"); c.setAttribute("stroke-dasharray", "4 3"); }
      g.append(c);
      mf.append(g);
    }
    // a live redraw must not take the keyboard user's place: focus moves to the new marker of the same event
    const had = this.marks.contains(document.activeElement) ? document.activeElement : null;
    this.marks.replaceChildren(mf);
    if (had?.dataset.kind === "event") this.marks.querySelector(`[data-id="${CSS.escape(had.dataset.id)}"]`)?.focus();
    this.root.dataset.markers = String(nEvents);
    this.root.dataset.clusters = String(nClusters);
    this.root.dataset.drawn = String(this.events.length);
  }

  screenPos(id) {  // for tests: where an event's marker is, relative to the page
    const m = this.marks.querySelector(`[data-id="${id}"]`);
    if (!m) return null;
    const b = m.getBoundingClientRect();
    return [b.x + b.width / 2, b.y + b.height / 2];
  }
}
