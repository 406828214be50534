"""Pure duplicate matching of location channels: a LIPAS sourceId, same name and street, or a few metres apart."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

NEAR_METRES = 15.0
SIMILAR_NAMES = 0.5  # token overlap (shared tokens / all tokens) two nearby places' names must reach
# Legal-form suffixes an organisation adds or leaves out at will: "Muistipolku ry" is "Muistipolku".
NAME_SUFFIXES = frozenset({"ry", "rf", "oy", "ab", "oyj", "abp", "sr", "rs"})
# About 55 m cells: a pair within NEAR_METRES always sits in the same or a neighbouring cell.
CELL_LAT = 0.0005
CELL_LON = 0.001
EARTH_METRES = 6_371_000.0
# LIPAS writes the places it pushes into PTV with a sourceId of its own (lipas: src/cljc/lipas/data/ptv.cljc):
# "lipas-<lipas id>" at first, then "lipas3-<org>-<id>", now "lipas-<org uuid>-<lipas id>-<timestamp>".
_LIPAS_SOURCE_ID = re.compile(
    r"^lipas\d*-(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-)?(\d+)(?:-|$)", re.IGNORECASE)
LIPAS_CHANNEL_PREFIX = "place-"  # a LIPAS place's location channel is "place-<lipas id>" (sources/lipas/parse.py)


@dataclass(frozen=True)
class Place:
    """A location channel as the matcher sees it."""

    pk: int
    source: str
    name: str
    street: str = ""  # street and number as written; normalised here
    latitude: float | None = None
    longitude: float | None = None
    modified: datetime | None = None
    organization: str = ""
    origin_id: str = ""
    source_id: str = ""  # the source's own note of where the record came from (PTV sourceId)


@dataclass(frozen=True)
class Group:
    """Channels that are the same place; the canonical one is shown, the others point at it."""

    canonical: Place
    duplicates: tuple[Place, ...]
    reasons: tuple[str, ...]  # "source_id", "name_address", "nearby"

    @property
    def sources(self) -> list[str]:
        return sorted({p.source for p in (self.canonical, *self.duplicates)})


def _plain(text: str) -> str:
    # Letters and digits only, so "Kirjasto-kuja 3 A" and "kirjastokuja 3a" still differ only in spaces.
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def normalise_name(name: str) -> str:
    """Lowercase, punctuation out, whitespace collapsed, legal-form suffixes ("ry", "rf") dropped."""
    words = _plain(name).split()
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    return " ".join(words)


def normalise_street(street: str) -> str:
    """Street and number, lowercase, without punctuation; "3 a" and "3a" read the same."""
    return re.sub(r"(\d)\s+([a-z])\b", r"\1\2", _plain(street))


def name_overlap(a: str, b: str) -> float:
    """Shared tokens over all tokens of both normalised names (Jaccard): 0 when either is empty."""
    left, right = set(normalise_name(a).split()), set(normalise_name(b).split())
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def distance_m(a: Place, b: Place) -> float | None:
    """Great-circle distance in metres, or None when either place has no point."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_METRES * math.asin(min(1.0, math.sqrt(h)))


def lipas_id(source_id: str) -> str:
    """The LIPAS place id a PTV sourceId names ("lipas-123456" → "123456"), or "" when it names none."""
    found = _LIPAS_SOURCE_ID.match((source_id or "").strip())
    return str(int(found.group(1))) if found else ""


def _source_id_pairs(places: list[Place]) -> Iterable[tuple[Place, Place]]:
    """(PTV location, LIPAS place) pairs where the PTV record says it was written from that LIPAS place."""
    lipas = {p.origin_id.removeprefix(LIPAS_CHANNEL_PREFIX): p for p in places
             if p.source == "lipas" and p.origin_id.startswith(LIPAS_CHANNEL_PREFIX)}
    for place in places:
        if place.source != "lipas" and place.source_id:
            found = lipas.get(lipas_id(place.source_id))
            if found is not None:
                yield place, found


def _canonical_key(place: Place) -> tuple:
    # PTV first (the organisation's own description), then the newest, then the oldest row: deterministic.
    stamp = place.modified.timestamp() if place.modified else float("-inf")
    return (place.source != "ptv", -stamp, place.pk)


class _Sets:
    """Union-find over channel pks."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cell(place: Place) -> tuple[int, int]:
    return math.floor(place.latitude / CELL_LAT), math.floor(place.longitude / CELL_LON)  # type: ignore[operator]


def _nearby_pairs(places: list[Place]) -> Iterable[tuple[Place, Place]]:
    cells: dict[tuple[int, int], list[Place]] = defaultdict(list)
    for place in places:
        if place.latitude is not None and place.longitude is not None:
            cells[_cell(place)].append(place)
    for (y, x), members in cells.items():
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for a in members:
                    for b in cells.get((y + dy, x + dx), ()):
                        if a.pk < b.pk:
                            yield a, b


def find_groups(places: Iterable[Place]) -> list[Group]:
    """Groups of two or more channels that are the same place, ordered by canonical pk."""
    places = sorted(places, key=lambda p: p.pk)
    sets = _Sets()
    reasons: dict[int, set[str]] = defaultdict(set)  # first pk of a pair → why it matched
    # The source's own word comes first: the two records need not share a name, an address or a point.
    for ptv, lipas in _source_id_pairs(places):
        sets.union(ptv.pk, lipas.pk)
        reasons[lipas.pk].add("source_id")
    by_key: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for place in places:
        name, street = normalise_name(place.name), normalise_street(place.street)
        if name and street:
            by_key[(name, street)].append(place)
    for same in by_key.values():
        for other in same[1:]:
            sets.union(same[0].pk, other.pk)
            reasons[other.pk].add("name_address")
    for a, b in _nearby_pairs(places):
        near = distance_m(a, b)
        if near is not None and near <= NEAR_METRES and name_overlap(a.name, b.name) >= SIMILAR_NAMES:
            sets.union(a.pk, b.pk)
            reasons[b.pk].add("nearby")
    members: dict[int, list[Place]] = defaultdict(list)
    for place in places:
        members[sets.find(place.pk)].append(place)
    groups = []
    for found in members.values():
        if len(found) < 2:
            continue
        ordered = sorted(found, key=_canonical_key)
        why = sorted({r for p in found for r in reasons[p.pk]})
        groups.append(Group(ordered[0], tuple(sorted(ordered[1:], key=lambda p: p.pk)), tuple(why)))
    return sorted(groups, key=lambda g: g.canonical.pk)
