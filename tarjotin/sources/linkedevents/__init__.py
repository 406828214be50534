"""Linked Events (City of Helsinki's event API, also run by others): dated events as catalogue events."""
