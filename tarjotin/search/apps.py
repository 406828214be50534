"""App configuration of tarjotin.search."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "tarjotin.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported here: sources is only the sender, and the app registry must be ready first.
        from tarjotin.sources.signals import catalogue_changed

        from .services import index_rebuild_on_change

        catalogue_changed.connect(index_rebuild_on_change, dispatch_uid="search.index_rebuild")
