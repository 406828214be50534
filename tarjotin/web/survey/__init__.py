"""The wellbeing self-assessment pages."""
