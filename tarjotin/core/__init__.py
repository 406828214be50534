"""Shared base: translated text, base model fields, exceptions."""
