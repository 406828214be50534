"""Municipalities of the benchmark: names and their forms, weights, postal codes, EPSG:3067 positions."""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyproj import Transformer

MUNICIPALITIES_CSV = Path(__file__).resolve().parents[2] / "tarjotin" / "geo" / "data" / "municipalities.csv"

# Rough centre (WGS84 lat, lon) and radius (km) of each region: municipalities are spread around it.
REGION_CENTRES = {
    "01": (60.30, 24.90, 45), "02": (60.55, 22.40, 50), "04": (61.50, 22.00, 45), "05": (60.95, 24.30, 30),
    "06": (61.60, 23.80, 55), "07": (61.10, 25.70, 35), "08": (60.70, 26.80, 35), "09": (61.10, 28.20, 40),
    "10": (61.80, 27.50, 55), "11": (63.00, 27.50, 60), "12": (62.70, 30.00, 55), "13": (62.40, 25.70, 60),
    "14": (62.70, 22.90, 50), "15": (63.00, 21.90, 40), "16": (63.80, 23.50, 35), "17": (64.80, 25.80, 80),
    "18": (64.30, 28.30, 60), "19": (67.20, 26.00, 150), "21": (60.20, 20.00, 25),
}
# Postal code prefixes by region, as the real Finnish code areas roughly run.
POSTAL_PREFIXES = {
    "01": "00 01 02 04 05 06 07 08 09", "02": "20 21 23 24 25 27", "04": "28 29 38", "05": "11 12 13 14 30 31",
    "06": "33 34 35 36 37 39", "07": "15 16 17 18 19", "08": "45 46 47 48 49", "09": "53 54 55 56",
    "10": "50 51 52 57 58", "11": "70 71 72 73 74", "12": "80 81 82 83", "13": "40 41 42 43 44",
    "14": "60 61 62 63", "15": "64 65 66", "16": "67 68 69", "17": "84 85 86 90 91 92 93", "18": "87 88 89",
    "19": "94 95 96 97 98 99", "21": "22",
}
# Larger towns get more services and channels; the rest weigh 1.
WEIGHTS = {
    "091": 40, "049": 20, "837": 18, "092": 16, "564": 15, "853": 14, "179": 10, "297": 9, "398": 9,
    "609": 7, "286": 7, "167": 6, "405": 6, "109": 6, "905": 6, "743": 5, "698": 5, "491": 5, "285": 5,
    "734": 5, "638": 4, "272": 4, "444": 4, "106": 4, "543": 4, "186": 4, "684": 4, "257": 3, "858": 3,
    "205": 3, "245": 3, "740": 3, "536": 3, "211": 3, "980": 3, "927": 3, "202": 3, "680": 2, "694": 2,
    "418": 2, "604": 2, "423": 2, "140": 2, "908": 2, "240": 2, "851": 2, "505": 2, "153": 2, "111": 2,
}
CITIES = set(WEIGHTS) | {"005", "010", "020", "061", "069", "075", "078", "079", "143", "153", "182",
                         "208", "214", "224", "231", "232", "233", "235", "249", "260", "287", "290",
                         "301", "305", "309", "320", "408", "422", "430", "434", "445", "478", "508",
                         "529", "535", "541", "545", "560", "562", "563", "581", "593", "598", "678",
                         "710", "729", "761", "790", "893", "895", "915", "931", "936", "977", "992"}
_GENITIVE_EXCEPTIONS = {
    "Helsinki": "Helsingin", "Turku": "Turun", "Lieto": "Liedon", "Iitti": "Iitin", "Loppi": "Lopen",
    "Juuka": "Juuan", "Nurmes": "Nurmeksen", "Virrat": "Virtain", "Kannus": "Kannuksen",
    "Alavus": "Alavuden", "Varkaus": "Varkauden", "Muhos": "Muhoksen", "Vihti": "Vihdin",
    "Hailuoto": "Hailuodon", "Luoto": "Luodon", "Kempele": "Kempeleen", "Kitee": "Kiteen",
    "Keitele": "Keiteleen", "Savitaipale": "Savitaipaleen", "Kuortane": "Kuortaneen", "Pälkäne": "Pälkäneen",
    "Punkalaidun": "Punkalaitumen", "Pihtipudas": "Pihtiputaan", "Uusikaupunki": "Uudenkaupungin",
    "Uusikaarlepyy": "Uudenkaarlepyyn", "Koski Tl": "Kosken Tl", "Hanko": "Hangon", "Luhanka": "Luhangan",
    "Puolanka": "Puolangan", "Liminka": "Limingan", "Pyhäntä": "Pyhännän", "Pyhäranta": "Pyhärannan",
    "Lappeenranta": "Lappeenrannan", "Vesanto": "Vesannon", "Leppävirta": "Leppävirran",
    "Toivakka": "Toivakan", "Pomarkku": "Pomarkun", "Kurikka": "Kurikan", "Outokumpu": "Outokummun",
    "Kirkkonummi": "Kirkkonummen", "Pedersören kunta": "Pedersören",
}
_GENITIVE_SUFFIXES = (
    ("järvi", "järven"), ("lahti", "lahden"), ("joki", "joen"), ("niemi", "niemen"), ("salmi", "salmen"),
    ("vesi", "veden"), ("koski", "kosken"), ("saari", "saaren"), ("mäki", "mäen"), ("lampi", "lammen"),
    ("nen", "sten"),
)


