"""Template helpers: translated content with its language marked, safe source text, hours, links."""

from __future__ import annotations

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from tarjotin.catalogue import hours as hours_mod
from tarjotin.core.text import pick

from ..formatting import lang_wrap, text_to_html

register = template.Library()


def _lang() -> str:
    return (get_language() or "fi")[:2]


@register.simple_tag
def loc(values: dict | None) -> SafeString:
    """A short text in the page's language, or the fallback marked with its own `lang`."""
    found = pick(values, _lang())
    if not found:
        return SafeString("")
    return lang_wrap(escape(found.text), found.lang if found.lang != _lang() else None)


@register.simple_tag
def loc_text(values: dict | None) -> SafeString:
    """A long source text as safe paragraphs and lists, in a div marked with its language if it differs."""
    found = pick(values, _lang())
    if not found:
        return SafeString("")
    return lang_wrap(text_to_html(found.text), found.lang if found.lang != _lang() else None, "div")


@register.filter
def has_text(values: dict | None) -> bool:
    return pick(values, _lang()) is not None


@register.simple_tag
def hours_lines(blocks) -> list[str]:
    return hours_mod.hours_describe(list(blocks), _lang())


@register.simple_tag
def open_now(blocks) -> bool | None:
    return hours_mod.is_open_now(list(blocks))


# Languages PTV uses that Django does not name: (en, fi, sv).
OTHER_LANGUAGES = {
    "se": ("Northern Sámi", "pohjoissaame", "nordsamiska"), "smn": ("Inari Sámi", "inarinsaame", "enaresamiska"),
    "sms": ("Skolt Sámi", "koltansaame", "skoltsamiska"), "so": ("Somali", "somali", "somaliska"),
    "ku": ("Kurdish", "kurdi", "kurdiska"), "ps": ("Pashto", "paštu", "pashto"),
    "ti": ("Tigrinya", "tigrinja", "tigrinja"), "am": ("Amharic", "amhara", "amhariska"),
    "zh": ("Chinese", "kiina", "kinesiska"), "tl": ("Tagalog", "tagalog", "tagalog"),
    "kl": ("Greenlandic", "grönlanti", "grönländska"),
}


@register.filter
def language_name(code: str) -> str:
    """A service language's name in the page's language; the code itself for one nobody has named."""
    if code in OTHER_LANGUAGES:
        return OTHER_LANGUAGES[code][("en", "fi", "sv").index(_lang()) if _lang() in ("en", "fi", "sv") else 0]
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code


@register.filter
def phone_href(number: str) -> str:
    return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")


@register.filter
def safe_url(url: str) -> str:
    """Only http(s) and mailto links are followed; anything else (javascript:, data:) becomes inert."""
    value = (url or "").strip()
    lowered = value.lower()
    if lowered.startswith(("https://", "http://", "mailto:")):
        return value
    if lowered.startswith("www."):
        return "https://" + value
    return ""


@register.simple_tag(takes_context=True)
def lang_url(context, code: str) -> str:
    """This same page in another language, query string kept."""
    request = context["request"]
    # path_info: under a tray's path prefix the prefix lives in the script name, which reverse() adds back.
    url = translate_url(request.path_info, code)
    prefix = request.META.get("SCRIPT_NAME", "").rstrip("/")
    url = prefix + url if prefix and not url.startswith(prefix + "/") else url
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


@register.simple_tag
def page_url(base_query: str, number: int) -> str:
    return f"?{base_query}&page={number}" if base_query else f"?page={number}"


@register.simple_tag
def distance_of(distances: dict, pk: int):
    return distances.get(pk)


@register.simple_tag(takes_context=True)
def tray_front(context, part: str) -> str:
    """The tray's own front-page title or lead in the page's language, or '' for the default wording."""
    current = context.get("tray")
    return current.front_text(part, _lang()) if current else ""
