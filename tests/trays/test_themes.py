"""A tray's themes: the national ones renamed, hidden, added to or remapped by the tray."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError

from tarjotin.catalogue.models import Theme
from tarjotin.catalogue.selectors import theme_slugs_for, themes_visible
from tarjotin.trays.models import TrayTheme
from tarjotin.trays.selectors import themes_for_index, tray_theme_get, tray_themes
from tarjotin.trays.themes import themes_merge


def _theme(pk, slug, order, classes=("P1",)):
    return SimpleNamespace(pk=pk, slug=slug, order=order, name={"fi": slug.title(), "sv": slug}, description={},
                           service_classes=list(classes), target_groups=[], keywords={"fi": [slug]})


def _override(**fields):
    base = dict(pk=100, theme_id=None, slug="", order=None, name={}, description={}, hidden=False,
                service_classes=None, target_groups=None, keywords=None)
    return SimpleNamespace(**{**base, **fields})


NATIONAL = [_theme(1, "liikunta", 1, ["P27.1"]), _theme(2, "luonto", 2, ["P27.2"]), _theme(3, "kulttuuri", 3)]


def test_without_overrides_the_national_themes():
    views = themes_merge(NATIONAL, [], tray_slug="pohjanmaa")
    assert [v.slug for v in views] == ["liikunta", "luonto", "kulttuuri"]
    assert all(v.index_key == v.slug and not v.own_mapping for v in views)


def test_rename_replaces_only_the_languages_given():
    views = themes_merge(NATIONAL, [_override(theme_id=1, name={"fi": "Liikunta ja urheilu", "sv": ""})],
                         tray_slug="pohjanmaa")
    assert views[0].name == {"fi": "Liikunta ja urheilu", "sv": "liikunta"}
    assert views[0].index_key == "liikunta"  # the same services: the national index key


def test_hide_and_reorder():
    views = themes_merge(NATIONAL, [_override(theme_id=2, hidden=True), _override(pk=101, theme_id=3, order=0)],
                         tray_slug="pohjanmaa")
    assert [v.slug for v in views] == ["kulttuuri", "liikunta"]
    assert len(themes_merge(NATIONAL, [_override(theme_id=2, hidden=True)], tray_slug="p", include_hidden=True)) == 3


def test_add_a_theme_of_the_trays_own():
    own = _override(slug="saaristo", name={"fi": "Saaristo"}, service_classes=["P27.2"], keywords={"fi": ["saari"]})
    views = themes_merge(NATIONAL, [own], tray_slug="pohjanmaa")
    added = views[-1]
    assert added.slug == "saaristo" and added.is_own and added.index_key == "pohjanmaa:saaristo"
    assert added.service_classes == ["P27.2"] and added.target_groups == []


def test_changed_mapping_replaces_it_and_gets_its_own_index_key():
    views = themes_merge(NATIONAL, [_override(theme_id=1, service_classes=["P27.1", "P4.11"], target_groups=[])],
                         tray_slug="pohjanmaa")
    changed = views[0]
    assert changed.service_classes == ["P27.1", "P4.11"] and changed.keywords == {"fi": ["liikunta"]}
    assert changed.own_mapping and changed.index_key == "pohjanmaa:liikunta" and changed.slug == "liikunta"
    assert theme_slugs_for(codes=["P4.11"], themes=views) == ["liikunta"]


def test_override_of_a_theme_not_national_is_ignored():
    assert len(themes_merge(NATIONAL, [_override(theme_id=99, name={"fi": "x"})], tray_slug="p")) == 3


@pytest.mark.django_db
def test_selector_merges_the_database_rows(trays):
    pohjanmaa, helsinki = trays["pohjanmaa"], trays["helsinki"]
    liikunta = Theme.objects.get(slug="liikunta")
    luonto = Theme.objects.get(slug="luonto")
    TrayTheme.objects.create(tray=pohjanmaa, theme=liikunta, name={"fi": "Liiku Pohjanmaalla"})
    TrayTheme.objects.create(tray=pohjanmaa, theme=luonto, hidden=True)
    TrayTheme.objects.create(tray=pohjanmaa, slug="saaristo", order=2, name={"fi": "Saaristo", "sv": "Skärgården"},
                             service_classes=["P27.2"])

    views = tray_themes(pohjanmaa)
    slugs = [v.slug for v in views]
    assert "luonto" not in slugs and "saaristo" in slugs
    assert tray_theme_get(pohjanmaa, "liikunta").name["fi"] == "Liiku Pohjanmaalla"
    assert tray_theme_get(pohjanmaa, "luonto") is None
    # Another tray is untouched by these overrides.
    assert [v.slug for v in tray_themes(helsinki)] == [t.slug for t in themes_visible()]
    assert tray_theme_get(helsinki, "liikunta").name == liikunta.name


@pytest.mark.django_db
def test_cached_views_follow_a_save(trays):
    pohjanmaa = trays["pohjanmaa"]
    before = tray_themes(pohjanmaa)
    TrayTheme.objects.create(tray=pohjanmaa, theme=Theme.objects.get(slug="luonto"), hidden=True)
    assert len(tray_themes(pohjanmaa)) == len(before) - 1


@pytest.mark.django_db
def test_index_gets_national_themes_and_remapped_ones(trays):
    TrayTheme.objects.create(tray=trays["pohjanmaa"], slug="saaristo", name={"fi": "Saaristo"},
                             service_classes=["P27.2"])
    TrayTheme.objects.create(tray=trays["keski-suomi"], theme=Theme.objects.get(slug="liikunta"),
                             name={"fi": "Liiku"})  # renamed only: no entry of its own
    keys = [t.slug for t in themes_for_index()]
    assert set(t.slug for t in themes_visible()) <= set(keys)
    assert "pohjanmaa:saaristo" in keys and not any(k.startswith("keski-suomi:") for k in keys)


@pytest.mark.django_db
def test_own_theme_needs_slug_and_name_and_slugs_stay_unique(trays):
    pohjanmaa = trays["pohjanmaa"]
    with pytest.raises(ValidationError) as caught:
        TrayTheme(tray=pohjanmaa).full_clean()
    assert {"slug", "name"} <= set(caught.value.message_dict)
    with pytest.raises(ValidationError) as caught:
        TrayTheme(tray=pohjanmaa, slug="liikunta", name={"fi": "Toinen liikunta"}).full_clean()
    assert "slug" in caught.value.message_dict
    with pytest.raises(ValidationError):
        TrayTheme(tray=pohjanmaa, theme=Theme.objects.get(slug="luonto"), slug="liikunta").full_clean()
    TrayTheme(tray=pohjanmaa, theme=Theme.objects.get(slug="liikunta"), name={"fi": "Liiku"}).full_clean()
    with pytest.raises(ValidationError) as caught:
        TrayTheme(tray=pohjanmaa, theme=Theme.objects.get(slug="liikunta"), service_classes="P27").full_clean()
    assert "service_classes" in caught.value.message_dict