def genitive_fi(name: str) -> str:
    """Finnish genitive of a municipality name: exceptions, then the common endings, then +n / +in."""
    if name in _GENITIVE_EXCEPTIONS:
        return _GENITIVE_EXCEPTIONS[name]
    for ending, replacement in _GENITIVE_SUFFIXES:
        if name.endswith(ending):
            return name[: -len(ending)] + replacement
    return name + ("n" if name[-1] in "aeiouyäö" else "in")


def genitive_sv(name: str) -> str:
    return name if name[-1] in "sxz" else name + "s"


def slug(name: str) -> str:
    """A web-address form of a name: lower case, å/ä/ö folded, spaces and hyphens dropped."""
    folded = name.lower().translate(str.maketrans("åäöé", "aaoe"))
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True)
class Municipality:
    code: str
    name_fi: str
    name_sv: str
    county: str  # "" for Åland
    region: str
    languages: tuple[str, ...]  # ("fi",), ("fi", "sv"), ("sv", "fi") or ("sv",)
    weight: int
    centre: tuple[float, float]  # EPSG:3067 (easting, northing)
    postal_prefix: str  # three digits; places add two

    @property
    def gen_fi(self) -> str:
        return genitive_fi(self.name_fi)

    @property
    def swedish_first(self) -> bool:
        return self.languages[0] == "sv"

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1

    @property
    def org_name_fi(self) -> str:
        if self.name_fi.endswith(" kunta"):
            return self.name_fi
        return f"{self.gen_fi} {'kaupunki' if self.code in CITIES else 'kunta'}"

    @property
    def org_gen_fi(self) -> str:
        """ "Alajärven kaupungin": whose services, in running text."""
        return self.org_name_fi.replace(" kaupunki", " kaupungin").replace(" kunta", " kunnan")

    @property
    def org_name_sv(self) -> str:
        return f"{genitive_sv(self.name_sv)} {'stad' if self.code in CITIES else 'kommun'}"

    @property
    def domain(self) -> str:
        return f"www.{slug(self.name_fi.removesuffix(' kunta'))}.fi"


@lru_cache(maxsize=1)
def _to_tm35() -> Transformer:
    return Transformer.from_crs(4326, 3067, always_xy=True)


def _centre(region: str, rng: random.Random) -> tuple[float, float]:
    """A point at most the region's radius from its centre, in metres of EPSG:3067."""
    lat, lon, radius_km = REGION_CENTRES[region]
    east, north = _to_tm35().transform(lon, lat)
    angle, reach = rng.uniform(0, 2 * math.pi), radius_km * 1000 * math.sqrt(rng.random())
    return east + reach * math.cos(angle), north + reach * math.sin(angle)


def municipalities_load(seed: int) -> list[Municipality]:
    """The 308 municipalities of the shipped reference data, each with a seeded position and postal area."""
    rng = random.Random(f"{seed}:places")
    found = []
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            region = row["region_code"]
            prefixes = POSTAL_PREFIXES[region].split()
            found.append(Municipality(
                code=row["code"], name_fi=row["name_fi"], name_sv=row["name_sv"], county=row["county_code"],
                region=region, languages=tuple(row["languages"].split()) or ("fi",),
                weight=WEIGHTS.get(row["code"], 1), centre=_centre(region, rng),
                postal_prefix=f"{rng.choice(prefixes)}{rng.randrange(10)}",
            ))
    return found


def point_near(municipality: Municipality, rng: random.Random, spread_m: float = 4000.0) -> tuple[str, str]:
    """PTV's (latitude = northing, longitude = easting) strings of a point near the municipality centre."""
    east, north = municipality.centre
    east += rng.uniform(-spread_m, spread_m)
    north += rng.uniform(-spread_m, spread_m)
    return f"{north:.3f}", f"{east:.3f}"


def postal_code(municipality: Municipality, rng: random.Random) -> str:
    return f"{municipality.postal_prefix}{rng.choice(('00', '10', '20', '30', '40', '50', '60', '70'))}"
