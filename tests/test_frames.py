"""Event assembly: several events per report, background, datelines, actors' roles."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text

WIRE = (
    "NIAMEY, June 4 (Reuters) - Suspected Islamic State militants killed 17 soldiers in an "
    "ambush near Banibangou in western Niger on Sunday, the defence ministry said.\n\n"
    "In a separate attack on Monday, gunmen abducted six civilians near Ayorou, local sources said.\n\n"
    "Niger has been fighting jihadist groups since 2015, and analysts warn the violence could spread."
)


def test_wire_report_gives_two_events_and_no_background() -> None:
    events = extract_text(WIRE, published=date(2024, 6, 4))
    assert [e.sub_event_type for e in events] == ["Armed clash", "Abduction/forced disappearance"]
    first, second = events
    assert first.location == "Banibangou" and first.country == "Niger"
    assert first.fatalities == 17
    assert first.event_date == date(2024, 6, 2)
    assert first.actor2 == "Military Forces of Niger"
    assert second.location == "Ayorou" and second.fatalities == 0
    assert second.event_date == date(2024, 6, 3)
    assert second.actor2 == "Civilians (Niger)"


def test_dateline_place_is_never_the_event_place() -> None:
    text = "BAMAKO, June 4 (Reuters) - Gunmen killed 9 villagers in central Mali on Sunday."
    (ev,) = extract_text(text, published=date(2024, 6, 4))
    assert ev.location != "Bamako"
    assert ev.geo_precision == 3


def test_background_is_hidden_unless_asked() -> None:
    text = (
        "Des hommes armés ont tué cinq civils dimanche à Djibo, selon des sources locales.\n\n"
        "En 2019, une attaque contre le même village avait fait des dizaines de morts. "
        "Les jihadistes ont déjà mené de multiples attaques dans cette zone."
    )
    events = extract_text(text, published=date(2024, 6, 4))
    assert len(events) == 1 and events[0].fatalities == 5
    with_bg = extract_text(text, published=date(2024, 6, 4), include_background=True)
    assert len(with_bg) > 1
    assert all(e.background and e.reason for e in with_bg[1:])


def test_french_communique_army_versus_terrorists() -> None:
    text = (
        "Dans la nuit de samedi à dimanche, les FAMa ont repoussé une attaque terroriste contre "
        "le camp de Boulkessi. Le bilan fait état de trois militaires tués et de vingt "
        "terroristes neutralisés."
    )
    (ev,) = extract_text(text, published=date(2024, 6, 4))
    assert ev.event_type == "Battles" and ev.sub_event_type == "Armed clash"
    assert ev.fatalities == 23
    assert ev.location == "Boulkessi" and ev.admin1 == "Mopti"
    assert ev.event_date == date(2024, 6, 1)
    assert "Military Forces of Mali" in (ev.actor1, ev.actor2)


def test_claim_names_the_perpetrator() -> None:
    text = "JNIM claimed responsibility for an attack on an army post in Djibo that killed 12 soldiers."
    (ev,) = extract_text(text)
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert ev.claimed_by == "JNIM"
    assert ev.actor2 == "Military Forces of Burkina Faso"
    assert ev.event_date is None  # no publication date, no year: none invented


def test_every_field_has_a_span_into_the_text() -> None:
    for ev in extract_text(WIRE, published=date(2024, 6, 4)):
        for name in ("event_type", "location", "event_date", "actor1"):
            assert name in ev.evidence, name
        assert ("fatalities" in ev.evidence) == bool(ev.fatalities)
        for spans in ev.evidence.values():
            assert all(WIRE[s.start : s.end] == s.text for s in spans)


def test_vague_words_count_only_without_a_figure() -> None:
    (ev,) = extract_text("Treize soldats ont été tués et plusieurs terroristes neutralisés mardi à Tessit, au Mali.",
                         published=date(2024, 6, 5))
    assert ev.fatalities == 13
    (ev,) = extract_text("Plusieurs soldats ont été tués mardi à Tessit, au Mali.", published=date(2024, 6, 5))
    assert ev.fatalities == 10


def test_communique_counts_both_sides() -> None:
    text = ("Communiqué: Le 3 mai 2024, une unité des FAMa a été attaquée à Boni. Bilan: côté ami, "
            "quatre (04) morts et onze (11) blessés; côté ennemi, trente et un (31) terroristes neutralisés.")
    (ev,) = extract_text(text)
    assert ev.fatalities == 35


def test_suspected_and_claimed_groups_are_actor1() -> None:
    (ev,) = extract_text("Suspected JNIM militants killed five civilians in Djibo, Burkina Faso, on 2 May 2024.")
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims" and ev.claimed_by is None
    (ev,) = extract_text("Gunmen killed five soldiers in Djibo, Burkina Faso, on 2 May 2024. JNIM claimed the attack.")
    assert ev.actor1 == "JNIM: Group for Support of Islam and Muslims" and ev.claimed_by == "JNIM"
    (ev,) = extract_text("Des hommes armés ont tué cinq civils à Djibo, au Burkina Faso, le 2 mai 2024.")
    assert ev.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_a_dated_dateline_gives_the_publication_date() -> None:
    text = "OUAGADOUGOU, 4 June 2024 (AFP) - Gunmen killed nine villagers in Seytenga on Sunday, residents said."
    (ev,) = extract_text(text)
    assert ev.event_date == date(2024, 6, 2)
    assert ev.location != "Ouagadougou"
    # any outlet in the brackets, an abbreviated month
    (ev,) = extract_text("BAMAKO, Feb 6, 2024 (Sahel Wire) - Jihadists attacked an army post in Boni on Sunday, "
                         "killing four soldiers, security sources said.")
    assert ev.event_date == date(2024, 2, 4) and ev.evidence["event_date"][0].text == "on Sunday"


def test_a_claim_of_the_attack_is_not_a_new_event() -> None:
    text = (
        "At least 71 Nigerien soldiers were killed on Wednesday in an attack on their base at Inates, Niger.\n\n"
        "Yesterday, the Islamic State took credit for the raid.\n\n"
        "In July, at least 18 soldiers were killed when the group launched a separate assault on the outpost."
    )
    events = extract_text(text, published=date(2019, 12, 13))
    assert len(events) == 1
    assert events[0].fatalities == 71 and events[0].location == "Inates"
    with_background = extract_text(text, published=date(2019, 12, 13), include_background=True)
    assert any(e.background and e.fatalities == 18 for e in with_background)


def test_confidence_follows_how_explicit_the_report_is() -> None:
    (explicit,) = extract_text("On 4 May 2024, JNIM militants killed 12 soldiers in an ambush near Boni, Mali.")
    (vague,) = extract_text("Fighting was reported in the region, a local source said.")
    assert 0.0 < vague.confidence < explicit.confidence < 1.0


def test_country_level_commentary_is_not_another_event() -> None:
    text = (
        "Gunmen killed seven soldiers near Djibo, Burkina Faso, on 4 May 2024, security sources said.\n\n"
        "Burkina Faso has been hit by attacks by jihadist fighters linked to Al-Qaeda and the Islamic State."
    )
    events = extract_text(text, published=date(2024, 5, 6))
    assert [e.location for e in events] == ["Djibo"]


def test_a_clause_that_turns_to_another_event_is_one() -> None:
    text = ("Gunmen killed 51 soldiers in an ambush near Deou, Burkina Faso, on 17 February 2023, "
            "and days after another attack in Tin-Akoff town, where locals say dozens of soldiers were killed.")
    events = extract_text(text, published=date(2023, 2, 25))
    assert {e.location for e in events} == {"Déou", "Tin-Akoff"}


def test_a_lead_without_event_words_places_the_first_event() -> None:
    text = ("Monday's incident took place as the convoy was supplying towns on a road between Bourzanga and Djibo.\n\n"
            "One of the vehicles carrying civilians hit an improvised explosive device. The toll is 35 dead, all civilians.")
    (ev,) = extract_text(text, published=date(2022, 9, 6))
    assert ev.sub_event_type == "Remote explosive/landmine/IED" and ev.admin1 in ("Sahel", "Centre-Nord")
    assert ev.location in ("Bourzanga", "Djibo") and ev.fatalities == 35


def test_a_victim_verb_does_not_reach_across_a_clause() -> None:
    (ev,) = extract_text("Nineteen civilians were killed when armed men raided a village near Ouallam, Niger, on Saturday.")
    assert ev.sub_event_type == "Attack" and ev.actor1 == "Unidentified Armed Group (Niger)" and ev.actor2 == "Civilians (Niger)"


def test_a_summary_of_several_events_is_not_one_more() -> None:
    text = ("At least 34 terrorists were neutralized during two military operations in the Dosso and Tillaberi regions of Niger.\n"
            "The first operation took place on September 17 near the town of Dubalma in the Dosso region, when armed "
            "terrorists attacked a military patrol; seven soldiers were killed.\n"
            "The second operation took place on September 19: the army killed 12 terrorists in the Mangaize area of the Tillaberi region.")
    events = extract_text(text, published=date(2025, 9, 22))
    assert len(events) == 2 and "Dosso" not in {e.location for e in events}


def test_an_unknown_village_inside_a_named_area_is_the_place() -> None:
    (ev,) = extract_text("Au moins onze soldats nigériens ont été tués mercredi soir dans l'attaque de leur position à "
                         "Tiloua, dans la région d'Ouallam, par un groupe d'individus armés.", published=date(2017, 2, 24))
    assert (ev.location, ev.country, ev.admin1, ev.geo_precision) == ("Tiloua", "Niger", "Tillabéri", 2)
    assert ev.latitude is not None and abs(ev.latitude - 14.3) < 0.3  # near Ouallam, the named town


def test_a_claim_of_the_attack_after_an_aside_is_the_claimants_account() -> None:
    text = ("The government of Benin has confirmed that 54 soldiers were killed in an attack by suspected jihadists "
            "in the W National Park on April 17, 2025. It is the deadliest attack since insurgents began operating "
            "in northern Benin several years ago. JNIM, an al-Qaeda affiliate based in Mali, earlier claimed "
            "responsibility for the attack and said that they had killed 70 soldiers.")
    (ev,) = extract_text(text)
    assert ev.location == "W National Park" and ev.fatalities == 54 and ev.claimed_by == "JNIM"


def test_a_story_dated_by_its_year_alone_is_history_without_a_publication_date() -> None:
    text = ("Islamist militants killed 16 soldiers in an attack on a military camp near Inates, Niger, on Monday afternoon.\n"
            "In 2017, they killed four members of U.S. special forces and four Nigerien soldiers in an ambush near Tongo Tongo.")
    events = extract_text(text)
    assert [e.location for e in events] == ["Inates"]


def test_accusations_and_descriptions_name_no_side() -> None:
    text = ("Des hommes armés ont encerclé dimanche un village dogon près de Bankass, au Mali, avant d'ouvrir le feu sur "
            "les habitants, tuant 31 personnes. La milice dogon Dan Na Ambassagou a accusé la katiba Macina, affiliée "
            "au JNIM, d'être à l'origine de la tuerie.")
    (ev,) = extract_text(text, published=date(2024, 6, 4))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_words_ending_like_a_preposition_are_not_one() -> None:
    # "organisation" ends in "on": the group named after it is not a target
    text = ("Le bilan de l'attaque contre un campement nomade près de Ménaka s'est alourdi : 24 civils tués par des hommes "
            "armés. Des djihadistes de l'organisation État Islamique au grand Sahara sont présents dans cette région.")
    (ev,) = extract_text(text, published=date(2018, 9, 27))
    assert ev.sub_event_type == "Attack" and ev.actor2 == "Civilians (Mali)"


def test_an_attack_on_a_military_post_is_a_clash() -> None:
    text = ("Le camp de Kwala, dans la région de Koulikoro, a été la cible d'une attaque terroriste tôt le matin. "
            "L'attaque visait « des unités chargées de la sécurisation des travaux de la route ». "
            "Des sources locales font état de 30 morts.")
    (ev,) = extract_text(text, published=date(2024, 3, 10))
    assert ev.event_type == "Battles" and ev.location == "Kwala"


def test_an_unknown_sector_some_km_from_a_known_town() -> None:
    (ev,) = extract_text("Ce lundi 24 avril 2023, les FAMa sont intervenues dans le secteur de Dourou, à 25 km de la "
                         "localité de Bandiagara, et ont neutralisé 29 terroristes par des frappes aériennes.")
    assert (ev.sub_event_type, ev.location, ev.admin1, ev.geo_precision) == ("Air/drone strike", "Dourou", "Mopti", 2)


def test_an_arrest_in_the_town_after_the_attack_it_refers_to() -> None:
    text = ("An unidentified man threw a grenade into the central police station in Tahoua, Niger, on Wednesday evening, "
            "wounding three officers.\n\nOn Thursday, police arrested two suspects in the town's Sabon Gari "
            "neighbourhood in connection with the attack.\n\nIt is the first grenade attack in the city.")
    events = extract_text(text, published=date(2025, 2, 14))
    assert [(e.sub_event_type, e.location) for e in events] == [("Grenade", "Tahoua"), ("Arrests", "Tahoua")]
    assert events[1].evidence["location"][0].text == "Tahoua"


def test_things_carried_off_are_looting_people_carried_off_are_abducted() -> None:
    (ev,) = extract_text("Armed men ransacked a health post near Diapaga, Burkina Faso, on Saturday and carried off "
                         "medicines and cattle. No one was hurt.", published=date(2024, 3, 4))
    assert ev.sub_event_type == "Looting/property destruction"
    (ev,) = extract_text("Armed men raided a village near Diapaga, Burkina Faso, on Saturday and carried off "
                         "four women.", published=date(2024, 3, 4))
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_where_the_attack_took_place_is_its_place() -> None:
    text = ("Le convoi de ravitaillement de la ville de Djibo a été pris à partie par des hommes armés le lundi "
            "26 septembre 2022. Au moins dix soldats ont été tués. C'est au niveau de la commune de Gaskindé, à une "
            "vingtaine de kilomètres de Djibo, que l'attaque a eu lieu.")
    (ev,) = extract_text(text)
    assert ev.location == "Gaskindé" and ev.event_type == "Battles" and ev.fatalities == 10


def test_the_village_this_attack_occurred_near_is_its_place() -> None:
    text = ("Deux gendarmes ont été tués dans la nuit de lundi à mardi dans une attaque dans la zone de Say, dans la "
            "région de Tillabéri. Sept autres gendarmes ont été blessés dans cette attaque survenue près de Kokoloukou, "
            "un village situé dans le département de Say.")
    (ev,) = extract_text(text, published=date(2018, 1, 24), lang="fr")
    assert ev.location == "Kokoloukou" and ev.fatalities == 2


def test_a_caption_after_a_toll_is_not_its_victims_and_burning_is_part_of_the_attack() -> None:
    text = ("Eyewitnesses say several dozen men on motorbikes attacked the village of Sanakadougou in Kossi province, "
            "Burkina Faso, overnight killing at least 12 people.\n-\nBurkina Faso troops mounting a vehicle (AFP)\n\n"
            "\"Almost the entire village was burnt down,\" one witness said, adding that locals had started leaving "
            "the area on Friday.")
    (ev,) = extract_text(text, published=date(2020, 4, 12))
    # (GeoNames spells the Kossi village "Sanankadougou", "Sanakadougou" an alternate of it)
    assert (ev.sub_event_type, ev.location, ev.admin1, ev.fatalities) == ("Attack", "Sanankadougou", "Boucle du Mouhoun", 12)


def test_a_guess_names_no_side_and_the_capitals_authorities_are_not_the_place() -> None:
    text = ("Au moins onze soldats nigériens ont été tués mercredi soir dans l'attaque de leur position à Tiloua, dans "
            "la région d'Ouallam (près de la frontière malienne), par un groupe d'individus armés. Jeudi, aucun "
            "communiqué des autorités de Niamey ne mentionnait cette attaque. Il pourrait toutefois s'agir de groupes "
            "djihadistes actifs au Mali, selon certains témoins.")
    (ev,) = extract_text(text, published=date(2017, 2, 24))
    assert (ev.location, ev.country, ev.actor1) == ("Tiloua", "Niger", "Unidentified Armed Group (Niger)")


def test_a_closing_sign_off_date_is_the_papers() -> None:
    text = ("La police a dispersé une manifestation contre la présence militaire française mercredi à Bamako.\n\n"
            "Là aussi, la police est intervenue avec des gaz lacrymogènes pour disperser les manifestants.\n\n"
            "L'Indicateur du Renouveau du 11 Janvier 2018")
    (ev,) = extract_text(text, published=date(2018, 1, 11))
    assert ev.location == "Bamako" and str(ev.event_date) == "2018-01-10"


def test_missing_soldiers_are_not_abducted_missing_herders_may_be() -> None:
    text = ("Un assaut lancé lundi par des terroristes contre une base militaire dans la province du Soum, au Burkina "
            "Faso, a fait une dizaine de morts. Des hélicoptères patrouillaient encore hier pour retrouver de nombreux "
            "soldats portés disparus.")
    assert [e.event_type for e in extract_text(text, published=date(2019, 8, 21))] == ["Battles"]
    (ev,) = extract_text("Une douzaine d'éleveurs ont été portés disparus après leur arrestation par l'armée près de "
                         "Youwarou, au Mali, samedi.", published=date(2019, 8, 21))
    assert ev.event_type == "Violence against civilians"


def test_a_recap_of_two_told_events_is_not_a_third() -> None:
    text = ("Jihadists ambushed a military convoy near Déou, Burkina Faso, last Friday, killing 51 soldiers.\n\n"
            "Days later, another attack hit a military outpost in Tin-Akoff town, where locals say dozens of soldiers "
            "were killed.\n\nThe government confirmed the toll of the Deou ambush but has not commented on the "
            "attack in Tin-Akoff.\n\nSince then, more than 180 soldiers have been killed in hostile acts.")
    events = extract_text(text, published=date(2023, 2, 27))
    assert sorted(e.location for e in events) == ["Déou", "Tin-Akoff"]


def test_attacks_in_general_are_no_new_event() -> None:
    text = ("At least 71 Nigerien soldiers were killed on Wednesday in an Islamic State attack on their base at Inates, Niger.\n\n"
            "Like most other recent attacks in the Sahel, the assault was claimed under the Islamic State West Africa moniker.")
    assert len(extract_text(text, published=date(2019, 12, 13))) == 1


def test_a_town_outside_the_province_just_told_is_another_event() -> None:
    text = ("JNIM said another attack killed 10 soldiers in eastern Gnagna province, Burkina Faso.\n\n"
            "An army base in Djibo came under attack as well, security sources told Reuters.")
    # (the second, told without toll or date, may be a candidate: the split is what is tested)
    events = extract_text(text, published=date(2025, 5, 13), include_candidates=True)
    assert [(e.location, e.admin1) for e in events] == [("Gnagna", "Est"), ("Djibo", "Sahel")]


def test_the_name_given_to_the_victims_is_a_victim() -> None:
    (ev,) = extract_text("An attack killed 10 members of a pro-government militia known as VDP in eastern Gnagna "
                         "province, Burkina Faso, on Saturday.", published=date(2025, 5, 13))
    assert ev.event_type == "Battles" and ev.actor2 == "VDP: Volunteers for the Defense of the Homeland"


def test_a_bar_set_on_fire_and_a_firebomb_thrown_are_events() -> None:
    text = ("Le même jour, au moins 20 hommes armés ont été vus à moto dans la ville de Gorom-Gorom, au Burkina Faso, "
            "incendiant un bar et effrayant des civils.\n\nLa semaine dernière, un agresseur a lancé une bouteille "
            "inflammable dans une mosquée de Ouagadougou, blessant six personnes.")
    events = extract_text(text, published=date(2020, 10, 5))
    assert [(e.event_type, e.location) for e in events] == [
        ("Strategic developments", "Gorom-Gorom"), ("Violence against civilians", "Ouagadougou")]


def test_each_frame_says_why_a_new_event_starts_there() -> None:
    from conflictwire.extract.segment import segment
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    text = ("Gunmen killed five soldiers in Djibo on Monday. In a separate attack, jihadists killed three civilians "
            "in Arbinda on Monday. On Tuesday, gunmen attacked a checkpoint in Arbinda, killing two gendarmes.")
    doc = Pipeline().make_doc(Article(doc_id="r", text=text, published=date(2024, 5, 8)), "en")
    assert [f.reason for f in segment(doc)] == ["first", "separator cue", "another day"]


@pytest.mark.parametrize("text", [
    "In the Sahel region, eight VDP volunteers were killed on Wednesday in an attack on their post in Gorgadji, "
    "while on Thursday an improvised explosive device killed three civilians on the road between Dori and Sampelga.",
    "Dans la région du Sahel, huit VDP ont été tués mercredi dans l'attaque de leur poste à Gorgadji, tandis que "
    "jeudi un engin explosif improvisé a tué trois civils sur la route entre Dori et Sampelga.",
])
def test_a_clause_with_a_day_of_its_own_tells_another_event(text: str) -> None:
    """'… were killed on Wednesday in Gorgadji, while on Thursday an IED killed three civilians
    near Dori': two events, each with its day, place and toll."""
    first, second = extract_text(text, published=date(2024, 5, 11), include_candidates=True)
    assert (first.location, str(first.event_date), first.fatalities) == ("Gorgadji", "2024-05-08", 8)
    assert (second.sub_event_type, str(second.event_date), second.fatalities) == (
        "Remote explosive/landmine/IED", "2024-05-09", 3)


