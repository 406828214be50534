"""What an adapter hands the syncher: parsed records, skipped ones, and what the source deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

KINDS = ("organization", "channel", "service")  # the order records are written in
# Every kind a batch carries, in write order. Events are not in KINDS because the PTV adapter walks KINDS
# as its own endpoints.
ITEM_KINDS = (*KINDS, "event")

Progress = Callable[[str, int, int | None], None]  # (what, done, total or None)


def no_progress(what: str, done: int, total: int | None) -> None:
    return None


@dataclass
class Batch:
    """Everything one run fetched. `complete` means it is all the source has: the rest is deleted."""

    records: dict[str, dict[str, object]] = field(default_factory=lambda: {k: {} for k in ITEM_KINDS})
    skipped: list[dict] = field(default_factory=list)
    deleted: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in ITEM_KINDS})
    complete: bool = False
    # Events that ended before this are removed on any run; passing time is no deletion by the source,
    # so the mass-deletion guard does not count them.
    expire_before: datetime | None = None

    def add(self, kind: str, record) -> None:
        # Later copies of the same id (an item on two pages) replace earlier ones.
        self.records[kind][record.origin_id] = record

    def skip(self, kind: str, origin_id: str, reason: str) -> None:
        self.skipped.append({"kind": kind, "id": origin_id, "reason": reason})


class Adapter(Protocol):
    name: str

    def fetch(self, *, mode: str, params: dict, progress: Progress) -> Batch: ...
