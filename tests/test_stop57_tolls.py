"""Stop 57's conventions of tolls."""

from __future__ import annotations

from reports import events_of


def test_one_approximate_figure_written_in_the_plural_is_still_one() -> None:
    # "une centaines de morts": the article counts one; the plural is a slip
    text = ("Dimanche, des assaillants ont attaqué le village de Inekar dans la région de Ménaka. "
            "Nos sources nous parlent d’une centaines de morts civils.")
    assert [e.fatalities for e in events_of(text, "fr", candidates=True)] == [100]