def test_the_weekend_dates_an_event_to_its_saturday_and_parts_no_days() -> None:
    (ev,) = extract_text("Des hommes armés ont tué cinq civils à Sollé le week-end dernier, selon des sources locales.",
                         published=date(2024, 5, 8), include_candidates=True)
    assert (str(ev.event_date), ev.time_precision) == ("2024-05-04", 2)
    # a weekend is no one day: "on Saturday" after it is the same story, not another day's
    text = ("Gunmen killed five civilians in Solle at the weekend, officials said on Tuesday. On Saturday night the "
            "attackers stormed the village on motorbikes and shot dead five men.")
    (ev,) = extract_text(text, published=date(2024, 5, 8), include_candidates=True)
    assert (ev.location, str(ev.event_date), ev.fatalities) == ("Sollé", "2024-05-04", 5)


@pytest.mark.parametrize("text", [
    "Hundreds of residents protested in Djibo on Monday after gunmen killed seven civilians in a nearby village "
    "on Saturday.",
    "Des centaines d'habitants ont manifesté lundi à Djibo après que des hommes armés ont tué sept civils samedi "
    "dans un village voisin.",
])
def test_a_protest_over_a_killing_told_with_its_own_day_is_two_events(text: str) -> None:
    protest, killing = extract_text(text, published=date(2024, 5, 8), include_candidates=True)
    assert (protest.sub_event_type, str(protest.event_date), protest.fatalities) == ("Peaceful protest", "2024-05-06", 0)
    assert (killing.sub_event_type, str(killing.event_date), killing.fatalities) == ("Attack", "2024-05-04", 7)


