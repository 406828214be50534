"""Municipalities, wellbeing services counties, regions and coordinate conversion."""
