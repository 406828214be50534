"""Writes of guidance: professionals, the referral basket, issuing a referral, recording guidance events."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.events import event_get
from tarjotin.catalogue.models import Event, Service
from tarjotin.trays.models import Tray
from tarjotin.trays.selectors import tray_themes

from . import audit
from .codes import REFERRAL_CODE, oab_code_list
from .models import NOTE_MAX, GuidanceEvent, Professional, Referral, ReferralItem, Unit
from .personal_data import personal_data_kinds

MAX_ITEMS = 30
DEFAULT_VALIDITY_DAYS = 90


def _conf(name: str, default: Any) -> Any:
    return getattr(settings, "TARJOTIN_GUIDANCE", {}).get(name, default)


def unit_ensure(*, tray: Tray, code: str, name: dict[str, str]) -> Unit:
    unit, _created = Unit.objects.update_or_create(tray=tray, code=code, defaults={"name": name})
    return unit


def professional_ensure(*, user: Any, trays: Iterable[Tray], unit: Unit | None = None) -> Professional:
    """The user's professional profile with these trays added (none taken away) and, if given, this unit."""
    professional, _created = Professional.objects.get_or_create(user=user)
    if unit is not None and professional.unit_id != unit.pk:
        professional.unit = unit
        professional.save(update_fields=["unit"])
    professional.trays.add(*trays)
    return professional


def _parse_ref(ref: str) -> tuple[str, int] | None:
    kind, _sep, pk = (ref or "").partition(":")
    if kind in (ReferralItem.Kind.SERVICE, ReferralItem.Kind.EVENT) and pk.isdigit() and len(pk) < 12:
        return kind, int(pk)
    return None


def _service_snapshot(service: Service) -> dict[str, Any]:
    return {"title": service.name, "organization": service.organization.name if service.organization else {},
            "content_hash": service.content_hash,
            "modified": service.source_modified.isoformat() if service.source_modified else None}


def _event_snapshot(event: Event) -> dict[str, Any]:
    return {"title": event.name, "organization": {"fi": event.publisher} if event.publisher else {},
            "content_hash": event.content_hash, "start": event.start.isoformat(), "end": event.end.isoformat(),
            "status": event.status}


def basket_get_or_create(*, user: Any, tray: Tray, language: str = "fi") -> Referral:
    """The professional's open draft in this tray; one at a time. A new one starts in `language`."""
    draft = Referral.objects.filter(created_by=user, tray=tray, status=Referral.Status.DRAFT).first()
    if draft is not None:
        return draft
    unit = getattr(getattr(user, "professional", None), "unit", None)
    with transaction.atomic():
        draft = Referral.objects.create(tray=tray, created_by=user, unit=unit,
                                        language=language if language in ("fi", "sv", "en") else "fi",
                                        codes=[REFERRAL_CODE])
        audit.guidance_audit(user=user, action=audit.ADD, tray=tray, obj=draft, after=audit.snapshot(draft))
    return draft


def _new_item(referral: Referral, kind: str, pk: int, order: int) -> ReferralItem | None:
    if kind == ReferralItem.Kind.SERVICE:
        service = Service.objects.select_related("organization").filter(pk=pk).first()
        if service is None:
            return None
        return ReferralItem(referral=referral, kind=kind, service=service, source=service.source,
                            origin_id=service.origin_id, snapshot=_service_snapshot(service), order=order)
    event = event_get(pk)
    if event is None:
        return None
    return ReferralItem(referral=referral, kind=kind, event=event, source=event.source, origin_id=event.origin_id,
                        snapshot=_event_snapshot(event), order=order)


def basket_items_add(*, user: Any, tray: Tray, refs: Iterable[str], language: str = "fi") -> int:
    """Adds "service:<pk>" / "event:<pk>" items to the draft; unknown, repeated or excess ones are skipped."""
    referral = basket_get_or_create(user=user, tray=tray, language=language)
    added = 0
    with transaction.atomic():
        existing = {(i.kind, i.source, i.origin_id) for i in referral.items.all()}
        for ref in refs:
            parsed = _parse_ref(ref)
            if parsed is None or len(existing) >= MAX_ITEMS:
                continue
            item = _new_item(referral, *parsed, order=len(existing))
            if item is None or (item.kind, item.source, item.origin_id) in existing:
                continue
            item.save()
            existing.add((item.kind, item.source, item.origin_id))
            added += 1
            audit.guidance_audit(user=user, action=audit.ADD, tray=tray, obj=item, after=audit.snapshot(item))
    return added


