"""Load benchmark on loopback: 50 concurrent users over the front page, search, service pages and the API,
on SQLite and on PostgreSQL. `python tools/evidence/load.py [--seconds 30] [--users 50] [--database both]`
(make load) prints p50/p95/p99 and the error rate per kind of request."""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.evidence.server import environment, prepare, serving  # noqa: E402

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DB = "tarjotin_load"
WORDS = ("uimahalli", "liikunta", "kuntosali", "vertaistuki", "kirjasto", "nuoret", "muisti", "simhall",
         "ulkoilu", "lapsiperheet", "mielenterveys", "kuoro")
# The mix: what a resident's visit and another system's reads look like, weighted.
MIX = (("front", 2), ("search", 3), ("service", 3), ("api", 2))


def _path(kind: str, services: list[int], rng: random.Random) -> str:
    if kind == "front":
        return f"/{rng.choice(('fi', 'sv', 'en'))}/"
    if kind == "search":
        return f"/fi/haku/?q={rng.choice(WORDS)}"
    if kind == "service":
        return f"/fi/palvelut/{rng.choice(services)}/"
    return rng.choice((f"/api/v1/search/?q={rng.choice(WORDS)}", f"/api/v1/services/{rng.choice(services)}/",
                       "/api/v1/themes/", f"/api/hsds/services?per_page=20&page={rng.randint(1, 8)}"))


async def _user(client: httpx.AsyncClient, base: str, services: list[int], until: float, seed: int,
                samples: dict[str, list[float]], errors: dict[str, int]) -> None:
    rng = random.Random(seed)
    kinds = [k for k, weight in MIX for _ in range(weight)]
    while time.monotonic() < until:
        kind = rng.choice(kinds)
        start = time.perf_counter()
        path = _path(kind, services, rng)
        try:
            response = await client.get(base + path)
            failed = response.status_code if response.status_code >= 400 else 0
        except httpx.HTTPError as exc:
            failed = type(exc).__name__
        samples[kind].append((time.perf_counter() - start) * 1000)
        if failed:
            errors[kind] += 1
            errors.setdefault("_seen", Counter())[f"{failed} {path.split('?')[0]}"] += 1


async def _load(base: str, users: int, seconds: float) -> tuple[dict, dict, float]:
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        page = (await client.get(f"{base}/api/v1/services/?page_size=100")).json()
        services = [row["id"] for row in page["results"]]
        for path in ("/fi/", "/fi/haku/?q=liikunta", f"/fi/palvelut/{services[0]}/", "/api/v1/themes/"):
            await client.get(base + path)  # warm: the first search opens the index in each worker
        samples: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)
        started = time.monotonic()
        await asyncio.gather(*(_user(client, base, services, started + seconds, n, samples, errors)
                               for n in range(users)))
        return samples, errors, time.monotonic() - started


def _quantiles(values: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def report(label: str, samples: dict, errors: dict, elapsed: float, users: int) -> str:
    lines = [f"### {label}: {users} concurrent users for {elapsed:.0f} s",
             "| request | count | p50 ms | p95 ms | p99 ms | errors |", "|---|---|---|---|---|---|"]
    every = []
    for kind, _ in MIX:
        values = samples.get(kind, [])
        every += values
        if values:
            p50, p95, p99 = _quantiles(values)
            lines.append(f"| {kind} | {len(values)} | {p50:.0f} | {p95:.0f} | {p99:.0f} | "
                         f"{errors[kind] / len(values):.2%} |")
    p50, p95, p99 = _quantiles(every)
    seen = errors.pop("_seen", Counter())
    total_errors = sum(errors.values())
    lines.append(f"| **all** | {len(every)} | {p50:.0f} | {p95:.0f} | {p99:.0f} | {total_errors / len(every):.2%} |")
    lines.append(f"\nthroughput {len(every) / elapsed:.1f} requests/s")
    if seen:
        lines.append("errors: " + ", ".join(f"{what} ×{n}" for what, n in seen.most_common(8)))
    return "\n".join(lines)


def _pg(sql: str) -> None:
    subprocess.run(["psql", "-q", f"{PG_SERVER}/postgres", "-c", "SET client_min_messages = warning", "-c", sql],
                   check=True, stdout=subprocess.DEVNULL)


def run(database: str, users: int, seconds: float, workers: int, threads: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        url = ""
        if database == "postgresql":
            _pg(f"DROP DATABASE IF EXISTS {PG_DB}")
            _pg(f"CREATE DATABASE {PG_DB}")
            url = f"{PG_SERVER}/{PG_DB}"
        try:
            env = environment(Path(tmp), url)
            prepare(env)
            with serving(env, workers=workers, threads=threads) as base:
                samples, errors, elapsed = asyncio.run(_load(base, users, seconds))
        finally:
            if url:
                _pg(f"DROP DATABASE IF EXISTS {PG_DB}")
    label = f"{database}, gunicorn {workers} workers × {threads} threads"
    return report(label, samples, errors, elapsed, users)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    for database in ("sqlite", "postgresql") if args.database == "both" else (args.database,):
        print(run(database, args.users, args.seconds, args.workers, args.threads), flush=True)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
