"""Lockout after repeated failed logins: counted per user name (as a keyed hash), never per address."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import LoginThrottle

MAX_FAILURES = 5
COOL_DOWN = timedelta(minutes=15)


def _conf() -> tuple[int, timedelta]:
    conf = getattr(settings, "TARJOTIN_GUIDANCE", {})
    return conf.get("LOGIN_MAX_FAILURES", MAX_FAILURES), timedelta(seconds=conf.get("LOGIN_COOL_DOWN_SECONDS",
                                                                                   COOL_DOWN.total_seconds()))


def _key(username: str) -> str:
    """A user name that may be mistyped or someone else's is kept only as this hash."""
    normal = (username or "").strip().casefold().encode()
    return hmac.new(settings.SECRET_KEY.encode(), normal, hashlib.sha256).hexdigest()


def login_locked_for(username: str, *, now: datetime | None = None) -> int:
    """Seconds until this user name may try again; 0 when it may now."""
    row = LoginThrottle.objects.filter(key=_key(username)).first()
    moment = now or timezone.now()
    if row is None or row.locked_until is None or row.locked_until <= moment:
        return 0
    return max(1, int((row.locked_until - moment).total_seconds()))


@transaction.atomic
def login_failure_record(username: str, *, now: datetime | None = None) -> bool:
    """Counts a failure; returns True when this one locked the user name for the cool-down."""
    limit, cool_down = _conf()
    moment = now or timezone.now()
    row, _created = LoginThrottle.objects.select_for_update().get_or_create(key=_key(username))
    if row.locked_until and row.locked_until <= moment:
        row.failures, row.locked_until = 0, None  # the cool-down is over: a fresh count
    row.failures += 1
    locked = row.failures >= limit and row.locked_until is None
    if locked:
        row.locked_until = moment + cool_down
    row.save()
    return locked


def login_success_record(username: str) -> None:
    LoginThrottle.objects.filter(key=_key(username)).delete()
