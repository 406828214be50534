"""Small stand-ins for the source adapters: each records what it was asked and answers an empty batch."""

from __future__ import annotations

from tarjotin.core.exceptions import SourceUnavailable
from tarjotin.sources.base import Batch, Progress

CALLS: list[tuple[str, str, dict]] = []  # (source, mode, params), in the order the runs asked
FAILING: set[str] = set()  # sources that answer as an unreachable API does


class _Fake:
    name = ""

    def fetch(self, *, mode: str, params: dict, progress: Progress) -> Batch:
        CALLS.append((self.name, mode, params))
        if self.name in FAILING:
            raise SourceUnavailable(f"GET https://{self.name}.example/ failed after 5 attempts: HTTP 503")
        # Incremental: nothing changed. Full: complete, but there are no rows of this source to delete.
        return Batch(complete=mode == "full")


class Ptv(_Fake):
    name = "ptv"


class Lipas(_Fake):
    name = "lipas"


class LinkedEvents(_Fake):
    name = "linkedevents"
