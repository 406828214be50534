"""A referral as plain text blocks: what the print page, the client's page and the PDF all show."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DocItem:
    kind: str  # service | event
    status: str  # current | changed | removed | ended | cancelled
    title: str
    title_lang: str = ""  # set when the title is in another language than the page
    status_text: str = ""
    organization: str = ""
    summary: str = ""
    when: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)  # (label, value): phone, address, charge …
    links: list[tuple[str, str]] = field(default_factory=list)  # (name, http(s) url)
    url: str = ""  # the item's page in the tray


@dataclass
class ReferralDocument:
    lang: str
    title: str
    tray_name: str
    intro: str
    note_heading: str
    note: str
    items_heading: str
    items: list[DocItem]
    valid_text: str
    link_text: str
    link: str
    privacy: str
    issued: str = ""
