"""Reads of trays: the request's tray, a tray's area, themes and look, and what imports and the index need."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError

from tarjotin.catalogue import selectors as catalogue
from tarjotin.geo import selectors as geo
from tarjotin.geo.models import Municipality

from . import cache
from .contrast import HEX_COLOUR
from .models import DEFAULT_PRIMARY, DEFAULT_TEXT, Tray, TrayTheme
from .themes import ThemeView, themes_merge

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrayLookup:
    """Every active tray by host name, path prefix, slug and county; built once per cache period."""

    by_host: dict[str, Tray] = field(default_factory=dict)
    by_prefix: dict[str, Tray] = field(default_factory=dict)
    by_slug: dict[str, Tray] = field(default_factory=dict)
    by_county: dict[str, Tray] = field(default_factory=dict)
    ordered: tuple[Tray, ...] = ()

    def default(self) -> Tray | None:
        """TARJOTIN["DEFAULT_TRAY"], else the tray of the older TRAY_COUNTY setting, else the first
        active regional tray, else the national one. Read per call: settings may differ per test."""
        conf = settings.TARJOTIN
        found = self.by_slug.get(conf.get("DEFAULT_TRAY") or "") or self.by_county.get(conf.get("TRAY_COUNTY") or "")
        if found is not None:
            return found
        regional = [t for t in self.ordered if not t.is_national]
        return regional[0] if regional else (self.ordered[0] if self.ordered else None)


def _codes_by_county() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    by_county: dict[str, list[str]] = {}
    every: list[str] = []
    for code, county in Municipality.objects.order_by("code").values_list("code", "county_id"):
        every.append(code)
        by_county.setdefault(county or "", []).append(code)
    return {k: tuple(v) for k, v in by_county.items()}, tuple(every)


def _lookup_load() -> TrayLookup:
    trays = list(Tray.objects.filter(active=True).select_related("county"))
    by_county, every = _codes_by_county()
    for tray in trays:  # the area is read on every page: compute it with the rest, in two queries
        tray._municipality_codes = every if tray.is_national else by_county.get(tray.county_id or "", ())
    return TrayLookup(
        by_host={host: t for t in trays for host in t.hostnames},
        by_prefix={t.path_prefix: t for t in trays if t.path_prefix},
        by_slug={t.slug: t for t in trays},
        by_county={t.county_id: t for t in trays if t.county_id},
        ordered=tuple(trays),
    )


def trays_lookup() -> TrayLookup:
    """Cached; an unreachable database gives an empty lookup so /healthz can still say so itself."""
    try:
        return cache.trays.get("lookup", _lookup_load)
    except DatabaseError:
        log.exception("trays could not be read; serving without a tray")
        return TrayLookup()


def tray_get(slug: str) -> Tray | None:
    """An active tray by slug, from the cache."""
    return trays_lookup().by_slug.get(slug)


def trays_active() -> list[Tray]:
    return list(trays_lookup().ordered)


def tray_municipality_codes(tray: Tray) -> tuple[str, ...]:
    """The county's municipalities; every municipality for the national tray."""
    if tray.is_national:
        return tuple(Municipality.objects.order_by("code").values_list("code", flat=True))
    return geo.county_municipality_codes(tray.county_id) if tray.county_id else ()


def _themes_load(tray_pk: int, tray_slug: str, include_hidden: bool) -> tuple[ThemeView, ...]:
    overrides = list(TrayTheme.objects.filter(tray_id=tray_pk).order_by("pk"))
    return tuple(themes_merge(catalogue.themes_visible(), overrides, tray_slug=tray_slug,
                              include_hidden=include_hidden))


def tray_themes(tray: Tray, *, include_hidden: bool = False, cached: bool = True) -> list[ThemeView]:
    """The tray's themes in order: national ones renamed, hidden or remapped by the tray, plus its own.
    Pages show these instead of catalogue.selectors.themes_visible()."""
    if not cached:
        return list(_themes_load(tray.pk, tray.slug, include_hidden))
    key = (tray.pk, tray.slug, include_hidden)
    return list(cache.themes.get(key, lambda: _themes_load(tray.pk, tray.slug, include_hidden)))


def tray_theme_get(tray: Tray, slug: str) -> ThemeView | None:
    return next((v for v in tray_themes(tray) if v.slug == slug), None)


def themes_for_index() -> list[ThemeView]:
    """What the search index should file services under: every national theme by its slug, plus every
    tray theme with a mapping of its own under its index key ("<tray>:<slug>"), as `slug`."""
    views = themes_merge(catalogue.themes_visible(), [], tray_slug="")
    for tray in Tray.objects.filter(active=True):
        views += [v for v in tray_themes(tray, cached=False) if v.own_mapping]
    return [dataclasses.replace(v, slug=v.index_key) for v in views]


def source_areas(source: str) -> list[str]:
    """The areas (e.g. "WellbeingServiceCounties:17") every active tray wants from one source."""
    found = {str(a) for t in Tray.objects.filter(active=True) for a in (t.sources.get(source) or {}).get("areas", [])}
    return sorted(found)


def tray_css(tray: Tray | None) -> str:
    """The tray's colours as CSS custom properties; served as a file because the CSP forbids inline styles."""
    primary = tray.primary_color if tray and HEX_COLOUR.match(tray.primary_color) else DEFAULT_PRIMARY
    text = tray.text_color if tray and HEX_COLOUR.match(tray.text_color) else DEFAULT_TEXT
    return f":root {{\n  --tray-primary: {primary};\n  --tray-on-primary: {text};\n}}\n"
