"""The fixed query set: what residents type, in fi/sv/en, each also run with a set of filters."""

from __future__ import annotations

from urllib.parse import urlencode

# (text, page language); inflected forms and compounds on purpose, as people type them.
QUERIES: tuple[tuple[str, str], ...] = (
    ("kuntosali ikäihmisille", "fi"), ("vesijumppaa", "fi"), ("vertaistukea omaishoitajille", "fi"),
    ("mielenterveys", "fi"), ("yksinäisyys", "fi"), ("muistisairaan omainen", "fi"),
    ("lapsiperheiden tuki", "fi"), ("nuorisotila", "fi"), ("kirjasto", "fi"), ("uimahalli", "fi"),
    ("digituki", "fi"), ("kielikahvila", "fi"), ("ruoka-apu", "fi"), ("päihdeneuvonta", "fi"),
    ("kotihoito", "fi"), ("liikuntaneuvonta", "fi"), ("tuolijumppa", "fi"), ("kuoro", "fi"),
    ("tanssia nuorille", "fi"), ("luontoretki", "fi"), ("sauvakävely", "fi"), ("unettomuus", "fi"),
    ("painonhallintaryhmä", "fi"), ("stressin hallinta", "fi"), ("velkaneuvonta", "fi"),
    ("asumisneuvonta", "fi"), ("perhekahvila", "fi"), ("shakkikerho", "fi"), ("bändi", "fi"),
    ("kuvataidetta lapsille", "fi"), ("fysioterapia", "fi"), ("hammashoito", "fi"), ("neuvola", "fi"),
    ("apuvälineet", "fi"), ("omaishoidon tuki", "fi"), ("palveluneuvonta ikäihmisille", "fi"),
    ("kuntouttava työtoiminta", "fi"), ("etsivä nuorisotyö", "fi"), ("lukupiiri", "fi"),
    ("liikuntaa työikäisille", "fi"), ("sydänyhdistys", "fi"), ("ystävätoiminta", "fi"),
    ("simhall", "sv"), ("motion för seniorer", "sv"), ("kamratstöd", "sv"), ("bibliotek", "sv"),
    ("minneskafé", "sv"), ("gym", "en"), ("peer support", "en"), ("swimming", "en"),
)

# In-process SearchFilters keyword arguments; filtered run i uses FILTERS[i % len(FILTERS)].
_POHJANMAA = ("231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893", "905", "946")
FILTERS: tuple[dict, ...] = (
    {"municipalities": ("837",)},
    {"municipalities": _POHJANMAA},  # what the search page does when no municipality is chosen
    {"target_groups": ("KR1.1",), "municipalities": ("091",)},
    {"free": True},
    {"languages": ("sv",), "municipalities": _POHJANMAA},
    {"channel_kinds": ("location",), "municipalities": ("564",)},
    {"themes": ("liikunta",)},
    {"themes": ("mielen-hyvinvointi",), "target_groups": ("KR1.3",)},
)
# The search page's form fields for the same ideas; its municipality must be one of the tray county's.
_PAGE_FILTERS: tuple[dict, ...] = (
    {"municipality": "905"}, {}, {"target_group": "KR1.1"}, {"free": "on"}, {"language": "sv"},
    {"channel": "location", "municipality": "598"}, {"theme": "liikunta"},
    {"theme": "mielen-hyvinvointi", "target_group": "KR1.3"},
)


def search_paths() -> list[str]:
    """Search page addresses: every query once plain and once with page filters."""
    paths = []
    for i, (text, lang) in enumerate(QUERIES):
        paths.append(f"/{lang}/haku/?{urlencode({'q': text})}")
        paths.append(f"/{lang}/haku/?{urlencode({'q': text, **_PAGE_FILTERS[i % len(_PAGE_FILTERS)]})}")
    return paths
