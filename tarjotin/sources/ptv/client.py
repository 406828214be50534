"""Reads PTV v11: paged full-data lists, GUID lists for changes, details by id, or the same JSON from files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from tarjotin.core.exceptions import SourceBadResponse
from tarjotin.sources.files import json_files
from tarjotin.sources.http import HttpClient

ENDPOINTS = {"organization": "Organization", "service": "Service", "channel": "ServiceChannel"}
GUID_BATCH = 100  # PTV's limit for `…/list?guids=`
MAX_PAGES = 10_000  # a guard against a source that never stops paging


def _page_items(page: object, url: str) -> tuple[list, int]:
    if not isinstance(page, dict) or not isinstance(page.get("itemList", []), list):
        raise SourceBadResponse(f"{url}: not a PTV page")
    count = page.get("pageCount")
    if not isinstance(count, int):
        raise SourceBadResponse(f"{url}: page without pageCount")
    return page.get("itemList") or [], count


class PtvClient:
    def __init__(self, http: HttpClient) -> None:
        self.http = http

    def pages(self, path: str, params: dict | None = None) -> Iterator[tuple[list, int, int]]:
        """Yield (items, page number, page count) until the last page."""
        number = 1
        while number <= MAX_PAGES:
            page = self.http.get_json(path, {**(params or {}), "page": number}, not_found_ok=True)
            if page is None:
                return
            items, count = _page_items(page, path)
            yield items, number, count
            if number >= count:
                return
            number += 1

    def area_items(self, kind: str, area: str, code: str, whole_country: bool) -> Iterator[tuple[list, int, int]]:
        params = {"includeWholeCountry": str(whole_country).lower()}
        yield from self.pages(f"{ENDPOINTS[kind]}/list/area/{area}/code/{code}", params)

    def changed_ids(self, kind: str, area: str, code: str, since: datetime, status: str | None = None) -> list[str]:
        """Ids modified since `since` in an area (or nationally with a status such as Archived)."""
        params = {"date": since.strftime("%Y-%m-%dT%H:%M:%S")}
        if status:
            path, params["status"] = ENDPOINTS[kind], status
        else:
            path = f"{ENDPOINTS[kind]}/area/{area}/code/{code}"
        ids = []
        for items, _, _ in self.pages(path, params):
            ids.extend(str(i.get("id")) for i in items if isinstance(i, dict) and i.get("id"))
        return ids

    def by_ids(self, kind: str, ids: list[str]) -> Iterator[list]:
        for start in range(0, len(ids), GUID_BATCH):
            chunk = ids[start:start + GUID_BATCH]
            found = self.http.get_json(f"{ENDPOINTS[kind]}/list", {"guids": ",".join(chunk)}, not_found_ok=True)
            if found is None:
                yield []
                continue
            if not isinstance(found, list):
                raise SourceBadResponse(f"{ENDPOINTS[kind]}/list?guids=: expected a list")
            yield found


def file_records(directory: Path) -> Iterator[tuple[str, object]]:
    """(file name, record) for every record in the JSON files of a directory: pages, lists or single items."""
    for name, data in json_files(directory):
        for record in unwrap_records(data):
            yield name, record


def unwrap_records(data: object) -> list:
    """A page's items, a list as is, an {id: record} cache as its records, or a single record."""
    if isinstance(data, dict) and "itemList" in data:
        return data.get("itemList") or []
    if isinstance(data, dict) and "id" not in data and data and all(isinstance(v, dict) for v in data.values()):
        return list(data.values())
    return data if isinstance(data, list) else [data]
