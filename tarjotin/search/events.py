"""A second, small tantivy index of coming events, analysed as services are: by words, by theme, soonest."""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tantivy
from django.utils import timezone
from tantivy import FieldType, Occur, Order, Query

from tarjotin.catalogue.events import events_for_index
from tarjotin.core.exceptions import SearchIndexError

from . import schema
from .analysis import (
    ANALYSIS_VERSION,
    COMPOUND_LANGUAGES,
    LANGUAGES,
    TextTokens,
    finnish_analyser,
    text_tokens,
    words_analysed,
)
from .index import IndexMeta, OpenIndex, index_root
from .query import all_of, any_of, text_query
from .synonyms import synonym_table
from .tokens import exact_key

log = logging.getLogger(__name__)

# Bump when the fields below change: an index of another version is rebuilt, never read.
SCHEMA_VERSION = 1
DIRECTORY = "events"  # inside the services index's root, so each node keeps both side by side
META_FILE = "events-index.json"
WRITER_HEAP = 16_000_000
STALE_TMP_SECONDS = 3600
MAX_LIMIT = 1000  # the what's-on page narrows a search to its matches, so it asks for many
START, END = "start", "end"  # epoch seconds, fast: "not over yet" and "soonest first" are column reads
AREA = "area"  # the municipality code; "online" for an online event without one; "none" otherwise
TARGET_GROUP = "target_group"  # PTV codes and their parents (KR1.2 → KR1), so a parent filter finds all
CHARGE = "charge"  # free | chargeable | unknown
ONLINE, NOWHERE = "online", "none"
# What theme keywords are matched against: the event's own words, not its long description or place
# (a concert at a library is not a library theme's event).
THEME_FIELDS = ("name", "summary", "keywords")

_lock = threading.Lock()
_opened: dict[Path, tuple[tuple[int, int, int], OpenIndex]] = {}
_auto_built: set[Path] = set()


def events_root() -> Path:
    return index_root() / DIRECTORY


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field(schema.ID, stored=True, indexed=True, fast=True)
    builder.add_integer_field(START, indexed=True, fast=True)
    builder.add_integer_field(END, indexed=True, fast=True)
    for lang in LANGUAGES:
        # The services' field names, so query.text_query builds the same weighted query over them.
        for field in schema.TEXT_FIELDS:
            for parts in (False, True):
                builder.add_text_field(schema.text_field(field, lang, parts=parts), tokenizer_name="whitespace",
                                       index_option="freq")
        builder.add_text_field(schema.exact_field(lang), tokenizer_name="raw", index_option="basic")
    for name in (AREA, TARGET_GROUP, CHARGE):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    return builder.build()


def _get(values: Any, lang: str) -> str | None:
    found = values.get(lang) if isinstance(values, dict) else None
    return found if isinstance(found, str) else None


def _tokens(texts: Iterable[str | None], lang: str) -> TextTokens:
    # Newlines keep the pieces apart, so the last word of one never reads as part of the next.
    return text_tokens("\n".join(t for t in texts if t), lang)


def _labels(items: Any, lang: str) -> list[str | None]:
    return [_get(item.get("name"), lang) for item in items or [] if isinstance(item, dict)]


def _language_texts(event: Any, lang: str) -> dict[str, TextTokens]:
    return {
        "name": _tokens([_get(event.name, lang)], lang),
        "summary": _tokens([_get(event.summary, lang)], lang),
        "keywords": _tokens(_labels(event.keywords, lang) + _labels(event.audience, lang), lang),
        "description": _tokens([_get(event.description, lang), _get(event.location_name, lang),
                                _get(event.locality, lang), _get(event.provider, lang)], lang),
    }


def _groups(codes: Any) -> list[str]:
    found: set[str] = set()
    for code in codes or []:
        if isinstance(code, str) and code:
            pieces = code.split(".")
            found |= {".".join(pieces[:i]) for i in range(1, len(pieces) + 1)}
    return sorted(found)


