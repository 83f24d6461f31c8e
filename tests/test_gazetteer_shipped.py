"""The shipped gazetteer (geo/shipped.py): built deterministically from GeoNames dumps, loaded
by default, its sources listed; `gazetteer download` against a loopback mirror of made-up dumps;
and the place hygiene a gazetteer of every hamlet needs."""

from __future__ import annotations

import gzip
import io
import threading
import zipfile
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictwire import extract_text
from conflictwire.cli import app
from conflictwire.geo import shipped
from conflictwire.geo.gazetteer import Gazetteer, default_gazetteer
from conflictwire.textutil import norm_key


def _row(gid: int, name: str, lat: float, lon: float, fcode: str = "PPL", a1: str = "04", pop: int = 0,
         alt: str = "", cc: str = "ML", fclass: str = "P") -> str:
    return "\t".join([str(gid), name, name, alt, str(lat), str(lon), fclass, fcode, cc, "", a1, "", "", "",
                      str(pop), "", "300", "Africa/Bamako", "2024-01-01"])


def _dumps(d: Path) -> list[Path]:
    (d / "admin1CodesASCII.txt").write_text("ML.04\tMopti\tMopti\t2453347\n", encoding="utf-8")
    (d / "admin2Codes.txt").write_text("ML.04.1\tCercle de Koro\tCercle de Koro\t1\n", encoding="utf-8")
    (d / "geonames_ML.txt").write_text("\n".join([
        _row(990000011, "Zorokanda", 14.60, -3.90, alt="Zoro Kanda,Souley"),  # a hamlet: alternates not indexed
        _row(990000012, "Ourobankou", 14.65, -3.95, pop=1200, alt="Ouro Bankou"),  # populated: they are
        _row(990000013, "Zorokanda Wadi", 14.61, -3.91, fcode="STM", fclass="H"),  # a stream: no place
        _row(990000014, "Camp de Kouba", 14.70, -3.80, fcode="MILB", fclass="S"),
    ]) + "\n", encoding="utf-8")
    return [d / "geonames_ML.txt", d / "admin2Codes.txt", d / "admin1CodesASCII.txt"]


def test_the_build_is_deterministic_and_names_its_sources(tmp_path: Path) -> None:
    files = _dumps(tmp_path)
    a, b = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    shipped.build_shipped(files, a)
    shipped.build_shipped(list(reversed(files)), b)  # any order: the same bytes
    assert a.read_bytes() == b.read_bytes()
    rows = {r[1]: r for r in shipped.read_rows(a)}
    assert set(rows) == {"Zorokanda", "Ourobankou", "Camp de Kouba"}
    assert rows["Ourobankou"][3] == "Mopti"
    assert "ouro bankou" in rows["Ourobankou"][10].split("|")
    assert rows["Zorokanda"][10].split("|") == ["zorokanda"]  # "Souley" is a person's name, not this hamlet
    assert rows["Camp de Kouba"][8] == "camp"
    names = {s.file: s for s in shipped.sources(a)}
    assert set(names) == {"geonames_ML.txt", "admin1CodesASCII.txt", "admin2Codes.txt"}
    assert names["geonames_ML.txt"].rows == 4 and names["geonames_ML.txt"].newest == "2024-01-01"
    with gzip.open(a, "rt", encoding="utf-8") as fh:
        assert "GeoNames (geonames.org), CC BY 4.0" in fh.readline()


def test_the_default_gazetteer_knows_the_shipped_villages() -> None:
    path = shipped.shipped_path()
    assert path.exists() and path.stat().st_size < 20 * 2**20
    hamlets = [r for r in shipped.read_rows(path) if r[7] == "0" and r[8] == "village"][::5000][:10]
    assert len(hamlets) == 10
    found = default_gazetteer().lookup([norm_key(r[1]) for r in hamlets])
    for r in hamlets:
        assert int(r[0]) in {p.geonames_id for p in found[norm_key(r[1])]}, r[1]


def test_info_lists_the_shipped_sources() -> None:
    res = CliRunner().invoke(app, ["gazetteer", "info"])
    assert res.exit_code == 0, res.output
    assert "geonames_ML.txt" in res.output and "geonames_NE.txt" in res.output and "CC BY 4.0" in res.output


@pytest.fixture()
def mirror(tmp_path: Path) -> Iterator[str]:
    """A loopback 'GeoNames' serving made-up dumps in its layout: XX.zip and the code files."""
    site = tmp_path / "site"
    site.mkdir()
    src = tmp_path / "src"
    src.mkdir()
    _dumps(src)
    for name in ("admin1CodesASCII.txt", "admin2Codes.txt"):
        (site / name).write_bytes((src / name).read_bytes())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("ML.txt", (src / "geonames_ML.txt").read_text(encoding="utf-8"))
        zf.writestr("readme.txt", "made up")
    (site / "ML.zip").write_bytes(buf.getvalue())
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def test_download_fetches_and_imports_dumps(tmp_path: Path, mirror: str) -> None:
    gz = tmp_path / "g.sqlite"
    base = mirror
    res = CliRunner().invoke(app, ["gazetteer", "download", "ML", "--gazetteer", str(gz), "--base-url", base,
                                   "--allow-private"])
    assert res.exit_code == 0, res.output
    assert "places=3" in res.stdout
    assert [p.admin1 for p in Gazetteer(gz).lookup(["ourobankou"])["ourobankou"]] == ["Mopti"]
    # a private mirror needs --allow-private; a bad code is a usage error
    refused = CliRunner().invoke(app, ["gazetteer", "download", "ML", "--gazetteer", str(gz), "--base-url", base])
    assert refused.exit_code == 1 and "refused" in refused.output
    assert CliRunner().invoke(app, ["gazetteer", "download", "Mali", "--gazetteer", str(gz)]).exit_code == 2


@pytest.mark.parametrize(("text", "want"), [
    # an acronym in capitals is no hamlet
    ("JNIM fighters attacked soldiers near Djibo, the SITE Intelligence Group said on Sunday.", "Djibo"),
    # an operation's name is not where it happened
    ("Un poste avancé de l'opération Kondjouaré, situé dans la localité de Kpinkankandi, a été attaqué dimanche.",
     "Kpinkankandi"),
])
def test_names_that_are_no_places(text: str, want: str) -> None:
    (ev,) = extract_text(text)
    assert ev.location == want
