"""Signals other apps listen to, so that sources never import them."""

from django.dispatch import Signal

# Sent after a run that changed the catalogue; the search app rebuilds its index.
catalogue_changed = Signal()
