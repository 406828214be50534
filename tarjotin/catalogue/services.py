"""Writes to the catalogue: upserts from source records, deletions, theme set-up."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime

from django.db import connection as db

from tarjotin.geo.models import Municipality

from .dto import ChannelDTO, ClassificationRef, EventDTO, HoursDTO, OrganizationDTO, ServiceDTO, content_hash
from .models import Address, Classification, Connection, Event, Organization, Service, ServiceChannel, ServiceHour

MODELS = {"organization": Organization, "service": Service, "channel": ServiceChannel, "event": Event}
# Rows per bulk insert: amortises the ORM's per-statement cost, stays under SQLite's variable limit.
BATCH = 500
Record = OrganizationDTO | ServiceDTO | ChannelDTO | EventDTO
Progress = Callable[[str, int, int | None], None]


@dataclass
class RunCache:
    """What a run would otherwise ask the database once per record, read once and kept current."""

    municipalities: set[str]
    county_members: dict[str, set[str]]
    classifications: dict[tuple[str, str], int]
    rows: dict[str, dict[str, tuple[int, str]]]  # kind → origin id → (pk, content hash)

    def pk(self, kind: str, origin_id: str) -> int | None:
        found = self.rows[kind].get(origin_id)
        return found[0] if found else None


def run_cache(*, source: str) -> RunCache:
    counties: dict[str, set[str]] = defaultdict(set)
    for code, county in Municipality.objects.values_list("code", "county_id"):
        counties[county].add(code)
    return RunCache(
        municipalities=set(Municipality.objects.values_list("code", flat=True)),
        county_members=counties,
        classifications={(k, c): pk for pk, k, c in Classification.objects.values_list("pk", "kind", "code")},
        rows={kind: {o: (pk, h) for pk, o, h in model.objects.filter(source=source).values_list(
            "pk", "origin_id", "content_hash")} for kind, model in MODELS.items()},
    )


def _municipality_codes(area_codes: Iterable[str], county_codes: tuple[str, ...], cache: RunCache) -> list[str]:
    """A county area covers all its member municipalities; unknown codes are dropped."""
    codes = set(area_codes)
    for county in county_codes:
        codes |= cache.county_members.get(county, set())
    return sorted(codes & cache.municipalities)


def _classifications(refs: tuple[ClassificationRef, ...], cache: RunCache) -> list[int]:
    """Known codes come from the reference data; unknown ones (ontology terms) are added as they arrive."""
    found = []
    for ref in refs:
        key = (ref.kind, ref.code)
        if key not in cache.classifications:
            item, _ = Classification.objects.get_or_create(
                kind=ref.kind, code=ref.code, defaults={"name": ref.name, "parent_code": ref.parent_code}
            )
            cache.classifications[key] = item.pk
        found.append(cache.classifications[key])
    return list(dict.fromkeys(found))


def _base(obj, *, source: str, record: Record, seen_at: datetime, digest: str) -> None:
    obj.source = source
    obj.origin_id = record.origin_id
    obj.source_modified = record.modified
    obj.last_seen = seen_at
    obj.content_hash = digest


def _organization_fields(org: Organization, record: OrganizationDTO, cache: RunCache) -> None:
    for name in ("name", "summary", "description", "org_type", "business_code", "parent_origin_id"):
        setattr(org, name, getattr(record, name))
    org.web_pages, org.phones = list(record.web_pages), list(record.phones)
    org.emails, org.addresses = list(record.emails), list(record.addresses)
    code = record.municipality_code
    org.municipality_id = code if code in cache.municipalities else None


def _service_fields(service: Service, record: ServiceDTO, cache: RunCache) -> None:
    for name in ("name", "alternative_name", "summary", "description", "user_instruction", "charge_info",
                 "requirements", "service_type", "funding_type", "charge_type", "organization_origin_id",
                 "source_id"):
        setattr(service, name, getattr(record, name))
    service.keywords = {lang: list(words) for lang, words in record.keywords.items()}
    service.area_type = record.area.area_type
    service.area_counties = list(record.area.county_codes)
    service.languages = list(record.languages)
    service.producers = list(record.producers)
    service.organization_id = cache.pk("organization", record.organization_origin_id)


def _channel_fields(channel: ServiceChannel, record: ChannelDTO, cache: RunCache) -> None:
    for name in ("kind", "name", "summary", "description", "organization_origin_id", "requires_authentication",
                 "source_id"):
        setattr(channel, name, getattr(record, name))
    channel.area_type = record.area.area_type
    channel.languages = list(record.languages)
    channel.web_pages, channel.phones = list(record.web_pages), list(record.phones)
    channel.emails, channel.accessibility = list(record.emails), list(record.accessibility)
    channel.organization_id = cache.pk("organization", record.organization_origin_id)


def _event_fields(event: Event, record: EventDTO, cache: RunCache) -> None:
    """An event keeps its lists in JSON on its own row: no related rows to write."""
    values = asdict(record)
    for name in ("origin_id", "modified", "municipality_code"):
        values.pop(name)
    for name, value in values.items():
        setattr(event, name, list(value) if isinstance(value, tuple) else value)
    code = record.municipality_code
    event.municipality_id = code if code in cache.municipalities else None


FIELDS = {"organization": _organization_fields, "service": _service_fields, "channel": _channel_fields,
          "event": _event_fields}


def _hours(blocks: tuple[HoursDTO, ...], **owner) -> list[ServiceHour]:
    return [
        ServiceHour(
            order=i, kind=h.kind, valid_from=h.valid_from, valid_to=h.valid_to, is_closed=h.is_closed,
            always_open=h.always_open, by_appointment=h.by_appointment, info=h.info,
            opening=[asdict(o) for o in h.opening], **owner,
        )
        for i, h in enumerate(blocks)
    ]


def _address(channel_id: int, order: int, a, cache: RunCache) -> Address:
    fields = asdict(a)
    code = fields.pop("municipality_code")
    fields["entrances"] = list(fields["entrances"])
    fields["municipality_id"] = code if code and code in cache.municipalities else None
    return Address(channel_id=channel_id, order=order, **fields)


def _channel_municipalities(record: ChannelDTO, cache: RunCache) -> list[str]:
    located = {a.municipality_code for a in record.addresses if a.municipality_code}
    return _municipality_codes(located | set(record.area.municipality_codes), record.area.county_codes, cache)


def _insert(model, objs: list, *, with_pks: bool = False) -> None:
    """One INSERT per batch; rows that need their pk back fall back to one by one where the database
    cannot return them from a bulk insert."""
    if with_pks and not db.features.can_return_rows_from_bulk_insert:
        for obj in objs:
            obj.save(force_insert=True)
        return
    model.objects.bulk_create(objs, batch_size=BATCH)


def _related_new(kind: str, pending: list[tuple[object, Record]], cache: RunCache) -> None:
    """Many-to-many rows, addresses and hours of rows just inserted, in a few bulk inserts."""
    if kind in ("organization", "event"):
        return
    model = MODELS[kind]
    places, groups, addresses, hours = [], [], [], []
    place_link = model.municipalities.through
    for obj, record in pending:
        if kind == "service":
            places += [place_link(service_id=obj.pk, municipality_id=c) for c in _municipality_codes(
                record.area.municipality_codes, record.area.county_codes, cache)]
            groups += [Service.classifications.through(service_id=obj.pk, classification_id=pk)
                       for pk in _classifications(record.classifications, cache)]
        else:
            places += [place_link(servicechannel_id=obj.pk, municipality_id=c)
                       for c in _channel_municipalities(record, cache)]
            addresses += [_address(obj.pk, i, a, cache) for i, a in enumerate(record.addresses)]
            hours += _hours(record.hours, channel_id=obj.pk)
    for through, objs in ((place_link, places), (Service.classifications.through, groups),
                          (Address, addresses), (ServiceHour, hours)):
        if objs:
            _insert(through, objs)


def _related_update(kind: str, obj, record: Record, cache: RunCache) -> None:
    if kind == "service":
        obj.municipalities.set(_municipality_codes(record.area.municipality_codes, record.area.county_codes, cache))
        obj.classifications.set(_classifications(record.classifications, cache))
    elif kind == "channel":
        obj.municipalities.set(_channel_municipalities(record, cache))
        obj.addresses.all().delete()
        obj.hours.all().delete()
        Address.objects.bulk_create(_address(obj.pk, i, a, cache) for i, a in enumerate(record.addresses))
        ServiceHour.objects.bulk_create(_hours(record.hours, channel=obj))


def _flush(kind: str, pending: list[tuple[object, Record]], cache: RunCache, written: list) -> None:
    """Insert the pending new rows; `written` keeps their pks, not the instances, to bound memory."""
    if not pending:
        return
    _insert(MODELS[kind], [obj for obj, _ in pending], with_pks=True)
    _related_new(kind, pending, cache)
    for obj, record in pending:
        cache.rows[kind][obj.origin_id] = (obj.pk, obj.content_hash)
        written.append((obj.pk, record, True))
    pending.clear()


def items_upsert(*, kind: str, source: str, records: Iterable[Record], total: int, seen_at: datetime,
                 cache: RunCache, progress: Progress) -> tuple[dict[str, int], list[tuple[int, Record, bool]]]:
    """Create, update or leave each record of a kind; returns counts and the (pk, record, created) of every
    row written. New rows go in in batches, changed ones one by one, unchanged ones are not read at all."""
    counts = {"created": 0, "updated": 0, "unchanged": 0, "deleted": 0}
    written: list[tuple[int, Record, bool]] = []
    pending: list[tuple[object, Record]] = []
    for done, record in enumerate(records, start=1):
        digest = content_hash(record)
        known = cache.rows[kind].get(record.origin_id)
        if known and known[1] == digest:
            counts["unchanged"] += 1
        else:
            obj = MODELS[kind].objects.get(pk=known[0]) if known else MODELS[kind]()
            _base(obj, source=source, record=record, seen_at=seen_at, digest=digest)
            FIELDS[kind](obj, record, cache)
            if known:
                _flush(kind, pending, cache, written)  # keeps `written` in record order
                obj.save()
                _related_update(kind, obj, record, cache)
                cache.rows[kind][record.origin_id] = (obj.pk, digest)
                written.append((obj.pk, record, False))
            else:
                pending.append((obj, record))
                if len(pending) >= BATCH:
                    _flush(kind, pending, cache, written)
            counts["updated" if known else "created"] += 1
        progress(kind, done, total)
    _flush(kind, pending, cache, written)
    return counts, written


def connections_replace(*, services: list[tuple[int, ServiceDTO, bool]], cache: RunCache) -> int:
    """Replace written services' connections with those of their records; unknown channels are skipped."""
    updated = [pk for pk, _, created in services if not created]
    for start in range(0, len(updated), BATCH):
        Connection.objects.filter(service_id__in=updated[start:start + BATCH]).delete()
    made: list[tuple[Connection, tuple[HoursDTO, ...]]] = []
    for pk, record, _ in services:
        for item in record.connections:
            channel = cache.pk("channel", item.channel_origin_id)
            if channel is None:
                continue
            made.append((Connection(service_id=pk, channel_id=channel, charge_type=item.charge_type,
                                    description=item.description, charge_info=item.charge_info,
                                    contact_details=item.contact_details), item.hours))
    _insert(Connection, [c for c, _ in made], with_pks=True)
    hours = [h for c, blocks in made for h in _hours(blocks, connection_id=c.pk)]
    if hours:
        _insert(ServiceHour, hours)
    return len(made)


