"""Fixtures for the monitoring tests: the default trays, staff users in each role, fresh caches."""

from __future__ import annotations

import pytest

ORIGIN = "http://testserver"


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Trays and campaigns are cached in process memory, which outlives each test's rolled-back rows."""
    from tarjotin.monitoring.cache import campaigns
    from tarjotin.trays.cache import trays_cache_clear

    trays_cache_clear()
    campaigns.clear()
    yield
    trays_cache_clear()
    campaigns.clear()


@pytest.fixture
def trays(db):
    from tarjotin.trays.models import Tray

    return {t.slug: t for t in Tray.objects.all()}


def make_user(username: str, role: str | None, *, memberships=()):
    """A staff user in one of the role groups, member of the given (tray, role) pairs."""
    from django.contrib.auth.models import Group, User

    from tarjotin.trays.services import tray_membership_grant

    user = User.objects.create_user(username=username, password="not-used-in-tests", is_staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    for tray, member_role in memberships:
        tray_membership_grant(user=user, tray=tray, role=member_role)
    return User.objects.get(pk=user.pk)


@pytest.fixture
def national_admin(trays):
    from tarjotin.trays.roles import NATIONAL_ADMIN

    return make_user("thl", NATIONAL_ADMIN)


@pytest.fixture
def pohjanmaa_admin(trays):
    from tarjotin.trays.roles import TRAY_ADMIN

    return make_user("pohjanmaa-admin", TRAY_ADMIN, memberships=[(trays["pohjanmaa"], "admin")])


@pytest.fixture
def pohjanmaa_viewer(trays):
    from tarjotin.trays.roles import CONTENT_VIEWER

    return make_user("pohjanmaa-viewer", CONTENT_VIEWER, memberships=[(trays["pohjanmaa"], "viewer")])