def test_a_clause_that_opens_on_another_attack_is_read_apart() -> None:
    text = ("In separate incidents on Sunday, gunmen killed five civilians in Kaya, and a roadside bomb struck an army "
            "patrol near Dori, killing three soldiers, security sources said.")
    kaya, dori = extract_text(text, published=date(2024, 5, 8), include_candidates=True)
    assert (kaya.sub_event_type, kaya.location, kaya.fatalities) == ("Attack", "Kaya", 5)
    assert (dori.sub_event_type, dori.location, dori.fatalities) == ("Remote explosive/landmine/IED", "Dori", 3)
    assert str(kaya.event_date) == str(dori.event_date) == "2024-05-05"  # the sentence's day, for both clauses
    text = ("Au Niger, l'armée a annoncé mercredi avoir neutralisé 12 terroristes lors d'accrochages dimanche près de "
            "Ouallam, tandis qu'une attaque contre le village de Tiloa, dans la région de Tahoua, a fait neuf morts "
            "civils lundi.")
    ouallam, tiloa = extract_text(text, published=date(2024, 5, 8), include_candidates=True)
    assert (ouallam.location, str(ouallam.event_date), ouallam.fatalities) == ("Ouallam", "2024-05-05", 12)
    assert (tiloa.location, str(tiloa.event_date), tiloa.fatalities) == ("Tiloa", "2024-05-06", 9)
    # the same place: one event still ("with gunfire, and a car bomb exploded at the gate")
    (ev,) = extract_text("JNIM fighters attacked the army camp in Boulkessi with gunfire, and a car bomb exploded at "
                         "the gate, killing 12 soldiers.", published=date(2024, 5, 8), include_candidates=True)
    assert (ev.location, ev.fatalities) == ("Boulkessi", 12)


