"""A tray's themes: the national themes with the tray's overrides merged over them (pure, no database)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# A tray's own theme without an order goes after the national ones.
OWN_THEME_ORDER = 1000


@dataclass(frozen=True)
class ThemeView:
    """What a page needs of a theme; duck-compatible with catalogue.Theme (slug, name, mapping)."""

    slug: str
    order: int
    name: dict[str, str]
    description: dict[str, str]
    service_classes: list[str]
    target_groups: list[str]
    keywords: dict[str, list[str]]
    # The key under which the search index files services of this theme: the national slug while the
    # mapping is the national one, "<tray>:<slug>" once the tray maps the theme in its own way.
    index_key: str
    theme_id: int | None = None
    override_id: int | None = None
    hidden: bool = False
    own_mapping: bool = False

    @property
    def is_own(self) -> bool:
        """A theme the tray added, with no national theme behind it."""
        return self.theme_id is None


def _mapping(override: Any, base: Any | None, name: str, empty: Any) -> tuple[Any, bool]:
    value = getattr(override, name, None) if override is not None else None
    if value is not None:
        return value, True
    return (getattr(base, name) if base is not None else empty), False


def _view(base: Any | None, override: Any | None, tray_slug: str) -> ThemeView:
    classes, own_classes = _mapping(override, base, "service_classes", [])
    groups, own_groups = _mapping(override, base, "target_groups", [])
    keywords, own_keywords = _mapping(override, base, "keywords", {})
    slug = (getattr(override, "slug", "") if override is not None else "") or (base.slug if base else "")
    order = getattr(override, "order", None) if override is not None else None
    own_mapping = base is None or own_classes or own_groups or own_keywords
    return ThemeView(
        slug=slug,
        order=order if order is not None else (base.order if base is not None else OWN_THEME_ORDER),
        # Per language: the tray's wording where it gave one, the national wording elsewhere.
        name={**(base.name if base else {}), **{k: v for k, v in (override.name if override else {}).items() if v}},
        description={**(base.description if base else {}),
                     **{k: v for k, v in (override.description if override else {}).items() if v}},
        service_classes=list(classes), target_groups=list(groups), keywords=dict(keywords),
        index_key=f"{tray_slug}:{slug}" if own_mapping else base.slug,
        theme_id=base.pk if base is not None else None,
        override_id=override.pk if override is not None else None,
        hidden=bool(override is not None and override.hidden),
        own_mapping=bool(own_mapping),
    )


def themes_merge(national: Iterable[Any], overrides: Iterable[Any], *, tray_slug: str,
                 include_hidden: bool = False) -> list[ThemeView]:
    """National themes (already without the nationally hidden ones) with renames, hides, additions and
    mapping changes of one tray; overrides of a theme not in `national` are ignored."""
    by_theme = {o.theme_id: o for o in overrides if o.theme_id is not None}
    views = [_view(theme, by_theme.get(theme.pk), tray_slug) for theme in national]
    views += [_view(None, o, tray_slug) for o in overrides if o.theme_id is None]
    return sorted((v for v in views if include_hidden or not v.hidden), key=lambda v: (v.order, v.slug))