def _document(event: Any) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned(schema.ID, event.pk)
    doc.add_integer(START, int(event.start.timestamp()))
    doc.add_integer(END, int(event.end.timestamp()))
    for lang in LANGUAGES:
        for name, found in _language_texts(event, lang).items():
            for parts, tokens in ((False, found.bases), (True, found.parts)):
                if tokens:
                    doc.add_text(schema.text_field(name, lang, parts=parts), " ".join(tokens))
        key = exact_key(_get(event.name, lang) or "")
        if key:
            doc.add_text(schema.exact_field(lang), key)
    area = event.municipality_id or (ONLINE if event.online else NOWHERE)
    doc.add_text(AREA, area)
    for code in _groups(event.target_groups):
        doc.add_text(TARGET_GROUP, code)
    doc.add_text(CHARGE, {True: "free", False: "chargeable"}.get(event.is_free, "unknown"))
    return doc


def _meta_read(root: Path) -> IndexMeta | None:
    try:
        return IndexMeta(**json.loads((root / META_FILE).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as error:
        raise SearchIndexError(f"events index meta in {root} is unreadable ({error})") from error


def _clean(root: Path, keep: set[str]) -> None:
    """Old builds go; the previous one stays, since another process may still be reading it."""
    for path in root.iterdir():
        try:
            old = path.name.startswith("build-") and path.name not in keep
            stale = path.name.startswith("tmp-") and time.time() - path.stat().st_mtime > STALE_TMP_SECONDS
        except OSError:
            continue
        if path.is_dir() and (old or stale):
            shutil.rmtree(path, ignore_errors=True)


def _write(building: Path, now: datetime | None) -> int:
    index = tantivy.Index(_schema(), path=str(building), reuse=False)
    writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
    count = 0
    for event in events_for_index(now=now).iterator(chunk_size=500):
        writer.add_document(_document(event))
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    return count


def events_index_rebuild(*, now: datetime | None = None) -> IndexMeta:
    """Index every coming event into a new build and make it the served one in one rename; events
    that have ended are left out, so each rebuild drops them."""
    root = events_root()
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    build_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    building = root / f"tmp-{build_id}"
    building.mkdir()
    try:
        count = _write(building, now)
        final = root / f"build-{build_id}"
        building.rename(final)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    meta = IndexMeta(build_id=build_id, directory=final.name, analyser=finnish_analyser().name,
                     analysis_version=ANALYSIS_VERSION, schema_version=SCHEMA_VERSION, documents=count, words=0,
                     built_at=datetime.now(UTC).isoformat(timespec="seconds"),
                     seconds=round(time.perf_counter() - started, 3),
                     size_bytes=sum(f.stat().st_size for f in final.rglob("*") if f.is_file()))
    try:
        previous = _meta_read(root)
    except SearchIndexError:
        previous = None
    temporary = root / f".{META_FILE}.{build_id}"
    temporary.write_text(json.dumps(asdict(meta)), encoding="utf-8")
    os.replace(temporary, root / META_FILE)  # readers see the old meta or the new one, never half of one
    _clean(root, {final.name, previous.directory if previous else ""})
    return meta


def _open(root: Path) -> OpenIndex:
    try:
        found = (root / META_FILE).stat()
    except FileNotFoundError as error:
        raise SearchIndexError(f"no events index in {root}") from error
    stamp = (found.st_ino, found.st_mtime_ns, found.st_size)
    cached = _opened.get(root)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    meta = _meta_read(root)
    if meta is None or (meta.analyser, meta.analysis_version, meta.schema_version) != (
            finnish_analyser().name, ANALYSIS_VERSION, SCHEMA_VERSION):
        raise SearchIndexError(f"events index in {root} is missing or was built otherwise")
    try:
        index = tantivy.Index.open(str(root / meta.directory))
    except (OSError, ValueError) as error:
        raise SearchIndexError(f"events index {meta.directory} cannot be opened: {error}") from error
    opened = OpenIndex(meta=meta, index=index, searcher=index.searcher(), schema=index.schema)
    with _lock:
        _opened[root] = (stamp, opened)
    return opened


def _ready() -> OpenIndex | None:
    """The index; a missing or outdated one is built once per process, so a fresh install just works.
    None when that fails too: events are an extra the service search must survive without."""
    root = events_root()
    try:
        return _open(root)
    except SearchIndexError as error:
        if root in _auto_built:
            log.warning("events index unavailable: %s", error)
            return None
        _auto_built.add(root)
        log.warning("%s; building the events index now", error)
    try:
        events_index_rebuild()
        return _open(root)
    except (SearchIndexError, OSError, ValueError):
        log.exception("events index could not be built")
        return None


def _upcoming(index: OpenIndex, municipalities: Sequence[str], now: datetime | None) -> Query:
    """Not over yet (end > now), in the area: an event of these municipalities, or online without one.
    No municipalities: the whole country."""
    moment = int((now or timezone.now()).timestamp())
    clauses = [Query.range_query(index.schema, END, FieldType.Integer, lower_bound=moment, include_lower=False)]
    codes = [c for c in municipalities if isinstance(c, str) and c]
    area = any_of(index, AREA, [*codes, ONLINE]) if codes else None
    return all_of([*clauses, *([area] if area is not None else [])])


def _ids(index: OpenIndex, hits: Sequence[tuple[object, object]]) -> list[int]:
    addresses = [address for _key, address in hits]
    return [int(i) for i in index.searcher.fast_field_values(schema.ID, addresses)] if addresses else []


def _soonest(index: OpenIndex, query: Query, limit: int) -> list[int]:
    return _ids(index, index.searcher.search(query, limit=limit, count=False, order_by_field=START,
                                             order=Order.Asc).hits)


def _limit(limit: int) -> int:
    try:
        return min(max(int(limit), 0), MAX_LIMIT)
    except (TypeError, ValueError):
        return 0


def events_search(*, text: str, lang: str, municipalities: tuple[str, ...], limit: int = 5,
                  now: datetime | None = None) -> list[int]:
    """Coming events in the area that match the words, best first (Event pks); without words, the
    soonest. Any input is safe: the query is built from analysed words, never parsed."""
    limit = _limit(limit)
    index = _ready() if limit else None
    if index is None:
        return []
    narrowing = _upcoming(index, municipalities or (), now)
    try:
        words = text_query(index, text=str(text or ""), lang=lang if lang in LANGUAGES else "fi",
                           synonyms=synonym_table())
        if words is None:
            return _soonest(index, narrowing, limit)
        return _ids(index, index.searcher.search(all_of([words.scored, narrowing]), limit=limit, count=False).hits)
    except ValueError:  # tantivy's error for a query it cannot run; the page goes on without events
        log.exception("events search failed for %r", text)
        return []


def _in_fields(index: OpenIndex, lang: str, tokens: Iterable[str]) -> Query:
    """Any of the tokens as a base form or a compound part of the event's own words."""
    kept = sorted(set(tokens))
    parts = (False, True) if lang in COMPOUND_LANGUAGES else (False,)
    fields = [schema.text_field(name, lang, parts=p) for name in THEME_FIELDS for p in parts]
    return Query.boolean_query([(Occur.Should, Query.term_set_query(index.schema, f, kept)) for f in fields])


def _theme_query(index: OpenIndex, theme: Any) -> Query | None:
    """A theme's keywords (base forms; a keyword of several words needs them all) or target groups."""
    clauses: list[Query] = []
    keywords = theme.keywords if isinstance(theme.keywords, dict) else {}
    for lang in LANGUAGES:
        single: set[str] = set()
        listed = keywords.get(lang)
        for keyword in [listed] if isinstance(listed, str) else listed or []:
            words = [found.bases for _word, found in words_analysed(str(keyword), lang) if found.bases]
            if len(words) == 1:
                single |= set(words[0])
            elif words:
                clauses.append(all_of(_in_fields(index, lang, w) for w in words))
        if single:
            clauses.append(_in_fields(index, lang, single))
    groups = any_of(index, TARGET_GROUP, list(theme.target_groups or []))
    clauses += [groups] if groups is not None else []
    return Query.boolean_query([(Occur.Should, c) for c in clauses]) if clauses else None


def events_for_theme(theme: Any, municipalities: tuple[str, ...], limit: int = 5, *,
                     now: datetime | None = None) -> list[int]:
    """Coming events in the area that a theme's keywords (fi/sv/en) or target groups match, soonest
    first. `theme` is a catalogue Theme or a tray's ThemeView (both have keywords and target_groups)."""
    limit = _limit(limit)
    index = _ready() if limit else None
    if index is None:
        return []
    try:
        matching = _theme_query(index, theme)
        if matching is None:
            return []
        return _soonest(index, all_of([matching, _upcoming(index, municipalities or (), now)]), limit)
    except ValueError:
        log.exception("events of theme %r failed", getattr(theme, "slug", theme))
        return []
