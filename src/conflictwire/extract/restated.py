"""The events a report has told so far, by the place they name: where frames.py looks for the
event a new frame restates (a headline, a lead, a recap), without a scan of every event told."""

from __future__ import annotations

from conflictwire.extract.frame_index import CROWD
from conflictwire.model import Event
from conflictwire.textutil import fold


class Told:
    """The events told so far, by the place they name, so that finding the one a frame restates
    looks at the few that could be it, not at every event of a long report. An event placed at
    a gazetteer place can restate only one named alike, or one placed loosely (at a region,
    near a town, at a place no gazetteer knows): those are always looked at."""

    def __init__(self) -> None:
        self.by_place: dict[str, set[int]] = {}
        self.loose: set[int] = set()
        # crowds by region: a demonstration told in a city and in a quarter of it is one
        self.crowds: dict[str, set[int]] = {}
        # tolls by region and sub-type: one toll told at two towns of a region is one event
        self.tolls: dict[tuple[str, str | None, int], set[int]] = {}

    @staticmethod
    def _toll_key(ev: Event) -> tuple[str, str | None, int] | None:
        return (ev.admin1, ev.sub_event_type, ev.fatalities) if ev.admin1 and ev.fatalities else None

    @staticmethod
    def _placed(ev: Event) -> bool:
        return ev.geonames_id is not None and ev.geo_precision != 2

    def add(self, k: int, ev: Event) -> None:
        if ev.location:
            self.by_place.setdefault(fold(ev.location), set()).add(k)
        if not self._placed(ev):
            self.loose.add(k)
        if ev.event_type in CROWD and ev.admin1:
            self.crowds.setdefault(ev.admin1, set()).add(k)
        if (key := self._toll_key(ev)) is not None:
            self.tolls.setdefault(key, set()).add(k)

    def replace(self, k: int, old: Event, new: Event) -> None:
        if old.location:
            self.by_place[fold(old.location)].discard(k)
        self.loose.discard(k)
        if old.admin1 in self.crowds:
            self.crowds[old.admin1].discard(k)
        if (key := self._toll_key(old)) is not None and key in self.tolls:
            self.tolls[key].discard(k)
        self.add(k, new)

    def named(self, ev: Event) -> list[int]:
        return sorted(self.by_place.get(fold(ev.location or ""), set()))

    def candidates(self, ev: Event, n: int) -> list[int]:
        if not self._placed(ev):
            return list(range(n))
        crowds = self.crowds.get(ev.admin1 or "", set()) if ev.event_type in CROWD else set()
        key = self._toll_key(ev)
        tolls = self.tolls.get(key, set()) if key is not None else set()
        return sorted(self.by_place.get(fold(ev.location or ""), set()) | self.loose | crowds | tolls)
