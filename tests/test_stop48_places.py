"""Stop 48's conventions of place, each on a short text or a made-up dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictwire import extract_text
from conflictwire.geo import shipped
from conflictwire.geo.spelling import spelling_key, spelt_alike


@pytest.mark.parametrize("alt, own", [("mougna", "mounia"), ("kougnan", "kounian"), ("dougnan", "dounian")])
def test_french_gn_is_the_ni_of_other_spellings(alt: str, own: str) -> None:
    # the palatal n: French writes "gn", English and Bambara orthographies "ny" or "ni"
    assert spelling_key(alt) == spelling_key(own)
    assert spelt_alike(alt, own)


@pytest.mark.parametrize("alt, own", [("souley", "mounia"), ("kadi", "kaoli"), ("yatenga", "ouahigouya")])
def test_another_name_is_not_spelt_alike(alt: str, own: str) -> None:
    assert not spelt_alike(alt, own)


def _row(gid: int, name: str, lat: float, lon: float, alt: str = "") -> str:
    return "\t".join([str(gid), name, name, alt, str(lat), str(lon), "P", "PPL", "ML", "", "04", "", "", "",
                      "0", "", "300", "Africa/Bamako", "2024-01-01"])


def test_a_hamlets_alternate_spelt_by_the_transliteration_rules_is_shipped(tmp_path: Path) -> None:
    # "Mougna" is two letters from "Mounia" (more than a letter in four) but one name by the rules
    (tmp_path / "admin1CodesASCII.txt").write_text("ML.04\tMopti\tMopti\t2453347\n", encoding="utf-8")
    (tmp_path / "geonames_ML.txt").write_text(_row(990000031, "Mounia", 13.88, -4.82, alt="Mougna,Souley") + "\n",
                                              encoding="utf-8")
    out = tmp_path / "places.tsv.gz"
    shipped.build_shipped([tmp_path / "geonames_ML.txt", tmp_path / "admin1CodesASCII.txt"], out)
    (row,) = list(shipped.read_rows(out))
    assert row[10].split("|") == ["mounia"]
    assert row[11].split("|") == ["mougna"]  # not "Souley", a person's name


def test_a_village_found_by_its_french_spelling() -> None:
    (ev,) = extract_text("On 9 October 2018, Dozo militiamen killed two civilians in Mougna, in the Mopti region of Mali.")
    assert (ev.location, ev.admin1) == ("Mounia", "Mopti")
    assert ev.latitude is not None and abs(ev.latitude - 13.88) < 0.05
