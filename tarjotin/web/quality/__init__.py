"""Data-quality pages: fix lists per organisation and tray, for content owners."""
