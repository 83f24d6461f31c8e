"""Dashboard speed in headless Chromium (Debian's /usr/bin/chromium) over 10,000 events:
first meaningful paint (navigation start to the map's markers, table and timeline drawn),
filter response (a country, then an event type: input to everything redrawn), and the
page's weight before data (HTML, JS, CSS, base map: every request but /web/events.json).

Targets: first paint <= 1000 ms, filter <= 200 ms, weight <= 1 MB.
Last line: name=value pairs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

from conflictwire.store.db import Store
from synthetic import fill_clusters

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from web_server import CHROMIUM, browser, serve  # noqa: E402

N = 10_000
PLACES = [("Burkina Faso", "Sahel", "Djibo", 14.1, -1.63), ("Mali", "Mopti", "Boni", 15.08, -2.22),
          ("Niger", "Tillabéri", "Ayorou", 14.73, 0.92), ("Mali", "Gao", "Ansongo", 15.66, 0.50),
          ("Burkina Faso", "Est", "Diapaga", 12.07, 1.79), ("Niger", "Diffa", "Bosso", 13.70, 13.31),
          ("Mali", "Ségou", "Niono", 14.25, -5.99), ("Burkina Faso", "Centre-Nord", "Kaya", 13.09, -1.08)]
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Protests", "Peaceful protest"),
         ("Riots", "Mob violence"), ("Strategic developments", "Looting/property destruction")]


def fill(store: Store, n: int = N) -> None:
    fill_clusters(store, n, seed=11, places=PLACES, types=TYPES, first=date(2022, 1, 1), days=1000, spread=1.0,
                  precisions=(1, 1, 2, 3), actor2="Civilians (Mali)")


PAINT = """() => new Promise(done => {
  const check = () => {
    if (document.body && document.body.dataset.ready === '1') {
      done(performance.now());
    } else requestAnimationFrame(check);
  };
  check();
})"""

FILTER = """async ([id, value]) => {
  const el = document.getElementById(id);
  const t0 = performance.now();
  el.value = value;
  el.dispatchEvent(new Event(id.startsWith('f-') && el.tagName === 'SELECT' ? 'change' : 'input'));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));  // map drawn, frame painted
  return [performance.now() - t0, window.cw.lastApplyMs];
}"""


def main() -> int:
    if not CHROMIUM.exists():
        print("chromium not installed at /usr/bin/chromium: apt-get install chromium")
        print("skipped=1")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="cw-dash-"))
    store = Store(str(tmp / "bench.db"))
    fill(store)
    paints: list[float] = []
    filters: list[float] = []
    applies: list[float] = []
    weight = 0
    with serve(store) as base, browser(tmp / "profile") as ctx:
        for run in range(4):
            page = ctx.new_page()  # type: ignore[attr-defined]
            sizes: dict[str, int] = {}

            def on_response(r, sizes=sizes):  # type: ignore[no-untyped-def]
                try:
                    sizes[r.url] = len(r.body())
                except Exception:
                    pass

            page.on("response", on_response)
            page.goto(base + "/", wait_until="commit")
            t = page.evaluate(PAINT)
            assert page.evaluate("window.cw.state.events.length") == N
            if run:  # the first load warms the server's cache and the browser's compile cache
                paints.append(t)
            for sel, value in [("f-country", "Mali"), ("f-event_type", "Battles"), ("f-country", ""),
                               ("f-event_type", ""), ("f-min_fatalities", "20"), ("f-min_fatalities", "")]:
                total, js = page.evaluate(FILTER, [sel, value])
                filters.append(total)
                applies.append(js)
            page.wait_for_timeout(200)
            weight = sum(v for k, v in sizes.items() if "/web/events.json" not in k)
            page.close()
    print(f"events={N}  first paint (ms): {[round(p) for p in paints]}  filter (ms): {[round(f) for f in filters]} of which apply(): {[round(a) for a in applies]}")
    print(f"page weight before data: {weight} bytes")
    print(f"events={N} first_paint_ms={statistics.median(paints):.0f} filter_ms_p50={statistics.median(filters):.0f} "
          f"filter_ms_max={max(filters):.0f} page_weight_kb={weight / 1024:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
