"""Scale benchmark: generate a national catalogue, import it, index it, query it, serve it, and report."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.bench_scale import load  # noqa: E402
from tools.bench_scale.generate import DEFAULT_CHANNELS, DEFAULT_SEED, DEFAULT_SERVICES, generate  # noqa: E402
from tools.bench_scale.machine import description  # noqa: E402
from tools.bench_scale.queries import search_paths  # noqa: E402
from tools.bench_scale.report import table  # noqa: E402
from tools.bench_scale.steps import Server, StepFailed, manage, run  # noqa: E402

SETUP_LOADS = ("reference_load", "trays_load", "synonyms_load")


def _env(var_dir: Path) -> tuple[dict[str, str], str]:
    """The children's environment: a fresh var dir, SQLite there unless the caller set DATABASE_URL."""
    env = dict(os.environ)
    database = env.get("DATABASE_URL", "")
    env.update(TARJOTIN_VAR_DIR=str(var_dir), DATABASE_URL=database, DEBUG="0", TARJOTIN_ENV="development",
               ALLOWED_HOSTS="127.0.0.1,localhost", TARJOTIN_COUNTY="17", PYTHONUNBUFFERED="1",
               DJANGO_SETTINGS_MODULE="tarjotin.settings")
    shown = database.split("@")[-1] if database else f"SQLite in {var_dir} (temporary)"
    return env, ("PostgreSQL " + shown) if database.startswith("postgres") else shown


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6 if path.exists() else 0.0


def _import(files: Path, env: dict[str, str], sizes: dict[str, int]) -> dict[str, Any]:
    """The real command; the import's own time is the run's (read, parse, write), without the rebuild after."""
    ran = manage(["source_sync", "ptv", "--files", str(files)], env, timeout=3600)
    found = re.search(r"succeeded in ([\d.]+) s", ran.output)
    if not found:
        raise StepFailed(f"source_sync printed no result:\n{ran.output[-2000:]}")
    items = sizes["organizations"] + sizes["services"] + sizes["channels"]
    return {"items": items, "seconds": float(found.group(1)), "wall": ran.seconds,
            "peak_mb": ran.peak_rss_kb / 1024, "summary": ran.output.strip().splitlines()[:4]}


_ANALYZE = ("import django; django.setup(); from django.db import connection\n"
            "if connection.vendor == 'postgresql':\n    connection.cursor().execute('ANALYZE')")


def _analyze(env: dict[str, str]) -> None:
    """Fresh planner statistics on PostgreSQL, as autovacuum gives a served database soon after an import:
    without them the planner guesses row counts of the empty tables and picks slow plans."""
    run([sys.executable, "-c", _ANALYZE], env, timeout=600)


def _index(env: dict[str, str], var_dir: Path) -> dict[str, Any]:
    ran = manage(["index_rebuild"], env, timeout=1800)
    documents = re.search(r"(\d+) documents", ran.output)
    seconds = re.search(r"([\d.]+) s\b", ran.output)
    analyser = re.search(r"analyser (\S+)", ran.output)
    root = var_dir / "search-index"
    served = root
    meta = root / "tarjotin-index.json"
    if meta.exists():
        served = root / json.loads(meta.read_text(encoding="utf-8")).get("directory", "")
    return {"documents": int(documents.group(1)) if documents else 0,
            "seconds": float(seconds.group(1)) if seconds else ran.seconds, "wall": ran.seconds,
            "analyser": analyser.group(1) if analyser else "?", "mb": _dir_mb(served), "root_mb": _dir_mb(root),
            "peak_mb": ran.peak_rss_kb / 1024}


def _load(port: int, paths: list[str], args: argparse.Namespace, requests: int | None = None) -> dict[str, Any]:
    found = load.run("127.0.0.1", port, paths, requests=requests or args.requests, concurrency=args.concurrency,
                     max_seconds=args.max_seconds)
    return {"per_second": found.per_second, "requests": found.requests, "errors": found.errors,
            "failures": found.failures, "latency": found.latency, "seconds": found.seconds}


