"""Index documents built from the catalogue: analysed texts, themes, filter values, locality, names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tarjotin.catalogue.selectors import (
    county_municipality_codes,
    merged_away,
    services_for_index,
    theme_slugs_for,
)
from tarjotin.core.text import pick_text
from tarjotin.trays.selectors import themes_for_index

from . import schema
from .analysis import LANGUAGES, TextTokens, text_tokens, words_analysed
from .locality import Place, scope_values
from .tokens import exact_key, sort_key

NATIONWIDE_AREAS = {
    "nationwide": schema.NATIONWIDE,
    "nationwide_except_aland": schema.NATIONWIDE_EXCEPT_ALAND,
}
CHARGES = {"free": "free", "chargeable": "chargeable"}
SERVICE_CLASS = "service_class"
TARGET_GROUP = "target_group"


@dataclass
class IndexDocument:
    """One service as the index stores it; texts are already analysed token strings."""

    pk: int
    sort: str
    texts: dict[str, str] = field(default_factory=dict)  # tantivy field → space-separated tokens
    values: dict[str, list[str]] = field(default_factory=dict)  # raw field → terms
    words: int = 0


def _strings(value: Any) -> list[str]:
    """Keywords come as a list per language, but a source may hand over a bare string."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []


class ThemeMatcher:
    """A theme applies when one of its keywords (analysed) occurs among an item's tokens."""

    def __init__(self, themes: Iterable[Any]) -> None:
        self._single: dict[str, dict[str, set[str]]] = {lang: defaultdict(set) for lang in LANGUAGES}
        self._multi: dict[str, list[tuple[str, list[frozenset[str]]]]] = {lang: [] for lang in LANGUAGES}
        for theme in themes:
            for lang, keywords in (theme.keywords if isinstance(theme.keywords, dict) else {}).items():
                if lang in LANGUAGES:
                    for keyword in _strings(keywords):
                        self._add(theme.slug, lang, keyword)

    def _add(self, slug: str, lang: str, keyword: str) -> None:
        # Base forms only: the keyword "vertaistuki" must not fire on every text that mentions "tuki".
        words = [frozenset(found.bases) for _word, found in words_analysed(keyword, lang)]
        if len(words) == 1:
            for base in words[0]:
                self._single[lang][base].add(slug)
        elif words:
            self._multi[lang].append((slug, words))

    def slugs(self, tokens: dict[str, set[str]]) -> set[str]:
        found: set[str] = set()
        for lang, present in tokens.items():
            single = self._single[lang]
            for token in present & single.keys():
                found |= single[token]
            for slug, words in self._multi[lang]:
                if all(word & present for word in words):
                    found.add(slug)
        return found


def _get(values: Any, lang: str) -> Any:
    """A translated value, tolerating rows whose JSON is not a {lang: text} dict."""
    return values.get(lang) if isinstance(values, dict) else None


def _ancestors(code: str, parent: str) -> set[str]:
    """KR1.2.3 → KR1.2, KR1 (dotted codes), plus the parent the code list names."""
    pieces = code.split(".")
    found = {".".join(pieces[:i]) for i in range(1, len(pieces))}
    return found | ({parent} if parent else set())


@dataclass(frozen=True)
class _Related:
    """A service's prefetched relations, read once (every .all() on a manager costs a queryset clone)."""

    classifications: list[Any]
    channels: list[Any]
    places: list[Place]

    @property
    def municipalities(self) -> list[str]:
        return [p.code for p in self.places]

    @classmethod
    def of(cls, service: Any) -> _Related:
        return cls(list(service.classifications.all()), [c.channel for c in service.connections.all()],
                   [Place(m.code, m.county_id or "") for m in service.municipalities.all()])


def _told(value: Any) -> bool:
    """A PTV accessibility classification that says something: a known level or a statement page."""
    if not isinstance(value, dict):
        return False
    level = str(value.get("accessibilityClassificationLevel") or value.get("level") or "")
    page = value.get("accessibilityStatementWebPage") or value.get("url")
    return bool(page) or (bool(level) and level.lower() != "unknown")


def _has_accessibility(channels: list[Any]) -> bool:
    """Entrances with accessibility sentences on a location, or a classification on any channel."""
    for channel in channels:
        if any(_told(item) for item in channel.accessibility or []):
            return True
        if channel.kind != "location":
            continue
        for address in channel.addresses.all():
            for entrance in address.entrances or []:
                groups = entrance.get("groups") if isinstance(entrance, dict) else None
                if any(isinstance(g, dict) and g.get("sentences") for g in groups or []):
                    return True
    return False


def _filter_values(service: Any, related: _Related, themes: list[str]) -> dict[str, list[str]]:
    target_groups: set[str] = set()
    for item in related.classifications:
        if item.kind == TARGET_GROUP:
            target_groups |= {item.code} | _ancestors(item.code, item.parent_code)
    marker = NATIONWIDE_AREAS.get(service.area_type)
    return {
        schema.THEME: sorted(themes),
        # A nationwide service matches every municipality through its marker; listing codes as well
        # would count it twice in the municipality facet.
        schema.MUNICIPALITY: [marker] if marker else related.municipalities,
        schema.TARGET_GROUP: sorted(target_groups),
        schema.LANGUAGE: sorted({str(lang).lower() for lang in service.languages or [] if lang}),
        schema.CHARGE: [CHARGES.get(service.charge_type, "unknown")],
        schema.CHANNEL: sorted({c.kind for c in related.channels if c.kind}),
        schema.ACCESSIBILITY: [schema.YES if _has_accessibility(related.channels) else schema.NO],
    }