def test_en_revanche_turns_to_another_event_at_another_place() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Délestages et nouvelle taxe : marche à Kayes, sit-in dispersé à Bamako\n\n"
            "Kayes et Bamako ont été lundi le théâtre de deux mouvements de colère.\n\n"
            "À Kayes, plusieurs centaines de jeunes ont marché pacifiquement de la place de l'Indépendance jusqu'au "
            "gouvernorat pour dénoncer les coupures d'électricité.\n\n"
            "À Bamako, en revanche, le sit-in des commerçants a tourné court : les policiers ont dispersé à coups de gaz "
            "lacrymogène les commerçants rassemblés devant la mairie.")
    events = extract_text(text, published=date(2024, 4, 9), lang="fr")
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Peaceful protest", "Kayes"), ("Protest with intervention", "Bamako")]


def test_suspects_arrested_after_a_bombing_are_an_event_of_their_own() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("DOUENTZA - Un kamikaze à moto s'est fait exploser jeudi matin contre un poste de contrôle de l'armée à "
            "Douentza, tuant deux militaires.\n\n"
            "Dans l'après-midi, la gendarmerie a interpellé au marché de Douentza trois hommes soupçonnés d'avoir "
            "servi de guides au kamikaze.")
    events = extract_text(text, published=date(2024, 6, 14), lang="fr")
    assert [e.sub_event_type for e in events] == ["Suicide bomb", "Arrests"]


