"""manage.py duplicates_refresh: match location channels again and store the merges."""

from django.core.management.base import BaseCommand

from tarjotin.catalogue.merging import duplicates_refresh


class Command(BaseCommand):
    help = "Find location channels that are the same place and point the duplicates at one canonical channel."

    def handle(self, *args, **opts):
        self.stdout.write(str(duplicates_refresh()))
