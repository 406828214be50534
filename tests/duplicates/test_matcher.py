"""The pure duplicate matcher on hand-made places: names, addresses, distances, the canonical choice."""

from __future__ import annotations

from datetime import UTC, datetime

from tarjotin.catalogue.duplicates import Place, find_groups, lipas_id, normalise_name, normalise_street

LAT, LON = 63.0960, 21.6160  # Vaasa
METRE_LAT = 1 / 111_195  # degrees of latitude per metre


def place(pk: int, name: str, street: str = "", *, metres_north: float | None = None, source: str = "ptv",
          modified: datetime | None = None) -> Place:
    lat = None if metres_north is None else LAT + metres_north * METRE_LAT
    return Place(pk=pk, source=source, name=name, street=street, latitude=lat,
                 longitude=None if lat is None else LON, modified=modified)


def test_names_and_streets_are_normalised():
    assert normalise_name("  Muistipolku  ry. ") == "muistipolku"
    assert normalise_name("Rannikon Seniorit r.f.") == "rannikon seniorit r f"  # only whole suffix words go
    assert normalise_name("Rannikon Seniorit rf") == "rannikon seniorit"
    assert normalise_street("Kirjastokuja 3 A") == normalise_street("kirjastokuja, 3a")


def test_same_name_and_address_in_other_case_and_punctuation_merge():
    groups = find_groups([place(1, "Vaasan pääkirjasto", "Kirjastokuja 3"),
                          place(2, "VAASAN PÄÄKIRJASTO.", "kirjastokuja, 3")])
    assert [(g.canonical.pk, [d.pk for d in g.duplicates], g.reasons) for g in groups] == [
        (1, [2], ("name_address",))]


def test_ten_metres_apart_with_similar_names_merge():
    groups = find_groups([place(1, "Vaasan uimahalli", metres_north=0, source="lipas"),
                          place(2, "Uimahalli Vaasan", metres_north=10)])
    assert len(groups) == 1 and groups[0].reasons == ("nearby",)
    assert groups[0].canonical.pk == 2  # PTV before LIPAS
    assert groups[0].sources == ["lipas", "ptv"]


def test_forty_metres_apart_do_not_merge():
    assert find_groups([place(1, "Vaasan uimahalli", metres_north=0),
                        place(2, "Vaasan uimahalli", metres_north=40)]) == []


def test_different_names_at_the_same_point_do_not_merge():
    assert find_groups([place(1, "Vaasan uimahalli", metres_north=0),
                        place(2, "Kuntosali Voima", metres_north=0)]) == []


def test_canonical_is_ptv_then_newest_then_lowest_pk():
    old, new = datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)
    same = ("Laavu", "Rantatie 1")
    assert find_groups([place(5, *same, modified=old), place(7, *same, modified=new),
                        place(3, *same, source="lipas", modified=new)])[0].canonical.pk == 7
    assert find_groups([place(9, *same), place(4, *same)])[0].canonical.pk == 4


ORG = "7b83257d-06ad-4e3b-985d-16a5c9d3fced"


def test_lipas_ids_are_read_from_every_sourceid_shape_lipas_has_written():
    assert lipas_id("lipas-123456") == "123456"
    assert lipas_id(f"lipas-{ORG}-89913-2024-01-01") == "89913"
    assert lipas_id(f"lipas-{ORG}-89913-2026-01-01T00-00-00.000Z") == "89913"
    assert lipas_id(f"lipas3-{ORG}-89913") == "89913"
    assert lipas_id(" LIPAS-0042 ") == "42"
    for other in ("", "pharma-123", "lipas-", "lipas-abc", "xlipas-123", "lipasto-12", f"lipas-{ORG}"):
        assert lipas_id(other) == "", other


def test_a_ptv_location_written_from_a_lipas_place_merges_whatever_its_name_and_point():
    ptv = Place(pk=1, source="ptv", name="Monitoimihalli Kuohu", street="Urheilutie 10", latitude=63.10,
                longitude=21.60, origin_id="0b1c", source_id=f"lipas-{ORG}-89913-2024-01-01")
    lipas = Place(pk=2, source="lipas", name="Sepänkylän uimahalli", street="Halltie 2", latitude=63.11,
                  longitude=21.62, origin_id="place-89913")
    other = Place(pk=3, source="lipas", name="Monitoimihalli Kuohu", street="Urheilutie 10", latitude=63.20,
                  longitude=21.70, origin_id="place-555")
    groups = find_groups([ptv, lipas])
    assert [(g.canonical.pk, [d.pk for d in g.duplicates], g.reasons) for g in groups] == [(1, [2], ("source_id",))]
    assert groups[0].sources == ["lipas", "ptv"]
    # Without the sourceId the two are different places (other names, over a kilometre apart).
    assert find_groups([Place(**{**ptv.__dict__, "source_id": ""}), lipas]) == []
    # A sourceId naming a place not imported from LIPAS merges nothing; heuristics still run beside it.
    assert [g.reasons for g in find_groups([ptv, other])] == [("name_address",)]


def test_only_other_sources_point_at_lipas_and_only_at_lipas_place_channels():
    lipas = Place(pk=2, source="lipas", name="Laavu", origin_id="place-77")
    same_source = Place(pk=1, source="lipas", name="Kota", origin_id="place-78", source_id="lipas-77")
    not_a_place = Place(pk=4, source="lipas", name="Uimahalli", origin_id="77")
    ptv = Place(pk=3, source="ptv", name="Kota", source_id="lipas-77")
    assert find_groups([lipas, same_source]) == []
    assert find_groups([not_a_place, ptv]) == []
