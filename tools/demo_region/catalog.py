"""All archetypes and all channel specifications in one place."""
from __future__ import annotations

from . import content_county, content_municipal_a, content_municipal_b, content_ngo_a, content_ngo_b
from .channel_defs_county import county_channels
from .channel_defs_municipal_b import municipal_channels
from .channel_defs_ngo import ngo_channels
from .channels import ChannelSpec
from .model import Archetype

ARCHETYPES: tuple[Archetype, ...] = (
    *content_municipal_a.ARCHETYPES, *content_municipal_b.ARCHETYPES, *content_county.ARCHETYPES,
    *content_ngo_a.ARCHETYPES, *content_ngo_b.ARCHETYPES,
)


def channel_specs() -> dict[str, ChannelSpec]:
    """Every channel specification by key (keys must be unique)."""
    specs = [*municipal_channels(), *county_channels(), *ngo_channels()]
    by_key = {s.key: s for s in specs}
    if len(by_key) != len(specs):
        raise ValueError("duplicate channel keys")
    return by_key


def used_codes() -> tuple[set[str], set[str]]:
    """(service class codes, ontology term keys) used by the archetypes."""
    classes = {c for a in ARCHETYPES for c in a.classes}
    terms = {t for a in ARCHETYPES for t in a.terms}
    return classes, terms
