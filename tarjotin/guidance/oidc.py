"""OpenID Connect login for professionals: the identity provider's user becomes (or is) a professional."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from tarjotin.trays.models import Tray

from .models import Professional, Unit
from .services import professional_ensure

USERNAME_PREFIX = "oidc-"


def oidc_username(claims: dict[str, Any]) -> str:
    """Stable across e-mail changes: derived from the issuer's subject identifier."""
    subject = str(claims.get("sub") or "")
    return USERNAME_PREFIX + hashlib.sha256(subject.encode()).hexdigest()[:40]


def _trays() -> list[Tray]:
    slugs = list(settings.TARJOTIN_GUIDANCE_OIDC.trays) or [settings.TARJOTIN.get("DEFAULT_TRAY", "")]
    return list(Tray.objects.filter(slug__in=slugs, active=True))


def _unit(claims: dict[str, Any], trays: list[Tray]) -> Unit | None:
    claim = settings.TARJOTIN_GUIDANCE_OIDC.unit_claim
    code = str(claims.get(claim) or "") if claim else ""
    return Unit.objects.filter(tray__in=trays, code=code).first() if code else None


class ProfessionalOIDCBackend(OIDCAuthenticationBackend):
    """Users are found by their subject, not by e-mail (which an identity provider may reuse)."""

    def verify_claims(self, claims: dict[str, Any]) -> bool:
        config = settings.TARJOTIN_GUIDANCE_OIDC
        if not claims.get("sub"):
            return False
        if config.required_group:
            groups = claims.get(config.groups_claim) or []
            return config.required_group in (groups if isinstance(groups, list) else [groups])
        return True

    def filter_users_by_claims(self, claims: dict[str, Any]):
        return get_user_model().objects.filter(username=oidc_username(claims))

    @transaction.atomic
    def create_user(self, claims: dict[str, Any]):
        user = get_user_model().objects.create_user(
            username=oidc_username(claims), email=str(claims.get("email") or ""),
            first_name=str(claims.get("given_name") or "")[:150], last_name=str(claims.get("family_name") or "")[:150],
        )  # no password: this account logs in only through the identity provider
        trays = _trays()
        professional_ensure(user=user, trays=trays, unit=_unit(claims, trays))
        return user

    def update_user(self, user, claims: dict[str, Any]):
        professional = Professional.objects.filter(user=user).first()
        trays = list(professional.trays.all()) if professional else _trays()
        unit = _unit(claims, trays)
        if professional is None or unit is not None:
            professional_ensure(user=user, trays=trays, unit=unit)
        return user
