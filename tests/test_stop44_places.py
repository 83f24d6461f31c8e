"""Stop 44's conventions of place, each on a short text or a made-up dump."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conflictwire import extract_text
from conflictwire.geo import shipped
from conflictwire.geo.gazetteer import Gazetteer
from conflictwire.geo.importer import import_dumps
from conflictwire.geo.spelling import written_alike
from conflictwire.textutil import edit_distance

PUB = date(2021, 4, 19)


@pytest.mark.parametrize("alt, own", [("togoye", "togoue"), ("ouenkoro", "ouankoro"),
                                      ("nyamina", "niamina"), ("zoro kanda", "zorokanda")])
def test_a_spelling_of_the_own_name_is_written_alike(alt: str, own: str) -> None:
    assert written_alike(alt, own)


@pytest.mark.parametrize("alt, own", [("souley", "zorokanda"), ("yatenga", "ouahigouya"),
                                      ("kadi", "kaoli"), ("soro", "sourou"), ("bankoumana", "niamana bankoumana")])
def test_another_name_is_not(alt: str, own: str) -> None:
    # (four letters are too few to tell a spelling from another village)
    assert not written_alike(alt, own)


def test_edit_distance_stops_at_its_cap() -> None:
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("kitten", "sitting", 1) == 2  # past the cap: cap + 1


def _row(gid: int, name: str, lat: float, lon: float, alt: str = "", pop: int = 0) -> str:
    return "\t".join([str(gid), name, name, alt, str(lat), str(lon), "P", "PPL", "ML", "", "04", "", "", "",
                      str(pop), "", "300", "Africa/Bamako", "2024-01-01"])


def _dumps(d: Path) -> list[Path]:
    (d / "admin1CodesASCII.txt").write_text("ML.04\tMopti\tMopti\t2453347\nML.07\tTombouctou\tTombouctou\t1\n", encoding="utf-8")
    (d / "geonames_ML.txt").write_text("\n".join([
        _row(990000021, "Togoué", 14.00, -4.36, alt="Togoye,Souley"),  # a hamlet: its own name spelt otherwise
        _row(990000022, "Dialoubé", 14.70, -4.10),  # a village whose name a hamlet elsewhere spells alike
        _row(990000023, "Dyaloubé", 16.36, -3.55, alt="Dialloube"),
    ]) + "\n", encoding="utf-8")
    return [d / "geonames_ML.txt", d / "admin1CodesASCII.txt"]


def test_a_hamlets_other_spelling_is_shipped_apart_from_its_names(tmp_path: Path) -> None:
    out = tmp_path / "places.tsv.gz"
    shipped.build_shipped(_dumps(tmp_path), out)
    rows = {r[1]: r for r in shipped.read_rows(out)}
    assert rows["Togoué"][10].split("|") == ["togoue"]
    assert rows["Togoué"][11].split("|") == ["togoye"]  # not "Souley", a person's name


def test_a_hamlets_other_spelling_finds_it_as_a_spelling_only(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    import_dumps(_dumps(tmp_path), path, base=False)
    gz = Gazetteer(path)
    assert gz.lookup(["togoye"])["togoye"] == []  # not a name of it
    assert [p.name for p in gz.lookup_spellings(["togoye"])["togoye"]] == ["Togoué"]


def test_a_hamlets_spelt_alternate_stays_below_no_other_name() -> None:
    # "Dialloube" is the Mopti village's name spelt otherwise, and a Tombouctou hamlet's
    # alternate: the alternate adds a spelling, not a name that would win over the village
    ev = extract_text("On 3 May 2021, Dozo militiamen killed three Fulani herders in Dialloube, Mopti region.")[0]
    assert ev.admin1 == "Mopti"


@pytest.mark.parametrize("text, name, admin1", [
    ("On 4 May 2021, Dozo militiamen killed three Fulani men in Togoye.", "Togoué", "Mopti"),
    ("On 9 June 2021, unknown gunmen killed two herders in Ouenkoro.", "Ouankoro", "Mopti"),
])
def test_a_village_found_by_its_hamlets_other_spelling(text: str, name: str, admin1: str) -> None:
    ev = extract_text(text)[0]
    assert (ev.location, ev.admin1) == (name, admin1)


@pytest.mark.parametrize("text", [
    "Nineteen villagers were killed in Niger on Saturday evening while burying one of their own. "
    "The attackers then headed north to the Anzourou area bordering Mali.",
    "Gunmen killed six villagers in Niger on Sunday. The assailants fled in the direction of Anzourou when a patrol arrived.",
])
def test_where_the_attackers_went_is_not_where_they_struck(text: str) -> None:
    (ev,) = extract_text(text, published=PUB, include_candidates=True)
    assert ev.location != "Anzourou"


def test_a_country_that_ends_a_titled_mans_name_is_his_surname() -> None:
    text = ("Dans la nuit de dimanche à lundi, des assaillants ont tiré une roquette sur la résidence du préfet de Torodi. "
            "Le capitaine Chaibou Mali, sa femme et ses enfants ont péri calcinés.")
    (ev,) = extract_text(text, published=date(2025, 3, 3), lang="fr")
    assert (ev.location, ev.country, ev.admin1) == ("Torodi", "Niger", "Tillabéri")
