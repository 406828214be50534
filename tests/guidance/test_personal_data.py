"""The note check: Finnish personal identity codes (check character, every century sign), phones, e-mail."""

from __future__ import annotations

import pytest

from tarjotin.guidance.personal_data import CHECK_CHARS, hetu_valid, personal_data_find, personal_data_kinds


def _hetu(ddmmyy: str, sign: str, individual: str) -> str:
    return f"{ddmmyy}{sign}{individual}{CHECK_CHARS[int(ddmmyy + individual) % 31]}"


@pytest.mark.parametrize("code", [
    "131052-308T",  # the example of the Digital and Population Data Services Agency
    "010594Y9032",  # a new 1900s sign
    "020594X903P", "020594W903P", "020594V903P", "020594U903P",
    "010101A123N", "010101B123N", "010101F123N",  # 2000s, the old and the new signs
    "010199+123Y",  # 1800s
])
def test_valid_identity_codes_are_found(code):
    assert hetu_valid(code)
    assert personal_data_kinds(f"Asiakas {code} tulee maanantaina.") == ["identity_code"]


def test_generated_codes_with_every_century_sign():
    for sign in "+-YXWVUABCDEF":
        code = _hetu("290296" if sign in "-YXWVU" else "150315", sign, "274")
        assert hetu_valid(code), code
        assert personal_data_kinds(f"tunnus {code.lower()}.") == ["identity_code"]


@pytest.mark.parametrize("text", [
    "131052-308U",  # wrong check character
    "310252-308T",  # 31 February
    "131052G308T",  # not a century sign
    "Tapaaminen 13.10.2025 klo 10-12, huone 308.",
])
def test_near_misses_are_not_identity_codes(text):
    assert "identity_code" not in personal_data_kinds(text)


@pytest.mark.parametrize("text", ["Soita 040 123 4567", "puh. 06 325 1111", "+358 50 765 4321", "0401234567",
                                  "(06) 3251111", "p. 044-555 1212"])
def test_phone_numbers_are_found(text):
    assert personal_data_kinds(text) == ["phone"]


@pytest.mark.parametrize("text", ["Ryhmä alkaa 2025 syksyllä", "Postinumero 65100 Vaasa", "klo 9-16",
                                  "Maksu 10 euroa, 5 kertaa", "vuosina 2024–2025"])
def test_ordinary_numbers_are_not_phones(text):
    assert personal_data_kinds(text) == []


def test_email_addresses_are_found_and_spans_do_not_overlap():
    text = "Laita viestiä matti.meikalainen+ohjaus@esimerkki.fi tai 040 123 4567, hetu 131052-308T."
    found = personal_data_find(text)
    assert [f.kind for f in found] == ["email", "phone", "identity_code"]
    assert text[found[0].start:found[0].end] == "matti.meikalainen+ohjaus@esimerkki.fi"
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_a_plain_note_passes():
    assert personal_data_kinds("Kysy vertaisryhmästä ja ota mukaan sisäkengät. Ryhmä kokoontuu tiistaisin.") == []