def connections_from_channels(*, records: Iterable[ChannelDTO], source: str, cache: RunCache) -> int:
    """A channel may list a service whose own record does not list the channel; keep that link too."""
    pairs = set(Connection.objects.filter(channel__source=source).values_list("service_id", "channel_id"))
    made = []
    for record in records:
        if not record.service_origin_ids:
            continue
        channel = cache.pk("channel", record.origin_id)
        if channel is None:
            raise ServiceChannel.DoesNotExist(f"{source} channel {record.origin_id}")
        wanted = sorted(pk for pk in (cache.pk("service", i) for i in set(record.service_origin_ids)) if pk)
        for service in wanted:
            if (service, channel) not in pairs:
                pairs.add((service, channel))
                made.append(Connection(service_id=service, channel_id=channel))
    _insert(Connection, made)
    return len(made)


def links_refresh(*, source: str) -> None:
    """Point services and channels at their organisations once every record of a run is in."""
    orgs = dict(Organization.objects.filter(source=source).values_list("origin_id", "pk"))
    for model in (Service, ServiceChannel):
        for pk, origin, current in model.objects.filter(source=source).values_list(
            "pk", "organization_origin_id", "organization_id"
        ):
            wanted = orgs.get(origin)
            if wanted != current:
                model.objects.filter(pk=pk).update(organization_id=wanted)


def items_delete(*, kind: str, source: str, origin_ids: set[str], cache: RunCache | None = None) -> int:
    deleted, _ = MODELS[kind].objects.filter(source=source, origin_id__in=origin_ids).delete()
    if cache is not None:
        for origin_id in origin_ids:
            cache.rows[kind].pop(origin_id, None)
    return len(origin_ids) if deleted else 0


def events_expire(*, source: str, before: datetime | None, cache: RunCache | None = None) -> int:
    """Remove a source's events that ended before `before`: passing time, not the source, ends them."""
    if before is None:
        return 0
    ended = Event.objects.filter(source=source, end__lte=before)
    origin_ids = list(ended.values_list("origin_id", flat=True))
    ended.delete()
    if cache is not None:
        for origin_id in origin_ids:
            cache.rows["event"].pop(origin_id, None)
    return len(origin_ids)
