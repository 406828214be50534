"""Backup and restore of the SQLite database, proved by counts: `python tools/evidence/backup.py` (make
backup-test) builds the demo database, backs it up both ways, restores each into a fresh file and compares."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.evidence.server import environment, manage, prepare  # noqa: E402

# The tables whose counts prove a restore: the catalogue, trays, import history and reference data.
TABLES = ("catalogue_organization", "catalogue_service", "catalogue_servicechannel", "catalogue_connection",
          "catalogue_address", "catalogue_servicehour", "catalogue_classification", "catalogue_theme",
          "catalogue_service_classifications", "catalogue_service_municipalities", "geo_municipality",
          "trays_tray", "sources_importrun", "django_migrations")


def sqlite_backup(source: Path, target: Path) -> None:
    """The online backup API (what the sqlite3 shell's `.backup` does): consistent while the site runs."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def sqlite_vacuum_into(source: Path, target: Path) -> None:
    """VACUUM INTO: a compacted, consistent copy in one statement."""
    with sqlite3.connect(source) as src:
        src.execute("VACUUM INTO ?", (str(target),))


def sqlite_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: db.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def restore(backup: Path, var_dir: Path) -> Path:
    """Restoring is putting the backup file in place of the database (with the site stopped)."""
    var_dir.mkdir(parents=True, exist_ok=True)
    target = var_dir / "tarjotin.sqlite3"
    shutil.copyfile(backup, target)
    return target


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = environment(root / "live")
        prepare(env)
        live = root / "live" / "tarjotin.sqlite3"
        original = sqlite_counts(live)
        ok = True
        for name, method in (("online backup (.backup)", sqlite_backup), ("VACUUM INTO", sqlite_vacuum_into)):
            backup = root / f"{name.split()[0]}.sqlite3"
            method(live, backup)
            restored = restore(backup, root / f"restored-{name.split()[0]}")
            counts = sqlite_counts(restored)
            manage(environment(restored.parent), "migrate", "--check")  # the restored schema is complete
            same = counts == original
            ok &= same
            print(f"{name}: {backup.stat().st_size:,} bytes; restored counts {'match' if same else 'DIFFER'}")
        print("\n| table | rows |\n|---|---|")
        for table, count in original.items():
            print(f"| {table} | {count} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
