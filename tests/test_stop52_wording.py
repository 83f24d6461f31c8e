"""Stop 52's conventions of wording: punctuation that does not change what a phrase says."""

from __future__ import annotations

from datetime import date

from conflictwire import extract_text
from conflictwire.eval import make_article
from conflictwire.extract.doc import ReportDoc
from conflictwire.pipeline import Pipeline


def _doc(text: str, lang: str | None = None) -> ReportDoc:
    """The report read up to its mentions (places, triggers, dates), before any event is built."""
    return Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), lang)


def test_unquoted_drops_double_quotation_marks_and_keeps_offsets() -> None:
    from conflictwire.textutil import unquoted

    text = "ont permis « de neutraliser » 15 “terroristes”, selon"
    plain, pos = unquoted(text)
    assert plain == "ont permis de neutraliser 15 terroristes, selon"
    assert len(pos) == len(plain)
    assert all(text[p] == c for p, c in zip(pos, plain, strict=True))


def test_a_quotation_mark_inside_a_phrase_does_not_break_its_trigger() -> None:
    # the army's words quoted mid-phrase: the aircraft that intervened struck, an air strike of its own
    text = ("Onze soldats ont été tués jeudi lors d'une attaque contre le détachement militaire de Madjoari, "
            "dans la province de la Kompienga, a indiqué l'armée. Le communiqué ajoute que des avions de l'armée "
            "sont intervenus et ont permis « de neutraliser au moins 15 terroristes » qui tentaient de s'échapper.")
    events = extract_text(text, published=date(2022, 5, 27), lang="fr")
    subs = sorted(e.sub_event_type or "" for e in events)
    assert subs == ["Air/drone strike", "Armed clash"]
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.fatalities == 15


def test_a_sweep_launched_in_quotes_to_find_the_attackers_is_no_event_word() -> None:
    # (read through its quotation marks, "lancé « une opération" is the launch of the sweep: still a
    # search set out to find the attackers, nothing met yet)

    text = ("Quatorze militaires nigériens ont été tués mardi dans une embuscade près de Banibangou. L'armée indique "
            "avoir lancé « une opération de ratissage de grande envergure » retrouver les assaillants.")
    doc = _doc(text)
    assert [t.text for t in doc.in_sents(doc.triggers, (1,))] == []


def test_a_video_lists_running_time_and_the_headline_under_it_are_page_chrome() -> None:
    from conflictwire.ingest.clean import clean_text

    page = ("Ansar Dine has claimed the attack on an army base in central Mali that killed at least 17 soldiers.\n"
            "At least 17 soldiers were killed and 27 people wounded, a source in the town said.\n"
            "01:00\n"
            "Ukrainian drone strike injures seven in a Russian city\n"
            "Go to video\n"
            "1:02:33\n"
            "Surge in violence displaces more than 100,000 people\n")
    text, dropped = clean_text(page)
    assert "drone strike" not in text and "displaces" not in text
    assert "killed at least 17 soldiers" in text
    assert "01:00" in dropped


def test_a_name_the_report_calls_a_publication_is_no_place() -> None:

    text = ("Niger rioters torch churches in Charlie Hebdo protest. At least five people died when rioters burned "
            "churches in Niamey on Saturday, in protests against a cartoon on the cover of Charlie Hebdo magazine.")
    doc = _doc(text)
    assert "Charlie Hebdo" not in {p.name for p in doc.places}
    assert "Niamey" in {p.name for p in doc.places}


def test_where_a_report_was_filed_from_is_not_where_it_happened() -> None:
    text = ("A series of attacks targeted volunteers for the defence of the homeland and civilians at the end of the week. "
            "About 40 people were killed in the Sahel and eastern regions of Burkina Faso.\n\n"
            "as reported from Ouagadougou, Yaya Boudani\n\n"
            "Another attack was on volunteers in Salmossi, on a road leading to Markoye. Six were killed.")
    events = extract_text(text, published=date(2023, 5, 2), lang="en")
    assert events and "Ouagadougou" not in {e.location for e in events}


def test_the_dates_of_a_dateline_are_the_day_the_dispatch_was_filed() -> None:
    text = ("Niger military camp attack kills more than 60\n"
            "Niamey, Dec 11 (AFP) Dec 11, 2019\n"
            "Jihadists attacked a Niger military camp near the border with Mali with shelling and mortars, killing more "
            "than 60 people, a security source said on Wednesday.\n"
            "Tuesday's attack in Inates in the western Tillaberi region was the deadliest on Niger's military.")
    events = extract_text(text, published=date(2019, 12, 11), lang="en")
    assert [e.event_date for e in events] == [date(2019, 12, 10)]


