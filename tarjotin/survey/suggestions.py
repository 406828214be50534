"""Services, places and events of a theme near the resident, fitting their age group, through the search selectors."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from tarjotin.catalogue.events import events_by_ids
from tarjotin.catalogue.models import ChannelKind, Classification
from tarjotin.catalogue.selectors import services_by_ids
from tarjotin.core.text import pick_text
from tarjotin.search.selectors import SearchFilters, events_for_theme, search_query
from tarjotin.trays.models import Tray
from tarjotin.trays.themes import ThemeView

from .questionnaire import AgeGroup

SERVICES_SHOWN = 3
EVENTS_SHOWN = 2
# Candidates read before the age filter and the exclusion of what another area already suggested.
CANDIDATES = 40


@dataclass(frozen=True)
class Suggestion:
    service: Any  # catalogue Service
    places: tuple[dict[str, str], ...] = ()  # names of the places where it is offered


@dataclass(frozen=True)
class Suggestions:
    services: tuple[Suggestion, ...] = ()
    events: tuple[Any, ...] = ()  # catalogue Events, soonest first
    search_query: dict[str, str] = field(default_factory=dict)  # the theme page's filters for "more like these"


def _age_codes(codes: Collection[str], age_groups: Collection[str]) -> set[str]:
    """The age-specific target groups among these codes (a sub-group counts as its group)."""
    return {g for g in age_groups if any(c == g or c.startswith(g + ".") for c in codes)}


def _fits(codes: Collection[str], age: AgeGroup | None, age_groups: Collection[str]) -> tuple[bool, bool]:
    """(fits, preferred): something for everyone fits every age; something for an age group fits the
    ages that allow that group, and comes first for those that prefer it."""
    specific = _age_codes(codes, age_groups)
    if age is None or not specific:
        return True, False
    return bool(specific & set(age.allow)), bool(specific & set(age.prefer))


def _by_age(items: list, codes_of, age: AgeGroup | None, age_groups: Collection[str]) -> list:
    fitting = [(item, _fits(codes_of(item), age, age_groups)) for item in items]
    kept = [(item, preferred) for item, (fits, preferred) in fitting if fits]
    return [item for item, _preferred in sorted(kept, key=lambda pair: not pair[1])]  # stable: rank kept


def _distinct(services: list) -> list:
    """One service of each name: the same gym group in three towns is one idea, at the nearest place."""
    seen: set[str] = set()
    kept = []
    for service in services:
        name = pick_text(service.name, "fi").casefold()
        if name not in seen:
            seen.add(name)
            kept.append(service)
    return kept


def _target_groups(service: Any) -> list[str]:
    return [c.code for c in service.classifications.all() if c.kind == Classification.Kind.TARGET_GROUP]


def _places(service: Any) -> tuple[dict[str, str], ...]:
    channels = [c.channel for c in service.connections.all()]
    names = [c.name for c in channels if c.kind == ChannelKind.LOCATION and not c.duplicate_of_id and c.name]
    return tuple(names[:2])


def suggestions_for(*, tray: Tray | None, theme: ThemeView, lang: str, municipality: str = "",
                    age: AgeGroup | None = None, age_groups: Collection[str] = (),
                    exclude: Collection[int] = ()) -> Suggestions:
    """Up to three services (with their places) and two coming events of a theme: the resident's own
    municipality first, then the rest of the tray's area, then nationwide services, as search ranks them."""
    area = () if tray is None or tray.is_national else tuple(tray.municipality_codes)
    near = (municipality,) if municipality else ()
    filters = SearchFilters(themes=(theme.index_key,), municipalities=area, near=near,
                            nationwide=tray is None or tray.include_nationwide)
    found = search_query(text="", lang=lang, filters=filters, limit=CANDIDATES)
    services = [s for s in services_by_ids(found.ids) if s.pk not in set(exclude)]
    services = _distinct(_by_age(services, _target_groups, age, age_groups))[:SERVICES_SHOWN]
    # Events in the resident's own municipality when one is given: an evening event is only worth a short trip.
    events = events_by_ids(events_for_theme(theme, near or area, limit=CANDIDATES // 4))
    events = _by_age(events, lambda e: e.target_groups or [], age, age_groups)[:EVENTS_SHOWN]
    query = {"theme": theme.slug, **({"municipality": municipality} if municipality else {})}
    return Suggestions(services=tuple(Suggestion(s, _places(s)) for s in services), events=tuple(events),
                       search_query=query)
