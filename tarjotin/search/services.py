"""Writes of the search app: rebuilding the index from the catalogue, seeding the synonyms."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from django.db import transaction

from .analysis import finnish_analyser
from .documents import documents_build
from .events import events_index_rebuild
from .index import index_write
from .synonyms import SEED_FILE, file_rules, synonyms_reset
from .types import IndexStats, SynonymLoad

log = logging.getLogger(__name__)

# One build at a time per process: a signal and a first request must not race into two builds.
_build_lock = threading.Lock()


def index_rebuild() -> IndexStats:
    """Build a fresh index of the whole catalogue and make it the served one; the coming events'
    index is rebuilt with it (events that have ended drop out)."""
    analyser = finnish_analyser()
    with _build_lock:
        meta = index_write(documents_build(), analyser=analyser.name)
        events = events_index_rebuild()
    log.info("search index %s built: %s documents in %.1f s (%s)", meta.build_id, meta.documents,
             meta.seconds, meta.analyser)
    log.info("events index %s built: %s events in %.1f s", events.build_id, events.documents, events.seconds)
    return IndexStats(documents=meta.documents, seconds=meta.seconds, analyser=meta.analyser,
                      size_bytes=meta.size_bytes, words=meta.words)


def index_rebuild_on_change(sender: Any, **kwargs: Any) -> None:
    """Receiver of catalogue_changed. The import has already committed, so a failed build must not
    turn it into a failed run: the last good index stays served and the error is logged."""
    try:
        index_rebuild()
    except Exception:  # logged with its traceback; the import's result stands
        log.exception("search index rebuild after a catalogue change failed; the previous index is served")


def synonyms_load(*, path: Path | None = None, replace: bool = False) -> SynonymLoad:
    """Seed the Synonym table from a synonyms JSON file (the shipped one by default).

    Rows the table already has (same language, term and direction) are left as an admin made them;
    `replace` deletes every row first. Search picks the change up without an index rebuild.
    """
    from .models import Synonym

    rules = file_rules(path or SEED_FILE)
    with transaction.atomic():
        if replace:
            Synonym.objects.all().delete()
        existing = set(Synonym.objects.values_list("language", "term", "one_way"))
        rows = [
            Synonym(term=rule.term, language=rule.lang, one_way=rule.one_way,
                    expands_to="\n".join(t if lang == rule.lang else f"{lang}:{t}" for lang, t in rule.targets))
            for rule in rules if (rule.lang, rule.term, rule.one_way) not in existing
        ]
        unique = list({(r.language, r.term, r.one_way): r for r in rows}.values())
        Synonym.objects.bulk_create(unique)
    synonyms_reset()  # bulk_create sends no post_save
    return SynonymLoad(created=len(unique), kept=len(existing) if not replace else 0, rules=len(rules))
