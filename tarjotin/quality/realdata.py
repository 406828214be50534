"""Check real PTV records: `python -m tarjotin.quality.realdata [DATA_DIR] [--details]` prints findings by rule.

Each folder of records is imported through the real PTV importer into a throw-away SQLite database of its
own, then checked with `quality_check`; nothing touches the project's own database.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {
    "auroraai": "auroraai/ptv-v11-records",
    "kunta-api-server": "kunta-api-server/ptv-out-2017-2019",
    "smbackend": "smbackend/ptv-v11-list-responses",
}


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,  # noqa: S603
                          capture_output=True, text=True)
    return done.stdout


def _flatten(source: Path, target: Path) -> int:
    """Every JSON file under the folder into one directory, as the files importer reads one directory."""
    files = sorted(source.rglob("*.json"))
    for number, path in enumerate(files):
        shutil.copyfile(path, target / f"{number:04d}-{path.name}")
    return len(files)


DETAILS = """
from tarjotin.quality.models import QualityRun
for f in QualityRun.objects.first().findings.order_by("rule", "pk"):
    print(f"  {f.rule:28} {f.item_kind:9} {(f.item_name.get('fi') or next(iter(f.item_name.values()), ''))[:50]!r:54} "
          f"{f.detail[:70]}")
"""


def folder_check(folder: Path, details: bool = False) -> tuple[dict[str, int], str]:
    """(findings by rule, the command's summary) for one folder of real records."""
    with tempfile.TemporaryDirectory() as tmp:
        records, var = Path(tmp, "records"), Path(tmp, "var")
        records.mkdir()
        _flatten(folder, records)
        env = {**os.environ, "TARJOTIN_VAR_DIR": str(var), "DATABASE_URL": "",
               "DJANGO_SETTINGS_MODULE": "tarjotin.settings"}
        _manage(env, "migrate", "-v0")
        _manage(env, "reference_load")
        _manage(env, "source_sync", "ptv", "--files", str(records))
        summary = _manage(env, "quality_check")
        if details:
            print(f"{folder.name}:\n{_manage(env, 'shell', '-c', DETAILS)}", file=sys.stderr)
    counts = {m.group(2): int(m.group(1)) for m in re.finditer(r"^\s+(\d+)\s+(\w+) \(", summary, re.M)}
    return counts, summary.splitlines()[0]


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--details"]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    results = {}
    for name, relative in FOLDERS.items():
        counts, headline = folder_check(data / relative, details="--details" in argv)
        results[name] = counts
        print(f"{name}: {headline}", file=sys.stderr)
    rules = sorted({r for counts in results.values() for r in counts},
                   key=lambda r: (-sum(c.get(r, 0) for c in results.values()), r))
    print("| rule | " + " | ".join(results) + " | total |")
    print("|---|" + "---:|" * (len(results) + 1))
    for rule_id in rules:
        cells = [results[name].get(rule_id, 0) for name in results]
        print(f"| `{rule_id}` | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    print(json.dumps(results, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
