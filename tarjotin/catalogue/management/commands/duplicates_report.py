"""manage.py duplicates_report: the stored merges, each group with its sources, names, addresses, distances."""

from django.core.management.base import BaseCommand

from tarjotin.catalogue.duplicates import Place, distance_m, lipas_id
from tarjotin.catalogue.selectors import duplicate_groups

REASONS = {"source_id": "PTV sourceId names the LIPAS place", "name_address": "same name and address",
           "nearby": "a few metres apart, similar names"}


def _line(mark: str, place: Place, metres: float | None) -> str:
    away = "" if metres is None else f" ({metres:.0f} m)"
    org = f" [{place.organization}]" if place.organization else ""
    written = f" sourceId {place.source_id}" if lipas_id(place.source_id) else ""
    return f"  {mark} #{place.pk} {place.source}: {place.name}, {place.street or '-'}{org}{written}{away}"


class Command(BaseCommand):
    help = "Print the merged duplicate places (run duplicates_refresh, or any changing sync, first)."

    def handle(self, *args, **opts):
        groups = duplicate_groups()
        for group in groups:
            why = "; ".join(REASONS.get(r, r) for r in group.reasons)
            self.stdout.write(f"{group.canonical.name} – also in: {', '.join(group.sources)}"
                              + (f" – matched by: {why}" if why else ""))
            self.stdout.write(_line("=", group.canonical, None))
            for dup in group.duplicates:
                self.stdout.write(_line("-", dup, distance_m(group.canonical, dup)))
        duplicates = sum(len(g.duplicates) for g in groups)
        self.stdout.write(f"{len(groups)} groups, {duplicates} duplicates merged")
