"""Signal wiring: cache invalidation on save or delete, and the admin roles after every migrate."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save

from .cache import trays_cache_clear

# Changing any of these changes what a request's tray or its themes look like.
WATCHED = ("trays.Tray", "trays.TrayTheme", "catalogue.Theme")


def _invalidate(**kwargs: Any) -> None:
    trays_cache_clear()
    # Again after commit: a request in between may have reloaded the old rows.
    transaction.on_commit(trays_cache_clear)


def _roles(sender: AppConfig, **kwargs: Any) -> None:
    from .services import trays_roles_ensure

    trays_roles_ensure()


def connect(app: AppConfig) -> None:
    for model in WATCHED:
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"trays-cache-save-{model}")
        post_delete.connect(_invalidate, sender=model, dispatch_uid=f"trays-cache-delete-{model}")
    post_migrate.connect(_roles, sender=app, dispatch_uid="trays-roles")
