"""Rebuild the search index from the catalogue and print what was built."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from tarjotin.search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the catalogue (atomically; the served index stays until done)."

    def handle(self, *args, **options) -> None:
        stats = index_rebuild()
        rate = stats.words / stats.seconds if stats.seconds else 0.0
        self.stdout.write(
            f"search index: {stats.documents} documents, {stats.size_bytes / 1_000_000:.1f} MB, "
            f"{stats.seconds:.1f} s ({rate:,.0f} words/s), analyser {stats.analyser}"
        )
