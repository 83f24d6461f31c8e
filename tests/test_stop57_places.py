"""Stop 57's conventions of places."""

from __future__ import annotations

from reports import place_names


def test_a_country_left_out_as_a_border_leaves_no_part_of_its_name_a_place() -> None:
    # "Burkina Faso" at the border is where the event is not; "Faso" alone is not Ghana's village
    text = ("Gunmen have killed seven Benin soldiers in an attack in the north of the country near the border with "
            "Burkina Faso. Benin, Togo and Ghana are bracing for the fallout.")
    names = place_names(text, "en")
    assert "Faso" not in names and "Ghana" in names
