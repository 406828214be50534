"""Active feedback campaigns kept in process memory for a short while: the form on every page reads them."""

from __future__ import annotations

from tarjotin.trays.cache import TtlCache

campaigns = TtlCache()
