"""Stop 48's conventions of place, each on a short text or a made-up dump."""

from __future__ import annotations

from datetime import date
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


def _site(gid: int, name: str, fclass: str, fcode: str, alt: str = "") -> str:
    return "\t".join([str(gid), name, name, alt, "18.8", "0.9", fclass, fcode, "ML", "", "10", "", "", "",
                      "0", "", "400", "Africa/Bamako", "2024-01-01"])


def test_the_deserts_water_holes_and_dunes_are_shipped_its_wadis_are_not(tmp_path: Path) -> None:
    # in the north, where events happen is often a water hole or a dune named like the camp
    # beside it; a wadi is a dry stream whose name is usually another place's
    (tmp_path / "admin1CodesASCII.txt").write_text("ML.10\tKidal\tKidal\t2455290\n", encoding="utf-8")
    (tmp_path / "geonames_ML.txt").write_text("\n".join([
        _site(990000041, "Tachdaït", "H", "WTRH", alt="Intachdayt"),
        _site(990000042, "Akebao", "T", "DUNE"),
        _site(990000043, "Tahalt", "H", "WAD"),
        _site(990000044, "Oubey", "T", "SCRP"),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "places.tsv.gz"
    shipped.build_shipped([tmp_path / "geonames_ML.txt", tmp_path / "admin1CodesASCII.txt"], out)
    rows = {r[1]: r for r in shipped.read_rows(out)}
    assert sorted(rows) == ["Akebao", "Tachdaït"]
    assert rows["Tachdaït"][3] == "Kidal" and rows["Tachdaït"][9] == "GeoNames H.WTRH"


def test_a_drone_strike_near_a_water_hole_is_placed_at_it() -> None:
    (ev,) = extract_text("Les Forces armées maliennes ont mené une frappe de drone près d'Intachdayt "
                         "dans la région de Kidal ce 26 août 2024.", lang="fr")
    assert (ev.location, ev.admin1, ev.sub_event_type) == ("Tachdaït", "Kidal", "Air/drone strike")


def test_a_capital_in_capitals_opening_a_line_far_down_is_the_wire_dateline() -> None:
    from conflictwire.geo.datelines import find_dateline
    teaser = "Five Indians kidnapped in attack in Niger\n\n" + "  • The victims were working for a company in the west\n" * 8
    text = teaser + "\nNIAMEY: Five Indian citizens were kidnapped in western Niger during an attack last week.\n"
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].strip().startswith("NIAMEY")
    assert find_dateline(teaser + "\nMENAKA: Five people were kidnapped near the town last week.\n") is None


def test_an_unknown_village_told_only_after_in_beats_the_ends_of_the_road_the_unit_travelled() -> None:
    (ev,) = extract_text("On Tuesday, a police unit travelling between Djibo and Arbinda was ambushed in Zougourou, "
                         "in Burkina Faso, and two officers were killed.")
    assert (ev.location, ev.admin1) == ("Zougourou", "Sahel")


def test_a_hill_named_like_a_village_is_found_only_where_no_village_has_the_name(tmp_path: Path) -> None:
    from conflictwire.geo.gazetteer import Gazetteer
    from conflictwire.geo.importer import import_dumps

    (tmp_path / "admin1CodesASCII.txt").write_text("ML.09\tGao\tGao\t1\nML.10\tKidal\tKidal\t2\n", encoding="utf-8")
    village = _site(990000051, "I-n-Tillit", "P", "PPL").replace("\t10\t", "\t09\t", 1)
    (tmp_path / "geonames_ML.txt").write_text("\n".join([
        village, _site(990000052, "I-n-Tillit", "T", "HLL"), _site(990000053, "Akebao", "T", "DUNE")]) + "\n",
        encoding="utf-8")
    path = tmp_path / "g.sqlite"
    import_dumps([tmp_path / "geonames_ML.txt", tmp_path / "admin1CodesASCII.txt"], path, base=False)
    gz = Gazetteer(path)
    assert [(p.kind, p.admin1) for p in gz.lookup(["i n tillit"])["i n tillit"]] == [("village", "Gao")]
    assert [p.kind for p in gz.lookup(["akebao"])["akebao"]] == ["feature"]


def test_the_forces_posts_named_by_their_villages_and_the_preposition_said_again() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    text = ("Les positions avancées des Forces de Défense et de Sécurité (FDS) de Bouloudjounga et de Samira, "
            "situées dans le département de Gothèye, région de Tillabéri, ont été ciblées.")
    found, _ = find_places(text, actor_spans=Spans())
    assert {"Bouloudjounga", "Samira"} <= {m.name for m in found}


def test_a_capital_and_its_country_in_capitals_before_a_dash_is_the_dateline() -> None:
    from conflictwire.geo.datelines import find_dateline
    text = (" date 2024-07-24 NIAMEY, NIGER - The Niger defence ministry said on Tuesday that at least 15 soldiers "
            "had been killed near the village of Foneko.")
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]].startswith("NIAMEY, NIGER")


def test_a_village_told_in_a_province_it_is_not_known_in_is_placed_by_the_province() -> None:
    (ev,) = extract_text("Gunmen killed 12 people in Soro in Yatenga province, Burkina Faso, on 25 February 2024.")
    assert (ev.location, ev.admin1) == ("Soro", "Nord")


def test_the_town_a_truck_was_coming_back_from_a_day_between_is_not_where_it_was_attacked() -> None:
    evs = extract_text("Près de vingt civils ont été tués dimanche dans la région de Tillabéri, au Niger. Le camion attaqué "
                       "revenait dimanche après-midi de Niamey avec des marchandises.", lang="fr", published=date(2022, 3, 1))
    assert "Niamey" not in {e.location for e in evs}


def test_the_town_travellers_set_out_from_toward_another_country_is_not_where_they_were_attacked() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    found, _ = find_places("A rebel group has accused the military of killing 24 civilians traveling toward Algeria "
                           "from the city of Gao, in Mali.", actor_spans=Spans())
    assert "Gao" not in {m.name for m in found}


def test_a_community_that_lives_in_one_country_breaks_a_tie_between_homonyms_across_borders() -> None:
    (ev,) = extract_text("On June 12, suspected Fulani militiamen attacked the Dogon hamlet of Nongo, and killed one villager.")
    assert ev.country == "Mali"
    (ev,) = extract_text("On June 12, suspected Fulani militiamen attacked the hamlet of Nongo, and killed one villager.")
    assert ev.country != "Mali"  # (no hint: the homonym the gazetteer ranks first)
