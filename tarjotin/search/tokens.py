"""Splitting raw text into lowercase words, stop words, and the Finnish sort key of a name."""

from __future__ import annotations

import re
import unicodedata

# Text longer than this is cut before analysis: a query never needs more, and a pasted book must not
# cost a request seconds of analysis.
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 60

# Finnish words keep inner hyphens and a trailing one ("65-vuotiaille", "sosiaali- ja …") so the analyser
# sees them whole; ":" keeps case endings of abbreviations together ("EU:n"). En dashes are separators
# ("13–17-vuotiaille" is two words).
_FI_WORD = re.compile(r"[^\W_]+(?:[-:][^\W_]+)*-?")
_PLAIN_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")

# Small lists on purpose: only words that carry no meaning in a service search. "me" and "se" stay out
# of the Finnish list because they are also names (Me-talo) and a language code (Sámi).
STOP_WORDS = {
    "fi": frozenset(
        "ja tai sekä eli ynnä että kuin jos kun vaan vain myös sekä on ovat oli olla ei ole "
        "joka jotka mikä mitkä jonka joiden joita jota kanssa mutta niin tämä nämä tai sinä "
        "sinun te hän he ne sen niiden siitä siihen".split()
    ),
    "sv": frozenset(
        "och eller samt att som är var vara det den de en ett i på av för med till om från "
        "men så du din dina ni han hon vi".split()
    ),
    "en": frozenset(
        "and or the a an of in on at for to with from by is are was be as it its that this "
        "these those you your we our they their".split()
    ),
}
# Words that join the hyphen prefix to the compound it shares its tail with ("sosiaali- ja terveys…").
CONJUNCTIONS = frozenset({"ja", "tai", "sekä", "eli", "ynnä", "och", "eller", "and", "or"})


def text_clean(text: str) -> str:
    """NFC, lowercase, control and zero-width characters removed."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text or "")).lower()


def words_split(text: str, lang: str) -> list[str]:
    """The words of a text in reading order, lowercased; Finnish keeps hyphenated words whole."""
    pattern = _FI_WORD if lang == "fi" else _PLAIN_WORD
    return [w for w in pattern.findall(text_clean(text)) if len(w) <= MAX_WORD_CHARS]


def query_words(text: str, lang: str) -> list[str]:
    """The words of a query, capped in length and number so hostile input stays cheap."""
    return words_split((text or "")[:MAX_QUERY_CHARS], lang)[: MAX_QUERY_WORDS * 2]


def is_stop_word(word: str, lang: str) -> bool:
    return word in STOP_WORDS.get(lang, frozenset())


def exact_key(text: str) -> str:
    """The words of a name joined by single spaces: "Velka-neuvonta!" and "velka-neuvonta" meet."""
    return " ".join(_PLAIN_WORD.findall(text_clean(text[:MAX_QUERY_CHARS])))


# Finnish and Swedish alphabetical order puts å, ä, ö after z; code points would put ä before å.
_SORT_MAP = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})


def sort_key(name: str) -> str:
    """A key that orders names as a Finnish reader expects (accents folded, å ä ö last)."""
    text = text_clean(name).strip().translate(_SORT_MAP)
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
