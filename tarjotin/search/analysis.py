"""Text analysis per language: Voikko for Finnish (with a logged fallback chain), Snowball for sv/en."""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass
from typing import Protocol

import Stemmer

from . import compounds, voikko
from .tokens import CONJUNCTIONS, MAX_QUERY_WORDS, STOP_WORDS, is_stop_word, query_words, words_split
from .types import QueryGroup, WordAnalysis

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
# Languages whose analysis writes compound parts (Voikko's for Finnish, the listed parts for Swedish).
COMPOUND_LANGUAGES = frozenset({"fi", "sv"})
# Bump when the tokens this module writes change, so old indexes are rebuilt rather than mixed.
# 2: Swedish compound parts (compounds.py and its list).
ANALYSIS_VERSION = 2
WORD_CACHE = 100_000
SUGGEST_CACHE = 10_000
MAX_SUGGEST_CHARS = 40  # Voikko's suggestion search grows with the word; a query word is never longer
MIN_PREFIX = 3
SNOWBALL = {"fi": "finnish", "sv": "swedish", "en": "english"}


class Analyser(Protocol):
    name: str
    lang: str
    # Query stems are also matched as prefixes of indexed terms (the Snowball fallback needs that).
    prefix_queries: bool

    def word(self, word: str) -> WordAnalysis: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


class SnowballAnalyser:
    """PyStemmer; its stemmer objects are not safe to share between threads, hence the lock.
    Swedish words are also split into the compound parts of the project's list (compounds.py)."""

    def __init__(self, lang: str, *, prefix_queries: bool = False) -> None:
        self.lang = lang
        self.prefix_queries = prefix_queries
        self.name = "snowball-prefix" if prefix_queries else f"snowball-{lang}"
        self._stemmer = Stemmer.Stemmer(SNOWBALL[lang])
        self._lock = threading.Lock()
        self._compounds = (compounds.CompoundSplitter(compounds.swedish_parts(), self.stem)
                           if lang == "sv" and not prefix_queries else None)
        self.word = functools.lru_cache(maxsize=WORD_CACHE)(self._word)

    def stem(self, word: str) -> str:
        with self._lock:
            return self._stemmer.stemWord(word)

    def suggest(self, word: str) -> tuple[str, ...]:
        return ()  # Snowball has no dictionary; spelling.py uses the index's own vocabulary

    def _word(self, word: str) -> WordAnalysis:
        # "THL:n" is THL with a case ending; "covid-19" is two stems.
        pieces = [p for p in word.split(":", 1)[0].split("-") if p]
        stems = tuple(dict.fromkeys(self.stem(p) for p in pieces)) or (word,)
        if self._compounds is None:
            return WordAnalysis(bases=stems, head=stems[-1])
        parts = (p for piece in pieces for p in self._compounds.parts(piece))
        return WordAnalysis(bases=stems, parts=tuple(dict.fromkeys(p for p in parts if p not in stems)),
                            head=stems[-1])


class MorphologyAnalyser:
    """Finnish through a Voikko backend; words it does not know get a Snowball stem."""

    lang = "fi"
    prefix_queries = False

    def __init__(self, backend: voikko.Backend) -> None:
        self.backend = backend
        self.name = backend.name
        self._snowball = SnowballAnalyser("fi")
        self.word = functools.lru_cache(maxsize=WORD_CACHE)(self._word)
        self.suggest = functools.lru_cache(maxsize=SUGGEST_CACHE)(self._suggest)

    def _suggest(self, word: str) -> tuple[str, ...]:
        """The morphology's spelling suggestions (Voikko), single words only."""
        suggest = getattr(self.backend, "suggest", None)
        if suggest is None or not 2 <= len(word) <= MAX_SUGGEST_CHARS:
            return ()
        try:
            found = suggest(word)
        except Exception as error:  # suggestions are an extra: a backend failure must not fail the search
            log.info("spelling suggestions for %r failed: %s", word, error)
            return ()
        return tuple(s for s in found if s and " " not in s)

    def _unknown(self, word: str) -> WordAnalysis:
        found = self._snowball.word(word)
        return WordAnalysis(bases=found.bases, head=found.head, known=False)

    def _word(self, word: str) -> WordAnalysis:
        if word.isdigit():
            return WordAnalysis(bases=(word,), head=word)
        # Whole first: "65-vuotiaille" → 65-vuotias, "eu:n" → eu, "sosiaali-" → sosiaali.
        found = self.backend.analyse(word)
        if found:
            return found
        if ":" in word:
            return self.word(word.split(":", 1)[0])  # "thl:n" → thl
        pieces = [p for p in word.split("-") if p]
        if len(pieces) == 1 and pieces[0] != word:
            return self.word(pieces[0])  # "kulttuuri-" → kulttuuri
        if len(pieces) > 1:
            return _merged([self.word(p) for p in pieces])
        return self._unknown(word)


