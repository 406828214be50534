"""Rules on the texts of services and channels: languages, summaries, descriptions, copies, contacts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _

from .registry import ITEM_KINDS, SERVICE, Severity, rule
from .snapshot import Context, Item

MAIN_LANGUAGES = ("fi", "sv", "en")
SUMMARY_MAX = 150  # PTV's limit for a summary (tiivistelmä)
DESCRIPTION_MIN = {"service": 100}  # shorter than this tells a resident too little
DESCRIPTION_MIN_CHANNEL = 40
COPY_MIN = 20  # shorter texts ("Kela", a place name) may well be the same in every language

# Finnish numbers as people write them in text: 040 123 4567, 06-308 0417, +358 40 123 4567. A number
# needs six digits at least, so postal codes (00100) and years stay out.
PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+358|0)[ -]?\(?\d{1,3}\)?(?:[ -]?\d){4,9}(?!\d)")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def text(values: dict[str, str], lang: str) -> str:
    """The item's text in a language; items hold only non-empty texts with whitespace collapsed."""
    return values.get(lang, "")


def _languages(item: Item) -> list[str]:
    """The language versions the item has: those it has a name in."""
    return list(item.name)


def _main_languages(item: Item) -> list[str]:
    return [lang for lang in MAIN_LANGUAGES if text(item.name, lang)]


def _bilingual_area(item: Item, ctx: Context) -> bool:
    # Finland is bilingual, so a nationwide item is too; an item without any area tells nothing.
    return item.nationwide or bool(item.area_codes & ctx.bilingual)


@rule("swedish_missing", severity=Severity.ERROR, kinds=ITEM_KINDS,
      title=_("Swedish missing although the area is bilingual"),
      fix=_("Add the Swedish name, summary and description. A bilingual municipality must serve "
            "its residents in both Finnish and Swedish."))
def swedish_missing(item: Item, ctx: Context) -> Iterator[str]:
    if not _bilingual_area(item, ctx) or not text(item.name, "fi"):
        return
    for part, values in (("name", item.name), ("summary", item.summary), ("description", item.description)):
        if (part == "name" or text(values, "fi")) and not text(values, "sv"):
            yield part


@rule("english_missing", severity=Severity.NOTICE, kinds=SERVICE,
      title=_("English missing"),
      fix=_("Add an English name and summary, so that people who do not read Finnish or Swedish "
            "find the service too."))
def english_missing(item: Item, ctx: Context) -> str | None:
    return None if text(item.name, "en") and text(item.summary, "en") else "en"


def primary_language(item: Item) -> str:
    """The first of Finnish, Swedish and English the item has a name in: its main language version."""
    return next((lang for lang in MAIN_LANGUAGES if text(item.name, lang)), "fi")


@rule("language_version_incomplete", severity=Severity.NOTICE, kinds=ITEM_KINDS,
      title=_("Language version with a name only"),
      fix=_("Write the summary and description in this language too, or remove the name in it: "
            "a name alone does not tell a reader what the service is."))
def language_version_incomplete(item: Item, ctx: Context) -> Iterator[str]:
    bilingual = _bilingual_area(item, ctx)
    for lang in _languages(item):
        if lang == primary_language(item) or (lang == "sv" and bilingual):
            continue  # the primary language has rules of its own; Swedish there is swedish_missing's
        if not (text(item.summary, lang) and text(item.description, lang)):
            yield lang


@rule("summary_missing", severity=Severity.ERROR, kinds=ITEM_KINDS,
      title=_("Summary missing"),
      fix=_("Write a summary of one or two sentences: what the service is and for whom. Search "
            "results show it first."))
def summary_missing(item: Item, ctx: Context) -> str | None:
    lang = primary_language(item)
    return None if text(item.summary, lang) else lang


@rule("summary_too_long", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Summary longer than 150 characters"),
      fix=_("Shorten the summary to at most 150 characters and move the details to the description."))
def summary_too_long(item: Item, ctx: Context) -> Iterator[str]:
    for lang in _languages(item):
        length = len(text(item.summary, lang))
        if length > SUMMARY_MAX:
            yield f"{lang}: {length} > {SUMMARY_MAX}"


def _plain(value: str) -> str:
    return re.sub(r"[\W_]+", " ", value.casefold()).strip()


@rule("summary_is_name", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Summary repeats the name"),
      fix=_("Write a summary that tells what the service offers and to whom, instead of repeating the name."))
def summary_is_name(item: Item, ctx: Context) -> Iterator[str]:
    for lang in _languages(item):
        summary = _plain(text(item.summary, lang))
        if summary and summary == _plain(text(item.name, lang)):
            yield lang


@rule("description_short", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Description too short"),
      fix=_("Describe what happens, for whom, how to take part and what it costs. A few full "
            "sentences help more than a heading."))
def description_short(item: Item, ctx: Context) -> Iterator[str]:
    least = DESCRIPTION_MIN.get(item.kind, DESCRIPTION_MIN_CHANNEL)
    primary = primary_language(item)
    for lang in _main_languages(item):
        length = len(text(item.description, lang))
        # A missing translation is the language rules' finding; a missing main description is this one's.
        if (length or lang == primary) and length < least:
            yield f"{lang}: {length} < {least}"


@rule("contact_in_description", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Contact details written into the text"),
      fix=_("Move phone numbers and e-mail addresses from the description to the contact fields of a "
            "channel, and opening hours to its service hours: there they stay correct and can be "
            "called or mailed with one tap."))
def contact_in_description(item: Item, ctx: Context) -> list[str]:
    body = "\n".join((*item.summary.values(), *item.description.values()))
    found = PHONE_IN_TEXT.findall(body) + (EMAIL_IN_TEXT.findall(body) if "@" in body else [])
    return list(dict.fromkeys(match.strip() for match in found))


@rule("translation_copy", severity=Severity.WARNING, kinds=ITEM_KINDS,
      title=_("Translation identical to the Finnish text"),
      fix=_("Translate the text, or leave the language out: a Finnish text under the Swedish or English "
            "heading misleads the reader and search."))
def translation_copy(item: Item, ctx: Context) -> Iterator[str]:
    for lang in ("sv", "en"):
        for part, values in (("summary", item.summary), ("description", item.description)):
            fi = text(values, "fi")
            if len(fi) >= COPY_MIN and text(values, lang) == fi:
                yield f"{lang}: {part}"
