"""WCAG AA contrast of a tray's colours, checked in Tray.clean() with messages in the admin's language."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tarjotin.trays.contrast import contrast_ratio, luminance
from tarjotin.trays.models import Tray


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")
    with pytest.raises(ValueError):
        luminance("blue")


def _tray(**fields) -> Tray:
    return Tray(slug="testi", kind=Tray.Kind.NATIONAL, name={"fi": "Testi"}, **fields)


@pytest.mark.django_db
def test_defaults_pass():
    _tray().full_clean()


@pytest.mark.django_db
def test_low_contrast_text_on_primary_is_refused():
    with pytest.raises(ValidationError) as caught:
        _tray(primary_color="#005a9c", text_color="#3a7fc0").full_clean()
    assert "text_color" in caught.value.message_dict


@pytest.mark.django_db
def test_light_primary_fails_as_a_link_colour_on_white():
    # Black on yellow reads well, but yellow links on a white page do not.
    with pytest.raises(ValidationError) as caught:
        _tray(primary_color="#ffd700", text_color="#000000").full_clean()
    assert list(caught.value.message_dict) == ["primary_color"]


@pytest.mark.django_db
def test_just_below_the_limit_is_refused_just_above_accepted():
    with pytest.raises(ValidationError):
        _tray(primary_color="#777777", text_color="#ffffff").full_clean()  # 4.48:1
    _tray(primary_color="#767676", text_color="#ffffff").full_clean()  # 4.54:1


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "words"), [("fi", "kontrasti"), ("sv", "kontrast"), ("en", "contrast")])
def test_message_is_in_the_admins_language(lang, words):
    with translation.override(lang), pytest.raises(ValidationError) as caught:
        _tray(primary_color="#005a9c", text_color="#3a7fc0").full_clean()
    message = caught.value.message_dict["text_color"][0]
    assert words in message and "4.5" in message


@pytest.mark.django_db
def test_not_a_colour_is_refused():
    with pytest.raises(ValidationError) as caught:
        _tray(primary_color="blue").full_clean()
    assert "primary_color" in caught.value.message_dict


@pytest.mark.django_db
def test_other_checks_in_clean(trays):
    bad = Tray(slug="x", kind=Tray.Kind.REGIONAL, name={"fi": "X"}, hostnames=["https://x.fi/"],
               tile_url="http://tiles/{z}", logo_url="javascript:alert(1)", sources={"ptv": ["17"]})
    with pytest.raises(ValidationError) as caught:
        bad.full_clean()
    assert {"county", "hostnames", "tile_url", "logo_url", "sources"} <= set(caught.value.message_dict)


@pytest.mark.django_db
def test_a_host_name_belongs_to_one_tray(trays):
    first, second = trays["pohjanmaa"], trays["keski-suomi"]
    first.hostnames = ["Tarjotin.Example.fi:443"]
    first.full_clean()
    assert first.hostnames == ["tarjotin.example.fi"]
    first.save()
    second.hostnames = ["tarjotin.example.fi"]
    with pytest.raises(ValidationError) as caught:
        second.full_clean()
    assert "hostnames" in caught.value.message_dict