def basket_item_remove(*, user: Any, tray: Tray, item_id: int) -> bool:
    item = ReferralItem.objects.filter(pk=item_id, referral__created_by=user, referral__tray=tray,
                                       referral__status=Referral.Status.DRAFT).first()
    if item is None:
        return False
    with transaction.atomic():
        audit.guidance_audit(user=user, action=audit.DELETE, tray=tray, obj=item, before=audit.snapshot(item))
        item.delete()
    return True


def note_check(note: str) -> None:
    """Refuses a note with a personal identity code, phone number or e-mail address in it."""
    if len(note) > NOTE_MAX:
        raise ValidationError(gettext("The note is too long."), code="too_long")
    if personal_data_kinds(note):
        raise ValidationError(gettext("The note contains personal data."), code="personal_data")


def codes_check(codes: Iterable[str]) -> list[str]:
    known = oab_code_list()
    chosen = [c for c in known if c in set(codes)]
    if len(chosen) != len(set(codes)):
        raise ValidationError(gettext("Unknown guidance code."), code="unknown_code")
    return chosen


def referral_draft_update(*, referral: Referral, user: Any, note: str, language: str, easy_read: bool,
                          codes: Iterable[str]) -> Referral:
    if referral.status != Referral.Status.DRAFT:
        raise ValidationError(gettext("An issued referral cannot be changed."), code="issued")
    note_check(note)
    before = audit.snapshot(referral)
    referral.note, referral.language, referral.easy_read = note.strip(), language, easy_read
    referral.codes = codes_check(codes)
    with transaction.atomic():
        referral.full_clean(exclude=["created_by", "tray", "unit"])
        referral.save()
        after = audit.snapshot(referral)
        if after != before:
            audit.guidance_audit(user=user, action=audit.CHANGE, tray=referral.tray, obj=referral,
                                 before=before, after=after)
    return referral


def _refresh_snapshots(referral: Referral) -> None:
    """What the client's page later compares with is the items as they were when handed over."""
    for item in referral.items.select_related("service__organization", "event"):
        if item.service is not None:
            item.snapshot = _service_snapshot(item.service)
        elif item.event is not None:
            item.snapshot = _event_snapshot(item.event)
        item.save(update_fields=["snapshot"])


def _item_themes(referral: Referral) -> list[str]:
    services = [i.service for i in referral.items.all() if i.service_id]
    codes = [c.code for s in services for c in s.classifications.all()]
    return catalogue.theme_slugs_for(codes=codes, themes=tray_themes(referral.tray)) if codes else []


@transaction.atomic
def referral_issue(*, referral: Referral, user: Any, now: datetime | None = None) -> Referral:
    """Gives the draft its link token and validity, and records one guidance event per chosen code."""
    if referral.status != Referral.Status.DRAFT:
        raise ValidationError(gettext("This referral has already been issued."), code="issued")
    if not referral.items.exists():
        raise ValidationError(gettext("Add at least one service or event first."), code="empty")
    if not referral.codes:
        raise ValidationError(gettext("Choose at least one guidance code."), code="no_code")
    note_check(referral.note)
    now = now or timezone.now()
    before = audit.snapshot(referral)
    _refresh_snapshots(referral)
    referral.status = Referral.Status.ISSUED
    referral.token = secrets.token_urlsafe(32)
    referral.issued_at = now
    referral.expires_at = now + timedelta(days=_conf("REFERRAL_DAYS", DEFAULT_VALIDITY_DAYS))
    referral.save()
    audit.guidance_audit(user=user, action=audit.CHANGE, tray=referral.tray, obj=referral,
                         before=before, after=audit.snapshot(referral))
    kinds = Counter(i.kind for i in referral.items.all())
    guidance_record(user=user, tray=referral.tray, unit=referral.unit, codes=referral.codes,
                    on=timezone.localdate(now), themes=_item_themes(referral), item_kinds=dict(kinds),
                    referral=referral)
    return referral


@transaction.atomic
def guidance_record(*, user: Any, tray: Tray, unit: Unit | None, codes: Iterable[str], on: date,
                    themes: Iterable[str] = (), item_kinds: dict[str, int] | None = None,
                    referral: Referral | None = None) -> list[GuidanceEvent]:
    """One event per code; with or without a referral."""
    chosen = codes_check(codes)
    if not chosen:
        raise ValidationError(gettext("Choose at least one guidance code."), code="no_code")
    events = []
    for code in chosen:
        event = GuidanceEvent.objects.create(code=code, tray=tray, unit=unit, date=on, themes=sorted(set(themes)),
                                             item_kinds=item_kinds or {}, referral=referral)
        audit.guidance_audit(user=user, action=audit.ADD, tray=tray, obj=event, after=audit.snapshot(event))
        events.append(event)
    return events
