"""Stop 53's conventions of wording: what a sentence says of time and of the events it tells."""

from __future__ import annotations

from conflictwire.extract.background import background_reason
from reports import events_of


def test_violence_told_over_years_is_background() -> None:
    for sentence, lang in [
        ("The vast region around Tillaberi has for years been the scene of deadly attacks by jihadist groups.", "en"),
        ("Extremist insurgents have staged attacks there for years despite the deployment of security forces.", "en"),
        ("Jihadist groups have been terrorising the region for years.", "en"),
        ("La zone des trois frontières est le théâtre depuis des années d'attaques jihadistes.", "fr"),
    ]:
        assert background_reason(sentence, lang, 2025) is not None, sentence


def test_one_event_at_a_scene_or_a_life_told_over_years_is_not_background() -> None:
    for sentence, lang in [
        ("Governor Issoufou Mamane visited the scene of the raid.", "en"),
        ("Gunmen kidnapped a missionary who has worked for years in Abalak.", "en"),
        ("La capitale a été le théâtre d'une attaque meurtrière.", "fr"),
        ("Bamako, en proie à ses pires troubles depuis des années.", "fr"),
    ]:
        assert background_reason(sentence, lang, 2025) is None, sentence



def test_crowds_that_take_the_streets_by_storm_protest() -> None:
    events = events_of("Des milliers de Nigériens ont pris d'assaut les rues de Niamey ce dimanche pour exprimer leur "
                     "soutien au CNSP. Les manifestants brandissaient des pancartes.", "fr")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_armed_men_who_take_a_camp_by_storm_attack_it() -> None:
    events = events_of("Des hommes armés ont pris d'assaut le camp militaire de Boulkessi dimanche, tuant trois soldats.", "fr")
    assert events and events[0].event_type == "Battles"


def test_the_place_given_to_an_event_named_by_its_kind_is_that_events() -> None:
    events = events_of("Suspected jihadists massacred 30 worshippers at a mosque in western Niger on Friday, the Interior "
                     "Ministry said on Saturday. Two days before the mosque attack, Niger's army claimed to have killed "
                     "45 militants.\nThe massacre happened in Fambita, in the Tillaberi region.", "en")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].location == "Fambita" and attacks[0].fatalities == 30


def test_fire_launched_from_afar_is_no_ground_fight() -> None:
    events = events_of("Bamako, le 3 mai 2017 - Aujourd'hui à 13h15, une attaque aux mortiers a été lancée contre le camp "
                     "de la MINUSMA à Tombouctou. L'attaque a fait un mort parmi les casques bleus. La Force a déployé des "
                     "moyens aériens pour identifier la zone où les tirs ont été lancés.", "fr")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_another_news_report_is_another_telling_not_another_event() -> None:
    events = events_of("A demonstration by students protesting against their living conditions at the university in Niamey "
                     "has forced the authorities to shut it down following violent clashes between students and security "
                     "forces.\n\nAccording to a local press report students expressed their anger at the failure of the "
                     "authorities to pay their allowances.\n\nAnother news report indicated that in Niamey, students "
                     "occupied roads and set fire to tyres. Police used tear gas to disperse the crowd and students threw "
                     "stones.", "en")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_un_autre_rapport_is_another_telling_not_another_event() -> None:
    from conflictwire.eval import make_article
    from conflictwire.extract.segment import segment
    from conflictwire.pipeline import Pipeline

    text = ("Des affrontements entre élèves et forces de l'ordre ont éclaté lundi à Niamey devant l'université.\n\n"
            "Un autre rapport de presse indique que les élèves ont barré les routes et brûlé des pneus, et que la "
            "police a dispersé la foule à coups de gaz lacrymogène.")
    frames = segment(Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), "fr"))
    assert len(frames) == 1


def test_protests_called_or_postponed_are_no_protest_held() -> None:
    for sentence in ("Fulani associations last week twice called, and postponed, demonstrations in Bamako to condemn the massacre.",
                     "Opposition parties called for protests on Friday after the arrest of their leader."):
        assert background_reason(sentence, "en", None) is not None, sentence
    assert background_reason("Police fired tear gas at protesters who marched in Bamako on Friday.", "en", None) is None


def test_a_bus_on_the_road_to_the_capital_is_placed_at_the_other_end() -> None:
    events = events_of("Mardi 11 mars 2025, un bus reliant Bankass à Bamako a été intercepté par des jihadistes présumés "
                     "dans le centre du Mali. Plusieurs dizaines de passagers ont été enlevés.", "fr")
    assert events and events[0].location == "Bankass"


def test_an_adverb_between_auxiliary_and_participle_keeps_the_agent() -> None:
    events = events_of("Le 25 février 2024, l'armée burkinabè a sommairement exécuté au moins 223 civils dans deux villages "
                     "de la province du Yatenga.", "fr")
    assert events and events[0].actor1 is not None and events[0].actor1.startswith("Military Forces of Burkina Faso")


def test_time_counted_from_the_history_told_is_history() -> None:
    from conflictwire.eval import make_article
    from conflictwire.pipeline import Pipeline

    text = ("Shelling in Timbuktu killed a child on Saturday, a local official said. Timbuktu fell into the control of "
            "Salafist militants after a 2012 uprising. Twelve months later, French and Malian forces regained control "
            "of the city.")
    doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x", published=None), "en")
    assert 2 in doc.background


