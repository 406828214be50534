"""Query-time synonym expansion: rules from the Synonym table (or the shipped JSON), compiled per analyser."""

from __future__ import annotations

import itertools
import json
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count, Max

from .analysis import LANGUAGES, MIN_PREFIX, analyser_for, finnish_analyser, words_analysed
from .types import QueryGroup

log = logging.getLogger(__name__)

SEED_FILE = Path(__file__).resolve().parent / "data" / "synonyms.json"
# Expansions rank below the word itself (1.0): an equivalent term, then a one-way (narrower or
# helping) term. Tuned on the dev set, see docs/search.md.
EQUIVALENT = 0.6
RELATED = 0.35
MAX_KEY_WORDS = 4
# Other web nodes and workers see an admin's change within this many seconds; this process at once.
CHECK_SECONDS = 10.0

Term = tuple[str, str]  # (language, text)
_versions = itertools.count(1)


@dataclass(frozen=True)
class SynonymRule:
    """One row: a group of equivalent terms (one_way False) or term → targets."""

    lang: str
    term: str
    targets: tuple[Term, ...]
    one_way: bool = False


@dataclass(frozen=True)
class Expansion:
    """Words to search in `lang` (all of them must match), ranked by `weight`."""

    lang: str
    words: tuple[QueryGroup, ...]
    weight: float


def file_rules(path: Path = SEED_FILE) -> list[SynonymRule]:
    """Rules of a synonyms JSON file: groups become one row each, led by their first term."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rules = []
    for group in data.get("groups", []):
        terms = [(lang, t) for lang in LANGUAGES for t in group.get(lang, []) if isinstance(t, str) and t]
        if len(terms) > 1:
            rules.append(SynonymRule(terms[0][0], terms[0][1], tuple(terms[1:])))
    for item in data.get("expansions", []):
        lang = item.get("lang", "fi")
        targets = []
        for target in item.get("to", []):
            prefix, _sep, rest = target.partition(":")
            targets.append((prefix, rest.strip()) if prefix in LANGUAGES and rest else (lang, target))
        if item.get("term") and targets:
            rules.append(SynonymRule(lang, item["term"], tuple(targets), one_way=True))
    return rules


def _key(word: str, bases: Iterable[str]) -> frozenset[str]:
    """A term's tokens: the word itself when it is a base form (written so), else all its base forms."""
    bases = frozenset(bases)
    return frozenset({word}) if word in bases else bases


def term_words(lang: str, text: str) -> tuple[frozenset[str], ...]:
    """A term analysed as the index analyses that language: one token set per word."""
    if lang not in LANGUAGES:
        return ()
    return tuple(_key(w, a.bases) for w, a in words_analysed(text, lang) if a.bases)[:MAX_KEY_WORDS]


