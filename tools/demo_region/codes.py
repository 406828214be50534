"""Embedded classifications (service classes, target groups, life events, ontology terms)."""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

from .util import finto_names, uid

CODELISTS = Path(__file__).with_name("codelists.json")


@lru_cache(maxsize=1)
def lists() -> dict[str, dict]:
    return json.loads(CODELISTS.read_text(encoding="utf-8"))


def _parent_id(kind: str, code: str | None) -> str | None:
    return uid("finto", kind, code) if code else None


def service_class(code: str, uri_style: str = "current") -> dict:
    """V7VmOpenApiFintoItemWithDescription of a service class.

    uri_style: "current" (ptvserclass2), "ptvserclass" (pre-2021 path) or "urn" (old URN with the
    new URI in newUri, as 2020-era records carry it).
    """
    c = lists()["serviceClasses"][code]
    parent = lists()["serviceClasses"].get(c["parent"] or "")
    item = {"name": finto_names(c["fi"], c["sv"], c["en"]),
            "description": finto_names(c["desc_fi"], c["desc_sv"], c["desc_en"]),
            "code": code, "ontologyType": "ptvserclass", "uri": c["uri"],
            "parentId": _parent_id("ptvserclass", c["parent"]), "parentUri": c["parent_uri"]}
    if uri_style == "ptvserclass":
        item["uri"] = c["uri"].replace("/ptvserclass2/", "/ptvserclass/")
        item["parentUri"] = c["parent_uri"] and c["parent_uri"].replace("/ptvserclass2/",
                                                                       "/ptvserclass/")
    elif uri_style == "urn":
        item["uri"], item["parentUri"] = c["old_uri"], parent["old_uri"] if parent else None
        item["newUri"] = c["uri"].replace("/ptvserclass2/", "/ptvserclass/")
        item["newParentUri"] = c["parent_uri"] and c["parent_uri"].replace("/ptvserclass2/",
                                                                          "/ptvserclass/")
    return item


def _simple(kind: str, section: str, code: str) -> dict:
    c = lists()[section][code]
    parent = lists()[section].get(c["parent"] or "")
    return {"name": finto_names(c["fi"], c["sv"], c["en"]), "code": code, "ontologyType": kind,
            "uri": c["uri"], "parentId": _parent_id(kind, c["parent"]),
            "parentUri": parent["uri"] if parent else None}


def target_group(code: str) -> dict:
    """V4VmOpenApiFintoItem of a target group (KR…)."""
    return _simple("ptvkohderyhmat", "targetGroups", code)


def life_event(code: str) -> dict:
    """V4VmOpenApiFintoItem of a life event (KE…)."""
    return _simple("ptvelti", "lifeEvents", code)


def ontology_term(key: str) -> dict:
    """A KOKO ontology term with the labels PTV emitted for it in real records."""
    t = lists()["ontologyTerms"][key]
    return {"name": copy.deepcopy(t["name"]), "code": None, "ontologyType": t["ontologyType"],
            "uri": t["uri"], "parentId": None, "parentUri": t["parentUri"]}


def class_names(code: str) -> dict[str, str]:
    c = lists()["serviceClasses"][code]
    return {"fi": c["fi"], "sv": c["sv"], "en": c["en"]}
