"""The project's LIPAS type list (data/types.json): type code → names, category, PTV classes, KOKO terms."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tarjotin.catalogue.dto import ClassificationRef

DATA = Path(__file__).resolve().parent / "data" / "types.json"
# LIPAS maps no main category of its own to PTV but this one: its service buildings (huoltorakennukset,
# machine sheds) are not places residents go to, so they are not imported.
NOT_FOR_RESIDENTS = {7000}


@dataclass(frozen=True)
class LipasType:
    code: int
    name: dict[str, str]
    main_category: int
    service_classes: tuple[str, ...]
    ontology_terms: tuple[str, ...]
    keywords: dict[str, tuple[str, ...]]

    def classifications(self) -> tuple[ClassificationRef, ...]:
        refs = [ClassificationRef(kind="service_class", code=c) for c in self.service_classes]
        refs += [ClassificationRef(kind="ontology_term", code=uri) for uri in self.ontology_terms]
        return tuple(sorted(refs, key=lambda r: (r.kind, r.code)))

    def search_words(self) -> dict[str, tuple[str, ...]]:
        """The type's name in each language plus LIPAS's own search tags, as service keywords."""
        words = {lang: [name] for lang, name in self.name.items()}
        for lang, extra in self.keywords.items():
            words.setdefault(lang, []).extend(extra)
        return {lang: tuple(dict.fromkeys(found)) for lang, found in sorted(words.items())}


@lru_cache(maxsize=1)
def _types() -> dict[int, LipasType]:
    raw = json.loads(DATA.read_text(encoding="utf-8"))["types"]
    return {
        int(code): LipasType(
            code=int(code), name=item["name"], main_category=item["main_category"],
            service_classes=tuple(item["service_classes"]), ontology_terms=tuple(item["ontology_terms"]),
            keywords={lang: tuple(words) for lang, words in item["keywords"].items()},
        )
        for code, item in raw.items()
    }


def type_get(code: int) -> LipasType | None:
    return _types().get(code)
