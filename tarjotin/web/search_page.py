"""The search page's work: form → filters, results with distances and "open now", help when nothing is found."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, QueryDict

from tarjotin.catalogue import places
from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.events import events_by_ids
from tarjotin.catalogue.models import Classification
from tarjotin.geo.models import Municipality
from tarjotin.search.selectors import SearchFilters, events_for_theme, events_search, search_query
from tarjotin.trays import cache as tray_cache
from tarjotin.trays.selectors import tray_themes

from .events import event_rows
from .forms import ONLINE, SearchForm

PAGE_SIZE = 20
ONLINE_KINDS = ("webpage", "echannel", "form")
# Sorting by distance or keeping only what is open now needs every match; a tray's area has far fewer.
MAX_RESORTED = 2000
EVENTS_SHOWN = 5


@dataclass
class Results:
    form: SearchForm
    query: str
    total: int
    page: Page
    services: list
    base_query: str
    distances: dict[int, float] = field(default_factory=dict)
    place_given: bool = False
    corrected: str | None = None
    suggestion: str | None = None
    as_typed_query: str = ""  # the same search without spelling correction
    wider: list[tuple[str, str, int]] = field(default_factory=list)  # (kind, query string, count)
    events: list = field(default_factory=list)  # EventRows of coming events under the services
    events_query: str = ""  # the what's-on page's query string that lists all of them


def area_filters(tray) -> SearchFilters:
    """The tray's own area: a regional tray's municipalities (and nationwide services); all of Finland."""
    if tray is None or tray.is_national:
        return SearchFilters()
    return SearchFilters(municipalities=tray.municipality_codes, nationwide=tray.include_nationwide)


def _choices(tray) -> tuple[list, list]:
    """The form's municipalities and target groups: reference data, read once a while per process."""
    def load() -> tuple[list, list]:
        places = Municipality.objects.order_by("code")
        return (
            list(places.filter(code__in=tray.municipality_codes) if tray else places),
            list(catalogue.classifications_of(Classification.Kind.TARGET_GROUP).filter(code__startswith="KR1")),
        )
    return tray_cache.derived.get(("search-form", tray.pk if tray else None), load)


def search_form(request: HttpRequest, lang: str, initial_theme: str = "") -> SearchForm:
    data = request.GET.copy()
    if initial_theme and not data.get("theme"):
        data["theme"] = initial_theme
    tray = request.tray
    municipalities, target_groups = _choices(tray)
    return SearchForm(
        data,
        themes=tray_themes(tray) if tray else catalogue.themes_visible(),
        municipalities=municipalities,
        target_groups=target_groups,
        lang=lang,
        national=tray is None or tray.is_national,
        nationwide=tray is None or tray.include_nationwide,
    )


def _kinds(form: SearchForm) -> tuple[str, ...]:
    kinds = list(form.value("channel") or [])
    if ONLINE in kinds:
        kinds = [k for k in kinds if k != ONLINE] + list(ONLINE_KINDS)
    return tuple(kinds)


def filters_from(form: SearchForm, *, whole_area: bool = False) -> SearchFilters:
    municipality = None if whole_area else form.value("municipality")
    near = form.value("near")
    theme = form.theme_views.get(form.value("theme") or "")
    return SearchFilters(
        # A tray that maps a theme its own way has it indexed under its own key.
        themes=(theme.index_key,) if theme else (),
        # Without a municipality the tray still shows only its own area (and nationwide services).
        municipalities=(municipality,) if municipality else form.area_codes,
        target_groups=(form.value("target_group"),) if form.value("target_group") else (),
        languages=(form.value("language"),) if form.value("language") else (),
        free=True if form.value("free") else None,
        channel_kinds=_kinds(form),
        accessibility=True if form.value("access") else None,
        near=(near,) if near else (),
        nationwide=form.nationwide,
    )


def resident_point(form: SearchForm) -> tuple[float, float] | None:
    """The point distances are measured from: the browser's position, a postal code, or a municipality."""
    if form.value("lat") is not None and form.value("lon") is not None:
        return places.point_from_browser(str(form.value("lat")), str(form.value("lon")))
    if form.value("postal_code"):
        return places.point_for_postal_code(form.value("postal_code"))
    if form.value("near"):
        return places.point_for_municipality(form.value("near"))
    return None


