"""The typed environment schema: defaults, parsing and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tarjotin.env import _read, database_config


def test_defaults_are_a_development_tray_on_sqlite():
    env = _read({})
    assert env.environment == "development" and not env.debug
    assert database_config(env.database_url, Path("/v"))["ENGINE"] == "django.db.backends.sqlite3"


def test_postgresql_url_is_parsed():
    config = database_config("postgresql://tray:s%40cret@db.example:5433/tarjotin", Path("/v"))
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"], config["NAME"]) == (
        "tray", "s@cret", "db.example", "5433", "tarjotin")


@pytest.mark.parametrize("values", [
    {"DEBUG": "maybe"}, {"TARJOTIN_ENV": "staging"}, {"TARJOTIN_HTTP_RETRIES": "many"},
    {"TARJOTIN_ENV": "production", "SECRET_KEY": "short"},
])
def test_bad_values_are_refused_with_the_variable_named(values):
    with pytest.raises(ImproperlyConfigured):
        _read(values)


def test_unknown_database_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured):
        database_config("mysql://x@y/z", Path("/v"))
