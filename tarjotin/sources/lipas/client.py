"""Reads LIPAS: API v2 `sports-sites` pages per municipality, or the JSON of either API version from files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tarjotin.core.exceptions import SourceBadResponse
from tarjotin.sources.files import json_files
from tarjotin.sources.http import HttpClient

PAGE_SIZE = 100  # the API's maximum
MAX_PAGES = 1_000  # a guard against a source that never stops paging


def _page(data: object, where: str) -> tuple[list, int]:
    """(items, total pages) of a v2 page: {"items": [...], "pagination": {"total-pages": n, …}}."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise SourceBadResponse(f"{where}: not a LIPAS page")
    pagination = data.get("pagination")
    total = pagination.get("total-pages") if isinstance(pagination, dict) else None
    if not isinstance(total, int) or isinstance(total, bool):
        raise SourceBadResponse(f"{where}: page without pagination.total-pages")
    return data["items"], total


class LipasClient:
    def __init__(self, http: HttpClient) -> None:
        self.http = http

    def sports_sites(self, *, city: str, types: Iterable[int], statuses: Iterable[str]) -> Iterator[
            tuple[list, int, int]]:
        """Yield (items, page number, page count) of one municipality's places until the last page.
        One municipality at a time keeps every query far below the 10,000 hits a search index pages
        through by default, which the whole country would pass."""
        params = {"city-codes": str(int(city)), "statuses": ",".join(statuses), "page-size": PAGE_SIZE}
        if types:
            params["type-codes"] = ",".join(str(t) for t in types)
        number = 1
        while number <= MAX_PAGES:
            items, count = _page(self.http.get_json("sports-sites", {**params, "page": number}),
                                 f"sports-sites city {city} page {number}")
            yield items, number, count
            if number >= count or not items:
                return
            number += 1
        raise SourceBadResponse(f"sports-sites city {city}: more than {MAX_PAGES} pages")


def unwrap_records(data: object) -> list:
    """A v2 page's items, a list (the legacy API's answer) as is, or a single place."""
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return data["items"]
    return data if isinstance(data, list) else [data]


def file_records(path: Path) -> Iterator[tuple[str, list]]:
    """(file name, records) for a JSON file, or for each JSON file of a directory."""
    for name, data in json_files(path):
        yield name, unwrap_records(data)
