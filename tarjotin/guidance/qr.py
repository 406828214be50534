"""QR codes of a referral's link, as SVG for pages and PNG for the PDF."""

from __future__ import annotations

import io

import segno


def qr_svg(url: str, *, title: str = "") -> bytes:
    buffer = io.BytesIO()
    # Dark on white with a quiet zone: phones read it on paper and on screen alike.
    segno.make(url, error="m").save(buffer, kind="svg", scale=6, border=4, dark="#000", light="#fff",
                                    title=title or None, xmldecl=True, svgns=True, omitsize=True)
    return buffer.getvalue()


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()
