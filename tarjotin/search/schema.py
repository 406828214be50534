"""The index's fields: analysed text per language, exact names, filters, the sort key and the pk."""

from __future__ import annotations

import tantivy

from .analysis import LANGUAGES

# Bump when fields change; an index of another schema version is rebuilt, never read.
SCHEMA_VERSION = 1

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
FILTER_FIELDS = (THEME, MUNICIPALITY, TARGET_GROUP, LANGUAGE, CHARGE, CHANNEL)

# Area markers in the municipality field: such services match any municipality filter (but Åland's
# municipalities only match the first).
NATIONWIDE = "nationwide"
NATIONWIDE_EXCEPT_ALAND = "nationwide-except-aland"
# Åland's municipality codes (region 21); fixed by Statistics Finland, and the query path stays off the DB.
ALAND = frozenset({"035", "043", "060", "062", "065", "076", "170", "295", "318", "417", "438", "478",
                   "736", "766", "771", "941"})
CHARGE_VALUES = ("free", "chargeable", "unknown")


def text_field(field: str, lang: str, *, parts: bool = False) -> str:
    """name_fi holds base forms; name_fi_parts the compound parts (ranked lower)."""
    return f"{field}_{lang}_parts" if parts else f"{field}_{lang}"


def exact_field(lang: str) -> str:
    return f"exact_{lang}"


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
    for name in FILTER_FIELDS:
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return builder.build()
