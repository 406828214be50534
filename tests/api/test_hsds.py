"""HSDS 3.0: every answer of every endpoint validates against Open Referral's JSON Schemas."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tarjotin.catalogue.models import Organization, Service

from ..conftest import shared

pytestmark = pytest.mark.django_db
BASE = "https://hsds.example/schema/"


def _checker() -> FormatChecker:
    """jsonschema's formats plus uri and date-time, which it checks only with optional packages."""
    checker = FormatChecker()

    @checker.checks("uri", raises=ValueError)
    def uri(value) -> bool:
        parts = urlsplit(value)
        return not isinstance(value, str) or bool(parts.scheme and (parts.netloc or parts.path))

    @checker.checks("date-time", raises=ValueError)
    def date_time(value) -> bool:
        return not isinstance(value, str) or bool(datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo)

    return checker


@pytest.fixture(scope="module")
def validator():
    root = shared("hsds-3.0", "schema")
    resources = []
    for path in [*root.glob("*.json"), *root.glob("compiled/*.json")]:
        name = path.relative_to(root).as_posix()
        resources.append((BASE + name, Resource.from_contents(json.loads(path.read_text()),
                                                              default_specification=DRAFT202012)))
    registry = Registry().with_resources(resources)
    page = json.loads((root / "openapi.json").read_text())["components"]["schemas"]["Page"]

    def validate(document: object, schema: str) -> None:
        Draft202012Validator({"$ref": BASE + schema}, registry=registry, format_checker=_checker()).validate(document)

    def validate_page(document: dict, item_schema: str) -> None:
        Draft202012Validator({**page, "required": list(page["properties"])}).validate(document)
        assert isinstance(document["contents"], list)
        for item in document["contents"]:
            validate(item, item_schema)

    validate.page = validate_page
    return validate


def _pages(api, url: str):
    """Every page of a list endpoint."""
    number = 1
    while True:
        body = api.get(f"{url}{'&' if '?' in url else '?'}page={number}&per_page=100").json()
        yield body
        if body["last_page"]:
            return
        number += 1


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_service_validates_listed_and_in_full(api, validator, lang):
    listed = 0
    for page in _pages(api, f"/api/hsds/services?lang={lang}"):
        validator.page(page, "service.json")
        listed += len(page["contents"])
        # Every service in full in Finnish; the other languages change texts only, so a sample of them.
        for item in page["contents"] if lang == "fi" else page["contents"][:10]:
            full = api.get(f"/api/hsds/services/{item['id']}?lang={lang}")
            assert full.status_code == 200
            validator(full.json(), "compiled/service.json")
            validator(full.json(), "service.json")
    assert listed == Service.objects.count()


def test_full_service_lists_validate(api, validator):
    page = api.get("/api/hsds/services?full=true&per_page=20").json()
    validator.page(page, "compiled/service.json")
    assert any(s["service_at_locations"] and s["attributes"] for s in page["contents"])


def test_organizations_validate(api, validator):
    for page in _pages(api, "/api/hsds/organizations"):
        validator.page(page, "organization.json")
        for item in page["contents"]:
            full = api.get(f"/api/hsds/organizations/{item['id']}")
            validator(full.json(), "compiled/organization.json")
    assert page["total_items"] == Organization.objects.count()


def test_service_at_locations_taxonomies_and_terms_validate(api, validator):
    for page in _pages(api, "/api/hsds/service_at_locations"):
        validator.page(page, "service_at_location.json")
    taxonomies = api.get("/api/hsds/taxonomies").json()
    validator.page(taxonomies, "taxonomy.json")
    names = {t["name"] for t in taxonomies["contents"]}
    assert {"PTV service classes", "PTV target groups", "Tarjotin wellbeing themes"} <= names
    for page in _pages(api, "/api/hsds/taxonomy_terms"):
        validator.page(page, "taxonomy_term.json")


def test_taxonomy_filters(api, validator):
    themes = next(t for t in api.get("/api/hsds/taxonomies").json()["contents"] if "themes" in t["name"])
    terms = api.get(f"/api/hsds/taxonomy_terms?taxonomy_id={themes['id']}").json()["contents"]
    assert terms and all(t["taxonomy_id"] == themes["id"] for t in terms)
    liikunta = next(t for t in terms if t["code"] == "liikunta")
    found = api.get(f"/api/hsds/services?taxonomy_term_id={liikunta['id']}&per_page=100").json()
    validator.page(found, "service.json")
    assert 0 < found["total_items"] < Service.objects.count()
    classes = next(t for t in api.get("/api/hsds/taxonomies").json()["contents"] if t["name"] == "PTV service classes")
    top = api.get(f"/api/hsds/taxonomy_terms?taxonomy_id={classes['id']}&top_only=true&per_page=100").json()
    assert top["contents"] and not any(t.get("parent_id") for t in top["contents"])


def test_organization_filter_and_search(api, validator):
    org = Organization.objects.filter(services__isnull=False).first()
    org_id = api.get("/api/hsds/organizations?per_page=100").json()["contents"]
    wanted = next(o["id"] for o in org_id if o["x_origin_id"] == org.origin_id)
    found = api.get(f"/api/hsds/services?organization_id={wanted}&per_page=100").json()
    validator.page(found, "service.json")
    assert found["total_items"] == org.services.count()
    searched = api.get("/api/hsds/services?search=uimahalli").json()
    validator.page(searched, "service.json")
    assert searched["total_items"] > 0


def test_unknown_and_bad_ids_are_404(api):
    for url in ("/api/hsds/services/00000000-0000-4000-8000-000000000000", "/api/hsds/services/not-a-uuid",
                "/api/hsds/organizations/00000000-0000-4000-8000-000000000000", "/api/hsds/nothing"):
        response = api.get(url)
        assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert api.get("/api/hsds/services?per_page=0").status_code == 400


def test_root_names_version_and_profile(api):
    body = api.get("/api/hsds/").json()
    assert body["version"] == "3.0" and body["profile"].endswith("hsds-profile.md")


def test_the_validator_itself_refuses_what_hsds_forbids(validator):
    from jsonschema import ValidationError

    good = {"id": "6f1d9a3c-2b47-5e8a-9c1d-7a4b2e9f0c35", "name": "Uimahalli", "status": "active"}
    validator(good, "compiled/service.json")
    for bad in ({**good, "status": "open"}, {"id": good["id"], "name": "x"}, {**good, "id": "123"},
                {**good, "url": "uimahalli"}, {**good, "last_modified": "eilen"},
                {**good, "service_at_locations": [{"id": good["id"], "location": {"id": good["id"]}}]}):
        with pytest.raises(ValidationError):
            validator(bad, "compiled/service.json")
