"""A bounded HTTP load loop against a loopback server: a few processes, a fixed number of requests."""

from __future__ import annotations

import http.client
import multiprocessing
import time
from dataclasses import dataclass

from .latency import percentiles

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latency: dict[str, float]
    failures: dict[str, int]  # what the failed requests got: a status code or an exception name

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _get(host: str, port: int, path: str, timeout: float) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Connection": "close"})
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _worker(args: tuple[str, int, list[str], int, float, float, float]) -> tuple[list[float], dict[str, int], float]:
    """Wait for the common start, then send `count` requests one after another, stopping at the deadline."""
    host, port, paths, count, start_at, deadline, timeout = args
    time.sleep(max(0.0, start_at - time.time()))
    samples: list[float] = []
    failures: dict[str, int] = {}
    for i in range(count):
        if time.time() > deadline:
            break
        started = time.perf_counter()
        try:
            status = str(_get(host, port, paths[i % len(paths)], timeout))
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
        samples.append((time.perf_counter() - started) * 1000)
        if status != "200":
            failures[status] = failures.get(status, 0) + 1
    return samples, failures, time.time()


def run(host: str, port: int, paths: list[str], *, requests: int, concurrency: int,
        max_seconds: float = 120.0, timeout: float = 30.0) -> LoadResult:
    """`requests` GETs spread over `concurrency` client processes; never more, never past `max_seconds`.

    The clock runs from a common start all clients wait for, so starting the processes is not counted."""
    if host not in LOOPBACK:
        raise ValueError(f"load is only sent to loopback, not {host!r}")
    per_worker = [requests // concurrency + (1 if i < requests % concurrency else 0) for i in range(concurrency)]
    start_at = time.time() + 1.5 + 0.2 * concurrency
    deadline = start_at + max_seconds
    jobs = [(host, port, paths[i::concurrency] or paths, n, start_at, deadline, timeout)
            for i, n in enumerate(per_worker)]
    with multiprocessing.get_context("spawn").Pool(concurrency) as pool:
        results = pool.map(_worker, jobs)
    seconds = max(finished for _, _, finished in results) - start_at
    samples = [s for found, _, _ in results for s in found]
    failures: dict[str, int] = {}
    for _, found, _ in results:
        for status, n in found.items():
            failures[status] = failures.get(status, 0) + n
    return LoadResult(len(samples), sum(failures.values()), seconds, percentiles(samples), failures)
