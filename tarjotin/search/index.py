"""The tantivy index on disk: built in a temporary directory, swapped in atomically, reopened on change."""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import tantivy
from django.conf import settings

from tarjotin.core.exceptions import SearchIndexError

from . import schema
from .analysis import ANALYSIS_VERSION
from .documents import IndexDocument

log = logging.getLogger(__name__)

META_FILE = "tarjotin-index.json"  # tantivy keeps its own meta.json inside each build directory
BUILD_PREFIX = "build-"
TMP_PREFIX = "tmp-"
STALE_TMP_SECONDS = 3600
WRITER_HEAP = 64_000_000


@dataclass(frozen=True)
class IndexMeta:
    build_id: str
    directory: str  # relative to the index root
    analyser: str
    analysis_version: int
    schema_version: int
    documents: int
    words: int
    built_at: str
    seconds: float
    size_bytes: int


@dataclass(frozen=True)
class OpenIndex:
    meta: IndexMeta
    index: tantivy.Index
    searcher: tantivy.Searcher
    schema: tantivy.Schema


def index_root() -> Path:
    return Path(settings.TARJOTIN["SEARCH_INDEX_DIR"])


def _document(item: IndexDocument) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned(schema.ID, item.pk)
    doc.add_text(schema.SORT, item.sort)
    for name, tokens in item.texts.items():
        if tokens:
            doc.add_text(name, tokens)
    for name, values in item.values.items():
        for value in values:
            doc.add_text(name, value)
    return doc


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _write_into(path: Path, documents: Iterable[IndexDocument]) -> tuple[int, int]:
    index = tantivy.Index(schema.schema_build(), path=str(path), reuse=False)
    writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
    count = words = 0
    for item in documents:
        writer.add_document(_document(item))
        count += 1
        words += item.words
    writer.commit()
    writer.wait_merging_threads()
    return count, words


def _meta_write(root: Path, meta: IndexMeta) -> None:
    """Readers see the old meta or the new one, never a half-written file (os.replace is atomic)."""
    temporary = root / f".{META_FILE}.{meta.build_id}"
    temporary.write_text(json.dumps(asdict(meta), indent=2), encoding="utf-8")
    os.replace(temporary, root / META_FILE)


def index_write(documents: Iterable[IndexDocument], *, analyser: str) -> IndexMeta:
    """Build a new index next to the served one and make it current in one rename."""
    root = index_root()
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    build_id = f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    building = root / f"{TMP_PREFIX}{build_id}"
    building.mkdir()
    try:
        count, words = _write_into(building, documents)
        final = root / f"{BUILD_PREFIX}{build_id}"
        building.rename(final)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    meta = IndexMeta(
        build_id=build_id, directory=final.name, analyser=analyser, analysis_version=ANALYSIS_VERSION,
        schema_version=schema.SCHEMA_VERSION, documents=count, words=words,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - started, 3), size_bytes=_size(final),
    )
    previous = _previous_directory(root)
    _meta_write(root, meta)
    _clean(root, keep={final.name, previous})
    return meta


def _previous_directory(root: Path) -> str:
    try:
        previous = index_meta(root)
    except SearchIndexError:
        return ""  # an unreadable meta is replaced by the new one; nothing to keep for it
    return previous.directory if previous else ""


def _clean(root: Path, *, keep: set[str]) -> None:
    """Remove old builds; the previous one stays because another process may still be reading it."""
    now = time.time()
    for path in root.iterdir():
        try:
            old_build = path.name.startswith(BUILD_PREFIX) and path.name not in keep
            # Another process may be building into a tmp directory right now: only old ones go.
            stale_tmp = path.name.startswith(TMP_PREFIX) and now - path.stat().st_mtime > STALE_TMP_SECONDS
        except OSError:
            continue  # removed by a concurrent build meanwhile
        if path.is_dir() and (old_build or stale_tmp):
            shutil.rmtree(path, ignore_errors=True)


def index_meta(root: Path | None = None) -> IndexMeta | None:
    """The current build's meta, or None when no index was ever built here."""
    path = (root or index_root()) / META_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return IndexMeta(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError) as error:
        raise SearchIndexError(f"search index meta {path} is unreadable ({error}); rebuild it") from error


def _check(meta: IndexMeta, analyser: str) -> None:
    if meta.analyser != analyser or meta.analysis_version != ANALYSIS_VERSION:
        raise SearchIndexError(
            f"search index was built by {meta.analyser} (analysis v{meta.analysis_version}), this process "
            f"analyses with {analyser} (v{ANALYSIS_VERSION}); run `manage.py index_rebuild`"
        )
    if meta.schema_version != schema.SCHEMA_VERSION:
        raise SearchIndexError(
            f"search index has schema v{meta.schema_version}, expected v{schema.SCHEMA_VERSION}; rebuild it"
        )


class _Handle:
    """One root's open index; reopened when the meta file is replaced (checked by one stat per query)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._stamp: tuple[int, int, int] | None = None
        self._open: OpenIndex | None = None
        self._lock = threading.Lock()

    def _stamp_now(self) -> tuple[int, int, int] | None:
        try:
            found = (self.root / META_FILE).stat()
        except FileNotFoundError:
            return None
        return found.st_ino, found.st_mtime_ns, found.st_size

    def get(self, analyser: str) -> OpenIndex:
        stamp = self._stamp_now()
        if stamp is None:
            raise SearchIndexError(f"no search index in {self.root}; run `manage.py index_rebuild`")
        opened = self._open
        if opened is None or stamp != self._stamp:
            with self._lock:
                if self._open is None or stamp != self._stamp:
                    self._open = self._load()
                    self._stamp = stamp
                opened = self._open
        _check(opened.meta, analyser)
        return opened

    def _load(self) -> OpenIndex:
        meta = index_meta(self.root)
        if meta is None:
            raise SearchIndexError(f"no search index in {self.root}; run `manage.py index_rebuild`")
        try:
            index = tantivy.Index.open(str(self.root / meta.directory))
        except (OSError, ValueError) as error:
            raise SearchIndexError(f"search index {meta.directory} cannot be opened: {error}") from error
        log.info("search index %s opened: %s documents, %s", meta.build_id, meta.documents, meta.analyser)
        return OpenIndex(meta=meta, index=index, searcher=index.searcher(), schema=index.schema)


_handles: dict[Path, _Handle] = {}
_handles_lock = threading.Lock()


def index_open(*, analyser: str) -> OpenIndex:
    """The current index of SEARCH_INDEX_DIR; SearchIndexError when missing or built by another analyser."""
    root = index_root()
    handle = _handles.get(root)
    if handle is None:
        with _handles_lock:
            handle = _handles.setdefault(root, _Handle(root))
    return handle.get(analyser)
