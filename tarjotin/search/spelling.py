"""Typos: words without any hit are corrected from the index's own vocabulary (then Voikko's suggestions)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from . import schema
from .analysis import LANGUAGES, analyser_for, query_groups, snowball_stem
from .index import OpenIndex
from .query import fuzzy_distance, group_terms
from .synonyms import SynonymTable
from .tokens import is_stop_word, query_words

# A word with results still gets a "did you mean" when a close word is RARE_FACTOR times as common (and
# in MIN_COMMON documents at least).
RARE_FACTOR = 10
MIN_COMMON = 5
CACHE_SIZE = 4096


@dataclass(frozen=True)
class Spelling:
    corrected: str | None = None  # the query with hitless words replaced; results are for this text
    typos: tuple[str, ...] = ()  # words without any hit, also matched fuzzily
    suggestion: str | None = None  # a better query to offer when every word had hits


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit), or limit + 1 when over it.

    Only the band of cells within `limit` of the diagonal is computed: a cell outside it is over the limit.
    """
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    before: dict[int, int] = {}
    previous = {j: j for j in range(min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        current = {0: i} if i <= limit else {}
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            value = min(previous.get(j, over) + 1, current.get(j - 1, over) + 1,
                        previous.get(j - 1, over) + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before.get(j - 2, over) + 1)
            current[j] = value
        if min(current.values(), default=over) > limit:
            return over
        before, previous = previous, current
    return min(previous.get(len(b), over), over)


@dataclass(frozen=True)
class Hits:
    own: int  # documents with the word's own base form
    synonym: int  # documents with a synonym's base form
    any: int  # also as a compound part, a derivation base or a prefix of a longer term


def word_hits(index: OpenIndex, word: str, synonyms: SynonymTable) -> Hits:
    """How many documents the best single term of a word matches, in any language."""
    own = synonym = best = 0
    for lang in LANGUAGES:
        groups = query_groups(word, lang)
        pairs = [(lang, group, False) for group in groups]
        for expansions in synonyms.expand(lang, groups).values():
            pairs += [(e.lang, group, True) for e in expansions for group in e.words]
        for item_lang, group, expanded in pairs:
            base_fields = {schema.text_field(name, item_lang) for name in schema.TEXT_FIELDS}
            for field, token in group_terms(index, group, item_lang):
                found = index.searcher.doc_freq(field, token)
                best = max(best, found)
                if field in base_fields and token in group.strict:
                    synonym, own = (max(synonym, found), own) if expanded else (synonym, max(own, found))
    return Hits(own, synonym, best)


def _vocabulary_fields() -> list[str]:
    """Real words to correct towards: names' surface words in every language, Finnish base forms (the
    Swedish and English fields hold Snowball stems, which are not words to show)."""
    fields = [schema.complete_field(lang) for lang in LANGUAGES]
    return fields + [schema.text_field(name, "fi") for name in schema.TEXT_FIELDS]


def _prefixes(word: str) -> list[str]:
    """The start a correction must share: two letters (three from eight letters on, which cuts the
    candidates tenfold), also with a swap among them, since typos rarely hit the start otherwise."""
    size = 3 if len(word) >= 8 else 2
    head = word[:size]
    swaps = [head[:i] + head[i + 1] + head[i] + head[i + 2:] for i in range(size - 1)]
    return list(dict.fromkeys([head, *swaps]))


def _vocabulary(index: OpenIndex, word: str) -> dict[str, int]:
    """Indexed words that start like the word."""
    found: dict[str, int] = {}
    for prefix in _prefixes(word):
        for field in _vocabulary_fields():
            for term, count in index.searcher.terms_with_prefix(field, prefix):
                found[term] = max(count, found.get(term, 0))
    return found


def _closest(index: OpenIndex, word: str, *, lang: str = "fi", more_than: int = 0) -> str | None:
    """The nearest indexed word within the fuzzy distance (fewest edits, then most documents), not a
    form of the word itself (same Snowball stem: tanssi, tanssia)."""
    limit = fuzzy_distance(word)
    if not limit:
        return None
    vocabulary = _vocabulary(index, word)
    if max(vocabulary.values(), default=0) <= more_than:
        return None  # nothing common enough: skip the distances
    stem = snowball_stem(word, lang)
    best: tuple[int, int, str] | None = None
    for term, count in vocabulary.items():
        if term == word or count <= more_than or not term.isalpha() or snowball_stem(term, lang) == stem:
            continue
        distance = edit_distance(word, term, limit)
        if distance <= limit and (best is None or (distance, -count, term) < best):
            best = (distance, -count, term)
    return best[2] if best else None


def _corrected(index: OpenIndex, word: str, synonyms: SynonymTable) -> str | None:
    found = _closest(index, word)
    if found:
        return found
    for suggestion in analyser_for("fi").suggest(word):  # Voikko keeps the inflection: senioreille
        if word_hits(index, suggestion, synonyms).own:
            return suggestion
    return None


def _known(word: str, lang: str) -> bool:
    """Only Voikko can tell a real word; Snowball (sv, en and the Finnish fallback) cannot."""
    return analyser_for("fi").word(word).known if lang == "fi" and not analyser_for("fi").prefix_queries \
        else True


Assessed = tuple[bool, str | None, str | None]


def _assessed(index: OpenIndex, word: str, lang: str, synonyms: SynonymTable) -> Assessed:
    """(hitless, correction, suggestion) of one query word; a hitless word is also matched fuzzily.

    A word with no document of its own form (nor a synonym's) is corrected when nothing matches it at
    all, or when the morphology does not know it ("uimahali" only reached uimahalli by prefix): the
    results are then for the correction. Any other word keeps its results and gets a suggestion when a
    close word (not a form of it) is RARE_FACTOR times as common as its own form, or the word has no
    document of its own: "liikuta" (a form of liikkua, found through its synonym liikkuminen) → liikunta.
    """
    hits = word_hits(index, word, synonyms)
    if hits.own == hits.synonym == 0 and (hits.any == 0 or not _known(word, lang)):
        return True, _corrected(index, word, synonyms), None
    common = max(hits.own * RARE_FACTOR, MIN_COMMON - 1) if hits.own else 0
    return False, None, _closest(index, word, lang=lang, more_than=common)


class _Cache:
    """Per index build and word: a correction costs a term-dictionary walk, a repeat costs nothing."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple, Assessed] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Assessed | None:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
            return self._items.get(key)

    def put(self, key: tuple, value: Assessed) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > CACHE_SIZE:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_cache = _Cache()


def spelling_cache_clear() -> None:
    _cache.clear()


def _word(index: OpenIndex, word: str, lang: str, synonyms: SynonymTable) -> Assessed:
    key = (index.meta.build_id, synonyms.version, lang, word)
    found = _cache.get(key)
    if found is None:
        found = _assessed(index, word, lang, synonyms)
        _cache.put(key, found)
    return found


def spelling_check(index: OpenIndex, *, text: str, lang: str, synonyms: SynonymTable) -> Spelling:
    """Hitless words (of at least five letters) replaced by their correction; else a rare word's."""
    words = query_words(text, lang)
    content = [w for w in words if not is_stop_word(w, lang)] or words
    corrections: dict[str, str] = {}
    suggestions: dict[str, str] = {}
    typos: list[str] = []
    for word in dict.fromkeys(content):
        if not fuzzy_distance(word) or word.isdigit():
            continue
        hitless, correction, suggestion = _word(index, word, lang, synonyms)
        if hitless:
            typos.append(word)
        if correction:
            corrections[word] = correction
        elif suggestion:
            suggestions[word] = suggestion
    if corrections:
        return Spelling(corrected=" ".join(corrections.get(w, w) for w in words), typos=tuple(typos))
    return Spelling(typos=tuple(typos),
                    suggestion=" ".join(suggestions.get(w, w) for w in words) if suggestions else None)
