"""Data quality of the catalogue: a registry of rules, findings per item and organisation, reports."""
