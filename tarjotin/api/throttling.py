"""Rate limiting of anonymous API clients without keeping their addresses."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    """Requests per client per window. The client is an HMAC of its address with the secret key, held only
    in the process's cache for the length of the window; the address itself is never stored."""

    scope = "client"

    def get_rate(self) -> str | None:
        # Read per request, not once per class as DRF does, so an operator's (or a test's) change applies.
        return settings.REST_FRAMEWORK.get("DEFAULT_THROTTLE_RATES", {}).get(self.scope)

    def get_cache_key(self, request, view) -> str:
        address = self.get_ident(request) or ""
        digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]
        return self.cache_format % {"scope": self.scope, "ident": digest}
