"""Swedish compounds split into parts of the project's own list (data/sv_compound_parts.txt)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

PARTS_FILE = Path(__file__).resolve().parent / "data" / "sv_compound_parts.txt"
# Shorter words are seldom compounds of two 3-letter parts, and splitting them finds accidents.
MIN_WORD = 7
MIN_PART = 3
SPLIT_CACHE = 100_000

# Compounding forms that no rule below derives from the lemma: föräldra|grupp, hyres|bostad, gatu|kök.
IRREGULAR_FORMS = {"föräldra": "förälder", "hyres": "hyra", "gatu": "gata"}
# Endings of an inflected last part (hall|en, grupp|erna, förening|ars, fri|tt, skada|d). The lemma is
# found by taking one off, not through the Snowball stem: Snowball leaves some forms apart ("skolan"
# stays skolan) and strips derivations too (ledighet → led, kostig → kost), which would split ordinary
# words (fri|kostig). Shortest first, so ledar|na is ledare, not led + arna.
ENDINGS = tuple(sorted(
    {"s", "n", "ns", "en", "ens", "et", "ets", "t", "ts", "tt", "a", "r", "rs", "ar", "ars", "er", "ers",
     "or", "ors", "na", "nas", "rna", "rnas", "arna", "arnas", "erna", "ernas", "orna", "ornas", "d", "de"},
    key=lambda e: (len(e), e)))
VOWELS = "aeiouyåäö"


@dataclass(frozen=True)
class Piece:
    """One part of a split word: as written ("motions"), its lemma ("motion"), the linking letter."""

    surface: str
    lemma: str
    link: str = ""
    # A linking letter or a compounding form (hälso- of hälsa): a split with fewer of these is likelier.
    irregular: bool = False


def parts_load(path: Path = PARTS_FILE) -> frozenset[str]:
    """The list's lemmas: one a line, "#" starts a comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (line.split("#", 1)[0].strip().lower() for line in lines) if w)


def _forms(lemma: str) -> list[Piece]:
    """How a lemma is written as the first part of a compound: as it is, with a linking -s- or -e-,
    without its final vowel (skol-, pojk-, sim-), with -o- or -e- for a final -a (hälso-, styrke-)."""
    found = [Piece(lemma, lemma), Piece(lemma + "s", lemma, "s", True), Piece(lemma + "e", lemma, "e", True)]
    stem = lemma[:-1]
    if lemma.endswith("a"):
        found += [Piece(stem, lemma, "", True), Piece(stem + "o", lemma, "", True),
                  Piece(stem + "e", lemma, "", True)]
        if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            found.append(Piece(stem[:-1], lemma, "", True))  # simma → sim|hall: a double consonant halves
    elif lemma.endswith("e"):
        found += [Piece(stem, lemma, "", True), Piece(stem + "s", lemma, "s", True)]
    # The part without its linking letter must still be a part: "sim" of simma, never "si".
    return [p for p in found if len(p.surface) - len(p.link) >= MIN_PART]


class CompoundSplitter:
    """Splits a word into 2-3 listed parts; the last part may be inflected. Deterministic and cached."""

    def __init__(self, lemmas: Iterable[str], stem: Callable[[str], str]) -> None:
        self.lemmas = frozenset(w for w in lemmas if len(w) >= MIN_PART)
        self._stem = stem
        # A word with a listed lemma's stem is that word in some form (kommunen, vården): never split.
        self._listed = frozenset(stem(lemma) for lemma in self.lemmas)
        self._modifiers: dict[str, Piece] = {}
        for lemma in sorted(self.lemmas):
            for piece in _forms(lemma):
                known = self._modifiers.get(piece.surface)
                if known is None or (piece.irregular, piece.lemma) < (known.irregular, known.lemma):
                    self._modifiers[piece.surface] = piece
        for form, lemma in sorted(IRREGULAR_FORMS.items()):
            if lemma in self.lemmas:
                self._modifiers.setdefault(form, Piece(form, lemma, "", True))
        self.split = functools.lru_cache(maxsize=SPLIT_CACHE)(self._split)
        self._head = functools.lru_cache(maxsize=SPLIT_CACHE)(self._head_lemma)

    def _head_lemma(self, text: str) -> str | None:
        """The lemma of a last part as written: hallen → hall, skolan → skola, vårdarna → vårdare,
        centret → center."""
        if len(text) < MIN_PART:
            return None
        if text in self.lemmas:
            return text
        for ending in ENDINGS:
            base = text[: -len(ending)]
            if len(base) < MIN_PART or not text.endswith(ending):
                continue
            # A final -a or -e gives way to an ending that starts with a vowel (skol|or, pojk|ar), an -are
            # noun's e also to -na (vårdar|na); an -er/-el/-en lemma loses its e (centr|et, cykl|ar).
            vowel = ending[0] in VOWELS
            candidates = [base, base + "a" if vowel else "", base + "e" if vowel or ending[0] == "n" else ""]
            if base[-1] in "rln" and base[-2] not in VOWELS:
                candidates.append(base[:-1] + "e" + base[-1])
            for lemma in candidates:
                if lemma in self.lemmas:
                    return lemma
        return None

    def _split(self, word: str) -> tuple[Piece, ...]:
        """The likeliest split: fewest parts, then fewest linking letters and compounding forms, then
        the most even parts; () when the word is short, listed (in any form) or not made of listed parts."""
        if len(word) < MIN_WORD or not word.isalpha() or word in self.lemmas or self._stem(word) in self._listed:
            return ()
        found: list[tuple[Piece, ...]] = []
        size = len(word)
        for i in range(MIN_PART, size - MIN_PART + 1):
            first = self._modifiers.get(word[:i])
            if first is None:
                continue
            head = self._head(word[i:])
            if head is not None:
                found.append((first, Piece(word[i:], head)))
            for j in range(i + MIN_PART, size - MIN_PART + 1):
                second = self._modifiers.get(word[i:j])
                head = self._head(word[j:]) if second is not None else None
                if second is not None and head is not None:
                    found.append((first, second, Piece(word[j:], head)))
        if not found:
            return ()
        return min(found, key=lambda pieces: (
            len(pieces), sum(p.irregular for p in pieces), -min(len(p.surface) for p in pieces),
            [p.surface for p in pieces]))

    def parts(self, word: str) -> tuple[str, ...]:
        """Stems of the parts, as the index holds them: each part's lemma (and the last part as written),
        and for three parts the runs of two that are compounds themselves (kamratstöd of kamratstödsgrupp;
        a linking -s- after the middle part closes the first two, so stöd + grupp is not one)."""
        pieces = self.split(word)
        if not pieces:
            return ()
        *modifiers, head = pieces
        found = [p.lemma for p in modifiers] + [head.lemma, head.surface]
        if len(pieces) == 3:
            first, second = modifiers
            found.append(first.surface + second.lemma)
            if not second.link:
                found.append(second.surface + head.surface)
        return tuple(dict.fromkeys(self._stem(p) for p in found))


@functools.lru_cache(maxsize=1)
def swedish_parts() -> frozenset[str]:
    """The shipped list, read once per process."""
    return parts_load()
