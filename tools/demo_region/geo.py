"""Real municipalities of Ostrobothnia (codes, names, postal places) and address helpers."""
from __future__ import annotations

from dataclasses import dataclass

from .util import offset

COUNTY_CODE = "17"
COUNTY = {"fi": "Pohjanmaan hyvinvointialue", "sv": "Österbottens välfärdsområde",
          "en": "Ostrobothnia wellbeing services county"}


@dataclass(frozen=True)
class Place:
    """A postal place: real postal code and post office, approximate centre in EPSG:3067."""

    postal: str
    office_fi: str
    office_sv: str
    north: int
    east: int


@dataclass(frozen=True)
class Municipality:
    """A real municipality of the county with the inflected forms the texts need."""

    code: str
    fi: str
    sv: str
    en: str
    fi_gen: str
    fi_loc: str
    fi_ill: str
    lang: str  # "fi": bilingual, Finnish majority; "sv": bilingual, Swedish majority; "fi-only"
    org_fi: str
    org_sv: str | None
    org_en: str | None
    domain: str
    exchange: str  # invented 06 3xx exchange
    places: tuple[Place, ...]

    @property
    def bilingual(self) -> bool:
        return self.lang != "fi-only"

    @property
    def sv_gen(self) -> str:
        """Swedish form used before an institution ("Jakobstads", "Närpes"), as in the org name."""
        return self.org_sv.rsplit(" ", 1)[0] if self.org_sv else self.sv


def _m(code: str, names: str, forms: str, lang: str, orgs: str, domain: str, exchange: str,
       places: tuple[Place, ...]) -> Municipality:
    fi, sv, en = names.split("|")
    gen, loc, ill = forms.split("|")
    org_fi, org_sv, org_en = (x or None for x in orgs.split("|"))
    return Municipality(code, fi, sv, en, gen, loc, ill, lang, org_fi or "", org_sv, org_en,
                        domain, exchange, places)


P = Place
MUNICIPALITIES: tuple[Municipality, ...] = (
    _m("231", "Kaskinen|Kaskö|Kaskinen", "Kaskisten|Kaskisissa|Kaskisiin", "fi",
       "Kaskisten kaupunki|Kaskö stad|Town of Kaskinen", "kaskinen.example", "301",
       (P("64260", "KASKINEN", "KASKÖ", 6930366, 201505),)),
    _m("280", "Korsnäs|Korsnäs|Korsnäs", "Korsnäsin|Korsnäsissä|Korsnäsiin", "sv",
       "Korsnäsin kunta|Korsnäs kommun|", "korsnas.example", "302",
       (P("66200", "KORSNÄS", "KORSNÄS", 6975113, 203637),)),
    _m("287", "Kristiinankaupunki|Kristinestad|Kristinestad",
       "Kristiinankaupungin|Kristiinankaupungissa|Kristiinankaupunkiin", "sv",
       "Kristiinankaupungin kaupunki|Kristinestads stad|Town of Kristinestad",
       "kristinestad.example", "303",
       (P("64100", "KRISTIINANKAUPUNKI", "KRISTINESTAD", 6917423, 208353),
        P("64300", "LAPVÄÄRTTI", "LAPPFJÄRD", 6913696, 215760))),
    _m("288", "Kruunupyy|Kronoby|Kronoby", "Kruunupyyn|Kruunupyyssä|Kruunupyyhyn", "sv",
       "Kruunupyyn kunta|Kronoby kommun|", "kronoby.example", "304",
       (P("68500", "KRUUNUPYY", "KRONOBY", 7072588, 304149),
        P("68700", "TEERIJÄRVI", "TERJÄRV", 7051076, 327245))),
    _m("399", "Laihia|Laihela|Laihia", "Laihian|Laihialla|Laihialle", "fi-only",
       "Laihian kunta||", "laihia.example", "305",
       (P("66400", "LAIHIA", "LAIHELA", 6992704, 247263),)),
    _m("440", "Luoto|Larsmo|Larsmo", "Luodon|Luodossa|Luotoon", "sv",
       "Luodon kunta|Larsmo kommun|", "larsmo.example", "306",
       (P("68570", "LUOTO", "LARSMO", 7076303, 291866),)),
    _m("475", "Maalahti|Malax|Malax", "Maalahden|Maalahdella|Maalahdelle", "sv",
       "Maalahden kunta|Malax kommun|", "malax.example", "307",
       (P("66100", "MAALAHTI", "MALAX", 6990887, 223802),
        P("66240", "PETOLAHTI", "PETALAX", 6979719, 215563))),
    _m("499", "Mustasaari|Korsholm|Korsholm", "Mustasaaren|Mustasaaressa|Mustasaareen", "sv",
       "Mustasaaren kunta|Korsholms kommun|Municipality of Korsholm", "korsholm.example", "308",
       (P("65610", "MUSTASAARI", "KORSHOLM", 7008852, 233520),
        P("66530", "KOIVULAHTI", "KVEVLAX", 7012172, 245900),
        P("65800", "RAIPPALUOTO", "REPLOT", 7023463, 219616))),
    _m("545", "Närpiö|Närpes|Närpes", "Närpiön|Närpiössä|Närpiöön", "sv",
       "Närpiön kaupunki|Närpes stad|Town of Närpes", "narpes.example", "309",
       (P("64200", "NÄRPIÖ", "NÄRPES", 6939742, 208259),)),
    _m("598", "Pietarsaari|Jakobstad|Jakobstad", "Pietarsaaren|Pietarsaaressa|Pietarsaareen", "sv",
       "Pietarsaaren kaupunki|Jakobstads stad|City of Jakobstad", "jakobstad.example", "310",
       (P("68600", "PIETARSAARI", "JAKOBSTAD", 7067936, 287487),
        P("68620", "PIETARSAARI", "JAKOBSTAD", 7066210, 289940))),
    _m("599", "Pedersören kunta|Pedersöre|Pedersöre", "Pedersören|Pedersöressä|Pedersöreen", "sv",
       "Pedersören kunta|Pedersöre kommun|", "pedersore.example", "311",
       (P("68910", "PÄNNÄINEN", "BENNÄS", 7059310, 291339),
        P("68800", "KOLPPI", "KÅLLBY", 7062285, 293687))),
    _m("893", "Uusikaarlepyy|Nykarleby|Nykarleby",
       "Uudenkaarlepyyn|Uudessakaarlepyyssä|Uuteenkaarlepyyhyn", "sv",
       "Uudenkaarlepyyn kaupunki|Nykarleby stad|", "nykarleby.example", "312",
       (P("66900", "UUSIKAARLEPYY", "NYKARLEBY", 7051570, 277805),)),
    _m("905", "Vaasa|Vasa|Vaasa", "Vaasan|Vaasassa|Vaasaan", "fi",
       "Vaasan kaupunki|Vasa stad|City of Vaasa", "vaasa.example", "313",
       (P("65100", "VAASA", "VASA", 7007677, 228409),
        P("65320", "VAASA", "VASA", 7005920, 231480),
        P("65380", "VAASA", "VASA", 7003077, 231100),
        P("65410", "SUNDOM", "SUNDOM", 6999674, 230171),
        P("65170", "VAASA", "VASA", 7008268, 226671))),
    _m("946", "Vöyri|Vörå|Vörå", "Vöyrin|Vöyrillä|Vöyrille", "sv",
       "Vöyrin kunta|Vörå kommun|", "vora.example", "314",
       (P("66600", "VÖYRI", "VÖRÅ", 7009674, 260729),
        P("66800", "ORAVAINEN", "ORAVAIS", 7027034, 268225),
        P("66640", "MAKSAMAA", "MAXMO", 7021833, 251074))),
)
BY_CODE: dict[str, Municipality] = {m.code: m for m in MUNICIPALITIES}
ALL_CODES: tuple[str, ...] = tuple(m.code for m in MUNICIPALITIES)


