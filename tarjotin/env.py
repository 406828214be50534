"""The one typed schema of the environment variables that configure Tarjotin."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"expected a boolean, got {raw!r}")


def _list(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


@dataclass(frozen=True)
class Env:
    """Every setting an operator can change, with its type and default."""

    environment: str = "development"  # TARJOTIN_ENV: development | production
    secret_key: str = ""  # SECRET_KEY: required in production
    debug: bool = False  # DEBUG
    allowed_hosts: list[str] = field(default_factory=lambda: ["127.0.0.1", "localhost", "testserver"])
    database_url: str = ""  # DATABASE_URL: postgresql://… ; empty = SQLite in var_dir
    var_dir: Path = BASE_DIR / "var"  # TARJOTIN_VAR_DIR: SQLite file, search index
    ptv_base_url: str = "https://api.palvelutietovaranto.suomi.fi/api/v11/"  # PTV_BASE_URL
    lipas_base_url: str = "https://api.lipas.fi/v2/"  # LIPAS_BASE_URL
    tray_county: str = "17"  # TARJOTIN_COUNTY: the county a plain `source_sync ptv` syncs
    default_tray: str = "pohjanmaa"  # TARJOTIN_DEFAULT_TRAY: the tray no host name or path prefix picks
    http_timeout: float = 20.0  # TARJOTIN_HTTP_TIMEOUT: seconds per request to a source
    http_retries: int = 4  # TARJOTIN_HTTP_RETRIES
    page_cache_seconds: int = 120  # TARJOTIN_PAGE_CACHE_SECONDS: how long a result page is kept; 0 = never

    @property
    def production(self) -> bool:
        return self.environment == "production"


def _read(source: dict[str, str]) -> Env:
    env = Env()
    parsers = {
        "TARJOTIN_ENV": ("environment", str),
        "SECRET_KEY": ("secret_key", str),
        "DEBUG": ("debug", _bool),
        "ALLOWED_HOSTS": ("allowed_hosts", _list),
        "DATABASE_URL": ("database_url", str),
        "TARJOTIN_VAR_DIR": ("var_dir", Path),
        "PTV_BASE_URL": ("ptv_base_url", str),
        "LIPAS_BASE_URL": ("lipas_base_url", str),
        "TARJOTIN_COUNTY": ("tray_county", str),
        "TARJOTIN_DEFAULT_TRAY": ("default_tray", str),
        "TARJOTIN_HTTP_TIMEOUT": ("http_timeout", float),
        "TARJOTIN_HTTP_RETRIES": ("http_retries", int),
        "TARJOTIN_PAGE_CACHE_SECONDS": ("page_cache_seconds", int),
    }
    values = {}
    for name, (attr, parse) in parsers.items():
        if name in source:
            try:
                values[attr] = parse(source[name])
            except ValueError as exc:
                raise ImproperlyConfigured(f"{name}: {exc}") from exc
    result = Env(**{**env.__dict__, **values})
    if result.environment not in {"development", "production"}:
        raise ImproperlyConfigured("TARJOTIN_ENV must be 'development' or 'production'")
    if result.production and len(result.secret_key) < 50:
        raise ImproperlyConfigured("SECRET_KEY of at least 50 characters is required in production")
    return result


def load() -> Env:
    """Read the process environment once."""
    return _read(dict(os.environ))


def database_config(url: str, var_dir: Path) -> dict:
    """Django DATABASES['default'] from DATABASE_URL (SQLite file when empty)."""
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(var_dir / "tarjotin.sqlite3")}
    parts = urlsplit(url)
    if parts.scheme in {"postgres", "postgresql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
        }
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path) or ":memory:"}
    raise ImproperlyConfigured(f"DATABASE_URL scheme {parts.scheme!r} is not supported")
