"""Synonyms: the shipped list, query-time expansion ranked below the word, admin edits without a rebuild."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from tarjotin.search.analysis import query_groups
from tarjotin.search.models import Synonym, expansion_terms
from tarjotin.search.selectors import SearchFilters, search_query
from tarjotin.search.services import index_rebuild, synonyms_load
from tarjotin.search.synonyms import SEED_FILE, SynonymRule, SynonymTable, file_rules, synonym_table


def ids(text: str, lang: str = "fi", **filters) -> list[int]:
    return search_query(text=text, lang=lang, filters=SearchFilters(**filters), limit=50).ids


def expanded(table: SynonymTable, text: str, lang: str = "fi") -> set[tuple[str, str]]:
    found = table.expand(lang, query_groups(text, lang))
    return {(e.lang, " ".join(g.word for g in e.words)) for exps in found.values() for e in exps}


def test_shipped_list_is_well_formed():
    data = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    assert 60 <= len(data["groups"]) <= 120
    members = [(lang, t) for g in data["groups"] for lang, terms in g.items() for t in terms]
    assert len(members) == len(set(members)), "a term in two groups makes them one"
    assert all(set(g) <= {"fi", "sv", "en"} for g in data["groups"])
    assert len(file_rules()) == len(data["groups"]) + len(data["expansions"])


def test_groups_are_equivalent_both_ways_and_across_languages():
    table = SynonymTable(file_rules())
    assert {("fi", "ikäihminen"), ("fi", "seniori"), ("sv", "äldr")} <= expanded(table, "vanhukset")
    assert ("fi", "vanhus") in expanded(table, "ikäihmisille")
    assert ("fi", "omaishoitaja") in expanded(table, "närståendevårdare", "sv")


def test_one_way_expansions_do_not_come_back():
    table = SynonymTable(file_rules())
    assert ("fi", "mielenterveys") in expanded(table, "masennus")
    assert ("fi", "masennus") not in expanded(table, "mielenterveys")
    # A target brings its own group: depression is a mental health matter in Swedish too.
    assert ("sv", "psykisk häls") in expanded(table, "masennus")


def test_multiword_terms_match_consecutive_words():
    table = SynonymTable([SynonymRule("en", "mental health", (("fi", "mielenterveys"),))])
    assert ("fi", "mielenterveys") in expanded(table, "mental health services", "en")
    assert not expanded(table, "health mental", "en")


def test_expansion_finds_services_without_the_word_and_ranks_below_it(make_service):
    elderly = make_service({"fi": "Kuntosali ikäihmisille"})
    word = make_service({"fi": "Vanhusten kuntosali"})
    make_service({"fi": "Lasten uimakoulu"})
    index_rebuild()
    assert ids("vanhukset") == [word.pk, elderly.pk]


def test_switched_off_by_setting(make_service, settings):
    make_service({"fi": "Kuntosali ikäihmisille"})
    index_rebuild()
    assert ids("vanhukset")
    settings.TARJOTIN = {**settings.TARJOTIN, "SEARCH_SYNONYMS": False}
    assert ids("vanhukset") == []


def test_admin_rows_replace_the_shipped_list_without_a_rebuild(make_service):
    gym = make_service({"fi": "Kuntosalivuorot"})
    index_rebuild()
    assert ids("frisbeegolf") == []
    row = Synonym.objects.create(term="frisbeegolf", language="fi", expands_to="kuntosali", one_way=True)
    assert ids("frisbeegolf") == [gym.pk]
    assert ids("vanhukset") == []  # once the table has rows, the shipped file no longer counts
    row.active = False
    row.save()
    assert ids("frisbeegolf") == []


def test_other_processes_notice_changes_by_the_table_stamp(make_service, monkeypatch):
    from tarjotin.search import synonyms

    first = synonym_table()
    assert synonym_table() is first
    Synonym.objects.bulk_create([Synonym(term="sulkis", language="fi", expands_to="sulkapallo")])  # no signal
    monkeypatch.setattr(synonyms, "CHECK_SECONDS", 0.0)
    assert synonym_table() is not first


def test_synonyms_load_seeds_keeps_edits_and_replaces(db):
    out = StringIO()
    call_command("synonyms_load", stdout=out)
    rules = len(file_rules())
    assert f"{rules} rules in the file, {rules} rows added, 0 kept" in out.getvalue()
    edited = Synonym.objects.get(term="masennus", one_way=True)
    edited.expands_to = "mielenterveys\nen:depression"
    edited.save()
    assert synonyms_load().created == 0
    assert Synonym.objects.get(pk=edited.pk).expands_to == "mielenterveys\nen:depression"
    assert synonyms_load(replace=True).created == rules
    assert "en:depression" not in Synonym.objects.get(term="masennus", one_way=True).expands_to


def test_synonyms_load_from_another_file(db, tmp_path):
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"groups": [{"fi": ["sulkis", "sulkapallo"], "en": ["badminton"]}],
                                "expansions": [{"lang": "fi", "term": "pallo", "to": ["sv:boll"]}]}))
    assert synonyms_load(path=path).created == 2
    group = Synonym.objects.get(term="sulkis")
    assert group.targets() == [("fi", "sulkapallo"), ("en", "badminton")] and not group.one_way
    assert Synonym.objects.get(term="pallo").targets() == [("sv", "boll")]


def test_command_rejects_a_missing_or_broken_file(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no such file"):
        call_command("synonyms_load", "--file", str(tmp_path / "none.json"))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(CommandError, match="not a synonyms file"):
        call_command("synonyms_load", "--file", str(broken))


def test_expands_to_accepts_lines_commas_and_language_prefixes():
    assert expansion_terms("ikäihminen, seniori\nsv:äldre;en: elderly\n\n", "fi") == [
        ("fi", "ikäihminen"), ("fi", "seniori"), ("sv", "äldre"), ("en", "elderly")]
    assert expansion_terms("xx:foo", "fi") == [("fi", "xx:foo")]


def test_model_validation(db):
    with pytest.raises(ValidationError):
        Synonym(term=" ", language="fi", expands_to="x").full_clean()
    with pytest.raises(ValidationError):
        Synonym(term="vanhus", language="fi", expands_to=" , ").full_clean()


def test_admin_lists_synonyms(admin_client, db):
    synonyms_load()
    response = admin_client.get("/admin/search/synonym/", {"q": "vanhus"})
    assert response.status_code == 200 and "ikäihminen" in response.content.decode()


# Whatever the database accepts (an admin form refuses NUL characters and overlong terms before that).
@pytest.mark.parametrize("text", ["'", "\x01", "a" * 100, "sv:", ", , ,", "🙂"])
def test_strange_rules_never_break_search(make_service, text):
    make_service({"fi": "Kuntosali"})
    index_rebuild()
    Synonym.objects.create(term=text, language="fi", expands_to=text, one_way=True)
    assert search_query(text=text, lang="fi").total >= 0
