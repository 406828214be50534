"""A referral as an A4 PDF (fpdf2 with its core fonts, which cover the Latin-1 letters ä, ö and å)."""

from __future__ import annotations

import io

from fpdf import FPDF

from .document import DocItem, ReferralDocument
from .qr import qr_png

# Core fonts know Latin-1 only: typographic characters become their plain forms, anything else "?".
REPLACEMENTS = str.maketrans({"–": "-", "—": "-", "‑": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"',
                              "…": "...", "•": "-", "\u00a0": " ", "\u202f": " ", "€": "EUR", "→": "->"})
MARGIN = 18
QR_MM = 34


def latin1(text: str) -> str:
    return (text or "").translate(REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


class _Pdf(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, latin1(f"{self.footer_text}  {self.page_no()}/{{nb}}"), align="C")


def _para(pdf: FPDF, text: str, *, size: float = 11, style: str = "", gap: float = 2) -> None:
    pdf.set_font("Helvetica", style=style, size=size)
    pdf.multi_cell(0, size * 0.5, latin1(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _item(pdf: FPDF, number: int, item: DocItem) -> None:
    if pdf.will_page_break(30):
        pdf.add_page()
    _para(pdf, f"{number}. {item.title}", size=13, style="B", gap=1)
    if item.status_text:
        _para(pdf, item.status_text, size=10, style="I", gap=1)
    for text in (item.organization, item.when, item.summary):
        if text:
            _para(pdf, text, size=10.5, gap=1)
    for label, value in item.lines:
        _para(pdf, f"{label}: {value}", size=10.5, gap=0.5)
    for name, url in item.links[:3]:
        _para(pdf, f"{name}: {url}" if name and name != url else url, size=9.5, gap=0.5)
    pdf.ln(3)


def referral_pdf(doc: ReferralDocument) -> bytes:
    pdf = _Pdf(footer_text=f"{doc.title} - {doc.tray_name}")
    pdf.set_title(latin1(doc.title))
    pdf.set_lang(doc.lang)
    pdf.set_creator("Tarjotin")
    pdf.alias_nb_pages()
    pdf.add_page()
    top = pdf.get_y()
    if doc.link:
        pdf.image(io.BytesIO(qr_png(doc.link)), x=pdf.w - MARGIN - QR_MM, y=top, w=QR_MM, h=QR_MM)
    pdf.set_right_margin(MARGIN + QR_MM + 4)
    _para(pdf, doc.title, size=20, style="B", gap=1)
    _para(pdf, doc.tray_name, size=11, gap=1)
    if doc.issued:
        _para(pdf, doc.issued, size=10, gap=3)
    _para(pdf, doc.intro, size=11, gap=3)
    pdf.set_y(max(pdf.get_y(), top + QR_MM + 4))
    pdf.set_right_margin(MARGIN)
    if doc.note:
        _para(pdf, doc.note_heading, size=13, style="B", gap=1)
        _para(pdf, doc.note, size=11, gap=4)
    _para(pdf, doc.items_heading, size=15, style="B", gap=2)
    for number, item in enumerate(doc.items, start=1):
        _item(pdf, number, item)
    if doc.link:
        _para(pdf, doc.link_text, size=10.5, gap=1)
        _para(pdf, doc.link, size=10.5, style="B", gap=2)
    _para(pdf, doc.valid_text, size=10.5, gap=1)
    _para(pdf, doc.privacy, size=10.5, gap=1)
    return bytes(pdf.output())
