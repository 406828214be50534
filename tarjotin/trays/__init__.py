"""Trays: which area, themes, texts and look each national or regional tray has, and who may change it."""
