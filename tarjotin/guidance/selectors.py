"""Reads of guidance: professionals, baskets and referrals, the client's view of a referral, counts by code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Count, QuerySet
from django.utils import timezone

from tarjotin.catalogue import selectors as catalogue
from tarjotin.catalogue.models import Event, EventStatus, Service
from tarjotin.trays.models import Tray

from .codes import oab_code_list
from .models import GuidanceEvent, Professional, Referral, ReferralItem


def professional_of(user: Any) -> Professional | None:
    if not (user and user.is_authenticated and user.is_active):
        return None
    return Professional.objects.select_related("unit").filter(user=user).first()


def professional_trays(user: Any) -> QuerySet[Tray]:
    professional = professional_of(user)
    return professional.trays.filter(active=True) if professional else Tray.objects.none()


def professional_in_tray(user: Any, tray: Tray | None) -> bool:
    return tray is not None and professional_trays(user).filter(pk=tray.pk).exists()


def basket_of(*, user: Any, tray: Tray) -> Referral | None:
    return (Referral.objects.filter(created_by=user, tray=tray, status=Referral.Status.DRAFT)
            .prefetch_related("items").first())


def basket_refs(*, user: Any, tray: Tray) -> set[str]:
    """The items in the draft as "service:<pk>" / "event:<pk>", to mark them in search results."""
    items = ReferralItem.objects.filter(referral__created_by=user, referral__tray=tray,
                                        referral__status=Referral.Status.DRAFT)
    return {f"{kind}:{service_id or event_id}" for kind, service_id, event_id
            in items.values_list("kind", "service_id", "event_id") if service_id or event_id}


def referral_of(*, pk: int, user: Any, tray: Tray) -> Referral | None:
    """An issued referral the professional made in this tray; anyone else's is not found."""
    return (Referral.objects.select_related("tray", "unit")
            .filter(pk=pk, created_by=user, tray=tray, status=Referral.Status.ISSUED).first())


def referrals_recent(*, user: Any, tray: Tray, limit: int = 20) -> list[Referral]:
    return list(Referral.objects.filter(created_by=user, tray=tray, status=Referral.Status.ISSUED)
                .annotate(item_count=Count("items")).order_by("-issued_at")[:limit])


@dataclass(frozen=True)
class TokenLookup:
    referral: Referral | None
    state: str  # "valid" | "expired" | "unknown"


def referral_by_token(token: str, *, now: datetime | None = None) -> TokenLookup:
    if not token or len(token) > 64:
        return TokenLookup(None, "unknown")
    found = Referral.objects.select_related("tray", "unit").filter(token=token, status=Referral.Status.ISSUED).first()
    if found is None:
        return TokenLookup(None, "unknown")
    if found.expires_at and found.expires_at <= (now or timezone.now()):
        return TokenLookup(None, "expired")
    return TokenLookup(found, "valid")


@dataclass
class ItemView:
    """An item as the client sees it now: `status` is current, changed, removed, ended or cancelled."""

    item: ReferralItem
    status: str
    service: Service | None = None
    event: Event | None = None

    @property
    def title(self) -> dict[str, str]:
        current = self.service or self.event
        return current.name if current is not None else self.item.snapshot.get("title", {})

    @property
    def organization(self) -> dict[str, str]:
        if self.service is not None and self.service.organization:
            return self.service.organization.name
        return self.item.snapshot.get("organization", {})


def _service_now(item: ReferralItem) -> Service | None:
    pk = item.service_id or Service.objects.filter(source=item.source, origin_id=item.origin_id).values_list(
        "pk", flat=True).first()
    return catalogue.service_detail(pk) if pk else None


def _event_now(item: ReferralItem) -> Event | None:
    found = Event.objects.select_related("municipality")
    return (found.filter(pk=item.event_id).first() if item.event_id
            else found.filter(source=item.source, origin_id=item.origin_id).first())


def _item_view(item: ReferralItem, now: datetime) -> ItemView:
    if item.kind == ReferralItem.Kind.SERVICE:
        service = _service_now(item)
        if service is None:
            return ItemView(item, "removed")
        changed = service.content_hash != item.snapshot.get("content_hash")
        return ItemView(item, "changed" if changed else "current", service=service)
    event = _event_now(item)
    if event is None:
        return ItemView(item, "removed")
    if event.end <= now:
        return ItemView(item, "ended", event=event)
    if event.status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
        return ItemView(item, "cancelled", event=event)
    changed = event.content_hash != item.snapshot.get("content_hash")
    return ItemView(item, "changed" if changed else "current", event=event)


def referral_items_now(referral: Referral, *, now: datetime | None = None) -> list[ItemView]:
    """Each item with its current catalogue information, and whether it changed or went since issue."""
    moment = now or timezone.now()
    return [_item_view(item, moment) for item in referral.items.all()]


def guidance_counts(*, tray: Tray | None = None, start: date, end: date) -> dict[str, int]:
    """Guidance events per OAB code for one tray (None: every tray), `start` and `end` inclusive.
    Every code is present, zero included. Exact counts: whoever exports them suppresses small cells."""
    events = GuidanceEvent.objects.filter(date__gte=start, date__lte=end)
    if tray is not None:
        events = events.filter(tray=tray)
    counts = dict(events.values_list("code").annotate(n=Count("pk")).values_list("code", "n"))
    return {code: counts.get(code, 0) for code in oab_code_list()}
