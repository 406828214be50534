"""The embeddings cache on disk: a vectors matrix and the manifest that names it, both written atomically."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "embeddings.json"  # the commit point: names the vectors file, its row keys and the service map
VECTORS_PREFIX = "vectors-"
TMP_PREFIX = "tmp-"
STALE_TMP_SECONDS = 3600


@dataclass(frozen=True)
class EmbeddingCache:
    model: str
    keys: list[str]  # row i of `vectors` is the vector of keys[i]
    vectors: np.ndarray  # float32, (len(keys), dim), L2-normalised
    services: dict[int, str]  # service pk → key, the catalogue when computed


def manifest_read(root: Path, *, mmap: bool) -> EmbeddingCache | None:
    try:
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            return None
        vectors = np.load(root / manifest["vectors"], mmap_mode="r" if mmap else None, allow_pickle=False)
        keys = list(manifest["keys"])
        services = {int(pk): str(key) for pk, key in manifest["services"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        if (root / MANIFEST).exists():
            log.warning("embeddings cache in %s is unreadable (%s); it is ignored", root, error)
        return None
    if vectors.ndim != 2 or vectors.shape[0] != len(keys) or vectors.dtype != np.float32:
        log.warning("embeddings cache in %s does not match its manifest; it is ignored", root)
        return None
    return EmbeddingCache(model=str(manifest.get("model", "")), keys=keys, vectors=vectors, services=services)


def write_atomic(root: Path, name: str, write: Callable[[Any], None]) -> None:
    """Write into a temporary file in the same directory, then rename over `name` (atomic on POSIX)."""
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=root)
    try:
        os.fchmod(fd, 0o644)  # mkstemp makes 0600; web workers may run as another user than the cron job
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, root / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def cache_write(root: Path, cache: EmbeddingCache, dim: int) -> None:
    """Vectors under a new name first, then the manifest that names them: a reader sees old or new, whole."""
    vectors_name = f"{VECTORS_PREFIX}{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}.npy"
    matrix = np.ascontiguousarray(cache.vectors, dtype=np.float32).reshape(len(cache.keys), dim)
    write_atomic(root, vectors_name, lambda f: np.save(f, matrix))
    manifest = {
        "format": FORMAT, "model": cache.model, "dim": dim, "vectors": vectors_name,
        "computed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "keys": cache.keys, "services": {str(pk): key for pk, key in sorted(cache.services.items())},
    }
    body = json.dumps(manifest, separators=(",", ":")).encode()
    write_atomic(root, MANIFEST, lambda f: f.write(body))
    # Readers that still map an old file keep it (POSIX unlink); new readers follow the manifest.
    for old in root.glob(f"{VECTORS_PREFIX}*.npy"):
        if old.name != vectors_name:
            with contextlib.suppress(OSError):
                old.unlink()
    for tmp in root.glob(f"{TMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if time.time() - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                tmp.unlink()