def test_a_title_naming_two_places_does_not_tie_the_second_to_the_first_event() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Centre du Mali : des rescapés accusent l'armée d'exécutions à Kouakourou et Gossiri\n\n"
            "Des militaires maliens ont exécuté des civils le mardi 5 mars dans deux villages de la région de Mopti.\n\n"
            "À Kouakourou, la colonne est arrivée à l'aube. Selon un rescapé, au moins quatorze hommes ont été abattus.\n\n"
            "Dans l'après-midi du même jour, la colonne s'est rendue à Gossiri. Là, sept éleveurs ont été tués.")
    events = extract_text(text, published=date(2024, 3, 12), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Kouakourou", 14), ("Gossiri", 7)]


def test_the_paragraph_after_a_lead_without_event_words_places_the_title_s_story() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Namentenga : un collectif accuse des VDP d'avoir tué des éleveurs\n\n"
            "Le collectif a dénoncé jeudi à Ouagadougou, au cours d'une conférence de presse, ces tueries.\n\n"
            "Selon le collectif, le dimanche 11 juin, des VDP ont encerclé un campement d'éleveurs situé à la sortie "
            "de Taparko. Neuf hommes y auraient été tués.")
    (ev,) = extract_text(text, published=date(2023, 6, 16), lang="fr")
    assert (ev.location, ev.fatalities) == ("Taparko", 9)


