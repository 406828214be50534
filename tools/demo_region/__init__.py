"""Deterministic generator of the Ostrobothnia demo region as PTV v11 JSON."""