def _merged(found: list[WordAnalysis]) -> WordAnalysis:
    """A hyphenated word the morphology did not know whole: "covid-19" → covid, 19."""
    bases = tuple(dict.fromkeys(b for f in found for b in f.bases))
    parts = tuple(dict.fromkeys(p for f in found for p in f.parts if p not in bases))
    return WordAnalysis(bases=bases, parts=parts, head=found[-1].head, known=all(f.known for f in found))


_choice_lock = threading.Lock()
_finnish: Analyser | None = None


def finnish_analyser() -> Analyser:
    """The first Finnish analyser that loads: libvoikko, pyvoikko, then Snowball with prefix queries."""
    global _finnish
    if _finnish is None:
        with _choice_lock:
            if _finnish is None:
                _finnish = _finnish_choose()
    return _finnish


def _finnish_choose() -> Analyser:
    for load in (voikko.libvoikko_load, voikko.pyvoikko_load):
        backend = load()
        if backend is not None:
            log.info("Finnish analyser: %s", backend.name)
            return MorphologyAnalyser(backend)
    log.warning(
        "Finnish analyser: snowball-prefix. Voikko could not be loaded, so Finnish search finds far fewer "
        "word forms; install libvoikko1 and voikko-fi (apt) or pyvoikko (pip) and rebuild the index."
    )
    return SnowballAnalyser("fi", prefix_queries=True)


def analyser_reset() -> None:
    """Forget the chosen Finnish analyser (tests; after installing Voikko into a running process)."""
    global _finnish
    with _choice_lock:
        _finnish = None
    _snowball.cache_clear()


@functools.lru_cache(maxsize=8)
def _snowball(lang: str) -> Analyser:
    return SnowballAnalyser(lang)


def snowball_stem(word: str, lang: str) -> str:
    """The Snowball stem: two words with one stem are forms of one word, not a misspelling of each other."""
    return SnowballAnalyser.stem(_snowball(lang if lang in SNOWBALL else "en"), word)  # type: ignore[arg-type]


def analyser_for(lang: str) -> Analyser:
    return finnish_analyser() if lang == "fi" else _snowball(lang if lang in SNOWBALL else "en")


def _completed(prefix: str, following: list[tuple[str, WordAnalysis]], analyser: Analyser) -> WordAnalysis:
    """"sosiaali-" before "ja terveyspalvelut" also means sosiaalipalvelu, when the morphology knows it."""
    for word, found in following[:4]:
        if word in CONJUNCTIONS or word.endswith("-"):
            continue
        if not found.head or not found.known:
            break
        joined = analyser.word(prefix.strip("-") + found.head)
        return joined if joined.known else WordAnalysis(bases=())
    return WordAnalysis(bases=())


def _analysed(words: list[str], lang: str) -> list[tuple[str, WordAnalysis]]:
    analyser = analyser_for(lang)
    found = [(w, analyser.word(w)) for w in words]
    if lang != "fi" or analyser.prefix_queries:
        return found
    for i, (word, analysis) in enumerate(found):
        if word.endswith("-"):
            extra = _completed(word, found[i + 1:], analyser)
            if extra.bases:
                found[i] = (word, _merged([analysis, extra]))
    return found


def words_analysed(text: str, lang: str) -> list[tuple[str, WordAnalysis]]:
    """Each non-stop word of a text with its analysis, hyphen prefixes completed (Finnish)."""
    stop = STOP_WORDS.get(lang, frozenset())
    return _analysed([w for w in words_split(text, lang) if w not in stop], lang)


@dataclass(frozen=True)
class TextTokens:
    bases: list[str]
    parts: list[str]
    words: int

    def all(self) -> set[str]:
        return set(self.bases) | set(self.parts)


def text_tokens(text: str, lang: str) -> TextTokens:
    """Index tokens of a text: base forms (repeated as often as the words) and compound parts."""
    bases: list[str] = []
    parts: list[str] = []
    found = words_analysed(text, lang)
    for _word, analysis in found:
        bases.extend(analysis.bases)
        parts.extend(analysis.parts)
    return TextTokens(bases, parts, len(found))


def query_groups(text: str, lang: str) -> list[QueryGroup]:
    """One group per distinct query word; stop words only count when the query has nothing else."""
    analyser = analyser_for(lang)
    words = query_words(text, lang)
    kept = [w for w in words if not is_stop_word(w, lang)] or words
    groups: dict[tuple[frozenset[str], frozenset[str]], QueryGroup] = {}
    for word, found in _analysed(kept, lang):
        strict = frozenset(found.bases)
        prefixes = frozenset(
            b for b in found.bases if len(b) >= MIN_PREFIX and (analyser.prefix_queries or not found.known)
        )
        group = QueryGroup(word=word, strict=strict, wide=strict | frozenset(found.parts), prefixes=prefixes)
        groups.setdefault((group.strict, group.wide), group)
    return list(groups.values())[:MAX_QUERY_WORDS]