def muni_names(code: str) -> list[dict]:
    """`VmOpenApiMunicipality.name` in PTV's order (sv, en, fi)."""
    m = BY_CODE[code]
    return [{"value": m.sv, "language": "sv"}, {"value": m.en, "language": "en"},
            {"value": m.fi, "language": "fi"}]


def municipality(code: str) -> dict:
    """`VmOpenApiMunicipality` ({code, name[]})."""
    return {"code": code, "name": muni_names(code)}


def municipality_area(codes: tuple[str, ...]) -> list[dict]:
    """Areas of a LimitedType item limited to municipalities (one grouped entry, as PTV does)."""
    return [{"type": "Municipality", "code": None, "name": None,
             "municipalities": [municipality(c) for c in codes]}]


def county_area() -> list[dict]:
    """Area entry for the whole wellbeing services county 17."""
    names = [{"value": COUNTY["sv"], "language": "sv"}, {"value": COUNTY["en"], "language": "en"},
             {"value": COUNTY["fi"], "language": "fi"}]
    return [{"type": "WellbeingServiceCounties", "code": COUNTY_CODE, "name": names,
             "municipalities": [municipality(c) for c in ALL_CODES]}]


@dataclass(frozen=True)
class Address:
    """A street address in one of the postal places; coordinates derived from the place."""

    key: str
    muni: str
    street_fi: str
    street_sv: str | None
    number: str
    place: int = 0
    spread: int = 700

    @property
    def place_data(self) -> Place:
        return BY_CODE[self.muni].places[self.place]

    def coordinates(self) -> tuple[str, str]:
        """EPSG:3067 northing/easting strings near the place centre."""
        p = self.place_data
        north = p.north + offset(self.spread, self.key, "n")
        east = p.east + offset(self.spread, self.key, "e")
        frac_n, frac_e = offset(499, self.key, "fn") + 500, offset(499, self.key, "fe") + 500
        return f"{north}.{frac_n:03d}", f"{east}.{frac_e:03d}"


def street_address(addr: Address, coords: tuple[str, str] | None = None,
                   state: str = "Ok") -> dict:
    """`VmOpenApiAddressStreetWithCoordinates` for a location address."""
    p = addr.place_data
    street = [{"value": addr.street_fi, "language": "fi"}]
    street.append({"value": addr.street_sv or addr.street_fi, "language": "sv"})
    lat, lon = coords if coords else addr.coordinates()
    return {
        "street": street,
        "streetNumber": addr.number,
        "postalCode": p.postal,
        "postOffice": [{"value": p.office_sv, "language": "sv"},
                       {"value": p.office_fi, "language": "fi"}],
        "municipality": municipality(addr.muni),
        "additionalInformation": [],
        "latitude": lat,
        "longitude": lon,
        "coordinateState": state,
    }


def location_address(addr: Address, entrances: list[dict] | None = None) -> dict:
    """`V9VmOpenApiAddressLocation` of type Location/Single."""
    return {"type": "Location", "subType": "Single", "postOfficeBoxAddress": None,
            "streetAddress": street_address(addr), "otherAddress": None,
            "locationAbroad": None, "entrances": entrances or [], "country": "FI"}


def phone_number(muni: str, seq: int) -> str:
    """An invented landline number `06 3xx 0yyy` without the leading zero."""
    return f"6{BY_CODE[muni].exchange}0{seq % 1000:03d}"
