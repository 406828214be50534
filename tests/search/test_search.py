"""End to end: services made with the ORM, the index rebuilt, then searched with words and filters."""

from __future__ import annotations

import pytest

from tarjotin.catalogue.models import AreaType, ChannelKind, ChargeType, Connection, ServiceChannel
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild

NONE = SearchFilters()


@pytest.fixture
def catalogue(make_service):
    from django.utils import timezone

    made = {
        "vesi": make_service({"fi": "Vesiliikuntaa senioreille"}, municipalities=["091"],
                             classes=["P27.1", "KR1.1"], charge_type=ChargeType.FREE, languages=["fi", "sv"],
                             summary={"fi": "Ohjattua allasjumppaa 65-vuotiaille."}),
        "ryhmat": make_service({"fi": "Liikuntaryhmille tilat"}, municipalities=["905"],
                               charge_type=ChargeType.CHARGEABLE, languages=["fi"]),
        "velka": make_service({"fi": "Velkaneuvonta", "sv": "Skuldrådgivning"}, area_type=AreaType.NATIONWIDE,
                              charge_type=ChargeType.FREE, summary={"fi": "Apua velkojen kanssa."}),
        "kirjasto": make_service({"fi": "Kaupunginkirjasto", "en": "City library"}, municipalities=["905"],
                                 description={"fi": "Lainaa kirjoja ja lehtiä."}),
        "simhall": make_service({"sv": "Simhallen i Vasa"}, municipalities=["905"], languages=["sv"]),
        "apu": make_service({"fi": "Kriisiapu"}, municipalities=["091"],
                            description={"fi": "Keskusteluapua vaikeassa tilanteessa."}),
    }
    channel = ServiceChannel.objects.create(source="test", origin_id="c1", last_seen=timezone.now(),
                                            content_hash="x", kind=ChannelKind.PHONE,
                                            name={"fi": "Velkalinja"})
    Connection.objects.create(service=made["velka"], channel=channel)
    stats = index_rebuild()
    assert stats.documents == len(made)
    return {key: service.pk for key, service in made.items()}


def ids(text: str, lang: str = "fi", **filters) -> list[int]:
    return search_query(text=text, lang=lang, filters=SearchFilters(**filters), limit=50).ids


def test_liikunta_finds_head_and_tail_compounds(catalogue):
    # And Simhallen: liikunta → uinti (a one-way synonym) → simma (sv), a part of sim|hallen.
    assert set(ids("liikunta")) == {catalogue["vesi"], catalogue["ryhmat"], catalogue["simhall"]}


def test_inflected_query_finds_the_base_form(catalogue):
    assert ids("velat") == [catalogue["velka"]]
    assert ids("velkojen") == [catalogue["velka"]]


def test_hyphenated_age_groups(catalogue):
    assert ids("65-vuotiaat") == [catalogue["vesi"]]


def test_full_lemma_ranks_above_a_compound_part(catalogue):
    assert ids("kriisiapu")[0] == catalogue["apu"]
    assert catalogue["apu"] in ids("apu")


def test_exact_name_comes_first(catalogue, make_service):
    make_service({"fi": "Velkaneuvonta ja talousneuvonta velkojen hoitoon"},
                 summary={"fi": "Velka velka velka."})
    index_rebuild()
    assert ids("velkaneuvonta")[0] == catalogue["velka"]


def test_finnish_only_services_are_found_from_other_languages(catalogue):
    assert ids("liikunta", "sv") and ids("liikunta", "en")
    assert ids("simhallen", "fi") == [catalogue["simhall"]]
    assert ids("library", "en") == [catalogue["kirjasto"]]


def test_empty_text_lists_everything_in_finnish_name_order(catalogue):
    page = search_query(text="", lang="fi", filters=NONE)
    assert page.total == 6 and page.analyser.startswith("voikko-")
    order = ["kirjasto", "apu", "ryhmat", "simhall", "velka", "vesi"]
    assert page.ids == [catalogue[k] for k in order]
    second = search_query(text="", lang="fi", filters=NONE, offset=2, limit=2)
    assert second.ids == [catalogue[k] for k in order[2:4]] and second.total == 6


def test_ranked_pages_follow_each_other(catalogue):
    every = ids("liikunta")
    assert search_query(text="liikunta", lang="fi", filters=NONE, offset=1, limit=1).ids == every[1:2]


def test_municipality_filter_includes_nationwide_services(catalogue):
    in_vaasa = {catalogue[k] for k in ("ryhmat", "kirjasto", "simhall", "velka")}
    assert set(ids("", municipalities=("905",))) == in_vaasa
    assert set(ids("liikunta", municipalities=("091",))) == {catalogue["vesi"]}


def test_nationwide_except_aland_is_not_in_aland(make_service):
    service = make_service({"fi": "Neuvonta"}, area_type=AreaType.NATIONWIDE_EXCEPT_ALAND)
    index_rebuild()
    assert ids("", municipalities=("091",)) == [service.pk]
    assert ids("", municipalities=("478",)) == []


def test_free_and_language_and_channel_filters(catalogue):
    assert set(ids("", free=True)) == {catalogue["vesi"], catalogue["velka"]}
    assert ids("", free=False) == [catalogue["ryhmat"]]
    assert set(ids("", languages=("sv",))) == {catalogue["vesi"], catalogue["simhall"]}
    assert ids("", channel_kinds=("phone",)) == [catalogue["velka"]]
    assert ids("velka", channel_kinds=("location",)) == []


def test_target_group_filter_covers_sub_groups(catalogue):
    assert ids("", target_groups=("KR1.1",)) == [catalogue["vesi"]]
    assert ids("", target_groups=("KR1",)) == [catalogue["vesi"]]


def test_themes_from_codes_and_from_keywords(catalogue):
    assert catalogue["vesi"] in ids("", themes=("liikunta",))  # service class P27.1
    assert catalogue["kirjasto"] in ids("", themes=("kulttuuri",))  # keyword "kirjasto" as a compound part
    assert ids("", themes=("no-such-theme",)) == []


def test_filters_combine_with_words(catalogue):
    assert ids("liikunta", free=True, municipalities=("091",)) == [catalogue["vesi"]]


@pytest.mark.parametrize("text", [
    '"', '"liikunta', "liikunta AND velka", "AND OR NOT (", "*", "liik*", "[]{}()", "a" * 5000,
    "\x00\x01\x1f\u202e", "!!! ???", "🙂🙂", "title:liikunta", "-velka", "+", "\\", "' OR 1=1 --",
    "liikunta " * 400,
])
def test_strange_queries_never_raise(catalogue, text):
    page = search_query(text=text, lang="fi", filters=SearchFilters(municipalities=("999", "")))
    assert page.total >= 0


def test_strange_arguments_are_clamped(catalogue):
    assert search_query(text="", lang="xx", filters=NONE, offset=-5, limit=10_000).total == 6
    assert search_query(text="", lang="fi", filters=NONE, offset=10**12, limit=10).ids == []
    assert search_query(text="liikunta", lang="fi", filters=NONE, limit=0).ids == []


def test_missing_index_is_built_on_first_search(make_service):
    service = make_service({"fi": "Velkaneuvonta"})
    assert search_query(text="velka", lang="fi", filters=NONE).ids == [service.pk]


def test_empty_catalogue_gives_an_empty_index(db):
    assert index_rebuild().documents == 0
    assert search_query(text="liikunta", lang="fi", filters=NONE).total == 0
