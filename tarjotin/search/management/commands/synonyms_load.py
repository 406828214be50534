"""Seed the search synonyms from the shipped JSON (or another file); rows an admin edited stay."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tarjotin.search.services import synonyms_load


class Command(BaseCommand):
    help = ("Load search synonyms from tarjotin/search/data/synonyms.json (or --file) into the Synonym table. "
            "Existing rows are kept; --replace deletes them first. No index rebuild is needed.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--file", type=Path, default=None, help="a synonyms JSON file of the same format")
        parser.add_argument("--replace", action="store_true", help="delete every synonym row first")

    def handle(self, *args, **options) -> None:
        path = options["file"]
        if path is not None and not path.is_file():
            raise CommandError(f"no such file: {path}")
        try:
            loaded = synonyms_load(path=path, replace=options["replace"])
        except (ValueError, KeyError, TypeError) as error:
            raise CommandError(f"{path or 'synonyms.json'} is not a synonyms file: {error}") from error
        self.stdout.write(f"synonyms: {loaded.rules} rules in the file, {loaded.created} rows added, "
                          f"{loaded.kept} kept")