def test_a_lead_telling_two_attacks_apart_with_tandis_que_gives_two_events() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Deux attaques ont endeuillé la région de l'Est ce week-end. Cinq membres d'un groupe Koglwéogo ont été tués "
            "samedi à Piéla, dans la province de la Gnagna, tandis que trois agents des Eaux et Forêts ont perdu la vie "
            "dimanche dans une embuscade près de Pama.\n\n"
            "Le directeur régional, joint à Fada N'Gourma, a confirmé l'attaque.")
    events = extract_text(text, published=date(2024, 5, 27), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Piéla", 5), ("Pama", 3)]


def test_nouveaux_accrochages_elsewhere_the_next_day_are_another_event() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Ménaka : le MSA accroché par l'État islamique à Inékar, nouveaux combats vers Tidermène\n\n"
            "Des combattants du MSA ont été attaqués le dimanche 9 avril à Inékar par des éléments de l'État islamique. "
            "Le MSA reconnaît la perte de six de ses combattants.\n\n"
            "Le lendemain, des unités du MSA se sont lancées à la poursuite des assaillants. De nouveaux accrochages ont "
            "eu lieu dans la zone de Tidermène, plus au nord, faisant une dizaine de morts.")
    events = extract_text(text, published=date(2023, 4, 12), lang="fr")
    assert [e.location for e in events] == ["Inékar", "Tidermène"]