def _tokens(texts: Iterable[str | None], lang: str) -> TextTokens:
    # Newlines keep the pieces apart, so the last word of one never reads as part of the next.
    return text_tokens("\n".join(t for t in texts if isinstance(t, str)), lang)


def _joined(*found: TextTokens) -> TextTokens:
    return TextTokens([b for f in found for b in f.bases], [p for f in found for p in f.parts],
                      sum(f.words for f in found))


def _language_texts(service: Any, related: _Related, lang: str) -> dict[str, TextTokens]:
    """The four weighted fields of one language, plus what theme keywords are matched against."""
    org = service.organization
    own_keywords = _tokens(_strings(_get(service.keywords, lang)), lang)
    labels = _tokens([_get(c.name, lang) for c in related.classifications], lang)
    found = {
        "name": _tokens([_get(service.name, lang), _get(service.alternative_name, lang)], lang),
        "summary": _tokens([_get(service.summary, lang)], lang),
        "keywords": _joined(own_keywords, labels),
        "description": _tokens(
            [_get(service.description, lang), _get(org.name, lang) if org else None,
             *(_get(c.name, lang) for c in related.channels)], lang),
    }
    found["_themes"] = _joined(found["name"], found["summary"], own_keywords)
    return found


def _sort(service: Any) -> str:
    name = pick_text(service.name if isinstance(service.name, dict) else {}, "fi")
    return f"{sort_key(name)} {service.pk:012d}"  # the pk breaks ties, so pages never overlap


def completion_tokens(names: list[str], lang: str) -> tuple[list[str], list[str]]:
    """Type-ahead tokens of a service's names: (every word's, the first word's of each name)."""
    every: list[str] = []
    heads: list[str] = []
    for name in names:
        for i, (word, found) in enumerate(words_analysed(name, lang)):
            tokens = [word.strip("-"), *(p for p in word.split("-") if p), *found.bases]
            every.extend([*tokens, *found.parts])
            if i == 0:
                heads.extend(tokens)
    return list(dict.fromkeys(every)), list(dict.fromkeys(heads))


def _names(service: Any, lang: str, doc: IndexDocument) -> None:
    """Exact-name keys, type-ahead tokens and the stored display name of one language."""
    names = [n for n in (_get(getattr(service, f), lang) for f in ("name", "alternative_name"))
             if isinstance(n, str) and n.strip()]
    doc.values[schema.exact_field(lang)] = sorted({k for k in map(exact_key, names) if k})
    every, heads = completion_tokens(names, lang)
    doc.texts[schema.complete_field(lang)] = " ".join(every)
    doc.texts[schema.complete_field(lang, head=True)] = " ".join(heads)
    title = _get(service.name, lang)
    if isinstance(title, str) and title.strip():
        doc.values[schema.title_field(lang)] = [" ".join(title.split())]


def _no_counties(_county: str) -> int:
    return 0


def document_for(service: Any, *, themes: list[Any], matcher: ThemeMatcher,
                 county_size: Callable[[str], int] = _no_counties) -> IndexDocument:
    """Every language's text goes to that language's fields only, analysed by that language's
    analyser; the query side searches all three languages (see query.py), so a Finnish-only service
    is found from the Swedish and English pages too."""
    related = _Related.of(service)
    doc = IndexDocument(pk=service.pk, sort=_sort(service))
    theme_tokens: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        texts = _language_texts(service, related, lang)
        for name in schema.TEXT_FIELDS:
            doc.texts[schema.text_field(name, lang)] = " ".join(texts[name].bases)
            doc.texts[schema.text_field(name, lang, parts=True)] = " ".join(texts[name].parts)
            doc.words += texts[name].words
        theme_tokens[lang] = texts["_themes"].all()
        _names(service, lang, doc)
    codes = [c.code for c in related.classifications if c.kind in (SERVICE_CLASS, TARGET_GROUP)]
    slugs = set(theme_slugs_for(codes=codes, themes=themes)) | matcher.slugs(theme_tokens)
    doc.values.update(_filter_values(service, related, sorted(slugs)))
    doc.values[schema.SCOPE] = scope_values(
        places=related.places, area_counties=service.area_counties or [],
        nationwide=service.area_type in NATIONWIDE_AREAS, county_size=county_size)
    return doc


def _county_size(county: str) -> int:
    return len(county_municipality_codes(county))


def documents_build() -> Iterator[IndexDocument]:
    """All services of the catalogue as index documents, read in chunks to bound memory."""
    themes = themes_for_index()  # national themes plus the trays' own mappings, under their index keys
    matcher = ThemeMatcher(themes)
    services = services_for_index().prefetch_related("connections__channel__addresses")
    for service in services.order_by("pk").iterator(chunk_size=1000):
        if not merged_away(service):  # the canonical place's service is listed instead
            yield document_for(service, themes=themes, matcher=matcher, county_size=_county_size)
