"""ReportDoc: the article plus the mentions each component adds (spaCy's Doc, in miniature)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from conflictwire.model import Article, Span
from conflictwire.nlp import Sentence


@dataclass
class Mention:
    start: int
    end: int
    text: str
    sent: int  # index into ReportDoc.sentences

    def span(self) -> Span:
        return Span(start=self.start, end=self.end, text=self.text)


@dataclass
class Trigger(Mention):
    sub_event_type: str  # an ACLED sub-event type, or "*violence" resolved from the victims
    weight: int
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class ActorMention(Mention):
    canonical: str  # may hold "{country}", filled in when the event's country is known
    inter: int
    kind: str
    country: str | None = None
    role: str | None = None  # "agent", "self_report" (the teller tells what it did), "victim", "attacking_side", "speculated" or None (unknown)
    claimed: bool = False
    suspected: bool = False


@dataclass
class Toll(Mention):
    kind: str  # killed, wounded, missing, abducted, displaced, killed_or_wounded
    value: int | None
    low: int | None
    high: int | None
    side: str  # attackers, forces, civilians, unknown
    revision: bool = False
    vague: bool = False
    source: str = "report"  # who gives the figure: army, government, locals, claim, medical, ngo_un
    additional: bool = False  # "two more died", "… and a child": more victims, not another count
    part: bool = False  # "onze personnes, dont neuf VDP": a breakdown of a count, not more victims
    earlier: bool = False  # "Plus tôt dans la journée, une source avait évoqué…": a figure the report's own replaced


@dataclass
class DateMention(Mention):
    value: date | None
    precision: int
    relative_to_event: bool = False  # "days before this attack": relative to another event
    reporting: bool = False  # "the army said on Monday": when it was told, not when it happened
    aside: bool = False  # "Seytenga, which was attacked in June 2022": another event's, told in passing


@dataclass
class PlaceMention(Mention):
    name: str
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    precision: int  # 1 the place, 2 near it / part of a region, 3 region only
    feature: str = "P"  # P place in the gazetteer, U named but unknown to it, A region, C country
    score: float = 1.0


@dataclass
class ReportDoc:
    """One report as the components see it. Each field past `published` is set by the
    component that `assigns` it (see `component` and `check_order`)."""

    article: Article
    lang: str
    sentences: list[Sentence]
    published: date | None = None  # the article's; the "dateline" component may find it in the text
    model_places: bool = False  # also take spaCy's place entities (slower)
    triggers: list[Trigger] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    tolls: list[Toll] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    background: dict[int, str] = field(default_factory=dict)  # sentence index -> reason
    dateline: tuple[int, int] | None = None  # span of a dateline, never an event place
    dateline_country: str | None = None  # ISO2 of the dateline's city: the story's country if it names none
    country_votes: Counter[str] = field(default_factory=Counter)  # ISO2 -> how often the report names it
    # an unknown place -> the known place or division the text puts it in ("Tiloua, in the Ouallam area")
    inside: dict[int, PlaceMention] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list, repr=False)
    _by_sent: dict[int, tuple[list[Any], int, dict[int, list[int]]]] = field(default_factory=dict, repr=False)
    seat_names: frozenset[str] | None = field(default=None, repr=False)  # towns named only as an official's seat (event_place)
    # the report's one region per (country, with background), asked once per event (place_fields)
    report_regions: dict[tuple[str | None, bool], Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def sent_of(self, offset: int) -> int:
        """The index of the sentence holding a character offset (the last one if none does)."""
        starts = self._starts
        if len(starts) != len(self.sentences):
            starts = self._starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1  # the last sentence starting at or before it
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return max(0, len(self.sentences) - 1)  # between sentences or past the last


    def in_dateline(self, offset: int) -> bool:
        """Does a character offset lie in the report's dateline ("BAMAKO, June 2 (Reuters) -")?"""
        return self.dateline is not None and self.dateline[0] <= offset < self.dateline[1]

    def in_sents(self, mentions: list[M], sents: Iterable[int]) -> list[M]:
        """The mentions of one of this doc's lists that lie in the sentences `sents`, in the
        list's order. The list is indexed by sentence once (again if it grew), so an event
        costs its own sentences, not a scan of the whole report's mentions."""
        held = self._by_sent.get(id(mentions))
        if held is None or held[0] is not mentions or held[1] != len(mentions):
            index: dict[int, list[int]] = {}
            for k, m in enumerate(mentions):
                index.setdefault(m.sent, []).append(k)
            held = self._by_sent[id(mentions)] = (mentions, len(mentions), index)
        found = sorted(k for s in set(sents) for k in held[2].get(s, ()))
        return [mentions[k] for k in found]


M = TypeVar("M", bound=Mention)
Component = Callable[[ReportDoc], ReportDoc]

# what a ReportDoc holds before any component runs
GIVEN = frozenset({"article", "lang", "sentences", "model_places"})


@dataclass(frozen=True)
class ComponentInfo:
    """A registered component: what it needs set before it runs, and what it sets."""

    name: str
    func: Component
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


REGISTRY: dict[str, ComponentInfo] = {}


def component(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable[[Component], Component]:
    """Register an extraction component by name (as spaCy's @Language.component does), with
    the ReportDoc fields it reads (`requires`) and sets (`assigns`)."""
    fields = set(ReportDoc.__dataclass_fields__)
    unknown = [f for f in (*requires, *assigns) if f not in fields]
    if unknown:
        raise ValueError(f"component {name!r}: ReportDoc has no field {', '.join(unknown)}")

    def wrap(fn: Component) -> Component:
        REGISTRY[name] = ComponentInfo(name, fn, tuple(requires), tuple(assigns))
        return fn

    return wrap


def check_order(names: Iterable[str], needs: Iterable[str] = ()) -> None:
    """Raise ValueError if a component is unknown, or runs before every field it requires
    has been assigned by one before it (spaCy's analyze_pipes, made strict); `needs` are
    fields the caller reads after the last one (the event layer's)."""
    names = list(names)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown components: {', '.join(unknown)}")
    have: set[str] = set(GIVEN)
    for name in names:
        info = REGISTRY[name]
        missing = [f for f in info.requires if f not in have]
        if missing:
            raise ValueError(f"component {name!r} requires {', '.join(missing)}, which no component before it assigns")
        have.update(info.assigns)
    missing = [f for f in needs if f not in have]
    if missing:
        raise ValueError(f"the events need {', '.join(missing)}, which no component assigns")
