"""One event per place: a sentence that tells acts on several villages, as ACLED codes it."""

from __future__ import annotations

from datetime import date

import pytest

from conflictwire import extract_text

PUB = date(2021, 3, 18)


def _events(text: str, lang: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.fatalities) for e in extract_text(text, published=PUB, lang=lang, include_candidates=True)]


def test_a_count_told_for_each_village_makes_an_event_of_each() -> None:
    text = ("Les terroristes ont attaqué trois villages mercredi dans la région de Tillabéri, tuant six personnes à "
            "Zibane-Koira Zéno, une personne à Zibane-koira Tégui et six autres à Gadabo.")
    assert sorted(_events(text, "fr")) == [("Gadabo", 6), ("Zibane-Koira Zéno", 6), ("Zibane-koira Tégui", 1)]


def test_attacks_on_several_villages_share_the_toll_evenly() -> None:
    text = "On Monday evening, attacks on the villages of Yoro and Gangafani in central Mali killed 41 people."
    events = _events(text, "en")
    assert len(events) == 2 and sum(f or 0 for _, f in events) == 41 and {f for _, f in events} == {20, 21}


def test_one_attack_on_the_villages_of_two_places_is_an_event_at_each() -> None:
    # ACLED: incidents that differ in location are separate events; "the villages of" says two were struck
    events = _events("On Monday an attack on the villages of Yoro and Gangafani in central Mali killed 41 people.", "en")
    assert sorted(loc or "" for loc, _ in events) == ["Gangafani", "Yoro"] and sum(f or 0 for _, f in events) == 41
    assert len(_events("Jeudi, une attaque contre les localités de Yoro et Gangafani a fait neuf morts.", "fr")) == 2


def test_a_road_or_a_village_and_its_town_stays_one_event() -> None:
    assert len(_events("Mercredi, des hommes armés ont attaqué un convoi entre Djibo et Namssiguia, tuant dix soldats.",
                       "fr")) == 1
    assert len(_events("Mercredi, des attaques dans la localité de Banibangou, à Tillabéri, ont fait 34 morts.", "fr")) == 1


def test_the_sentence_that_counts_the_dead_of_each_village_decides() -> None:
    text = ("On Friday gunmen carried out a barbaric attack on the villages of Kourakou and Tondobi in the Sahel region. "
            "The gunmen killed 31 in Kourakou and 13 in Tondobi, the governor said.")
    assert sorted(_events(text, "en")) == [("Kourakou", 31), ("Tondobi", 13)]


def test_the_villages_take_the_report_s_region_and_the_summary_over_them_goes() -> None:
    from conflictwire.extract.summaries import sums_up
    assert sums_up("Le bilan des attaques terroristes du mercredi fait état de 13 civils tués.")
    assert sums_up("Les assauts ont été perpétrés contre trois villages dans la région de Tillabéri.")
    text = ("Le bilan des attaques terroristes du mercredi fait état de 13 civils tués. Les assauts ont été perpétrés "
            "contre trois villages dans la région de Tillabéri, a affirmé le gouverneur.\n\n"
            "Les terroristes ont attaqué trois villages mercredi, tuant six personnes à Zibane-Koira Zéno, une personne "
            "à Zibane-koira Tégui et six autres à Gadabo.\n\n"
            "Cette tuerie intervient quelques jours après le massacre de 137 personnes par des groupes terroristes dans "
            "la région de Tahoua.")
    events = extract_text(text, published=PUB, lang="fr", include_candidates=True)
    assert sorted(e.location or "" for e in events) == ["Gadabo", "Zibane-Koira Zéno", "Zibane-koira Tégui"]
    assert {e.admin1 for e in events} == {"Tillabéri"}


def test_villages_counted_one_by_one_after_an_area_make_the_events_and_the_area_s_summary_goes() -> None:
    # the commune is told near a town a distance is measured from; each village has its own count
    text = ("Lundi soir, une série d'attaques a visé la commune de Chétimari, située à une vingtaine de kilomètres "
            "de Diffa. « Cinq personnes ont été tuées dans le village de Garin Wazam, trois tuées à Ngarwa-Lawandi "
            "et une tuée à Kindjandi », a déclaré un élu local.")
    assert sorted(_events(text, "fr")) == [("Garin Wazam", 5), ("Kindjandi", 1), ("Ngarwa-Lawandi", 3)]


def test_french_repeats_the_preposition_before_each_listed_village() -> None:
    text = ("Des hommes armés ont attaqué mardi les villages de Taghatert et d'Inékar, dans la région de Ménaka, tuant au "
            "moins 20 civils, selon des élus locaux.")
    assert sorted(_events(text, "fr")) == [("Inékar", 10), ("Taghatert", 10)]


def test_the_forces_posts_at_several_places_are_an_event_each() -> None:
    fr = ("Dans la nuit de lundi à mardi, un groupe terroriste a attaqué les commissariats de Tongomayel et de Baraboulé, "
          "dans la province du Soum.")
    assert sorted(loc for loc, _ in _events(fr, "fr")) == ["Baraboulé", "Tongomayel"]
    en = "Jihadists on Sunday attacked army posts in Boulkessi and Mondoro, in central Mali, killing 25 soldiers."
    assert sorted(_events(en, "en")) == [("Boulkessi", 13), ("Mondoro", 12)]


