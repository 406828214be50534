"""Reading a source's JSON from local files: one file, or every JSON file of a directory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from tarjotin.core.exceptions import SourceBadResponse


def json_files(path: Path) -> Iterator[tuple[str, object]]:
    """(file name, decoded JSON) in name order; a file that is not JSON fails the whole run, by name."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files or not files[0].exists():
        raise SourceBadResponse(f"{path}: no JSON files")
    for file in files:
        try:
            # utf-8-sig: files saved by Windows tools start with a byte-order mark.
            data = json.loads(file.read_text(encoding="utf-8-sig"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SourceBadResponse(f"{file.name}: malformed JSON: {exc}") from exc
        yield file.name, data
