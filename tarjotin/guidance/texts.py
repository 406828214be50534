"""The fixed texts of a referral (print, PDF, client's page), each in standard and easy-to-read wording."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

# name: (standard, easy to read); evaluated in whatever language is active when read.
TEXTS = {
    "title": (_("Wellbeing referral"), _("Wellbeing referral")),
    "intro": (
        _("A professional chose these services and activities with you. You can contact them yourself: "
          "the referral is not an appointment, and you decide whether to use them."),
        _("Here are services that can help you feel well. You can call them or go there yourself. "
          "You do not need an appointment."),
    ),
    "note": (_("Note from the professional"), _("A message for you")),
    "items": (_("Services and activities"), _("Services for you")),
    "valid": (_("The link to this referral works until %(date)s."), _("You can open this page until %(date)s.")),
    "link": (_("Open the referral with its current information at this address or with the QR code:"),
             _("Read this on your phone: scan the code or type the address.")),
    "privacy": (_("The referral holds no name or other personal information of yours."),
                _("Your name is not on this referral.")),
    "removed": (
        _("This item is no longer in the service tray. Ask the provider or the professional whether it is "
          "still available."),
        _("This service has ended. Ask the professional about it."),
    ),
    "changed": (_("The information of this item has changed since the referral was made. What you see "
                  "here is the current information."),
                _("The information has changed. Here is the new information.")),
    "ended": (_("This event is over."), _("This event is over.")),
    "cancelled": (_("This event has been cancelled or postponed."), _("This event will not happen as planned.")),
}


def fixed_texts(easy: bool) -> dict[str, str]:
    """Every fixed text in the active language, in the wording asked for."""
    return {name: str(pair[1] if easy else pair[0]) for name, pair in TEXTS.items()}
