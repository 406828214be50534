"""Together with a professional: a logged-in user can send the suggestions to the referral basket."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User

from .conftest import HIGH

RESULTS = "/fi/hyvinvointikartoitus/tulos/?v=1&friends=1&move=1&age=3&area=905"


@pytest.fixture
def professional(db):
    return User.objects.create_user("hoitaja", password="not-used-in-tests")


def test_the_form_posts_every_suggestion_to_the_basket(client, demo_catalogue, professional, settings):
    settings.ROOT_URLCONF = "tests.survey.basket_urls"
    client.force_login(professional)
    html = client.get(RESULTS).content.decode()
    form = html[html.index('id="referral-heading"'):]
    assert 'action="/fi/ammattilaiset/kori/lisaa/"' in form and "csrfmiddlewaretoken" in form
    items = re.findall(r'name="item" value="((?:service|event):\d+)"', form)
    assert len(items) >= 4 and all(f'href="/fi/palvelut/{i.split(":")[1]}/"' in html for i in items)
    assert f'name="next" value="{RESULTS.replace("&", "&amp;")}"' in form
    answer = client.post("/fi/ammattilaiset/kori/lisaa/", {"item": items, "next": RESULTS}).content.decode()
    assert answer == ",".join(items) + "|" + RESULTS


def test_no_form_for_residents_or_before_the_basket_exists(client, demo_catalogue, professional, settings):
    assert 'id="referral-heading"' not in client.get(RESULTS).content.decode()
    settings.ROOT_URLCONF = "tests.survey.basket_urls"
    assert 'id="referral-heading"' not in client.get(RESULTS).content.decode()
    settings.ROOT_URLCONF = "tarjotin.urls"
    client.force_login(professional)
    response = client.get(RESULTS)
    assert response.status_code == 200
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("web:guidance:basket-add")
    except NoReverseMatch:
        assert 'id="referral-heading"' not in response.content.decode()


def test_a_professional_can_take_the_assessment_with_a_client(client, walk, demo_catalogue, professional):
    client.force_login(professional)
    response = walk("sv", {**HIGH, "friends": "1"})
    assert response.status_code == 200 and "Du berättade att du sällan" in response.content.decode()
