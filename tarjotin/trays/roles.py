"""The three admin roles as Django groups, with the model permissions each one gets."""

from __future__ import annotations

NATIONAL_ADMIN = "national admin"
TRAY_ADMIN = "tray admin"
CONTENT_VIEWER = "content viewer"

# "app_label.codename"; which trays a tray admin or content viewer reaches comes from TrayMembership.
ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    NATIONAL_ADMIN: (
        "trays.manage_all_trays",
        "trays.add_tray", "trays.change_tray", "trays.delete_tray", "trays.view_tray",
        "trays.add_traytheme", "trays.change_traytheme", "trays.delete_traytheme", "trays.view_traytheme",
        "trays.add_traymembership", "trays.change_traymembership", "trays.delete_traymembership",
        "trays.view_traymembership",
        "trays.view_auditevent",
        "catalogue.view_theme", "catalogue.change_theme",
    ),
    TRAY_ADMIN: (
        "trays.change_tray", "trays.view_tray",
        "trays.add_traytheme", "trays.change_traytheme", "trays.delete_traytheme", "trays.view_traytheme",
        "trays.view_auditevent",
        "catalogue.view_theme",
    ),
    CONTENT_VIEWER: (
        "trays.view_tray", "trays.view_traytheme", "trays.view_auditevent", "catalogue.view_theme",
    ),
}
