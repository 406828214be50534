"""The importer fault matrix: after every upstream fault the catalogue is what it was, or rightly updated,
and the ImportRun says what happened."""

from __future__ import annotations

import pytest

from tarjotin.sources.models import ImportRun
from tools.evidence import faults

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def outcomes(django_db_setup, django_db_blocker):
    """One matrix for the module (27 import runs), inside a transaction that is rolled back afterwards."""
    from django.db import transaction
    from pytest_httpserver import HTTPServer

    server = HTTPServer()
    server.start()
    try:
        with django_db_blocker.unblock(), transaction.atomic():
            found = faults.matrix(server)
            runs = list(ImportRun.objects.values_list("source", "status"))
            transaction.set_rollback(True)
    finally:
        server.stop()
    return found, runs


@pytest.mark.parametrize("source", faults.SOURCES)
@pytest.mark.parametrize("fault", faults.FAULTS)
def test_each_fault_ends_as_expected(outcomes, source, fault):
    found = next(o for o in outcomes[0] if (o.source, o.fault) == (source, fault))
    assert (found.status, found.catalogue) == faults.EXPECTED[fault], found
    if found.status == "failed":
        assert found.error and found.rows_before == found.rows_after
    if fault == "small_deletion":
        assert sum(c.get("deleted", 0) for c in found.counts.values()) >= 1
        assert found.rows_after < found.rows_before


def test_error_messages_name_the_cause(outcomes):
    errors = {(o.source, o.fault): o.error for o in outcomes[0]}
    for source in faults.SOURCES:
        assert "HTTP 500" in errors[(source, "http_500")]
        assert "Timeout" in errors[(source, "timeout")] or "timed out" in errors[(source, "timeout")]
        assert "malformed JSON" in errors[(source, "malformed_json")]
        assert "malformed JSON" in errors[(source, "truncated_page")]
        assert "would delete" in errors[(source, "empty_page")]
        assert "would delete" in errors[(source, "mass_deletion")]


def test_every_source_and_fault_ran(outcomes):
    found, runs = outcomes
    assert len(found) == len(faults.SOURCES) * len(faults.FAULTS)
    # The runs of the faults were rolled back with their catalogue; the good first imports stay.
    assert sorted(runs) == sorted((s, "succeeded") for s in faults.SOURCES)


def test_dump_sees_a_change():
    before = faults.catalogue_dump()
    from django.utils import timezone

    from tarjotin.catalogue.models import Organization

    Organization.objects.create(source="ptv", origin_id="x", last_seen=timezone.now(), content_hash="0")
    assert faults.catalogue_dump() != before
