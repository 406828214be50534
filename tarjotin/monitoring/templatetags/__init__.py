"""Template tags of the monitoring app."""
