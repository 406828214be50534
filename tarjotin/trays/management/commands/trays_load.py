"""Create the default trays (national + one per county) and the admin roles; never overwrites edits."""

from django.core.management.base import BaseCommand

from tarjotin.trays.services import trays_defaults_load, trays_roles_ensure


class Command(BaseCommand):
    help = "Create the national tray, one regional tray per county and the three admin roles (idempotent)."

    def handle(self, *args, **options):
        result = trays_defaults_load()
        roles = trays_roles_ensure()
        self.stdout.write(f"{len(result.created)} trays created, {len(result.kept)} kept as they were, "
                          f"roles: {', '.join(f'{name} ({n} permissions)' for name, n in roles.items())}")
        if result.skipped:
            self.stderr.write(f"not created, slug taken by another tray: {', '.join(result.skipped)}")
