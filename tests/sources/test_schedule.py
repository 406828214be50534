"""Planning the scheduled sync: trays' configurations merged per source, and full or incremental chosen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tarjotin.sources.models import ImportRun
from tarjotin.sources.schedule import (
    SourceWish,
    SyncLocked,
    mode_choose,
    params_for,
    plan_build,
    scope,
    sync_lock,
    wishes_merge,
)

from .conftest import KESKI_SUOMI, POHJANMAA

EARLIER = datetime(2026, 3, 2, 6, 15, tzinfo=UTC)


def _run(source: str, mode: str, params: dict, status: str = "succeeded") -> ImportRun:
    return ImportRun(source=source, mode=mode, parameters=params, started_at=EARLIER, status=status)


def test_areas_are_merged_per_source_so_each_source_is_fetched_once():
    wishes, notes = wishes_merge([("pohjanmaa", POHJANMAA), ("keski-suomi", KESKI_SUOMI)])

    assert wishes["ptv"] == SourceWish(source="ptv", areas=("WellbeingServiceCounties:15",
                                                            "WellbeingServiceCounties:17"),
                                       trays=("pohjanmaa", "keski-suomi"))
    assert wishes["lipas"].areas == ("Municipality:179", "Municipality:905")
    assert wishes["lipas"].types == ("1120", "3110")  # the union of both trays' types
    assert wishes["linkedevents"].trays == ("pohjanmaa",)
    assert notes == []


def test_one_tray_without_a_narrowing_widens_it_for_all():
    wishes, _ = wishes_merge([
        ("a", {"lipas": {"areas": ["Municipality:905"], "types": ["3110"]},
               "linkedevents": {"areas": ["Municipality:091"], "organizations": ["ahjo:u48"]}}),
        ("b", {"lipas": {"areas": ["Municipality:179"]},
               "linkedevents": {"areas": ["Municipality:092"], "organizations": ["espoo:1"]}}),
    ])
    assert wishes["lipas"].types is None  # b wants every type
    assert wishes["linkedevents"].organizations == ("ahjo:u48", "espoo:1")
    params, _, _ = params_for(wishes["linkedevents"])
    assert params == {"areas": [["Municipality", "091"], ["Municipality", "092"]],
                      "filters": {"publisher": "ahjo:u48,espoo:1"}}


def test_unusable_configuration_is_left_out_with_a_note():
    wishes, notes = wishes_merge([
        ("a", {"ptv": {"areas": []}, "kela": {"areas": ["Municipality:905"]}}),
        ("b", {"ptv": {"areas": ["Municipality:905"], "types": ["3110"]}}),
    ])
    assert set(wishes) == {"ptv"}
    assert notes == ["tray a: ptv has no areas; left out", "unknown source 'kela' (trays a); left out"]
    params, ignored, problem = params_for(wishes["ptv"])
    assert params == {"areas": [["Municipality", "905"]], "whole_country": False}
    assert ignored == ["ptv: types are read only for LIPAS; 3110 left out"] and not problem


def test_lipas_types_become_numbers_and_a_word_is_a_problem():
    assert params_for(SourceWish("lipas", ("Municipality:905",), types=("3110", "1120")))[0]["types"] == [1120, 3110]
    _, _, problem = params_for(SourceWish("lipas", ("Municipality:905",), types=("uimahalli",)))
    assert "uimahalli" in problem


PTV = {"areas": [["WellbeingServiceCounties", "17"]], "whole_country": False}


def test_incremental_after_a_success_with_the_same_scope():
    mode, params, reason = mode_choose("ptv", PTV, full=False, last=_run("ptv", "full", PTV))
    assert mode == "incremental" and params == {**PTV, "since": EARLIER}
    assert "since 2026-03-02T06:15:00" in reason
    # … also after an incremental one: its "since" is not part of what it fetched
    last = _run("ptv", "incremental", {**PTV, "since": "2026-03-01T00:00:00Z"})
    assert mode_choose("ptv", PTV, full=False, last=last)[0] == "incremental"
    mode, params, _ = mode_choose("linkedevents", {"areas": [["Municipality", "905"]]}, full=False,
                                  last=_run("linkedevents", "full", {"areas": [["Municipality", "905"]]}))
    assert mode == "incremental" and params["last_modified_since"] == EARLIER


@pytest.mark.parametrize(("source", "full", "last", "reason"), [
    ("lipas", False, _run("lipas", "full", PTV), "the source has no incremental reads"),
    ("ptv", True, _run("ptv", "full", PTV), "--full"),
    ("ptv", False, None, "no earlier successful run"),
    ("ptv", False, _run("ptv", "files", {"path": "/x"}), "the last success was a files import"),
    ("ptv", False, _run("ptv", "full", {**PTV, "areas": [["WellbeingServiceCounties", "15"]]}),
     "the trays' areas or filters changed since the last success"),
])
def test_full_otherwise(source, full, last, reason):
    mode, params, why = mode_choose(source, PTV, full=full, last=last)
    assert (mode, params, why) == ("full", PTV, reason)


def test_scope_reads_stored_and_planned_parameters_alike():
    stored = {"areas": [["Municipality", "905"]], "whole_country": False, "since": "2026-03-02T06:15:00Z"}
    assert scope(stored) == scope({"whole_country": False, "areas": [("Municipality", "905")], "since": EARLIER})


@pytest.mark.django_db
def test_plan_looks_at_the_latest_success_only():
    configs = [("pohjanmaa", POHJANMAA)]
    ImportRun.objects.create(source="ptv", mode="full", parameters=PTV, started_at=EARLIER, status="succeeded")
    assert {r.source: r.mode for r in plan_build(configs).runs} == {
        "ptv": "incremental", "lipas": "full", "linkedevents": "full"}
    # a files import since then replaced what the API run brought: changes since the API run are not enough
    ImportRun.objects.create(source="ptv", mode="files", parameters={"path": "/x"},
                             started_at=datetime(2026, 3, 3, tzinfo=UTC), status="succeeded")
    ImportRun.objects.create(source="ptv", mode="full", parameters=PTV,
                             started_at=datetime(2026, 3, 4, tzinfo=UTC), status="failed")
    assert plan_build(configs, only=["ptv"]).runs[0].reason == "the last success was a files import"


@pytest.mark.django_db
def test_plan_notes_a_source_asked_for_that_no_tray_uses():
    plan = plan_build([("keski-suomi", KESKI_SUOMI)], only=["linkedevents"])
    assert plan.runs == [] and plan.notes == ["linkedevents: no active tray asks for it; nothing to do"]


def test_the_lock_lets_one_holder_in_and_frees_itself(tmp_path):
    lock = tmp_path / "sync_all.lock"
    with sync_lock(lock):
        with pytest.raises(SyncLocked, match=r"another sync_all is running \(pid \d+"):
            with sync_lock(lock, wait=0.2, poll=0.05):
                pass
    with sync_lock(lock):  # released on the way out
        pass