def _web(env: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    """/healthz and the search page, the same load each, from two servers: one that makes every page
    afresh (page cache off) and one as served, whose kept pages answer searches repeated within the
    cache time; each ratio comes from one server. Then the workers' memory."""
    paths = search_paths()
    results: dict[str, Any] = {}
    with Server({**env, "TARJOTIN_PAGE_CACHE_SECONDS": "0"}, args.workers) as server:
        load.run("127.0.0.1", server.port, paths, requests=4 * args.workers * args.concurrency,
                 concurrency=args.concurrency, max_seconds=120)
        results["fresh"] = {"healthz": _load(server.port, ["/healthz"], args),
                            "search": _load(server.port, paths, args)}
        workers = server.worker_memory_kb()
    with Server(env, args.workers) as server:
        # One pass over the query set makes and keeps each page once: what residents' first searches cost.
        first = _load(server.port, paths, args, requests=len(paths))
        results["kept"] = {"healthz": _load(server.port, ["/healthz"], args),
                           "search": _load(server.port, paths, args), "first_pass": first}
        workers += server.worker_memory_kb()
    return {**results, "workers_kb": workers, "workers": args.workers, "concurrency": args.concurrency}


def _stages(args: argparse.Namespace, work: Path, env: dict[str, str], figures: dict[str, Any]):
    """(name, step) in order; each step stores its figures, so a failure keeps what came before."""
    var_dir, files = work / "var", work / "ptv"

    def setup() -> None:
        """What `make run` does before the import, skipping load commands this tree does not have."""
        available = set(manage(["help", "--commands"], env).output.split())
        manage(["migrate", "--noinput", "-v0"], env)
        for command in SETUP_LOADS:
            if command in available:
                manage([command], env)
        manage(["collectstatic", "--noinput", "-v0"], env)

    def make() -> None:
        started = time.perf_counter()
        figures["sizes"] = generate(files, services=args.services, channels=args.channels, seed=args.seed)
        figures["generate"] = {"seconds": time.perf_counter() - started, "mb": figures["sizes"]["bytes"] / 1e6}

    def queries() -> None:
        ran = run([sys.executable, "-m", "tools.bench_scale.latency", str(args.rounds)], env, timeout=1800)
        figures["latency"] = json.loads(ran.output.strip().splitlines()[-1])

    return (
        ("set-up (migrate, reference data, trays, synonyms, collectstatic)", setup),
        (f"generate {args.services:,} services + {args.channels:,} channels", make),
        ("import (source_sync --files)", lambda: figures.update({"import": _import(files, env, figures["sizes"])})),
        ("ANALYZE (PostgreSQL only)", lambda: _analyze(env)),
        ("index_rebuild", lambda: figures.update({"index": _index(env, var_dir)})),
        (f"query latency ({args.rounds} rounds)", queries),
        ("gunicorn: /healthz and the search page, afresh and kept", lambda: figures.update({"web": _web(env, args)})),
    )


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    env, database = _env(work / "var")
    figures: dict[str, Any] = {"machine": description(), "seed": args.seed, "database": database,
                               "services": args.services, "channels": args.channels, "workers": args.workers,
                               "concurrency": args.concurrency}
    for name, step in _stages(args, work, env, figures):
        _say(name)
        try:
            step()
        except StepFailed as error:
            # Later steps need this one; report what was measured and where it stopped.
            last = [line for line in str(error).splitlines() if line.strip()][-1]
            figures["failed"] = (name, last[:300])
            _say(f"{name} failed:\n{error}")
            break
    # Other work on the machine during the run shows here; compare it with the load before.
    figures["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return figures


def _say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=DEFAULT_SERVICES)
    parser.add_argument("--channels", type=int, default=DEFAULT_CHANNELS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rounds", type=int, default=5, help="passes over the query set (default 5)")
    parser.add_argument("--requests", type=int, default=400, help="requests per page type (default 400)")
    parser.add_argument("--concurrency", type=int, default=4, help="client processes (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2, as make run)")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="time cap per load run")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="tarjotin-bench-"))
    try:
        figures = measure(args, work)
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str), encoding="utf-8")
    return 1 if "failed" in figures else 0


if __name__ == "__main__":
    sys.exit(main())
