"""Checks a tray's settings must pass before they are saved; messages follow the admin's language."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.http.request import split_domain_port
from django.utils.translation import gettext as _

from .contrast import HEX_COLOUR, MIN_CONTRAST, WHITE, contrast_ratio

# A host name as a browser sends it (IDNs in their xn-- form), without port or trailing dot.
HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")
TILE_PLACEHOLDERS = ("{z}", "{x}", "{y}")
# Source name → keys its config may hold; each a list of strings.
SOURCE_KEYS = {"areas", "types", "organizations"}
AREA = re.compile(r"^[A-Za-z]+:[\w.-]+$")


def colours_check(primary: str, text: str) -> dict[str, list[str]]:
    """Errors per field: text on the primary colour, and the primary colour (links) on white."""
    errors: dict[str, list[str]] = {}
    for field, value in (("primary_color", primary), ("text_color", text)):
        if not HEX_COLOUR.match(value or ""):
            errors[field] = [_("Give the colour as #rrggbb, for example #005a9c.")]
    if errors:
        return errors
    on_primary = contrast_ratio(text, primary)
    if on_primary < MIN_CONTRAST:
        errors.setdefault("text_color", []).append(_(
            "The text colour %(text)s on the primary colour %(primary)s has a contrast of %(ratio).2f:1; "
            "WCAG AA needs at least %(minimum)s:1."
        ) % {"text": text, "primary": primary, "ratio": on_primary, "minimum": MIN_CONTRAST})
    on_white = contrast_ratio(primary, WHITE)
    if on_white < MIN_CONTRAST:
        errors.setdefault("primary_color", []).append(_(
            "The primary colour %(primary)s is used for links on white and has a contrast of %(ratio).2f:1 "
            "there; WCAG AA needs at least %(minimum)s:1. Choose a darker colour."
        ) % {"primary": primary, "ratio": on_white, "minimum": MIN_CONTRAST})
    return errors


def hostname_normalise(value: str) -> str:
    """Lower case, port and trailing dot dropped: what the middleware compares with the Host header."""
    host, _port = split_domain_port(value.strip().lower())
    return host.rstrip(".") if host else value.strip().lower().rstrip(".")


def hostnames_check(hostnames: Any) -> list[str]:
    if not isinstance(hostnames, list) or not all(isinstance(h, str) for h in hostnames):
        return [_("Host names must be a list of names.")]
    bad = [h for h in hostnames if not HOSTNAME.match(h)]
    if bad:
        return [_("Not a host name: %(names)s. Give names such as palvelut.example.fi, without "
                  "https:// or a path.") % {"names": ", ".join(bad)}]
    return []


def sources_check(sources: Any) -> list[str]:
    """{"ptv": {"areas": ["WellbeingServiceCounties:17"]}, "lipas": {"areas": [...], "types": [...]}}."""
    if not isinstance(sources, dict):
        return [_("The sources must be an object of source names, for example {\"ptv\": {\"areas\": [...]}}.")]
    errors = []
    for name, config in sources.items():
        if not isinstance(config, dict) or set(config) - SOURCE_KEYS:
            errors.append(_("Source %(name)s: only the keys %(keys)s are allowed.")
                          % {"name": name, "keys": ", ".join(sorted(SOURCE_KEYS))})
            continue
        for key, values in config.items():
            if not isinstance(values, list) or not all(isinstance(v, str | int) for v in values):
                errors.append(_("Source %(name)s: %(key)s must be a list.") % {"name": name, "key": key})
        bad = [a for a in config.get("areas", []) if not AREA.match(str(a))]
        if bad:
            errors.append(_("Source %(name)s: areas are written as Kind:code, for example "
                            "WellbeingServiceCounties:17 or Municipality:091 (not %(bad)s).")
                          % {"name": name, "bad": ", ".join(map(str, bad))})
    return errors


def tile_url_check(url: str) -> list[str]:
    if not url.startswith("https://") or not all(p in url for p in TILE_PLACEHOLDERS):
        return [_("The tile address must start with https:// and contain {z}, {x} and {y}.")]
    return []


def logo_url_check(url: str) -> list[str]:
    """A path on this site (/static/…) or an https address; nothing that a browser would run."""
    if not url or (url.startswith("/") and not url.startswith("//")):
        return []
    try:
        URLValidator(schemes=["https"])(url)
    except ValidationError:
        return [_("The logo address must be a path on this site (/static/…) or an https:// address.")]
    return []