def test_villages_named_in_apposition_are_where_it_happened() -> None:
    # "the two villages attacked, X and Y": the plural noun names them, and the town they are
    # measured from ("à 30 km de Djibo") is a landmark, not the place
    fr = ("Des hommes armés ont attaqué dimanche deux villages de la province du Soum. Les deux villages attaqués, "
          "Tongomayel et Baraboulé, sont respectivement à 30 et 40 km de Djibo. Seize civils ont été tués.")
    assert sorted(_events(fr, "fr")) == [("Baraboulé", 8), ("Tongomayel", 8)]
    en = ("Gunmen attacked two villages in central Mali on Sunday. The villages targeted, Yoro and Gangafani, lie "
          "about 50 km from Koro. Twenty-two civilians were killed.")
    assert sorted(_events(en, "en")) == [("Gangafani", 11), ("Yoro", 11)]


def test_villages_raided_one_after_another_are_an_event_each() -> None:
    # the objects of one attack verb: the middle village of the list is a place as the last is
    events = extract_text("Suspected jihadists raided Tilwagou, Ndalkoy and Gorkobé in Burkina Faso's Sahel "
                          "region on Sunday, killing 21 people.", published=PUB, include_candidates=True)
    assert [(e.location, e.admin1, e.fatalities) for e in events] == [
        ("Tilwagou", "Sahel", 7), ("Ndalkoy", "Sahel", 7), ("Gorkobé", "Sahel", 7)]


def test_a_division_after_a_list_of_villages_holds_each_of_them() -> None:
    # the gazetteer's one Sambo lies in Mali: "…, Sambo et Gorkobé, dans la province du Soum" is
    # a village of the Soum it lacks
    events = extract_text("Des hommes armés ont attaqué dimanche les villages de Tilwagou, Ndalkoy, Sambo et Gorkobé, "
                          "dans la province du Soum, tuant 12 personnes.", published=PUB, include_candidates=True)
    assert [(e.location, e.admin1, e.country) for e in events] == [
        (name, "Sahel", "Burkina Faso") for name in ("Tilwagou", "Ndalkoy", "Sambo", "Gorkobé")]


def test_villages_the_victims_came_from_are_no_list_of_incidents() -> None:
    events = extract_text("Soldiers arrested 17 men from the villages of Mougnoukana, Douna, Kobou and Guedouware "
                          "on Sunday, witnesses said.", published=PUB, include_candidates=True)
    assert len(events) == 1


@pytest.mark.parametrize("text", [
    "Un groupe armé a fait irruption lundi dans les villages de Nagraogo et d'Alamou et y a abattu respectivement "
    "32 et 4 personnes.",
    "Gunmen burst into the villages of Nagraogo and Alamou on Monday and killed 32 and 4 people respectively.",
])
def test_counts_told_respectively_go_to_each_village_in_order(text: str) -> None:
    evs = extract_text(text, published=date(2020, 1, 22))
    assert sorted((e.location, e.fatalities) for e in evs) == [("Alamou", 4), ("Nagraogo", 32)]


@pytest.mark.parametrize("sentence", [
    "Niger suffered a tragic day this Sunday with three complex and murderous attacks on the Defense and Security Forces.",
    "Le Niger a vécu dimanche trois attaques complexes et meurtrières contre les forces de défense et de sécurité.",
])
def test_a_count_of_attacks_with_its_adjectives_sums_them_up(sentence: str) -> None:
    from conflictwire.extract.summaries import sums_up
    assert sums_up(sentence)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué samedi les villages de Kompienbiga et de Diabiga, dans la province de la Kompienga. "
           "Le bilan de la première attaque a fait trois morts. La deuxième attaque quant à elle a fait cinq morts."),
    ("en", "Gunmen on Saturday attacked the villages of Kompienbiga and Diabiga in the Kompienga province. "
           "The first attack left three dead, while the second attack killed five people."),
])
def test_the_first_and_second_attack_s_tolls_go_to_the_places_in_the_order_told(lang: str, text: str) -> None:
    events = extract_text(text, lang=lang, published=date(2018, 9, 16), include_candidates=True)
    assert sorted((e.location, e.fatalities) for e in events) == [("Diabiga", 5), ("Kompienbiga", 3)]


def test_towns_attacked_under_a_plural_noun_are_an_event_each() -> None:
    """"a attaqué les villes de Ménaka, Aguelhok et Tessalit": each town is its own incident."""
    text = ("Les 17 et 18 janvier, les rebelles du MNLA ont attaqué les villes de Ménaka, Aguelhok et Tessalit, "
            "dans le nord-est du Mali. Au moins deux militaires ont trouvé la mort dans les combats.")
    events = extract_text(text, lang="fr", published=date(2012, 1, 19), include_candidates=True)
    assert sorted(e.location for e in events) == ["Aguelhok", "Ménaka", "Tessalit"]


def test_counts_with_a_breakdown_before_each_village_go_to_their_villages() -> None:
    text = ("Burkina Faso's military summarily executed 223 civilians in the northern villages of Nondin and Soro on "
            "February 25, a rights group said. Soldiers killed at least 44 people, including 20 children, in Nondin, and "
            "179 people, including 36 children, in nearby Soro.")
    events = extract_text(text, lang="en", published=date(2024, 4, 25), include_candidates=True)
    assert sorted((e.location, e.fatalities) for e in events) == [("Nondin", 44), ("Soro", 179)]
