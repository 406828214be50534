"""Accessibility sentences of entrances (fi/sv/en), in the shape of the PTV accessibility register."""
from __future__ import annotations

from .util import h

Sentence = tuple[str, str, str]  # fi, sv, en

ROUTE: tuple[str, tuple[Sentence, ...]] = (
    "Reitti pääsisäänkäynnille|Rutten till huvudingången|The route to the main entrance",
    (("Liikkumisesteisten autopaikka sijaitsee ulkona alle 10 m sisäänkäynnistä.",
      "Bilplatsen för rörelsehindrade ligger utomhus under 10 m från ingången.",
      "The accessible parking space is located outdoors less than 10 m from the entrance."),
     ("Kulkureitti sisäänkäynnille on tasainen, kova ja valaistu.",
      "Rutten till ingången är jämn, hård och belyst.",
      "The route to the entrance is even, hard and illuminated.")))
ENTRANCE: tuple[str, tuple[Sentence, ...]] = (
    "Pääsisäänkäynti|Huvudingången|The main entrance",
    (("Sisäänkäynti erottuu selkeästi ja on valaistu. Sisäänkäynnin yläpuolella on katos.",
      "Ingången är lätt att urskilja och belyst. Ingången har ett tak.",
      "The entrance stands out clearly and is illuminated. There is a canopy above the entrance."),
     ("Ovet avautuvat automaattisesti. Sisäänkäynnin yhteydessä ei ole kynnyksiä.",
      "Dörrarna öppnas automatiskt. Vid ingången finns inga trösklar.",
      "The doors open automatically. There are no thresholds at the entrance.")))
INSIDE: tuple[str, tuple[Sentence, ...]] = (
    "Sisätilat|I lokalen|In the facility",
    (("Toimipisteessä on hissi, johon mahtuu pyörätuoli ja avustaja.",
      "Verksamhetsstället har en hiss där det ryms en rullstol och en assistent.",
      "The facility has a lift that fits a wheelchair and an assistant."),
     ("Toimipisteessä on esteetön wc.", "Verksamhetsstället har en tillgänglig toalett.",
      "The facility has an accessible toilet."),
     ("Asiakaspalvelupisteessä on induktiosilmukka.", "Kundtjänsten har en induktionsslinga.",
      "There is an induction loop at the customer service point.")))
STEPS: tuple[str, tuple[Sentence, ...]] = (
    "Pääsisäänkäynti|Huvudingången|The main entrance",
    (("Sisäänkäynnille on kolme porrasta. Luiskaa ei ole.",
      "Till ingången finns tre trappsteg. Det finns ingen ramp.",
      "There are three steps up to the entrance. There is no ramp."),
     ("Ovi on raskas avata käsin.", "Dörren är tung att öppna för hand.",
      "The door is heavy to open manually.")))


def _items(fi: str, sv: str, en: str) -> list[dict]:
    return [{"value": sv, "language": "sv"}, {"value": en, "language": "en"},
            {"value": fi, "language": "fi"}]


def _group(group: tuple[str, tuple[Sentence, ...]]) -> dict:
    title, sentences = group
    return {"sentenceGroup": _items(*title.split("|")),
            "sentences": [{"sentence": _items(*s)} for s in sentences]}


def entrances(key: str, coords: tuple[str, str]) -> list[dict]:
    """One main entrance with accessibility sentences; some places are not step-free."""
    groups = (ROUTE, STEPS) if h("steps", key) % 4 == 0 else (ROUTE, ENTRANCE, INSIDE)
    return [{"name": [], "isMainEntrance": True,
             "coordinates": {"latitude": coords[0], "longitude": coords[1]},
             "contactInfo": {"phone": None, "email": None, "url": None},
             "accessibilitySentences": [_group(g) for g in groups]}]