def test_a_sweep_told_only_as_set_out_to_secure_the_area_is_no_event_of_its_own() -> None:
    text = ("Cinq policiers burkinabè ont été tués le 19 août 2023 lors d'une attaque à hauteur de la localité de "
            "Diougo-Yourga, dans la province du Koulpelogo, selon l'état-major. « Dans la riposte, au moins quarante "
            "terroristes ont été neutralisés », assure l'armée, qui ajoute que « des opérations de ratissage ont été "
            "engagées pour sécuriser la zone ».")
    events = extract_text(text, published=date(2023, 8, 20), lang="fr")
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Diougo-Yourga")]


def test_a_name_right_after_a_noun_for_one_person_is_that_persons() -> None:

    text = ("Thousands demonstrated in Niamey on Sunday against the French forces. “The French refuse to go home,” "
            "said restaurant owner Adama Assane. A local official between Deou and Oursi was abducted.")
    doc = _doc(text)
    names = {p.name for p in doc.places}
    assert "Assane" not in names
    assert {"Niamey", "Oursi"} <= names  # (a person noun before a preposition leaves the place alone)


def test_the_volunteers_of_a_village_name_where_they_are() -> None:
    text = ("Au moins 33 terroristes ont été neutralisés lundi dans la région de la Boucle du Mouhoun, a rapporté mardi "
            "la presse locale. L'armée a précisé que des VDP de Tansila, dans la province des Banwa, pris pour cible dans "
            "une attaque terroriste, ont vigoureusement repoussé les assaillants.")
    events = extract_text(text, published=date(2024, 5, 14), lang="fr")
    assert len(events) == 1 and events[0].location not in ("Banwa", "Boucle du Mouhoun")
    assert events[0].admin1 == "Boucle du Mouhoun"


def test_a_team_of_a_named_group_is_that_group() -> None:
    text = ("Au moins 33 terroristes ont été neutralisés lundi par une équipe de Volontaires pour la défense de la patrie "
            "(VDP) près de Solenzo, dans la région de la Boucle du Mouhoun.")
    events = extract_text(text, published=date(2024, 5, 14), lang="fr")
    assert [e.actor1 for e in events] == ["VDP: Volunteers for the Defense of the Homeland"]


def test_a_nationality_on_a_strike_names_whose_forces_struck() -> None:
    en = extract_text("French airstrikes killed 12 civilians in Konna on 11 January 2013, residents said.",
                      published=date(2013, 1, 12), lang="en")
    fr = extract_text("Des frappes aériennes françaises ont visé des bases jihadistes à Gao le 13 janvier 2013.",
                      published=date(2013, 1, 14), lang="fr")
    assert [e.actor1 for e in en] == ["Military Forces of France"]
    assert [e.actor1 for e in fr] == ["Military Forces of France"]


def test_an_officials_seat_in_a_quote_opens_no_other_event() -> None:
    text = ("L'attaque s'est produite lundi dans le village de Djiguibombo, dans la région de Mopti.\n\n"
            "« C'était une attaque très grave, des hommes armés ont encerclé le village et ont tiré sur les gens », "
            "a déclaré par téléphone le maire de Bankass.\n\n"
            "Selon des élus locaux, une quarantaine de personnes ont été tuées.")
    events = extract_text(text, published=date(2024, 7, 2), lang="fr")
    assert [(e.location, e.fatalities) for e in events] == [("Djiguibambo", 40)]


def test_a_place_described_in_apposition_does_not_make_the_news_background() -> None:
    from conflictwire.extract.segment import segment

    for text in ("Des hommes armés ont tué une quarantaine de villageois lors d'une attaque dans le centre du Mali, "
                 "en proie aux violences jihadistes, ont indiqué mardi des élus.",
                 "Gunmen killed about 40 villagers in an attack in central Mali, plagued by jihadist violence, "
                 "local officials said on Tuesday."):
        doc = _doc(text)
        assert [f.background for f in segment(doc)] == [None]


def test_a_country_name_run_on_into_digits_is_an_outlet_not_the_country() -> None:
    text = ("Une patrouille de la garde nationale est tombée lundi après-midi dans une embuscade au nord de Tahoua. "
            "Une embuscade meurtrière menée par des jihadistes de l'EIGS, rapporte Rfi.\n\n"
            "Birama Thior – Senegal7")
    events = extract_text(text, published=date(2024, 3, 20), lang="fr")
    assert [(e.country, e.admin1) for e in events] == [("Niger", "Tahoua")]