def test_un_autre_a_succombe_is_no_other_event_and_a_march_organised_at_a_town_is_one() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Kéniéba : les gendarmes tirent sur des manifestants, deux morts\n\n"
            "Deux personnes ont été tuées jeudi à Kéniéba lorsque des gendarmes ont ouvert le feu sur des habitants qui "
            "protestaient contre la fermeture de sites d'orpaillage.\n\n"
            "Un jeune homme est mort sur place et un autre a succombé à ses blessures dans la soirée.\n\n"
            "Le lendemain, vendredi, plusieurs associations ont organisé à Kayes une marche de solidarité. Les marcheurs "
            "ont exigé des sanctions contre les auteurs des tirs.")
    events = extract_text(text, published=date(2025, 5, 17), lang="fr")
    assert [e.location for e in events] == ["Kéniéba", "Kayes"] and events[1].sub_event_type == "Peaceful protest"


def test_a_paragraph_opening_on_the_next_day_goes_with_the_next_event() -> None:
    from datetime import date

    from conflictwire import extract_text
    text = ("Des combattants du MSA ont été attaqués le dimanche 9 avril à Inékar par l'État islamique au Sahel.\n\n"
            "Le lendemain, lundi 10 avril, des unités du MSA se sont lancées à la poursuite des assaillants. De nouveaux "
            "accrochages ont eu lieu dans la zone de Tidermène, faisant une dizaine de morts.")
    events = extract_text(text, published=date(2023, 4, 12), lang="fr")
    assert [(e.location, e.actor1) for e in events][1] == ("Tidermène", "MSA: Movement for Azawad Salvation")


