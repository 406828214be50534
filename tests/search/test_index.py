"""The index on disk: its meta file, the analyser check, atomic swaps, the signal and the command."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from tarjotin.core.exceptions import SearchIndexError
from tarjotin.search import index as search_index
from tarjotin.search.analysis import finnish_analyser
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild
from tarjotin.sources.signals import catalogue_changed


def _meta(root) -> dict:
    return json.loads((root / search_index.META_FILE).read_text(encoding="utf-8"))


def test_meta_records_analyser_count_and_time(make_service):
    make_service({"fi": "Velkaneuvonta"})
    stats = index_rebuild()
    meta = _meta(search_index.index_root())
    assert meta["analyser"] == stats.analyser == finnish_analyser().name
    assert meta["documents"] == stats.documents == 1
    assert meta["built_at"] and meta["analysis_version"] >= 1 and stats.size_bytes > 0


def test_index_of_another_analyser_is_refused(make_service):
    make_service({"fi": "Velkaneuvonta"})
    index_rebuild()
    with pytest.raises(SearchIndexError, match="snowball-prefix"):
        search_index.index_open(analyser="snowball-prefix")


def test_search_rebuilds_a_foreign_index_once(make_service):
    service = make_service({"fi": "Velkaneuvonta"})
    root = search_index.index_root()
    index_rebuild()
    meta = _meta(root)
    (root / search_index.META_FILE).write_text(json.dumps({**meta, "analyser": "pyvoikko-0.6"}))
    assert search_query(text="velka", lang="fi", filters=SearchFilters()).ids == [service.pk]
    assert _meta(root)["analyser"] == finnish_analyser().name


def test_missing_index_raises_a_clear_error(settings, tmp_path):
    with pytest.raises(SearchIndexError, match="index_rebuild"):
        search_index.index_open(analyser=finnish_analyser().name)


def test_a_rebuild_is_picked_up_by_an_open_reader_and_old_builds_go(make_service):
    make_service({"fi": "Velkaneuvonta"})
    index_rebuild()
    first = search_index.index_open(analyser=finnish_analyser().name)
    assert first.meta.documents == 1
    make_service({"fi": "Velkajärjestely"})
    index_rebuild()
    index_rebuild()
    second = search_index.index_open(analyser=finnish_analyser().name)
    assert second.meta.documents == 2 and second.meta.build_id != first.meta.build_id
    assert search_query(text="velka", lang="fi", filters=SearchFilters()).total == 2
    builds = [p for p in search_index.index_root().iterdir() if p.name.startswith(search_index.BUILD_PREFIX)]
    assert len(builds) == 2  # the current one and the previous, for readers still on it


def test_a_failed_build_leaves_the_served_index(make_service, monkeypatch):
    make_service({"fi": "Velkaneuvonta"})
    index_rebuild()
    served = _meta(search_index.index_root())

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(search_index, "_document", broken)
    with pytest.raises(RuntimeError):
        index_rebuild()
    assert _meta(search_index.index_root()) == served
    leftovers = [p for p in search_index.index_root().iterdir() if p.name.startswith(search_index.TMP_PREFIX)]
    assert leftovers == []


def test_catalogue_changed_rebuilds_the_index(make_service):
    make_service({"fi": "Velkaneuvonta"})
    catalogue_changed.send(sender=None, run=None)
    assert _meta(search_index.index_root())["documents"] == 1


def test_catalogue_changed_never_fails_the_import(make_service, monkeypatch, caplog):
    from tarjotin.search import services

    monkeypatch.setattr(services, "index_write", lambda *a, **k: (_ for _ in ()).throw(OSError("read-only")))
    catalogue_changed.send(sender=None, run=None)
    assert "rebuild after a catalogue change failed" in caplog.text


def test_management_command_prints_the_stats(make_service):
    make_service({"fi": "Velkaneuvonta"})
    out = StringIO()
    call_command("index_rebuild", stdout=out)
    assert "1 documents" in out.getvalue() and finnish_analyser().name in out.getvalue()
