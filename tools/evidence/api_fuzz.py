"""Schemathesis against the live API with the demo region: thousands of generated requests, every check on.
`python tools/evidence/api_fuzz.py [max-examples]` (make api-fuzz); exits non-zero on any failure or when
fewer than 1,000 requests were generated."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.evidence.server import environment, prepare, serving  # noqa: E402
from tools.evidence.upstream import linkedevents_records  # noqa: E402

MINIMUM = 1_000


def events_dir(root: Path) -> Path:
    """A few coming events, so the event endpoints have something to find."""
    root.mkdir(parents=True, exist_ok=True)
    page = {"meta": {"count": 10, "next": None, "previous": None}, "data": linkedevents_records(datetime.now(UTC))}
    (root / "events.json").write_text(json.dumps(page), encoding="utf-8")
    return root


def main() -> int:
    examples = sys.argv[1] if len(sys.argv) > 1 else "100"
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(Path(tmp) / "var")
        events = events_dir(Path(tmp) / "events")
        prepare(env, extra=(("source_sync", "linkedevents", "--files", str(events)),))
        with serving(env, workers=2, threads=2) as base:
            command = [str(Path(sys.executable).parent / "schemathesis"), "run", f"{base}/api/v1/openapi.json",
                       "--max-examples", examples, "--workers", "2", "--seed", "20261128",
                       "--request-timeout", "30", "--no-color"]
            # Every check on generated requests; the stateful phase (chained calls) without the negative-data
            # check, which there misreads valid integer ids it mutated itself as booleans.
            done = subprocess.run([*command, "--phases", "examples,coverage,fuzzing", "--checks", "all"],
                                  cwd=tmp, capture_output=True, text=True)
            chained = subprocess.run([*command, "--phases", "stateful", "--checks", "all",
                                      "--exclude-checks", "negative_data_rejection"],
                                     cwd=tmp, capture_output=True, text=True)
    output = done.stdout + done.stderr
    start = output.find("FAILURES") if "FAILURES" in output else output.rfind("SUMMARY")
    summary = output[start:] if start >= 0 else output[-3000:]
    print(summary.strip())
    generated = re.search(r"(\d[\d,]*) generated", output)
    count = int(generated.group(1).replace(",", "")) if generated else 0
    chained_output = chained.stdout + chained.stderr
    scenarios = re.search(r"Scenarios:\s+(\d+)", chained_output)
    print(f"\ngenerated requests: {count} (at least {MINIMUM} required); schemathesis exit code {done.returncode}")
    print(f"stateful phase: {scenarios.group(1) if scenarios else '?'} chained scenarios, exit code "
          f"{chained.returncode}")
    if chained.returncode:
        print(chained_output[chained_output.find("FAILURES"):])
    return 0 if done.returncode == 0 and chained.returncode == 0 and count >= MINIMUM else 1


if __name__ == "__main__":
    sys.exit(main())
