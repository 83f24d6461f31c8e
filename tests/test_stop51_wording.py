"""Stop 51's conventions of wording: names, days and which tellings are one event."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.extract.actors import find_actors

_KARIDI = ("Huit personnes ont été tuées le vendredi 22 mars 2019 à Karidi, dans la commune de Gueskérou, dans le sud-est "
           "du Niger. En février, sept soldats avaient déjà été tués après l'attaque de leur position à Chétima Wangou. "
           "Et plus de 33 terroristes ont été abattus le 12 mars lors d'une opération de ratissage menée par l'armée. "
           "Cependant, les attaques ne cessent d'être fréquentes. En effet, ce vendredi aux environs de 21H30, les "
           "assaillants ont mené une incursion à Karidi où ils ont tué huit personnes.")


def test_a_name_spelt_with_hyphens_is_the_name() -> None:
    for text in ("L'attaque est attribuée à la secte islamiste Boko-Haram.", "The attack was claimed by Boko-Haram."):
        assert [e.canonical for _, _, e in find_actors(text)] == ["Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"]


def test_a_hyphenated_group_is_no_place() -> None:
    events = extract_text(_KARIDI.replace("Cependant", "L'attaque est attribuée à Boko-Haram. Cependant"), lang="fr")
    assert "Boko-Haram" not in {e.location for e in events}


def test_a_weekday_on_which_the_date_told_falls_is_that_day() -> None:
    """"ce vendredi" after "le vendredi 22 mars 2019" at the same village is the same attack told again."""
    events = extract_text(_KARIDI, lang="fr")
    karidi = [e for e in events if e.location and e.location.startswith("Karidi")]
    assert [(e.fatalities, e.event_date) for e in karidi] == [(8, date(2019, 3, 22))]


def test_a_range_between_two_days_is_a_period_not_its_last_day() -> None:
    text = ("Samedi 10 décembre 2022, deux soldats ont été tués par un engin explosif sur l'axe Ouahigouya-Gomboro. "
            "Depuis 2015, le pays est endeuillé par des attaques. "
            "Entre le 1er et le 10 décembre, 39 terroristes ont été tués lors d'une opération de l'armée.")
    events = extract_text(text, lang="fr")
    ied = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.fatalities for e in ied] == [2]


def test_the_katiba_of_macina_is_katiba_macina() -> None:
    for text in ("The Katiba of Macina claimed the attack.", "La katiba du Massina a revendiqué l'attaque."):
        assert [e.canonical for _, _, e in find_actors(text)] == ["Katiba Macina"]


def test_a_telling_with_no_day_of_an_event_told_by_its_day_is_that_event() -> None:
    text = ("About 10 soldiers were killed in an attack in Niger's Dosso region this week, authorities said. "
            "The statement attributed Monday's ambush in southern Niger to terrorists.\n\n"
            "About 10 Niger soldiers killed in terrorist attack in Dosso: authorities\n\n"
            "Last month 12 soldiers were killed and five Indian citizens kidnapped in an attack near the tri-border region.")
    events = extract_text(text, published=date(2025, 5, 7), lang="en")
    dosso = [e for e in events if e.admin1 == "Dosso"]
    assert [(e.fatalities, e.event_date) for e in dosso] == [(10, date(2025, 5, 5))]


def test_a_page_time_stamp_dates_no_event() -> None:
    text = ("11 soldiers killed, 50 civilians missing in convoy attack\n\n"
            "Other News 28 September 2022 03:24 (UTC +04:00)\n11 soldiers killed, 50 civilians missing in convoy attack\n\n"
            "Eleven soldiers were killed in an attack on a supply convoy in northern Burkina Faso on Monday, "
            "the government said in a statement on Tuesday.\n\n"
            "According to the statement, a convoy heading to Djibo was attacked near the commune of Gaskinde in Soum province.")
    events = extract_text(text, published=date(2022, 9, 28), lang="en")
    assert [(e.location, e.event_date) for e in events] == [("Gaskindé", date(2022, 9, 26))]


def test_yesterday_glossed_with_its_weekday_is_that_weekday() -> None:
    text = ("« Nos hommes sont tombés hier (samedi) dans une embuscade tendue par des bandits armés dans le "
            "département de Tillia », a annoncé dimanche soir le gouverneur. Le bilan est de 16 morts.")
    (ev,) = extract_text(text, published=date(2021, 5, 3), lang="fr")
    assert ev.event_date == date(2021, 5, 1)


def test_clashes_warded_off_did_not_happen() -> None:
    text = ("Hundreds of activists demonstrated in Bamako on Saturday outside the Palais de la Culture, which police "
            "had cordoned off to avoid clashes with pro-military youths.")
    events = extract_text(text, published=date(2025, 5, 4), lang="en")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    text = "Des centaines de manifestants ont marché à Niamey samedi ; la police a bouclé la place pour éviter des affrontements."
    events = extract_text(text, published=date(2025, 5, 4), lang="fr")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_an_attack_that_followed_another_recalls_the_other() -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason("The attack followed a similar raid on Sept. 10, when a security post at the camp was attacked.",
                             "en", 2016)
    assert background_reason("The 9 January attack came only a month after an attack by Islamic State in Inates.", "en", 2020)
    assert background_reason("Cette attaque fait suite à celle du 3 mars contre le poste de Tabareybarey.", "fr", 2016)
    # the news told as coming after its own attack stays news
    assert background_reason("The announcement comes one week after the attack in Deou.", "en", 2023) is None


def test_civilians_executed_apart_from_the_gunfire_make_an_attack_on_them() -> None:
    text = ("Malian troops and foreign fighters allegedly executed some 300 civilians over five days in Moura, in the Mopti "
            "region, a rights group reported on Tuesday. Witnesses said soldiers arrived by helicopter and exchanged gunfire "
            "with a few armed men before rounding up unarmed men in the town.")
    events = extract_text(text, published=date(2022, 4, 5), lang="en")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 300)]


def test_civilians_killed_in_a_clash_stay_its_toll() -> None:
    text = "On 21 May, militants clashed with armed villagers near Mandoli, killing two villagers."
    events = extract_text(text, published=date(2019, 5, 22), lang="en")
    assert [e.event_type for e in events] == ["Battles"]


def test_self_defence_fighters_are_the_militia_not_the_attackers() -> None:
    text = ("Terrorists killed 25 members of a militia in several villages near Anzourou on Thursday, local sources said. "
            "\"There were 25 young self-defense fighters who lost their lives,\" a local official said.")
    events = extract_text(text, published=date(2021, 3, 20), lang="en")
    assert [e.fatalities for e in events] == [25]


def test_a_toll_since_the_start_of_a_year_is_a_statistic() -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason("Jihadist groups have killed almost 800 people in Burkina Faso since the start of 2015.", "en", 2019)
    assert background_reason("Plus de 140 civils ont été tués au cours des cinq premiers mois de l'année dans la région.", "fr", None)
    assert background_reason("Des centaines de civils ont été tués depuis le début de 2015.", "fr", 2019)


def test_the_dead_a_mourning_was_declared_for_before_are_an_earlier_toll() -> None:
    text = ("Onze militaires ont été tués jeudi dans une attaque contre leur position à Dagnè, dans la région de Tillabéri. "
            "Le gouvernement avait décrété un deuil national de 48 heures à compter de vendredi après la mort de 69 villageois "
            "membres de milices d'autodéfense dans une attaque près de la frontière du Mali.")
    events = extract_text(text, published=date(2021, 11, 6), lang="fr")
    assert [e.fatalities for e in events if e.location == "Dagnè"] == [11]


def test_a_share_among_the_counted_dead_is_part_of_them() -> None:
    text = ("A drone strike on a market in Inadiatafane on Sunday killed eight civilians, local officials said. "
            "Six children were among the eight civilians killed in the strike.")
    events = extract_text(text, published=date(2024, 3, 19), lang="en")
    assert [e.fatalities for e in events] == [8]


def test_a_count_over_less_than_a_week_is_a_sum() -> None:
    from conflictwire.extract.background import background_reason
    assert background_reason("Cela porte à 32 le nombre de civils tués dans la région en moins d'une semaine.", "fr", 2021)
    assert background_reason("That brings to 32 the number of civilians killed in the area in less than a week.", "en", 2021)


def test_arms_listed_as_captured_were_not_fired() -> None:
    text = ("Jihadists stormed a military detachment in Mansila on Tuesday, claiming to have killed more than 100 soldiers. "
            "The group claimed the capture of numerous equipment (three vehicles, 142 Kalashnikovs, rockets, mortars, shells, "
            "boxes of ammunition, as well as a drone).")
    events = extract_text(text, published=date(2024, 6, 14), lang="en")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_an_agent_in_quotation_marks_is_still_the_agent() -> None:
    text = ("Local sources in western Niger said “terrorists” killed 25 members of a militia in several villages near "
            "Anzourou on Thursday. A monitoring group blamed the violence in the region mainly on the Daesh in the Sahel "
            "group, followed by the Nigerien army and JNIM.")
    events = extract_text(text, published=date(2025, 11, 8), lang="en")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Niger)"]


def test_the_agent_of_a_passive_in_quotation_marks_is_the_agent() -> None:
    text = ("Twelve civilians were killed on Thursday by “jihadists” in Kiki, Tillaberi region. "
            "The army said soldiers later killed several militants.")
    events = extract_text(text, published=date(2025, 11, 8), lang="en")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Niger)"]
