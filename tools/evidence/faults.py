"""The importer fault matrix: every source against every upstream fault, and what the catalogue and the
ImportRun say afterwards. `python tools/evidence/faults.py` prints the matrix (make faults)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.evidence.upstream import FAULTS, TIMEOUT, Upstream  # noqa: E402

PARAMS = {"ptv": {"areas": [("WellbeingServiceCounties", "17")], "whole_country": False},
          "lipas": {"cities": ["905"]}, "linkedevents": {}}
SOURCES = tuple(PARAMS)
# Every table an import writes; last_seen is the one column a successful run touches on unchanged rows.
TABLES = ("catalogue_organization", "catalogue_service", "catalogue_servicechannel", "catalogue_connection",
          "catalogue_address", "catalogue_servicehour", "catalogue_event", "catalogue_service_municipalities",
          "catalogue_service_classifications", "catalogue_servicechannel_municipalities")


@dataclass(frozen=True)
class Outcome:
    source: str
    fault: str
    status: str
    error: str
    counts: dict
    catalogue: str  # "byte-for-byte unchanged" | "unchanged content" | "updated"
    rows_before: int
    rows_after: int
    skipped: int = 0
    skip_reason: str = ""


def catalogue_dump(*, content_only: bool = False) -> tuple[str, int]:
    """A canonical dump of the catalogue tables (rows in key order, columns by name) and its row count."""
    from django.db import connection

    digest, rows = hashlib.sha256(), 0
    with connection.cursor() as cursor:
        for table in TABLES:
            columns = [c.name for c in connection.introspection.get_table_description(cursor, table)]
            keep = [connection.ops.quote_name(c) for c in columns if not (content_only and c == "last_seen")]
            cursor.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {connection.ops.quote_name('id')}")
            for row in cursor.fetchall():
                digest.update(json.dumps([table, *row], default=str, sort_keys=True).encode())
                rows += 1
    return digest.hexdigest(), rows


def _adapter(source: str, base_url: str):
    from tarjotin.sources.http import HttpClient
    from tarjotin.sources.registry import adapter_get

    http = HttpClient(base_url, timeout=TIMEOUT, retries=1, backoff=0.0, sleep=lambda s: None)
    return adapter_get(source, http=http)


def _run(source: str, base_url: str):
    from tarjotin.sources.sync import sync_run

    return sync_run(_adapter(source, base_url), mode="full", params=PARAMS[source])


def _verdict(before: tuple[str, int], before_content: str) -> str:
    after, _ = catalogue_dump()
    if after == before[0]:
        return "byte-for-byte unchanged"
    return "unchanged content" if catalogue_dump(content_only=True)[0] == before_content else "updated"


def matrix(server, sources: tuple[str, ...] = SOURCES) -> list[Outcome]:
    """For each source: a good import, then each fault from that same catalogue (rolled back after each)."""
    from django.db import transaction

    outcomes = []
    for source in sources:
        upstream = Upstream(source)
        server.clear()
        server.expect_request(re.compile(f"^/{source}/.*"), method="GET").respond_with_handler(upstream)
        base = server.url_for(f"/{source}/")
        first = _run(source, base)
        if first.status != "succeeded":
            raise RuntimeError(f"{source}: the good import failed: {first.error}")
        for fault in FAULTS:
            upstream.fault = fault
            before, before_content = catalogue_dump(), catalogue_dump(content_only=True)[0]
            with transaction.atomic():
                run = _run(source, base)
                verdict = _verdict(before, before_content)
                outcomes.append(Outcome(source, fault, run.status, run.error, run.counts, verdict, before[1],
                                        catalogue_dump()[1], len(run.skipped),
                                        run.skipped[0]["reason"] if run.skipped else ""))
                transaction.set_rollback(True)  # the next fault starts from the same good catalogue
    return outcomes


EXPECTED = {  # fault → (status, catalogue)
    "ok": ("succeeded", "byte-for-byte unchanged"), "timeout": ("failed", "byte-for-byte unchanged"),
    "http_500": ("failed", "byte-for-byte unchanged"), "malformed_json": ("failed", "byte-for-byte unchanged"),
    "truncated_page": ("failed", "byte-for-byte unchanged"), "duplicate_ids": ("succeeded", "byte-for-byte unchanged"),
    "empty_page": ("failed", "byte-for-byte unchanged"), "mass_deletion": ("failed", "byte-for-byte unchanged"),
    "small_deletion": ("succeeded", "updated"),
}


def as_table(outcomes: list[Outcome]) -> str:
    lines = ["| source | fault | run | catalogue | rows before → after | ImportRun says |", "|---|---|---|---|---|---|"]
    for o in outcomes:
        changed = [f"{k} {v['created']} new, {v['updated']} updated, {v['deleted']} deleted"
                   for k, v in o.counts.items() if v.get("created") or v.get("updated") or v.get("deleted")]
        said = o.error[:100] if o.error else "; ".join(changed) or "succeeded, nothing to change"
        if o.skipped:
            said += f" ({o.skipped} records skipped: {o.skip_reason[:60]})"
        ok = "" if EXPECTED[o.fault] == (o.status, o.catalogue) else " **UNEXPECTED**"
        lines.append(f"| {o.source} | {o.fault} | {o.status}{ok} | {o.catalogue} | {o.rows_before} → "
                     f"{o.rows_after} | {said} |")
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as var:
        os.environ.update({"TARJOTIN_VAR_DIR": var, "DATABASE_URL": os.environ.get("FAULTS_DATABASE_URL", ""),
                           "DJANGO_SETTINGS_MODULE": "tools.evidence.settings"})
        import django

        django.setup()
        import logging

        logging.disable(logging.CRITICAL)  # the matrix is the output; each run's own log would drown it
        from django.core.management import call_command
        from pytest_httpserver import HTTPServer

        for command in ("migrate", "reference_load", "trays_load"):
            call_command(command, verbosity=0)
        server = HTTPServer()
        server.start()
        try:
            outcomes = matrix(server)
        finally:
            server.stop()
    print(as_table(outcomes))
    bad = [o for o in outcomes if EXPECTED[o.fault] != (o.status, o.catalogue)]
    print(f"\n{len(outcomes)} runs, {len(outcomes) - len(bad)} as expected, {len(bad)} unexpected")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
