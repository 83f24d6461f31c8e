"""Stop 45's conventions of wording, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.extract.numbers import find_quantities


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in extract_text(text)]


def test_thousand_and_mille_multiply_what_comes_before() -> None:
    assert [q.value for q in find_quantities("around two thousand five hundred people", "en")] == [2500]
    assert [q.value for q in find_quantities("deux mille manifestants", "fr")] == [2000]
    assert [q.value for q in find_quantities("trois cents manifestants", "fr")] == [300]


def test_a_crowd_of_thousands_told_in_words_is_no_toll() -> None:
    assert _tolls("Around two thousand people gathered Saturday in Ouagadougou to protest against the death "
                  "of a young student in police custody last month.") == [0]


def test_one_of_them_with_its_own_passive_verb_is_one_dead() -> None:
    assert _tolls("On March 2, gunmen attacked a bus near Djibo, one of the passengers was killed.") == [1]


def test_one_of_the_killed_is_a_person_named_not_a_count() -> None:
    # (a guard: passes before and after this stop's rule)
    assert _tolls("On March 2, gunmen attacked a bus near Djibo. One of the passengers killed in the attack "
                  "was buried in Djibo on Sunday.") != [2]


def test_one_of_them_killed_later_is_another_moment() -> None:
    events = extract_text("Retired policeman shot dead by 'unknown gunmen' in Djibo: his wife was wounded by gunshot. "
                          "1 of the assailants was later killed by a group of security forces and a vigilante group.")
    assert events[0].fatalities == 1


def test_what_the_victims_were_doing_sits_between_them_and_their_verb() -> None:
    assert _tolls("On March 16, a soldier and a gendarme belonging to special units and traveling together on a "
                  "motorbike were killed by the detonation of an IED near Kabonga.") == [2]
    assert _tolls("One security guard working for the ICRC was shot and killed in Gao.") == [1]


def test_a_motorcyclist_or_an_occupant_is_a_person() -> None:
    assert _tolls("On 9 December 2019, a motorcyclist was killed by the explosion of an IED near Guienbile.") == [1]


def test_a_killing_verb_whose_object_is_a_titled_name_kills_one() -> None:
    (ev,) = extract_text("Unknown gunmen shot dead CSMAK officer Baba Ag Adobent in Kidal on Monday.")
    assert ev.fatalities == 1 and ev.event_type == "Violence against civilians"
    assert [t.text for t in ev.tolls] == ["shot dead CSMAK officer Baba Ag Adobent"]


def test_a_group_or_a_headline_in_capitals_is_no_named_victim() -> None:
    assert _tolls("On March 2, the army killed Ansar Dine in Djibo.") != [1]
    assert _tolls("Gunmen Kill Two Soldiers In Djibo") == [2]


def test_accused_of_killing_is_a_charge_not_a_death() -> None:
    assert _tolls("Students rioted in Ouagadougou for the arrest of six Presidential Guard accused of killing "
                  "journalist Norbert Zongo, setting up barricades of burning tires.") == [0]


def test_a_list_of_counts_under_one_verb_is_one_count_of_all() -> None:
    assert _tolls("On June 18, Dogon and Fulani militiamen clashed near Yoro, 12 Fulani and 1 Dogon were killed "
                  "in the clashes.") == [13]
    assert _tolls("On 28 April 2019, militants attacked a church in Silgadji, two church leaders and four "
                  "worshippers were killed.") == [6]


def test_two_sides_in_one_list_stay_two_sides() -> None:
    # (a guard: the attacker counted in the list keeps the event a battle)
    (ev,) = extract_text("On January 9, Fulani militiamen attacked the Dogon hamlet of Lorigan near Koro, two villagers "
                         "and one attacker killed.")
    assert ev.event_type == "Battles" and ev.fatalities == 3


def test_another_soldier_who_died_is_one_more() -> None:
    assert _tolls("3 soldiers and 2 civilians were killed in an attack on a military position in Intangom. "
                  "1 soldier was also wounded. Another soldier later died of his injuries.") == [6]


def test_a_day_after_on_and_a_month_is_no_count() -> None:
    assert _tolls("The bodies of two Dawsahaq kidnapped on August, 25 were found in Tamalat.") == [2]


def test_huts_and_factions_are_no_people() -> None:
    assert _tolls("On May 5, Dozos attacked the Fulani village of Bombou, several huts were burned and one Dozo "
                  "and one Fulani killed amidst exchanges of gunfire.") == [2]
    assert _tolls("On July 4, two student factions clashed with machetes in Badalabougou, leaving one dead "
                  "and several seriously wounded.") == [1]


def test_a_count_with_its_own_toll_word_after_killed_is_not_its_object() -> None:
    (ev,) = extract_text("The village of Ouan near Tominian also came under attack, one gendarme killed two wounded.")
    assert ev.fatalities == 1 and ev.event_type == "Battles"
    assert _tolls("FAMa patrol ambushed near Dioungani, 5 wounded soldiers. Claimed by JNIM: 8 killed 2 vehicles "
                  "destroyed.") == [8]


def test_a_share_after_a_comma_is_no_second_item_of_a_list() -> None:
    assert _tolls("Police post in Deou attacked by two unknown gunmen, one of the assailants killed.") != [2]


def test_a_list_of_counts_by_commas_under_one_verb() -> None:
    assert _tolls("On October 22, 2019, unknown gunmen attacked a GATIA position in Doro, three militiamen, eight "
                  "militants, and four civilian bystanders were killed in the attack.") == [15]
    assert _tolls("Attack on a convoy between N'Gouma and Bore, Mopti: 4 civilians, 2 assailants and 1 soldier dead.") == [7]


def test_an_article_before_a_comma_starts_no_list() -> None:
    # (a guard: "an army unit in Nadiagou" is where, not one of the dead)
    assert _tolls("On June 18, militants attacked an army unit in Nadiagou, two assailants were killed.") == [2]


def test_a_toll_told_of_the_attack_at_another_place_is_that_ones() -> None:
    text = ("The Islamic State group on Saturday claimed responsibility for killing more than 70 soldiers in an ambush "
            "on a military convoy near Deou, Burkina Faso, last week.\n\n"
            "The announcement comes days after another attack in Tin-Akoff town, where locals say dozens more soldiers "
            "and civilians were killed when a military outpost was hit.\n\n"
            "Last week the government confirmed that 51 soldiers died in the Deou ambush but it has not commented on "
            "the attack in Tin-Akoff.")
    by_place = {e.location: e.fatalities for e in extract_text(text)}
    assert by_place.get("Tin-Akoff") == 12


def test_a_day_after_attack_on_is_the_attacks_even_in_reported_speech() -> None:
    (ev,) = extract_text("DAKAR (Reuters) - JNIM has claimed responsibility for what it said was an attack on June 11 "
                         "that killed over 100 Burkina Faso soldiers in Mansila, the SITE Intelligence Group said on Sunday.",
                         published=date(2024, 6, 16))
    assert ev.event_date == date(2024, 6, 11) and ev.time_precision == 1


def test_the_tamasheq_in_prefix_written_apart_or_hyphenated_is_one_place() -> None:
    from conflictwire.geo.gazetteer import default_gazetteer
    from conflictwire.textutil import norm_key

    gz = default_gazetteer()
    found = gz.lookup([norm_key("In Tillit")])[norm_key("In Tillit")]
    assert found and {p.admin1 for p in found} == {"Gao"}
    # (an elided N' is Fulfulde as often: "NGourma" is no "I-n-Gourma")
    assert not gz.lookup([norm_key("NGourma")])[norm_key("NGourma")]


def test_threats_with_property_burned_are_property_destruction() -> None:
    (ev,) = extract_text("On November 22, presumed JNIM militants burned the school and threatened teachers in Sampieri.")
    assert ev.sub_event_type == "Looting/property destruction"
    (ev,) = extract_text("On November 5, unidentified gunmen seized a vehicle of the medical center in Goundam after "
                         "threatening the driver.")
    assert ev.sub_event_type == "Looting/property destruction"


def test_residents_driven_out_of_their_village_are_attacked() -> None:
    # (a guard: forced displacement stays an attack)
    (ev,) = extract_text("On 28 December 2019, presumed JNIM militants entered the village of Lelly, chased away the "
                         "residents and burned the granaries.")
    assert ev.sub_event_type == "Attack"


def test_massacrant_counts_the_victims_after_it() -> None:
    assert _tolls("Des individus armés ont attaqué le village d'Ogossagou samedi, massacrant plus de 100 civils.") == [100]


def test_an_officials_seat_is_no_place_of_the_event() -> None:
    text = ("Des individus armés ont attaqué le village d'Ogossagou samedi, massacrant plus de 100 civils. "
            "« Ogossagou est complètement dévasté », selon le maire de la ville de Bankass, située à une vingtaine de "
            "kilomètres. Le maire de la ville de Bankass a dénoncé un massacre de civils.")
    assert [e.location for e in extract_text(text)] == ["Ogossagou"]


def test_a_wire_dateline_that_lost_its_agency_and_dash() -> None:
    text = ("By a correspondent\nOUAGADOUGOU, April 4 Unidentified gunmen\nkidnapped a Romanian security officer on "
            "Saturday from a\nmanganese mining project in northern Burkina Faso.\nThe incident took place at the Tambao "
            "project, a security source said.")
    assert [e.location for e in extract_text(text)] == ["Tambao"]


def test_an_organisations_photo_credit_ends_a_caption() -> None:
    from conflictwire.ingest.clean import is_caption

    assert is_caption("Children play by a bullet-riddled police station in Gao, Mali. August 28, 2013.UN Photo / Marco Dormino")


def test_a_home_village_by_its_own_name_beats_a_foreign_town_by_an_alternate_one() -> None:
    (ev,) = extract_text("A Colombian nun was kidnapped by armed men last night in southern Mali. She is part of the "
                         "congregation of Franciscan Sisters in the convent of Karangasso, about 300km from Bamako.")
    assert (ev.country, ev.location) == ("Mali", "Karangasso")


def test_where_the_saying_says_it_happened_is_the_place() -> None:
    assert [e.location for e in extract_text("On Saturday, the government said they were kidnapped "
                                             "in Baraboule.")] == ["Baraboulé"]
    # (a guard: where a statement was made stays no place of the event)
    assert all(e.location != "Niamey" for e in extract_text("An official told AFP in Niamey that 12 soldiers died in "
                                                            "an ambush near Tera."))


def test_an_agencys_bracketed_photographer_ends_a_caption() -> None:
    from conflictwire.ingest.clean import is_caption

    assert is_caption("Special police forces are seen in Ouagadougou, the capital of Burkina Faso, on January 16, "
                      "2016.(AFP: Ahmed Ouoba)")


def test_aqim_is_written_as_acled_writes_it() -> None:
    (ev,) = extract_text("On Monday, AQIM fighters attacked a patrol near Timbuktu, killing two soldiers.",
                         published=date(2012, 5, 2))
    assert ev.actor1 == "AQIM: Al Qaeda in the Islamic Maghreb"


def test_acleds_two_spellings_of_boko_haram_score_as_one_actor() -> None:
    from conflictwire.eval import actor_key

    assert actor_key("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad") == \
        actor_key("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")
    (ev,) = extract_text("Boko Haram fighters attacked the village of Toumour near Diffa, killing four civilians.")
    assert ev.actor1 == "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"  # the extractor's own is unchanged


def test_counts_of_girls_taken_place_by_place_are_no_dead() -> None:
    text = ("Une dizaine de filles, dans plusieurs villages du sud-est du Niger, ont été enlevées par Boko Haram dans la "
            "nuit du 23-24 novembre 2018. Selon les mêmes sources, une cinquantaine de terroristes auraient enlevé 16 "
            "filles à Toumour, 09 à Blahardé et 07 autres à Bagué.")
    assert {e.location: e.fatalities for e in extract_text(text)} == {"Toumour": 0, "Blahardé": 0, "Bagué": 0}


def test_a_toll_in_a_clause_going_on_from_an_earlier_attack_is_that_ones() -> None:
    text = ("Une dizaine de filles ont été enlevées par Boko Haram à Toumour, près de Diffa, dans la nuit du 23 "
            "novembre 2018. L'enlèvement intervient 48 heures après l'attaque du site de la société Foraco, avec un "
            "bilan de sept techniciens tués.")
    assert [e.fatalities for e in extract_text(text) if e.location == "Toumour"] == [0]


def test_a_day_that_qualifies_the_attack_is_its_own_and_a_revisions_day_is_not() -> None:
    text = ("The Islamic State on Tuesday claimed responsibility for the 9 January attack on Chinégodar, in western Niger, "
            "in which 89 soldiers were killed.\n\nOn Sunday, the government of Niger had revised upward the number of the "
            "soldiers killed in the attack in Chinégodar, from 25 to 89.")
    events = extract_text(text, published=date(2020, 1, 15))
    assert [(e.location, e.event_date) for e in events] == [("Chinégodar", date(2020, 1, 9))]


def test_a_past_event_the_attack_recalls_is_no_event() -> None:
    text = ("43 personnes ont été tuées ce dimanche 8 mars 2020 dans une attaque terroriste dans le village de Barga, "
            "dans la province du Yatenga. L'attaque rappelle donc les douloureux évènements de Yirgou qui restent "
            "toujours impunis.")
    assert [e.location for e in extract_text(text)] == ["Barga"]


def test_an_aside_on_the_places_past_keeps_the_place_and_not_its_toll() -> None:
    text = ("Une trentaine d'hommes armés ont donné l'assaut et semé la mort dans la nuit de jeudi à vendredi à "
            "Ogossagou (centre), où 160 Peuls avaient été massacrés en mars 2019, a dit le chef du village. Trente et "
            "un villageois ont été tués.")
    assert [(e.location, e.fatalities) for e in extract_text(text)] == [("Ogossagou", 31)]


def test_hours_later_at_another_place_is_another_event() -> None:
    text = ("Des hommes armés ont attaqué Ogossagou jeudi, tuant 31 villageois. Quelques heures après, neuf personnes "
            "ont péri dans un guet-apens tendu à une unité de l'armée à Bentia, dans la région de Gao.")
    assert sorted((e.location, e.fatalities) for e in extract_text(text)) == [("Bentia", 9), ("Ogossagou", 31)]


def test_an_agency_dateline_with_an_abbreviated_month() -> None:
    text = ("Niamey, 21 Oct. (ANP) – Des hommes armés ont attaqué ce samedi 21 octobre la brigade de gendarmerie "
            "d'Ayorou, dans la région de Tillabéry, à quelque 200km à l'ouest de Niamey. L'attaque a coûté la vie à 13 "
            "gendarmes. Cette attaque, note-t-on également, intervient deux semaines seulement après celles menées à "
            "Tongo Tongo, qui a vu la mort de huit soldats.")
    assert [e.location for e in extract_text(text)] == ["Ayorou"]


def test_police_stations_that_were_the_object_of_attacks_were_hit() -> None:
    text = ("Deux commissariats de police, situés à Tongamayel et à Baraboulé à des dizaines de kilomètres de Djibo dans "
            "le Soum au Nord du Burkina, ont été l'objet d'attaques d'hommes armés dans la nuit du lundi à mardi. Les "
            "attaques n'ont pas fait de morts, précise le communiqué.")
    events = extract_text(text)
    assert {(e.location, e.event_type, e.actor2, e.fatalities) for e in events} == {
        ("Tongamayel", "Battles", "Police Forces of Burkina Faso", 0),
        ("Baraboulé", "Battles", "Police Forces of Burkina Faso", 0)}


def test_a_countrys_own_dead_and_the_bodies_identified_are_shares_of_the_toll() -> None:
    text = ("At least 21 people were killed after armed Islamists stormed a luxury hotel in Bamako on Friday morning.\n\n"
            "The Russian Foreign Ministry has confirmed that six Russian citizens were killed in the Radisson hotel in "
            "Bamako. Five bodies have already been identified.")
    assert [e.fatalities for e in extract_text(text) if e.event_type == "Violence against civilians"] == [21]


def test_a_meeting_to_come_is_no_event_even_beside_the_attacks_day() -> None:
    text = ("Jihadists attacked the Inates military camp in western Niger on Tuesday, killing more than 60 soldiers.\n\n"
            "Tuesday's attack came a few days before French President Emmanuel Macron's scheduled meeting next week, in "
            "the southwestern French town of Pau, with five presidents from the Sahel to discuss security in the region.")
    assert [e.location for e in extract_text(text, published=date(2019, 12, 11))] == ["Inates"]


def test_this_month_with_a_past_verb_recalls_and_overnight_dates_no_day() -> None:
    text = ("Four people were killed in an attack on a Catholic church in Toulfe, northern Burkina Faso, on Sunday.\n\n"
            "French special forces this month freed four foreign hostages in the former French colony during an "
            "overnight raid that killed two soldiers.")
    assert [e.location for e in extract_text(text, published=date(2019, 5, 26))] == ["Toulfé"]


def test_deces_is_a_toll_word_and_portant_a_sept_a_new_total() -> None:
    text = ("Le véhicule de tête a sauté sur un engin explosif improvisé à une trentaine de kilomètres de Fada N'Gourma. "
            "Sur place, deux morts ont été enregistrées. Plusieurs blessés succomberont plus tard, portant à sept le "
            "nombre de décès.")
    assert _tolls(text) == [7]
