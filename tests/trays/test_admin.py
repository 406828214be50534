"""Admin roles: a tray admin sees and changes only their own tray; every change is audited atomically."""

from __future__ import annotations

import pytest

from tarjotin.catalogue.models import Theme
from tarjotin.trays import roles
from tarjotin.trays.models import AuditEvent, Tray, TrayMembership, TrayTheme

from .conftest import make_user

pytestmark = pytest.mark.django_db
ADMIN = TrayMembership.Role.ADMIN
VIEWER = TrayMembership.Role.VIEWER


@pytest.fixture
def people(trays):
    return {
        "national": make_user("thl", roles.NATIONAL_ADMIN),
        "admin": make_user("pohjanmaa-admin", roles.TRAY_ADMIN, memberships=[(trays["pohjanmaa"], ADMIN)]),
        "viewer": make_user("pohjanmaa-viewer", roles.CONTENT_VIEWER, memberships=[(trays["pohjanmaa"], VIEWER)]),
    }


def _langs(name: str, values: dict) -> dict:
    return {f"{name}_{lang}": values.get(lang, "") for lang in ("fi", "sv", "en")}


def _tray_form(tray: Tray, **changes) -> dict:
    """What the tray admin's change form posts (the national-only fields are read-only for them)."""
    data = {**_langs("name", tray.name), **_langs("display_name", tray.display_name),
            **_langs("front_title", {}), **_langs("front_lead", {}),
            **_langs("accessibility_statement", tray.accessibility_statement),
            **_langs("privacy_notice", tray.privacy_notice),
            "logo_url": tray.logo_url, "primary_color": tray.primary_color, "text_color": tray.text_color,
            "tile_url": tray.tile_url, "contact_name": tray.contact_name, "contact_email": tray.contact_email,
            "contact_phone": tray.contact_phone, "include_nationwide": "on"}
    return {**data, **changes}


def _url(model: str, pk: int, view: str = "change") -> str:
    return f"/admin/trays/{model}/{pk}/{view}/"


def test_tray_admin_changelist_shows_only_their_tray(client, people, trays):
    client.force_login(people["admin"])
    response = client.get("/admin/trays/tray/")
    assert response.status_code == 200
    assert [t.slug for t in response.context["cl"].result_list] == ["pohjanmaa"]
    assert "keski-suomi" not in response.content.decode()


def test_national_admin_sees_every_tray(client, people):
    client.force_login(people["national"])
    response = client.get("/admin/trays/tray/")
    assert response.context["cl"].result_count == 23


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_trays_pages_are_not_found(client, people, trays, view):
    client.force_login(people["admin"])
    other = trays["keski-suomi"]
    url = _url("tray", other.pk, view)
    assert client.get(url).status_code == 404
    assert client.post(url, _tray_form(other, name_fi="Kaapattu")).status_code == 404
    other.refresh_from_db()
    assert other.name["fi"] == "Keski-Suomen hyvinvointialue"


