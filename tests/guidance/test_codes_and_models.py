"""The OAB code list as data, and a data model that cannot hold a client's identity."""

from __future__ import annotations

import re

from django.apps import apps

from tarjotin.guidance.codes import CODE_CHOICES, OFFICIAL_LANGUAGE, oab_code_get, oab_codes

OFFICIAL = {
    "OAB61": "Kulttuurihyvinvoinnin neuvonta ja ohjaus",
    "OAB62": "Luontopalvelujen ja lähiluonnossa liikkumisen neuvonta ja ohjaus",
    "OAB63": "Hyvinvoinnin neuvonta ja ohjaus tai hyvinvointilähete",
    "OAB64": "Digitaalisiin itse- ja omahoitopalveluihin liittyvä neuvonta ja ohjaus",
}
# Anything that could identify a client: name, personal identity code, contact details, birth date.
FORBIDDEN = re.compile(r"client|customer|asiakas|first_?name|last_?name|surname|hetu|ssn|identity_code|"
                       r"personal_id|phone|puhelin|e_?mail|sahkoposti|birth|address|osoite", re.IGNORECASE)
# Models that hold what a professional does with a client; a unit's name is the unit's, not a person's.
CLIENT_SIDE = ("Referral", "ReferralItem", "GuidanceEvent")


def test_codes_are_the_official_four_in_three_languages():
    assert {c.code: c.name["fi"] for c in oab_codes()} == OFFICIAL
    assert [c for c, _label in CODE_CHOICES] == list(OFFICIAL)
    for code in oab_codes():
        assert code.name["sv"] and code.name["en"] and code.description["fi"]
        assert not code.is_translation(OFFICIAL_LANGUAGE) and code.is_translation("sv") and code.is_translation("en")
    assert oab_code_get("OAB63").name_in("sv") == "Rådgivning och handledning om välfärd eller välfärdsremiss"
    assert oab_code_get("OAB99") is None


def test_no_model_has_a_field_for_a_clients_identity():
    models = apps.get_app_config("guidance").get_models()
    offending = [f"{m.__name__}.{f.name}" for m in models for f in m._meta.get_fields()
                 if FORBIDDEN.search(f.name)]
    assert offending == []
    for name in CLIENT_SIDE:
        fields = {f.name for f in apps.get_model("guidance", name)._meta.get_fields()}
        assert not fields & {"name", "full_name", "personal_identity_code", "phone", "email"}, name


def test_the_check_itself_would_catch_such_a_field():
    assert FORBIDDEN.search("client_name") and FORBIDDEN.search("phone_number") and FORBIDDEN.search("email")
