"""Creates the demo professional of `make run`: a user in the default tray's demo unit, password printed."""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tarjotin.guidance.services import professional_ensure, unit_ensure
from tarjotin.trays.models import Tray

USERNAME = "ammattilainen"
# For the demo only (documented in docs/guidance.md); production refuses to create the account.
DEFAULT_PASSWORD = "Hyvinvointi-demo-2025"  # noqa: S105 (a documented demo password)
UNIT = {"fi": "Vaasan terveysasema, hyvinvointiohjaus", "sv": "Vasa hälsostation, välfärdshandledning",
        "en": "Vaasa health station, wellbeing guidance"}


class Command(BaseCommand):
    help = "Create (or reset) the demo professional account for the demo tray."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--tray", default=None, help="tray slug (default: the default tray)")

    def handle(self, *args, tray: str | None = None, **options) -> None:
        if settings.ENV.production:
            raise CommandError("the demo account is not created in production")
        slug = tray or settings.TARJOTIN.get("DEFAULT_TRAY")
        found = Tray.objects.filter(slug=slug).first()
        if found is None:
            raise CommandError(f"no tray {slug!r}: run trays_load first")
        password = os.environ.get("TARJOTIN_DEMO_PASSWORD") or DEFAULT_PASSWORD
        user_model = get_user_model()
        with transaction.atomic():
            user = user_model.objects.filter(username=USERNAME).first() or user_model(username=USERNAME)
            user.first_name, user.last_name = "Demo", "Ammattilainen"
            validate_password(password, user)
            user.set_password(password)
            user.is_active = True
            user.save()
            unit = unit_ensure(tray=found, code="vaasa-hyvinvointiohjaus", name=UNIT)
            professional_ensure(user=user, trays=[found], unit=unit)
        self.stdout.write(f"Demo professional: user name {USERNAME}, password {password} "
                          f"(tray {found.slug}, for the demo only)")
