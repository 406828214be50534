"""Paging (as the PTV list endpoints page) and writing or comparing the JSON files."""
from __future__ import annotations

import json
from pathlib import Path

PAGE_SIZE = 100
ENTITIES = ("Organization", "Service", "ServiceChannel")


def pages(items: list[dict]) -> list[dict]:
    """`{pageNumber, pageSize, pageCount, itemList}` pages of 100 items, sorted by id."""
    items = sorted(items, key=lambda x: x["id"])
    count = max(1, -(-len(items) // PAGE_SIZE))
    return [{"pageNumber": n, "pageSize": PAGE_SIZE, "pageCount": count,
             "itemList": items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]} for n in range(1, count + 1)]


def dump(doc: dict) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def rendered(entities: dict[str, list[dict]]) -> dict[str, str]:
    """File name -> file content for every page of every entity."""
    files = {}
    for entity in ENTITIES:
        for page in pages(entities[entity]):
            files[f"{entity}-{page['pageNumber']}.json"] = dump(page)
    return files


def existing(directory: Path) -> list[Path]:
    return sorted(p for e in ENTITIES for p in directory.glob(f"{e}-*.json"))


def write(directory: Path, files: dict[str, str]) -> None:
    """Replaces the page files in the directory (stale pages are removed)."""
    directory.mkdir(parents=True, exist_ok=True)
    for stale in existing(directory):
        if stale.name not in files:
            stale.unlink()
    for name, content in files.items():
        (directory / name).write_text(content, encoding="utf-8")


def differences(directory: Path, files: dict[str, str]) -> list[str]:
    """Names of files that are missing, stale or different on disk."""
    on_disk = {p.name for p in existing(directory)}
    diff = sorted(on_disk - set(files))
    for name, content in files.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            diff.append(name)
    return diff
