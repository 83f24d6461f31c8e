"""The actor lexicon and the names conflictwire gives actors."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text
from conflictwire.eval import actor_key
from conflictwire.extract.actors import acled_name, find_actors, lexicon_entries
from conflictwire.textutil import fold


def test_every_alias_names_one_actor() -> None:
    seen: dict[tuple[str, str | None], str] = {}
    for entry, aliases in lexicon_entries():
        for alias in aliases:
            key = (" ".join(fold(alias).split()), entry.country)
            assert seen.setdefault(key, entry.canonical) == entry.canonical, alias


def test_inter_codes_are_acled_codes() -> None:
    assert {e.inter for e, _ in lexicon_entries()} <= set(range(1, 9))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Le GSIM a revendiqué l'attaque.", "JNIM: Group for Support of Islam and Muslims"),
        ("des éléments de l'EIGS", "Islamic State (Sahel)"),
        ("presumed JNIM and/or ISGS militants", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"),
        ("les Volontaires pour la défense de la patrie", "VDP: Volunteers for the Defense of the Homeland"),
        ("des chasseurs dozos", "Dozo Communal Militia ({country})"),
        ("Dan Na Ambassagou militiamen", "Dan Na Ambassagou"),
    ],
)
def test_aliases_in_english_and_french(text: str, canonical: str) -> None:
    found = find_actors(text)
    assert [e.canonical for _, _, e in found] == [canonical]


def test_demonym_templates_name_the_country() -> None:
    (hit,) = find_actors("Les soldats nigériens ont riposté.")
    assert hit[2].canonical == "Military Forces of {country}" and hit[2].country == "Niger"
    (hit,) = find_actors("Burkinabe troops")
    assert hit[2].country == "Burkina Faso"


def test_short_abbreviations_match_in_capitals_only() -> None:
    assert find_actors("The FLA said") and not find_actors("a fla said")


def test_acled_names_by_region_and_era() -> None:
    assert acled_name("Islamic State (Mali)") == "Islamic State (Sahel)"
    assert acled_name("Islamic State (Sahel)", "2018-05-01") == "Islamic State (Greater Sahara)"
    assert acled_name("Islamic State (Sahel)", "2021-05-01") == "Islamic State (West Africa) - Greater Sahara Faction"
    assert acled_name("Katiba Macina", "2016-01-01") == "Katiba Macina"
    assert acled_name("Katiba Macina", "2019-01-01") == "JNIM: Group for Support of Islam and Muslims"
    # ACLED went on coding Ansar Dine under its own name where the source names it
    assert acled_name("Ansar Dine", "2018-06-01") == "Ansar Dine"
    assert acled_name("Al Mourabitoune Battalion", "2018-06-01") == "JNIM: Group for Support of Islam and Muslims"
    # eval compares one actor across its eras and periods
    assert actor_key("Islamic State (Greater Sahara)") == actor_key("Islamic State (Sahel)")
    assert actor_key("Police Forces of Burkina Faso (2015-) Gendarmerie") == actor_key("Police Forces of Burkina Faso Gendarmerie")


def test_subject_acts_and_passive_subject_is_hit() -> None:
    (ev,) = extract_text("On 6 May 2024, security forces shot dead a teacher in Kaya, Burkina Faso.")
    assert ev.actor1 == "Military Forces of Burkina Faso" and ev.actor2 == "Civilians (Burkina Faso)"
    assert ev.sub_event_type == "Attack" and ev.fatalities == 1
    (ev,) = extract_text("On 6 May 2024, a gendarmerie post was attacked by JNIM militants in Djibo.")
    assert ev.actor1.startswith("JNIM") and ev.actor2 == "Police Forces of Burkina Faso Gendarmerie"
    assert ev.sub_event_type == "Armed clash"


def test_generic_word_beside_a_named_group_is_that_group() -> None:
    (ev,) = extract_text("Presumed Katiba Macina (JNIM) militants killed a Dogon villager in Bankass, Mali, on 2 March 2019.")
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert ev.actor2 == "Civilians (Mali)"


def test_country_from_an_actor_that_belongs_to_one() -> None:
    (ev,) = extract_text("Des éléments des FAMa ont été tués lors d'une embuscade.", published=date(2024, 5, 2))
    assert ev.country == "Mali" and ev.actor2 == "Military Forces of Mali"


def test_associates_defenders_and_the_group_behind_jihadists() -> None:
    (ev,) = extract_text("On 22 August 2019, the Burkinabe army accompanied by Koglweogo killed 17 displaced Fulani in Raogo.")
    assert ev.actor1 == "Military Forces of Burkina Faso" and ev.assoc_actor_1 == "Koglweogo Militia"
    assert ev.sub_event_type == "Attack"
    (ev,) = extract_text("On 3 February 2023 Malian troops repelled an attack on the Nampala camp, Mali.")
    assert ev.actor2 == "Military Forces of Mali" and ev.sub_event_type == "Armed clash"
    text = ("Jihadists killed twelve soldiers near Tessit, Mali, on 3 May 2024. "
            "The al-Qaeda-linked JNIM said in a statement that its fighters seized weapons.")
    ev = extract_text(text)[0]
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_unclaimed_jihadists_in_the_coastal_states_are_an_unidentified_armed_group() -> None:
    assert acled_name("Islamist Militia (Benin)", "2023-10-15") == "Unidentified Armed Group (Benin)"
    assert acled_name("Islamist Militia (Togo)", "2018-01-01") == "Islamist Militia (Togo)"


def test_ethnic_militias_keep_the_country_acled_codes_them_in() -> None:
    from conflictwire import extract_text

    (ev,) = extract_text("On March 13, Dogon militiamen attacked the village of Bougou, killing a young man.", lang="en")
    assert "Dogon Ethnic Militia (Mali)" in (ev.actor1, ev.actor2)


@pytest.mark.parametrize("text", [
    "On 10 August 2019, unknown gunmen (presumably JNIM militants) shot dead a driver in Djibo.",
    "On 10 August 2019, gunmen, believed to be JNIM fighters, shot dead a driver in Djibo.",
    "Le 10 août 2019, des hommes armés, qui seraient des éléments du JNIM, ont tué un chauffeur à Djibo.",
])
def test_a_presumption_told_of_the_gunmen_names_them(text: str) -> None:
    (ev,) = extract_text(text)
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_al_qaedas_sahel_units_are_coded_as_jnim_since_its_founding() -> None:
    # AQIM's Saharan emirate founded JNIM in March 2017 with Ansar Dine, Katiba Macina and Al Mourabitoune
    (ev,) = extract_text("A French soldier was killed near Douna, Mali, on 5 April 2017. AQM claimed the attack.")
    assert (ev.actor1, ev.actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of France")
    (ev,) = extract_text("A French soldier was killed near Douna, Mali, on 5 April 2016. AQIM claimed the attack.")
    assert ev.actor1 == "AQIM: Al Qaeda in the Islamic Maghreb"
    (ev,) = extract_text("On 9 June 2018, presumed Katiba Serma militants attacked an army checkpoint near Boni, Mali.")
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the mention's own unit noun and an adverb between the subject and its verb
        ("On 7 March 2019, Malian military forces allegedly killed four unarmed villagers in Dialloube.",
         "Military Forces of Mali (2013-2020)", "Civilians (Mali)"),
        # a verb of the forces' operations
        ("On 7 March 2019, the Burkinabe armed forces reportedly cordoned off the area of Tiemboulo and "
         "executed 40 civilians.", "Military Forces of Burkina Faso (2015-2022)", "Civilians (Burkina Faso)"),
        # the possessor's man was hit
        ("On 3 May 2019, GATIA's commander was killed in Menaka by three unidentified assailants on motorcycles.",
         "Unidentified Armed Group (Mali)", "GATIA: Imghad Tuareg and Allies Self-Defense Group"),
        # two forces sharing one noun: the first named leads, in English and in French
        ("On 7 April 2019, French and Malian forces killed 15 militants in the forest of Serma.",
         "Military Forces of France (2017-)", "Unidentified Armed Group (Mali)"),
        ("Le 7 avril 2019, les forces françaises et maliennes ont tué 15 terroristes dans la forêt de Serma.",
         "Military Forces of France (2017-)", "Unidentified Armed Group (Mali)"),
        ("Le 7 avril 2019, les forces maliennes et françaises ont tué 15 terroristes dans la forêt de Serma.",
         "Military Forces of Mali (2013-2020)", "Unidentified Armed Group (Mali)"),
    ],
)
def test_who_acted_in_notes_wording(text: str, actor1: str, actor2: str) -> None:
    ev = extract_text(text)[0]
    assert (actor_key(ev.actor1), actor_key(ev.actor2)) == (actor_key(actor1), actor_key(actor2))


def test_a_group_filed_under_a_coalition_in_brackets_is_the_coalition() -> None:
    # ACLED codes "Ansaroul Islam (JNIM)" as JNIM, but keeps Ansar Dine's own name
    assert [e.canonical for _, _, e in find_actors("presumed Ansaroul Islam (JNIM) militants")] == [
        "JNIM: Group for Support of Islam and Muslims"] * 2
    assert find_actors("presumed Ansar Dine (JNIM) militants")[0][2].canonical == "Ansar Dine"
    assert find_actors("presumed Ansaroul Islam militants")[0][2].canonical == "Ansaroul Islam"


def test_refuting_someone_s_claims_claims_nothing() -> None:
    ev = extract_text("On 17 March 2024 a drone strike by the Malian army killed 13 civilians in Amasrakad. Survivors, "
                      "speaking to journalists, refuted the military's claims.")[0]
    assert (actor_key(ev.actor1), ev.claimed_by) == ("military forces of mali", None)


@pytest.mark.parametrize("text", [
    "Dimanche 25 février 2024, des militaires de Natiaboani ont essuyé des tirs nourris d'armes automatiques.",
    "Le dimanche 25 février 2024, une patrouille des VDP a essuyé des tirs près de Natiaboani.",
])
def test_the_side_that_came_under_fire_was_hit(text: str) -> None:
    ev = extract_text(text)[0]
    assert ev.event_type == "Battles" and actor_key(ev.actor1).startswith("unidentified armed group")


def test_a_headline_s_counted_dead_doing_their_duty_were_hit() -> None:
    text = ("Six Nigerien soldiers killed guarding Benin pipeline\n\n"
            "Six Nigerien soldiers protecting an oil pipeline to neighbouring Benin were killed during an attack by armed "
            "bandits near Salkam, the army said on Sunday.")
    (ev,) = extract_text(text, published=date(2024, 6, 17))
    assert (actor_key(ev.actor1), actor_key(ev.actor2)) == ("unidentified armed group niger", "military forces of niger")


@pytest.mark.parametrize("text", [
    "On December 14, militants assassinated a police interpreter in Tongomayel.",
    "On June 8, unknown gunmen shot dead a MINUSMA contractor in Gao.",
])
def test_the_civilians_a_force_s_name_qualifies_are_civilians(text: str) -> None:
    (ev,) = extract_text(text, published=date(2019, 12, 20))
    assert (ev.sub_event_type, ev.actor2.startswith("Civilians")) == ("Attack", True)


@pytest.mark.parametrize("text", [
    "On August 11, militants ambushed gendarmes escorting employees of a mine near Djibo.",
    "On 15 March 2019, the army burned homes belonging to herders near Djibo.",
])
def test_a_force_beside_a_civilian_noun_it_does_not_qualify_keeps_its_side(text: str) -> None:
    (ev,) = extract_text(text, published=date(2019, 12, 20))
    assert "Civilians" not in (ev.actor1 or "")
    if ev.event_type == "Battles":
        assert ev.actor2 == "Police Forces of Burkina Faso Gendarmerie"


def test_inmates_and_a_group_s_record_are_no_side_of_the_attack() -> None:
    text = ("A group of militiamen staged an attack on a high-security prison in Niger early on Monday. The assault was"
            " repulsed, authorities said. Suspected members of Boko Haram and other hardliners are held at the prison at"
            " Koutoukale, 50 km northwest of the capital Niamey. Boko Haram has carried out raids into Niger from its bases"
            " across the border in northeastern Nigeria.")
    (ev,) = extract_text(text, published=date(2016, 10, 17))
    assert not ev.actor1.startswith("Boko Haram")
    assert ev.location == "Koutoukale"


@pytest.mark.parametrize("text", [
    "Au moins 21 villageois ont été tués lundi à Djiguibombo. Les sources locales attribuent cette attaque aux jihadistes de la Katiba Macina.",
    "At least 21 villagers were killed on Monday in Djiguibombo. Local officials blamed the attack on jihadists of the Katiba Macina.",
])
def test_who_an_attack_is_attributed_to_did_it(text: str) -> None:
    ev = extract_text(text, published=date(2024, 7, 3))[0]
    assert (ev.sub_event_type, ev.actor2) == ("Attack", "Civilians (Mali)")
    assert ev.actor1 in ("Katiba Macina", "JNIM: Group for Support of Islam and Muslims", "Islamist Militia (Mali)")


@pytest.mark.parametrize("text", [
    "Au moins 27 personnes ont été tuées samedi dans une attaque du groupe djihadiste Boko Haram à Toumour.",
    "Au moins 27 personnes ont été tuées samedi à Toumour, dans une attaque qui est l'œuvre de Boko Haram, selon un élu.",
])
def test_an_attack_of_a_group_named_by_its_kind_is_the_group_s(text: str) -> None:
    ev = extract_text(text, published=date(2020, 12, 14))[0]
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (
        "Attack", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "Civilians (Niger)")