def test_a_child_or_a_girl_is_a_civilian() -> None:
    from conflictwire.eval import make_article
    from conflictwire.pipeline import Pipeline

    for text, lang in [("Shelling in Timbuktu killed a child and wounded a girl.", "en"),
                       ("Une fillette a été tuée par un obus à Tombouctou.", "fr")]:
        doc = Pipeline().make_doc(make_article("x", text, kind="text", doc_id="x"), lang)
        assert any(a.canonical.startswith("Civilians") for a in doc.actors), text


def test_an_army_spokesman_is_a_teller_not_a_side() -> None:
    from conflictwire.eval import make_article
    from conflictwire.pipeline import Pipeline

    doc = Pipeline().make_doc(make_article("x", "Gunmen shelled the market in Timbuktu on Saturday, said an army spokesman.",
                                           kind="text", doc_id="x"), "en")
    army = [a for a in doc.actors if a.canonical.startswith("Military Forces")]
    assert army and all(a.role == "source" for a in army)


def test_this_province_is_the_province_named_just_before() -> None:
    from datetime import date


    text = ('"Hier soir (lundi) le détachement de Tin-Akoff a été la cible d\'une violente attaque", a indiqué une source '
            'sécuritaire, évoquant un bilan de 19 morts. "Les opérations se poursuivent et sont concentrées sur la province '
            'de l\'Oudalan, au niveau des trois frontières (aux confins du Niger et du Mali)", a poursuivi cette source. '
            'C\'est dans cette province qu\'au moins 51 soldats ont été tués vendredi dans une embuscade, selon l\'armée.')
    events = events_of(text, "fr", published=date(2023, 2, 21))
    ambush = [e for e in events if e.fatalities == 51]
    assert ambush and ambush[0].admin1 == "Sahel" and ambush[0].location == "Oudalan"


def _sides() -> tuple:
    from conflictwire.extract.roles import CIVILIANS, POLITICAL_MILITIA, STATE

    gunmen = ("Unidentified Armed Group (Mali)", POLITICAL_MILITIA, None)
    return gunmen, ("Civilians (Mali)", CIVILIANS, None), ("Military Forces of Mali", STATE, None)


def test_a_clash_of_armed_men_with_civilians_only_is_an_attack() -> None:
    from conflictwire.extract.subtypes import civilians_hit_only

    gunmen, civilians, army = _sides()
    assert civilians_hit_only("Armed clash", gunmen, civilians, [], False, [])
    # not the army's clash, nor one with the army, nor one at an army post
    assert not civilians_hit_only("Armed clash", army, civilians, [], False, [])
    assert not civilians_hit_only("Armed clash", gunmen, army, [], False, [])
    assert not civilians_hit_only("Armed clash", gunmen, civilians, [], True, [])


def test_civilians_who_kill_some_of_their_attackers_fought_them() -> None:
    from conflictwire.extract.doc import Toll
    from conflictwire.extract.subtypes import civilians_hit_only

    gunmen, civilians, _ = _sides()
    their_dead = Toll(start=0, end=5, text="three", sent=0, kind="killed", side="attackers", value=3, low=None, high=None)
    assert not civilians_hit_only("Armed clash", gunmen, civilians, [], False, [their_dead])


def test_this_zone_is_the_place_told_just_before() -> None:
    from datetime import date


    text = ("Le bilan du massacre enregistré hier dimanche dans les villages d'Intazayene et de Bakorat, dans le "
            "département de Tillia au Niger, ne cesse de s'alourdir.\nSelon un communiqué du gouvernement nigérien, 137 "
            "civils ont été froidement assassinés par des individus armés lors du raid meurtrier qu'ils ont mené dans "
            "cette zone de la région nord de Tahoua, située pas très loin de la frontière malienne.")
    events = events_of(text, "fr", published=date(2021, 3, 22))
    # the toll is the two villages' (shared between them), not a third event in the town of Tahoua
    assert sorted(e.location for e in events) == ["Bakorat", "Intazayene"]
    assert sum(e.fatalities or 0 for e in events) == 137


def test_a_tragedy_that_comes_a_week_after_another_recalls_that_one() -> None:
    assert background_reason("Ce drame intervient une semaine après un autre incident similaire au cours duquel 58 "
                             "civils ont été tués par des terroristes dans cette zone.", "fr", 2021) is not None


def test_a_sweep_launched_to_find_the_attackers_is_no_event_of_its_own() -> None:
    events = events_of("L'armée malienne a repoussé dimanche une attaque terroriste contre un convoi entre Lakamané et "
                     "Kaniera, dans la région de Kayes. Dans un communiqué diffusé dimanche soir, les FAMa ont indiqué "
                     "que leurs unités avaient vigoureusement réagi à l'attaque, lançant dans la foulée des opérations "
                     "de ratissage dans la zone afin de retrouver les assaillants.", "fr")
    assert len(events) == 1


def test_a_month_of_a_year_written_with_of_dates_a_past_event_on_an_undated_page() -> None:
    sentence = "In August of 2017 two assailants opened fire on a crowded plaza in Ouagadougou, leaving 18 dead."
    assert background_reason(sentence, "en", None) is not None


def test_a_trend_of_attacks_is_no_event() -> None:
    for sentence, lang in [
        ("The security situation in south-eastern Niger continues to deteriorate due to a growing number of attacks "
         "by Boko Haram.", "en"),
        ("La recrudescence des attaques jihadistes inquiète les habitants de la région de Diffa.", "fr"),
    ]:
        assert background_reason(sentence, lang, 2016) is not None, sentence
    assert background_reason("Boko Haram attacked the town of Bosso on Friday, killing 20 soldiers.", "en", 2016) is None
