"""Index documents built from the catalogue: analysed texts per language, themes and filter values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tarjotin.catalogue.selectors import services_for_index, theme_slugs_for, themes_visible
from tarjotin.core.text import pick_text

from . import schema
from .analysis import LANGUAGES, TextTokens, text_tokens, words_analysed
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
    return [v for v in value or [] if isinstance(v, str)]


class ThemeMatcher:
    """A theme applies when one of its keywords (analysed) occurs among an item's tokens."""

    def __init__(self, themes: Iterable[Any]) -> None:
        self._single: dict[str, dict[str, set[str]]] = {lang: defaultdict(set) for lang in LANGUAGES}
        self._multi: dict[str, list[tuple[str, list[frozenset[str]]]]] = {lang: [] for lang in LANGUAGES}
        for theme in themes:
            for lang, keywords in (theme.keywords or {}).items():
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
    municipalities: list[str]

    @classmethod
    def of(cls, service: Any) -> _Related:
        return cls(list(service.classifications.all()), [c.channel for c in service.connections.all()],
                   [m.code for m in service.municipalities.all()])


def _filter_values(service: Any, related: _Related, themes: list[str]) -> dict[str, list[str]]:
    target_groups: set[str] = set()
    for item in related.classifications:
        if item.kind == TARGET_GROUP:
            target_groups |= {item.code} | _ancestors(item.code, item.parent_code)
    marker = NATIONWIDE_AREAS.get(service.area_type)
    return {
        schema.THEME: sorted(themes),
        schema.MUNICIPALITY: related.municipalities + ([marker] if marker else []),
        schema.TARGET_GROUP: sorted(target_groups),
        schema.LANGUAGE: sorted({str(lang).lower() for lang in service.languages or [] if lang}),
        schema.CHARGE: [CHARGES.get(service.charge_type, "unknown")],
        schema.CHANNEL: sorted({c.kind for c in related.channels if c.kind}),
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


def document_for(service: Any, *, themes: list[Any], matcher: ThemeMatcher) -> IndexDocument:
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
        names = {exact_key(_get(getattr(service, f), lang) or "") for f in ("name", "alternative_name")}
        doc.values[schema.exact_field(lang)] = sorted(n for n in names if n)
    codes = [c.code for c in related.classifications if c.kind in (SERVICE_CLASS, TARGET_GROUP)]
    slugs = set(theme_slugs_for(codes=codes, themes=themes)) | matcher.slugs(theme_tokens)
    doc.values.update(_filter_values(service, related, sorted(slugs)))
    return doc


def documents_build() -> Iterator[IndexDocument]:
    """All services of the catalogue as index documents, read in chunks to bound memory."""
    themes = themes_visible()
    matcher = ThemeMatcher(themes)
    for service in services_for_index().order_by("pk").iterator(chunk_size=1000):
        yield document_for(service, themes=themes, matcher=matcher)
