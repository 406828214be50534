"""Fixtures for the trays tests: the default trays, users in each role, a clean tray cache per test."""

from __future__ import annotations

import pytest

MIDDLEWARE = "tarjotin.trays.middleware.TrayMiddleware"


@pytest.fixture(autouse=True)
def _fresh_tray_cache():
    """The cache lives in process memory and outlives each test's rolled-back rows."""
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()
    yield
    trays_cache_clear()


@pytest.fixture
def trays(db):
    from tarjotin.trays.services import trays_defaults_load, trays_roles_ensure

    trays_defaults_load()
    trays_roles_ensure()
    from tarjotin.trays.models import Tray

    return {t.slug: t for t in Tray.objects.all()}


@pytest.fixture
def with_middleware(settings):
    """The middleware in its documented place, whether or not settings list it yet."""
    stack = [m for m in settings.MIDDLEWARE if m != MIDDLEWARE]
    stack.insert(stack.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1, MIDDLEWARE)
    settings.MIDDLEWARE = stack
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", ".example.fi"]
    return settings


def make_user(username: str, role: str | None, *, memberships=()):
    """A staff user in one of the role groups, member of the given (tray, role) pairs."""
    from django.contrib.auth.models import Group, User

    from tarjotin.trays.services import tray_membership_grant

    user = User.objects.create_user(username=username, password="not-used-in-tests", is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    for tray, member_role in memberships:
        tray_membership_grant(user=user, tray=tray, role=member_role)
    return User.objects.get(pk=user.pk)  # fresh: permission caches empty
