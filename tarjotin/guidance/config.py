"""Settings of the professional login read from the environment: OpenID Connect is on only when configured."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class OidcConfig:
    client_id: str = ""  # OIDC_RP_CLIENT_ID
    client_secret: str = ""  # OIDC_RP_CLIENT_SECRET
    authorization_endpoint: str = ""  # OIDC_OP_AUTHORIZATION_ENDPOINT
    token_endpoint: str = ""  # OIDC_OP_TOKEN_ENDPOINT
    user_endpoint: str = ""  # OIDC_OP_USER_ENDPOINT
    jwks_endpoint: str = ""  # OIDC_OP_JWKS_ENDPOINT
    sign_algo: str = "RS256"  # OIDC_RP_SIGN_ALGO
    scopes: str = "openid email profile"  # OIDC_RP_SCOPES
    timeout: float = 10.0  # OIDC_TIMEOUT: seconds for each call to the identity provider
    trays: tuple[str, ...] = ()  # TARJOTIN_OIDC_TRAYS: slugs a new professional gets; empty = the default tray
    unit_claim: str = ""  # TARJOTIN_OIDC_UNIT_CLAIM: the claim naming the user's unit code
    groups_claim: str = "groups"  # TARJOTIN_OIDC_GROUPS_CLAIM
    required_group: str = ""  # TARJOTIN_OIDC_GROUP: only members of this group may log in

    @property
    def enabled(self) -> bool:
        return bool(self.client_id and self.authorization_endpoint and self.token_endpoint and self.user_endpoint)


NAMES = {
    "OIDC_RP_CLIENT_ID": "client_id", "OIDC_RP_CLIENT_SECRET": "client_secret",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint", "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "user_endpoint", "OIDC_OP_JWKS_ENDPOINT": "jwks_endpoint",
    "OIDC_RP_SIGN_ALGO": "sign_algo", "OIDC_RP_SCOPES": "scopes", "OIDC_TIMEOUT": "timeout",
    "TARJOTIN_OIDC_TRAYS": "trays", "TARJOTIN_OIDC_UNIT_CLAIM": "unit_claim",
    "TARJOTIN_OIDC_GROUPS_CLAIM": "groups_claim", "TARJOTIN_OIDC_GROUP": "required_group",
}


def oidc_load(environ: Mapping[str, str]) -> OidcConfig:
    values: dict = {}
    for name, attr in NAMES.items():
        raw = environ.get(name, "").strip()
        if not raw:
            continue
        if attr == "timeout":
            try:
                values[attr] = float(raw)
            except ValueError as exc:
                raise ImproperlyConfigured(f"{name}: expected seconds, got {raw!r}") from exc
        elif attr == "trays":
            values[attr] = tuple(s.strip() for s in raw.split(",") if s.strip())
        else:
            values[attr] = raw
    config = OidcConfig(**values)
    partly = any(getattr(config, a) for a in ("client_id", "authorization_endpoint", "token_endpoint"))
    if partly and not config.enabled:
        raise ImproperlyConfigured("OpenID Connect needs OIDC_RP_CLIENT_ID, OIDC_OP_AUTHORIZATION_ENDPOINT, "
                                   "OIDC_OP_TOKEN_ENDPOINT and OIDC_OP_USER_ENDPOINT together")
    if config.enabled and config.sign_algo.startswith(("RS", "ES")) and not config.jwks_endpoint:
        raise ImproperlyConfigured(f"OIDC_RP_SIGN_ALGO {config.sign_algo} needs OIDC_OP_JWKS_ENDPOINT")
    if config.enabled and not 0 < config.timeout <= 60:
        raise ImproperlyConfigured("OIDC_TIMEOUT must be between 0 and 60 seconds")
    return config
