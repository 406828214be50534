"""Adapters that bring content from external sources into the catalogue."""
