"""Finnish morphology backends (libvoikko, pyvoikko) and the base-form + compound-part expansion."""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterable
from importlib import import_module, metadata
from pathlib import Path
from typing import Any, Protocol

from .types import WordAnalysis

log = logging.getLogger(__name__)

# WORDBASES items "+hevos(hevonen)": the base in brackets; "(+ta)" marks a suffix, not a word.
_WORDBASE = re.compile(r"\+([^+()]+)\(([^)]*)\)")
# Where libvoikko looks for dictionaries (its own search order, plus the usual prefixes).
_DICT_DIRS = ("~/.voikko", "/etc/voikko", "/usr/lib/voikko", "/usr/share/voikko",
              "/usr/local/lib/voikko", "/usr/local/share/voikko", "/opt/homebrew/lib/voikko")
MIN_PART = 2
MIN_WORDBASE = 3


class Backend(Protocol):
    name: str

    def analyse(self, word: str) -> WordAnalysis | None: ...

    def suggest(self, word: str) -> list[str]: ...


def _clean(token: str) -> str:
    return token.lower().replace("=", "").strip("-")


def _runs(parts: list[str]) -> set[str]:
    """Every contiguous run of compound parts except the whole word: vesi, liikunta; omais, hoitaja."""
    found = set()
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            run = _clean("".join(parts[i:j]))
            if (i, j) != (0, len(parts)) and len(run) >= MIN_PART:
                found.add(run)
    return found


def _analysis(bases: set[str], parts: set[str], head: str) -> WordAnalysis | None:
    bases = {b for b in bases if b}
    if not bases:
        return None
    return WordAnalysis(tuple(sorted(bases)), tuple(sorted(p for p in parts - bases if p)), head)


def structure_split(word: str, structure: str) -> list[str]:
    """Cut a word at the '=' marks of Voikko's STRUCTURE (one symbol per surface character)."""
    segments, current, pos = [], "", 0
    for symbol in structure:
        if symbol == "=":
            if current:
                segments.append(current)
                current = ""
        elif pos < len(word):
            current += word[pos]
            pos += 1
    if current:
        segments.append(current)
    return segments


def libvoikko_expand(word: str, analyses: Iterable[dict[str, str]]) -> WordAnalysis | None:
    """Base forms of every analysis (nuorille → nuori, nuora), compound parts, WORDBASES bases."""
    bases: set[str] = set()
    parts: set[str] = set()
    head = ""
    for found in analyses:
        base = _clean(found.get("BASEFORM", ""))
        if not base:
            continue
        bases.add(base)
        segments = structure_split(word, found.get("STRUCTURE", ""))
        prefix = "".join(segments[:-1])
        if len(segments) > 1 and base.startswith(prefix) and len(base) > len(prefix):
            # The last part takes its lemma from the base form: liikunta|ryhmille → ryhmä.
            lemmas = segments[:-1] + [base[len(prefix):]]
            parts |= _runs(lemmas)
            head = head or _clean(lemmas[-1])
        for match in _WORDBASE.finditer(found.get("WORDBASES", "")):
            derived = _clean(match.group(2))
            if len(derived) >= MIN_WORDBASE and not match.group(2).startswith("+"):
                parts.add(derived)  # hevos → hevonen, omais → omainen, kuntoutus → kuntouttaa
    return _analysis(bases, parts, head or min(bases, default=""))


def dictionary_version() -> str:
    """voikko-fi's SM-Version from the dictionary's index.txt, or "unknown"."""
    extra = os.environ.get("VOIKKO_DICTIONARY_PATH", "").split(os.pathsep)
    for root in [*filter(None, extra), *_DICT_DIRS]:
        index = Path(root).expanduser() / "5" / "mor-standard" / "index.txt"
        try:
            lines = index.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            if line.startswith("SM-Version:"):
                return line.split(":", 1)[1].strip() or "unknown"
    return "unknown"


class LibvoikkoBackend:
    """libvoikko through its ctypes binding; one instance is not thread-safe, hence the lock."""

    def __init__(self, module: Any) -> None:
        self._voikko = module.Voikko("fi")
        self._lock = threading.Lock()
        self.name = f"voikko-{module.Voikko.getVersion()}/fi-{dictionary_version()}"

    def analyse(self, word: str) -> WordAnalysis | None:
        with self._lock:
            analyses = self._voikko.analyze(word)
        return libvoikko_expand(word, analyses) if analyses else None

    def suggest(self, word: str) -> list[str]:
        """Spelling suggestions for a misspelt word, best first; [] for a correct one."""
        with self._lock:
            if self._voikko.spell(word):
                return []
            return [s.lower() for s in self._voikko.suggest(word) or []]


def pyvoikko_expand(analyses: Iterable[Any]) -> WordAnalysis | None:
    """pyvoikko glues part lemmas into the base (omainenhoitaja); rebuild the real one as well."""
    bases: set[str] = set()
    parts: set[str] = set()
    head = ""
    for found in analyses:
        base = _clean(getattr(found, "BASEFORM", "") or "")
        if base:
            bases.add(base)
        pieces = getattr(found, "COMPOUND_PARTS", None) or []
        if len(pieces) > 1:
            lemmas = [str(p.FORM) for p in pieces[:-1]] + [str(pieces[-1].BASEFORM)]
            bases.add(_clean("".join(lemmas)))  # omais + hoitaja → omaishoitaja, as libvoikko says
            parts |= _runs(lemmas)
            parts |= {_clean(str(p.BASEFORM)) for p in pieces if len(_clean(str(p.BASEFORM))) >= MIN_PART}
            head = head or _clean(lemmas[-1])
    return _analysis(bases, parts, head or min(bases, default=""))


class PyvoikkoBackend:
    """pyvoikko (pip-only Voikko transducer, GPL-3+): slower and its tokens differ from libvoikko's."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._lock = threading.Lock()
        try:
            version = metadata.version("pyvoikko")
        except metadata.PackageNotFoundError:
            version = str(getattr(module, "__version__", "unknown"))
        self.name = f"pyvoikko-{version}"

    def analyse(self, word: str) -> WordAnalysis | None:
        with self._lock:
            analyses = self._module.analyse(word)
        return pyvoikko_expand(analyses) if analyses else None

    def suggest(self, word: str) -> list[str]:
        suggest = getattr(self._module, "suggest", None)  # not in every pyvoikko release
        if suggest is None:
            return []
        try:
            with self._lock:
                return [str(s).lower() for s in suggest(word) or []]
        except Exception:  # an optional extra: a failing transducer must not fail the search
            return []


def libvoikko_load() -> Backend | None:
    """libvoikko with the Finnish dictionary, or None (logged) when either is missing."""
    try:
        backend = LibvoikkoBackend(import_module("libvoikko"))
        backend.analyse("kissa")  # a broken dictionary fails here, not in the middle of a build
    except Exception as error:  # ImportError, OSError (no .so), VoikkoException
        log.info("libvoikko not available: %s", error)
        return None
    return backend


def pyvoikko_load() -> Backend | None:
    try:
        backend = PyvoikkoBackend(import_module("pyvoikko"))
        backend.analyse("kissa")
    except Exception as error:  # not installed, or its transducer failed to load
        log.info("pyvoikko not available: %s", error)
        return None
    return backend
