"""Backup and restore of the SQLite demo database: both ways give a file that restores to the same counts."""

from __future__ import annotations

import sqlite3

import pytest

from tools.evidence import backup
from tools.evidence.server import environment, prepare


@pytest.fixture(scope="module")
def live_db(tmp_path_factory):
    var = tmp_path_factory.mktemp("backup-live")
    prepare(environment(var))
    return var / "tarjotin.sqlite3"


@pytest.mark.parametrize("method", [backup.sqlite_backup, backup.sqlite_vacuum_into])
def test_backup_restores_with_the_same_counts(live_db, tmp_path, method):
    original = backup.sqlite_counts(live_db)
    assert original["catalogue_service"] > 100 and original["trays_tray"] > 0
    copy = tmp_path / "backup.sqlite3"
    method(live_db, copy)
    restored = backup.restore(copy, tmp_path / "restored")
    assert backup.sqlite_counts(restored) == original


def test_a_damaged_backup_is_noticed(live_db, tmp_path):
    copy = tmp_path / "backup.sqlite3"
    backup.sqlite_backup(live_db, copy)
    with sqlite3.connect(copy) as db:
        db.execute("DELETE FROM catalogue_connection WHERE id IN (SELECT id FROM catalogue_connection LIMIT 3)")
    assert backup.sqlite_counts(copy) != backup.sqlite_counts(live_db)
