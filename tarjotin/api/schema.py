"""drf-spectacular hooks: the v1 document holds only /api/v1, with the headers every answer shares."""

from __future__ import annotations

HEADERS = {
    "ETag": {"description": "A validator of the body: send it back in If-None-Match.", "schema": {"type": "string"}},
    "Last-Modified": {"description": "When the catalogue last changed.", "schema": {"type": "string"}},
    "Access-Control-Allow-Origin": {"description": "Any site may read the API.", "schema": {"type": "string"}},
}
CONDITIONAL = [
    {"in": "header", "name": "If-None-Match", "required": False, "schema": {"type": "string"},
     "description": "An ETag of an earlier answer: 304 when nothing changed."},
    {"in": "header", "name": "If-Modified-Since", "required": False, "schema": {"type": "string"},
     "description": "An HTTP date: 304 when nothing changed since."},
]


def only_v1(endpoints, **kwargs):
    """The HSDS endpoints follow Open Referral's own document; the schema views describe nothing."""
    return [e for e in endpoints if e[0].startswith("/api/v1/") and "openapi" not in e[0]]


def add_common(result, generator, request, public):
    """304 and 429 on every read, with ETag, Last-Modified and Retry-After documented."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            if "200" in responses:
                responses["200"]["headers"] = HEADERS
            responses["304"] = {"description": "Not modified since the ETag or date given."}
            responses.setdefault("429", {"description": "Too many requests."})
            responses["429"]["headers"] = {"Retry-After": {"description": "Seconds to wait.",
                                                            "schema": {"type": "integer"}}}
            # gunicorn refuses a request line past 4 kB itself, before the application sees it.
            responses["414"] = {"description": "The address is longer than the server takes."}
            operation.setdefault("parameters", []).extend(CONDITIONAL)
    result["servers"] = [{"url": "/", "description": "This tray"}]
    return result
