"""Writes of monitoring: counts, feedback answers, search demand, campaigns and criteria answers."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from tarjotin.trays.audit import audit_snapshot
from tarjotin.trays.models import Tray
from tarjotin.trays.services import audit_event_record

from . import buffer, cache
from .criteria import criteria_codes
from .models import CriterionAnswer, DailyVisits, FeedbackAnswer, FeedbackCampaign, SearchDemand
from .queries import query_normalise

log = logging.getLogger(__name__)
LANGUAGES = ("fi", "sv", "en")


def _increment(model: Any, key: dict[str, Any], changes: dict[str, Any], created: dict[str, Any]) -> None:
    """One UPDATE … SET n = n + 1 on the row of `key`; on the first hit of the day an INSERT instead (and,
    if another request inserted it meanwhile, the UPDATE once more)."""
    if model.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            model.objects.create(**key, **created)
    except IntegrityError:
        model.objects.filter(**key).update(**changes)


def visit_recorded(*, tray: Tray, front_page: bool, day: dt.date | None = None) -> None:
    """Counts one page load (and a front-page visit) for the tray's day; never raises into the page."""
    buffer.pending.visit((tray.pk, day or timezone.localdate()), front_page=front_page)
    if buffer.pending.due():
        buffer.counts_flush()


def search_recorded(*, tray: Tray, query: str, language: str, result_count: int) -> None:
    """Adds one search to the demand log of (tray, day, language, normalised query). Queries that are empty
    or look like personal data are left out. Never raises into the search page."""
    try:
        text = query_normalise(query)
        if not text or tray is None or getattr(tray, "pk", None) is None:
            return
        lang = language[:2] if language and language[:2] in LANGUAGES else "fi"
        key = (tray.pk, timezone.localdate(), lang, text)
        buffer.pending.search(key, results=max(0, int(result_count)))
        if buffer.pending.due():
            buffer.counts_flush()
    except Exception:  # the search page must answer whatever happens to its statistics
        log.warning("search not recorded", exc_info=True)


def _counts_write(counts: buffer.CountBuffer) -> None:
    """One UPDATE (or INSERT) per tray and day, and per distinct query, for all the requests gathered."""
    with transaction.atomic():  # one commit for them all
        _counts_rows(counts)


def _counts_rows(counts: buffer.CountBuffer) -> None:
    for (tray_id, day), loads in counts.page_loads.items():
        front = counts.front_pages[(tray_id, day)]
        _increment(DailyVisits, {"tray_id": tray_id, "day": day},
                   {"page_loads": F("page_loads") + loads, "front_page": F("front_page") + front},
                   {"page_loads": loads, "front_page": front})
    for (tray_id, day, lang, text), searches in counts.searches.items():
        key = (tray_id, day, lang, text)
        zero, last = counts.zero_results[key], counts.last_results[key]
        _increment(SearchDemand, {"tray_id": tray_id, "day": day, "language": lang, "query": text},
                   {"searches": F("searches") + searches, "zero_results": F("zero_results") + zero,
                    "last_result_count": last},
                   {"searches": searches, "zero_results": zero, "last_result_count": last})


buffer.writer_set(_counts_write)


def feedback_record(*, tray: Tray, respondent: str, usefulness: str) -> FeedbackAnswer:
    """Stores one answer with today's date; the caller has validated the two choices."""
    from .selectors import campaign_active

    return FeedbackAnswer.objects.create(
        tray=tray, day=timezone.localdate(), respondent=respondent, usefulness=usefulness,
        during_campaign=campaign_active(tray=tray) is not None)


@transaction.atomic
def campaign_create(*, user: Any, tray: Tray, starts_on: dt.date, ends_on: dt.date) -> FeedbackCampaign:
    campaign = FeedbackCampaign.objects.create(tray=tray, starts_on=starts_on, ends_on=ends_on, created_by=user)
    audit_event_record(user=user, action="add", obj=campaign, tray=tray, after=audit_snapshot(campaign))
    transaction.on_commit(cache.campaigns.clear)
    return campaign


@transaction.atomic
def campaign_delete(*, user: Any, campaign: FeedbackCampaign) -> None:
    before = audit_snapshot(campaign)
    audit_event_record(user=user, action="delete", obj=campaign, tray=campaign.tray, before=before)
    campaign.delete()
    transaction.on_commit(cache.campaigns.clear)


@transaction.atomic
def criteria_answers_save(*, user: Any, tray: Tray, year: int, answers: dict[str, tuple[str, str]]) -> int:
    """`answers` is {criterion code: (status, note)}; an empty status removes the answer. Unknown codes are
    ignored. Returns how many answers changed; each change is one audit event."""
    known = set(criteria_codes())
    existing = {a.criterion: a for a in CriterionAnswer.objects.select_for_update().filter(tray=tray, year=year)}
    changed = 0
    for code, (status, note) in answers.items():
        if code not in known:
            continue
        current = existing.get(code)
        changed += _criterion_apply(user=user, tray=tray, year=year, code=code, current=current,
                                    status=status, note=note.strip())
    return changed


def _criterion_apply(*, user: Any, tray: Tray, year: int, code: str, current: CriterionAnswer | None,
                     status: str, note: str) -> int:
    if not status:
        if current is None:
            return 0
        audit_event_record(user=user, action="delete", obj=current, tray=tray, before=audit_snapshot(current))
        current.delete()
        return 1
    if current is None:
        answer = CriterionAnswer.objects.create(tray=tray, year=year, criterion=code, status=status, note=note,
                                                updated_by=user)
        audit_event_record(user=user, action="add", obj=answer, tray=tray, after=audit_snapshot(answer))
        return 1
    if (current.status, current.note) == (status, note):
        return 0
    before = audit_snapshot(current)
    current.status, current.note, current.updated_by = status, note, user
    current.save()
    audit_event_record(user=user, action="change", obj=current, tray=tray, before=before,
                       after=audit_snapshot(current))
    return 1
