"""Source text is rendered as text: structure kept, nothing from the source interpreted as HTML."""

from __future__ import annotations

from tarjotin.web.formatting import text_to_html
from tarjotin.web.templatetags.tray import safe_url


def test_paragraphs_line_breaks_and_bullets_are_kept():
    html = text_to_html("Tervetuloa!\nAvoinna arkisin.\n\n* kuntosali\n* uimahalli\n\nLoppu.")
    assert html == ("<p>Tervetuloa!<br>Avoinna arkisin.</p><ul><li>kuntosali</li><li>uimahalli</li></ul>"
                    "<p>Loppu.</p>")


def test_markup_in_source_text_is_escaped():
    html = text_to_html('<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:x">y</a>')
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;script&gt;" in html


def test_bidi_overrides_and_control_characters_are_removed():
    assert text_to_html("abc\u202edef\u0007") == "<p>abcdef</p>"


def test_only_http_and_mailto_links_are_followed():
    assert safe_url("https://kunta.example/liikunta") == "https://kunta.example/liikunta"
    assert safe_url("www.kunta.example") == "https://www.kunta.example"
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url(" JaVaScRiPt:alert(1)") == ""
    assert safe_url("data:text/html,hi") == ""
