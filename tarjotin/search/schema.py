"""The index's fields: analysed text per language, exact names, filters, locality, completion, sort key, pk."""

from __future__ import annotations

import tantivy

from .analysis import LANGUAGES

# Bump when fields change; an index of another schema version is rebuilt, never read.
SCHEMA_VERSION = 2

ID = "id"
SORT = "sort_fi"  # Finnish sort key of the name + pk: the order of a search without words
TEXT_FIELDS = ("name", "summary", "keywords", "description")

# Filter fields hold raw values (one term per value), never analysed.
THEME = "theme"
MUNICIPALITY = "municipality"
TARGET_GROUP = "target_group"
LANGUAGE = "language"
CHARGE = "charge"
CHANNEL = "channel"
ACCESSIBILITY = "accessibility"  # "yes" when a connected channel tells about accessibility, else "no"
FILTER_FIELDS = (THEME, MUNICIPALITY, TARGET_GROUP, LANGUAGE, CHARGE, CHANNEL, ACCESSIBILITY)
# Locality for ranking, one term per municipality the service serves: "m:091" when it is the
# municipality's own service, "c:091" when it serves the whole county 091 belongs to. Nationwide services
# carry no scope terms (their markers are in MUNICIPALITY).
SCOPE = "scope"
SCOPE_MUNICIPAL = "m:"
SCOPE_COUNTY = "c:"

# Area markers in the municipality field: such services match any municipality filter (but Åland's
# municipalities only match the first).
NATIONWIDE = "nationwide"
NATIONWIDE_EXCEPT_ALAND = "nationwide-except-aland"
# Åland's municipality codes (region 21); fixed by Statistics Finland, and the query path stays off the DB.
ALAND = frozenset({"035", "043", "060", "062", "065", "076", "170", "295", "318", "417", "438", "478",
                   "736", "766", "771", "941"})
CHARGE_VALUES = ("free", "chargeable", "unknown")
YES, NO = "yes", "no"


def text_field(field: str, lang: str, *, parts: bool = False) -> str:
    """name_fi holds base forms; name_fi_parts the compound parts (ranked lower)."""
    return f"{field}_{lang}_parts" if parts else f"{field}_{lang}"


def exact_field(lang: str) -> str:
    return f"exact_{lang}"


def complete_field(lang: str, *, head: bool = False) -> str:
    """Type-ahead tokens of a name: every word's surface form, base forms and compound parts; the head
    field holds the first word's only, so names that start with the typed text can come first."""
    return f"complete_head_{lang}" if head else f"complete_{lang}"


def title_field(lang: str) -> str:
    """The display name, stored (not analysed) so type-ahead can show it without the database."""
    return f"title_{lang}"


def schema_build() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field(ID, stored=True, indexed=True, fast=True)
    builder.add_text_field(SORT, fast=True, tokenizer_name="raw", index_option="basic")
    for lang in LANGUAGES:
        for field in TEXT_FIELDS:
            # The app analyses; tantivy only splits the token string at spaces. Frequencies, no positions.
            for parts in (False, True):
                builder.add_text_field(text_field(field, lang, parts=parts), tokenizer_name="whitespace",
                                       index_option="freq")
        builder.add_text_field(exact_field(lang), tokenizer_name="raw", index_option="basic")
        for head in (False, True):
            builder.add_text_field(complete_field(lang, head=head), tokenizer_name="whitespace",
                                   index_option="basic")
        builder.add_text_field(title_field(lang), stored=True, tokenizer_name="raw", index_option="basic")
    for name in FILTER_FIELDS:
        # Fast (columnar) as well, for the facet counts' terms aggregation (facets.py).
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field(SCOPE, tokenizer_name="raw", index_option="basic")
    return builder.build()