def test_an_agreement_in_force_named_by_what_is_done_under_it_is_no_agreement_event() -> None:

    text = ("Les terroristes portent des coups meurtriers aux FAMa et aux groupes armés signataires de l'Accord pour la paix. "
            "Le gouvernement et les rebelles ont signé un accord de paix à Alger.")
    doc = _doc(text, "fr")
    kept = [t.sent for t in doc.triggers if t.sub_event_type == "Agreement"]
    assert kept == [1]


def test_put_out_of_action_in_an_air_strike_is_the_strikes_toll_not_a_ground_fight() -> None:
    text = ("Une quinzaine de jihadistes ont été mis hors de combat samedi au cours d'une frappe aérienne de l'armée "
            "française dans la région de Dialoubé, au nord de Mopti.")
    events = extract_text(text, published=date(2018, 2, 25), lang="fr")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [("Air/drone strike", "Military Forces of France", 15)]


def test_a_strike_of_a_force_is_its_strike_and_partners_in_coordination_are_on_its_side() -> None:
    from conflictwire.extract.consolidate import consolidate

    text = ("Mali : une quinzaine de jihadistes neutralisés par une frappe de Barkhane. Deux Mirage 2000 sont intervenus "
            "samedi soir dans la région de Dialoubé, en coordination avec les forces armées maliennes.")
    doc = _doc(text, "fr")
    roles = {doc.text[a.start : a.end]: a.role for d in consolidate(doc).drafts for a in d.actors}
    assert roles["Barkhane"] != "victim"
    assert roles["forces armées maliennes"] == "assoc"


def test_web_addresses_file_names_slugs_comment_boxes_and_cookie_banners_are_page_chrome() -> None:
    from conflictwire.ingest.clean import clean_text

    page = ("Après les combats à Konna, les frappes ciblent Gao\n"
            "apres-les-combats-a-konna-les-frappes-ciblent-desormais-gao.jpg\n"
            "L'armée française a poursuivi hier les bombardements des groupes islamistes à Gao.\n"
            "https://www.example.com/2013/01/15/mali-frappes-gao\n"
            "mali-des-hommes-armes-attaquent-un-poste-a-kidal\n"
            "Poster un Commentaire\n"
            "This website uses cookies to improve your experience. Accept Read More\n"
            "A forty-two-year-old man was killed.\n")
    text, dropped = clean_text(page)
    assert text.split("\n") == ["Après les combats à Konna, les frappes ciblent Gao",
                                "L'armée française a poursuivi hier les bombardements des groupes islamistes à Gao.",
                                "A forty-two-year-old man was killed."]
    assert len(dropped) == 5


def test_two_apostrophes_are_quotation_marks_and_read_through() -> None:
    from conflictwire.extract.background import background_reason
    from conflictwire.textutil import unquoted

    assert unquoted("dans 206 ''incidents securitaires'' principalement")[0] == "dans 206 incidents securitaires principalement"
    assert unquoted("l'armee")[0] == "l'armee"  # (one apostrophe is an elision)
    sentence = ("Quelque 107 personnes ont été tuées et 131 ont été enlevées au Niger dans 206 ‘’incidents sécuritaires’’ "
                "dans les régions de Tillaberi, Tahoua et Diffa.")
    assert (background_reason(sentence, "fr", None) or "").startswith("statistics")


def test_a_dateline_with_a_lowercase_agency_and_a_comma_before_it_is_a_dateline() -> None:
    text = ("Niamey, Aug. 2, (dpa/GNA) – At least 15 soldiers were killed in a terrorist attack on a military convoy in "
            "Niger, the Defence Ministry said late on Sunday. The soldiers were ambushed on Saturday in the Torodi region, "
            "near the border with Burkina Faso.")
    events = extract_text(text, published=date(2021, 8, 2), lang="en")
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [("Torodi", 15, date(2021, 7, 31))]


def test_a_strike_launched_by_drone_or_aircraft_is_no_labour_strike() -> None:
    from conflictwire.extract.triggers import find_triggers

    def subs(text: str) -> list[str]:
        return [r.sub_event_type for _, _, r in find_triggers(text, "en")]

    assert "Peaceful protest" not in subs("France's armed forces said they have launched a drone strike targeting terrorists.")
    assert "Peaceful protest" not in subs("This is the first operational strike by an armed drone, the statement said.")
    assert "Peaceful protest" in subs("Teachers launched a general strike on Monday.")
    assert "Peaceful protest" in subs("A strike by teachers closed the schools.")


def test_the_day_figures_were_published_by_someone_dates_the_telling() -> None:
    text = ("Suspected Boko Haram militants killed three civilians and a soldier in a double suicide attack in Niger's "
            "Diffa region on Sunday, security sources said. Diffa, which borders Nigeria, has suffered at least 57 "
            "attacks since February, statistics published by the United Nations on Friday showed.")
    events = extract_text(text, published=date(2015, 10, 4), lang="en")
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Suicide bomb", date(2015, 10, 4))]


