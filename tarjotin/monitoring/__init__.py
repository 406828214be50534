"""Monitoring without tracking: visit counts, the feedback survey, search demand, minimum criteria, reports."""
