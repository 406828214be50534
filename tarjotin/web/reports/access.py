"""Who sees which tray's reports: staff only; a tray's own people their tray, the national admin every tray."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.decorators import user_passes_test
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse

from tarjotin.trays.access import trays_changeable, trays_viewable, user_is_national
from tarjotin.trays.models import Tray

LOGIN_URL = "admin:login"  # the admin's login until staff have a login page of their own


@dataclass(frozen=True)
class Scope:
    trays: list[Tray]  # the trays this report covers, national first
    choices: list[Tray]  # every tray the user may pick
    chosen: Tray | None  # the tray picked with ?tray=, if one was
    national: bool  # the user is a national admin

    @property
    def query(self) -> str:
        return f"tray={self.chosen.slug}" if self.chosen else ""


def _is_staff(user) -> bool:
    return bool(user.is_active and user.is_staff)


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    return user_passes_test(_is_staff, login_url=LOGIN_URL)(view)


def _ordered(trays) -> list[Tray]:
    return sorted(trays, key=lambda t: (not t.is_national, t.slug))


def scope_for(request: HttpRequest, *, change: bool = False) -> Scope:
    """The report's trays: ?tray=<slug> if the user may see it (404 if not, so no tray's existence leaks),
    else every tray they may see. 403 for staff who may see no tray at all."""
    allowed = _ordered((trays_changeable if change else trays_viewable)(request.user).select_related("county"))
    if not allowed:
        raise PermissionDenied
    slug = request.GET.get("tray") or request.POST.get("tray") or ""
    if slug:
        chosen = next((t for t in allowed if t.slug == slug), None)
        if chosen is None:
            raise Http404
        return Scope([chosen], allowed, chosen, user_is_national(request.user))
    return Scope(allowed, allowed, None, user_is_national(request.user))


def tray_for_change(request: HttpRequest, slug: str) -> Tray:
    """A tray the user administers; 404 for any other (a content viewer reads but never changes)."""
    found = trays_changeable(request.user).filter(slug=slug).first()
    if found is None:
        raise Http404
    return found


def with_scope(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Staff only, and the view gets the scope as its second argument."""

    @staff_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return view(request, scope_for(request), *args, **kwargs)

    return wrapped
