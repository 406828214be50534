"""Tarjotin: a digital wellbeing service tray for Finnish wellbeing services counties."""
