"""A tray server for the evidence commands: a database of its own with the demo region, served by gunicorn."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tarjotin" / "demo" / "ptv"
SETTINGS = "tools.evidence.settings"


def environment(var_dir: Path, database_url: str = "") -> dict[str, str]:
    return {**os.environ, "TARJOTIN_VAR_DIR": str(var_dir), "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": SETTINGS, "PYTHONPATH": str(ROOT)}


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def prepare(env: dict[str, str], ptv_files: Path = DEMO, extra: tuple[tuple[str, ...], ...] = ()) -> None:
    """Migrate, load the reference data and trays, import the PTV files and build the index."""
    steps = (("migrate", "-v0"), ("reference_load",), ("trays_load",),
             ("source_sync", "ptv", "--files", str(ptv_files), "--force"), *extra, ("index_rebuild",),
             ("collectstatic", "--noinput", "-v0"))
    for step in steps:
        manage(env, *step)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(env: dict[str, str], workers: int = 2, threads: int = 1) -> Iterator[str]:
    """gunicorn on a free loopback port; yields the base URL and stops the server afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "tarjotin.wsgi", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--threads", str(threads), "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("the tray server did not start")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
