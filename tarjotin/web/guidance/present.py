"""Services, events and referrals as the professional pages, the print page, the PDF and the client see them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from tarjotin.catalogue.models import Address, ChannelKind
from tarjotin.core.text import pick, pick_text
from tarjotin.guidance.document import DocItem, ReferralDocument
from tarjotin.guidance.models import Referral
from tarjotin.guidance.selectors import ItemView
from tarjotin.guidance.texts import fixed_texts

from ..events import event_links, event_when
from ..templatetags.tray import safe_url

ONLINE_KINDS = (ChannelKind.WEBPAGE, ChannelKind.ECHANNEL, ChannelKind.FORM)


def addresses_by_channel(channel_ids: Iterable[int]) -> dict[int, list[Address]]:
    found: dict[int, list[Address]] = {}
    for address in Address.objects.filter(channel_id__in=list(channel_ids), kind="visiting").select_related(
            "municipality").order_by("order"):
        found.setdefault(address.channel_id, []).append(address)
    return found


def address_text(address: Address, lang: str) -> str:
    street = f"{pick_text(address.street, lang)} {address.street_number}".strip()
    town = pick_text(address.post_office, lang) or (pick_text(address.municipality.name, lang)
                                                     if address.municipality else "")
    return ", ".join(p for p in (street, f"{address.postal_code} {town}".strip()) if p)


def charge_text(service, lang: str) -> str:
    if service.charge_type == "free":
        base = _("Free of charge")
    elif service.charge_type == "chargeable":
        base = _("Chargeable")
    else:
        base = _("Charge not told")
    extra = pick_text(service.charge_info, lang)
    return f"{base}. {extra}" if extra else str(base)


def channel_facts(channels: Iterable, addresses: dict[int, list[Address]], lang: str
                  ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(label, value) lines for phones and visiting addresses, and (name, url) links of online channels."""
    lines: list[tuple[str, str]] = []
    links: list[tuple[str, str]] = []
    for channel in channels:
        if channel.kind == ChannelKind.LOCATION:
            for address in addresses.get(channel.pk, [])[:1]:
                place = pick_text(channel.name, lang)
                lines.append((_("Address"), f"{place}: {address_text(address, lang)}" if place
                              else address_text(address, lang)))
        for phone in channel.phones or []:
            if isinstance(phone, dict) and phone.get("number") and phone.get("kind") != "fax":
                lines.append((_("Phone"), str(phone["number"])))
        if channel.kind in ONLINE_KINDS:
            for page in _in_language(channel.web_pages or [], lang):
                url = safe_url(page.get("url", ""))
                if url:
                    links.append((pick_text(channel.name, lang) or url, url))
    return _unique(lines), _unique(links)


def _in_language(pages: list, lang: str) -> list:
    """A channel lists its page once per language; the page's own language, when there is one."""
    pages = [p for p in pages if isinstance(p, dict)]
    own = [p for p in pages if p.get("lang") == lang]
    return own or pages


def _unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen, kept = set(), []
    for pair in pairs:
        if pair[1] not in seen:
            seen.add(pair[1])
            kept.append(pair)
    return kept


def _service_item(view: ItemView, lang: str) -> DocItem:
    service = view.service
    channels = [c.channel for c in service.connections.all()]
    addresses = {c.pk: [a for a in c.addresses.all() if a.kind == "visiting"] for c in channels}
    lines, links = channel_facts(channels, addresses, lang)
    return DocItem(kind="service", status=view.status, title="",
                   summary=pick_text(service.summary, lang), lines=[*lines, (_("Price"), charge_text(service, lang))],
                   links=links)


def _event_item(view: ItemView, lang: str) -> DocItem:
    event = view.event
    place = ", ".join(p for p in (pick_text(event.location_name, lang), pick_text(event.street_address, lang),
                                  pick_text(event.municipality.name, lang) if event.municipality else "") if p)
    lines = [(_("Place"), place)] if place else []
    if event.is_free is not None:
        lines.append((_("Price"), _("Free of charge") if event.is_free else _("Chargeable")))
    links = [(name, url) for name, url in event_links(event, lang) if safe_url(url)]
    return DocItem(kind="event", status=view.status, title="", summary=pick_text(event.summary, lang),
                   when=event_when(event), lines=lines, links=links)


def doc_item(view: ItemView, lang: str, texts: dict[str, str], url_for: Callable[[str, int], str]) -> DocItem:
    if view.service is not None:
        item = _service_item(view, lang)
    elif view.event is not None:
        item = _event_item(view, lang)
    else:
        item = DocItem(kind=view.item.kind, status=view.status, title="")
    title = pick(view.title, lang)
    item.title = title.text if title else "?"
    item.title_lang = title.lang if title and title.lang != lang else ""
    item.organization = pick_text(view.organization, lang)
    item.status_text = texts.get(view.status, "") if view.status != "current" else ""
    current = view.service or view.event
    item.url = url_for(view.item.kind, current.pk) if current is not None and view.status != "ended" else ""
    return item


def referral_document(referral: Referral, views: list[ItemView], *, lang: str, link: str,
                      url_for: Callable[[str, int], str]) -> ReferralDocument:
    """Call with the referral's (or the page's) language active: the fixed texts are read in it."""
    texts = fixed_texts(referral.easy_read)
    expires = formats.date_format(timezone.localtime(referral.expires_at), "DATE_FORMAT")
    issued = formats.date_format(timezone.localtime(referral.issued_at), "DATE_FORMAT")
    return ReferralDocument(
        lang=lang, title=texts["title"], tray_name=pick_text(referral.tray.name, lang),
        intro=texts["intro"], note_heading=texts["note"], note=referral.note, items_heading=texts["items"],
        items=[doc_item(v, lang, texts, url_for) for v in views],
        valid_text=texts["valid"] % {"date": expires}, link_text=texts["link"], link=link,
        privacy=texts["privacy"], issued=_("Given on %(date)s") % {"date": issued},
    )
