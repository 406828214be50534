"""Reads Linked Events v1: `event/` pages followed through `meta.next`, or event JSON from files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from tarjotin.core.exceptions import SourceBadResponse
from tarjotin.sources.files import json_files
from tarjotin.sources.http import HttpClient

PAGE_SIZE = 100  # the API's maximum
MAX_PAGES = 2_000  # a guard against a source that never stops paging: 200,000 events
INCLUDE = "location,keywords,audience,in_language"


def _page(data: object, where: str) -> tuple[list, int | None, str]:
    """(events, total count, next URL or "") of a page: {"meta": {count, next, previous}, "data": [...]}."""
    if not isinstance(data, dict) or not isinstance(data.get("data"), list) or not isinstance(data.get("meta"), dict):
        raise SourceBadResponse(f"{where}: not a Linked Events page")
    meta = data["meta"]
    count = meta.get("count") if isinstance(meta.get("count"), int) and not isinstance(meta.get("count"), bool) \
        else None
    following = meta.get("next")
    if following is not None and not isinstance(following, str):
        raise SourceBadResponse(f"{where}: meta.next is not a URL")
    return data["data"], count, following or ""


def _next_params(url: str, where: str) -> dict[str, str]:
    """The query of `meta.next`. Only the query is followed, never the host or path: the next page is
    asked from the same endpoint, so a page cannot send the importer elsewhere."""
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    if not query.get("page", "").isdigit():
        raise SourceBadResponse(f"{where}: meta.next {url!r} has no page number")
    return query


class LinkedEventsClient:
    def __init__(self, http: HttpClient) -> None:
        self.http = http

    def events(self, params: dict[str, str]) -> Iterator[tuple[list, int, int | None]]:
        """Yield (events, page number, page count or None) for the query until `meta.next` is null."""
        query = {"page_size": str(PAGE_SIZE), "include": INCLUDE, **params, "page": "1"}
        for number in range(1, MAX_PAGES + 1):
            where = f"event/ page {number}"
            items, count, following = _page(self.http.get_json("event/", query), where)
            size = int(query.get("page_size") or PAGE_SIZE) or PAGE_SIZE
            yield items, number, (-(-count // size) if count is not None else None)
            if not following or not items:
                return
            query = _next_params(following, where)
        raise SourceBadResponse(f"event/: more than {MAX_PAGES} pages")


def unwrap_records(data: object) -> list:
    """An API page's events, a list as is, or a single event."""
    if isinstance(data, dict) and isinstance(data.get("data"), list):
        return data["data"]
    return data if isinstance(data, list) else [data]


def file_records(path: Path) -> Iterator[tuple[str, list]]:
    """(file name, records) for a JSON file, or for each JSON file of a directory."""
    for name, data in json_files(path):
        yield name, unwrap_records(data)
