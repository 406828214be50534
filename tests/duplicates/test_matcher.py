"""The pure duplicate matcher on hand-made places: names, addresses, distances, the canonical choice."""

from __future__ import annotations

from datetime import UTC, datetime

from tarjotin.catalogue.duplicates import Place, find_groups, normalise_name, normalise_street

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
