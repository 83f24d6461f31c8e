"""Stop 57's conventions of places."""

from __future__ import annotations

from reports import events_of, place_names


def test_a_country_left_out_as_a_border_leaves_no_part_of_its_name_a_place() -> None:
    # "Burkina Faso" at the border is where the event is not; "Faso" alone is not Ghana's village
    text = ("Gunmen have killed seven Benin soldiers in an attack in the north of the country near the border with "
            "Burkina Faso. Benin, Togo and Ghana are bracing for the fallout.")
    names = place_names(text, "en")
    assert "Faso" not in names and "Ghana" in names


def test_the_regional_hospital_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    text = ("Douze soldats togolais ont été tués mardi dans une embuscade au village de Sankortchagou, dans le canton "
            "de Koundjoaré. Outre les décès, l'attaque a également entraîné des blessures chez certains membres du "
            "convoi, qui ont été évacués vers le Centre Hospitalier Régional de Dapaong.")
    assert "Dapaong" not in place_names(text, "fr")


def test_the_sectors_an_army_patrolled_are_places_by_their_names() -> None:
    text = ("L'armée a annoncé avoir éliminé 22 terroristes lors de patrouilles dans les secteurs de Larba Borno, "
            "Garbugna et Mahana de la région de Tillabéry.")
    assert {"Garbugna", "Mahana"} <= set(place_names(text, "fr"))


def test_lake_chad_is_a_lake_not_the_country() -> None:
    text = ("C'est la quatrième attaque de Boko Haram dans la région de Diffa au Niger. La première a eu lieu lundi "
            "dans un village près du Lac Tchad et a coûté la vie à quatre civils.")
    assert "Chad" not in place_names(text, "fr")


def test_this_commune_is_the_one_told_just_before() -> None:
    text = ("Le mois dernier, la commune rurale de Partiaga, dans la province de la Tapoa (région de l’Est), avait subi "
            "une attaque terroriste meurtrière. Jeudi soir, l’Armée burkinabè a annoncé avoir repris le contrôle de "
            "cette commune.")
    assert [e.location for e in events_of(text, "fr", candidates=True)] == ["Partiaga"]


def test_attacks_that_hit_several_towns_are_one_event_per_town() -> None:
    text = ("Le mardi 1er juillet, des attaques ont frappé Nioro du Sahel, Niono, Molodo, Sandaré et Gogui, toutes "
            "proches de la Mauritanie.")
    assert [e.location for e in events_of(text, "fr", candidates=True)] == ["Nioro", "Niono", "Molodo", "Sandaré", "Gogui"]


def test_attacks_on_two_villages_split_per_village_are_not_dropped_as_their_own_summary() -> None:
    text = ("About 30 people were killed in attacks on two villages in central Mali over the weekend, the mayor said. "
            "The attacks started on Saturday in the villages of Ogota and Oimbe in Bankass circle, in the Mopti region. "
            "Another village in the nearby commune of Dialassagou was attacked on Monday morning.")
    locations = [e.location for e in events_of(text, "en", candidates=True)]
    assert "Ogota" in locations and "Oimbe" in locations


def test_the_chiefs_of_two_villages_taken_are_one_abduction_not_one_per_village() -> None:
    text = ("Quatre villageois ont été enlevés mercredi dans la province de la Comoé. Ces quatre personnes, dont les chefs "
            "des villages d'Alidougou et de Yirikoro, ont été enlevées par des inconnus armés.")
    assert len(events_of(text, "fr", candidates=True)) == 1


def test_fin_before_a_month_is_its_end_not_a_village() -> None:
    names = place_names("Fin janvier, les autorités ont découvert quinze corps dans le village de Linguekoro.", "fr")
    assert "Fin" not in names and "Linguékoro" in names


def test_another_village_is_no_village_named_another() -> None:
    names = place_names("Another village in the nearby commune of Dialassagou was attacked on Monday morning.", "en")
    assert "Another" not in names and "Diallassagou" in names


def test_a_name_with_an_office_apposed_is_a_person() -> None:
    text = "“What is killing us is the war,” said Ali Dolo, the mayor of the rural commune."
    assert "Dolo" not in place_names(text, "en")
    assert "Djibo" in place_names("The attack took place in Djibo, the chief town of Soum.", "en")


def test_the_towns_a_place_lies_between_only_locate_it() -> None:
    text = ("The ship was targeted by at least three rockets in the Gourma-Rharous area, between Timbuktu and Gao, a "
            "company official said on Friday.")
    assert [e.location for e in events_of(text, "en", candidates=True)] == ["Gourma-Rharous"]


def test_an_unknown_village_lies_in_the_one_region_of_the_towns_the_report_names() -> None:
    text = ("Le mercredi 2 octobre, des bandits ont attaqué le village de Karé, dans le département de Guidan Roumdji. "
            "Le lundi 14 octobre, une dizaine de bandits ont attaqué le village de Amorézé et tué quatre personnes.")
    events = events_of(text, "fr", candidates=True)
    assert [e.location for e in events][-1] == "Amorézé"
    assert {e.admin1 for e in events} == {"Maradi"}


def test_burkinas_compound_regions_in_lower_case_are_regions() -> None:
    text = ("Mardi, des terroristes ont attaqué un groupe de civils à Bilguimdouré dans le centre-est du Burkina Faso, "
            "faisant douze morts.")
    assert "Centre-Est" in place_names(text, "fr")


def test_a_province_bordering_a_country_is_not_in_it() -> None:
    text = ("Environ 20 civils ont été tués entre lundi et mercredi dans deux attaques de présumés jihadistes dans le "
            "centre-est du Burkina Faso, communiqué à l’AFP vendredi.\nMercredi, “des groupes armés ont mené une "
            "incursion à Bilguimdouré”, dans la province du Koulpélogo (centre-est), frontalière du Ghana et du Togo, "
            "“faisant une dizaine de morts”, a indiqué à l’AFP un responsable local. Lundi, un nouveau raid sur le "
            "village voisin de Kaongo a causé au moins “onze morts”, a-t-il ajouté.")
    events = events_of(text, "fr", candidates=True)
    assert events and {e.country for e in events} == {"Burkina Faso"}


def test_a_minister_named_after_his_long_title_is_a_person() -> None:
    text = ("Le gouvernement a annoncé jeudi avoir déjoué une tentative de coup d’État, à travers un communiqué lu par le "
            "ministre de la Sécurité et de la Protection civile, Daouda Aly Mohammedine.")
    assert place_names(text, "fr") == []


def test_a_name_with_an_office_apposed_without_article_is_a_person() -> None:
    text = "Ali Maïnassara, chef du village de Boni, a été kidnappé lundi soir par des hommes armés."
    assert place_names(text, "fr") == ["Boni"]
