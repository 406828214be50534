"""manage.py duplicates_report: the stored merges, each group with its sources, names, addresses, distances."""

from django.core.management.base import BaseCommand

from tarjotin.catalogue.duplicates import Place, distance_m
from tarjotin.catalogue.selectors import duplicate_groups


def _line(mark: str, place: Place, metres: float | None) -> str:
    away = "" if metres is None else f" ({metres:.0f} m)"
    org = f" [{place.organization}]" if place.organization else ""
    return f"  {mark} #{place.pk} {place.source}: {place.name}, {place.street or '-'}{org}{away}"


class Command(BaseCommand):
    help = "Print the merged duplicate places (run duplicates_refresh, or any changing sync, first)."

    def handle(self, *args, **opts):
        groups = duplicate_groups()
        for group in groups:
            self.stdout.write(f"{group.canonical.name} – also in: {', '.join(group.sources)}")
            self.stdout.write(_line("=", group.canonical, None))
            for dup in group.duplicates:
                self.stdout.write(_line("-", dup, distance_m(group.canonical, dup)))
        duplicates = sum(len(g.duplicates) for g in groups)
        self.stdout.write(f"{len(groups)} groups, {duplicates} duplicates merged")
