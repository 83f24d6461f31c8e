// The event table: sortable by any column (buttons in the headers, aria-sort), first 200 rows
// with "show more"; Enter or a click on a row's place opens the event.
import { t } from "./i18n.js";

const COLS = [
  ["event_date", "date"], ["country", "country"], ["admin1", "admin1"], ["location", "location"],
  ["event_type", "type"], ["sub_event_type", "sub_type"], ["actor1", "actor1"], ["actor2", "actor2"],
  ["fatalities", "fatalities"], ["geo_precision", "precision"], ["sources", "sources"],
];
const PAGE = 100;

export class Table {
  constructor(table, more, { onOpen }) {
    this.table = table;
    this.more = more;
    this.onOpen = onOpen;
    this.sort = { key: "event_date", dir: -1 };
    this.limit = PAGE;
    this.rows = [];
    more.addEventListener("click", () => { this.limit += PAGE; this.body(); });
    this.head();
  }

  relabel() { this.head(); this.body(); }

  head() {
    const tr = document.createElement("tr");
    for (const [key, label] of COLS) {
      const th = document.createElement("th");
      th.scope = "col";
      th.dataset.key = key;
      if (this.sort.key === key) th.setAttribute("aria-sort", this.sort.dir > 0 ? "ascending" : "descending");
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = t(label) + (this.sort.key === key ? (this.sort.dir > 0 ? " ▲" : " ▼") : "");
      b.setAttribute("aria-label", t("sort_by", { c: t(label) }));
      b.addEventListener("click", () => {
        this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : key === "event_date" || key === "fatalities" ? -1 : 1 };
        this.head();
        this.setRows(this.rows);
        this.table.querySelector(`th[data-key="${key}"] button`).focus();
      });
      th.append(b);
      tr.append(th);
    }
    this.table.tHead.replaceChildren(tr);
  }

  setRows(rows) {
    const { key, dir } = this.sort;
    this.rows = rows;
    this.sorted = rows.slice().sort((a, b) => {
      const x = a[key], y = b[key];
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
    this.limit = Math.max(PAGE, Math.min(this.limit, this.sorted.length));
    this.body();
  }

  body() {
    const f = document.createDocumentFragment();
    const n = Math.min(this.limit, this.sorted.length);
    for (let i = 0; i < n; i++) {
      const e = this.sorted[i];
      const tr = document.createElement("tr");
      tr.dataset.id = e.id;
      if (e.fresh) tr.className = "fresh";
      for (const [key] of COLS) {
        const td = document.createElement("td");
        let v = e[key];
        if (key === "event_type") v = t(v);
        if (key === "geo_precision") v = v ? `${v} · ${t("prec" + v)}` : "";
        if (key === "location") {
          const b = document.createElement("button");
          b.type = "button";
          b.className = "link";
          b.textContent = v || e.admin1 || e.country || t("unknown");
          b.addEventListener("click", () => this.onOpen(e.id));
          td.append(b);
        } else td.textContent = v ?? "";
        tr.append(td);
      }
      f.append(tr);
    }
    this.table.tBodies[0].replaceChildren(f);
    this.more.hidden = n >= this.sorted.length;
    document.getElementById("table-caption").textContent = t("showing", { n, t: this.sorted.length });
  }
}
