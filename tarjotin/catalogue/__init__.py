"""The canonical, source-neutral catalogue of organisations, services and channels."""
