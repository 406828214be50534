"""Writes to the catalogue: upserts from source records, deletions, theme set-up."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from tarjotin.geo.models import Municipality

from .dto import ChannelDTO, ClassificationRef, HoursDTO, OrganizationDTO, ServiceDTO, content_hash
from .models import Address, Classification, Connection, Organization, Service, ServiceChannel, ServiceHour

MODELS = {"organization": Organization, "service": Service, "channel": ServiceChannel}


def _municipality_codes(area_codes: tuple[str, ...], county_codes: tuple[str, ...]) -> set[str]:
    """A county area covers all its member municipalities."""
    codes = set(area_codes)
    if county_codes:
        codes |= set(Municipality.objects.filter(county__in=county_codes).values_list("code", flat=True))
    return codes & set(Municipality.objects.filter(code__in=codes).values_list("code", flat=True))


def _base(obj, *, source: str, record, seen_at: datetime) -> None:
    obj.source = source
    obj.origin_id = record.origin_id
    obj.source_modified = record.modified
    obj.last_seen = seen_at
    obj.content_hash = content_hash(record)


def _existing(model, source: str, origin_id: str):
    return model.objects.filter(source=source, origin_id=origin_id).first()


def organization_upsert(*, source: str, record: OrganizationDTO, seen_at: datetime) -> tuple[Organization, str]:
    """Create or update one organisation; returns it and 'created', 'updated' or 'unchanged'."""
    org = _existing(Organization, source, record.origin_id)
    if org and org.content_hash == content_hash(record):
        return org, "unchanged"
    outcome = "updated" if org else "created"
    org = org or Organization()
    _base(org, source=source, record=record, seen_at=seen_at)
    for name in ("name", "summary", "description", "org_type", "business_code", "parent_origin_id"):
        setattr(org, name, getattr(record, name))
    org.web_pages, org.phones = list(record.web_pages), list(record.phones)
    org.emails, org.addresses = list(record.emails), list(record.addresses)
    org.municipality = Municipality.objects.filter(code=record.municipality_code).first()
    org.save()
    return org, outcome


def _classifications(refs: tuple[ClassificationRef, ...]) -> list[Classification]:
    """Known codes come from the reference data; unknown ones (ontology terms) are added as they arrive."""
    found = []
    for ref in refs:
        item, _ = Classification.objects.get_or_create(
            kind=ref.kind, code=ref.code, defaults={"name": ref.name, "parent_code": ref.parent_code}
        )
        found.append(item)
    return found


def _save_hours(blocks: tuple[HoursDTO, ...], **owner) -> None:
    ServiceHour.objects.bulk_create(
        ServiceHour(
            order=i, kind=h.kind, valid_from=h.valid_from, valid_to=h.valid_to, is_closed=h.is_closed,
            always_open=h.always_open, by_appointment=h.by_appointment, info=h.info,
            opening=[asdict(o) for o in h.opening], **owner,
        )
        for i, h in enumerate(blocks)
    )


def service_upsert(*, source: str, record: ServiceDTO, seen_at: datetime) -> tuple[Service, str]:
    service = _existing(Service, source, record.origin_id)
    if service and service.content_hash == content_hash(record):
        return service, "unchanged"
    outcome = "updated" if service else "created"
    service = service or Service()
    _base(service, source=source, record=record, seen_at=seen_at)
    for name in ("name", "alternative_name", "summary", "description", "user_instruction", "charge_info",
                 "requirements", "service_type", "funding_type", "charge_type", "organization_origin_id"):
        setattr(service, name, getattr(record, name))
    service.keywords = {lang: list(words) for lang, words in record.keywords.items()}
    service.area_type = record.area.area_type
    service.area_counties = list(record.area.county_codes)
    service.languages = list(record.languages)
    service.producers = list(record.producers)
    service.organization = _existing(Organization, source, record.organization_origin_id)
    service.save()
    service.municipalities.set(_municipality_codes(record.area.municipality_codes, record.area.county_codes))
    service.classifications.set(_classifications(record.classifications))
    return service, outcome


def channel_upsert(*, source: str, record: ChannelDTO, seen_at: datetime) -> tuple[ServiceChannel, str]:
    channel = _existing(ServiceChannel, source, record.origin_id)
    if channel and channel.content_hash == content_hash(record):
        return channel, "unchanged"
    outcome = "updated" if channel else "created"
    channel = channel or ServiceChannel()
    _base(channel, source=source, record=record, seen_at=seen_at)
    for name in ("kind", "name", "summary", "description", "organization_origin_id", "requires_authentication"):
        setattr(channel, name, getattr(record, name))
    channel.area_type = record.area.area_type
    channel.languages = list(record.languages)
    channel.web_pages, channel.phones = list(record.web_pages), list(record.phones)
    channel.emails, channel.accessibility = list(record.emails), list(record.accessibility)
    channel.organization = _existing(Organization, source, record.organization_origin_id)
    channel.save()
    located = {a.municipality_code for a in record.addresses if a.municipality_code}
    channel.municipalities.set(_municipality_codes(tuple(located | set(record.area.municipality_codes)),
                                                   record.area.county_codes))
    channel.addresses.all().delete()
    channel.hours.all().delete()
    Address.objects.bulk_create(Address(**_address_fields(channel, i, a)) for i, a in enumerate(record.addresses))
    _save_hours(record.hours, channel=channel)
    return channel, outcome


def _address_fields(channel: ServiceChannel, order: int, a) -> dict:
    fields = asdict(a)
    code = fields.pop("municipality_code")
    fields["entrances"] = list(fields["entrances"])
    fields["municipality"] = Municipality.objects.filter(code=code).first() if code else None
    return {"channel": channel, "order": order, **fields}


def connections_replace(*, service: Service, record: ServiceDTO, source: str) -> int:
    """Replace a service's connections with those of its record; unknown channels are skipped."""
    service.connections.all().delete()
    channels = {
        c.origin_id: c
        for c in ServiceChannel.objects.filter(
            source=source, origin_id__in=[c.channel_origin_id for c in record.connections]
        )
    }
    made = 0
    for item in record.connections:
        channel = channels.get(item.channel_origin_id)
        if channel is None:
            continue
        connection = Connection.objects.create(
            service=service, channel=channel, charge_type=item.charge_type, description=item.description,
            charge_info=item.charge_info, contact_details=item.contact_details,
        )
        _save_hours(item.hours, connection=connection)
        made += 1
    return made


def connections_from_channel(*, channel: ServiceChannel, service_origin_ids: tuple[str, ...], source: str) -> None:
    """A channel may list a service whose own record does not list the channel; keep that link too."""
    for service in Service.objects.filter(source=source, origin_id__in=service_origin_ids):
        Connection.objects.get_or_create(service=service, channel=channel)


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


def items_delete(*, kind: str, source: str, origin_ids: set[str]) -> int:
    deleted, _ = MODELS[kind].objects.filter(source=source, origin_id__in=origin_ids).delete()
    return len(origin_ids) if deleted else 0
