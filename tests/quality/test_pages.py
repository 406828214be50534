"""The public quality pages: the tray overview, an organisation's fix list, the CSV, the rules."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

import pytest

from tarjotin.catalogue.models import Organization
from tarjotin.quality.models import OrganizationScore
from tarjotin.quality.services import quality_run

REFERENCE = datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.fixture
def run(demo_catalogue):
    return quality_run(now=REFERENCE, import_run=demo_catalogue)


def _org(run, name: str) -> OrganizationScore:
    origin = Organization.objects.get(name__fi=name).origin_id
    return OrganizationScore.objects.get(run=run, origin_id=origin)


def _rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in body.split("</tr>") if "<th" in row]


@pytest.mark.parametrize("lang, heading", [("fi", "Palvelukuvausten tietojen laatu"),
                                           ("sv", "Tjänstebeskrivningarnas datakvalitet"),
                                           ("en", "Data quality of the service descriptions")])
def test_overview_lists_the_trays_organisations_in_the_language_asked(client, run, lang, heading):
    response = client.get(f"/{lang}/laatu/")
    page = response.content.decode()
    assert response.status_code == 200 and f"<h1>{heading}</h1>" in page
    assert response.context["area"].county == "17"
    assert len(response.context["rows"]) == 33
    assert "<caption" in page and 'scope="col"' in page and 'scope="row"' in page
    worst = response.context["rows"][0][0]
    assert worst.score == min(r.score for r, _ in response.context["rows"])


def test_overview_sorts_by_any_column_and_ignores_nonsense(client, run):
    by_errors = [r.errors for r, _ in client.get("/en/laatu/?sort=-errors").context["rows"]]
    assert by_errors == sorted(by_errors, reverse=True) and by_errors[0] > 0
    names = [r.name.get("en") or r.name["fi"] for r, _ in client.get("/en/laatu/?sort=name").context["rows"]]
    assert names[0].casefold() <= names[-1].casefold()
    page = client.get("/en/laatu/?sort=-errors").content.decode()
    assert 'aria-sort="descending"' in page and 'href="?sort=errors"' in page
    response = client.get("/en/laatu/?sort=%27%3Bdrop")
    assert response.status_code == 200 and response.context["sort"] == "score"


def test_the_national_tray_lists_every_organisation(client, run):
    response = client.get("/t/suomi/fi/laatu/")
    assert response.context["area"].county == "" and len(response.context["rows"]) == 36


def test_a_tray_with_no_items_of_its_own_says_so(client, run):
    response = client.get("/t/keski-suomi/en/laatu/")
    assert response.status_code == 200 and response.context["area"] is None and response.context["rows"] == []
    assert "No service descriptions in this area." in response.content.decode()


def test_overview_renders_before_any_check(client, demo_catalogue):
    response = client.get("/sv/laatu/")
    assert response.status_code == 200 and response.context["run"] is None
    assert "class=\"empty\"" in response.content.decode()


def test_organisation_page_gives_the_fix_list_with_links_to_ptv(client, run):
    score = _org(run, "Kulttuuriyhdistys Kajuutta ry")
    response = client.get(f"/fi/laatu/organisaatiot/{score.origin_id}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Korjauslista: Kulttuuriyhdistys Kajuutta ry" in page
    items = response.context["items"]
    phone = next(i for i in items if i.kind == "phone")
    assert [p.rule.id for p in phone.problems][0] == "phone_malformed"
    assert phone.edit_url == f"https://palvelutietovaranto.suomi.fi/channels/phone/{phone.origin_id}"
    assert f'href="{phone.edit_url}"' in page
    assert "Anna maatunnus (+358) omassa kentässään" in page  # the rule's fix text in Finnish
    assert [i.score for i in items] == sorted(i.score for i in items)


def test_service_items_link_to_ptv_suomi_fi_and_the_tray(client, run):
    score = _org(run, "Kruunupyyn kunta")
    items = client.get(f"/en/laatu/organisaatiot/{score.origin_id}/").context["items"]
    service = next(i for i in items if i.kind == "service")
    assert service.edit_url.startswith("https://palvelutietovaranto.suomi.fi/service/")
    assert re.fullmatch(r"https://www\.suomi\.fi/palvelut/[a-z0-9-]+/[0-9a-f-]{36}", service.public_url)
    page = client.get(f"/en/laatu/organisaatiot/{score.origin_id}/").content.decode()
    assert f'href="/en/palvelut/{service.item_id}/"' in page


def test_organisation_without_findings_says_so(client, run):
    clean = OrganizationScore.objects.filter(run=run, errors=0, warnings=0, notices=0).first()
    if clean is None:
        pytest.skip("every demo organisation has something to fix")
    assert "Nothing to fix" in client.get(f"/en/laatu/organisaatiot/{clean.origin_id}/").content.decode()


@pytest.mark.parametrize("origin", ["tuntematon", "-", "6c41df3e-0650-54eb-8bd4-8112d62b10e0"])
def test_unknown_organisation_is_not_found(client, run, origin):
    assert client.get(f"/fi/laatu/organisaatiot/{origin}/").status_code == 404


def test_fix_list_as_csv(client, run):
    score = _org(run, "Kulttuuriyhdistys Kajuutta ry")
    response = client.get(f"/sv/laatu/organisaatiot/{score.origin_id}/korjauslista.csv")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="korjauslista-')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Organisation" and rows[0][-1] == "Redigera i PTV"
    assert len(rows) - 1 == sum(len(i.problems) for i in client.get(
        f"/sv/laatu/organisaatiot/{score.origin_id}/").context["items"])
    bad_phone = next(r for r in rows if r[5] == "phone_malformed")
    assert bad_phone[0] == "Kulturföreningen Kajutan rf" or bad_phone[0].startswith("Kultur")
    assert bad_phone[7] == "'+358 6-3030 12"  # a spreadsheet would read +358… as a formula
    assert bad_phone[9].startswith("https://palvelutietovaranto.suomi.fi/channels/phone/")


def test_rules_page_lists_every_rule_with_its_fix(client, db):
    from django.utils.html import escape

    from tarjotin.quality.registry import rules_all

    page = client.get("/en/laatu/saannot/").content.decode()
    for rule in rules_all():
        assert escape(str(rule.fix)) in page
    assert len(_rows(page)) == len(rules_all())


def test_pages_answer_only_reads(client, run):
    assert client.post("/fi/laatu/").status_code == 405