class SynonymTable:
    """Rules compiled into lookups of analysed terms; built once per rule set and Finnish analyser."""

    def __init__(self, rules: Sequence[SynonymRule]) -> None:
        self.size = len(rules)
        self.version = next(_versions)  # caches of results that depend on the rules key on this
        self._groups: dict[tuple, list[int]] = defaultdict(list)  # term → groups it belongs to
        self._members: list[list[tuple]] = []
        self._one_way: dict[tuple, list[tuple]] = defaultdict(list)  # source term → targets
        for rule in rules:
            head = self._term(rule.lang, rule.term)
            targets = [t for t in (self._term(lang, text) for lang, text in rule.targets) if t]
            if not head or not targets:
                continue
            if rule.one_way:
                self._one_way[head].extend(targets)
            else:
                members = list(dict.fromkeys([head, *targets]))
                for member in members:
                    self._groups[member].append(len(self._members))
                self._members.append(members)
        self._first: dict[tuple[str, str], list[tuple]] = defaultdict(list)  # (lang, token) → terms
        for term in {*self._groups, *self._one_way}:
            for token in term[1][0]:
                self._first[(term[0], token)].append(term)

    @staticmethod
    def _term(lang: str, text: str) -> tuple | None:
        words = term_words(lang, text)
        return (lang, words) if words else None

    def _equivalents(self, term: tuple) -> list[tuple]:
        return [m for g in self._groups.get(term, []) for m in self._members[g]]

    def _expansions(self, term: tuple) -> dict[tuple, float]:
        """Equivalents of a matched term, then one-way targets of it or of any equivalent (with theirs)."""
        found: dict[tuple, float] = {}
        equivalents = self._equivalents(term)
        for member in equivalents:
            found.setdefault(member, EQUIVALENT)
        for source in dict.fromkeys([term, *equivalents]):
            for target in self._one_way.get(source, []):
                for member in [target, *self._equivalents(target)]:
                    found.setdefault(member, RELATED)
        found.pop(term, None)
        return found

    def expand(self, lang: str, groups: Sequence[QueryGroup]) -> dict[int, list[Expansion]]:
        """Expansions of the query words, keyed by the position of the word a matched term starts at."""
        found: dict[int, list[Expansion]] = {}
        for i, group in enumerate(groups):
            seen: dict[tuple, float] = {}
            for token in group.strict:
                for term in self._first.get((lang, token), []):
                    if self._matches(term[1], groups, i):
                        for target, weight in self._expansions(term).items():
                            seen[target] = max(weight, seen.get(target, 0.0))
            if seen:
                found[i] = [self._expansion(target, weight) for target, weight in seen.items()]
        return found

    @staticmethod
    def _matches(words: tuple[frozenset[str], ...], groups: Sequence[QueryGroup], start: int) -> bool:
        if start + len(words) > len(groups):
            return False
        return all(word & groups[start + j].strict for j, word in enumerate(words))

    @staticmethod
    def _expansion(term: tuple, weight: float) -> Expansion:
        lang, words = term
        prefixed = analyser_for(lang).prefix_queries
        groups = tuple(
            QueryGroup(word=" ".join(sorted(w)), strict=w, wide=w,
                       prefixes=frozenset(t for t in w if len(t) >= MIN_PREFIX) if prefixed else frozenset())
            for w in words)
        return Expansion(lang=lang, words=groups, weight=weight)


EMPTY = SynonymTable([])


def _db_stamp() -> tuple[int, str] | None:
    """Rows and last change of the Synonym table; None when the database cannot tell (not migrated)."""
    from .models import Synonym

    try:
        found = Synonym.objects.aggregate(rows=Count("pk"), changed=Max("updated_at"))
    except DatabaseError as error:
        log.info("synonyms table not readable (%s); using the shipped synonyms", error)
        return None
    return found["rows"], str(found["changed"])


def _db_rules() -> list[SynonymRule]:
    from .models import Synonym

    return [SynonymRule(row.language, row.term, tuple(row.targets()), row.one_way)
            for row in Synonym.objects.filter(active=True).order_by("pk")]


@dataclass
class _Cached:
    table: SynonymTable
    stamp: tuple[int, str] | None
    analyser: str
    checked: float


_lock = threading.Lock()
_cached: _Cached | None = None


def synonyms_reset() -> None:
    """Forget the compiled table: the next search reads the rules again (after an admin's save)."""
    global _cached
    with _lock:
        _cached = None


def synonym_table() -> SynonymTable:
    """The rules in force: the Synonym table once it has any row (active or not), else the shipped file."""
    global _cached
    if not settings.TARJOTIN.get("SEARCH_SYNONYMS", True):
        return EMPTY
    analyser = finnish_analyser().name
    cached = _cached
    now = time.monotonic()
    if cached and cached.analyser == analyser and now - cached.checked < CHECK_SECONDS:
        return cached.table
    stamp = _db_stamp()
    if cached and cached.analyser == analyser and cached.stamp == stamp:
        cached.checked = now
        return cached.table
    with _lock:
        rules = _db_rules() if stamp and stamp[0] else file_rules()
        _cached = _Cached(SynonymTable(rules), stamp, analyser, now)
        return _cached.table
