"""Text analysis and the search index over the catalogue."""
