"""The explicit registry of source adapters, imported lazily so one source's needs never load another's."""

from __future__ import annotations

from importlib import import_module

from .base import Adapter

ADAPTERS = {
    "ptv": "tarjotin.sources.ptv.adapter:PtvAdapter",
    "lipas": "tarjotin.sources.lipas.adapter:LipasAdapter",
    "linkedevents": "tarjotin.sources.linkedevents.adapter:LinkedEventsAdapter",
}


def adapter_get(name: str, **kwargs) -> Adapter:
    if name not in ADAPTERS:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(ADAPTERS))}")
    module, cls = ADAPTERS[name].split(":")
    return getattr(import_module(module), cls)(**kwargs)