def test_tray_admin_changes_their_tray_and_it_is_audited(client, people, trays):
    client.force_login(people["admin"])
    tray = trays["pohjanmaa"]
    assert client.get(_url("tray", tray.pk)).status_code == 200
    response = client.post(_url("tray", tray.pk), _tray_form(
        tray, name_fi="Pohjanmaa", primary_color="#1e6b3a", contact_name="Tarjotintiimi",
        contact_email="tarjotin@example.fi", front_title_fi="Hyvinvointia Pohjanmaalla"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    tray.refresh_from_db()
    assert tray.name["fi"] == "Pohjanmaa" and tray.primary_color == "#1e6b3a"
    assert tray.front_page == {"fi": {"title": "Hyvinvointia Pohjanmaalla"}}
    event = AuditEvent.objects.get()
    assert (event.user, event.action, event.tray, event.object_type) == (
        people["admin"], "change", tray, "trays.tray")
    assert event.changes["primary_color"] == {"old": "#005a9c", "new": "#1e6b3a"}
    assert event.changes["name"]["new"]["fi"] == "Pohjanmaa"
    assert set(event.changes) == {"name", "primary_color", "contact_name", "contact_email", "front_page",
                                  "updated_at"}


def test_tray_admin_cannot_change_national_only_fields(client, people, trays):
    client.force_login(people["admin"])
    tray = trays["pohjanmaa"]
    client.post(_url("tray", tray.pk), _tray_form(tray, slug="kaapattu", path_prefix="x", hostnames="evil.fi",
                                                  sources='{"ptv": {"areas": ["Municipality:091"]}}'))
    tray.refresh_from_db()
    assert (tray.slug, tray.path_prefix, tray.hostnames) == ("pohjanmaa", "pohjanmaa", [])
    assert tray.sources == {"ptv": {"areas": ["WellbeingServiceCounties:17"]}}


def test_low_contrast_is_refused_in_the_admins_language(client, people, trays):
    client.force_login(people["admin"])
    tray = trays["pohjanmaa"]
    response = client.post(_url("tray", tray.pk), _tray_form(tray, text_color="#3a7fc0"),
                           HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 200
    assert "kontrasti" in str(response.context["adminform"].form.errors["text_color"])
    assert not AuditEvent.objects.exists()


def test_audit_event_and_change_share_one_transaction(client, people, trays, monkeypatch):
    from tarjotin.trays import admin_base

    def broken(**kwargs):
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(admin_base, "audit_event_record", broken)
    client.force_login(people["admin"])
    tray = trays["pohjanmaa"]
    client.raise_request_exception = True
    with pytest.raises(RuntimeError):
        client.post(_url("tray", tray.pk), _tray_form(tray, name_fi="Ei tallennu"))
    tray.refresh_from_db()
    assert tray.name["fi"] == "Pohjanmaan hyvinvointialue"


def test_content_viewer_reads_their_tray_only(client, people, trays):
    client.force_login(people["viewer"])
    tray = trays["pohjanmaa"]
    assert client.get(_url("tray", tray.pk)).status_code == 200
    assert client.post(_url("tray", tray.pk), _tray_form(tray, name_fi="x")).status_code == 403
    assert client.get(_url("tray", trays["keski-suomi"].pk)).status_code == 404
    tray.refresh_from_db()
    assert tray.name["fi"] == "Pohjanmaan hyvinvointialue"


def test_tray_theme_admin_is_scoped_likewise(client, people, trays):
    liikunta = Theme.objects.get(slug="liikunta")
    mine = TrayTheme.objects.create(tray=trays["pohjanmaa"], theme=liikunta, name={"fi": "Liiku"})
    theirs = TrayTheme.objects.create(tray=trays["keski-suomi"], theme=liikunta, name={"fi": "Liikkuen"})
    client.force_login(people["admin"])

    listed = client.get("/admin/trays/traytheme/").context["cl"].result_list
    assert list(listed) == [mine]
    assert client.get(_url("traytheme", theirs.pk)).status_code == 404
    assert client.post(_url("traytheme", theirs.pk), {"tray": trays["pohjanmaa"].pk}).status_code == 404
    assert client.post(_url("traytheme", theirs.pk, "delete"), {"post": "yes"}).status_code == 404
    assert TrayTheme.objects.filter(pk=theirs.pk).exists()

    form = client.get("/admin/trays/traytheme/add/").context["adminform"].form
    assert list(form.fields["tray"].queryset) == [trays["pohjanmaa"]]


def test_tray_theme_cannot_be_added_to_another_tray(client, people, trays):
    client.force_login(people["admin"])
    data = {"tray": trays["keski-suomi"].pk, "slug": "saaristo", "name_fi": "Saaristo", "name_sv": "", "name_en": "",
            "description_fi": "", "description_sv": "", "description_en": "",
            "service_classes": '["P27.2"]', "target_groups": "", "keywords": ""}
    response = client.post("/admin/trays/traytheme/add/", data)
    assert response.status_code == 200 and "tray" in response.context["adminform"].form.errors
    assert not TrayTheme.objects.exists()

    data["tray"] = trays["pohjanmaa"].pk
    assert client.post("/admin/trays/traytheme/add/", data).status_code == 302
    added = TrayTheme.objects.get()
    assert added.service_classes == ["P27.2"] and added.target_groups is None  # empty inherits
    event = AuditEvent.objects.get()
    assert (event.action, event.tray, event.object_id) == ("add", trays["pohjanmaa"], str(added.pk))
    assert event.changes["slug"] == {"new": "saaristo"}


def test_deleting_a_tray_theme_is_audited(client, people, trays):
    theme = TrayTheme.objects.create(tray=trays["pohjanmaa"], slug="saaristo", name={"fi": "Saaristo"})
    client.force_login(people["admin"])
    assert client.post(_url("traytheme", theme.pk, "delete"), {"post": "yes"}).status_code == 302
    event = AuditEvent.objects.get()
    assert event.action == "delete" and event.changes["slug"] == {"old": "saaristo"}


def test_audit_log_is_scoped_and_read_only(client, people, trays):
    mine = AuditEvent.objects.create(action="change", object_type="trays.tray", object_id="1",
                                     tray=trays["pohjanmaa"], tray_slug="pohjanmaa")
    theirs = AuditEvent.objects.create(action="change", object_type="trays.tray", object_id="2",
                                       tray=trays["keski-suomi"], tray_slug="keski-suomi")
    client.force_login(people["admin"])
    assert list(client.get("/admin/trays/auditevent/").context["cl"].result_list) == [mine]
    assert client.get(f"/admin/trays/auditevent/{theirs.pk}/change/").status_code == 404
    assert client.post(f"/admin/trays/auditevent/{mine.pk}/change/", {"action": "add"}).status_code == 403
    assert client.get("/admin/trays/auditevent/add/").status_code == 403


def test_memberships_are_for_national_admins_only(client, people):
    client.force_login(people["admin"])
    assert client.get("/admin/trays/traymembership/").status_code == 403
    client.force_login(people["national"])
    assert client.get("/admin/trays/traymembership/").status_code == 200


def test_a_tray_admin_never_adds_or_deletes_trays(client, people, trays):
    client.force_login(people["admin"])
    assert client.get("/admin/trays/tray/add/").status_code == 403
    assert client.post(_url("tray", trays["pohjanmaa"].pk, "delete"), {"post": "yes"}).status_code == 403


def test_national_admin_pages_render_with_one_labelled_input_per_language(client, people, trays):
    client.force_login(people["national"])
    for url in ("/admin/trays/tray/add/", _url("tray", trays["suomi"].pk), "/admin/trays/traytheme/add/",
                "/admin/trays/traymembership/add/", "/admin/trays/auditevent/"):
        assert client.get(url).status_code == 200, url
    page = client.get(_url("tray", trays["pohjanmaa"].pk)).content.decode()
    for lang in ("fi", "sv", "en"):
        assert f'<label for="id_name_{["fi", "sv", "en"].index(lang)}"><span lang="{lang}">' in page
        assert f'name="name_{lang}"' in page
    assert 'type="color"' in page and 'value="Pohjanmaan hyvinvointialue"' in page


def test_national_admin_sets_host_names_and_it_is_audited(client, people, trays):
    client.force_login(people["national"])
    tray = trays["keski-suomi"]
    data = _tray_form(tray, slug=tray.slug, kind=tray.kind, county=tray.county_id, active="on",
                      hostnames="Hyvinvointi.Example.fi\nwww.hyvinvointi.example.fi", path_prefix="keski-suomi",
                      sources='{"ptv": {"areas": ["WellbeingServiceCounties:15"]}}')
    response = client.post(_url("tray", tray.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    tray.refresh_from_db()
    assert tray.hostnames == ["hyvinvointi.example.fi", "www.hyvinvointi.example.fi"]
    event = AuditEvent.objects.get()
    assert event.user == people["national"] and event.changes["hostnames"]["old"] == []