def test_demonstrated_as_showed_is_no_protest() -> None:
    text = "Local communities have demonstrated remarkable generosity but can no longer cope, the agency said on Tuesday."
    assert extract_text(text, published=date(2022, 5, 4), lang="en", include_candidates=True) == []
    (ev,) = extract_text("Hundreds of students demonstrated in Niamey on Tuesday against the closure of the campus.",
                         published=date(2022, 5, 4), lang="en", include_candidates=True)
    assert ev.event_type == "Protests"


def test_a_vehicle_that_stepped_on_a_mine_is_no_march() -> None:
    text = ("Un véhicule de transport de civils a marché sur une mine ce matin près de Koro, dans la région de Mopti, "
            "tuant deux passagers.")
    events = extract_text(text, published=date(2022, 5, 4), lang="fr", include_candidates=True)
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed at least 40 civilians in an overnight raid on the village of Solhan, the government said on "
           "Saturday."),
    ("fr", "Des hommes armés ont tué hier au moins 40 civils dans le village de Solhan, a annoncé samedi le gouvernement."),
])
def test_a_day_counted_back_counts_from_the_day_it_was_told(lang: str, text: str) -> None:
    # published on Monday 7 June 2021, told on Saturday the 5th: "overnight" and "hier" are Friday's
    (ev,) = extract_text(text, published=date(2021, 6, 7), lang=lang)
    assert str(ev.event_date) == "2021-06-04" and ev.fatalities == 40


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée burkinabè a affirmé lundi avoir repoussé dimanche une attaque massive de jihadistes contre la ville "
           "de Djibo, neutralisant près de 400 terroristes."),
    ("en", "The Burkinabe army said on Monday it had repelled on Sunday a massive jihadist attack on the town of Djibo, "
           "killing nearly 400 terrorists."),
])
def test_the_day_of_the_act_a_teller_reports_is_the_act_s_and_the_side_that_repels_was_attacked(lang: str, text: str) -> None:
    (ev,) = extract_text(text, published=date(2023, 11, 27), lang=lang)
    assert str(ev.event_date) == "2023-11-26"
    assert (ev.actor2 or "").startswith("Military Forces of Burkina Faso") and not ev.actor1.startswith("Military")
