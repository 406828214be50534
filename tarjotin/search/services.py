"""Writes of the search app: rebuilding the index from the catalogue."""

from __future__ import annotations

import logging
import threading
from typing import Any

from .analysis import finnish_analyser
from .documents import documents_build
from .index import index_write
from .types import IndexStats

log = logging.getLogger(__name__)

# One build at a time per process: a signal and a first request must not race into two builds.
_build_lock = threading.Lock()


def index_rebuild() -> IndexStats:
    """Build a fresh index of the whole catalogue and make it the served one."""
    analyser = finnish_analyser()
    with _build_lock:
        meta = index_write(documents_build(), analyser=analyser.name)
    log.info("search index %s built: %s documents in %.1f s (%s)", meta.build_id, meta.documents,
             meta.seconds, meta.analyser)
    return IndexStats(documents=meta.documents, seconds=meta.seconds, analyser=meta.analyser,
                      size_bytes=meta.size_bytes, words=meta.words)


def index_rebuild_on_change(sender: Any, **kwargs: Any) -> None:
    """Receiver of catalogue_changed. The import has already committed, so a failed build must not
    turn it into a failed run: the last good index stays served and the error is logged."""
    try:
        index_rebuild()
    except Exception:  # logged with its traceback; the import's result stands
        log.exception("search index rebuild after a catalogue change failed; the previous index is served")
