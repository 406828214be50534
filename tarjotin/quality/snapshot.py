"""The catalogue as the rules read it: plain items built in a handful of queries, whatever the size."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from tarjotin.catalogue.models import (
    Address,
    AreaType,
    Connection,
    Organization,
    Service,
    ServiceChannel,
    ServiceHour,
)
from tarjotin.geo.models import Municipality

# The fix lists are for content owners of the national service catalogue; other sources (LIPAS, Linked
# Events) have owners and formats of their own.
CHECKED_SOURCES = ("ptv",)
NATIONWIDE = (AreaType.NATIONWIDE, AreaType.NATIONWIDE_EXCEPT_ALAND)


@dataclass(frozen=True)
class Point:
    kind: str  # visiting | postal
    sub_kind: str
    latitude: float | None
    longitude: float | None
    state: str


@dataclass
class Item:
    """A service or channel with what the rules need, and nothing that needs a query to read."""

    kind: str  # "service" or the channel kind
    pk: int
    origin_id: str
    name: dict
    summary: dict
    description: dict
    modified: datetime | None = None
    area_type: str = ""
    organization_origin_id: str = ""
    municipalities: frozenset[str] = frozenset()  # the area the source names
    classification_kinds: frozenset[str] = frozenset()
    channel_count: int = 0
    charge_type: str = ""
    web_pages: list = field(default_factory=list)
    phones: list = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    has_hours: bool = False
    same_place: list[str] = field(default_factory=list)  # "name (organisation)" of its duplicates
    address_municipalities: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # Whitespace collapsed once here: the text rules compare and measure these dozens of times per item.
        self.name, self.summary, self.description = (_tidy(v) for v in (self.name, self.summary, self.description))

    @property
    def nationwide(self) -> bool:
        return self.area_type in NATIONWIDE

    @property
    def area_codes(self) -> frozenset[str]:
        """The municipalities it serves or stands in: its named area and its addresses."""
        return self.municipalities | self.address_municipalities


def _tidy(values: object) -> dict[str, str]:
    if not isinstance(values, dict):
        return {}
    return {lang: " ".join(v.split()) for lang, v in values.items() if isinstance(v, str) and v.strip()}


@dataclass(frozen=True)
class OrgInfo:
    name: dict
    org_type: str
    municipality: str


@dataclass
class Context:
    """What rules compare an item with: the time of the check, municipalities, organisations."""

    now: datetime
    bilingual: frozenset[str] = frozenset()
    county_of: dict[str, str] = field(default_factory=dict)
    organizations: dict[str, OrgInfo] = field(default_factory=dict)


def context_load(now: datetime) -> Context:
    munis = list(Municipality.objects.values_list("code", "languages", "county_id"))
    orgs = Organization.objects.filter(source__in=CHECKED_SOURCES).values_list(
        "origin_id", "name", "org_type", "municipality_id")
    return Context(
        now=now,
        bilingual=frozenset(code for code, langs, _ in munis if len(langs or []) > 1),
        county_of={code: county for code, _, county in munis if county},
        organizations={o: OrgInfo(name or {}, kind or "", muni or "") for o, name, kind, muni in orgs},
    )


def _pairs(rows) -> dict[int, set]:
    found: dict[int, set] = defaultdict(set)
    for owner, value in rows:
        found[owner].add(value)
    return found


def services_load() -> list[Item]:
    services = Service.objects.filter(source__in=CHECKED_SOURCES)
    ids = services.values("pk")
    munis = _pairs(Service.municipalities.through.objects.filter(service_id__in=ids)
                   .values_list("service_id", "municipality_id"))
    kinds = _pairs(Service.classifications.through.objects.filter(service_id__in=ids)
                   .values_list("service_id", "classification__kind"))
    channels = _pairs(Connection.objects.filter(service_id__in=ids).values_list("service_id", "channel_id"))
    items = []
    for row in services.values("pk", "origin_id", "name", "summary", "description", "source_modified",
                               "area_type", "organization_origin_id", "charge_type").order_by("pk"):
        pk = row["pk"]
        items.append(Item(
            kind="service", pk=pk, origin_id=row["origin_id"], name=row["name"] or {},
            summary=row["summary"] or {}, description=row["description"] or {},
            modified=row["source_modified"], area_type=row["area_type"],
            organization_origin_id=row["organization_origin_id"], municipalities=frozenset(munis.get(pk, ())),
            classification_kinds=frozenset(kinds.get(pk, ())), channel_count=len(channels.get(pk, ())),
            charge_type=row["charge_type"],
        ))
    return items


def _points() -> tuple[dict[int, list[Point]], dict[int, set[str]]]:
    points: dict[int, list[Point]] = defaultdict(list)
    munis: dict[int, set[str]] = defaultdict(set)
    rows = Address.objects.filter(channel__source__in=CHECKED_SOURCES).order_by("channel_id", "order").values_list(
        "channel_id", "kind", "sub_kind", "latitude", "longitude", "coordinate_state", "municipality_id")
    for channel_id, kind, sub_kind, lat, lon, state, muni in rows:
        points[channel_id].append(Point(kind, sub_kind, lat, lon, state or ""))
        if muni:
            munis[channel_id].add(muni)
    return points, munis


def _same_place(channels) -> dict[int, list[str]]:
    """Every member of a duplicate group names the others: both owners should hear of it."""
    groups: dict[int, list[int]] = defaultdict(list)
    for pk, target in channels.filter(duplicate_of__isnull=False).values_list("pk", "duplicate_of_id"):
        groups[target].append(pk)
    members = {pk for target, dupes in groups.items() for pk in (target, *dupes)}
    if not members:
        return {}
    labels = {}
    for pk, name, org_name in ServiceChannel.objects.filter(pk__in=members).values_list(
            "pk", "name", "organization__name"):
        fi = (name or {}).get("fi") or next(iter((name or {}).values()), "")
        org = (org_name or {}).get("fi") or next(iter((org_name or {}).values()), "")
        labels[pk] = f"{fi} ({org})" if org else fi
    found: dict[int, list[str]] = {}
    for target, dupes in groups.items():
        group = [target, *dupes]
        for pk in group:
            found[pk] = sorted(labels[o] for o in group if o != pk and o in labels)
    return found


def channels_load() -> list[Item]:
    channels = ServiceChannel.objects.filter(source__in=CHECKED_SOURCES)
    ids = channels.values("pk")
    munis = _pairs(ServiceChannel.municipalities.through.objects.filter(servicechannel_id__in=ids)
                   .values_list("servicechannel_id", "municipality_id"))
    # The place's own hours: a service's hours at the place tell when that service runs, not when it is open.
    with_hours = set(ServiceHour.objects.filter(channel_id__in=ids).values_list("channel_id", flat=True))
    points, address_munis = _points()
    same_place = _same_place(channels)
    items = []
    for row in channels.values("pk", "origin_id", "kind", "name", "summary", "description", "source_modified",
                               "area_type", "organization_origin_id", "web_pages", "phones").order_by("pk"):
        pk = row["pk"]
        item = Item(
            kind=row["kind"], pk=pk, origin_id=row["origin_id"], name=row["name"] or {},
            summary=row["summary"] or {}, description=row["description"] or {},
            modified=row["source_modified"], area_type=row["area_type"],
            organization_origin_id=row["organization_origin_id"], municipalities=frozenset(munis.get(pk, ())),
            web_pages=row["web_pages"] or [], phones=row["phones"] or [], points=points.get(pk, []),
            has_hours=pk in with_hours, same_place=same_place.get(pk, []),
            address_municipalities=frozenset(address_munis.get(pk, ())),
        )
        items.append(item)
    return items


def items_load() -> list[Item]:
    return services_load() + channels_load()
