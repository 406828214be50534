"""Child processes of the benchmark: commands with their time and peak memory, and a loopback gunicorn."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .load import _get
from .machine import children, status_kb

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ran:
    output: str
    seconds: float
    peak_rss_kb: int  # ru_maxrss of the child: its peak resident memory


class StepFailed(RuntimeError):
    """A command of the benchmark failed; the message holds the end of its output."""


def run(args: list[str], env: dict[str, str], *, timeout: float) -> Ran:
    """Run a command to its end (at most `timeout` seconds) and measure it with wait4's rusage."""
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        started = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise StepFailed(f"{' '.join(args[1:3])}: no result in {timeout:.0f} s")
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        log.seek(0)
        output = log.read()
    if proc.returncode != 0:
        raise StepFailed(f"{' '.join(args[1:3])} exited {proc.returncode}:\n{output[-3000:]}")
    return Ran(output, seconds, usage.ru_maxrss)


def manage(command: list[str], env: dict[str, str], *, timeout: float = 600.0) -> Ran:
    return run([sys.executable, "manage.py", *command], env, timeout=timeout)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn on 127.0.0.1 with `workers` sync workers, as `make run` serves; always stopped on exit."""

    def __init__(self, env: dict[str, str], workers: int) -> None:
        self.env, self.workers, self.port = env, workers, free_port()
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "tarjotin.wsgi", "--bind", f"127.0.0.1:{self.port}",
             "--workers", str(self.workers), "--log-level", "warning"],
            cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise StepFailed(f"gunicorn exited {self.proc.returncode} on start")
            try:
                if _get("127.0.0.1", self.port, "/healthz", 5.0) == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise StepFailed("gunicorn did not answer /healthz in 60 s")

    def worker_memory_kb(self) -> list[tuple[int, int]]:
        """(VmHWM, VmRSS) of each worker process."""
        pids = children(self.proc.pid) if self.proc else []
        return [(status_kb(pid, "VmHWM"), status_kb(pid, "VmRSS")) for pid in pids]

    def __exit__(self, *exc) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)  # only the master this benchmark started; it stops its workers
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
