"""Monitoring pages: the feedback form, reports and exports for tray admins and the national admin."""
