"""Stop 46's conventions of wording and of ACLED coding, each on a short text."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text


def _kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in extract_text(text)]


def test_a_conflict_between_two_named_communities_is_their_militias_clash() -> None:
    assert _kinds("On October 9, two members of the Dogon community were killed amid intercommunal violence "
                  "between Dogon and Fulani in Gourti, Mali.") == [
        ("Armed clash", "Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)")]


def test_a_conflict_between_farmers_and_herders_is_a_clash_whoever_died() -> None:
    kinds = _kinds("Five people were killed and eight others injured near Tiebele, Burkina Faso, during a "
                   "conflict between farmers and herders.")
    assert [k[0] for k in kinds] == ["Armed clash"]
    assert kinds[0][1] == "Unidentified Communal Militia (Burkina Faso)"


def test_a_conflict_between_two_camps_of_a_village_is_a_clash() -> None:
    kinds = _kinds("On June 21, the conflict between two camps over the chieftaincy in Doundoudougou, "
                   "Burkina Faso, resulted in assaults and burned huts.")
    assert [k[0] for k in kinds] == ["Armed clash"]


def test_french_affrontements_entre_peuls_et_dogons() -> None:
    kinds = _kinds("Le 3 mars, trois personnes ont été tuées lors de violences entre Peuls et Dogons à Koro, au Mali.")
    assert [k[0] for k in kinds] == ["Armed clash"]


def test_an_armed_group_named_as_the_killer_keeps_its_attack() -> None:
    # (a guard: JNIM, named as the killer, is no community, even when the report recalls the
    # communities' conflict)
    kinds = _kinds("On May 2, JNIM militants killed four civilians in Gourti, Mali, amid the conflict between "
                   "Dogon and Fulani communities.")
    assert kinds and kinds[0][0] == "Attack"
    assert kinds[0][1] is not None and kinds[0][1].startswith("JNIM")


def test_a_conflict_between_the_state_and_militants_is_no_communal_clash() -> None:
    kinds = _kinds("On May 2, gunmen killed four civilians in Gourti, Mali, a region hit by the conflict between "
                   "the army and jihadists.")
    assert [k[0] for k in kinds] == ["Attack"]


def test_the_second_deadly_incident_at_another_place_is_another_event() -> None:
    events = extract_text("Le mardi 12 mars 2019, un véhicule des FAMa a sauté sur une mine à Dialloubé, au Mali, "
                          "faisant deux morts. Le second accident mortel a eu lieu près de Hombori dans les mêmes "
                          "circonstances, faisant quatre morts.")
    assert [e.location for e in events] == ["Dialoubé", "Hombori"]


def test_in_the_same_circumstances_is_the_kind_of_the_event_before() -> None:
    events = extract_text("On March 12, 2019, an army vehicle hit a landmine near Dialloube, Mali, killing two "
                          "soldiers. The second deadly incident took place near Hombori in the same circumstances, "
                          "killing four soldiers.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"] * 2


def test_dead_in_the_ranks_of_the_army_are_the_forces() -> None:
    events = extract_text("Le 12 mars 2019, une attaque a eu lieu près de Hombori, au Mali, faisant quatre morts "
                          "dans les rangs de l'armée.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Military Forces of Mali")]


def test_violence_between_communities_told_a_clause_later_is_their_clash() -> None:
    kinds = _kinds("Au moins 20 personnes ont péri dans des violences qui ont éclaté la semaine dernière à Kama, "
                   "dans le centre du Mali, entre membres de la minorité peule et des Bambaras.")
    assert [k[0] for k in kinds] == ["Armed clash"]
    assert {kinds[0][1], kinds[0][2]} == {"Fulani Ethnic Militia (Mali)", "Bambara Ethnic Militia (Mali)"}


def test_the_latest_toll_dernier_bilan_is_the_revised_one() -> None:
    events = extract_text("Le 12 février, des hommes armés ont attaqué le village de Kama, au Mali. Un précédent "
                          "bilan lundi s'élevait à 13 morts. Le dernier bilan établi est de vingt morts.")
    assert [e.fatalities for e in events] == [20]


def test_the_localities_of_an_unknown_village_place_it() -> None:
    events = extract_text("Le 12 février 2017, des hommes armés ont tué trois civils dans les localités de "
                          "Zorbanaka, au Mali.")
    assert [e.location for e in events] == ["Zorbanaka"]


def test_an_anchor_in_a_sentence_that_says_more_of_the_event_places_it() -> None:
    events = extract_text("Au moins 20 personnes ont péri dans des violences la semaine dernière dans le centre "
                          "du Mali. «Trois jours après les violences dans la localité de Kama, le dernier bilan "
                          "établi est de vingt morts», selon le ministère.")
    assert [e.location for e in events] == ["Kama"]


def test_an_operation_of_the_army_is_a_military_operation() -> None:
    events = extract_text("Une opération de l'armée malienne la semaine dernière contre une base des jihadistes à "
                          "Dialloubé s'est soldée par au moins un mort.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Military Forces of Mali")]


def test_cible_de_names_who_targets() -> None:
    events = extract_text("Le Burkina Faso, cible de terroristes. Le 28 avril 2019, des hommes armés ont ouvert "
                          "le feu sur des fidèles à Silgadji, faisant six morts.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians (Burkina Faso)")]


def test_a_name_the_report_calls_a_province_is_the_province_not_a_hamlet() -> None:
    events = extract_text("Une attaque a fait six morts à Soum, au Burkina Faso, le 28 avril 2019. Les assaillants "
                          "ont tiré sur les fidèles dans la province de Soum.")
    assert [(e.location, e.admin2) for e in events] == [("Soum", "Soum")]
    assert events[0].geo_precision == 3


def test_seme_le_deuil_tells_a_killing() -> None:
    events = extract_text("Le dimanche 28 avril 2019, des terroristes ont semé le deuil au sein des fidèles du temple "
                          "de Silgadji, au Burkina Faso.")
    assert [e.location for e in events] == ["Silgadji"]


def test_an_attack_on_a_base_of_forces_hits_the_forces() -> None:
    events = extract_text("Le lundi 28 janvier 2019, des hommes armés ont attaqué une base de forces anti-terroristes "
                          "à Nassoumbou, au Burkina Faso, tuant quatre personnes.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Armed clash", "Military Forces of Burkina Faso")]


def test_one_attack_word_over_two_sites_sums_up_the_events_told_after() -> None:
    events = extract_text(
        "Le 28 janvier 2019, une attaque perpétrée par des hommes armés dans une base militaire et dans un marché "
        "au Burkina Faso a fait 14 morts.\n\n"
        "Lundi 28 janvier, des hommes armés ont attaqué une base militaire à Nassoumbou, tuant quatre soldats. "
        "Par ailleurs, dimanche 27 janvier, une douzaine d'hommes armés ont ouvert le feu sur des civils au marché "
        "du village de Sikiré, faisant dix morts.")
    assert sorted((e.location, e.fatalities) for e in events) == [("Nassoumbou", 4), ("Sikiré", 10)]


def test_an_event_at_a_province_is_the_same_as_one_at_its_village_that_day() -> None:
    events = extract_text(
        "Lundi 28 janvier 2019, des hommes armés ont attaqué une base militaire dans la province de Soum à Nassoumbou, "
        "au Burkina Faso, tuant quatre soldats. La veille, ils avaient fait une incursion dans le marché de Soum, "
        "faisant plus d'une dizaine de morts dimanche. « Une dizaine d'individus armés ont mené dans la matinée de "
        "dimanche une attaque terroriste dans le village de Sikiré » a précisé le ministre.")
    assert [(e.location, e.fatalities) for e in events] == [("Nassoumbou", 4), ("Sikiré", 10)]


def test_weapons_taken_as_booty_are_not_the_weapon_of_the_attack() -> None:
    events = extract_text("Niger security forces killed 57 members of Boko Haram who attacked the village of "
                          "Gueskerou, Niger, overnight. A Toyota pick-up was recovered along with a 60 mm mortar "
                          "and two RPG 7s (rocket propelled grenade launchers).")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_list_of_links_under_dashes_is_no_part_of_the_report() -> None:
    from conflictwire.ingest.clean import clean_text

    body = ("Niger security forces killed 57 members of militant group Boko Haram who attacked a village in the "
            "southeastern Diffa region overnight, the defence ministry said in a statement on Monday.")
    text, dropped = clean_text(body + "\n-\nTumbler Ridge tragedy: Nine killed, 25 injured after school shooting "
                               "in British Columbia\n-\nWind chill returns with brutal cold")
    assert "British Columbia" not in text and body in text
    assert any("Tumbler Ridge" in d for d in dropped)


_WRAPPED = ("Boko\nHaram jihadists killed 16 civilians in an attack this week on a\n"
            "southeast Niger village, near the Nigerian border, a local official said\n"
            "Saturday. \u201cOn July 15, Boko Haram elements fired on locals who were\n"
            "praying in a village near the town of Bosso,\u201d said the mayor\n"
            "of Bosso, a town in southeast Niger on the border with Nigeria, where\n"
            "the armed Islamist group originated. Four others were injured in the\n"
            "attack. Meanwhile the Niger army said Saturday it had killed 32 Boko\n"
            "Haram fighters from July 15-17 during sweeping up operations following\n"
            "the July 15 attack by Boko Haram elements, and that Chadian soldiers\n"
            "also took part in the operation, the defence ministry added on Saturday.\n"
            "There has been a recent spate of Boko Haram attacks in Niger's\n"
            "southeast Diffa region following weeks of relative calm.")


def test_one_long_wrapped_paragraph_is_unwrapped_even_after_a_short_first_line() -> None:
    from conflictwire.ingest.clean import unwrap_lines

    assert unwrap_lines(_WRAPPED).startswith("Boko Haram jihadists killed 16 civilians in an attack this week on a southeast")


def test_a_byline_and_a_dateline_keep_their_lines_when_a_copy_is_unwrapped() -> None:
    from conflictwire.ingest.clean import unwrap_lines

    text = "By Mathieu Bonkoungou\nOUAGADOUGOU, April 4 Unidentified gunmen\n" + _WRAPPED.split("\n", 1)[1]
    lines = unwrap_lines(text).split("\n")
    assert lines[0] == "By Mathieu Bonkoungou" and lines[1].startswith("OUAGADOUGOU, April 4 Unidentified gunmen Haram")


def test_the_sweep_after_an_attack_is_at_the_attack_s_place() -> None:
    from conflictwire.ingest.files import make_article
    from conflictwire.pipeline import Pipeline

    events = Pipeline()(make_article("x", _WRAPPED, kind="text", doc_id="x"), "en")
    assert sorted((e.sub_event_type, e.location, e.fatalities) for e in events) == [
        ("Armed clash", "Bosso", 32), ("Attack", "Bosso", 16)]


def test_a_recent_spate_of_attacks_is_background() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("There has been a recent spate of Boko Haram attacks in Niger's southeast Diffa region.",
                              "en", None) is not None
    assert background_reason("The upsurge in attacks on civilians comes after the coalition pushed the militants out.",
                             "en", None) is not None


def test_the_next_day_after_a_recalled_event_is_recalled_too() -> None:
    events = extract_text(
        "On Tuesday, gunmen attacked a police station in Koutoukou, Burkina Faso, wounding two policemen.\n\n"
        "But on January 15, 30 people were killed during a jihadist raid on a hotel in Ouagadougou. The next day, "
        "an elderly Australian couple were kidnapped in the north of the country.",
        published=date(2016, 5, 19))
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_back_from_an_aside_at_a_village_of_the_news_says_more_of_the_news() -> None:
    events = extract_text(
        'Nord du Burkina Faso: attaques terroristes simultanées contre deux commissariats de police cette nuit\n\n'
        'Au milieu de la nuit du lundi au mardi sont intervenues deux attaques dans la localité de Soum, près de la frontière malienne. '
        "On ne déplore qu'une seule blessée.\n\n"
        'Tongomayel et Karaboulé, deux localités de la région de Soum, ont eu une courte nuit. '
        'Des jihadistes y ont attaqué les deux commissariats de police.\n\n'
        "C'est le même groupe, Ansarul Islam, qui était l'auteur en décembre dernier de l'attentat meurtrier dans le même secteur ayant fait 12 morts parmi les soldats.\n\n"
        '"Il n\'y a pas eu de mort. '
        'Une femme de policier a été blessée", a affirmé le haut commissaire du Soum, à propos des attaques menées par des jihadistes à moto dans les localités de Baraboulé et Tongomayel.\n\n'
        'A Tongomayel, les assaillants ont brûlé 16 motos et ont incendié le commissariat. '
        'A Baraboulé, les jihadistes ont brûlé deux motos et ont criblé le commissariat de balles.',
        published=date(2017, 2, 28))
    assert {"Baraboulé", "Tongomayel"} <= {e.location for e in events}


def test_a_country_struggling_with_a_crisis_is_context() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Niger is struggling with a deepening security crisis as groups carry out attacks "
                             "on the army and civilians.", "en", None) is not None
    assert background_reason("Le Burkina Faso est confronté à une grave crise sécuritaire depuis 2015.", "fr", None) is not None


def test_a_video_player_s_messages_are_page_chrome() -> None:
    from conflictwire.ingest.clean import clean_text

    body = "Unidentified gunmen on motorbikes kidnapped an American man in rural southern Niger early on Tuesday, officials said."
    text, _ = clean_text(body + "\n\nWe apologize, but this video has failed to load.\n\ntap here to see other videos "
                         "from our team.\n\nTry refreshing your browser, or American citizen kidnapped in southern "
                         "Niger, sources say Back to video\n\n" + body)
    assert "video" not in text


def test_put_the_death_toll_from_the_attack_at_a_count() -> None:
    events = extract_text("Officials in Mali have put the death toll from Sunday's militant attack on an army camp in the "
                          "village of Dioura at 23.")
    assert [e.fatalities for e in events] == [23]


def test_a_region_s_capital_named_to_describe_the_region_is_no_place_of_the_event() -> None:
    events = extract_text("Suspected jihadists briefly seized an army base in the central Mopti region of Mali, of which "
                          "Mopti city is the capital, on Sunday.")
    assert [(e.location, e.geo_precision) for e in events] == [("Mopti", 3)]


def test_the_grenades_after_tear_gas_grenades_are_the_tear_gas() -> None:
    events = extract_text("On March 15, thousands of people gathered in the streets of Niamey, Niger, to protest against "
                          "corruption. The security forces fired tear gas grenades into the crowd to disperse it. One of "
                          "the grenades hit the marketplace, triggering a fire.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_streets_blocked_by_the_forces_are_policing_not_a_riot() -> None:
    events = extract_text("On March 15, thousands of people gathered in Niamey, Niger, to protest against corruption. "
                          "The security forces blocked all streets around the parliament.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_last_line_of_lowercase_tags_is_no_part_of_the_story() -> None:
    from conflictwire.ingest.clean import clean_text

    body = ("On March 15, thousands of people gathered in the streets of Niamey, the capital of Niger, to protest "
            "against corruption and the embezzlement of funds, witnesses said.")
    text, dropped = clean_text(body + "\n\ntagabati incendie\n")
    assert text == body and dropped == ["tagabati incendie"]


def test_in_the_following_days_opens_another_event() -> None:
    from conflictwire.extract.segment import _separators

    assert _separators("en").search("in the following days at least five organizers were arrested")
    assert _separators("fr").search("dans les jours suivants, cinq organisateurs ont été arrêtés")


def test_the_capital_with_no_country_named_is_the_report_s_country_s() -> None:
    events = extract_text("Dimanche, des manifestants ont érigé des barricades et brûlé des pneus sur plusieurs carrefours "
                          "de la capitale pour protester contre la loi de finances du Niger.")
    assert [(e.location, e.admin1) for e in events] == [("Niamey", "Niamey")]


def test_the_capital_of_a_region_is_not_the_country_s() -> None:
    # (a guard: "the capital of the Sahel region" names the region's town, not Ouagadougou)
    events = extract_text("Gunmen attacked a police post near Dori, the capital of the Sahel region of Burkina Faso, on Monday.")
    assert all(e.location != "Ouagadougou" for e in events)


def test_the_country_beyond_the_border_is_not_the_event_s() -> None:
    events = extract_text("NIAMEY: Niger's army killed more than 280 Boko Haram militants near the southeast border with "
                          "Nigeria in days of land and air raids, the defence ministry said Wednesday.")
    assert events and all(e.country == "Niger" for e in events)


def test_counts_of_attacks_over_a_period_are_statistics() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Burkina: de 2015 à 2019, 283 attaques terroristes ont fait 524 morts", "fr", 2019)
    assert background_reason("Au total, de janvier à nos jours, ce sont 29 personnes qui ont été enlevées.", "fr", 2019)
    assert background_reason("Since 2015, 103 attacks have targeted the security forces, killing 143.", "en", 2019)
    assert background_reason("Gunmen killed 12 people in two attacks on Sunday.", "en", 2019) is None


def test_statistics_are_no_event_even_with_a_month_in_them() -> None:
    events = extract_text("De janvier 2019 à ce jour, le Burkina Faso a enregistré 97 attaques terroristes dont 26 ont "
                          "ciblé les forces de défense. Au total, de janvier à nos jours, ce sont 29 personnes qui ont "
                          "été enlevées. De 2015 à nos jours, ce sont 103 attaques qui ont été menées contre les agents de "
                          "sécurité.", published=date(2019, 6, 20))
    assert events == []


def test_nombreuses_attaques_is_a_campaign() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("La zone de Ouallam est devenue très instable en raison de nombreuses attaques très "
                             "meurtrières.", "fr", None) is not None


def test_a_sentence_opening_on_a_month_of_a_year_on_an_undated_page_is_history() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Début novembre 2016, cinq soldats nigériens ont été tués à Banibangou.", "fr", None)
    assert background_reason("Le 3 novembre 2016, cinq soldats nigériens ont été tués à Banibangou.", "fr", None) is None


def test_a_hotel_s_name_is_no_place_the_town_is() -> None:
    events = extract_text("Security forces freed 126 hostages around 12 hours after the extremists launched the assaults "
                          "on the Splendid Hotel and the Cappuccino Cafe across the road in Ouagadougou, Burkina Faso. "
                          "Troops ended the siege at Splendid Hotel on Saturday morning.")
    assert [e.location for e in events] == ["Ouagadougou"]


def test_one_of_the_four_dead_and_the_four_dead_are_no_new_toll() -> None:
    events = extract_text("Security forces freed 126 hostages after the extremists launched the assaults on a hotel in Ouagadougou, "
                          "Burkina Faso. At least 27 people have been killed. Four militants were killed. As the other "
                          "operation ended, a second assault unfolded nearby. One of the four dead was killed "
                          "in the Yibi.")
    assert [e.fatalities for e in events] == [27]


def test_a_count_in_a_headline_before_in_is_no_count_of_attacks() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Al Qaeda Kills At Least 27 In Burkina Attacks", "en", 2016) is None


def test_this_ambush_after_a_mine_names_the_mine_s_event() -> None:
    events = extract_text("Four Burkina Faso soldiers were killed when their vehicle hit an improvised explosive device on "
                          "Tuesday near Banh. \u201cFour military were killed in this ambush,\u201d a security source said.")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_toll_revised_from_one_figure_to_another_is_the_new_figure() -> None:
    from conflictwire.extract.numbers import find_quantities

    q = find_quantities("the government had revised upward the number of soldiers killed from 25 to 89", "en")
    assert [(x.value, x.low, x.high) for x in q] == [(89, None, None)]
    q = find_quantities("between 25 and 89 people were killed", "en")
    assert [(x.value, x.low, x.high) for x in q] == [(25, 25, 89)]


def test_neutralized_in_the_next_clause_does_not_make_the_count_the_attackers() -> None:
    events = extract_text("On January 9, militants attacked a military base in Chinegodar, Niger, killing 89 soldiers. "
                          "On Sunday, the government had revised upward the number of the soldiers killed in the attack "
                          "in Chinegodar, from 25 to 89, and said that the army neutralized 63 terrorists.")
    assert [e.fatalities for e in events] == [152]


def test_a_photo_caption_and_the_name_over_it_are_no_part_of_the_story() -> None:
    from conflictwire.ingest.clean import clean_text

    text, dropped = clean_text(
        "Several injured as police fire tear gas to disperse protesters in Mali\n\nIbrahim Boubacar Keita\n"
        "Mali President Ibrahim Boubacar Keita poses for a picture during the G5 Sahel summit in Nouakchott, "
        "Mauritania.\n\nPolice in Mali's capital Bamako fired into the air on Monday to disperse protesters calling "
        "for President Ibrahim Boubacar Keita to resign, witnesses said, hours after the United Nations spoke.")
    assert "Nouakchott" not in text and "Ibrahim Boubacar Keita\n" not in text


def test_a_demonstration_in_a_city_and_in_a_quarter_of_it_that_day_is_one() -> None:
    events = extract_text(
        "Police in Mali's capital Bamako fired into the air on Monday to disperse protesters calling for President "
        "Ibrahim Boubacar Keita to resign, witnesses said.\n\n"
        "Several people were injured by falling bullets and tear gas canisters in the Badalabougou neighbourhood, a "
        "hotbed of the protest movement, three witnesses said.\n\n"
        "The clashes came after a chaotic few days in Bamako beginning on Friday, when demonstrators occupied state "
        "buildings and police opened fire.\n\n"
        "A witness heard gunfire in Badalabougou on Monday and said groups of young men were manning improvised "
        "barricades.", published=date(2020, 7, 13))
    assert len([e for e in events if e.event_date == date(2020, 7, 13)]) == 1


def test_for_the_first_time_in_a_month_of_a_year_is_history_on_an_undated_page() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("Burkina Faso's capital, Ouagadougou, was hit by extremist violence for the first time in "
                             "January 2016.", "en", None)


def test_a_toll_in_an_anchor_under_a_statement_is_the_event_s() -> None:
    events = extract_text("OUAGADOUGOU, Burkina Faso (AP) \u2014 Burkina Faso's president vowed Thursday that security forces "
                          "will hunt down the terrorists, a day after at least 37 people were killed in eastern Burkina "
                          "Faso when gunmen attacked a convoy near the Boungou mine.")
    assert [e.fatalities for e in events] == [37]


def test_an_archive_s_notices_are_page_chrome() -> None:
    from conflictwire.ingest.clean import is_boilerplate

    assert is_boilerplate("Estimated read time: 2-3 minutes")
    assert is_boilerplate("This archived news story is available only for your personal, non-commercial use.")


def test_in_the_north_at_a_sentence_s_start_opens_another_event_at_the_officials_village() -> None:
    events = extract_text(
        "Trois militaires burkinabés ont été tués le 22 décembre 2018 dans l'explosion d'un engin artisanal au passage "
        "de leur véhicule sur l'axe Fada N'Gourma-Pama. Dans le nord, trois personnes, dont deux élus locaux de "
        "Zorbanaka, ont été enlevées et exécutées dans la nuit de jeudi à vendredi par des individus armés.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Pama", 3), ("Attack", "Zorbanaka", 3)]


def test_taken_and_then_executed_counts_the_dead() -> None:
    from conflictwire.extract.counts import classify
    from conflictwire.extract.numbers import find_quantities

    text = "trois personnes ont ete enlevees et executees par des individus armes."
    (q,) = find_quantities(text, "fr")
    assert classify(text, q, "fr", 0, len(text))[0] == "killed"


def test_a_communal_militia_that_raids_and_burns_a_village_attacks_it() -> None:
    events = extract_text("On January 2, presumed Dogon militiamen attacked the Fulani village of Bobosso and burned huts.")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_an_armed_group_that_burns_a_school_destroys_property() -> None:
    # (a guard: the rule is a community's militia raiding a village, not any arson)
    events = extract_text("On April 12, unknown gunmen burned the primary school in Gomde-Fulbe, Burkina Faso.")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_riots_between_two_groups_with_no_demand_are_mob_violence() -> None:
    events = extract_text("Riots broke out between supporters of the CDP party in Boussouma and Komiaga, Burkina Faso, "
                          "over local elections. Several people were injured.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_body_found_is_one_dead_unless_the_killing_is_counted() -> None:
    assert _tolls_of("On August 25, a man was abducted by unknown gunmen in Seyna, Mali, his body was discovered "
                     "3 days later.") == [1]
    assert _tolls_of("On August 8, militiamen assassinated the mayor of the commune of Wadouba, Mali, the corpse was "
                     "found 10km from Wadouba.") == [1]


def test_a_subprefect_assassinated_is_one_dead() -> None:
    assert _tolls_of("On April 29, militants assassinated the subprefect of Ouinerden at his home in Gossi, Mali.") == [1]


def _tolls_of(text: str) -> list[int | None]:
    return [e.fatalities for e in extract_text(text)]


def test_no_reported_fatalities_is_none_dead() -> None:
    assert _tolls_of("On October 14, 2019, militants attacked the gendarmerie in Lanfiera, Burkina Faso, the facility was "
                     "set ablaze, but there were no reported fatalities.") == [0]
    assert _tolls_of("On May 10, militants fired mortar shells at the army camp in Tenenkou, Mali, six exploded without "
                     "causing any casualties or damages.") == [0]


def test_killed_the_two_occupants_counts_them() -> None:
    assert _tolls_of("On December 4, 2019, suspected JNIM militants attacked a truck near Parou, Mali, and killed the two "
                     "occupants and set the truck ablaze.") == [2]


def test_a_smaller_count_told_alone_is_no_toll_below_at_least() -> None:
    assert _tolls_of("At least three people have been killed and six churches attacked in Niamey, Niger, amid fresh "
                     "protests. Two charred bodies were recovered from a church on the outskirts of Niamey.") == [3]


def test_a_breakdown_beside_another_side_s_count_stays() -> None:
    # (a guard: "at least 21 soldiers and auxiliaries" over "15 soldiers and six VDP killed")
    events = extract_text("At least 21 soldiers and auxiliaries were killed in an attack in Koutougou, Burkina Faso, on "
                          "Monday, local sources said. The army said 15 soldiers and six VDP were killed.")
    assert [e.fatalities for e in events] == [15 + 6]


def test_a_smaller_figure_by_another_teller_is_the_conservative_toll() -> None:
    # (a guard: ACLED's lowest estimate across sources)
    assert _tolls_of("At least 20 soldiers were killed in an ambush near Tin-Akoff, Burkina Faso, on Monday, local "
                     "sources said. The army said 12 soldiers were killed in the ambush.") == [12]


def test_a_day_after_five_were_killed_is_another_event_s_toll() -> None:
    assert _tolls_of("At least three people have been killed and six churches attacked in Niger amid fresh protests. "
                     "Protests began outside Niamey's grand mosque and reportedly spread to other parts of the country, "
                     "a day after two were killed in Niger's second city.") == [3]


def test_the_attack_of_this_friday_comes_after_recalls_the_earlier_events() -> None:
    from conflictwire.extract.background import background_reason

    assert background_reason("L'attaque de ce vendredi intervient après les incendies dans la nuit de lundi à mardi de "
                             "deux commissariats à Togomayel et à Barboulé.", "fr", None) is not None


def test_an_attack_on_a_wednesday_at_an_unknown_village_is_the_one_dated_that_wednesday() -> None:
    events = extract_text(
        "Le bilan humain de l'attaque, mercredi, d'un dispositif militaire à Intangom, au Nord du Burkina Faso, vient "
        "de s'alourdir avec la découverte du corps d'un soldat.\n\n"
        "Dans la matinée du mercredi 12 octobre 2016, les positions de l'armée burkinabè à Intangom ont essuyé une "
        "attaque. Le bilan officiel faisait état de six morts.")
    assert [(e.sub_event_type, e.location, e.event_date) for e in events] == [
        ("Armed clash", "Intangom", date(2016, 10, 12))]


def test_two_weekdays_at_one_unknown_village_stay_two_events() -> None:
    # (a guard: "jeudi" and "la nuit de vendredi à samedi" at Toumour are two days)
    events = extract_text(
        "Des hommes armés ont enlevé deux personnes dans la nuit de vendredi à samedi à Zorbanaka, au Niger. "
        "Jeudi, des hommes armés avaient tué huit civils à Zorbanaka.")
    assert len(events) != 1


def test_soldiers_reported_missing_after_a_fight_were_not_abducted() -> None:
    events = extract_text("Attaque de Ténenkou : cinq soldats maliens seraient « portés disparus »\n\n"
                          "Des affrontements ont opposé ce lundi les forces armées maliennes à des hommes armés entre "
                          "Ténenkou et Diafarabé, dans la région de Mopti.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_clashes_that_set_the_police_against_students_are_a_crowd_s() -> None:
    events = extract_text("De violents affrontements ont opposé le lundi 10 avril 2017 les forces de l'ordre aux scolaires "
                          "et étudiants de Niamey, au Niger. Les étudiants ont érigé des barricades et brûlé des pneus.")
    assert [e.event_type for e in events] == ["Riots"]


def test_an_earlier_day_told_in_the_pluperfect_on_an_undated_page_is_recalled() -> None:
    from conflictwire.ingest.files import make_article
    from conflictwire.pipeline import Pipeline

    text = ("Des jihadistes ont pris d'assaut vendredi 16 janvier la localité de Ténenkou, au Mali. Au moins deux "
            "soldats maliens ont été tués. Le 5 janvier, des islamistes radicaux probablement membres d'Al-Qaïda au Maghreb "
            "islamique (Aqmi) avaient pris d'assaut la base militaire de Nampala, tuant au moins onze soldats.")
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), "fr")
    assert "earlier day" in (doc.background.get(2) or "")


def test_reported_speech_in_the_pluperfect_is_news() -> None:
    # (a guard: "the army said it had killed 32 fighters from July 15-17")
    from conflictwire.extract.background import _PLUPERFECT, _SAID_THAT

    text = "meanwhile the niger army said saturday it had killed 32 boko haram fighters from july 15-17"
    plu = _PLUPERFECT.search(text)
    assert plu is not None and _SAID_THAT.search(text[: plu.start()])


def test_police_who_intervene_or_fire_into_the_crowd_intervene() -> None:
    for text in ("Miners in Kaya, Burkina Faso, protest to demand the release of interned fellow miners. Police intervene.",
                 "Demonstrators protested in Ouagadougou, Burkina Faso, against the killing of a journalist. Police "
                 "responded by firing into the crowd."):
        assert [e.sub_event_type for e in extract_text(text)] == ["Protest with intervention"], text


def test_a_heavy_presence_of_security_forces_is_no_intervention() -> None:
    # (a guard: ACLED codes a protest "amidst heavy presence of security forces" as peaceful)
    events = extract_text("On 8 April 2019, residents in Garghin, Burkina Faso, staged a protest in front of the Ministry "
                          "of Housing, fearing eviction, amidst heavy presence of security forces in the area.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_protesting_soldiers_firing_shots_and_posts_attacked_by_demonstrators_riot() -> None:
    for text in ("On March 1, Malian soldiers stationed in Youwarou, Mali, began firing weapons in protest against a "
                 "three-month extension of their mission.",
                 "Police stations were attacked by suspected student demonstrators angry over the death of a student in "
                 "Leo, Burkina Faso."):
        assert [e.sub_event_type for e in extract_text(text)] == ["Violent demonstration"], text


def test_an_armed_group_founded_or_joining_an_alliance_changes_group() -> None:
    for text in ("On March 20, the Sunni Movement of Pouytenga, Burkina Faso, established an Islamist militia called "
                 "Islamic Security.",
                 "On July 12, the MSA announced officially joining the Platform alliance by a communique signed in Menaka, Mali."):
        assert [e.sub_event_type for e in extract_text(text)] == ["Change to group/activity"], text


def test_a_killing_that_created_tensions_with_an_armed_group_stays_a_killing() -> None:
    # (a guard)
    events = extract_text("On October 5, presumed Fulani militiamen killed a resident in Bih, Mali, which created tensions "
                          "between the armed group of the assailants and local Dozos.")
    assert [e.sub_event_type for e in events] == ["Attack"]