def test_where_a_traveller_was_diverted_to_is_not_where_it_happened() -> None:
    text = ("Violent anti-government protests erupted in Kidal on Saturday ahead of the prime minister's visit. "
            "His arrival was delayed by several hours as he was diverted to Gao after news emerged of the violent protests.")
    events = extract_text(text, published=date(2014, 5, 17), lang="en")
    assert events and all(e.location == "Kidal" for e in events)


def test_a_place_said_to_be_near_in_french_proche_or_voisin_is_near_it() -> None:
    from conflictwire.geo.places import find_places
    from conflictwire.textutil import Spans

    for text in ("Des hommes armés ont attaqué un village proche de Djibo, dans la province du Soum.",
                 "Des hommes armés ont attaqué une localité voisine de Djibo, dans la province du Soum."):
        found, _ = find_places(text, actor_spans=Spans())
        assert [(m.name, m.precision) for m in found if m.name == "Djibo"] == [("Djibo", 2)], text


def test_where_reinforcements_came_from_is_not_where_it_happened() -> None:
    from conflictwire.geo.cues import DESTINATION
    from conflictwire.textutil import fold

    for before in ("les renforts de l'armée venus de ", "des renforts venus de ", "reinforcements sent from "):
        assert DESTINATION.search(fold(before)), before
    assert not DESTINATION.search(fold("les jihadistes ont attaqué le camp de "))


def test_the_toll_of_the_fights_told_is_theirs_even_when_it_names_the_sweep() -> None:
    text = ("Dix soldats nigériens ont été blessés mardi 23 janvier 2024 dans des combats avec des éléments de Boko Haram "
            "qui ont attaqué un bataillon positionné à l'aéroport de N'Guigmi, dans la région de Diffa. Le bilan "
            "provisoire de ces combats fait état de plusieurs dizaines de terroristes tués, particulièrement dans "
            "l'opération de ratissage.")
    events = extract_text(text, published=date(2024, 1, 23), lang="fr")
    # (the toll's sentence goes on with the fights: its "dozens" are their dead, the vague word's figure)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 12)]


def test_a_sentence_opened_as_a_reminder_recalls_a_past_event() -> None:
    from conflictwire.extract.background import background_reason

    for sentence, lang in (("Pour rappel, une attaque perpétrée fin juin dans cette région a entraîné la mort de vingt militaires.", "fr"),
                           ("As a reminder, an attack in the region in late June killed twenty soldiers.", "en")):
        assert background_reason(sentence, lang, None) == "a past event recalled"
    assert background_reason("Une attaque perpétrée lundi dans cette région a entraîné la mort de vingt militaires.", "fr", None) is None


def test_where_aircraft_took_off_from_is_not_where_it_happened() -> None:
    from conflictwire.geo.cues import DESTINATION
    from conflictwire.textutil import fold

    for before in ("des avions de combat ont décollé de leur base de ", "the jets took off from "):
        assert DESTINATION.search(fold(before)), before
    assert not DESTINATION.search(fold("des avions de combat ont bombardé "))


def test_a_caption_signed_photograph_is_page_chrome() -> None:
    from conflictwire.ingest.clean import is_caption

    assert is_caption("UN police officers in Bamako. A peacekeeper was killed as militants attacked a barracks in "
                      "northern Mali. Photograph: John Smith/AFP/Getty Images")
    assert not is_caption("A peacekeeper was killed as militants attacked a barracks in northern Mali on Sunday.")


def test_a_broadcasters_image_caption_and_a_photographers_line_are_page_chrome() -> None:
    from conflictwire.ingest.clean import clean_text

    page = ("Copyright de l’image Getty Images Image caption Des soldats aux funérailles de sept gendarmes tués dans "
            "une attaque.\n\nLe premier ministre a fait ce décompte lundi devant les députés.\n"
            "Photo by Jane Doe/AFP/Getty Images\nLes combats ont repris mardi.")
    text, dropped = clean_text(page)
    assert text == "Le premier ministre a fait ce décompte lundi devant les députés.\nLes combats ont repris mardi."
    assert len(dropped) == 2


def test_on_an_undated_page_with_this_weeks_news_a_month_only_date_is_an_earlier_event() -> None:
    text = ("Douze gendarmes nigériens ont été tués samedi matin dans une attaque dans la région de Tillaberi, a déclaré "
            "samedi le ministre de l'Intérieur. Début octobre, le sud-ouest du Niger a été le théâtre d'une attaque "
            "terroriste ayant fait huit morts.")
    events = extract_text(text, lang="fr")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 12)]
