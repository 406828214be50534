"""What every API view shares: the answer's language, CORS for reads, and conditional GET."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from django.db.models import Max
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from tarjotin.core.text import UI_LANGUAGES
from tarjotin.sources.models import ImportRun
from tarjotin.trays.models import AuditEvent, Tray

# The catalogue changes only through imports and admins' changes; reference data (themes, codes) only
# with a new release, which restarts the process. So no answer changed before the latest of these.
STARTED = datetime.now(UTC).replace(microsecond=0)
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Language, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def catalogue_modified() -> datetime:
    """When anything an answer shows last changed (to the second, as HTTP dates are)."""
    found = [STARTED]
    found.append(ImportRun.objects.filter(status=ImportRun.Status.SUCCEEDED).aggregate(t=Max("finished_at"))["t"])
    found.append(Tray.objects.aggregate(t=Max("updated_at"))["t"])
    found.append(AuditEvent.objects.aggregate(t=Max("at"))["t"])
    return max(t for t in found if t is not None).replace(microsecond=0)


def request_language(request) -> str:
    """?lang= (fi, sv, en) when given and valid, else what Accept-Language chose, else Finnish."""
    asked = str(request.GET.get("lang", ""))[:2]
    if asked in UI_LANGUAGES:
        return asked
    active = (translation.get_language() or "fi")[:2]
    return active if active in UI_LANGUAGES else "fi"


class ApiView(APIView):
    """Read-only, anonymous, cross-origin readable; answers carry ETag and Last-Modified and honour
    If-None-Match and If-Modified-Since with 304."""

    http_method_names = ["get", "head", "options"]
    lang: str = "fi"

    def dispatch(self, request, *args, **kwargs):
        self.lang = request_language(request)
        with translation.override(self.lang):
            return super().dispatch(request, *args, **kwargs)

    def options(self, request: Request, *args, **kwargs) -> Response:
        """A CORS preflight: no body, no metadata about the view."""
        return Response(status=204)

    def finalize_response(self, request: Request, response: Response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in CORS.items():
            response[name] = value
        response["Content-Language"] = self.lang
        patch_vary_headers(response, ["Accept-Language"])
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            return self._conditional(request, response)
        return response

    def _conditional(self, request: Request, response: Response):
        response.render()
        etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
        modified = catalogue_modified()
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified.timestamp())
        response["Cache-Control"] = "public, max-age=60"
        answer = get_conditional_response(request, etag=etag, last_modified=int(modified.timestamp()),
                                          response=response)
        if answer is not response:
            for name in (*CORS, "Content-Language", "Vary", "Cache-Control"):
                if name in response:
                    answer[name] = response[name]
        return answer
