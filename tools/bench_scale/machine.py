"""What machine a figure was measured on, and process memory read from /proc."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def cpus() -> int:
    """CPUs this process may run on (what nproc prints), not every CPU of the host."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def description() -> dict[str, str]:
    mem_kb = _first("/proc/meminfo", "MemTotal").split()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "nproc": str(cpus()),
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor() or "?",
        "ram": f"{int(mem_kb[0]) / 1024 / 1024:.1f} GiB" if mem_kb else "?",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "kernel": platform.release(),
        "load": " ".join(f"{x:.2f}" for x in load),
    }


def status_kb(pid: int, key: str) -> int:
    """A memory figure of /proc/<pid>/status in kB (VmHWM = peak resident, VmRSS = resident now); 0 if gone."""
    value = _first(f"/proc/{pid}/status", key).split()
    return int(value[0]) if value else 0


def children(pid: int) -> list[int]:
    """Direct child processes (gunicorn's workers of its master)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(x) for x in task.read_text().split()]
        except OSError:
            continue
    return found
