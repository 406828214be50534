"""The basket, issuing a referral, what the client's page compares, and the audit trail of it all."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tarjotin.guidance import selectors, services
from tarjotin.guidance.models import GuidanceEvent, Referral, ReferralItem
from tarjotin.trays.models import AuditEvent


def _refs(items):
    return [f"service:{s.pk}" for s in items]


def test_items_are_added_once_and_unknown_ones_skipped(professional, tray, some_services):
    refs = _refs(some_services) + [_refs(some_services)[0], "service:999999", "place:1", "event:abc", ""]
    assert services.basket_items_add(user=professional, tray=tray, refs=refs) == 3
    assert services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services)) == 0
    draft = selectors.basket_of(user=professional, tray=tray)
    assert [i.service_id for i in draft.items.all()] == [s.pk for s in some_services]
    assert selectors.basket_refs(user=professional, tray=tray) == set(_refs(some_services))
    adds = AuditEvent.objects.filter(object_type="guidance.referralitem", action="add", username=professional.username)
    assert adds.count() == 3


def test_an_issued_referral_has_a_token_a_validity_and_guidance_events(professional, tray, unit, some_services):
    services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services))
    draft = selectors.basket_of(user=professional, tray=tray)
    services.referral_draft_update(referral=draft, user=professional, note="Kysy ryhmästä.", language="sv",
                                   easy_read=True, codes=["OAB63", "OAB61"])
    now = timezone.now()
    issued = services.referral_issue(referral=draft, user=professional, now=now)
    assert issued.status == Referral.Status.ISSUED and len(issued.token) >= 40
    assert issued.expires_at == now + timedelta(days=90)
    events = GuidanceEvent.objects.filter(referral=issued).order_by("code")
    assert [e.code for e in events] == ["OAB61", "OAB63"]
    assert all(e.unit == unit and e.tray == tray and e.item_kinds == {"service": 3} for e in events)
    assert events[0].themes  # the demo services belong to national themes
    assert not hasattr(events[0], "created_by")  # counts, not people
    with pytest.raises(ValidationError):
        services.referral_issue(referral=issued, user=professional)
    # The log never holds the token: it would open the referral.
    assert not AuditEvent.objects.filter(changes__icontains=issued.token).exists()


def test_a_note_with_personal_data_is_refused(professional, tray, some_services):
    services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services)[:1])
    draft = selectors.basket_of(user=professional, tray=tray)
    with pytest.raises(ValidationError) as error:
        services.referral_draft_update(referral=draft, user=professional, note="Asiakas 131052-308T",
                                       language="fi", easy_read=False, codes=["OAB63"])
    assert error.value.code == "personal_data"
    draft.refresh_from_db()
    assert draft.note == ""


def test_an_empty_basket_or_no_code_cannot_be_issued(professional, tray, some_services):
    draft = services.basket_get_or_create(user=professional, tray=tray)
    with pytest.raises(ValidationError):
        services.referral_issue(referral=draft, user=professional)
    services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services)[:1])
    services.referral_draft_update(referral=draft, user=professional, note="", language="fi", easy_read=False,
                                   codes=[])
    with pytest.raises(ValidationError):
        services.referral_issue(referral=draft, user=professional)
    with pytest.raises(ValidationError):
        services.referral_draft_update(referral=draft, user=professional, note="", language="fi", easy_read=False,
                                       codes=["OAB99"])


def test_removing_an_item_only_from_ones_own_draft(professional, tray, unit, some_services):
    from .conftest import make_professional

    services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services)[:2])
    item = ReferralItem.objects.first()
    colleague = make_professional("kalle.kollega", tray, unit)
    assert not services.basket_item_remove(user=colleague, tray=tray, item_id=item.pk)
    assert services.basket_item_remove(user=professional, tray=tray, item_id=item.pk)
    assert ReferralItem.objects.count() == 1


def _issued(professional, tray, some_services) -> Referral:
    services.basket_items_add(user=professional, tray=tray, refs=_refs(some_services))
    draft = selectors.basket_of(user=professional, tray=tray)
    return services.referral_issue(referral=draft, user=professional)


def test_the_token_finds_a_valid_referral_and_tells_expired_from_unknown(professional, tray, some_services):
    referral = _issued(professional, tray, some_services)
    assert selectors.referral_by_token(referral.token).state == "valid"
    assert selectors.referral_by_token(referral.token[:-1] + "x").state == "unknown"
    assert selectors.referral_by_token("").state == "unknown"
    later = referral.expires_at + timedelta(seconds=1)
    assert selectors.referral_by_token(referral.token, now=later).state == "expired"


def test_the_client_sees_changed_and_removed_items(professional, tray, some_services):
    referral = _issued(professional, tray, some_services)
    assert [v.status for v in selectors.referral_items_now(referral)] == ["current"] * 3
    changed, removed = some_services[0], some_services[1]
    changed.content_hash = "something-else"
    changed.save()
    removed_name = removed.name
    removed.delete()
    views = selectors.referral_items_now(referral)
    assert [v.status for v in views] == ["changed", "removed", "current"]
    assert views[1].title == removed_name  # from what it was when issued


def test_a_reimported_service_is_found_by_its_source_identity(professional, tray, some_services):
    referral = _issued(professional, tray, some_services)
    first = referral.items.first()
    ReferralItem.objects.filter(pk=first.pk).update(service=None)  # as if the row had been replaced
    views = selectors.referral_items_now(referral)
    assert views[0].status == "current" and views[0].service.pk == some_services[0].pk


def test_guidance_can_be_recorded_without_a_referral(professional, tray, unit):
    today = timezone.localdate()
    events = services.guidance_record(user=professional, tray=tray, unit=unit, codes=["OAB62", "OAB64"], on=today,
                                      themes=["luonto", "luonto"])
    assert [e.code for e in events] == ["OAB62", "OAB64"] and events[0].themes == ["luonto"]
    assert events[0].referral is None
    with pytest.raises(ValidationError):
        services.guidance_record(user=professional, tray=tray, unit=unit, codes=[], on=today)
