"""Writes a seeded national-scale catalogue as PTV v11 paged JSON files: `generate.py DIR`."""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.bench_scale.places import municipalities_load  # noqa: E402
from tools.bench_scale.plan import Plan, counties_load, organisations  # noqa: E402
from tools.bench_scale.plan_channels import channels_plan  # noqa: E402
from tools.bench_scale.plan_services import services_plan  # noqa: E402
from tools.bench_scale.ptv import page  # noqa: E402
from tools.bench_scale.render_channels import channel_record, organization_record  # noqa: E402
from tools.bench_scale.render_services import code_lists, service_record  # noqa: E402

PAGE_SIZE = 100  # PTV's page size of the full-data list endpoints
PREFIXES = ("organizations", "services", "channels")
DEFAULT_SERVICES, DEFAULT_CHANNELS, DEFAULT_SEED = 35_000, 65_000, 2026


def plan_build(*, seed: int, services: int, channels: int) -> Plan:
    """The whole plan; the same seed and sizes always give the same catalogue."""
    rng = random.Random(f"{seed}:plan")
    plan = Plan(munis=municipalities_load(seed), counties=counties_load())
    for muni in plan.munis:
        plan.by_region[muni.region].append(muni.code)
        plan.by_code[muni.code] = muni
        plan.by_county[muni.county].append(muni)
    organisations(plan, rng)
    channels_plan(plan, channels, rng)
    services_plan(plan, services, rng)
    return plan


def _write_pages(directory: Path, prefix: str, records: Iterable[dict[str, Any]], total: int) -> int:
    """Pages of 100 as `{prefix}-00001.json`…; returns the bytes written."""
    count, written, items = max(1, math.ceil(total / PAGE_SIZE)), 0, []
    number = 1

    def flush() -> int:
        body = json.dumps(page(items, number, count), ensure_ascii=False, separators=(",", ":"))
        (directory / f"{prefix}-{number:05d}.json").write_text(body, encoding="utf-8")
        return len(body.encode())

    for record in records:
        items.append(record)
        if len(items) == PAGE_SIZE:
            written += flush()
            items, number = [], number + 1
    if items or number == 1:
        written += flush()
    return written


def _prepare(directory: Path) -> None:
    """Create the directory; only earlier output of this generator may be replaced, nothing else."""
    directory.mkdir(parents=True, exist_ok=True)
    others = [p.name for p in directory.glob("*.json") if not p.name.startswith(tuple(f"{x}-" for x in PREFIXES))]
    if others:
        raise SystemExit(f"{directory} holds other JSON files ({', '.join(sorted(others)[:3])}…); use an empty one")
    for old in directory.glob("*.json"):
        old.unlink()


def generate(directory: Path, *, services: int = DEFAULT_SERVICES, channels: int = DEFAULT_CHANNELS,
             seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Plan and write the catalogue; returns counts and bytes."""
    _prepare(directory)
    plan = plan_build(seed=seed, services=services, channels=channels)
    codes = code_lists()
    names: list[str] = []

    def service_records() -> Iterator[dict[str, Any]]:
        for serv in plan.services:
            record = service_record(plan, serv, codes, seed)
            names.append(record["serviceNames"][0]["value"])
            yield record

    size = _write_pages(directory, "organizations", (organization_record(o, seed) for o in plan.orgs),
                        len(plan.orgs))
    size += _write_pages(directory, "services", service_records(), len(plan.services))
    size += _write_pages(directory, "channels", (channel_record(plan, c, names, seed) for c in plan.channels),
                         len(plan.channels))
    kinds: dict[str, int] = {}
    for chan in plan.channels:
        kinds[chan.kind] = kinds.get(chan.kind, 0) + 1
    return {"organizations": len(plan.orgs), "services": len(plan.services), "channels": len(plan.channels),
            "connections": sum(len(s.channels) for s in plan.services), "bytes": size,
            "municipalities": len({s.muni.code for s in plan.services if s.muni}), **kinds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--services", type=int, default=DEFAULT_SERVICES)
    parser.add_argument("--channels", type=int, default=DEFAULT_CHANNELS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.directory, services=args.services, channels=args.channels, seed=args.seed)
    seconds = time.perf_counter() - started
    print(" ".join(f"{k}={v}" for k, v in counts.items() if k != "bytes"))
    print(f"wrote {counts['bytes'] / 1e6:.1f} MB to {args.directory} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
