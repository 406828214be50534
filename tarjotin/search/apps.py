"""App configuration of tarjotin.search."""

from typing import Any

from django.apps import AppConfig


def _synonyms_changed(sender: Any, **kwargs: Any) -> None:
    from .synonyms import synonyms_reset

    synonyms_reset()


class SearchConfig(AppConfig):
    name = "tarjotin.search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported here: sources is only the sender, and the app registry must be ready first.
        from django.db.models.signals import post_delete, post_save

        from tarjotin.sources.signals import catalogue_changed

        from .models import Synonym
        from .services import index_rebuild_on_change

        catalogue_changed.connect(index_rebuild_on_change, dispatch_uid="search.index_rebuild")
        # This process drops its compiled synonyms at once; other processes notice within CHECK_SECONDS.
        post_save.connect(_synonyms_changed, sender=Synonym, dispatch_uid="search.synonyms_saved")
        post_delete.connect(_synonyms_changed, sender=Synonym, dispatch_uid="search.synonyms_deleted")
