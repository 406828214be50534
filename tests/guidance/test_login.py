"""Professional login: accounts with lockout (no addresses kept), sessions, POST logout, OpenID Connect set-up."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from tarjotin.guidance.config import oidc_load
from tarjotin.guidance.lockout import login_failure_record, login_locked_for
from tarjotin.guidance.models import LoginThrottle, Professional
from tarjotin.trays.models import AuditEvent

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/fi/ammattilaiset/kirjaudu/"


def _login(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password, **extra})


def test_login_and_safe_redirect(client, professional):
    response = _login(client, professional.username, PASSWORD, next="/fi/ammattilaiset/haku/?q=kuoro")
    assert response.status_code == 302 and response["Location"] == "/fi/ammattilaiset/haku/?q=kuoro"
    assert client.get("/fi/ammattilaiset/").status_code == 200
    assert AuditEvent.objects.filter(action="login", username=professional.username).exists()


@pytest.mark.parametrize("bad_next", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_login_never_redirects_off_site(client, professional, bad_next):
    response = _login(client, professional.username, PASSWORD, next=bad_next)
    assert response["Location"] == "/fi/ammattilaiset/"


def test_wrong_password_is_an_error_in_the_users_language(client, professional):
    response = client.post("/sv/ammattilaiset/kirjaudu/", {"username": professional.username, "password": "väärä"})
    assert response.status_code == 200
    assert "Användarnamnet eller lösenordet är fel." in response.content.decode()


def test_five_failures_lock_the_user_name_even_for_the_right_password(client, professional):
    for _ in range(5):
        assert _login(client, professional.username, "arvaus-123456").status_code == 200
    response = _login(client, professional.username, PASSWORD)
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert "15" in response.content.decode()  # minutes to wait
    row = LoginThrottle.objects.get()
    assert professional.username not in row.key and len(row.key) == 64
    assert {f.name for f in LoginThrottle._meta.get_fields()} == {"id", "key", "failures", "locked_until",
                                                                  "updated_at"}  # no address, no agent


def test_the_cool_down_ends_and_a_success_clears_the_count(client, professional):
    now = timezone.now()
    for _ in range(5):
        login_failure_record(professional.username, now=now)
    assert login_locked_for(professional.username, now=now) > 14 * 60
    assert login_locked_for(professional.username, now=now + timedelta(minutes=16)) == 0
    LoginThrottle.objects.update(locked_until=now - timedelta(seconds=1))
    assert _login(client, professional.username, PASSWORD).status_code == 302
    assert not LoginThrottle.objects.exists()


def test_a_locked_name_does_not_tell_whether_the_account_exists(client):
    for _ in range(5):
        _login(client, "ei-ole-olemassa", "arvaus-123456")
    assert "15" in _login(client, "ei-ole-olemassa", "arvaus-123456").content.decode()


def test_logout_is_post_only(pro_client):
    assert pro_client.get("/fi/ammattilaiset/kirjaudu-ulos/").status_code == 405
    response = pro_client.post("/fi/ammattilaiset/kirjaudu-ulos/")
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert pro_client.get("/fi/ammattilaiset/")["Location"].startswith(LOGIN)


def test_sessions_expire():
    assert settings.SESSION_COOKIE_AGE <= 8 * 60 * 60 and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_oidc_is_off_unless_configured_and_needs_its_endpoints():
    assert not oidc_load({}).enabled
    with pytest.raises(ImproperlyConfigured):
        oidc_load({"OIDC_RP_CLIENT_ID": "tarjotin"})
    full = {"OIDC_RP_CLIENT_ID": "tarjotin", "OIDC_RP_CLIENT_SECRET": "s",
            "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://idp.example/auth",
            "OIDC_OP_TOKEN_ENDPOINT": "https://idp.example/token", "OIDC_OP_USER_ENDPOINT": "https://idp.example/me"}
    with pytest.raises(ImproperlyConfigured):  # RS256 needs the keys
        oidc_load(full)
    config = oidc_load({**full, "OIDC_OP_JWKS_ENDPOINT": "https://idp.example/jwks",
                        "TARJOTIN_OIDC_TRAYS": "pohjanmaa, suomi"})
    assert config.enabled and config.timeout == 10.0 and config.trays == ("pohjanmaa", "suomi")
    with pytest.raises(ImproperlyConfigured):
        oidc_load({**full, "OIDC_RP_SIGN_ALGO": "HS256", "OIDC_TIMEOUT": "0"})


def test_oidc_pages_are_not_found_when_it_is_off(client):
    assert client.get("/fi/ammattilaiset/oidc/kirjaudu/").status_code == 404
    assert client.get("/fi/ammattilaiset/oidc/paluu/").status_code == 404


def test_the_identity_providers_user_becomes_a_professional(settings, tray, unit):
    from tarjotin.guidance.oidc import ProfessionalOIDCBackend, oidc_username

    settings.TARJOTIN_GUIDANCE_OIDC = oidc_load({
        "OIDC_RP_CLIENT_ID": "c", "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://idp.example/a",
        "OIDC_OP_TOKEN_ENDPOINT": "https://idp.example/t", "OIDC_OP_USER_ENDPOINT": "https://idp.example/u",
        "OIDC_RP_SIGN_ALGO": "HS256", "TARJOTIN_OIDC_UNIT_CLAIM": "department", "TARJOTIN_OIDC_GROUP": "hyte"})
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "c", "s"
    settings.OIDC_OP_TOKEN_ENDPOINT, settings.OIDC_OP_USER_ENDPOINT = "https://idp.example/t", "https://idp.example/u"
    backend = ProfessionalOIDCBackend()
    claims = {"sub": "abc-123", "email": "hanna@hyvinvointialue.example", "given_name": "Hanna",
              "department": "vaasa-hyte", "groups": ["hyte"]}
    assert backend.verify_claims(claims) and not backend.verify_claims({**claims, "groups": ["muut"]})
    user = backend.create_user(claims)
    assert user.username == oidc_username(claims) and not user.has_usable_password()
    professional = Professional.objects.get(user=user)
    assert professional.unit == unit and list(professional.trays.all()) == [tray]
    assert list(backend.filter_users_by_claims({"sub": "abc-123", "email": "muu@example.fi"})) == [user]
