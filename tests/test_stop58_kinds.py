"""Stop 58's conventions of event kinds."""

from __future__ import annotations

from reports import events_of


def test_people_gathered_to_demand_something_protest_in_french_too() -> None:
    # the French of "gathered … to demand": "se sont rassemblées … pour réclamer"
    text = ("Plusieurs dizaines de milliers de personnes se sont rassemblées vendredi dans le centre de Bamako pour "
            "réclamer le départ du président.")
    events = events_of(text, "fr")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Bamako")]


def test_people_gathered_for_a_funeral_are_no_protest() -> None:
    text = "Des centaines de personnes se sont rassemblées vendredi à Bamako pour les funérailles de l'ancien ministre."
    assert events_of(text, "fr") == []


def test_a_human_barricade_is_a_peaceful_protest_not_a_riot() -> None:
    # ACLED's violent demonstration blocks roads with barricades of things; people standing in the way do not riot
    text = ("A convoy of French troops in Burkina Faso was stopped in Kaya on Friday by a human barricade of protesters "
            "opposed to France's involvement in the conflict.")
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Peaceful protest"]


def test_protesters_who_barricade_a_road_riot() -> None:
    text = "On Friday, protesters erected barricades of burning tyres on the main road in Kaya to denounce insecurity."
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Violent demonstration"]


def test_tear_gas_grenades_fired_at_a_crowd_are_no_grenade_attack() -> None:
    text = ("Ce dimanche, l'ambassade de France à Ouagadougou a été prise pour cible par des manifestants. Quelques "
            "dizaines de personnes ont mis le feu à des barrières et jeté des pierres contre le bâtiment. En "
            "représailles, des grenades de gaz lacrymogène ont été tirées pour les disperser.")
    assert [e.sub_event_type for e in events_of(text, "fr")] == ["Violent demonstration"]


def test_grenade_cartridges_littering_a_street_are_no_grenade_attack() -> None:
    text = ("Hundreds of young people fought running street battles with riot police in Dakar on Thursday. Protesters "
            "chanted as bricks, grenade cartridges, and burning debris littered the ground.")
    assert "Grenade" not in [e.sub_event_type for e in events_of(text, "en")]


def test_a_verbs_object_does_not_open_on_a_conjunction() -> None:
    # "killed and 50 civilians were missing": the soldiers were killed, the civilians are another clause's
    text = ("Burkina Faso's government says at least 11 soldiers have been killed and 50 civilians were missing after "
            "armed fighters attacked a military-escorted convoy in the commune of Gaskinde on Monday.")
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Armed clash"]


def test_rocket_launchers_taken_as_loot_are_no_shelling() -> None:
    text = ("The Islamic State claims an ambush on a convoy of seven Malian army trucks in the Menaka region. The "
            "fighters killed thirteen soldiers and took over four trucks, with their load of ammunition and rocket launchers.")
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Armed clash"]


def test_the_armys_strikes_that_neutralised_fighters_are_air_strikes() -> None:
    text = "Mardi, les frappes menées par l'armée ont aussi permis de neutraliser des terroristes près de Petegoli."
    assert [e.sub_event_type for e in events_of(text, "fr")] == ["Air/drone strike"]


def test_attacks_a_plan_aims_at_are_hedged() -> None:
    from conflictwire.model import Article
    from conflictwire.pipeline import Pipeline

    doc = Pipeline().make_doc(Article(doc_id="x", text="Des terroristes camouflaient une logistique dans la végétation, "
                                                       "dans l'optique de mener des attaques."), "fr")
    assert [t.tags.get("hedged") for t in doc.triggers] == ["1"]


def test_workers_who_were_seized_were_abducted() -> None:
    text = "Five Indian nationals were seized on Thursday near Kobri, a town in western Mali, by unidentified gunmen."
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Abduction/forced disappearance"]


def test_weapons_that_were_seized_are_no_abduction() -> None:
    text = "Soldiers killed four militants near Kobri on Thursday; rifles and motorbikes were seized."
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in events_of(text, "en")]


def test_officials_who_suffered_violence_were_attacked() -> None:
    text = "A Fatoma, dans la région de Mopti, les agents électoraux ont subi des violences dimanche."
    assert [(e.event_type, e.location) for e in events_of(text, "fr")] == [("Violence against civilians", "Fatoma")]


def test_feminine_and_plural_participles_of_burning_tell_destruction() -> None:
    text = ("Dans la commune rurale de Lafia, le vote n'a pu se tenir, les urnes ayant été incendiées dans la nuit de "
            "samedi à dimanche par des jihadistes présumés.")
    assert [e.sub_event_type for e in events_of(text, "fr")] == ["Looting/property destruction"]
