"""Stop 55's conventions of kind: aircraft that came to a fight on the ground support it."""

from __future__ import annotations

from reports import events_of


def test_air_support_of_an_ambush_is_the_ambush() -> None:
    text = ("Au moins dix soldats ont été tués vendredi lors d'une embuscade tendue par un groupe terroriste, dans "
            "la localité de Banibangou, dans l'ouest du Niger. Le ministère de la Défense fait également état de 13 "
            "militaires blessés et de 16 personnes disparues, enlevées par le groupe armé.\nSelon le communiqué, la "
            "riposte des soldats et « l'intervention prompte des vecteurs aériens » ont forcé les assaillants à se "
            "replier vers un pays voisin.")
    assert [e.sub_event_type for e in events_of(text, "fr")] == ["Armed clash"]


def test_air_strikes_on_those_who_took_part_in_an_earlier_ambush_stay_strikes() -> None:
    text = ("The army said on Sunday it had carried out air strikes on a logistics base of the militants near "
            "Banibangou, killing more than twenty fighters who, according to the army, had taken part in the ambush.")
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Air/drone strike"]


def test_police_roadblocks_do_not_make_a_protest_a_riot() -> None:
    text = ("Security forces fired tear gas at dozens of demonstrators in Bamako on Wednesday during an unauthorised "
            "rally. The protesters fled before the gas canisters. Police roadblocks also stopped motorbike convoys of "
            "protesters making their way towards the square.")
    assert [e.sub_event_type for e in events_of(text, "en")] == ["Protest with intervention"]
    riot = ("Protesters set up roadblocks and burned tyres in Bamako on Wednesday; police fired tear gas to disperse them.")
    assert [e.event_type for e in events_of(riot, "en")] == ["Riots"]


def test_security_personnel_killed_in_an_ambush_make_it_a_clash() -> None:
    text = ("Eleven Nigerien security personnel died in an ambush against a prefect's motorcade near Bankilare on "
            "Wednesday, the interior ministry said on Friday.")
    assert [(e.sub_event_type, e.actor2) for e in events_of(text, "en")] == [("Armed clash", "Military Forces of Niger")]


def test_an_attack_on_civilians_names_the_civilians_as_its_target_not_the_forces_also_hit() -> None:
    text = ("A local resident said that terrorist groups attacked the village of Barsalogho on Saturday morning, "
            "killing numerous civilians and security personnel who were digging trenches.")
    events = events_of(text, "en")
    assert [(e.event_type, e.actor2) for e in events] == [("Violence against civilians", "Civilians (Burkina Faso)")]