def _all_ids(text: str, lang: str, filters: SearchFilters) -> list[int]:
    ids: list[int] = []
    while len(ids) < MAX_RESORTED:
        found = search_query(text=text, lang=lang, filters=filters, offset=len(ids), limit=200)
        ids.extend(found.ids)
        if len(found.ids) < 200:
            break
    return ids


def _page_number(raw: str) -> int:
    return int(raw) if raw.isdigit() and 0 < int(raw) < 10_000 else 1


def _wider(form: SearchForm, text: str, lang: str, params: QueryDict) -> list[tuple[str, str, int]]:
    """When nothing is found: the whole county, then nationwide phone and online services."""
    options = []
    if form.value("municipality"):
        whole = params.copy()
        whole.pop("municipality", None)
        total = search_query(text=text, lang=lang, filters=filters_from(form, whole_area=True), limit=0).total
        if total:
            options.append(("county", whole.urlencode(), total))
    remote = QueryDict(mutable=True)
    remote["q"] = text
    remote.setlist("channel", ["phone", ONLINE])
    remote_filters = SearchFilters(municipalities=form.area_codes, channel_kinds=("phone",) + ONLINE_KINDS,
                                   nationwide=form.nationwide)
    total = search_query(text=text, lang=lang, filters=remote_filters, limit=0).total
    if total:
        options.append(("remote", remote.urlencode(), total))
    return options


def _events(form: SearchForm, text: str, lang: str) -> tuple[list, str]:
    """Up to five coming events for the words or, without words, for the chosen theme; and the query of
    the what's-on page that lists them all."""
    municipality = form.value("municipality")
    area = (municipality,) if municipality else form.area_codes
    theme = form.theme_views.get(form.value("theme") or "")
    if text:
        ids, query = events_search(text=text, lang=lang, municipalities=area, limit=EVENTS_SHOWN), {"q": text}
    elif theme is not None:
        ids, query = events_for_theme(theme, area, limit=EVENTS_SHOWN), {"theme": theme.slug}
    else:
        return [], ""
    return event_rows(events_by_ids(ids)), urlencode(query)


def search_results(request: HttpRequest, form: SearchForm, lang: str) -> Results:
    text = form.query_text()
    filters = filters_from(form)
    point = resident_point(form)
    number = _page_number(request.GET.get("page", "1"))
    sort = form.value("sort") or "relevance"
    exact = request.GET.get("exact") == "1"
    first = search_query(text=text, lang=lang, filters=filters, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE,
                         facets=True, correct=not exact)
    form.with_counts(first.facets)
    ids, total = first.ids, first.total
    if form.value("open_now") or (sort == "distance" and point) or sort == "name":
        ids = _resorted(_all_ids(text, lang, filters), sort=sort, point=point, open_now=form.value("open_now"),
                        lang=lang)
        total = len(ids)
        ids = ids[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    params = request.GET.copy()
    params.pop("page", None)
    as_typed = params.copy()
    as_typed["exact"] = "1"
    page = Paginator(range(total), PAGE_SIZE).get_page(number)
    events, events_query = _events(form, text, lang)
    return Results(
        form=form, query=text, total=total, page=page, services=catalogue.services_for_list(ids),
        base_query=params.urlencode(), distances=places.nearest_km(ids, point) if point else {},
        place_given=point is not None, corrected=first.corrected, suggestion=first.suggestion,
        as_typed_query=as_typed.urlencode(),
        wider=_wider(form, text, lang, params) if total == 0 else [],
        events=events, events_query=events_query,
    )


def _resorted(ids: list[int], *, sort: str, point, open_now: bool, lang: str) -> list[int]:
    if open_now:
        keep = catalogue.services_open_now(ids)
        ids = [i for i in ids if i in keep]
    if sort == "distance" and point:
        distances = places.nearest_km(ids, point)
        # Services without a place (phone, online) come after every place, in their search order.
        return sorted(ids, key=lambda i: distances.get(i, float("inf")))
    if sort == "name":
        names = {s.pk: s.text("name", lang).lower() for s in catalogue.services_for_list(ids)}
        return sorted(ids, key=lambda i: names.get(i, ""))
    return ids
