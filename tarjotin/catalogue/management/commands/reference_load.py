"""Load the shipped reference data: municipalities, counties, regions, code lists, themes."""

from django.core.management.base import BaseCommand

from tarjotin.catalogue.reference import classifications_load, themes_load
from tarjotin.geo.services import geo_reference_load


class Command(BaseCommand):
    help = "Load municipalities, counties, regions, PTV code lists and the national themes."

    def add_arguments(self, parser):
        parser.add_argument("--replace-themes", action="store_true", help="overwrite edited themes")

    def handle(self, *args, replace_themes: bool = False, **options):
        municipalities = geo_reference_load()
        codes = classifications_load()
        themes = themes_load(replace=replace_themes)
        self.stdout.write(f"{municipalities} municipalities, {codes} codes, {themes} themes")
