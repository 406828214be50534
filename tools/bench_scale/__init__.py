"""Scale benchmark: a seeded national PTV v11 catalogue and the measurements over it."""
