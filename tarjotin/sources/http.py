"""The one HTTP client every source uses: timeouts, retries with backoff, typed errors."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

import httpx

from tarjotin.core.exceptions import SourceBadResponse, SourceUnavailable

log = logging.getLogger(__name__)
RETRY_STATUSES = {429, 500, 502, 503, 504}


class HttpClient:
    """GETs JSON from one base URL; a failure after the retries raises a SourceError."""

    def __init__(self, base_url: str, *, timeout: float = 20.0, retries: int = 4, backoff: float = 0.5,
                 sleep: Callable[[float], None] = time.sleep, user_agent: str = "Tarjotin/0.1") -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        # No Authorization header ever: PTV answers 500 to anonymous reads that carry a malformed one.
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"Accept": "application/json", "User-Agent": user_agent},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._client.close()

    def get_json(self, path: str, params: dict | None = None, *, not_found_ok: bool = False) -> object:
        """The decoded JSON at `path`; None for a 404 when `not_found_ok` (PTV's 'nothing found')."""
        url = self.base_url + path.lstrip("/")
        last_error = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = self._client.get(url, params=params)
            except httpx.TransportError as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                log.warning("GET %s failed (%s), attempt %d", url, last_error, attempt + 1)
                continue
            if response.status_code in RETRY_STATUSES:
                last_error = f"HTTP {response.status_code}"
                log.warning("GET %s answered %s, attempt %d", url, response.status_code, attempt + 1)
                continue
            if response.status_code == 404 and not_found_ok:
                return None
            if response.status_code != 200:
                raise SourceBadResponse(f"GET {url} answered HTTP {response.status_code}")
            try:
                return response.json()
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise SourceBadResponse(f"GET {url} returned malformed JSON: {exc}") from exc
        raise SourceUnavailable(f"GET {url} failed after {self.retries + 1} attempts: {last_error}")
