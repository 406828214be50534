"""Locality: the resident's municipality's services first, then the county's, then nationwide ones."""

from __future__ import annotations

import pytest

from tarjotin.catalogue.models import AreaType
from tarjotin.geo.models import Municipality
from tarjotin.search.locality import Place, scope_values
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild


def _sizes(county: str) -> int:
    return {"15": 3, "90": 1}.get(county, 0)


def test_scope_values():
    places = [Place("905", "15"), Place("499", "15")]
    assert scope_values(places=places, area_counties=[], nationwide=False, county_size=_sizes) == ["m:499", "m:905"]
    assert scope_values(places=places, area_counties=["15"], nationwide=False, county_size=_sizes) == [
        "c:499", "c:905"]
    every = [*places, Place("893", "15")]
    assert scope_values(places=every, area_counties=[], nationwide=False, county_size=_sizes) == [
        "c:499", "c:893", "c:905"]
    # Helsinki is a county of one: its services are its own.
    assert scope_values(places=[Place("091", "90")], area_counties=["90"], nationwide=False,
                        county_size=_sizes) == ["m:091"]
    assert scope_values(places=places, area_counties=[], nationwide=True, county_size=_sizes) == []


@pytest.fixture
def county(db):
    """Vaasa, another municipality of its county, and all of the county's municipalities."""
    vaasa = Municipality.objects.get(code="905")
    codes = sorted(Municipality.objects.filter(county_id=vaasa.county_id).values_list("code", flat=True))
    other = next(c for c in codes if c != "905")
    return {"code": vaasa.county_id, "codes": codes, "other": other}


@pytest.fixture
def gyms(make_service, county):
    """Four equally relevant gyms, made in the reverse of the order locality should give."""
    made = {
        "elsewhere": make_service({"fi": "Kuntosali B"}, municipalities=[county["other"]]),
        "national": make_service({"fi": "Kuntosali C"}, area_type=AreaType.NATIONWIDE),
        "county": make_service({"fi": "Kuntosali D"}, municipalities=county["codes"], area_type=AreaType.LIMITED,
                               area_counties=[county["code"]]),
        "local": make_service({"fi": "Kuntosali E"}, municipalities=["905"]),
    }
    index_rebuild()
    return {key: service.pk for key, service in made.items()}


ORDER = ["local", "county", "national", "elsewhere"]


def ids(text: str, **filters) -> list[int]:
    return search_query(text=text, lang="fi", filters=SearchFilters(**filters), limit=50).ids


def test_near_ranks_own_then_county_then_nationwide(gyms):
    assert ids("kuntosali", near=("905",)) == [gyms[k] for k in ORDER]


def test_county_wide_by_listing_every_municipality(make_service, county):
    listed = make_service({"fi": "Kuntosali A"}, municipalities=county["codes"])
    national = make_service({"fi": "Kuntosali B"}, area_type=AreaType.NATIONWIDE)
    index_rebuild()
    assert ids("kuntosali", near=("905",)) == [listed.pk, national.pk]


def test_near_is_not_a_filter(gyms):
    assert set(ids("kuntosali", near=("905",))) == set(ids("kuntosali"))
    assert ids("kuntosali", near=("905",), municipalities=("905",)) == [gyms[k] for k in ORDER[:3]]


def test_far_more_relevant_services_still_come_first(make_service, county):
    strong = make_service({"fi": "Kuntosali ja kuntosaliharjoittelu"}, area_type=AreaType.NATIONWIDE,
                          summary={"fi": "Kuntosali kaikille."})
    weak = make_service({"fi": "Liikuntapalvelut"}, municipalities=["905"],
                        description={"fi": "Kaupungilla on myös kuntosali."})
    index_rebuild()
    assert ids("kuntosali", near=("905",)) == [strong.pk, weak.pk]


def test_listing_without_words_goes_tier_by_tier_in_name_order(gyms):
    assert ids("", near=("905",)) == [gyms[k] for k in ORDER]
    pages = [search_query(text="", lang="fi", filters=SearchFilters(near=("905",)), offset=o, limit=1)
             for o in range(5)]
    assert [p.ids for p in pages] == [[gyms[k]] for k in ORDER] + [[]]
    assert {p.total for p in pages} == {4}


def test_ranked_pages_follow_each_other_with_near(gyms):
    every = ids("kuntosali", near=("905",))
    paged = [search_query(text="kuntosali", lang="fi", filters=SearchFilters(near=("905",)), offset=o,
                          limit=2).ids for o in (0, 2)]
    assert paged[0] + paged[1] == every


@pytest.mark.parametrize("near", [("",), ("999",), ("x" * 500,), ("905", "905", "091"), ()])
def test_strange_near_values(gyms, near):
    assert set(ids("kuntosali", near=near)) == set(gyms.values())
    assert len(ids("", near=near)) == 4


def test_pages_past_the_re_ranked_window_follow_bm25(gyms, monkeypatch):
    from tarjotin.search import ranking

    monkeypatch.setattr(ranking, "RERANK_WINDOW", 2)
    paged = [search_query(text="kuntosali", lang="fi", filters=SearchFilters(near=("905",)), offset=o,
                          limit=1) for o in range(5)]
    found = [p.ids for p in paged]
    assert sum(found, []) and len(set(sum(found, []))) == 4 and found[-1] == []
    assert {p.total for p in paged} == {4}
