"""The referral's outputs: the JSON export valid against the shipped schema, the PDF, the QR code."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from tarjotin.guidance import selectors, services
from tarjotin.guidance.document import DocItem, ReferralDocument
from tarjotin.guidance.export import SCHEMA, referral_export, referral_schema
from tarjotin.guidance.pdf import latin1, referral_pdf
from tarjotin.guidance.qr import qr_png, qr_svg

LINK = "https://pohjanmaa.tarjotin.example/fi/ammattilaiset/l/abc/"


@pytest.fixture
def issued(professional, tray, some_services):
    services.basket_items_add(user=professional, tray=tray, refs=[f"service:{s.pk}" for s in some_services])
    draft = selectors.basket_of(user=professional, tray=tray)
    services.referral_draft_update(referral=draft, user=professional, note="Ota sisäkengät mukaan.",
                                   language="fi", easy_read=False, codes=["OAB63"])
    return services.referral_issue(referral=draft, user=professional)


def _export(referral):
    return referral_export(referral, items=selectors.referral_items_now(referral), link=LINK,
                           url_for=lambda kind, pk: f"https://tarjotin.example/fi/{kind}/{pk}/")


def test_the_schema_file_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_an_export_validates_against_the_schema(issued):
    data = _export(issued)
    validator = jsonschema.Draft202012Validator(referral_schema(), format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(data)) == []
    assert data["codes"] == [{"code": "OAB63", "name": "Hyvinvoinnin neuvonta ja ohjaus tai hyvinvointilähete"}]
    assert len(data["items"]) == 3 and all(i["ptvId"] == i["originId"] for i in data["items"])
    assert data["unit"]["code"] == "vaasa-hyte" and data["note"] == "Ota sisäkengät mukaan."
    assert issued.token not in json.dumps({k: v for k, v in data.items() if k != "link"})


def test_the_schema_refuses_what_the_format_does_not_have(issued):
    data = _export(issued)
    validator = jsonschema.Draft202012Validator(referral_schema())
    assert list(validator.iter_errors({**data, "clientName": "Matti"}))
    assert list(validator.iter_errors({**data, "codes": [{"code": "OAB65", "name": "x"}]}))
    assert list(validator.iter_errors({**data, "items": []}))


def _document() -> ReferralDocument:
    item = DocItem(kind="service", status="changed", title="Kulttuuriluotsit – Vaasa", organization="Vaasan kaupunki",
                   status_text="Tiedot ovat muuttuneet.", summary="Maksuton seuraa kulttuuritapahtumiin “yhdessä”.",
                   lines=[("Puhelin", "06 325 1111")], links=[("Verkkosivu", "https://vaasa.example/luotsit")])
    return ReferralDocument(lang="fi", title="Hyvinvointilähete", tray_name="Pohjanmaa", intro="Johdanto…",
                            note_heading="Viesti", note="Kysy ryhmästä, äö å.", items_heading="Palvelut",
                            items=[item] * 12, valid_text="Voimassa 1.3.2026 asti.", link_text="Linkki:", link=LINK,
                            privacy="Ei henkilötietoja.", issued="Annettu 1.12.2025")


def test_the_pdf_is_a4_and_takes_finnish_letters_and_typography():
    body = referral_pdf(_document())
    assert body.startswith(b"%PDF-")
    assert b"/MediaBox [0 0 595.28 841.89]" in body  # A4 in points
    assert body.count(b"/Type /Page\n") >= 2  # twelve items do not fit one page
    assert latin1("Kulttuuriluotsit – “yhdessä” … äöå €") == 'Kulttuuriluotsit - "yhdessä" ... äöå EUR'
    assert latin1("Sámegiella č") == "Sámegiella ?"


def test_the_qr_code_is_svg_and_png_of_the_link():
    svg = qr_svg(LINK, title="QR")
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox")  # scales to any size
    assert any(e.tag == "{http://www.w3.org/2000/svg}path" for e in root.iter())
    png = qr_png(LINK)
    assert png.startswith(b"\x89PNG")
    assert len(io.BytesIO(png).getvalue()) > 100
